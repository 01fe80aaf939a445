"""A learned chooser of an attribution's source span: for each candidate kept by the filter,
the spans its source could be (the rules' choice, the cue's subject, agent or possessor, the
'according to' object, subjects of this and the previous sentence, the previous attribution's
source, named entities nearby, each with narrower variants, or no source at all) are ranked by
an averaged perceptron trained on PolNeAR train only (scripts/train_src.py writes
data/models/src.json). The rules' choice is replaced only when another span outscores it by the
model's margin, chosen on train.

Input: a parsed spaCy Doc and the candidates of attribution.find_candidates, after settle.
"""
from __future__ import annotations

import functools
import json
from importlib import resources

from .attribution import Cand, agent_of, lemma_of, source_span, subject_of, text_of, trim
from .cue_model import Linear

_WEIGHTS = "src.json"
_SUBJ = ("nsubj", "nsubjpass")
_PRON = frozenset("i me we us you he him she her it they them this that these those who which "
                  "one someone some others many most both all".split())
_ENTS = ("PERSON", "ORG", "NORP", "GPE")
# Modifiers that stay with a noun in its narrow variant ('Sen. Bernie Sanders', 'the poll').
_NARROW = ("compound", "det", "amod", "poss", "nummod", "nmod", "case", "quantmod")


class SourceModel(Linear):
    """Span scores; ``threshold`` is the margin a span needs over the rules' choice, and
    ``actions`` what the model may do to it: 'swap' a span for another, 'drop' it, 'add' one
    where the rules found none (chosen on train, as the margin is)."""

    def __init__(self, weights, threshold=0.0, actions=("swap", "drop", "add")):
        super().__init__(weights, threshold)
        self.actions = frozenset(actions)


@functools.lru_cache(maxsize=1)
def _packaged() -> SourceModel | None:
    try:
        raw = resources.files("newsprism").joinpath("data", "models", _WEIGHTS).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None
    data = json.loads(raw)
    return SourceModel(data["weights"], float(data.get("threshold", 0.0)),
                       data.get("actions", ("swap", "drop", "add")))


_OVERRIDE: list = []


def use(model: SourceModel | None | str = "packaged") -> None:
    """Chooses the model choose() consults: a SourceModel, None (rules only) or the packaged."""
    _OVERRIDE.clear()
    if model != "packaged":
        _OVERRIDE.append(model)


def current() -> SourceModel | None:
    return _OVERRIDE[0] if _OVERRIDE else _packaged()


# ---------------------------------------------------------------- the spans to rank

def _narrow(tok) -> tuple[int, int]:
    """The head with its left modifiers only: 'the party chairwoman' of a longer phrase."""
    left = [k for k in tok.lefts if k.dep_ in _NARROW]
    s = min([tok.idx] + [k.left_edge.idx for k in left])
    return s, tok.idx + len(tok.text)


def _to_comma(doc, tok, span) -> tuple[int, int] | None:
    """The phrase up to the first comma after its head ('Beck, who has ...' -> 'Beck')."""
    text = text_of(doc)
    k = text.find(",", tok.idx + len(tok.text), span[1])
    if k < 0:
        return None
    return trim(text, span[0], k)


def _variants(doc, tok, kind: str, out: dict) -> None:
    if tok is None:
        return
    full = source_span(tok)
    for var, span in (("full", full), ("narrow", _narrow(tok)),
                      ("comma", _to_comma(doc, tok, full)), ("word", (tok.idx, tok.idx + len(tok.text)))):
        if span is not None and span[1] > span[0]:
            out.setdefault(span, (kind, var, tok))


def _sent_subjects(sent):
    return [t for t in sent if t.dep_ in _SUBJ]


def spans(doc, c: Cand, prev: Cand | None) -> dict:
    """Candidate source spans of one attribution: span -> (kind, variant, head token)."""
    out: dict = {}
    tok = c.cue_tok
    if c.source is not None:
        head = c.src_tok if c.src_tok is not None and hasattr(c.src_tok, "idx") else None
        out[c.source] = ("rule", "as", head)
        if head is not None:
            _variants(doc, head, "rule", out)
    if tok is None or not hasattr(tok, "i"):
        return out
    _variants(doc, subject_of(tok), "subj", out)
    _variants(doc, agent_of(tok), "agent", out)
    for k in tok.children:
        if k.dep_ == "poss":
            _variants(doc, k, "poss", out)
        elif k.dep_ == "prep" and k.lower_ in ("from", "by", "to"):
            for g in k.children:
                if g.dep_ == "pobj":
                    _variants(doc, g, "pobj_" + k.lower_, out)
    sent = tok.sent
    for t in _sent_subjects(sent):
        _variants(doc, t, "sentsubj", out)
    if sent.start > 0:
        for t in _sent_subjects(doc[sent.start - 1].sent):
            _variants(doc, t, "prevsubj", out)
    if prev is not None and prev.source is not None:
        out.setdefault(prev.source, ("prevsrc", "as", None))
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for e in doc.ents:
        if lo <= e.start < sent.end and e.label_ in _ENTS:
            out.setdefault((e.start_char, e.end_char), ("ent", e.label_, e.root))
    return out


