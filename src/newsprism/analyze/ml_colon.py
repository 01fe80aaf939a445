"""A claim after a cue and a colon, without quotation marks: 'Il titolare ... ci spiega: senza
la provinciale i clienti non scendono più.' The words after the colon, to the sentence's end,
are the speaker's (German has its own reading, by the subjunctive: ml_claims.de_colon_claim)."""

from __future__ import annotations

from ..records import Span
from .ml_marks import words

_MARKS = "«»„“”\"‹›"


def colon_claim(text: str, s: int, e: int, cues, who) -> list:
    """The cue must end right at the colon ('spiega:', 'a expliqué :', 'explicó:'), and the
    clause after it must run at least four words with no quotation marks. who: (lang, rules,
    index, roles, last) for find_speaker."""
    colon = text.find(":", s, e)
    if colon < 0:
        return []
    lang, rules, index, roles, last = who
    before = [c for c in cues if c.end() <= colon and not text[c.end():colon].strip()
              and not rules.according.fullmatch(c.group())]
    if not before:
        return []
    qs, qe = colon + 1, e
    while qs < qe and text[qs] in " \t\u00a0":
        qs += 1
    while qe > qs and text[qe - 1] in " \t\n.;!?":
        qe -= 1
    if len(words(text, qs, qe)) < 4 or any(c in text[qs:qe] for c in _MARKS) or "\n" in text[qs:qe]:
        return []
    from .ml_speakers import find_speaker
    cue = before[-1]
    speaker = find_speaker(text, lang, rules, index, roles, s, colon, cue, [(s, colon)], last)
    if speaker.name is None or speaker.start is None or speaker.start >= cue.start():
        return []
    return [(qs, qe, "indirect", Span(cue.start(), cue.end()), speaker, ())]
