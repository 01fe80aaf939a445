"""Exchanges set out as 'NAME: words' after a sentence that names the programme or station
they went out on: every line of the exchange carries that medium, as the set-up's own words do.

Input: the quotes stage's Cand list (label-colon lines have origin "colon") and the parsed Doc;
quotes.py calls exchange_medium before the Via records are built.
"""
from __future__ import annotations

import re

from .attribution import Cand, text_of

# 'Part of the exchange:', 'The exchange, in Filipino, went:', 'Here is an edited transcript.'
# A set-up paragraph hands its medium to the lines after it only when it says that what
# follows is the exchange (or ends on a colon introducing it).
_SETUP = re.compile(r"(?i)\b(?:exchange|transcript|conversation|interview|went)\b[^.!?\n]{0,40}"
                    r"[:.]\s*$|:\s*$")
_LINE = re.compile(r"[A-Z][\w.'’ -]{0,40}:\s")


def _paragraph_of(text: str, at: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, at) + 1
    e = text.find("\n", at)
    return s, len(text) if e < 0 else e


def _setup_before(text: str, ps: int) -> tuple[int, int] | None:
    """The first paragraph above ps that is no 'NAME: words' line (blank lines skipped)."""
    at = ps
    for _ in range(12):
        if at <= 0:
            return None
        s, e = _paragraph_of(text, text.rfind("\n", 0, at - 1) + 1 if at > 1 else 0)
        if s >= at:
            return None
        at = s
        if not text[s:e].strip():
            continue
        if _LINE.match(text, s):
            continue
        return s, e
    return None


def _medium_in(doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """The first medium the set-up paragraph names: 'on ITV Wales's Sharp End', 'speaking on
    TeleRadyo Serbisyo', 'In an interview on GTV's Breakfast Live'."""
    from .vias import _interviewer, _programme, aired_name, medium_phrase, owned_show
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None:
        return None
    for t in sp:
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in ("on", "to", "with"):
            continue
        prep = t.head
        m = owned_show(prep, t)
        if m is None and t.ent_type_ == "PERSON":
            continue  # ('spoke to the station's Nina Farrow': the presenter is no medium)
        m = m or medium_phrase(t) or _programme(prep, t) or aired_name(prep, t) \
            or _interviewer(prep, t)
        if m:
            return m
    return None


# A set-up telling of the printing outlet's own programme: 'this station's', 'our'
_OWN = re.compile(r"(?i)\b(?:this|our)\s+(?:station|programme|program|show|newsroom|radio)\b|"
                  r"\bour\b")
_GENERIC = frozenset("the a an news radio tv fm am television online daily weekly media".split())


def _own_outlet(setup: str, outlet: str | None) -> bool:
    """'He spoke to West Country Radio's Nina Farrow on Drivetime' in West Country Radio's own
    copy: the exchange went out on the outlet itself, which is no via."""
    if _OWN.search(setup):
        return True
    words = [w for w in re.findall(r"[\w'’-]+", outlet or "") if w.lower() not in _GENERIC
             and not w.replace(".", "").isdigit()]
    return bool(words) and all(re.search(r"\b" + re.escape(w) + r"\b", setup) for w in words)


def exchange_medium(doc, cands: list[Cand], outlet: str | None = None) -> None:
    """'COCOBOD's deputy chief executive was asked about the delay on GTV's Breakfast Live.
    Part of the exchange: / PRESENTER: ...? / AGBODEKA: ...': the presenter's questions and
    the guest's answers all went out on the medium the set-up sentence names (a quote of the
    set-up sentence with a medium of its own lends it first). Lines with a medium keep it;
    the printing outlet's own programme is dropped later as every own-outlet via is."""
    lines = [c for c in cands if c.origin == "colon" and not c.via]
    if not lines:
        return  # most articles have no exchange: nothing below runs
    text = text_of(doc)
    found: dict[int, tuple[int, int] | None] = {}
    for c in lines:
        ps, _ = _paragraph_of(text, c.content[0])
        if not _LINE.match(text, ps):
            continue
        setup = _setup_before(text, ps)
        if setup is None or not _SETUP.search(text, setup[0], setup[1]) \
                or _own_outlet(text[setup[0]:setup[1]], outlet):
            continue
        if setup[0] not in found:
            lent = next((c2.via[0] for c2 in cands if c2.via and c2.origin != "colon"
                         and setup[0] <= c2.content[0] < setup[1]), None)
            found[setup[0]] = lent or _medium_in(doc, setup)
        m = found[setup[0]]
        if m is not None:
            c.via.append(m)


__all__ = ["exchange_medium"]
