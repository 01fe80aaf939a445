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

from spacy.attrs import IDX

from ..records import Entity, Mention, Quote, Speaker

# How many paragraphs before and after the quote's own paragraph hold candidates.
PARAS_BEFORE, PARAS_AFTER = 3, 1
MAX_CANDIDATES = 10
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

    def __init__(self, doc, paras: list[tuple[int, int]]):
        self.sent_starts = [s.start_char for s in doc.sents]
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


def relations(doc, cue: tuple[int, int] | None) -> list[tuple[str, int, int, int, int]]:
    """(relation, head start, head end, phrase start, phrase end) of the words the cue governs
    or hangs on: its subject, passive agent, 'according to' object, possessor, addressee."""
    if cue is None:
        return []
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return []
    out = []

    def add(rel, tok):
        out.append((rel, tok.idx, tok.idx + len(tok.text), *_span(tok)))

    for t in (span.root,) + tuple(x for x in span if x is not span.root)[:2]:
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
               counts: dict[str, int]) -> list[Candidate]:
    """The candidates of quotes[k] with their features; the rules' choice is always among them."""
    q = quotes[k]
    cue = (q.cue.start, q.cue.end) if q.cue is not None else None
    content = (q.start, q.end)
    lo = min(q.start, cue[0]) if cue else q.start
    hi = max(q.end, cue[1]) if cue else q.end
    anchor = cue[0] if cue else q.start
    pk = layout.para(anchor)
    p0 = layout.paras[max(0, pk - PARAS_BEFORE)][0]
    p1 = layout.paras[min(len(layout.paras) - 1, pk + PARAS_AFTER)][1]
    rels = relations(doc, cue)
    prev = [quotes[j].speaker.entity for j in range(k - 1, max(-1, k - 3), -1)]
    rules = q.speaker
    found: dict[str, tuple[Entity, Mention, int]] = {}
    if coref is not None:
        for m, ent in coref.mentions_in(p0, p1):
            if ent.id in found:
                continue
            near, d = _nearest([x for x in ent.mentions if p0 <= x.start < p1], lo, hi, content)
            if near is not None:
                found[ent.id] = (ent, near, d)
    ranked = sorted(found.values(), key=lambda r: (r[2], r[1].start))[:MAX_CANDIDATES]
    if rules.entity and rules.entity not in {r[0].id for r in ranked} and coref is not None:
        ent = coref.by_id.get(rules.entity)
        if ent is not None and ent.mentions:
            near, d = _nearest(list(ent.mentions), lo, hi, content)
            if near is not None:
                ranked.append((ent, near, d))
    sent_anchor = layout.sent(anchor)
    base = ["bias", "kind=" + q.kind, "cue=" + ("yes" if cue else "no")]
    out: list[Candidate] = []
    have_rules = False
    for rank, (ent, m, d) in enumerate(ranked):
        is_rules = rules.entity is not None and rules.entity == ent.id
        have_rules |= is_rules
        f = list(base)
        side = "before" if m.end <= lo else ("after" if m.start >= hi else "between")
        sd = abs(layout.sent(m.start) - sent_anchor)
        pd = layout.para(m.start) - pk
        toks = _doc_tokens_between(tok_idx, m.start if side == "after" else m.end,
                                   hi if side == "after" else lo) if side != "between" else 0
        in_q = any(s <= m.start and m.end <= e for s, e in inside)
        f += ["side=" + side, "sd=" + _bucket(sd, (0, 1, 2, 3)), "pd=" + str(max(-1, min(pd, 1)))
              if pd >= 0 else "pd=" + str(max(pd, -3)), "tok=" + _bucket(toks),
              "rank=" + str(min(rank, 5)), "mkind=" + m.kind, "etype=" + ent.type,
              "first=" + ent.mentions[0].kind, "chain=" + _bucket(len(ent.mentions), (1, 2, 3, 5, 8)),
              "inq=" + str(in_q), "side_sd=" + side + _bucket(sd, (0, 1, 2)),
              "mkind_side=" + m.kind + side, "etype_kind=" + ent.type + q.kind,
              "nq=" + _bucket(counts.get(ent.id, 0), (0, 1, 2, 3, 5))]
        if layout.sent_starts and m.start >= layout.paras[layout.para(m.start)][0] and \
                layout.sent(m.start) == layout.sent(layout.paras[layout.para(m.start)][0]):
            f.append("para_first_sent")
        for rel, hs, he, ps, pe in rels:
            if m.start <= hs and he <= m.end or hs <= m.start < he:
                f += ["rel=" + rel, "rel_kind=" + rel + m.kind, "rel_type=" + rel + ent.type]
            elif ps <= m.start and m.end <= pe:
                f += ["relin=" + rel]
            else:
                # another mention of the entity may sit in the relation (a chain's pronoun)
                if any(x.start <= hs < x.end for x in ent.mentions):
                    f += ["relchain=" + rel]
        for j, pe_ in enumerate(prev):
            if pe_ is not None and pe_ == ent.id:
                f.append(f"prev{j}")
                if is_rules:
                    f.append(f"prev{j}_rules")
        if is_rules:
            f += ["rules", "rules_kind=" + q.kind, "rules_mkind=" + m.kind,
                  "rules_side=" + side, "rules_etype=" + ent.type]
        sp = rules if is_rules else Speaker(ent.id, ent.name, m.start, m.end)
        out.append(Candidate(sp, is_rules, tuple(f)))
    if rules.name and not have_rules:
        f = base + ["rules", "rules_noent", "rules_kind=" + q.kind,
                    "rules_noent_kind=" + q.kind]
        out.append(Candidate(rules, True, tuple(f)))
    return _against_rules(out, rules)


