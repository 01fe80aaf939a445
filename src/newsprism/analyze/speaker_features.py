"""Candidate speakers of one English quote and the features a learned ranker scores them by.

Input: the parsed Doc, the article text, the entities stage's Coref lookup and the quotes the
rules produced (records.Quote, text order). For each quote the candidates are the rules' own
speaker plus the entities with a mention near it (the paragraphs around the quote, never inside
its own quoted words). Features are small, writer-independent facts: the mention's syntactic
relation to the cue word (subject, agent, 'according to' object, possessor, addressee), how far
it is (tokens, sentences, paragraphs; before or after the quote), what kind of mention it is
(name, role noun, pronoun) and of what (person, organisation), whether it spoke the previous
quote, how long its chain is, and whether the rules chose it. speaker_model.py scores them.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.attrs import IDX, SENT_START

from ..records import Entity, Mention, Quote, Speaker
from .cue_model import arrays

# How many paragraphs before and after the quote's own paragraph hold candidates.
PARAS_BEFORE, PARAS_AFTER = 3, 1
MAX_CANDIDATES = 6
_SUBJ = {"nsubj": "nsubj", "nsubjpass": "nsubjpass", "csubj": "nsubj"}
_OBJ = {"dobj", "dative", "iobj"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible speaker: an entity (or the rules' entity-less name) and its features."""

    speaker: Speaker
    rules: bool
    feats: tuple[str, ...]


