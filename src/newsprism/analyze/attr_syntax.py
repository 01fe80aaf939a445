"""Attribution candidates whose content stands where the clause candidates never look: a
passive verb's subject ('The plan was approved by the council', 'Lewandowski was dismissed')
and the noun a relative clause or participle describes when that noun is the verb's object
('an arrangement the campaign has criticized', 'Starr's remarks, first reported by the Times').

Input: a parsed spaCy Doc (English model), read through cue_model's arrays. The filter
(attr_model.select) scores these candidates with a small model of their own
(data/models/attr_syntax.json, trained by scripts/train_attr_syntax.py on PolNeAR train only)
and keeps one only where no kept candidate already holds its cue word.
"""
from __future__ import annotations

import functools
import json

import numpy
from importlib import resources

from . import attribution as A
from . import cue_model
from .cue_model import Linear

_WEIGHTS = "attr_syntax.json"
# Relative words: when one of them is the clause's subject, the described noun is the
# subject ('the man who said'), which the clause candidates already handle.
_REL_WORDS = frozenset("who which that whom whose what".split())
_PASS_DEPS = ("nsubjpass", "csubjpass")


@functools.lru_cache(maxsize=1)
def _packaged() -> Linear | None:
    try:
        raw = resources.files("newsprism").joinpath("data", "models", _WEIGHTS) \
            .read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None
    data = json.loads(raw)
    return Linear(data["weights"], float(data.get("threshold", 0.0)))


# Off by default: on the PolNeAR held slice these candidates gained +0.002 overlap content and
# source (dev 0.813 -> 0.815, 0.795 -> 0.796) but cost about 0.5 points of analysis CPU in the
# quotes stage (9.3-9.4% against 8.8-9.0% off, benchmarks/throughput.py, two interleaved pairs)
# and gave 5 more predicted quotes matching no gold quote on quotes_gold.jsonl (59 -> 64). The
# packaged weights stay so that `use("packaged")` turns them on for measurement.
_CHOICE: list = []


def use(model="packaged") -> None:
    """Chooses the model: a Linear, the packaged weights ('packaged') or None (off, the
    default)."""
    _CHOICE.clear()
    if model == "packaged":
        model = _packaged()
    if model is not None:
        _CHOICE.append(model)


def current():
    return _CHOICE[0] if _CHOICE else None


def _agent(ar, i: int) -> int | None:
    for c in ar.kids[i]:
        if ar.dep[c] == "agent":
            for g in ar.kids[c]:
                if ar.dep[g] == "pobj":
                    return g
    return None


def _says_more(ar, i: int) -> bool:
    """Whether the passive verb governs a clause or an 'as' + verb ('was quoted as saying',
    'is expected to win'): then that is what was said, and its subject the one it is said
    of or by, which the clause candidates handle."""
    for c in ar.kids[i]:
        d = ar.dep[c]
        if d in ("ccomp", "xcomp"):
            return True
        if d == "prep" and ar.lower[c] == "as" and any(
                ar.dep[g] == "pcomp" and ar.pos[g] == "VERB" for g in ar.kids[c]):
            return True
    return False


def _build(doc, ar, i: int, content, src: int | None, origin: str, what: int):
    tok = doc[i]
    if content[1] <= content[0]:
        return None
    c = A.make_cand(doc, tok, content, origin)
    if c is None or c.content[1] <= c.content[0]:
        return None
    c.src_tok = doc[src] if src is not None else None
    c.source = A.source_span(c.src_tok) if src is not None else None
    if c.source is not None and c.source[0] < c.content[1] and c.content[0] < c.source[1]:
        return None
    return c, what


def _extra(ar, i: int, origin: str, what: int, agent: bool) -> list[str]:
    o, lemma = origin, ar.lemma[i]
    ck = ar.kind(what)
    ag = "agent" if agent else "noagent"
    return ["sx:ck=" + o + "|" + ck, "sx:ag=" + o + "|" + ag,
            "sx:lag=" + o + "|" + lemma + "|" + ag, "sx:tag=" + o + "|" + ar.tag(i),
            "sx:ckl=" + o + "|" + ck + "|" + lemma,
            "sx:hd=" + o + "|" + ar.dep[i] + "|" + ar.dep[ar.head[i]]]


def features(doc, cand, what: int, keys=()) -> list[str]:
    """The filter's features of the candidate plus what kind of thing its content is (a
    person, a pronoun, a noun by its lemma), whether a by-agent names the source, the verb's
    form and place, each joined to the candidate's origin."""
    from . import attr_model
    ar = cue_model.arrays(doc)
    return attr_model.features(doc, cand, others=keys) + _extra(
        ar, cand.cue_tok.i, cand.origin, what, cand.source is not None)


_IDS: dict = {}


