"""A name the article itself shows to be a medium is a medium everywhere in it: 'the state
news agency Antara reported' ... 'told Antara that', 'the news agency Ritzau reported' ...
'told Ritzau that'. The names written right after a lower-case kind of medium are gathered
once per document (one pass over its text); vias._addressees and vias._spoken_to then take a
name told or spoken to that is one of them, whatever the tagger made of it.
"""
from __future__ import annotations

import re

# 'the state news agency Antara', 'the broadcaster NRK', 'the daily Postimees'
_KIND_THEN_NAME = re.compile(
    r"\b(?:news\s+agency|agency|wire\s+service|broadcaster|channel|station|newspaper|daily|"
    r"weekly|tabloid|news\s+site|news\s+website|news\s+portal|public\s+radio|radio|"
    r"television|network)\s+((?:[A-Z][\w'’.&-]*)(?:\s+[A-Z0-9][\w'’.&-]*){0,3})")
_KEY = "newsprism_shown_media"


def shown_media(doc) -> frozenset[str]:
    """The names the article writes right after a kind of medium, once per Doc."""
    got = doc.user_data.get(_KEY)
    if got is None:
        got = frozenset(m.group(1).rstrip(".") for m in _KIND_THEN_NAME.finditer(doc.text))
        doc.user_data[_KEY] = got
    return got


def shown_medium(tok) -> tuple[int, int] | None:
    """tok's name, when the article elsewhere shows it to be a medium ('told Antara')."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    words = [t for t in tok.subtree if not (t.dep_ == "det" and t.head.i == tok.i)
             and t.dep_ not in ("relcl", "acl", "punct")]
    words = [t for t in words if t.i <= tok.i]
    if not words:
        return None
    s, e = words[0].idx, tok.idx + len(tok.text)
    name = tok.doc.text[s:e]
    return (s, e) if name in shown_media(tok.doc) else None