class Layout:
    """Sentence and paragraph starts of one article, for distances by bisection."""

    def __init__(self, doc, paras: list[tuple[int, int]], arr=None):
        if arr is None:
            self.sent_starts = [s.start_char for s in doc.sents]
        else:  # the Doc's (IDX, SENT_START) columns: no Span objects made
            starts = arr[:, 0][arr[:, 1] == 1].tolist()
            self.sent_starts = starts if starts and starts[0] == 0 else [0] + starts
        self.para_starts = [p[0] for p in paras] or [0]
        self.paras = paras or [(0, len(doc.text))]

    def sent(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def para(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)


def _bucket(n: int, edges=(0, 1, 2, 3, 5, 8, 13, 21, 34)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def _span(tok) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _cue_tokens(doc, cue: tuple[int, int], tok_idx: list[int] | None):
    """The cue's tokens, its syntactic root first (the one whose head lies outside it)."""
    if tok_idx is None:
        span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
        return [] if span is None or not len(span) else \
            [span.root] + [x for x in span if x is not span.root]
    i = max(0, bisect.bisect_right(tok_idx, cue[0]) - 1)
    j = max(i + 1, bisect.bisect_left(tok_idx, cue[1]))
    toks = [doc[x] for x in range(i, min(j, len(doc)))]
    root = next((t for t in toks if not i <= t.head.i < j or t.head is t), toks[0] if toks else None)
    return [root] + [t for t in toks if t is not root] if root is not None else []


def _cue_words(ar, cue: tuple[int, int], tok_idx: list[int]) -> list[int]:
    """_cue_tokens' words as indices, read from the Doc's arrays: the first whose head lies
    outside the cue (else the first), then the rest in order."""
    i = max(0, bisect.bisect_right(tok_idx, cue[0]) - 1)
    j = max(i + 1, bisect.bisect_left(tok_idx, cue[1]))
    words = list(range(i, min(j, ar.n)))
    head = ar.head
    root = next((t for t in words if not i <= head[t] < j), words[0] if words else None)
    return [root] + [t for t in words if t != root] if root is not None else []


def relations(doc, cue: tuple[int, int] | None,
              tok_idx: list[int] | None = None) -> list[tuple[str, int, int, int, int]]:
    """(relation, head start, head end, phrase start, phrase end) of the words the cue governs
    or hangs on: its subject, passive agent, 'according to' object, possessor, addressee.
    With tok_idx the words are read from the Doc's arrays and a Token is made only for each
    word added (for its phrase's edges)."""
    if cue is None:
        return []
    if tok_idx is None:
        return _relations_of_tokens(doc, cue, tok_idx)
    return [_relation(doc, rel, i) for rel, i in relation_words(doc, cue, tok_idx)]


def _relation(doc, rel: str, i: int) -> tuple[str, int, int, int, int]:
    tok = doc[i]
    return (rel, tok.idx, tok.idx + len(tok.text), *_span(tok))


def relation_words(doc, cue: tuple[int, int], tok_idx: list[int]) -> list[tuple[str, int]]:
    """relations() as (relation, word index) pairs, read from the Doc's arrays alone: the
    ranker's gate needs only the heads' offsets (tok_idx and the arrays' lengths), and most
    quotes stop there, so no Token or phrase edge is made for them."""
    ar = arrays(doc)
    words = _cue_words(ar, cue, tok_idx)
    if not words:
        return []
    kids, dep, lower, head = ar.kids, ar.dep, ar.lower, ar.head
    out: list[tuple[str, int]] = []

    def add(rel, i):
        out.append((rel, i))

    for t in words[:3]:
        if lower[t] == "according":
            for c in kids[t]:
                for g in kids[c]:
                    if dep[g] == "pobj":
                        add("according", g)
        for c in kids[t]:
            d = dep[c]
            if d in _SUBJ:
                add(_SUBJ[d], c)
            elif d == "agent":
                for g in kids[c]:
                    if dep[g] == "pobj":
                        add("agent", g)
            elif d == "poss":
                add("poss", c)
            elif d in _OBJ:
                add("obj", c)
            elif d == "prep" and lower[c] in ("from", "by"):
                for g in kids[c]:
                    if dep[g] == "pobj":
                        add("from", g)
        if not any(r[0] in ("nsubj", "nsubjpass", "agent", "according") for r in out):
            h = head[t]
            # (Token.head is a new object, never the token itself: a root passes too)
            if dep[t] in ("conj", "xcomp", "advcl", "ccomp"):
                for c in kids[h]:
                    if dep[c] in _SUBJ:
                        add("head_subj", c)
            elif dep[t] in ("relcl", "acl"):
                add("relcl_head", h)
        if out:
            break
    return out


def _relations_of_tokens(doc, cue: tuple[int, int],
                         tok_idx: list[int] | None = None) -> list[tuple[str, int, int, int, int]]:
    """relations() from spaCy Tokens (no token offsets at hand)."""
    toks = _cue_tokens(doc, cue, tok_idx)
    if not toks:
        return []
    out = []

    def add(rel, tok):
        out.append((rel, tok.idx, tok.idx + len(tok.text), *_span(tok)))

    for t in toks[:3]:
        if t.lower_ == "according":
            for c in t.children:
                for g in c.children:
                    if g.dep_ == "pobj":
                        add("according", g)
        for c in t.children:
            if c.dep_ in _SUBJ:
                add(_SUBJ[c.dep_], c)
            elif c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        add("agent", g)
            elif c.dep_ == "poss":
                add("poss", c)
            elif c.dep_ in _OBJ:
                add("obj", c)
            elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        add("from", g)
        if not any(r[0] in ("nsubj", "nsubjpass", "agent", "according") for r in out):
            h = t.head
            if t.dep_ in ("conj", "xcomp", "advcl", "ccomp") and h is not t:
                for c in h.children:
                    if c.dep_ in _SUBJ:
                        add("head_subj", c)
            elif t.dep_ in ("relcl", "acl") and h is not t:
                add("relcl_head", h)
        if out:
            break
    return out


def _nearest(mentions: list[Mention], lo: int, hi: int, content: tuple[int, int]):
    """The entity's mention nearest the quote region [lo, hi), outside the quoted words."""
    best, best_d = None, None
    for m in mentions:
        if m.start >= content[0] and m.end <= content[1]:
            continue
        d = lo - m.end if m.end <= lo else (m.start - hi if m.start >= hi else 0)
        if best_d is None or d < best_d:
            best, best_d = m, d
    return best, best_d


def _doc_tokens_between(doc_idx: list[int], a: int, b: int) -> int:
    return abs(bisect.bisect_left(doc_idx, b) - bisect.bisect_left(doc_idx, a))


def candidates(doc, coref, quotes: list[Quote], k: int, layout: Layout,
               inside: list[tuple[int, int]], tok_idx: list[int],
               counts: dict[str, int], gate: bool = False) -> list[Candidate]:
    """The candidates of quotes[k] with their features; the rules' choice is always among them.
    With gate, none (the rules' choice stands) when the rules' speaker is the cue's own subject,
    passive agent or 'according to' object: on held-out files the ranker never rightly
    overrode such a choice, and skipping them halves its cost."""
    q = quotes[k]
    cue = (q.cue.start, q.cue.end) if q.cue is not None else None
    cs, ce = q.start, q.end
    lo = min(q.start, cue[0]) if cue else q.start
    hi = max(q.end, cue[1]) if cue else q.end
    anchor = cue[0] if cue else q.start
    pk = layout.para(anchor)
    p0 = layout.paras[max(0, pk - PARAS_BEFORE)][0]
    p1 = layout.paras[min(len(layout.paras) - 1, pk + PARAS_AFTER)][1]
    rules = q.speaker
    words = relation_words(doc, cue, tok_idx) if cue is not None else []
    if gate and rules.start is not None and words:
        length = arrays(doc).length
        heads = [(rel, tok_idx[i], tok_idx[i] + length[i], 0, 0) for rel, i in words]
        if _rules_tied(rules, [], heads):
            return []  # the rules' own words hold the cue's subject: no scan needed
    rels = [_relation(doc, rel, i) for rel, i in words]
    # one pass over the window's mentions: each entity's mention nearest the quote region,
    # never one inside the quoted words themselves
    found: dict[str, tuple[int, int, Entity, Mention]] = {}
    for m, ent in coref.mentions_in(p0, p1):
        if m.start >= cs and m.end <= ce:
            continue
        d = lo - m.end if m.end <= lo else (m.start - hi if m.start >= hi else 0)
        old = found.get(ent.id)
        if old is None or d < old[0]:
            found[ent.id] = (d, m.start, ent, m)
    ranked = sorted(found.values(), key=lambda r: (r[0], r[1]))[:MAX_CANDIDATES]
    if rules.entity and rules.entity not in {r[2].id for r in ranked}:
        ent = coref.by_id.get(rules.entity)
        near, d = _nearest(list(ent.mentions), lo, hi, (cs, ce)) if ent else (None, None)
        if near is not None:
            ranked.append((d, near.start, ent, near))
    if len(ranked) + (1 if rules.name and not rules.entity else 0) < 2:
        return []  # a single candidate: the rules' choice stands (no features needed)
    if gate and _rules_tied(rules, ranked, rels):
        return []
    prev = [quotes[j].speaker.entity for j in range(k - 1, max(-1, k - 3), -1)]
    sent_anchor = layout.sent(anchor)
    base = ["bias", "kind=" + q.kind, "cue=" + ("yes" if cue else "no")]
    out: list[tuple[Candidate, tuple[str, str, str, str]]] = []
    for rank, (d, _, ent, m) in enumerate(ranked):
        is_rules = rules.entity is not None and rules.entity == ent.id
        side = "before" if m.end <= lo else ("after" if m.start >= hi else "between")
        ms = layout.sent(m.start)
        sd = abs(ms - sent_anchor)
        mp = layout.para(m.start)
        pd = mp - pk
        toks = _doc_tokens_between(tok_idx, m.start if side == "after" else m.end,
                                   hi if side == "after" else lo) if side != "between" else 0
        i = bisect.bisect_right(inside, (m.start, 1 << 60)) - 1
        in_q = i >= 0 and inside[i][0] <= m.start and m.end <= inside[i][1]
        f = base + ["side=" + side, "sd=" + _bucket(sd, (0, 1, 2, 3)),
                    "pd=" + str(max(-1, min(pd, 1))) if pd >= 0 else "pd=" + str(max(pd, -3)),
                    "tok=" + _bucket(toks), "rank=" + str(min(rank, 5)), "mkind=" + m.kind,
                    "etype=" + ent.type, "first=" + ent.mentions[0].kind,
                    "chain=" + _bucket(len(ent.mentions), (1, 2, 3, 5, 8)), "inq=" + str(in_q),
                    "side_sd=" + side + _bucket(sd, (0, 1, 2)), "mkind_side=" + m.kind + side,
                    "etype_kind=" + ent.type + q.kind,
                    "nq=" + _bucket(counts.get(ent.id, 0), (0, 1, 2, 3, 5))]
        if ms == layout.sent(layout.paras[mp][0]):
            f.append("para_first_sent")
        rel_of = "rel=-"
        for rel, hs, he, ps, pe in rels:
            if m.start <= hs and he <= m.end or hs <= m.start < he:
                f += ["rel=" + rel, "rel_kind=" + rel + m.kind, "rel_type=" + rel + ent.type]
                if rel_of == "rel=-":
                    rel_of = "rel=" + rel
            elif ps <= m.start and m.end <= pe:
                f.append("relin=" + rel)
            elif any(x.start <= hs < x.end for x in ent.mentions):
                # another mention of the entity sits in the relation (a chain's pronoun)
                f.append("relchain=" + rel)
        for j, pe_ in enumerate(prev):
            if pe_ is not None and pe_ == ent.id:
                f.append(f"prev{j}")
                if is_rules:
                    f.append(f"prev{j}_rules")
        if is_rules:
            f += ["rules", "rules_kind=" + q.kind, "rules_mkind=" + m.kind,
                  "rules_side=" + side, "rules_etype=" + ent.type]
        sp = rules if is_rules else Speaker(ent.id, ent.name, m.start, m.end)
        out.append((Candidate(sp, is_rules, tuple(f)), (rel_of, side, m.kind, ent.type)))
    if rules.name and not any(c.rules for c, _ in out):
        f = base + ["rules", "rules_noent", "rules_kind=" + q.kind,
                    "rules_noent_kind=" + q.kind]
        out.append((Candidate(rules, True, tuple(f)), ("", "", "", "")))
    return _against_rules(out)


_TIED = ("nsubj", "nsubjpass", "agent", "according")


def _rules_tied(rules: Speaker, ranked, rels) -> bool:
    """The rules' speaker (its own words, or its entity's nearest mention) holds the head of
    the cue's subject, passive agent or 'according to' object."""
    heads = [(hs, he) for rel, hs, he, _, _ in rels if rel in _TIED]
    if not heads:
        return False
    if rules.start is not None and any(rules.start <= hs and he <= rules.end for hs, he in heads):
        return True
    for _, _, ent, m in ranked:
        if rules.entity is not None and ent.id == rules.entity:
            return any(m.start <= hs and he <= m.end or hs <= m.start < he for hs, he in heads)
    return False


def _against_rules(out: list[tuple[Candidate, tuple[str, str, str, str]]]) -> list[Candidate]:
    """Each other candidate also sees what the rules' choice is (no speaker, no entity, a
    mention of which kind, in which relation to the cue), joined with its own relation, side and
    kind: 'the rules took an organisation with no tie to the cue, this is the cue's subject'."""
    ref = next(((c, a) for c, a in out if c.rules), None)
    if ref is None:
        ctx = ["R:none"]
    elif "rules_noent" in ref[0].feats:
        ctx = ["R:noent", "Rrel=-", "Rside=-"]
    else:
        rel, side, kind, etype = ref[1]
        ctx = ["R:" + kind + etype, "R" + rel, "Rside=" + side]
    done = []
    for c, (rel, side, kind, etype) in out:
        if c.rules:
            done.append(c)
            continue
        mine = (rel, "side=" + side, "mk=" + kind + etype)
        done.append(Candidate(c.speaker, False, c.feats + tuple(
            x + "&" + y for x in ctx for y in mine)))
    return done


def has_rules_candidate(coref, q: Quote) -> bool:
    """Whether candidates() would list the rules' own choice for q: an entity-less name, or an
    entity with a mention outside the quote's own words. A model that never overrules the
    rules (an infinite margin) needs the candidates of the other quotes only."""
    rules = q.speaker
    if rules.entity is None:
        return bool(rules.name)
    ent = coref.by_id.get(rules.entity)
    return ent is not None and any(not (m.start >= q.start and m.end <= q.end)
                                   for m in ent.mentions)


def all_candidates(doc, coref, quotes: list[Quote], paras, gate: bool = False,
                   only: set[int] | None = None) -> list[list[Candidate]]:
    """Candidates of every quote of one article (text order); with only, of those quotes
    alone (the others get none)."""
    if coref is None or not quotes or only is not None and not only:
        return [[] for _ in quotes]
    arr = doc.to_array([IDX, SENT_START])
    layout = Layout(doc, paras, arr)
    inside = sorted((q.start, q.end) for q in quotes if q.kind != "indirect")
    tok_idx = arr[:, 0].tolist()
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker.entity:
            counts[q.speaker.entity] = counts.get(q.speaker.entity, 0) + 1
    return [candidates(doc, coref, quotes, k, layout, inside, tok_idx, counts, gate)
            if only is None or k in only else [] for k in range(len(quotes))]


__all__ = ["Candidate", "candidates", "all_candidates", "has_rules_candidate", "relations",
           "Layout"]
