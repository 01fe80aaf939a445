"""Shapes the attributions the filter kept: a chain of cue words ('issued a statement saying')
becomes one, a speech verb takes the quotation beside it, 'reportedly' attributes its clause.

Input: the parsed spaCy Doc and the attribution.Cand list find_candidates selected; settle()
runs attr_sources first. Attributions nested under another speaker stay separate.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from . import cues
from . import attr_sources, marks_near
from .attribution import (Cand, _doc_trim, _drop_final_stop, clip_to_paragraph, lemma_of,
                          subtree_span, text_of)
from .span_index import Overlaps

# Words between the outer cue and the inner one; a longer gap is a clause of its own.
_MAX_GAP_WORDS = 5
_MAX_GAP_CHARS = 60
_WORD = re.compile(r"[\w'’-]+")
# Marks that end a phrase: an inner cue past one of these starts a clause of its own.
_BREAKS = set(",;:()[]\"“”‘’—–")


def _gap_ok(text: str, outer: Cand, inner: Cand) -> bool:
    """Whether the inner cue follows the outer one closely, with no clause break between:
    'issued [a statement] saying', 'made [similarly bigoted] charges'."""
    gap = text[outer.cue[1]:inner.cue[0]]
    if "\n" in gap or any(ch in _BREAKS for ch in gap):
        return False
    return len(_WORD.findall(gap)) <= _MAX_GAP_WORDS


def _chained(text: str, outer: Cand, inner: Cand) -> bool:
    """Whether ``inner`` only continues ``outer``'s act of saying: its cue opens the outer
    content, both contents end together, and the same source (or none) speaks."""
    if outer is inner or outer.cue is None or inner.cue is None:
        return False
    if not (outer.cue[1] <= inner.cue[0] and outer.content[0] <= inner.cue[0] < outer.content[1]):
        return False
    if abs(outer.content[1] - inner.content[1]) > 2:
        return False
    if inner.cue_tok is not None and getattr(inner.cue_tok, "dep_", "") == "conj":
        return False  # 'said the budget was balanced and urged ...': a second act, no chain
    if inner.source is not None and inner.source != outer.source \
            and not (outer.source is None and _raising_cue(outer)):
        return False
    return _gap_ok(text, outer, inner)


def _raising_cue(c: Cand) -> bool:
    """'Clinton seemed to be ready to riff on ...': a raising verb left without a source
    (attr_sources) opens the chain of the verb under it, whose subject speaks."""
    return c.cue_tok is not None and hasattr(c.cue_tok, "lemma_") \
        and lemma_of(c.cue_tok) in ("seem", "appear")


def _joined(outer: Cand, inner: Cand) -> Cand:
    """One attribution from a chain: the inner cue's content and kind, the cue running from
    the outer word to the inner one, the outer source."""
    return Cand(content=inner.content, cue=(outer.cue[0], inner.cue[1]),
                source=outer.source if outer.source is not None else inner.source,
                kind=inner.kind, origin=outer.origin, cue_tok=inner.cue_tok,
                src_tok=outer.src_tok if outer.source is not None else inner.src_tok,
                via=outer.via or inner.via, sent=outer.sent)


def join_chains(doc, cands: list[Cand]) -> list[Cand]:
    """Merges every chain of candidates (outer cue -> inner cue) into one; longer chains
    ('issued' -> 'statement' -> 'saying') fold step by step.

    The fold: take the first candidate (in list order) that some candidate continues, join it
    to the first (in list order) that does, drop both, put the joined one last, and start
    again. Done here in one walk with the cues indexed by position: a candidate the walk has
    passed had no continuation among those present, and can only gain one in a candidate
    joined since, so after each join only the candidates before it that the new one
    continues are looked at again. The walk from the top after each join made the pass
    quadratic in the article's length."""
    text = text_of(doc)
    out: list[Cand | None] = list(cands)
    starts: list[tuple[int, int]] = []  # (cue start, place in out): who may continue a cue
    ends: list[tuple[int, int]] = []  # (cue end, place in out): whose cue one may continue
    for k, c in enumerate(out):
        if c.cue is not None:
            starts.append((c.cue[0], k))
            ends.append((c.cue[1], k))
    starts.sort()
    ends.sort()

    def inner_of(outer: Cand) -> int | None:
        lo = bisect_left(starts, (outer.cue[1], -1))
        hi = bisect_right(starts, (outer.cue[1] + _MAX_GAP_CHARS, len(out)))
        for k in sorted(k for _, k in starts[lo:hi]):
            if _chained(text, outer, out[k]):
                return k
        return None

    def drop(k: int) -> None:
        c, out[k] = out[k], None
        if c.cue is not None:
            starts.remove((c.cue[0], k))
            ends.remove((c.cue[1], k))

    def join(k: int, j: int) -> int:
        joined = _joined(out[k], out[j])
        drop(k)
        drop(j)
        out.append(joined)
        n = len(out) - 1
        if joined.cue is not None:
            insort(starts, (joined.cue[0], n))
            insort(ends, (joined.cue[1], n))
        return n

    ptr = 0
    while ptr < len(out):
        outer = out[ptr]
        j = inner_of(outer) if outer is not None and outer.cue is not None else None
        if j is None:
            ptr += 1
            continue
        at = ptr
        while True:
            n = join(at, j)
            new = out[n]
            if new.cue is None:
                break
            # a candidate passed over before, which the joined one continues, comes first
            lo = bisect_left(ends, (new.cue[0] - _MAX_GAP_CHARS, -1))
            hi = bisect_right(ends, (new.cue[0], len(out)))
            back = next((k for k in sorted(k for _, k in ends[lo:hi])
                         if k < ptr and _chained(text, out[k], new)), None)
            if back is None:
                break
            at, j = back, n
        ptr += 1
    out = [c for c in out if c is not None]
    out.sort(key=lambda c: (c.content[0], c.cue or (0, 0)))
    return out


