"""Where a speaker's words went out, read off the occasion the text names around them: 'X, on
X: "..."', 'Y, in a homily broadcast by Radio Z: "..."', 'W defended the plan on the Q podcast.
"...," he said.' A quote left with no via by the clause-level readings takes the medium of its
own frame (its sentence outside the quoted words) or, when a pronoun picks the speaker up, of the
sentence before that names the same speaker; a pronoun's quote next to it goes on there.

Input: records.Quote list after the other via passes (quotes.extract calls occasion_vias once).
Cost: a quote with a via, or whose frame holds no occasion word (one precompiled search on at
most two sentences), is passed over untouched.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Via
from . import lexicon_roles as L
from .relays import via_records
from .via_names import is_medium

_PLAT = "|".join(sorted((p for p in L.PLATFORMS if p != "Social"), key=len, reverse=True))
# The cheap gate: a platform's name or a word for a broadcast, a show or a post.
_HINT = re.compile(rf"\b(?:{_PLAT})\b|\b(?:podcast|programme|program|show|broadcast|aired|"
                   r"televised|streamed|livestream)\b")
# 'on X', 'in a TikTok video', 'on her Facebook page', 'posted on YouTube'
_ON_PLATFORM = re.compile(rf"\b(?:on|via|in\s+an?)\s+(?:(?:his|her|their|its|the)\s+)?"
                          rf"(?:own\s+|official\s+)?({_PLAT})\b(?![’'-])")
# 'on the Lithium Hour podcast', "on Money FM's Market Close programme": the show's own name
_ON_SHOW = re.compile(r"\b(?:on|to)\s+(?:the\s+)?(?:(?:[A-Z][\w.-]*|\d[\d.]*)(?:\s+(?:[A-Z][\w.-]*"
                      r"|\d[\d.]*)){0,3}['’]s\s+)?((?:[A-Z][\w'’-]*\s+){1,4})"
                      r"(?:podcast|programme|program|show)\b")
# 'a homily broadcast by Radio Pío XII', 'remarks aired on Astro Awani'
_CARRIED_BY = re.compile(r"\b(?:broadcast|aired|televised|streamed|carried|posted|uploaded)\s+"
                         r"(?:live\s+)?(?:on|by)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*)")
# 'An internal memo, leaked on Monday by the senator Ana Ruiz, warns': the person who put a
# document out passed its words on (a document's own author is no relay: 'published by the
# ministry' is left alone, and only a person leaks)
_DOCUMENT = re.compile(r"(?i)\b(?:memo|memorandum|circular|letter|e-?mail|document|note|report|"
                       r"minutes|draft|briefing|file|dossier|message|guidance|instructions?)\b")
_PUT_OUT_BY = re.compile(r"\b(?:leaked|made public|disclosed|revealed|shared|circulated|passed on)"
                         r"\b[^,;:]{0,60}?\bby\b")
_PRONOUN = frozenset("he she they it".split())
_QUOTE_MARK = re.compile("[\"“”]")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘A-Z(-])|\n")


def _medium_in(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the first medium an occasion phrase in text[s:e] names, if any."""
    window = text[s:e]
    if not _HINT.search(window):
        return None
    best = None
    for rx in (_ON_PLATFORM, _ON_SHOW, _CARRIED_BY):
        for m in rx.finditer(window):
            name = m.group(1).rstrip()
            if rx is _CARRIED_BY:
                name = name.rstrip(".,")
                if name not in L.PLATFORMS and not is_medium(name):
                    continue
            span = (s + m.start(1), s + m.start(1) + len(name))
            if best is None or span[0] < best[0]:
                best = span
            break
    return best


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Where the sentence holding pos begins (not before floor)."""
    start = floor
    for m in _SENTENCE_END.finditer(text, floor, pos):
        start = m.end()
    return start


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() + 1 if m else len(text)


def _para_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _pronoun(text: str, q) -> bool:
    return q.speaker.start is not None \
        and text[q.speaker.start:q.speaker.end].lower() in _PRONOUN


_GOING_ON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+(?:also\s+|then\s+)?(?:went on|goes on|"
                       r"added|adds|continued|continues|said|says)\s*$")
_BARE_VERBS = frozenset("said says added adds continued continues wrote writes".split())
_BARE_GAP = re.compile(r"\s*(?:also\s+|then\s+)?(?:that\s+|:\s*|,\s*)?[\"“]?")


def _bare_cue(text: str, q) -> bool:
    """'he said', 'She added that', 'he went on:': a cue naming no one it was said to."""
    if q.cue is None:
        return False
    cue = text[q.cue.start:q.cue.end].rstrip(": ")
    if not cue and q.cue.end <= q.start:  # 'It goes on: "..."', the colon taken for the cue
        return _GOING_ON.search(text, max(0, q.cue.start - 30), q.cue.start) is not None
    if cue not in _BARE_VERBS and cue not in ("went on", "goes on"):
        return False
    if q.cue.end <= q.start:
        return _BARE_GAP.fullmatch(text, q.cue.end, q.start) is not None
    stop = _sentence_end(text, q.cue.end)
    return len(text[q.cue.end:stop].split()) <= 2  # '..., he said on Monday.'


def _same_speaker(a, b) -> bool:
    if a.speaker.name is None or b.speaker.name is None:
        return False
    if a.speaker.entity is not None and b.speaker.entity is not None:
        return a.speaker.entity == b.speaker.entity
    return a.speaker.name == b.speaker.name


def _leaked_by(text: str, coref, q) -> Via | None:
    """The person a document speaker's own phrase says leaked it or made it public."""
    if coref is None or q.speaker.start is None or q.speaker.end - q.speaker.start < 12:
        return None
    mention = text[q.speaker.start:q.speaker.end]
    m = _PUT_OUT_BY.search(mention)
    if m is None or not _DOCUMENT.search(mention, 0, m.start()):
        return None
    at = q.speaker.start + m.end()
    stop = text.find(",", at, q.speaker.end)
    people = [(men, ent) for men, ent in coref.mentions_in(at, q.speaker.end if stop < 0 else stop)
              if ent.type == "PERSON"]
    if not people:
        return None
    men, ent = people[-1]  # 'by the Kota Tinggi MP Ana Ruiz': the name the titles lead to
    return Via(ent.id, ent.name, men.start, men.end)