# ---------------------------------------------------------------- features

def _bin(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def _path(tok, head) -> str:
    """The dependency labels from the cue up to the lowest word governing both, then down to
    the span's head ('nsubj<' for the cue's own subject); '-' when they are more than four
    steps apart or in different sentences."""
    if tok is None or not hasattr(tok, "i") or head is None or not hasattr(head, "i"):
        return "-"
    up, t = [], tok
    seen = {tok.i: 0}
    for k in range(1, 5):
        if t.head.i == t.i:
            break
        up.append(t.dep_)
        t = t.head
        seen[t.i] = k
    down, h = [], head
    for _ in range(5):
        if h.i in seen:
            return ">".join(up[:seen[h.i]]) + "|" + "<".join(reversed(down))
        if h.head.i == h.i:
            break
        down.append(h.dep_)
        h = h.head
    return "-"


def features(doc, c: Cand, span, info) -> list[str]:
    tok = c.cue_tok
    cue = [f"cpos={tok.pos_}", f"cdep={tok.dep_}", f"orig={c.origin}"] \
        if tok is not None and hasattr(tok, "pos_") else ["cpos=-", f"orig={c.origin}"]
    if span is None:
        base = ["none", f"none:rule={c.source is not None}"]
        if c.source is not None:
            words = text_of(doc)[c.source[0]:c.source[1]].lower().split()
            base.append(f"none&rulepron={words[0] if len(words) == 1 and words[0] in _PRON else '-'}")
            rh = c.src_tok if hasattr(c.src_tok, "pos_") else None
            if rh is not None:
                base += [f"none&rhpos={rh.pos_}", f"none&rhent={rh.ent_type_ or '-'}",
                         f"none&rpath={_path(tok, rh)}"]
        return base + ["none&" + f for f in cue] + (
            [f"none&lem={lemma_of(tok)}"] if tok is not None and hasattr(tok, "lemma_") else [])
    kind, var, head = info
    is_rule = c.source == span
    ov_rule = c.source is not None and span[0] < c.source[1] and c.source[0] < span[1]
    k = f"{kind}/{var}"
    f = [f"k={k}", f"kind={kind}", f"rule={is_rule}", f"ovrule={ov_rule}",
         f"k={k}&rule={is_rule}", f"norule={c.source is None}&kind={kind}"]
    f += [f"k={kind}&{x}" for x in cue]
    if tok is not None and hasattr(tok, "lemma_"):
        f.append(f"kind={kind}&lem={lemma_of(tok)}")
    text = text_of(doc)
    words = text[span[0]:span[1]].split()
    n = len(words)
    f += [f"len={_bin(n)}", f"k={kind}&len={_bin(n)}"]
    if n == 1 and words[0].lower() in _PRON:
        f.append(f"pron={words[0].lower()}")
    f.append(f"comma={',' in text[span[0]:span[1]]}&{var}")
    if head is not None:
        path = _path(tok, head)
        f += [f"hpos={head.pos_}", f"hdep={head.dep_}", f"hent={head.ent_type_ or '-'}",
              f"kind={kind}&hdep={head.dep_}", f"path={path}", f"kind={kind}&path={path}",
              f"cpos={getattr(tok, 'pos_', '-')}&path={path}"]
    if c.cue is not None:
        before = span[1] <= c.cue[0]
        gap = len(text[span[1]:c.cue[0]].split()) if before else \
            len(text[c.cue[1]:span[0]].split())
        f += [f"before={before}", f"gap={_bin(gap)}", f"k={kind}&before={before}&gap={_bin(gap)}",
              f"inside={span[0] <= c.cue[0] < span[1]}"]
    if c.content and span[0] < c.content[1] and c.content[0] < span[1]:
        f.append("in_content")
    return f


def ranked(doc, c: Cand, prev: Cand | None) -> list[tuple]:
    """(span or None, features, head token) for every candidate source span of one attribution."""
    out = [(None, features(doc, c, None, None), None)]
    for span, info in spans(doc, c, prev).items():
        head = info[2] if info[0] != "prevsrc" else getattr(prev, "src_tok", None)
        out.append((span, features(doc, c, span, info), head))
    return out


def choose(doc, cands: list[Cand]) -> None:
    """Replaces a candidate's source where another span outscores the rules' by the margin."""
    model = current()
    if model is None:
        return
    prev = None
    for c in sorted(cands, key=lambda c: c.cue or c.content):
        try:
            opts = ranked(doc, c, prev)
        except (IndexError, ValueError, AttributeError):
            prev = c
            continue
        scores = [model.score(f) for _, f, _ in opts]
        rule = next((s for o, s in zip(opts, scores) if o[0] == c.source), None)
        best = max(range(len(opts)), key=lambda k: scores[k])
        new = opts[best][0]
        act = "add" if c.source is None else "drop" if new is None else "swap"
        if rule is not None and new != c.source and act in model.actions \
                and scores[best] - rule > model.threshold:
            c.source, c.src_tok = opts[best][0], opts[best][2]
        prev = c


__all__ = ["SourceModel", "use", "current", "spans", "features", "ranked", "choose"]
