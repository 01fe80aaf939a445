"""Where a pronoun speaker's words went out, read off the sentence before them in the paragraph.

- 'Jaime Carvajal ... was less restrained on the federation's own podcast, Bajo Tierra, on
  Sunday. "...," he said.': a show the paragraph names, owned by anyone (relays._OWN_SHOW
  reads only 'his/her/their'), is where the pronoun's words were said.
- 'Her father ... posted a video on Facebook. "...," he says in it.': 'in it' / 'in the video'
  takes up the post the paragraph named, and its platform carried the words.
- 'a JTA rally ... streamed live on YouTube. | On the stream, X told the crowd that "..."':
  a definite 'the stream' takes up the platform its own or the paragraph before named.
quotes.extract calls pronoun_media after relays.posted_before, for quotes with no via yet; it
reads only the quote's own paragraph.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from . import lexicon_roles as L
from .last_match import break_before, first_start, last_match
from .relays import via_records

_PRONOUNS = ("he", "she", "they")
_SHOW = re.compile(r"\bon (?:his|her|their|its|the [\w-]+(?: [\w-]+)?['’]s) (?:own |weekly |daily )?"
                   r"(?:podcast|show|programme|program|blog|channel|radio show|YouTube channel),?"
                   r"\s+((?:[A-Z][\w'’-]*\s?){1,5})(?=[.,;])")
_IN_IT = re.compile(r"\s+in (?:it|the (?:video|post|message|clip|recording|statement))\b")
_POSTED = re.compile(r"\b(?:posted|published|shared|uploaded|put out)\b[^.!?\n]{0,60}?\bon\s+"
                     r"(?:(?:his|her|their|its|the)\s+)?(?:official\s+)?([A-Z]\w*)")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[A-Z\"“]")


# 'On the stream, X told the crowd that ...': the stream the paragraph before said went out
_ON_THE_STREAM = re.compile(r"\b[Oo]n the (?:live\s?)?(?:stream|livestream|broadcast)\b")
_STREAMED_ON = re.compile(r"\b(?:streamed|livestreamed|broadcast)\s+(?:live\s+)?on\s+(?:the\s+)?"
                          r"([A-Z]\w*)")


def _last(pattern: re.Pattern, text: str, start: int, end: int):
    # the last match of a scan of text[start:end], read off the text's own matches (none of
    # these patterns holds a '.', '!' or '?'): a scan per quote of a paragraph of thousands
    # of sentences was quadratic
    return last_match(pattern, text, start, end)


# words the patterns cannot match without (case as they are written there): an article (for
# the stream) or a paragraph before the words (for the show and the post) that has none of a
# pattern's words is not scanned with it
_STREAM_WORDS = ("stream", "broadcast")
_SHOW_WORDS = ("podcast", "show", "program", "blog", "channel")
_POSTED_WORDS = ("posted", "published", "shared", "uploaded", "put out")


def _stream_before(text: str, q) -> tuple[int, int] | None:
    """The platform a definite 'the stream' in the quote's clause takes up, named in its own
    or the paragraph before, or None."""
    if q.via:
        return None
    first = q.start if q.cue is None else min(q.start, q.cue.start)
    para = break_before(text, first) + 1
    # (an attempt reads 23 characters at most: 'On the live livestream' and one past it)
    at = first_start(_ON_THE_STREAM, text, para, first, 23)
    if at is None:
        return None
    before = break_before(text, max(0, para - 2)) + 1 if para > 1 else para
    n = _last(_STREAMED_ON, text, before, at)
    return n.span(1) if n is not None and n.group(1) in L.PLATFORMS else None


def _medium(text: str, q, streams: bool) -> tuple[int, int] | None:
    found = _stream_before(text, q) if streams else None
    if found is not None:
        return found
    if q.via or q.cue is None or q.speaker.start is None \
            or text[q.speaker.start:q.speaker.end].lower() not in _PRONOUNS:
        return None
    first = min(q.start, q.cue.start)
    para = break_before(text, first) + 1
    seg = text[para:first]
    if _IN_IT.match(text, q.cue.end):
        if not any(w in seg for w in _POSTED_WORDS):
            return None
        m = _last(_POSTED, text, para, first)
        return m.span(1) if m is not None and m.group(1) in L.PLATFORMS else None
    m = _last(_SHOW, text, para, first) if any(w in seg for w in _SHOW_WORDS) else None
    if m is None or len(list(islice(_SENTENCE_END.finditer(text, m.end(), first), 2))) > 1:
        return None
    return m.start(1), m.start(1) + len(m.group(1).rstrip())


def pronoun_media(doc, coref, text: str, quotes: list, outlet: str | None) -> list:
    out = []
    streams = any(w in text for w in _STREAM_WORDS)
    for q in quotes:
        span = _medium(text, q, streams)
        out.append(q if span is None else replace(q, via=via_records(doc, coref, [span], outlet)))
    return out


__all__ = ["pronoun_media"]
