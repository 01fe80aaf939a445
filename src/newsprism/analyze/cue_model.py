"""A learned cue detector: an averaged perceptron over parse features says which words introduce
an attribution (verbs, nouns such as 'criticism of', adjectives such as 'confident that').

Input: a parsed spaCy Doc (English model) and the weights in data/models/cues.json, trained by
scripts/train_cues.py on PolNeAR train. attribution.find_candidates adds what it finds to the
rule-based candidates, so the rules' lexicons stay the first word and this catches the long tail.
"""
from __future__ import annotations

import bisect
import functools
import json
import sys
from importlib import resources
from itertools import repeat

import numpy
from spacy.attrs import (DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, LEMMA, LENGTH, LOWER,
                         ORTH, POS, SENT_START, TAG)

from . import attribution as A
from . import cues

# Word classes that can head a cue; everything else is never scored (keeps the stage cheap).
_POS = frozenset(("VERB", "NOUN", "ADJ"))
_CLAUSE_DEPS = frozenset(("ccomp", "xcomp", "advcl", "acl", "relcl"))
_SUBJ_DEPS = ("nsubj", "nsubjpass")
# Prepositions through which a noun or verb takes what was said or felt ('criticism of X').
_CONTENT_PREPS = frozenset("of about for on over against to that with".split())
_QUOTES = "\"“”«»"
# Token texts that are quotation marks; found through the Doc's ORTH array, not a Token loop.
_QUOTE_TOKENS = tuple(_QUOTES) + ("''", "``")
_WEIGHTS = "cues.json"
# Children whose own word names how the cue takes its content ('of', 'that', 'by', 'up').
_WORD_DEPS = frozenset(("prep", "mark", "dative", "agent", "prt"))


