"""A speaker named by where they come from ('the Italian said', 'The Dubliner, who moved west
in 2008, said') is the person the sentence before was about; input: one English article's quotes.

Writers vary a named person's second mention with a demonym the way they do with an age ('the
52-year-old'): the epithet carries no name and no role, so neither coreference nor the role
resolvers tie it to anyone, or they tie it to the nearest name, which is often the person the
sentence before talked about, not its subject. The sentence before the quotation (or before the
epithet, where the quotation follows it) names its subject first; that person speaks.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon_roles as L
from ..records import Quote, Speaker

# 'the Italian', 'The Dubliner', 'the Pakistani', 'the Taiwanese': a capitalised word with a
# demonym's ending, alone after 'the' (a role word with such an ending is turned away below)
_EPITHET = re.compile(r"[Tt]he ([A-Z][a-z]{2,}(?:ian|an|ese|er|i|ite))(?![\w'’-]| [A-Z])")
_CLOSE = "\"”’'“‘ \t\n—–-,"


def _sentence_before(doc, text: str, at: int):
    """The sentence of the Doc ending right before character ``at`` (quote marks and
    spaces skipped), or None."""
    k = at
    while k > 0 and text[k - 1] in _CLOSE:
        k -= 1
    if k == 0:
        return None
    span = doc.char_span(k - 1, k, alignment_mode="expand")
    return span.sent if span is not None and len(span) else None


def demonym_speakers(doc, text: str, quotes: list[Quote], coref) -> list[Quote]:
    """Quotes whose speaker phrase is a bare demonym take the first person named in the
    sentence before it; a speaker already resolved to an organisation or place is kept."""
    if coref is None:
        return quotes
    out = []
    said = None
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or sp.end is None:
            out.append(q)
            continue
        comma = text.find(",", sp.start, sp.end)
        m = _EPITHET.fullmatch(text, sp.start, sp.end if comma < 0 else comma)
        word = m.group(1).lower() if m else ""
        if (not m or word in L.PERSON_NOUNS or word in L.TITLES or L.person_noun(word)):
            out.append(q)
            continue
        known = coref.by_id.get(sp.entity) if sp.entity is not None else None
        if known is not None and known.type not in ("PERSON", "NORP"):  # NORP: the tagger's
            # reading of a lone demonym, which names a group only in the plural
            out.append(q)
            continue
        if said is None:  # a name inside someone's quoted words is whom they talk about
            said = [(x.start, x.end) for x in quotes if x.kind != "indirect"]
        anchor = min(sp.start, q.start)
        named = []
        for _ in range(2):  # the sentence before, or the one before it where that names no one
            sent = _sentence_before(doc, text, anchor)
            if sent is None or sent.end_char > anchor:
                break
            named = [(mm, e) for mm, e in coref.mentions_in(sent.start_char, sent.end_char)
                     if e.type == "PERSON" and mm.kind == "name"
                     and not any(a <= mm.start < b for a, b in said)]
            if named:
                break
            anchor = sent.start_char
        if named:
            e = named[0][1]
            q = replace(q, speaker=Speaker(e.id, e.name, sp.start, sp.end))
        out.append(q)
    return out