# ---------------------------------------------------------------- quotations beside a cue

# Dependencies under which a verb's clause is its own content; any other phrase the parse
# hung on a speech verb ('clutching the lectern', 'of their time') only describes the act.
_CLAUSE_DEPS = frozenset(("ccomp", "parataxis"))
_ADDRESSING = frozenset("tell ask answer".split())
_MARKS = "“”\"‘’'«»„"
# What may stand between a quotation and its cue besides the source: '"...,'' he said'.
_GLUE = " \t,:;—–-'`"
# Verbs that attach a quotation beside them: the core verbs of saying and a few of musing.
_QUOTING = cues.SAY_VERBS | frozenset("wonder muse".split())


def _marks(doc) -> list:
    cached = doc.user_data.get("newsprism.marks")
    if cached is None:
        from .quotes import find_marked  # quotes imports attribution: load it late
        cached = doc.user_data["newsprism.marks"] = find_marked(text_of(doc))
    return cached


def _only_glue(text: str, start: int, end: int, source) -> bool:
    """Whether text[start:end] holds only punctuation glue and the source phrase."""
    if end < start:
        return False
    gap = text[start:end]
    if source is not None and start <= source[0] and source[1] <= end:
        gap = text[start:source[0]] + " " + text[source[1]:end]
    return not gap.strip(_GLUE) and "\n" not in gap


def _clausal(doc, c: Cand) -> bool:
    """Whether the candidate's content is what the cue reports (a clause it governs, or the
    object of a verb that takes one), so that it stays."""
    span = doc.char_span(*c.content, alignment_mode="expand")
    if span is None or not len(span):
        return True
    root = span.root
    if root.head.i != c.cue_tok.i:
        return False
    # 'recalled summer visits' reports the object; 'told a rally' only names the hearers.
    return root.dep_ in _CLAUSE_DEPS or (root.dep_ == "dobj"
                                         and lemma_of(c.cue_tok) not in _ADDRESSING)