def _against_rules(out: list[Candidate], rules: Speaker) -> list[Candidate]:
    """Each other candidate also sees what the rules' choice is (no speaker, no entity, a
    mention of which kind, in which relation to the cue), joined with its own relation, side and
    kind: 'the rules took an organisation with no tie to the cue, this is the cue's subject'."""
    ref = next((c for c in out if c.rules), None)
    if ref is None:
        ctx = ["R:none"]
    else:
        own = {f.split("=", 1)[0]: f.split("=", 1)[1] for f in ref.feats if "=" in f}
        rel = next((f for f in ref.feats if f.startswith("rel=")), "rel=-")
        ctx = ["R:noent" if "rules_noent" in ref.feats else "R:" + own.get("mkind", "?")
               + own.get("etype", "?"), "R" + rel, "Rside=" + own.get("side", "-")]
    done = []
    for c in out:
        if c.rules:
            done.append(c)
            continue
        own = {f.split("=", 1)[0]: f.split("=", 1)[1] for f in c.feats if "=" in f}
        mine = [next((f for f in c.feats if f.startswith("rel=")), "rel=-"),
                "side=" + own.get("side", "-"), "mk=" + own.get("mkind", "") + own.get("etype", "")]
        done.append(Candidate(c.speaker, False, c.feats + tuple(
            x + "&" + y for x in ctx for y in mine)))
    return done


def all_candidates(doc, coref, quotes: list[Quote], paras) -> list[list[Candidate]]:
    """Candidates of every quote of one article (text order)."""
    layout = Layout(doc, paras)
    inside = [(q.start, q.end) for q in quotes if q.kind != "indirect"]
    tok_idx = doc.to_array([IDX]).ravel().tolist() if len(doc) else []
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker.entity:
            counts[q.speaker.entity] = counts.get(q.speaker.entity, 0) + 1
    return [candidates(doc, coref, quotes, k, layout, inside, tok_idx, counts)
            for k in range(len(quotes))]


__all__ = ["Candidate", "candidates", "all_candidates", "relations", "Layout"]