def _own_frame(text: str, q) -> tuple[int, int] | None:
    """A medium in the quote's own sentence outside its quoted words: the words between the
    paragraph's or sentence's start and the quote, or after the quote up to the sentence end
    when the cue follows it."""
    ps = _para_start(text, q.start)
    before_s = _sentence_start(text, q.start, ps)
    if q.speaker.start is not None and before_s <= q.speaker.start < q.start:
        span = _medium_in(text, q.speaker.start, q.start)  # (a mention may run on into it)
        if span is not None:
            return span
    if q.cue is not None and q.cue.start >= q.end:
        end = min(_sentence_end(text, q.cue.start), q.cue.start + 200)
        return _medium_in(text, q.cue.start, end)
    return None


def _sentence_before(text: str, q) -> tuple[int, int] | None:
    """'W defended the plan on the Q podcast. "...," he said.': the sentence before a pronoun's
    quote, in its paragraph or ending the one before, that names the same speaker and quotes
    no one."""
    first = min(q.start, q.cue.start if q.cue is not None else q.start)
    ps = _para_start(text, first)
    s = _sentence_start(text, first, ps)
    if s <= ps:  # the quote opens its paragraph: the last sentence of the one before
        if ps < 2:
            return None
        pe = ps - 1
        while pe > 0 and text[pe - 1] == "\n":
            pe -= 1
        prev_ps = _para_start(text, pe)
        bs, be = _sentence_start(text, pe, prev_ps), pe
    else:
        bs, be = _sentence_start(text, s - 1, ps), s
    sentence = text[bs:be]
    surname = q.speaker.name.split()[-1] if q.speaker.name else ""
    if len(surname) < 2 or surname not in sentence or _QUOTE_MARK.search(sentence):
        return None
    return _medium_in(text, bs, be)


def occasion_vias(doc, coref, text: str, quotes: list, outlet: str | None) -> list:
    out = list(quotes)
    ours: set[int] = set()
    for k, q in enumerate(out):
        if q.via or q.speaker.name is None:
            continue
        prev = out[k - 1] if k else None
        if prev is not None and prev.via and _pronoun(text, q) and _bare_cue(text, q) \
                and _same_speaker(prev, q) \
                and prev.end <= q.start and text.count("\n", prev.end, q.start) <= 2 \
                and (k - 1 in ours or _HINT.search(text, max(0, prev.start - 300), prev.start)):
            # 'He added that ...' right after words that went out on a show or a platform
            out[k] = replace(q, via=prev.via)
            continue
        leaker = _leaked_by(text, coref, q)
        if leaker is not None:
            out[k] = replace(q, via=(leaker,))
            ours.add(k)
            continue
        span = _own_frame(text, q)
        if span is None and _pronoun(text, q) and _bare_cue(text, q):
            span = _sentence_before(text, q)
        if span is None:
            continue
        via = via_records(doc, coref, [span], outlet)
        if via and via[0].name != q.speaker.name:
            out[k] = replace(q, via=via)
            ours.add(k)
    if ours:
        # a headline's shortening of words that now have their medium: the same medium
        by_id = {q.id: q for q in out}
        for k, q in enumerate(out):
            twin = by_id.get(q.same_as) if q.same_as else None
            if not q.via and twin is not None and twin.via and _same_speaker(q, twin):
                out[k] = replace(q, via=twin.via)
    return out


__all__ = ["occasion_vias"]
