"""A learned attribution filter: from a broad set of candidates (the rules' ones plus one for every
content word governing a clause, object or 'about/of/for' phrase) it keeps those a perceptron
scores as attributions.

Input: a parsed spaCy Doc (English model), attribution.Cand candidates, and the weights in
data/models/attr.json trained by scripts/train_attr.py on PolNeAR train (never on dev).
"""
from __future__ import annotations

import bisect
import functools
import json
import re
import sys
from importlib import resources
from itertools import chain, islice, repeat

import numpy as np
from spacy.symbols import ADJ, NOUN, VERB

from . import attribution as A
from . import cue_model, cues
from .cue_model import Linear
from .span_index import Overlaps

_WEIGHTS = "attr.json"
_QUOTES = "\"“”«»"
_QUOTE_CHAR = re.compile("[" + re.escape(_QUOTES) + "]")
# How far below the threshold a word's own features may leave it and still get a candidate
# built; measured on held-back train articles to skip most words and lose no attribution.
GATE_MARGIN = 30.0
# The same for an alternative content (alt_contents): the rest of its features lift it less
# (by 12 or under for all but one of the 78 kept on the held-back articles, and the held
# figures stay the same at 12), and a narrower gate keeps its cost down.
ALT_GATE_MARGIN = 12.0
# Word classes whose word itself, not its class, says how a content starts ('that', 'to').
_FUNCTION_POS = frozenset(("SCONJ", "ADP", "PART", "PRON", "DET"))
_POS_IDS = np.array([VERB, NOUN, ADJ], dtype=np.int64)


class AttrModel(Linear):
    """The attribution filter: a candidate is kept when its score passes the threshold."""


@functools.lru_cache(maxsize=1)
def _packaged() -> AttrModel | None:
    try:
        raw = resources.files("newsprism").joinpath("data", "models", _WEIGHTS).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None  # untrained checkout: rules plus the cue model
    data = json.loads(raw)
    return AttrModel(data["weights"], float(data.get("threshold", 0.0)))


_OVERRIDE: list = []


def use(model: AttrModel | None | str = "packaged") -> None:
    """Chooses the filter find_candidates consults: an AttrModel, None (rules plus the cue
    model, no filter) or the packaged weights."""
    _OVERRIDE.clear()
    if model != "packaged":
        _OVERRIDE.append(model)


def current() -> AttrModel | None:
    return _OVERRIDE[0] if _OVERRIDE else _packaged()


# ---------------------------------------------------------------- candidates

def _governing_words(ar) -> list[int]:
    """Indices of the content words that have dependents, read from the Doc's arrays: making
    a Token object for every word was most of this stage's cost."""
    if not ar.n:
        return []
    pos_ok = cue_model.among(ar.pos_id, _POS_IDS)
    return np.flatnonzero(pos_ok & ar.alpha & ar.has_kids).tolist()


# The dependencies through which content_at or alt_contents can find anything: a word none
# of whose children hangs by one of them governs no content and no alternative (both look
# only at such children: a clause, a preposition, a direct object, or a subject for
# _inserted_content), so broad_candidates passes it over before asking either.
_CONTENT_KID_DEPS = ("ccomp", "xcomp", "acl", "prep", "dobj") + tuple(cue_model._SUBJ_DEPS)
_CONTENT_KID_IDS: list = []


def _with_content_kids(ar, idx: list[int]) -> list[int]:
    """The words of ``idx`` that have a child hanging by one of _CONTENT_KID_DEPS."""
    if not idx:
        return idx
    if not _CONTENT_KID_IDS:  # a string's id is the same in every vocab
        _CONTENT_KID_IDS.append(np.array([ar._strings.add(d) for d in _CONTENT_KID_DEPS],
                                         dtype=np.uint64).view(np.int64))
    heads = ar.head_ids
    # a root's head is itself: it heads no one by its own arc
    kid = cue_model.among(ar.dep_id, _CONTENT_KID_IDS[0]) & (heads != np.arange(ar.n))
    has = np.zeros(ar.n, dtype=bool)
    has[heads[kid]] = True
    at = np.asarray(idx)
    return at[has[at]].tolist()


def _uncovered(ar, idx: list[int], covered: list[tuple[int, int]]) -> list[int]:
    """The words of ``idx`` whose first character lies in no covered cue span, tested on the
    Doc's offset array so that no Token is made for a word the rules already use."""
    if not idx or not covered:
        return idx
    starts = ar.idx[idx]
    bounds = np.array(covered, dtype=np.int64)
    inside = (starts[:, None] >= bounds[None, :, 0]) & (starts[:, None] < bounds[None, :, 1])
    return np.asarray(idx)[~inside.any(axis=1)].tolist()


