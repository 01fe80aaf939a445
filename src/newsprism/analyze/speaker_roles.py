"""Speakers a report names after it has quoted them, read from the layout of the text rather
than from any one cue (session 12, issue 3):

- a quotation set as a paragraph of its own and signed on the line under it, the way reaction
  round-ups and pull quotes print it ('"..."' then '— Professor Fiona MacLeod, chair of ...');
- a speaker first given by role only ('the council's leader said ...') and named in the next
  sentence by a person the text has not mentioned before, who goes on speaking there
  ('Councillor Helen Carver ... added that ...', 'Gareth Pryce said ...'): a writer introduces
  a new person with a description; a bare name right after a role is the role's name.

Both run over the finished quotes of one English article (quotes.extract) and only fill or
replace a speaker that is missing or given by an unnamed description.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import lexicon_roles as L
from ..records import Quote, Speaker
from .speaker_of_body import TITLE_WORDS

# the signature under a quotation: a dash opening the line, then the name
_SIGNATURE = re.compile(r"[ \t]*\n?[ \t]*[—–-]{1,2}[ \t]*(?=[A-Z])")
_CLOSERS = "\"”’'"
_OPENERS = "\"“‘'"


def signed_lines(text: str, quotes: list[Quote], coref) -> list[Quote]:
    """'"This is the result the field has been waiting for."' then, on the next line,
    '— Professor Fiona MacLeod, chair of ...': the person named on the signing line said
    the quotation above it (a quote with no speaker of its own)."""
    if coref is None:
        return quotes
    out = []
    for q in quotes:
        if q.speaker is None or q.speaker.name is None:
            sp = _signature_after(text, q.end, coref)
            if sp is not None:
                q = replace(q, speaker=sp)
        out.append(q)
    return out


def _signature_after(text: str, end: int, coref) -> Speaker | None:
    k = end
    while k < len(text) and k < end + 3 and text[k] in _CLOSERS + ".,!? ":
        k += 1
    if k == end or not any(c in _CLOSERS for c in text[end:k]):
        return None  # the quotation must close here, not run on
    m = _SIGNATURE.match(text, k)
    if m is None or "\n\n" in text[k:m.end()] or "\n" not in text[end:m.end()] \
            and not text[m.start():m.end()].strip():
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    comma = text.find(",", m.end(), line_end)
    stop = comma if comma >= 0 else line_end
    for men, ent in coref.mentions_in(m.end(), stop):
        if ent.type == "PERSON" and men.kind == "name":
            return Speaker(ent.id, ent.name, men.start, men.end)
    return None


# a description before a name: lower-case words ('Her neighbour Derek Hollis')
_LOWER = re.compile(r"\b[a-z][\w'’-]*\b")
# what follows a name and describes someone: an apposition ('John Smith, a neighbour,',
# 'Lincoln Adams, President of the union,'; an age or a relative clause describes no office)
# or an affiliation ('Sam Whitford of the National Cyber Security Centre')
_APPOSED = re.compile(r"^(?:\s*,(?!\s*(?:(?:who|whose)\b|\d))|\s+(?:of|from|at)\s)")
# a description that stays unnamed on purpose, or names a body ('..., which is investigating')
_UNNAMED_ON_PURPOSE = re.compile(r"anonymity|not authori[sz]ed|not to be (?:named|identified)|"
                                 r"declined to be (?:named|identified)|name (?:was )?withheld|"
                                 r"^[^.]{0,80}?,\s*which\b")
_POSSESSOR = re.compile(r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\S+['’]s)\s")


def _role_head(phrase: str) -> str | None:
    """'the council's principal planning officer' -> 'officer'; None unless the phrase is an
    unnamed description of one person by office or calling."""
    phrase = re.split(r",|\s(?:who|which|of|for|at|in|on|from|with)\s", phrase, maxsplit=1)[0]
    words = phrase.split()
    if len(words) < 2 or len(words) > 6 or not _POSSESSOR.match(phrase):
        return None
    if any(w[:1].isupper() for w in words[1:]):
        return None  # a name inside: not unnamed
    head = words[-1].lower()
    return head if head in L.ROLE_NOUNS or L.person_noun(head) else None


def named_after_role(text: str, quotes: list[Quote], coref, paras) -> list[Quote]:
    """'"...," the council's leader said. Councillor Helen Carver ... added that ...': a
    speaker given by role alone, followed in the same paragraph (or at the head of the next)
    by the first mention of a person, bare of any description, who speaks there (paras: the
    article's paragraph spans)."""
    if coref is None or not quotes:
        return quotes
    starts = [p[0] for p in paras]
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or sp.entity is not None \
                or _role_head(text[sp.start:sp.end]) is None \
                or _UNNAMED_ON_PURPOSE.search(text[sp.start:_sentence_end(text, sp.end)]):
            out.append(q)
            continue
        k = bisect.bisect_right(starts, sp.start) - 1
        end = paras[k][1] if k >= 0 else len(text)
        if k + 1 < len(paras):
            nxt = paras[k + 1][0]
            dot = re.search(r"[.!?][\"”’]?\s", text[nxt:paras[k + 1][1]])
            end = nxt + dot.end() if dot else paras[k + 1][1]
        named = _new_bare_speaker(text, sp.end, end, quotes, coref)
        if named is not None and _other_gender(_role_head(text[sp.start:sp.end]), named.name):
            named = None  # 'A spokeswoman ... said' then 'Dean McAllister ... said': two people
        out.append(q if named is None else replace(q, speaker=Speaker(
            named.id, named.name, sp.start, sp.end)))
    return out


def _other_gender(role: str | None, name: str) -> bool:
    """Whether a role word's gender ('spokeswoman') and a given name's differ."""
    words = name.split()
    had = L.ROLE_NOUNS.get(role or "")
    got = L.gender_of_first_name(words[0]) if len(words) > 1 else None
    return had is not None and got is not None and had != got


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile(r"[.!?][\"”’]?(?:\s|$)").search(text, pos)
    return m.end() if m else len(text)


def _new_bare_speaker(text: str, after: int, end: int, quotes: list[Quote], coref):
    for men, ent in coref.mentions_in(after, end):
        if ent.type != "PERSON":
            continue
        if men.kind != "name" or min(m.start for m in ent.mentions) < men.start:
            return None  # someone met before comes first: no new name here
        speaks = [q for q in quotes if q.speaker is not None and q.speaker.entity == ent.id
                  and q.speaker.start is not None and after <= q.speaker.start < end]
        if not speaks:
            return None
        at = text.find(ent.name, men.start, men.end)
        at = men.start if at < 0 else at
        line_start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1,
                         text.rfind("\"", 0, at), text.rfind("”", 0, at))
        if _LOWER.search(text[line_start + 1:at]):
            return None  # 'Her neighbour Derek Hollis': introduced by a description
        tail = text[at + len(ent.name):at + len(ent.name) + 40]
        if _APPOSED.match(tail):
            return None  # 'Derek Hollis, a neighbour,': another person, described
        return ent
    return None