def _verb_ids(doc):
    if not _IDS:
        add = doc.vocab.strings.add
        _IDS.update(verb=add("VERB"), rel=[add("relcl"), add("acl")],
                    pas=[add(d) for d in _PASS_DEPS])
    return _IDS


def specs(doc) -> list[tuple]:
    """(verb, origin, source word or None, word heading the content) for each
    candidate: 'pass-subj' for every passive verb with a subject (its by-agent as the
    source) that governs no clause of its own; 'rel-head' for every verb describing a noun
    it takes as its object: an object relative clause (its own subject as the source), a
    passive one or a past participle ('the plan rejected on Monday'; its by-agent)."""
    ar = cue_model.arrays(doc)
    if not ar.n:
        return []
    dep, pos, kids, head = ar.dep, ar.pos, ar.kids, ar.head
    ids = _verb_ids(doc)
    deps = ar.dep_id.view(numpy.uint64)
    verb = ar.pos_id.view(numpy.uint64) == ids["verb"]
    rel = verb & cue_model.among(deps, ids["rel"])
    passive = numpy.zeros(ar.n, dtype=bool)
    passive[[head[k] for k in numpy.flatnonzero(cue_model.among(deps, ids["pas"])).tolist()]] \
        = True
    passive &= verb & ~rel
    out = []
    for i in numpy.flatnonzero(passive | rel).tolist():
        if not ar.alpha[i]:
            continue
        d = dep[i]
        if d not in ("relcl", "acl"):
            subj = next(c for c in kids[i] if dep[c] in _PASS_DEPS)
            if not _says_more(ar, i):
                out.append((i, "pass-subj", _agent(ar, i), subj))
            continue
        h = head[i]
        if pos[h] not in ("NOUN", "PROPN") or h > i:
            continue
        own = next((c for c in kids[i] if dep[c] in ("nsubj", "nsubjpass")), None)
        if own is not None and ar.lower[own] in _REL_WORDS and dep[own] == "nsubj":
            continue  # 'the man who said': the noun is the speaker
        if own is not None and dep[own] == "nsubj":
            src = own  # 'an arrangement the campaign has criticized'
        elif own is not None or (d == "acl" and ar.tag(i) == "VBN"):
            src = _agent(ar, i)  # 'which had been imposed by', 'the plan rejected by'
        else:
            continue
        out.append((i, "rel-head", src, h))
    return out


def _span(ar, i: int, origin: str, what: int) -> tuple[int, int]:
    """The content: the passive's subject phrase, or the described noun's phrase without
    the clause that describes it."""
    return ar.subtree_span(what) if origin == "pass-subj" else ar.subtree_span_without(what, i)


def candidates(doc) -> list:
    """(candidate, word heading its content) for every spec that makes a candidate."""
    ar = cue_model.arrays(doc)
    out = []
    for i, origin, src, what in specs(doc):
        got = _build(doc, ar, i, _span(ar, i, origin, what), src, origin, what)
        if got is not None:
            out.append(got)
    return out


# How far below the threshold the cue word's own weights (and the origin's and the syntax
# features') may leave a candidate and still get it built and fully scored: every candidate
# the full score keeps on PolNeAR train sits 26.8 or less under. (A model without the cue
# model's features scores the held slice the same, but its weaker gate builds four times
# as many candidates: select 0.060 -> 0.075-0.089 ms per demo article.)
GATE_MARGIN = 28.0


def select(doc, kept: list, keys=(), model=None) -> list:
    """The syntax candidates the model keeps whose cue no kept candidate's cue overlaps."""
    model = model or current()
    if model is None:
        return []
    from . import attr_model
    ar = cue_model.arrays(doc)
    used = [c.cue for c in kept if c.cue is not None]
    fast = attr_model.word_weights(model)
    get = model.weights.get
    scored = []
    for i, origin, src, what in specs(doc):
        at = int(ar.idx[i])
        if any(s <= at < e for s, e in used):
            continue
        head, tail = fast.head_and_tail(ar, i, origin)
        gate = head + sum(fast.cue(ar, i)) + sum(tail) + sum(
            get(f, 0.0) for f in _extra(ar, i, origin, what, src is not None))
        if gate <= model.threshold - GATE_MARGIN:
            continue
        got = _build(doc, ar, i, _span(ar, i, origin, what), src, origin, what)
        if got is None:
            continue
        c = got[0]
        s = model.score(features(doc, c, what, keys))
        if s > model.threshold:
            scored.append((s, c))
    scored.sort(key=lambda x: -x[0])
    out = []
    for s, c in scored:
        if any(c.cue[0] < e and b < c.cue[1] for b, e in used):
            continue
        out.append(c)
        used.append(c.cue)
    return out


__all__ = ["specs", "candidates", "features", "select", "use", "current"]