def broad_candidates(doc, cands, gate=None) -> list:
    """A candidate for every eligible word that governs something reportable and that no
    rule candidate already uses as its cue, plus one for each other thing the word governs
    that annotators mark as content (alt_contents); the filter decides which are real.
    ``gate`` ((word index, origin) -> bool) skips words early, before their candidate is
    built; a word's Token is made only once it gets a candidate (most are turned down)."""
    heads = {c.cue_tok.i for c in cands if c.cue_tok is not None}
    ar = cue_model.arrays(doc)
    out = []
    for i in _uncovered(ar, _with_content_kids(ar, _governing_words(ar)),
                        [c.cue for c in cands if c.cue]):
        if i in heads or not ar.eligible(i):
            continue
        # The gate reads the word alone, not its content: a word it turns down for its own
        # content and that can have no alternative is passed over before content_at (most
        # gated words are turned down; the gate has no side effect, so asking it first
        # changes nothing else).
        learned = gate is None or gate(i, "learned")
        if not learned and not _may_have_alts(ar, i):
            continue
        span = cue_model.content_at(doc, ar, i)
        alts = alt_contents(ar, i, span)
        if span is None and not alts:
            continue
        if gate is not None:
            alts = [a for a in alts if gate(i, a[0])]
            if not learned:
                span = None
            if span is None and not alts:
                continue
        tok = doc[i]
        c = cue_model.candidate(doc, tok, span) if span is not None else None
        if c is not None:
            out.append(c)
        out += _alt_candidates(doc, tok, alts)
    # Alternatives for the rules' own cue words ('accused X of Y') raised the held slice by
    # 0.003 but put news agencies in place of speakers on the English quotes gold: left out.
    return out


def _alt_candidates(doc, tok, alts) -> list:
    out = []
    for origin, alt in alts:
        c = cue_model.candidate(doc, tok, alt)
        if c is not None:
            c.origin = origin
            out.append(c)
    return out


# Prepositions that take what was felt or thought only after some words ('balked at',
# 'confident in', 'ambivalence towards', 'appeal among'): tried when content_at found none
# of its own prepositions, as a separate candidate the filter weighs by word and preposition.
_MORE_PREPS = frozenset("at in from toward towards as among regarding after like into "
                        "behind".split())


def alt_contents(ar, i: int, first) -> list[tuple[str, tuple[int, int]]]:
    """Other contents word ``i`` may report besides content_at's ``first``, each with its
    origin: its direct object whatever its size ('lifted sanctions', 'positioned X as Y'),
    the object of a further preposition. (A passive's subject, 'X was endorsed', was tried
    too and lowered the held slice's source F1.)"""
    kids, dep, pos = ar.kids[i], ar.dep, ar.pos[i]
    out = []

    def add(origin, span):
        clash = first is not None and span[0] < first[1] and first[0] < span[1]
        if span[1] > span[0] and not clash:
            out.append((origin, span))

    if pos == "VERB":
        obj = next((c for c in kids if dep[c] == "dobj" and c > i), None)
        if obj is not None and ar.lower[obj] not in _POINTER_WORDS:
            s, e = ar.subtree_span(obj)
            # 'cast him as weak', 'view it as a vote': the label belongs to the object
            for c in kids:
                if c > obj and (dep[c] == "oprd" or (dep[c] == "prep" and ar.lower[c] == "as")):
                    e = max(e, ar.subtree_span(c)[1])
            add("alt-obj", (s, e))
    if first is None:
        for c in kids:
            if dep[c] == "prep" and ar.lower[c] in _MORE_PREPS and i < c <= i + 3:
                obj = next((g for g in ar.kids[c] if dep[g] in ("pobj", "pcomp")), None)
                if obj is not None:
                    add("alt-prep", ar.subtree_span(obj))
                    break
    return out


_POINTER_WORDS = frozenset("it this that these those which what who whom".split())


def _may_have_alts(ar, i: int) -> bool:
    """Whether alt_contents could give word ``i`` anything, whatever content_at finds: a
    verb's direct object after it, or a child preposition of _MORE_PREPS close after it (a
    looser test than alt_contents' own, so never False where it finds one)."""
    dep, verb = ar.dep, ar.pos[i] == "VERB"
    for c in ar.kids[i]:
        d = dep[c]
        if d == "dobj" and verb and c > i or d == "prep" and i < c <= i + 3 \
                and ar.lower[c] in _MORE_PREPS:
            return True
    return False