# 'the company', 'the digital payments firm': a generic kind word standing for the body the
# article is about
_BODY_KINDS = L.GENERIC_ORG_ANAPHORS
_KIND_PHRASE = re.compile(r"^[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}([a-z]+)$")


def described_body(text: str, quotes: list[Quote], coref, outlet: str | None = None) -> list[Quote]:
    """'The company said in a statement that ...', 'the digital payments firm disclosed that':
    a speaker given only by a generic kind of body, which coreference left unlinked, is the
    body of that kind named most often before it (the report's subject)."""
    if coref is None:
        return quotes
    out = []
    for q in quotes:
        sp = q.speaker
        m = _KIND_PHRASE.match(text[sp.start:sp.end]) if sp is not None and sp.entity is None \
            and sp.start is not None else None
        if m and _named_already(text, sp):  # asked only of a kind phrase
            m = None
        body = _most_named_before(text, coref, sp.start, outlet) \
            if m and m.group(1) in _BODY_KINDS else None
        out.append(q if body is None else replace(q, speaker=Speaker(
            body.id, body.name, sp.start, sp.end)))
    return out


def _named_already(text: str, sp) -> bool:
    """'The utility FortisBC said ... The company said': an earlier step gave the kind phrase
    a capitalised name of its own (one the tagger did not make an entity)."""
    return bool(sp.name) and sp.name[:1].isupper() \
        and sp.name.lower() not in text[sp.start:sp.end].lower()


def _most_named_before(text: str, coref, pos: int, outlet: str | None):
    types = ("ORG", "PERSON")
    counts: dict[str, list] = {}
    persons = {ent.id for men, ent in coref.mentions_in(0, pos) if men.kind == "pronoun"
               and text[men.start:men.end].lower() in ("he", "she", "him", "his", "her")}
    for men, ent in coref.mentions_in(0, pos):
        if men.kind != "name" or ent.type not in types:
            continue
        first = ent.name.split()[0] if ent.name.split() else ""
        if ent.type == "PERSON" and (L.gender_of_first_name(first) is not None
                                     or len(ent.name.split()) < 2 or ent.id in persons):
            continue  # a person, by the given name or by 'he' / 'she' ('Dana Whitlock ... she')
        low = ent.name.lower()
        if outlet and (low in outlet.lower() or ent.name == _initials(outlet)) \
                or low in L.MEDIA_NAMES or ent.name in L.PLATFORMS:
            continue  # the outlet itself ('(AFW)' for Atlantic Financial Wire), a medium
        counts.setdefault(ent.id, [0, men.start, ent])[0] += 1
    if not counts:
        return None
    best = max(counts.values(), key=lambda r: (r[0], -r[1]))
    return best[2]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


