"""Posts set apart from the text: 'X posted on Facebook on Tuesday:' closing a paragraph, then the
post's words as a paragraph of their own with no quotation marks (an embedded post, often signed
'— Name (@handle) date' below). The words are X's, through the platform the sentence names; a
reply 'under the post' goes out on the platform of the post it answers.

Input: the parsed Doc and the quotes stage's Cand list; quotes.extract calls set_apart_posts once
per article. Only paragraphs ending in a colon are read (a cheap test on each paragraph's end).
"""
from __future__ import annotations

import re

from . import lexicon_roles as L
from .attribution import Cand, cue_span, source_span, subject_of, text_of

# The verbs that introduce a post's own words
_POSTING = frozenset("post write tweet reply respond share publish".split())
# 'replied under the post', 'responded beneath the tweet': the reply's platform is the post's
_UNDER_POST = re.compile(r"\b(?:under|beneath|below|to)\s+(?:the|that|this|his|her|its)\s+"
                         r"(?:post|tweet|message)\b")
# What opens a paragraph that is no set-apart post: a quotation mark, a transcript label, a
# signature dash, a clock stamp
_NOT_WORDS = re.compile(r"[\"“‘'—–-]|[A-Z][\w.'’ -]{0,40}:\s|\d{1,2}[:.]\d{2}\b")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _platform_in(doc, s: int, e: int) -> tuple[int, int] | None:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.text in L.PLATFORMS and t.dep_ == "pobj":
            return t.idx, t.idx + len(t.text)
    return None


def set_apart_posts(doc, cands: list[Cand]) -> list[Cand]:
    text = text_of(doc)
    paras = _paragraphs(text)
    out: list[Cand] = []
    last_platform = None
    for k, (ps, pe) in enumerate(paras[:-1]):
        if text[pe - 1] != ":":
            continue  # most paragraphs: the test below never runs
        ns, ne = paras[k + 1]
        body = text[ns:ne].strip()
        if len(body) < 12 or _NOT_WORDS.match(body) or any(
                c.content[0] < ne and ns < c.content[1]
                and not (c.cue is not None and ns <= c.cue[0] < ne) for c in cands):
            continue  # (words the post's own verbs report, 'Thank you to ...', are inside it)
        colon = doc.char_span(pe - 1, pe, alignment_mode="expand")
        if colon is None:
            continue
        sent = colon[0].sent
        verb = sent.root
        if verb.lemma_.lower() not in _POSTING:
            verb = next((t for t in sent if t.lemma_.lower() in _POSTING and t.pos_ == "VERB"
                         and t.idx >= ps), None)
        subj = subject_of(verb) if verb is not None else None
        if verb is None or subj is None or verb.idx < ps:
            continue
        platform = _platform_in(doc, verb.idx, pe)
        if platform is None and _UNDER_POST.search(text, verb.idx, pe):
            platform = last_platform
        if platform is None:
            continue  # a colon after 'wrote' with no platform: a letter or a book, read elsewhere
        last_platform = platform
        end = ne
        while end > ns and text[end - 1] in " .":
            end -= 1
        out.append(Cand(content=(ns, end), cue=cue_span(verb), source=source_span(subj),
                        kind="direct", origin="marks", cue_tok=verb, src_tok=subj,
                        via=[platform], sent=sent.start_char))
    if out:
        _post_again(text, cands, out)
    return out


_THE_POST = re.compile(r"(?i)(?:the|that|this)\s+(?:post|tweet|message)")


def _post_again(text: str, cands: list[Cand], posts: list[Cand]) -> None:
    """'In English, the post reads: "..."': the post named again right after a set-apart post
    is that post, its author speaking through its platform."""
    for c in cands:
        if c.source is None or not _THE_POST.fullmatch(text[c.source[0]:c.source[1]]):
            continue
        before = [p for p in posts if p.content[1] <= c.source[0] <= p.content[1] + 400]
        if before:
            p = before[-1]
            c.source, c.src_tok, c.via = p.source, p.src_tok, list(p.via)


__all__ = ["set_apart_posts"]