# ---------------------------------------------------------------- features

def _bin(n: int) -> str:
    for cap in (1, 2, 4, 8, 16, 32):
        if n <= cap:
            return str(cap)
    return "more"


def _kind(ar, i: int | None) -> str:
    if i is None or ar.ent(i) or ar.pos[i] != "NOUN":
        return ar.kind(i)
    return "NOUN:" + ar.lemma[i]


def _content_shape(doc, ar, cand) -> list[str]:
    """What the content looks like: its length, whether it is a clause of its own, quoted,
    before or after the cue, and how far from it."""
    text = A.text_of(doc)
    s, e = cand.content
    got = ar.expand(s, e)
    if got is None:  # the rare odd span: spaCy's own answer, whatever it is
        span = doc.char_span(s, e, alignment_mode="expand")
        got = (span.start, span.end) if span is not None else (0, 0)
    a, b = got
    f = ["clen=" + _bin(ar.words[b] - ar.words[a])]
    if ar.subjs[b] > ar.subjs[a]:
        f.append("csubj")
    if ar.verbs[b] > ar.verbs[a]:
        f.append("cverb")
    if b > a:
        pos = ar.pos[a]
        f.append("cfirst=" + (ar.lower[a] if pos in _FUNCTION_POS else pos))
    if _quote_between(doc, text, max(0, s - 1), min(len(text), e + 1)):
        f.append("cquote")  # a quotation mark in the content or just outside it
    if cand.cue is not None:
        side = "after" if s >= cand.cue[1] else "before" if e <= cand.cue[0] else "around"
        gap = len(text[cand.cue[1]:s].split()) if side == "after" else \
            len(text[e:cand.cue[0]].split()) if side == "before" else 0
        f += ["side=" + side, "gap=" + _bin(gap), "o|side=" + cand.origin + "|" + side]
    return f


def _quote_between(doc, text: str, lo: int, hi: int) -> bool:
    """Whether a quotation mark stands in text[lo:hi]: the marks' offsets are found once per
    Doc and bisected, rather than the text searched again for every candidate."""
    got = doc.user_data.get("newsprism.quote_chars")
    if got is None or got[0] is not text:
        got = doc.user_data["newsprism.quote_chars"] = (
            text, [m.start() for m in _QUOTE_CHAR.finditer(text)])
    at = got[1]
    k = bisect.bisect_left(at, lo)
    return k < len(at) and at[k] < hi


@functools.lru_cache(maxsize=4096)
def _lexicon(lemma: str) -> str:
    """Which hand-made word list knows the cue: lets rare cue words borrow from common ones."""
    if lemma in cues.SAY_VERBS:
        return "say"
    if lemma in cues.SPEECH_VERBS:
        return "speech"
    if lemma in cues.ATTITUDE_VERBS:
        return "attitude"
    if lemma in cues.OBJECT_CUE_VERBS or lemma in cues.PREP_CUES:
        return "object"
    return "cue" if cues.is_cue_lemma(lemma) else "none"


def word_features(tok, origin: str) -> list[str]:
    """The part of a candidate's features its cue word alone decides."""
    cue, tail = _word_parts(cue_model.arrays(tok.doc), tok.i, origin)
    return ["o=" + origin] + cue + tail


def _word_parts(ar, i: int, origin: str, cue=None) -> tuple[list[str], list[str]]:
    """word_features in two parts: the cue model's features (prefixed 'c:') and the rest,
    so that the gate can score most words without assembling their list. ``cue``: the
    first part, when the caller already has it (it does not depend on the origin)."""
    return (cue if cue is not None else cue_model.features_at(ar, i, "c:")), \
        _word_tail(ar, i, origin)


def _word_tail(ar, i: int, origin: str) -> list[str]:
    """_word_parts' second part: the features of the cue word's lexicon, origin and place."""
    lemma = ar.lemma[i]
    lex = _lexicon(lemma)
    return ["lo=" + lemma + "|" + origin, "lex=" + lex, "lexo=" + lex + "|" + origin,
            "lexp=" + lex + "|" + ar.pos[i],
            "spos=" + ("first" if i - ar.sent_start[i] <= 2 else "mid"
                       if ar.sent_end[i] - i > 3 else "last")]