# '..., who asked to be identified only as Jess', 'who gave her name only as Auma', 'who would
# give only his first name, Tomasz': the one name a described source let the paper print
_ONLY_NAME = re.compile(
    r"\b(?:identified|named|known|called)\s+only\s+(?:as|by\s+(?:her|his|their)\s+first\s+name,?)"
    r"\s+([A-Z][\w'’-]+)|\bgave\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+)?name\s+"
    r"(?:only\s+)?"
    r"as\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|\bgive\s+only\s+(?:her|his|their)\s+first\s+name,\s+([A-Z][\w'’-]+)")


def only_named(text: str, quotes: list[Quote]) -> list[Quote]:
    """A source described, not named ('A 16-year-old patient, who asked to be identified only
    as Jess, said ...'), is the one name the description lets the paper print."""
    out = []
    for q in quotes:
        sp = q.speaker
        # 'A caller, who gave her name as Mama Bisi, said': the parse may leave the bare
        # honorific as the speaker; the clause naming her starts with the speaker's phrase
        titled = sp is not None and sp.entity is None and sp.name and sp.start is not None \
            and sp.name.lower().rstrip(".") in TITLE_WORDS
        if sp is not None and sp.entity is None and sp.name and sp.name[:1].islower() \
                or sp is not None and sp.entity is None and sp.name and sp.name.split()[0] in (
                    "A", "An", "The", "One") or titled:
            at = sp.start if titled else text.rfind(sp.name, max(0, q.start - 600), q.start)
            if at < 0 and sp.start is not None:
                at = sp.start
            hit = _ONLY_NAME.search(text, at, min(len(text), at + len(sp.name) + 120)) \
                if at >= 0 else None
            if hit is not None and ". " not in text[at + len(sp.name):hit.start()]:
                name = next(g for g in hit.groups() if g)
                q = replace(q, speaker=Speaker(None, name, sp.start, sp.end))
        elif sp is not None and sp.entity is not None and sp.start is not None \
                and _INDEFINITE.match(text, sp.start):
            # 'asked a caller from Nyanya who gave her name only as Mama Blessing': the
            # description's own clause names her, whoever coreference took it for
            hit = _ONLY_NAME.search(text, sp.start, min(len(text), sp.end + 80))
            if hit is not None and not re.search(r"[.!?]\s", text[sp.start:hit.start()]):
                name = next(g for g in hit.groups() if g)
                q = replace(q, speaker=Speaker(None, name, sp.start, sp.end))
        out.append(q)
    return out


_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+[a-z]")
_HE_SHE = {"he": "m", "she": "f"}


def pronoun_after_role(doc, text: str, quotes: list[Quote], coref) -> list[Quote]:
    """'The rebels' spokesman did not take questions. In a post on Bluesky, he said ...': a
    'he'/'she' speaking in the sentence after one whose subject is a person given by role is
    that person (the subject of the sentence before is the pronoun's first candidate); the role
    takes the name an apposition gives it later ('The spokesman, Ilyas Doran, ...')."""
    from .role_names import named_for_role
    from .second_names import _apposed_name
    if coref is None or not doc.has_annotation("DEP"):
        return quotes
    out = []
    for q in quotes:
        sp = q.speaker
        want = _HE_SHE.get(text[sp.start:sp.end].lower()) if sp is not None \
            and sp.start is not None else None
        subj = _role_subject_before(doc, text, sp.start, want) if want else None
        if subj is not None:
            s, e = subj.left_edge.idx, subj.idx + len(subj.text)
            ent = coref.entity_at(s, e)
            if ent is None or ent.type != "PERSON" or not any(
                    m.kind == "name" for m in ent.mentions):
                ent = _apposed_name(text, coref, s, subj.lower_)
            if ent is None:
                # the holder the role names before or after ('Magistrate Grace Njeri')
                held = named_for_role(doc, coref, Speaker(None, text[s:e], s, e), subj)
                ent = coref.by_id.get(held.entity) if held and held.entity else None
                if ent is not None and not _titled(text, ent, subj.lower_):
                    ent = None  # only a holder the text gives this title
            first = ent.name.split()[0] if ent is not None and ent.name.split() else ""
            if ent is not None and L.gender_of_first_name(first) not in (None, want):
                ent = None
            if ent is not None and ent.id != sp.entity:
                q = replace(q, speaker=Speaker(ent.id, ent.name, sp.start, sp.end))
        out.append(q)
    return out