def _has_quote(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] holds a quotation mark (an apostrophe inside a word is none)."""
    for k in range(s, e):
        ch = text[k]
        if ch in _MARKS and not (ch in "'’" and 0 < k < len(text) - 1
                                 and text[k - 1].isalpha() and text[k + 1].isalpha()):
            return True
    return False


def _mark_adjacent(text: str, c: Cand) -> bool:
    """A cheap look for a quotation mark touching the cue (past its source and glue), made
    before the Doc's quotations are looked for at all."""
    k = c.cue[1]
    while k < len(text) and text[k] in _GLUE and text[k] not in "'`":
        k += 1
    if k < len(text) and text[k] in _MARKS:
        return True
    k = c.cue[0]
    if c.source is not None and c.source[1] <= k and not text[c.source[1]:k].strip(_GLUE):
        k = c.source[0]
    while k > 0 and text[k - 1] in _GLUE and text[k - 1] not in "'`":
        k -= 1
    return k > 0 and text[k - 1] in _MARKS


def _beside(doc, c: Cand):
    """The quotation right before the cue and its source ('"...," X said') or right after
    it ('X said: "..."'), as (start, end) of the quoted words; None when there is none."""
    # the gap runs from past the closing mark to the cue (marks_near: bisected, not walked)
    return marks_near.beside(text_of(doc), _marks(doc), c.cue, c.source, _only_glue, _GLUE)


def quoted_content(doc, cands: list[Cand]) -> None:
    """Gives each speech-verb candidate whose content is a side phrase the quotation it
    stands beside, in place."""
    text = text_of(doc)
    for c in cands:
        tok = c.cue_tok
        if c.cue is None or tok is None or not hasattr(tok, "pos_") \
                or tok.pos_ not in ("VERB", "AUX") or lemma_of(tok) not in _QUOTING:
            continue
        if not _mark_adjacent(text, c) or _clausal(doc, c) or _has_quote(text, *c.content):
            continue
        quote = _beside(doc, c)
        if quote is not None and quote[1] > quote[0]:
            c.content = quote



# ---------------------------------------------------------------- 'reportedly'

# Adverbs that attribute their clause to unnamed reports; PolNeAR marks the adverb as the cue,
# gives no source and takes the clause (its subject included) as the content.
_REPORT_RE = re.compile(r"\b(?:reportedly|purportedly)\b", re.I)


def _adverb_cand(doc, adv) -> Cand | None:
    head = adv.head
    if adv.dep_ != "advmod" or head.i == adv.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if lemma_of(head) in cues.SPEECH_VERBS:
        return None  # 'X reportedly said that ...': X still speaks, through the verb
    cue = (adv.idx, adv.idx + len(adv.text))
    span = clip_to_paragraph(text_of(doc), subtree_span(head, exclude=adv), cue[0])
    content = _drop_final_stop(doc, _doc_trim(doc, span))
    if content[1] <= content[0]:
        return None
    return Cand(content=content, cue=cue, source=None, origin="adverb", cue_tok=adv,
                sent=adv.sent.start_char)


def adverb_attributions(doc, cands: list[Cand]) -> list[Cand]:
    """'The FBI is reportedly making arrangements ...': the adverb is the cue of its clause;
    a candidate the filter kept on that clause's verb gives way to it (PolNeAR seldom marks
    a second attribution inside a reported one)."""
    # Found in the text first: building a Token for every word costs more than the pass.
    text = text_of(doc)
    advs = []
    # (a case-blind search runs the pattern at every position of the text: most texts hold
    # neither word, and any casing of one lower-cases to 'portedly', which a plain find sees)
    if "portedly" not in text.lower():
        return cands
    for m in _REPORT_RE.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            advs.append(span[0])
    if not advs:
        return cands
    out = list(cands)
    for adv in advs:
        c = _adverb_cand(doc, adv)
        if c is None:
            continue
        head = adv.head.i
        out = [o for o in out if not (o.cue_tok is not None and hasattr(o.cue_tok, "i")
                                      and o.cue_tok.i == head and o.origin != "according")]
        if not any(o.cue and o.cue[0] <= c.cue[0] < o.cue[1] for o in out):
            out.append(c)
    out.sort(key=lambda c: (c.content[0], c.cue or (0, 0)))
    return out