class Linear:
    """Feature weights and a decision threshold; ``score`` is a sum of dict lookups. The cue
    model and the attribution filter (attr_model.py) are both this, trained differently."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.0):
        self.weights = weights
        self.threshold = threshold

    def score(self, feats) -> float:
        # One dict look-up per feature; an absent one adds 0.0, which leaves a float sum
        # exactly as skipping it would, so scores match the training script's to the bit.
        return sum(map(self.weights.get, feats, repeat(0.0)))


class CueModel(Linear):
    """The per-word cue detector."""

    def is_cue(self, tok) -> bool:
        return eligible(tok) and self.score(features(tok)) > self.threshold


@functools.lru_cache(maxsize=1)
def _packaged() -> CueModel | None:
    try:
        raw = resources.files("newsprism").joinpath("data", "models", _WEIGHTS).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None  # untrained checkout: the rules work alone
    data = json.loads(raw)
    return CueModel(data["weights"], float(data.get("threshold", 0.0)))


_OVERRIDE: list = []


def use(model: CueModel | None | str = "packaged") -> None:
    """Chooses the model find_candidates consults: a CueModel, None (rules only) or the
    packaged weights; the training script compares them on held-back articles."""
    _OVERRIDE.clear()
    if model != "packaged":
        _OVERRIDE.append(model)


def current() -> CueModel | None:
    return _OVERRIDE[0] if _OVERRIDE else _packaged()


# ---------------------------------------------------------------- features

def eligible(tok) -> bool:
    return arrays(tok.doc).eligible(tok.i)


class DocArrays:
    """The token attributes the features read, as plain Python lists made once per Doc:
    spaCy makes a new Token object for every child, head or neighbour asked for, and
    that, not the features' logic, was most of the learned models' cost."""

    # (no ORTH column: the quotation marks are found by their LOWER ids, the same hashes,
    # since no other word lowercases to a mark; a column costs its share of to_array)
    _ATTRS = [LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_PUNCT, LENGTH, IDX,
              SENT_START]

    def __init__(self, doc):
        n = self.n = len(doc)
        a = doc.to_array(self._ATTRS).view(numpy.int64) if n else \
            numpy.zeros((0, len(self._ATTRS)), dtype=numpy.int64)
        strings = doc.vocab.strings
        self.lower, self.pos, self.dep = (_names(strings, a[:, col]) for col in (0, 2, 4))
        # Tags and entity types are read for a few words only: named on demand.
        self._strings = strings
        self._tags, self._ents = (a[:, col].view(numpy.uint64).tolist() for col in (3, 5))
        # lemma_raw: Token.lemma_.lower() of every word (the slips not mended), for the passes
        # that test a verb's raw lemma before making anything of its Token
        self.lemma_raw, self.lemma = _lemmas(strings, a[:, 0], a[:, 1], self.lower)
        self.pos_id, self.tag_id, self.alpha, self.idx = a[:, 2], a[:, 3], a[:, 7] != 0, a[:, 10]
        self.dep_id = a[:, 4]
        self.length = a[:, 9].tolist()
        self.starts = None  # word offsets as a list, made when expand() is first asked
        self.text_end = int(a[-1, 10]) + self.length[-1] + len(doc[-1].whitespace_) if n else 0
        heads = a[:, 6] + numpy.arange(n)
        self.head = heads.tolist()
        # the same heads as an array, for the numpy passes over the whole Doc (a list turned
        # back into an array cost more than the pass itself); no caller may change it
        self.head_ids = heads
        self.kids, self.has_kids = _children(heads, self.head)
        self.sent_start, self.sent_end = _sentences(a[:, 11])
        ids = _ids(strings)
        marks = doc.user_data.get("newsprism_quote_tokens")
        if marks is None:  # quote_marks(), from the LOWER column already at hand
            marks = numpy.flatnonzero(among(a[:, 0], ids["marks"])).tolist()
            doc.user_data["newsprism_quote_tokens"] = marks
        self.marks = marks
        # Running counts, so that a content's word, subject and verb counts are two look-ups.
        counts = numpy.zeros((n + 1, 3), dtype=numpy.int64)
        counts[1:, 0] = a[:, 8] == 0
        counts[1:, 1] = among(a[:, 4], ids["subj"])
        counts[1:, 2] = among(a[:, 2], ids["verb"])
        self.words, self.subjs, self.verbs = numpy.cumsum(counts, axis=0).T.tolist()

    def _name(self, h: int) -> str:
        name = _NAMES.get(h)
        if name is None:
            name = _NAMES[h] = sys.intern(self._strings[h])
        return name

    def tag(self, i: int) -> str:
        return self._name(self._tags[i])

    def ent(self, i: int) -> str:
        return self._name(self._ents[i]) if self._ents[i] else ""

    def eligible(self, i: int) -> bool:
        return self.pos[i] in _POS and bool(self.alpha[i]) and self.length[i] > 1

    def kind(self, i: int | None) -> str:
        if i is None:
            return "none"
        if self._ents[i]:
            return self.ent(i)
        pos = self.pos[i]
        return "PRON:" + self.lower[i] if pos == "PRON" else pos

    def expand(self, start: int, end: int) -> tuple[int, int] | None:
        """Doc.char_span(start, end, alignment_mode="expand") as a (first, past-last) word
        range, or None where it gives None: a binary search on the offsets, without the Span
        object that each of the filter's candidates made. Words tile the text (each runs to
        the next one's first character), as spaCy's own search assumes."""
        starts = self.starts
        if starts is None:
            starts = self.starts = self.idx.tolist()
        total = self.text_end
        if not 0 <= start < total or not 0 <= end - 1 < total:
            return None
        a = bisect.bisect_right(starts, start) - 1
        b = bisect.bisect_right(starts, end - 1)
        if start == starts[a] + self.length[a]:
            a += 1  # trailing whitespace belongs to no word
        return (a, b) if a <= b else None

    def lone_word_at(self, start: int) -> bool:
        """Whether one character at ``start`` is a word by itself: where
        Doc.char_span(start, start + 1) gives a Span, found without making one."""
        starts = self.starts
        if starts is None:
            starts = self.starts = self.idx.tolist()
        k = bisect.bisect_left(starts, start)
        return k < self.n and starts[k] == start and self.length[k] == 1

    def subtree_size_at_least(self, i: int, k: int) -> bool:
        """Whether the subtree of word ``i`` has ``k`` words or more (k <= 3)."""
        kids = self.kids[i]
        if k <= 2:
            return k <= 1 or bool(kids)
        return len(kids) >= 2 or any(self.kids[c] for c in kids)

    def subtree_span(self, i: int) -> tuple[int, int]:
        """attribution.subtree_span of word ``i`` without its Tokens: the subtree's first
        word is reached through first left children, its last through last right ones."""
        first = last = i
        kids = self.kids
        while kids[first] and kids[first][0] < first:
            first = kids[first][0]
        while kids[last] and kids[last][-1] > last:
            last = kids[last][-1]
        return int(self.idx[first]), int(self.idx[last]) + self.length[last]

    def subtree(self, i: int) -> list[int]:
        """The words of word ``i``'s subtree in Token.subtree's order: each left child's
        subtree, the word, each right child's subtree (not sorted in a non-projective
        parse)."""
        kids = self.kids
        if not kids[i]:
            return [i]
        out: list[int] = []
        try:
            self._walk(i, out, out.append)
            return out
        except RecursionError:  # a parse too deep to recurse through: the stack walk
            return self._subtree_flat(i)

    def _walk(self, t: int, out: list[int], append) -> None:
        # A recursive walk makes no list per word, which the flat one below must.
        below = self.kids[t]
        for c in below:
            if c > t:
                break
            if self.kids[c]:
                self._walk(c, out, append)
            else:
                append(c)
        append(t)
        for c in below:
            if c > t:
                if self.kids[c]:
                    self._walk(c, out, append)
                else:
                    append(c)

    def _subtree_flat(self, i: int) -> list[int]:
        out: list[int] = []
        stack: list = [i]
        kids = self.kids
        while stack:
            top = stack.pop()
            if top < 0:
                out.append(~top)  # the word itself, after its left children's subtrees
                continue
            below = kids[top]
            if not below:  # most words are leaves
                out.append(top)
                continue
            stack.extend(reversed([c for c in below if c > top]))
            stack.append(~top)
            stack.extend(reversed([c for c in below if c < top]))
        return out

    def subtree_span_without(self, i: int, cut: int) -> tuple[int, int]:
        """attribution.subtree_span(word i, exclude=word cut): the larger side of i's
        subtree once cut's subtree is taken out."""
        gone = self.subtree(cut)
        lo, hi = min(gone), max(gone)
        words = self.subtree(i)
        left = [t for t in words if t < lo]
        right = [t for t in words if t > hi]
        words = left if len(left) >= len(right) else right
        if not words:
            return int(self.idx[i]), int(self.idx[i])
        return int(self.idx[words[0]]), int(self.idx[words[-1]]) + self.length[words[-1]]


