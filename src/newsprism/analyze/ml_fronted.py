"""German verb-second sentences opened by a phrase naming where the words appeared ('Auf
Instagram kündigte das Unternehmen an, ...'): the subject follows the verb, and the phrase
before it is the medium, not the speaker."""
from __future__ import annotations

import re

from ..records import Speaker, Via
from .ml_media import is_medium

_FRONT = re.compile(r"(?:Auf|In|Im|Bei|Beim|Über|Via|Gegenüber)\s+(?P<m>\S.*)$")
# the subject after the verb: an article, up to four words, a separable particle at most
_AFTER = re.compile(r"\s+(?P<np>(?:der|die|das|ein|eine)\s+[^\s,.;:„“\"]+(?:\s+[^\s,.;:„“\"]+){0,3}?)"
                    r"(?:\s+(?:an|mit|hinzu|fest|zu|aus|bekannt))?\s*,")


def de_fronted(text: str, rules, speaker: Speaker, cue, resolve) -> tuple[Speaker, Via | None] | None:
    """(the subject after the verb, the fronted medium or None), or None where the sentence
    is not so built. resolve(a, b) reads the subject's span ('das Unternehmen': the firm
    named before)."""
    if cue is None or speaker.start is None or speaker.end is None or speaker.end > cue.start:
        return None
    front = _FRONT.match(text[speaker.start:speaker.end])
    after = _AFTER.match(text, cue.end)
    if front is None or after is None or text[speaker.end:cue.start].strip():
        return None
    a, b = after.span("np")
    via = None
    if is_medium(text, rules, speaker.start, speaker.end):
        ms = speaker.start + front.start("m")
        via = Via(None, text[ms:speaker.end], ms, speaker.end)
    found = resolve(a, b)
    return (found if found.name else Speaker(None, text[a:b], a, b)), via


# A preposition (and article) alone between the sentence's start and a name: "Im SWR sagte
# die Ministerin X, ...", "Gegenüber der dpa erklärte ein Sprecher, ...".
_BARE_FRONT = re.compile(r"(?:^|(?<=[.!?:\n])\s*)(?:Auf|In|Im|Bei|Beim|Über|Gegenüber)\s+(?:(?:der|dem|den)\s+)?$")


def de_widened(text: str, speaker: Speaker) -> Speaker | None:
    """The speaker's span taken back to a sentence-opening preposition that governs it, so
    that de_fronted reads the sentence; None where no such preposition stands before it."""
    if speaker.start is None or speaker.end is None:
        return None
    ls = max(0, speaker.start - 30)
    m = _BARE_FRONT.search(text, ls, speaker.start)
    if m is None or m.end() != speaker.start:
        return None
    a = m.start() + len(text[m.start():m.end()]) - len(text[m.start():m.end()].lstrip())
    return Speaker(None, text[a:speaker.end], a, speaker.end)


__all__ = ["de_fronted", "de_widened"]
