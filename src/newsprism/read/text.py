"""Reads a plain-text article: decodes it and takes its title from the detected headline.

Input is the raw bytes of one .txt file (or stdin); the Article's text is exactly the decoded
content, with CRLF/CR turned into LF as Python's text mode does, so contract offsets hold.
"""
from __future__ import annotations

from ..errors import EmptyInput
from ..records import Article
from .base import Overrides, make_article, normalize_newlines
from .sniff import decode


def text_title(text: str) -> str | None:
    """The headline that structure detection finds at the top of the text, if any."""
    from ..analyze.structure import detect_blocks

    for block in detect_blocks(text):
        if block.kind == "headline":
            return text[block.start:block.end]
    return None


def read_text(data: bytes, *, name: str, overrides: Overrides | None = None) -> Article:
    """One plain-text article from its bytes; raises EncodingInput or EmptyInput."""
    text = normalize_newlines(decode(data, name=name))
    if not text.strip():
        raise EmptyInput("empty input (nothing but whitespace)", input=name)
    return make_article(text, source=name, overrides=overrides, title=text_title(text))


__all__ = ["read_text", "text_title"]