# Hash -> string, shared by all Docs: a StringStore look-up per distinct word per Doc cost
# more than the features built from them. Hashes name the same string in every vocab.
_NAMES: dict[int, str] = {}
_LOWERED: dict[int, str] = {}


def _names(strings, col, table: dict[int, str] = _NAMES, fn=str) -> list[str]:
    ids = col.view(numpy.uint64).tolist()
    try:
        return list(map(table.__getitem__, ids))
    except KeyError:
        if len(table) > 1_000_000:
            table.clear()
        table.update((h, sys.intern(fn(strings[h]))) for h in set(ids).difference(table))
        return list(map(table.__getitem__, ids))


def among(col, ids) -> numpy.ndarray:
    """numpy.isin(col, ids) for the handful of ids looked for here: one comparison per id
    costs a fraction of isin's set-up on a Doc's few hundred words."""
    ids = ids.tolist() if hasattr(ids, "tolist") else list(ids)
    if not ids:
        return numpy.zeros(len(col), dtype=bool)
    hit = col == ids[0]
    for v in ids[1:]:
        hit |= col == v
    return hit


def _lemmas(strings, lower_col, lemma_col, lower: list[str]) -> tuple[list[str], list[str]]:
    """Every word's lemma lowercased, and attribution.lemma_of of every word: the same with
    the known slips mended (one list for both where the Doc has none; no caller may change
    either)."""
    raw = _names(strings, lemma_col, _LOWERED, str.lower)
    fix = numpy.flatnonzero(among(lower_col, _ids(strings)["fixes"])).tolist()
    if not fix:
        return raw, raw
    out = list(raw)
    for i in fix:
        out[i] = cues.LEMMA_FIXES[lower[i]]
    return raw, out


def _children(heads, head_list=None) -> tuple[list[list[int]], numpy.ndarray]:
    """Each word's children in index order, as Token.children gives them, and whether it has
    any. Most words have none and share one empty list, which no caller may change."""
    n = len(heads)
    # One pass over the heads as a list: the sort and counts numpy needed to group the
    # children cost twice as much on a Doc's few hundred words. A word's first child gets
    # it a list of its own; children come in index order, so each list is sorted.
    empty: list[int] = []
    out: list[list[int]] = [empty] * n
    for i, h in enumerate(heads.tolist() if head_list is None else head_list):
        if h != i:  # a root heads no one
            got = out[h]
            if got is empty:
                out[h] = [i]
            else:
                got.append(i)
    has = numpy.zeros(n, dtype=bool)
    has[heads[heads != numpy.arange(n)]] = True
    return out, has


def _sentences(flags) -> tuple[list[int], list[int]]:
    """The start and end of each word's sentence, as Doc.sents splits them: a sentence
    starts at the first word and at every later word flagged as a start."""
    n = len(flags)
    if not n:
        return [], []
    is_start = flags == 1
    is_start[0] = True
    starts = numpy.flatnonzero(is_start)
    which = numpy.cumsum(is_start) - 1
    ends = numpy.append(starts[1:], n)
    return starts[which].tolist(), ends[which].tolist()


