"""Source span boundaries as PolNeAR marks them, applied to every attribution candidate once
its source is chosen: the source phrase stops before its own cue ('a super PAC backing Jeb
Bush', cue 'backing') and leaves out a focusing adverb in front ('even critics say').

Input: a parsed spaCy Doc and the candidates of attribution.find_candidates.
"""
from __future__ import annotations

from .attribution import Cand, text_of, trim

# Adverbs that focus a noun phrase rather than belong to it: 'even the most optimistic
# Democrats', 'virtually all the attendees', 'only 7 percent'.
_FOCUS = frozenset("even virtually only just also".split())
# What may stand between a source cut before its cue and the cue: commas, 'who', 'which'.
_TAIL = " \t\n,;:—–-"
# Words a cut can leave hanging at the end: 'Ted Cruz, when [asked]', '... in Spanish and [talking]'.
_HANGING = frozenset("who which that whose whom and or but when while as after before if".split())


def _cut_before_cue(text: str, c: Cand) -> None:
    """'pre-event disclaimers urging peaceable conduct' (cue 'urging'): the source is the
    phrase before its own cue, not the phrase that holds it."""
    s, e = c.source
    if c.cue is None or not s < c.cue[0] < e or not text[c.cue[0] - 1].isspace():
        return
    ns, ne = trim(text, s, c.cue[0], _TAIL)
    words = text[ns:ne].split()
    while len(words) > 1 and words[-1].lower() in _HANGING:
        ne = ns + text[ns:ne].rfind(words.pop())
        ns, ne = trim(text, ns, ne, _TAIL)
    if ne > ns:
        c.source = (ns, ne)


def _drop_focus(text: str, c: Cand) -> None:
    s, e = c.source
    word = text[s:e].split(" ", 1)
    if len(word) == 2 and word[0].lower() in _FOCUS and word[1][:1].strip():
        c.source = (s + len(word[0]) + 1, e)


def same_mention(cands: list[Cand]) -> None:
    """Sources of several candidates that start at one word are one mention, drawn once: each
    takes the longest of them ('Ted Cruz' and 'Ted Cruz, when asked ...'), in place."""
    longest: dict[int, int] = {}
    for c in cands:
        if c.source is not None and c.source[1] > c.source[0]:
            s, e = c.source
            longest[s] = max(e, longest.get(s, e))
    if len(longest) == sum(1 for c in cands if c.source is not None):
        return
    for c in cands:
        if c.source is not None and c.source[1] > c.source[0]:
            c.source = (c.source[0], longest[c.source[0]])


def tidy(doc, cands: list[Cand]) -> None:
    """Applies the boundary conventions to every candidate's source, in place."""
    text = text_of(doc)
    for c in cands:
        if c.source is None or c.source[1] <= c.source[0]:
            continue
        _cut_before_cue(text, c)
        _drop_focus(text, c)


__all__ = ["tidy", "same_mention"]