# ---------------------------------------------------------------- the pass

def drop_nested(cands: list[Cand]) -> list[Cand]:
    """Drops a candidate whose content lies wholly inside another candidate's content:
    'the poll showed voters want ...', 'the plan would allow Y to ...': a stance nested in
    other words is part of them. Core verbs of saying stay (they relay words and carry vias),
    and so does anything under 'according to X' (X relays the whole act: 'A called for B,
    according to X'), and another speech act under a speech verb ('X accused Y of Z, the
    agency reported'). On held-back PolNeAR train articles such inner candidates were right
    about one time in four, against four in five for the rest. Session 16: a speech act
    other than a core verb of saying ('suggest', 'accuse', 'show', 'attack') nested in the
    content of a word that is no speech verb goes as a stance does: on train's fit part
    overlap cue 0.844 -> 0.845, source 0.840 -> 0.841, content 0.857 -> 0.859; held slice
    cue 0.761 -> 0.762, source 0.786 =, content 0.794 -> 0.796."""
    if len(cands) < 2:
        return cands
    out = []
    # only contents overlapping a candidate's can hold it (span_index: a walk over all of
    # them for each made the pass quadratic in the article's length)
    index = Overlaps((o.content[0], o.content[1], o) for o in cands)
    for c in cands:
        s, e = c.content
        near = index.overlapping(s, e) if s < e else cands
        outer = [o for o in near if o.content[0] <= s and e <= o.content[1]
                 and o.content != c.content]
        if not outer or _saying(c) or any(o.origin == "according" for o in outer) \
                or (_speaking(c) and any(_speaking(o) or _gives_words(o) for o in outer)):
            out.append(c)
    return out


def _saying(c: Cand) -> bool:
    """A core verb of saying ('say', 'tell', 'add', 'note': cues.SAY_VERBS), or 'according
    to' itself."""
    if c.origin == "according":
        return True
    tok = c.cue_tok
    return tok is not None and hasattr(tok, "lemma_") and lemma_of(tok) in cues.SAY_VERBS


def _gives_words(c: Cand) -> bool:
    """A verb whose object is a document or speech noun ('given an interview to Citizen TV in
    which he accused', 'released a statement that accuses'): the words inside are that
    interview's or statement's, a speech act like one under a verb of saying."""
    tok = c.cue_tok
    if tok is None or not hasattr(tok, "children"):
        return False
    return any(k.dep_ in ("dobj", "obj") and lemma_of(k) in cues.DOCUMENT_NOUNS
               for k in tok.children)


def _speaking(c: Cand) -> bool:
    """A verb of saying or another speech act ('accuse', 'report'), or 'according to'."""
    if c.origin == "according":
        return True
    tok = c.cue_tok
    return tok is not None and hasattr(tok, "lemma_") and lemma_of(tok) in cues.SPEECH_VERBS


def settle(doc, cands: list[Cand]) -> list[Cand]:
    """Everything that runs after the filter: sources by PolNeAR's conventions, chains
    joined, quotations given to the verbs beside them, 'reportedly' clauses."""
    attr_sources.settle_sources(doc, cands)
    cands = join_chains(doc, cands)
    quoted_content(doc, cands)
    return adverb_attributions(doc, cands)


__all__ = ["join_chains", "quoted_content", "adverb_attributions", "settle", "drop_nested"]