_IDS: dict = {}


def _ids(strings) -> dict:
    """The ids of the strings DocArrays looks for, as its int64 columns hold them; worked
    out once, since an id is the same in every vocab."""
    if not _IDS:
        def col(words):
            return numpy.array([strings.add(w) for w in words], dtype=numpy.uint64) \
                .view(numpy.int64)
        _IDS.update(marks=col(_QUOTE_TOKENS), subj=col(_SUBJ_DEPS), verb=col(("VERB", "AUX")),
                    fixes=col(cues.LEMMA_FIXES))
    return _IDS


def arrays(doc) -> DocArrays:
    """The Doc's DocArrays, made on first use and kept in ``user_data``."""
    got = doc.user_data.get("newsprism.doc_arrays")
    if got is None or got.n != len(doc):
        got = doc.user_data["newsprism.doc_arrays"] = DocArrays(doc)
    return got


def _subject_at(ar: DocArrays, i: int) -> int | None:
    dep = ar.dep
    for c in ar.kids[i]:
        if dep[c] in _SUBJ_DEPS:
            return c
    # 'X is confident that': the adjective's subject hangs off the copula.
    if dep[i] in ("acomp", "attr"):
        for c in ar.kids[ar.head[i]]:
            if dep[c] in _SUBJ_DEPS:
                return c
    return None


def _subject(tok):
    i = _subject_at(arrays(tok.doc), tok.i)
    return None if i is None else tok.doc[i]


def quote_marks(doc) -> list[int]:
    """Sorted indices of the Doc's quotation-mark tokens, found once per Doc (cached in
    user_data): the per-token and per-candidate features ask for them again and again."""
    marks = doc.user_data.get("newsprism_quote_tokens")
    if marks is None:
        ids = numpy.array([doc.vocab.strings.add(m) for m in _QUOTE_TOKENS], dtype=numpy.uint64)
        marks = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), ids)).tolist() \
            if len(doc) else []
        doc.user_data["newsprism_quote_tokens"] = marks
    return marks


def _near_quote(marks: list[int], i: int) -> bool:
    k = bisect.bisect_left(marks, i - 3)
    return k < len(marks) and marks[k] <= i + 3


def features(tok) -> list[str]:
    """Sparse binary features of one token: its word, its place in the parse, what it
    governs (a clause, a quote, a preposition) and who its subject is."""
    return features_at(arrays(tok.doc), tok.i)


def features_at(ar: DocArrays, i: int, p: str = "") -> list[str]:
    """features() of word ``i``, read from the Doc's arrays, each with prefix ``p`` (the
    attribution filter's 'c:', added here rather than by copying every string)."""
    lemma, pos, dep, lower, kdep = ar.lemma[i], ar.pos[i], ar.dep, ar.lower, ar.dep[i]
    kids = ar.kids[i]
    subj = _subject_at(ar, i)
    sk = ar.kind(subj)
    head = ar.head[i]
    prev = lower[i - 1] if i > 0 else "<s>"
    nxt = lower[i + 1] if i + 1 < ar.n else "</s>"
    f = [p + "b", f"{p}l={lemma}", f"{p}p={pos}", f"{p}t={ar.tag(i)}", f"{p}d={kdep}",
         f"{p}hl={ar.lemma[head]}", f"{p}hp={ar.pos[head]}", f"{p}ld={lemma}|{kdep}",
         f"{p}w-1={prev}", f"{p}w+1={nxt}", f"{p}lw+1={lemma}|{nxt}", f"{p}lw-1={lemma}|{prev}",
         f"{p}sk={sk}", f"{p}lsk={lemma}|{'none' if subj is None else 'some'}",
         f"{p}p|sk={pos}|{sk}"]
    for d in sorted({dep[c] for c in kids}):
        f.append(f"{p}cd={d}")
        f.append(f"{p}lcd={lemma}|{d}")
    for c in kids:
        d = dep[c]
        if d in _WORD_DEPS:
            f.append(f"{p}cw={d}:{lower[c]}")
            f.append(f"{p}lcw={lemma}|{lower[c]}")
        if d in _CLAUSE_DEPS:
            mark = next((lower[g] for g in ar.kids[c] if dep[g] == "mark"), "-")
            f.append(f"{p}cl={d}:{mark}")
            f.append(f"{p}pcl={pos}|{d}:{mark}")
        if d == "poss":
            f.append(f"{p}poss={ar.kind(c)}")
    if _near_quote(ar.marks, i):
        f.append(p + "q")
        f.append(f"{p}lq={lemma}")
    if kdep in ("acomp", "attr"):
        f.append(f"{p}cop={ar.lemma[head]}")
    return f