def features(doc, cand, word: list[str] | None = None, others=()) -> list[str]:
    """Sparse binary features of one candidate: its cue word's parse features (as the cue
    model sees them), how it was found, its source, its content, and how it nests with the
    ``others`` (the rule candidates of the same Doc)."""
    tok = cand.cue_tok
    ar = cue_model.arrays(doc)
    f = ["k=" + cand.kind]
    if tok is not None and hasattr(tok, "pos_"):
        f += word if word is not None else word_features(tok, cand.origin)
        lemma = ar.lemma[tok.i]
    else:
        f.append("o=" + cand.origin)
        lemma = "-"
    src = cand.src_tok.i if cand.src_tok is not None and hasattr(cand.src_tok, "pos_") \
        else None
    sk = _kind(ar, src) if cand.source is not None else "none"
    f += ["src=" + sk, "lsrc=" + lemma + "|" + ("none" if cand.source is None else "some"),
          "osrc=" + cand.origin + "|" + sk]
    shape = _content_shape(doc, ar, cand)
    f += shape
    # The same word reports one kind of content and not another ('hopes to', 'hopes for');
    # the lemma joined to the content's shape lets the weights say which.
    f += ["l|" + lemma + "|" + x for x in shape if x[:4] in ("cfir", "side", "csub")]
    f += _placement(doc, cand)
    f += _nesting(cand, others)
    return f


def nest_keys(others) -> list[tuple]:
    """What _nesting needs of each other candidate, worked out once per Doc rather than once
    per pair: the lexicon look-up of every other cue was most of the filter's cost."""
    out = _NestKeys()
    for o in others:
        if o.cue is None:
            continue
        lex = _lexicon(A.lemma_of(o.cue_tok)) if o.cue_tok is not None else "-"
        out.append((o, o.cue[0], o.content[0], o.content[1], o.origin, lex))
    return out


class _NestKeys(list):
    """nest_keys' list, with its spans indexed by position (span_index) once asked: each
    candidate needs only the others whose cue or content comes near its own, and walking
    all of them made the filter quadratic in the article's length."""

    _index = None

    def near(self, lo: int, hi: int) -> list[tuple]:
        if len(self) <= 32:
            return self  # a short article's keys are read whole, as before
        if self._index is None:
            # A key's reach: from its cue or content start to its content end (or just past
            # its cue); every pair _nesting marks overlaps in these reaches.
            self._index = Overlaps((min(k[1], k[2]), max(k[3], k[1] + 1), k) for k in self)
        return self._index.overlapping(lo, hi)


def _nesting(cand, others) -> list[str]:
    """Whether the cue lies in another attribution's content ('X said Y believes Z') or
    the content holds another's cue; annotators mark some such pairs and not others.
    ``others`` are candidates or, cheaper, their nest_keys."""
    f = []
    if cand.cue is None:
        return f
    if others and not isinstance(others[0], tuple):
        others = nest_keys(others)
    cue0 = cand.cue[0]
    cs, ce = cand.content
    own = None
    if isinstance(others, _NestKeys):
        others = others.near(min(cue0, cs), max(ce, cue0 + 1))
    for o, ocue, os_, oe, origin, lex in others:
        if o is cand:
            continue
        if os_ <= cue0 < oe:
            f += ["nest=in|" + origin, "nest=in|" + lex]
            if own is None:
                own = A.lemma_of(cand.cue_tok) if hasattr(cand.cue_tok, "lemma_") else "-"
            # Which words annotators mark when reported inside another's content.
            f += ["nest=in|l=" + own, "nest=in|" + lex + "|o=" + cand.origin]
        holds = cs <= ocue < ce
        if holds:
            f += ["nest=holds|" + origin, "nest=holds|" + lex]
        elif ocue < ce and cs < oe:
            f.append("nest=shares")  # two cues claiming overlapping content
    return sorted(set(f))


