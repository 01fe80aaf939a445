"""Names the tagger missed or mistyped: a dateline's place and agency ("VALMORA (Reuters) —"),
all-capital acronyms, and later occurrences of names already found (surnames alone, headlines).

Input: the spaCy Doc, mentions.Context and the name candidates ner_names found (the structure
stage's blocks say which lines are datelines); mentions.collect calls these in turn.
"""
from __future__ import annotations

import re

from . import lexicon_roles as L
from .mentions import (Cand, Context, Spans, _honour_after_name, _inside, _name_key,
                       _syntax_flags, _title_prefix, _top)

# ---------------------------------------------------------------- datelines

# The place part of a dateline: everything before ", date", "(AGENCY)" or the dash.
_DATELINE_PLACE = re.compile(r"^[^\W\d_][^,(\n—–:]*?(?=\s*(?:[,(—–:]|\s-|$))")


def dateline_spans(text: str, blocks) -> list[tuple[int, int]]:
    """(start, end) of each dateline block; the structure stage decides what a dateline is."""
    if not blocks:
        from .structure import detect_blocks
        blocks = detect_blocks(text)
    return [(b.start, b.end) for b in blocks if b.kind == "dateline"]


def dateline_places(doc, ctx: Context, blocks, names: list[Cand]) -> list[Cand]:
    """A dateline's place is a place, whatever the tagger made of its capitals ("VALMORA"
    tagged PERSON), and its agency "(Reuters)" an organisation; NER spans that run across the
    dash into the story are cut at the dateline's end."""
    lines = dateline_spans(ctx.text, blocks)
    if not lines:
        return names
    out = []
    for c in names:
        line = next(((s, e) for s, e in lines if s <= c.start < e), None)
        if line is None:
            out.append(c)
            continue
        c.end = min(c.end, line[1])
        c.core = (c.core[0], min(c.core[1], line[1]))
        if c.end <= c.start:
            continue
        if "(" in ctx.text[line[0]:c.start]:
            c.votes = {"ORG": 4.0}  # the agency in brackets
        else:
            _as_dateline_place(ctx, c)
        out.append(c)
    for s, e in lines:
        for a, b in _place_parts(ctx.text, s, e):
            if not any(c.start < b and a < c.end for c in out):
                c = _dateline_cand(doc, ctx, a, b)
                if c is not None:
                    out.append(c)
        agency = re.search(r"\(([^()]+)\)", ctx.text[s:e])
        if agency and not any(c.start < s + agency.end(1) and s + agency.start(1) < c.end
                              for c in out):
            c = _dateline_cand(doc, ctx, s + agency.start(1), s + agency.end(1))
            if c is not None:  # the tagger missed the agency: "(Coastal Wire)" is one all the same
                c.votes, c.dateline = {"ORG": 4.0}, False
                out.append(c)
    return out


_MONTH_WORDS = frozenset("""jan feb mar apr may jun jul aug sep sept oct nov dec january february
    march april june july august september october november december""".split())


def _place_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The place and its region ("KAMBA, Tamaru"), not the date ("March 3") or the agency."""
    m = _DATELINE_PLACE.match(text[s:e])
    if not m:
        return []
    out = [(s, s + m.end())]
    head = text[s:e].split("(")[0]
    pos = s + m.end()
    for part in re.finditer(r",\s*([^,]+)", head[m.end():]):
        word = part.group(1).rstrip(" —–-:")
        first = word.split()[0].strip(".").lower() if word.split() else ""
        if word[:1].isupper() and not re.search(r"\d", word) and first not in _MONTH_WORDS:
            out.append((pos + part.start(1), pos + part.start(1) + len(word)))
    return out


def _as_dateline_place(ctx: Context, c: Cand) -> None:
    c.votes = {"GPE": 6.0}
    c.dateline = True
    c.gender, c.subj, c.speech, c.mods, c.plural = None, False, False, frozenset(), False
    c.core = (c.start, c.end)
    c.key = _name_key(ctx.text[c.start:c.end])


def _dateline_cand(doc, ctx: Context, s: int, e: int) -> Cand | None:
    span = doc.char_span(s, e, alignment_mode="contract")
    if span is None or not len(span) or not any(ch.isalpha() for ch in span.text):
        return None
    c = Cand(span.start_char, span.end_char, "name", span.root.i, ctx.tok_sent[span.start])
    _as_dateline_place(ctx, c)
    return c


# ---------------------------------------------------------------- acronyms and repeats

def acronyms(doc, ctx: Context, covered: list[bool]) -> list[Cand]:
    """Bare capitalised abbreviations the tagger missed ("an IDF response"); kept only if they
    match a full name's initials later."""
    out = []
    for t in ctx.toks:
        w = t.text.replace(".", "")
        if covered[t.i] or not (2 <= len(w) <= 6 and w.isalpha() and w.isupper()):
            continue
        if t.pos_ not in ("PROPN", "NOUN", "ADJ") or _honour_after_name(doc, t.i, t.i + 1):
            continue
        c = Cand(t.idx, t.idx + len(t.text), "name", t.i, ctx.tok_sent[t.i], key=w.lower(),
                 acronym=True, pending=True)
        c.core = (c.start, c.end)
        _syntax_flags(c, t)
        out.append(c)
    return out


def repeats(doc, ctx: Context, names: list[Cand], covered: list[bool],
            titled: Spans) -> list[Cand]:
    """Other occurrences of a found name the tagger skipped (headlines, odd contexts)."""
    forms: dict[str, list[tuple[tuple[str, ...], Cand, str]]] = {}
    lower = ctx.lower
    for c in names:
        if c.kind != "name" or c.demonym or c.pending:
            continue
        span = doc.char_span(c.core[0], c.core[1])
        if span is None or not span.text[:1].isupper() or len(span.text) < 3:
            continue
        words = tuple(t.lower_ for t in span)
        if words[0] in L.FUNCTION_WORDS:
            continue
        forms.setdefault(words[0], []).append((words, c, c.key))
        # a double-barrelled surname ('okonkwo - ibe') repeats whole, keyed as one word
        sur = words[-3:] if len(words) >= 4 and words[-2] in ("-", "‐") else words[-1:]
        last = "".join(sur)
        if len(words) > len(sur) and _top(c.votes) == "PERSON" and len(last) > 2 \
                and last not in lower and last not in L.FUNCTION_WORDS:
            forms.setdefault(sur[0], []).append((sur, c, last))  # the surname alone
    out = []
    i = 0
    while i < len(doc):
        t = ctx.toks[i]
        hit = None
        if not covered[i] and t.text[:1].isupper():
            for words, src, key in sorted(forms.get(t.lower_, ()), key=lambda x: -len(x[0])):
                n = len(words)
                if i + n <= len(doc) and not any(covered[i:i + n]) and \
                        tuple(x.lower_ for x in doc[i:i + n]) == words:
                    hit = (n, src, key)
                    break
        if hit is None:
            i += 1
            continue
        n, src, key = hit
        span = doc[i:i + n]
        c = Cand(span.start_char, span.end_char, "name", span.root.i, ctx.tok_sent[i], key=key,
                 acronym=src.acronym, headline=_inside(titled, span.start_char) >= 0)
        c.core = (c.start, c.end)
        c.votes = {k: v * 0.5 for k, v in src.votes.items()}
        _syntax_flags(c, span.root)
        _title_prefix(doc, c, i)
        out.append(c)
        for j in range(i, i + n):
            covered[j] = True
        i += n
    return out


__all__ = ["dateline_places", "dateline_spans", "acronyms", "repeats"]