# ---------------------------------------------------------------- candidates

def _content_of(tok):
    return content_at(tok.doc, arrays(tok.doc), tok.i)


def content_at(doc, ar: DocArrays, i: int):
    """What word ``i`` governs that an attribution could report: a clause, a prepositional
    object, a direct object; None when it governs nothing of the kind. Runs for every
    governing word of every article, so it reads the arrays and makes Tokens only for the
    span it returns."""
    kids, dep = ar.kids[i], ar.dep
    # The first ccomp, else the first later xcomp, else the first later acl: one pass.
    xcomp = acl = None
    for c in kids:
        d = dep[c]
        if d == "ccomp":  # a clause before the cue is content too ('The plan failed, he conceded')
            return ar.subtree_span(c)
        if c > i and d == "xcomp" and xcomp is None:
            xcomp = c
        elif c > i and d == "acl" and acl is None:
            acl = c
    if xcomp is not None or acl is not None:
        return ar.subtree_span(xcomp if xcomp is not None else acl)
    for c in kids:
        if dep[c] == "prep" and ar.lower[c] in _CONTENT_PREPS and i < c <= i + 3:
            obj = next((g for g in ar.kids[c] if dep[g] in ("pobj", "pcomp")), None)
            if obj is not None:
                return ar.subtree_span(obj)
    if ar.pos[i] != "VERB":
        return None
    obj = next((c for c in kids if dep[c] == "dobj" and c > i), None)
    if obj is not None and ar.subtree_size_at_least(obj, 2):
        return ar.subtree_span(obj)
    return _inserted_content(doc, ar, i)


def _inserted_content(doc, ar: DocArrays, i: int):
    """'X will happen, he said' / 'If A, he said, B': the parser hangs the cue off the
    content's verb, or the content's clause off the cue."""
    kids, dep = ar.kids[i], ar.dep
    if not any(dep[c] in _SUBJ_DEPS for c in kids):
        return None
    head = ar.head[i]
    if dep[i] in ("parataxis", "ccomp", "conj") and ar.pos[head] in ("VERB", "AUX"):
        return ar.subtree_span_without(head, i)
    for c in kids:
        if dep[c] in ("advcl", "parataxis") and ar.subtree_size_at_least(c, 3):
            return ar.subtree_span(c)
    return None


def _noun_source(tok):
    """'Trump's criticism of X' -> Trump; 'criticism of X by Y' -> Y."""
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    # 'X voiced skepticism about Y', 'X has doubts about Y': the holder is the verb's subject.
    if tok.dep_ in ("dobj", "attr") and tok.head is not tok:
        return A.subject_of(tok.head)
    return None


def content_of(tok):
    """The span of what a word governs that an attribution could report, or None."""
    return _content_of(tok)


def candidate(doc, tok, span=None):
    """The attribution a word would head as a cue, or None when it governs no content;
    ``span`` is its content when the caller already found it."""
    span = span or _content_of(tok)
    if span is None:
        return None
    c = A.make_cand(doc, tok, span, "learned")
    if c is None or c.content[1] <= c.content[0]:
        return None
    if tok.pos_ == "NOUN":
        src = _noun_source(tok)
        c.src_tok = src
        c.source = A.source_span(src) if src is not None else None
    elif tok.pos_ == "ADJ" and c.source is None:
        subj = _subject(tok)
        if subj is not None:
            c.src_tok, c.source = subj, A.source_span(subj)
    return c


def learned_candidates(doc, cands, model: CueModel | None = None) -> list:
    """Candidates for the cues the model finds that no rule candidate already covers."""
    model = model or current()
    if model is None:
        return []
    covered = [c.cue for c in cands if c.cue]
    heads = {c.cue_tok.i for c in cands if c.cue_tok is not None}
    out = []
    for tok in doc:
        if tok.i in heads or any(s <= tok.idx < e for s, e in covered) \
                or not model.is_cue(tok):
            continue
        c = candidate(doc, tok)
        if c is not None:
            out.append(c)
            covered.append(c.cue)
    return out


__all__ = ["CueModel", "DocArrays", "arrays", "features", "features_at", "quote_marks",
           "eligible", "candidate", "content_of", "content_at", "learned_candidates", "use",
           "current"]