def _quote_depth(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside a quotation opened earlier in its paragraph: a cue there
    is the quoted speaker's wording, which annotators treat apart."""
    ps = text.rfind("\n", 0, pos) + 1
    # counted in place: a copy of the paragraph's start per candidate cost more than counting
    if text.count("“", ps, pos) > text.count("”", ps, pos):
        return True
    return text.count('"', ps, pos) % 2 == 1


def _placement(doc, cand) -> list[str]:
    """Where the cue sits: inside a quotation or not."""
    text = A.text_of(doc)
    at = cand.cue[0] if cand.cue is not None else cand.content[0]
    f = ["inq=" + str(_quote_depth(text, at))]
    f.append("inq|o=" + f[0][4:] + "|" + cand.origin)
    return f


# ---------------------------------------------------------------- the gate without strings

_NONE: dict = {}


class WordWeights:
    """A linear model's weights regrouped by feature template, so that the gate can look up
    a word's cue-feature weights by the words themselves (lemma, dependency, neighbour)
    instead of first building each feature string: most gated words fail, and building
    their strings was most of the gate's cost. Gives the weights of cue_model.features_at
    (prefix 'c:') and of _word_parts' tail in their order, so their sum is the string
    path's to the bit; a value holding the separator goes by its string."""

    def __init__(self, weights: dict[str, float]):
        self.flat = weights
        one: dict[str, dict] = {}
        two: dict[tuple, dict] = {}
        for key, w in weights.items():
            eq = key.find("=")
            if eq < 0:
                continue
            tpl, rest = key[:eq + 1], sys.intern(key[eq + 1:])
            one.setdefault(tpl, {})[rest] = w
            for sep in "|:":
                if rest.count(sep) == 1:  # 'a|b' splits one way only
                    a, b = map(sys.intern, rest.split(sep))
                    two.setdefault((tpl, sep), {}).setdefault(a, {})[b] = w
        self.one, self.two = one, two
        # Per cue word, its own weight and the sub-tables of the templates that join it to
        # another value ('c:ld=LEMMA|dep'): one look-up per word instead of one per feature.
        self._by_lemma: dict[str, tuple] = {}
        self._by_lex: dict[str, tuple] = {}
        # the tables of the templates cue() reads for every word, fetched once
        (self._p, self._t, self._d, self._hl, self._hp, self._wm1, self._w1, self._sk,
         self._cd, self._poss, self._cop, self._o, self._spos) = (
            one.get(k, _NONE) for k in ("c:p=", "c:t=", "c:d=", "c:hl=", "c:hp=", "c:w-1=",
                                        "c:w+1=", "c:sk=", "c:cd=", "c:poss=", "c:cop=", "o=",
                                        "spos="))
        self._psk = two.get(("c:p|sk=", "|"), _NONE)
        self._cw = two.get(("c:cw=", ":"), _NONE)
        self._b, self._q = weights.get("c:b", 0.0), weights.get("c:q", 0.0)

    def _lemma_tables(self, lemma: str) -> tuple:
        got = self._by_lemma.get(lemma)
        if got is None:
            if len(self._by_lemma) > 200_000:
                self._by_lemma.clear()
            two, one = self.two, self.one

            def sub(tpl):
                return two.get((tpl, "|"), _NONE).get(lemma, _NONE)

            got = self._by_lemma[lemma] = (
                one.get("c:l=", _NONE).get(lemma, 0.0), sub("c:ld="), sub("c:lw+1="),
                sub("c:lw-1="), sub("c:lsk="), sub("c:lcd="), sub("c:lcw="),
                one.get("c:lq=", _NONE).get(lemma, 0.0), sub("lo="))
        return got

    def _lex_tables(self, lex: str) -> tuple:
        got = self._by_lex.get(lex)
        if got is None:
            two = self.two
            got = self._by_lex[lex] = (
                self.one.get("lex=", _NONE).get(lex, 0.0),
                two.get(("lexo=", "|"), _NONE).get(lex, _NONE),
                two.get(("lexp=", "|"), _NONE).get(lex, _NONE))
        return got

    def single(self, tpl: str) -> dict:
        return self.one.get(tpl, _NONE)

    def pair(self, tpl: str, sep: str, a: str, b: str) -> float:
        if sep in a or sep in b:
            return self.flat.get(tpl + a + sep + b, 0.0)
        return self.two.get((tpl, sep), _NONE).get(a, _NONE).get(b, 0.0)

    def cue(self, ar, i: int, _subj=cue_model._SUBJ_DEPS, _word=cue_model._WORD_DEPS,
            _clause=cue_model._CLAUSE_DEPS, _bisect=bisect.bisect_left,
            _none=_NONE, _names=cue_model._NAMES) -> list[float]:
        """The weights of features_at(ar, i, 'c:'), in its order. (The subject, its kind
        and the quotation test are cue_model's _subject_at, DocArrays.kind and _near_quote
        written out here: the gate asks this of every governing word.)"""
        lemma = ar.lemma[i]
        if "|" in lemma:  # a separator in the cue word: every pair by its string
            return self._cue_by_pairs(ar, i)
        # the per-lemma tables straight from their cache (one method call less per word)
        got = self._by_lemma.get(lemma)
        w_l, t_ld, t_w1, t_wm1, t_lsk, t_lcd, t_lcw, w_lq, _ = \
            got if got is not None else self._lemma_tables(lemma)
        pos_l, dep, lower, kids_l = ar.pos, ar.dep, ar.lower, ar.kids
        pos, kdep, kids, head = pos_l[i], dep[i], kids_l[i], ar.head[i]
        subj = None
        for c in kids:
            if dep[c] in _subj:
                subj = c
                break
        else:
            if kdep in ("acomp", "attr"):
                for c in kids_l[head]:
                    if dep[c] in _subj:
                        subj = c
                        break
        if subj is None:
            sk = "none"
        elif ar._ents[subj]:
            sk = ar.ent(subj)
        else:
            sk = pos_l[subj]
            if sk == "PRON":
                sk = "PRON:" + lower[subj]
        hl = ar.lemma[head]
        prev = lower[i - 1] if i > 0 else "<s>"
        nxt = lower[i + 1] if i + 1 < ar.n else "</s>"
        tag = _names.get(ar._tags[i])  # DocArrays.tag without its two method calls
        if tag is None:
            tag = ar.tag(i)
        ws = [self._b, w_l, self._p.get(pos, 0.0), self._t.get(tag, 0.0),
              self._d.get(kdep, 0.0), self._hl.get(hl, 0.0), self._hp.get(pos_l[head], 0.0),
              t_ld.get(kdep, 0.0), self._wm1.get(prev, 0.0), self._w1.get(nxt, 0.0),
              t_w1.get(nxt, 0.0) if "|" not in nxt
              else self.flat.get(f"c:lw+1={lemma}|{nxt}", 0.0),
              t_wm1.get(prev, 0.0) if "|" not in prev
              else self.flat.get(f"c:lw-1={lemma}|{prev}", 0.0),
              self._sk.get(sk, 0.0), t_lsk.get("none" if subj is None else "some", 0.0),
              self._psk.get(pos, _none).get(sk, 0.0) if "|" not in sk and "|" not in pos
              else self.pair("c:p|sk=", "|", pos, sk)]
        if kids:
            cd, cw = self._cd, self._cw
            append = ws.append
            # (the set built in C, without a comprehension's frame per word)
            for d in sorted(set(map(dep.__getitem__, kids))):
                append(cd.get(d, 0.0))
                append(t_lcd.get(d, 0.0))
            for c in kids:
                d = dep[c]
                if d in _word:
                    w = lower[c]
                    append(cw.get(d, _none).get(w, 0.0) if ":" not in w and ":" not in d
                           else self.pair("c:cw=", ":", d, w))
                    append(t_lcw.get(w, 0.0) if "|" not in w
                           else self.flat.get(f"c:lcw={lemma}|{w}", 0.0))
                elif d in _clause:  # rare: by the strings (no dependency is in both sets)
                    mark = next((lower[k] for k in kids_l[c] if dep[k] == "mark"), "-")
                    append(self.flat.get(f"c:cl={d}:{mark}", 0.0))
                    append(self.flat.get(f"c:pcl={pos}|{d}:{mark}", 0.0))
                elif d == "poss":
                    append(self._poss.get(ar.kind(c), 0.0))
        marks = ar.marks
        k = _bisect(marks, i - 3)
        if k < len(marks) and marks[k] <= i + 3:  # a quotation mark within three words
            ws.append(self._q)
            ws.append(w_lq)
        if kdep in ("acomp", "attr"):
            ws.append(self._cop.get(hl, 0.0))
        return ws

    def _cue_by_pairs(self, ar, i: int) -> list[float]:
        one, pair, flat = self.one, self.pair, self.flat
        lemma, pos, dep, lower, kdep = ar.lemma[i], ar.pos[i], ar.dep, ar.lower, ar.dep[i]
        kids = ar.kids[i]
        subj = cue_model._subject_at(ar, i)
        sk = ar.kind(subj)
        head = ar.head[i]
        hl = ar.lemma[head]
        prev = lower[i - 1] if i > 0 else "<s>"
        nxt = lower[i + 1] if i + 1 < ar.n else "</s>"
        ws = [flat.get("c:b", 0.0), one.get("c:l=", _NONE).get(lemma, 0.0),
              one.get("c:p=", _NONE).get(pos, 0.0), one.get("c:t=", _NONE).get(ar.tag(i), 0.0),
              one.get("c:d=", _NONE).get(kdep, 0.0), one.get("c:hl=", _NONE).get(hl, 0.0),
              one.get("c:hp=", _NONE).get(ar.pos[head], 0.0), pair("c:ld=", "|", lemma, kdep),
              one.get("c:w-1=", _NONE).get(prev, 0.0), one.get("c:w+1=", _NONE).get(nxt, 0.0),
              pair("c:lw+1=", "|", lemma, nxt), pair("c:lw-1=", "|", lemma, prev),
              one.get("c:sk=", _NONE).get(sk, 0.0),
              pair("c:lsk=", "|", lemma, "none" if subj is None else "some"),
              pair("c:p|sk=", "|", pos, sk)]
        if kids:
            cd = one.get("c:cd=", _NONE)
            for d in sorted({dep[c] for c in kids}):
                ws.append(cd.get(d, 0.0))
                ws.append(pair("c:lcd=", "|", lemma, d))
            for c in kids:
                d = dep[c]
                if d in cue_model._WORD_DEPS:
                    ws.append(pair("c:cw=", ":", d, lower[c]))
                    ws.append(pair("c:lcw=", "|", lemma, lower[c]))
                if d in cue_model._CLAUSE_DEPS:  # rare: by the strings
                    mark = next((lower[k] for k in ar.kids[c] if dep[k] == "mark"), "-")
                    ws.append(flat.get(f"c:cl={d}:{mark}", 0.0))
                    ws.append(flat.get(f"c:pcl={pos}|{d}:{mark}", 0.0))
                if d == "poss":
                    ws.append(one.get("c:poss=", _NONE).get(ar.kind(c), 0.0))
        if cue_model._near_quote(ar.marks, i):
            ws.append(flat.get("c:q", 0.0))
            ws.append(one.get("c:lq=", _NONE).get(lemma, 0.0))
        if kdep in ("acomp", "attr"):
            ws.append(one.get("c:cop=", _NONE).get(hl, 0.0))
        return ws

    def head_and_tail(self, ar, i: int, origin: str) -> tuple[float, list[float]]:
        """The weights of 'o=ORIGIN' and of _word_parts' tail, in its order."""
        one, pair = self.one, self.pair
        lemma = ar.lemma[i]
        lex = _lexicon(lemma)
        spos = "first" if i - ar.sent_start[i] <= 2 else "mid" \
            if ar.sent_end[i] - i > 3 else "last"
        if "|" not in lemma and "|" not in lex and "|" not in origin:
            # both tables straight from their caches, as cue() reads them (the gate asks
            # this of every governing word and origin: two method calls less each)
            got = self._by_lex.get(lex)
            w_lex, t_lexo, t_lexp = got if got is not None else self._lex_tables(lex)
            got = self._by_lemma.get(lemma)
            t_lo = (got if got is not None else self._lemma_tables(lemma))[8]
            pos = ar.pos[i]
            return self._o.get(origin, 0.0), [
                t_lo.get(origin, 0.0), w_lex, t_lexo.get(origin, 0.0),
                t_lexp.get(pos, 0.0) if "|" not in pos else pair("lexp=", "|", lex, pos),
                self._spos.get(spos, 0.0)]
        return one.get("o=", _NONE).get(origin, 0.0), [
            pair("lo=", "|", lemma, origin), one.get("lex=", _NONE).get(lex, 0.0),
            pair("lexo=", "|", lex, origin), pair("lexp=", "|", lex, ar.pos[i]),
            one.get("spos=", _NONE).get(spos, 0.0)]


def word_weights(model) -> WordWeights:
    """The model's WordWeights, made once per model."""
    got = getattr(model, "_word_weights", None)
    if got is None or got.flat is not model.weights:
        got = WordWeights(model.weights)
        model._word_weights = got
    return got


# ---------------------------------------------------------------- selection

def _trusted(cand) -> bool:
    """A verb of saying governing its own clause ('X said that ...') is an attribution
    whatever the weights say: the filter is there for the long tail, not for these."""
    tok = cand.cue_tok
    return (cand.origin == "verb" and tok is not None and A.lemma_of(tok) in cues.SAY_VERBS
            and any(c.dep_ == "ccomp" for c in tok.children))


def select(doc, cands, model: AttrModel | None = None) -> list:
    """The rule candidates plus the broad ones, kept when the model scores them above its
    threshold; of two kept candidates sharing a cue word the higher-scored one wins."""
    model = model or current()
    if model is None:
        return list(cands)
    words: dict[tuple, tuple] = {}
    cues_at: dict[int, list] = {}
    ar = cue_model.arrays(doc)
    # A plain linear model's sums are built from each word's cue-feature weights, looked up
    # once per word and added in the order of the feature list: the same floats added in
    # the same order give the same score to the bit, without a second round of look-ups
    # for each origin and each candidate the word heads.
    plain = type(model).score is Linear.score
    get = model.weights.get if plain else None
    fast = word_weights(model) if plain else None
    cue_ws: dict[int, list[float]] = {}
    # a plain model scoring candidates one by one needs no cue-part strings (word(), score())
    lean = plain and not hasattr(model, "score_pool")

    def weights_of(i: int, cue: list[str] | None) -> list[float]:
        got = cue_ws.get(i)
        if got is None:
            got = cue_ws[i] = fast.cue(ar, i) if cue is None else \
                list(map(get, cue, repeat(0.0)))
        return got

    def promising(i: int, origin: str) -> bool:
        # The word's own features decide most of the score; a word far below the threshold
        # is not worth building a candidate for. Scored in word_features' order, the sum is
        # the one its list would give. Each origin is gated on its own: an alternative
        # content costs a candidate too.
        margin = GATE_MARGIN if origin == "learned" else ALT_GATE_MARGIN
        if not plain:
            cue, tail = words[i, origin] = _word_parts(ar, i, origin, cues_at.get(i))
            cues_at[i] = cue
            return model.score(chain(("o=" + origin,), cue, tail)) > model.threshold - margin
        # No strings for the gate: the weights straight from the words (WordWeights); a
        # word that passes gets its strings when its candidate's features are built.
        head, tail = fast.head_and_tail(ar, i, origin)
        # weights_of(i, None) written out: most words are gated once per origin
        ws = cue_ws.get(i)
        if ws is None:
            ws = cue_ws[i] = fast.cue(ar, i)
        return sum(chain((head,), ws, tail)) > model.threshold - margin

    def score(c, f: list[str]) -> float:
        # f is features()' list: 'k=', then word()'s 'o=', (for a model that is not plain)
        # the cue part, and the rest. A plain model's list leaves the cue part out: its
        # weights come from WordWeights, in the cue part's order, where they stand.
        tok = c.cue_tok
        if not lean or tok is None or not hasattr(tok, "pos_"):
            return model.score(f)
        return sum(chain(map(get, f[:2], repeat(0.0)), weights_of(tok.i, None),
                         map(get, islice(f, 2, None), repeat(0.0))))

    def word(c) -> list[str] | None:
        # word_features' list, from the gate's parts where it built them; a rule candidate's
        # cue word is worked out once however many candidates share it. For a plain model
        # without the cue part (score() adds its weights): its strings were a third of the
        # filter's cost and served no other end.
        tok = c.cue_tok
        if tok is None or not hasattr(tok, "pos_"):
            return None
        if lean:
            return ["o=" + c.origin] + _word_tail(ar, tok.i, c.origin)
        got = words.get((tok.i, c.origin))
        if got is None:
            got = _word_parts(ar, tok.i, c.origin, cues_at.get(tok.i))
            cues_at[tok.i] = got[0]
        return ["o=" + c.origin] + got[0] + got[1]

    pool = list(cands) + broad_candidates(doc, cands, promising)
    keys = nest_keys(cands)
    feats = [features(doc, c, word(c), keys) for c in pool]
    # A model may score the pool as a whole, reading each candidate's context beside its
    # features (scripts/attr_experiments.py tries such models).
    scores = model.score_pool(doc, pool, feats, cands) if hasattr(model, "score_pool") \
        else [score(c, f) for c, f in zip(pool, feats)]
    scored = [(s, c) for s, c in zip(scores, pool) if s > model.threshold or _trusted(c)]
    scored.sort(key=lambda x: -x[0])
    kept, used = [], Overlaps()
    for s, c in scored:
        if c.cue is not None and used.any_overlapping(c.cue[0], c.cue[1]):
            continue
        kept.append(c)
        if c.cue is not None:
            used.add(c.cue[0], c.cue[1])
    # Passive subjects and described nouns as contents, judged by a model of their own,
    # only on cue words nothing kept holds (attr_syntax.py, bound at the end of this module).
    return kept + attr_syntax.select(doc, kept, keys)


# attr_syntax imports this module inside its functions only: bound here, once this module is
# complete (an import statement in select ran the import machinery once per article).
from . import attr_syntax  # noqa: E402

__all__ = ["AttrModel", "broad_candidates", "features", "select", "use", "current"]
