"""Interviews printed in Q&A form: each answer line after the paper's question is the
interviewee's speech. Moved unchanged out of ml_clauses (session 10, when that module passed
its size floor); ml_quotes calls interview_answers.
"""
from __future__ import annotations

import re

from ..records import Speaker
from .ml_clauses import trim
from .ml_marks import words
from .ml_speakers import named

# A line the paper asks: short, ending on a question mark (Greek ';', Arabic '؟').
_QUESTION_END = re.compile(r"[?;;؟]\s*$")
_QUOTE_MARKS = re.compile(r"[«»“”„\"]")
# The one the paper spoke to, unnamed: "ein Busfahrer", "έναν ασθενή", "أحد التجار
# المتضررين", "یکی از ساکنان محله سعدی", "ایک رکشہ ڈرائیور سے", "bir esnafla".
_INTERVIEWEE = re.compile(
    r"(?<![\w])(?:(?:un|une|uno|una|ein|eine|einen|einem|einer|έναν|ένα|μια|μία|bir)\s+"
    r"(?P<one>[^\W\d]+)"
    r"|(?P<ar>(?:أحد|إحدى)(?:\s+(?!عن|في|من|على|حول)[^\s،,.؟]+){1,3})"
    r"|یکی از\s+(?P<fa>(?:(?!گفت|صحبت|کردیم|درباره)[^\s،,.]+\s*){1,4})"
    r"|ایک\s+(?P<ur>(?:(?!سے|کے|کی|نے)[^\s،,.۔]+\s*){1,3}))")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _interviewee(text: str, index, a: int, b: int) -> Speaker | None:
    """Who the paper says it talked to in the line before its first question: the person named
    there, else the unnamed one ('a bus driver who has driven line 7 for 25 years')."""
    people = [(ms, me, ent) for ms, me, ent in index.within(a, b) if ent.type == "PERSON"]
    if people:
        ms, me, ent = people[-1]
        return named(text, ent, ms, me)
    m = _INTERVIEWEE.search(text, a, b)
    if m is None:
        return None
    grp = next(g for g in ("one", "ar", "fa", "ur") if m.group(g))
    s, e = m.span(grp)
    e = s + len(text[s:e].rstrip())
    if grp == "one" and text[s].isupper() and not text[s:e].istitle():
        return None
    return Speaker(None, text[s:e], s, e)


def interview_answers(text: str, index, found: list) -> list:
    """Answers in a Q&A interview: each line right after a question, with no quotation marks
    and no attribution of its own, is the interviewee's speech; the interviewee is the one the
    line before the first question introduces."""
    lines = _lines(text)
    taken = [(r[0], r[1]) for r in found]
    rows, who = [], None
    for i in range(1, len(lines) - 1):
        qa, qb = lines[i]
        if not _QUESTION_END.search(text[qa:qb]) or qb - qa > 200 or _QUOTE_MARKS.search(text, qa, qb):
            continue
        prev_q = i >= 2 and _QUESTION_END.search(text[lines[i - 2][0]:lines[i - 2][1]])
        if not prev_q:  # a new interview: its subject is introduced just before
            pa, pb = lines[i - 1]
            who = None if _QUOTE_MARKS.search(text, pa, pb) else _interviewee(text, index, pa, pb)
            if who is None and i + 2 < len(lines):  # the answer first, its speaker named after it
                na, nb = lines[i + 2]
                people = [h for h in index.within(na, nb) if h[2].type == "PERSON" and h[0] - na < 4]
                who = named(text, people[0][2], people[0][0], people[0][1]) if people else None
        aa, ab = lines[i + 1]
        if who is None or _QUESTION_END.search(text[aa:ab]) or _QUOTE_MARKS.search(text, aa, ab):
            continue
        if any(min(e, ab) > max(s, aa) for s, e in taken):
            continue
        qs, qe = trim(text, aa, ab)
        if len(words(text, qs, qe)) >= 3:
            rows.append((qs, qe, "direct", None, who, ()))
    return rows


__all__ = ["interview_answers"]
