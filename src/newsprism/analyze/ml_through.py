"""A leader's words passed on by a spokesperson ('ha fatto sapere tramite il portavoce della
diocesi, don Michele Tosti, che ...', 'ließ über seinen Sprecher Thomas Bitschnau ausrichten,
...', 'a fait savoir par la voix de son porte-parole, X, que', 'a través de su portavoz, X,'):
the leader speaks and the spokesperson is a via, as in the English relays.
Inputs: the quotes and entities of ml_quotes.find_quotes, which calls spokesperson_vias last.

Only a preposition of passing through followed, within a few words, by a spokesperson noun (a
small closed class in each language) and then a person's name counts; 'über den Hafen' or
'tramite un comunicato' add nothing.
"""
from __future__ import annotations

import dataclasses
import re

from ..records import Via
from . import ml_lexicon as L
from .ml_roles import is_title

_THROUGH = re.compile(
    r"(?<![\w-])(?:tramite|attraverso|per bocca d(?:i|el|ella|ell['’])|über|durch|"
    r"par la voix d(?:e|u|e la|e l['’])|par l['’]intermédiaire d(?:e|u|e la|e l['’])|"
    r"a través d(?:e|el)|por medio d(?:e|el)|por boca d(?:e|el)|μέσω)\s+"
    r"(?:[^\s,.;:!?«»\"“”„]+\s+){0,2}?"
    r"(?:portavoce|portavoz|porte-parole|Sprecher(?:in)?|Regierungssprecher(?:in)?|Pressesprecher(?:in)?|"
    r"εκπροσώπου|εκπρόσωπό|εκπρόσωπο)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_ARTICLE_WORDS = frozenset("il lo la l' i gli le el los las der die das den ο η οι το les".split())


# The subject set off before an aside of passing through: "Il ministro della Cultura, tramite
# il portavoce X, ha fatto sapere", "La ministra, a través de su portavoz X, aseguró": a noun
# phrase of at most eight words from the sentence's start to the comma that opens the aside.
_SUBJECT_BEFORE = re.compile(r"(?:^|(?<=[.!?\n])|(?<=[.!?][\s»\"“”]))\s*"
                             r"(?P<n>[^\s,.;:!?«»\"“”„]+(?:\s+[^\s,.;:!?«»\"“”„]+){0,7}?)\s*,?\s*$")
_LET_VERB = re.compile(r"\s(?:ließ|ließen|liess|liessen|hat|haben|hatte|hatten)$")
_ARTICLE = re.compile(r"(?:il|lo|la|l['’]|i|gli|le|el|los|las|der|die|das|den|ο|η|οι|το|les?)\s*(?=\w)",
                      re.I)


def _spoken_through(text: str, q, people) -> tuple | None:
    """'Il ministro, tramite il portavoce X, ha fatto sapere che ...' read with X as the
    speaker: the spokesperson only passed the words on; the subject before the aside speaks and
    X is the via. (speaker, via) or None."""
    sp = q.speaker
    if sp.start is None or sp.end is None or sp.end > q.start:
        return None
    lo = max(0, sp.start - 300)  # (the aside stands within a sentence of the name)
    m = next((m for m in _THROUGH.finditer(text, max(lo, sp.start - 120), sp.start)
              if m.end() <= sp.start <= m.end() + 40 and not _SENTENCE_END.search(text, m.end(), sp.start)), None)
    if m is None:
        return None
    para = max(text.rfind(c, lo, m.start()) for c in ".!?\n") + 1
    para = para if para > 0 else lo
    hit = next((p for p in people if p[0] == sp.start), None) if m is not None else None
    if hit is None:
        return None
    lead = _SUBJECT_BEFORE.search(text, para, m.start())
    if lead is None:
        return None
    a, b = lead.span("n")
    verb = _LET_VERB.search(text, a, b)
    if verb is not None:  # "Die Bischöfin ließ über ihren Sprecher X mitteilen": the subject
        b = a + len(text[a:verb.start()].rstrip())  # before the verb of having it said
    elif "," not in text[b:m.start()]:
        return None  # (otherwise only an aside set off by commas)
    art = _ARTICLE.match(text, a, b)
    a = art.end() if art else a
    if b - a < 3:
        return None
    own = [p for p in people if a <= p[0] and p[1] <= b]
    if own:  # "Bischöfin Anna Meier ließ über ...": the person named in the subject
        return (dataclasses.replace(sp, entity=own[-1][2].id, name=own[-1][2].name, start=own[-1][0],
                                    end=own[-1][1]), Via(hit[2].id, hit[2].name, hit[0], hit[1]))
    speaker = dataclasses.replace(sp, entity=None, name=text[a:b], start=a, end=b)
    return speaker, Via(hit[2].id, hit[2].name, hit[0], hit[1])


# What follows a spokesperson noun when it is named: "par la voix de son porte-parole, Marc
# Duval," / "über seinen Sprecher Thomas Bitschnau" (a capital after at most a comma).
_NAME_NEXT = re.compile(r"\s*,?\s*(?:(?:don|dott\.?|Dr\.?|M\.|Mme)\s+)?[A-ZÀ-ÝΑ-Ω]")


def _unnamed_spokesperson(text: str, m, sp, kinds) -> Via | None:
    """'La ministre a fait savoir, par la voix de son porte-parole, qu'...', 'Il sindaco, tramite
    il suo portavoce, ha detto che': a person or an office holder who speaks through a
    spokesperson left unnamed has the role word as via (a spokesperson named or not is the via, as
    in the English relays). A body speaking so has none: its spokesperson is its own voice."""
    if _NAME_NEXT.match(text, m.end()):
        return None  # (a name the entity step missed: no role word in its place)
    if sp.entity is not None:
        if kinds.get(sp.entity) != "PERSON":
            return None
    else:
        words = (sp.name or "").split()
        first = next((w for w in words if L.fold(w) not in _ARTICLE_WORDS), None)
        if first is None or not is_title(first):
            return None
    noun = re.search(r"[^\s'’]+$", m.group())
    a = m.start() + noun.start()
    return Via(None, text[a:m.end()], a, m.end())


def spokesperson_vias(text: str, quotes: tuple, entities) -> tuple:
    """Each quote whose cue passes the words through a named spokesperson, with that person
    as a via; a quote given to the spokesperson it passed through goes back to the subject."""
    people = sorted((m.start, m.end, e) for e in entities if e.type == "PERSON" for m in e.mentions)
    kinds = {e.id: e.type for e in entities}
    out = []
    for q in quotes:
        back = _spoken_through(text, q, people) if q.speaker.start is not None else None
        if back is not None:
            out.append(dataclasses.replace(q, speaker=back[0], via=tuple(q.via) + (back[1],)))
            continue
        sp = q.speaker
        lo = sp.end if sp.end is not None and sp.end <= q.start else None
        if lo is None or _SENTENCE_END.search(text, lo, q.start):
            out.append(q)
            continue
        m = _THROUGH.search(text, lo, q.start)
        hit = next((p for p in people if m is not None and m.end() <= p[0] < min(q.start, m.end() + 40)
                    and p[1] <= q.start), None)
        if hit is None and m is not None:
            role = _unnamed_spokesperson(text, m, sp, kinds)
            if role is not None and not any(v.start == role.start for v in q.via):
                q = dataclasses.replace(q, via=tuple(q.via) + (role,))
            out.append(q)
            continue
        if hit is None or any(v.entity == hit[2].id for v in q.via) or hit[2].id == sp.entity:
            out.append(q)
            continue
        via = Via(hit[2].id, hit[2].name, hit[0], hit[1])
        out.append(dataclasses.replace(q, via=tuple(q.via) + (via,)))
    return tuple(out)


__all__ = ["spokesperson_vias"]