def _titled(text: str, ent, word: str) -> bool:
    """Whether the text gives the person the role word: in a mention or right before one
    ('Magistrate Grace Njeri', 'the magistrate, Grace Njeri')."""
    return any(word in text[max(0, m.start - 30):m.end].lower() for m in ent.mentions
               if m.kind != "pronoun")


def _role_subject_before(doc, text: str, pos: int, want: str):
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].dep_ != "nsubj":
        return None
    sent = span[0].sent
    opener = {t.i for c in span[0].head.children if c.i < span[0].i
              and c.dep_ in ("prep", "advcl", "npadvmod") for t in c.subtree}
    if any((t.ent_type_ == "PERSON" or t.pos_ == "PRON" and t.lower_ in _HE_SHE)
           and t.i not in opener for t in doc[sent.start:span[0].i]):
        return None  # someone else first in the pronoun's own sentence (past its opener)
    para = text.rfind("\n", 0, pos)
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if prev.start_char <= para:
        return None  # the sentence before lies in another paragraph
    if '"' in prev.text or "“" in prev.text:
        return None  # a sentence that quotes someone has its own speaker
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return None
    word = subj.lower_
    if not (word in L.ROLE_NOUNS or L.person_noun(word)):
        return None
    if L.ROLE_NOUNS.get(word) not in (None, want) or any(
            t.pos_ == "PROPN" for t in subj.subtree):
        return None  # 'the spokeswoman' is no 'he'; a named role is coreference's
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in subj.children):
        return None  # a definite role only ('a driver' is the unnamed-source rules')
    return subj


# 'the 52-year-old smiled.': a person taken up again by age alone
_AGE_EPITHET = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b(?!\s+[A-Za-z]+(?:\s|,))")


def age_epithet_before(text: str, quotes: list[Quote], coref, paras) -> list[Quote]:
    """'Asked whether he feared for his job, the 52-year-old smiled. "That is a question for
    the president."': a quotation with no cue of its own after a sentence whose subject is an
    age alone is the person last named before that age."""
    if coref is None:
        return quotes
    starts = [p[0] for p in paras]
    out = []
    for q in quotes:
        if q.speaker is None or q.speaker.name is None:
            k = bisect.bisect_right(starts, q.start) - 1
            ps = paras[k][0] if k >= 0 else 0
            before = text[ps:q.start]
            last = list(_AGE_EPITHET.finditer(before))
            rest = before[last[-1].end():].rstrip("\"“ ") if last else ""
            if last and not re.search(r"[.!?][\"”’]?\s+\S", rest):
                at = ps + last[-1].start()
                named = [(m, e) for m, e in coref.mentions_in(max(0, at - 1500), at)
                         if e.type == "PERSON" and m.kind == "name"]
                if named:
                    m, e = named[-1]
                    q = replace(q, speaker=Speaker(e.id, e.name, ps + last[-1].start(),
                                                   ps + last[-1].end()))
        out.append(q)
    return out


# a document taken up again as the speaker: 'The review warned', 'Her letter said'
_DOCUMENT_AGAIN = re.compile(r"^(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w-]*\s+)?"
                             r"(review|report|letter|memo|note|study|survey|submission|email|"
                             r"filing|briefing|paper)$")


def document_again(text: str, quotes: list[Quote]) -> list[Quote]:
    """'Analysts at Deloitte said in their annual review that ... The review warned that
    "...": a document named again as the speaker is whoever the text had speak through it
    (the speaker of the last quote whose cue clause named that document)."""
    out: list[Quote] = []
    for q in quotes:
        sp = q.speaker
        m = _DOCUMENT_AGAIN.match(text[sp.start:sp.end]) if sp is not None \
            and sp.entity is None and sp.start is not None else None
        if m is not None:
            word = re.compile(rf"\b(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){{0,2}}"
                              rf"{m.group(1)}\b", re.I)
            for prev in reversed(out):
                p = prev.speaker
                if p is None or not p.name or p.start is None or p.start >= sp.start \
                        or sp.start - p.start > 1200:
                    continue
                cue_end = prev.cue.end if prev.cue is not None else p.end
                zone = text[min(p.start, cue_end):max(p.end, cue_end) + 60]
                if word.search(zone) and not _DOCUMENT_AGAIN.match(p.name or ""):
                    q = replace(q, speaker=Speaker(p.entity, p.name, sp.start, sp.end))
                    break
        out.append(q)
    return out
