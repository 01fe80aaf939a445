"""Breaks down the held-back PolNeAR train slice's gold relations that we miss (no relation of
ours overlaps their cue, as attr_miss.py counts it) and that no candidate of the filter's pool
matches (cue and content overlapping, as train_attr.label counts it): the gold cue's head (its
part of speech, dependency relation, voice, whether it heads a relative clause or takes a
preposition) and where gold's source and content lie against the parse around it (the cue's
subject, its by-agent, the noun a relative clause describes, a preposition's object).

Input: ../shared/eval/polnear train split only (dev is never read), parses from attr_held's
cache. Run from the project root: python scripts/attr_nocand.py [--show KIND-PREFIX] [--min N]

Session 14, held slice (84 articles): missed gold relations with a cue and no matching
candidate 210 before attr_syntax.py (128 with no candidate on the cue word, 82 with one whose
content lies elsewhere), 202 after. Before, by the gold cue's head: active verb 115 (ROOT 40,
relative clause 18, advcl 17, acl 14, other 26), passive verb 24, noun 50 (with a preposition
20), preposition alone 11, punctuation 6 (headline 'Name:' labels). Largest kind x source x
content rows: relative clause, source its subject, content the noun it describes 8; passive,
no source, content its subject 6 + 5 (advcl); participle, by-agent source, content its noun 5;
active verb, no source, content its subject ('can seem', 'appears') 5; content the object 4;
content the subject with the object as source ('has startled', 'will not deter') 4; fronted
prepositions ('For Sanders, ...', 'in the eyes of') 4 + 3. After: 6, 5 + 2, 4, 5, 4, 4, 4 + 3:
the syntax model finds about one in five of the kinds it covers; the rest is a long tail of
single cases and parse errors.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attr_gap  # noqa: E402
import attr_held  # noqa: E402
import train_attr  # noqa: E402

from newsprism.analyze import quotes  # noqa: E402

_ov = train_attr._ov


def _tokens(doc, spans):
    out = []
    for s, e in spans:
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is not None:
            out += list(sp)
    return out


def _head(toks):
    """The cue word highest in the parse (ties: the first), skipping auxiliaries where a
    verb is there too."""
    if not toks:
        return None
    ids = {t.i for t in toks}
    tops = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    verbs = [t for t in tops if t.pos_ == "VERB"]
    return (verbs or tops)[0]


def _span_of(tok):
    ws = list(tok.subtree)
    return ((ws[0].idx, ws[-1].idx + len(ws[-1])),)


def _where(doc, head, spans) -> str:
    """What in the parse around the cue head the gold span overlaps."""
    if not spans:
        return "none"
    kids = list(head.children)
    for c in kids:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and _ov(_span_of(c), spans):
            return "subj" + ("pass" if c.dep_.endswith("pass") else "")
    for c in kids:
        if c.dep_ == "agent":
            for g in c.children:
                if _ov(_span_of(g), spans):
                    return "by-agent"
    if head.dep_ in ("relcl", "acl") and _ov(((head.head.idx, head.head.idx + len(head.head)),),
                                             spans):
        return "head-noun(" + head.dep_ + ")"
    for c in kids:
        if c.dep_ == "poss" and _ov(_span_of(c), spans):
            return "poss"
        if c.dep_ == "prep" and _ov(_span_of(c), spans):
            return "prep:" + c.lower_
        if c.dep_ in ("ccomp", "xcomp", "advcl", "acl", "relcl", "dobj", "attr", "oprd",
                      "dative", "pcomp", "conj", "parataxis") and _ov(_span_of(c), spans):
            return c.dep_
    h = head.head
    if h.i != head.i:
        if _ov(((h.idx, h.idx + len(h)),), spans):
            return "head:" + h.dep_
        for c in h.children:
            if c.i != head.i and c.dep_ in ("nsubj", "nsubjpass") and _ov(_span_of(c), spans):
                return "head's " + c.dep_
        if _ov(_span_of(h), spans):
            return "in head's subtree"
    return "elsewhere(" + ("before" if spans[-1][1] <= head.idx else "after") + ")"


def _kind(head) -> str:
    kids = list(head.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
    rel = head.dep_ == "relcl"
    prep = [c.lower_ for c in kids if c.dep_ == "prep"]
    if head.pos_ in ("VERB", "AUX"):
        k = "verb " + ("passive" if passive else "active")
        if rel:
            k += " relcl"
        elif head.dep_ in ("acl", "advcl", "xcomp", "ccomp", "conj", "ROOT", "pcomp"):
            k += " " + head.dep_
        else:
            k += " other-dep"
        return k
    if head.pos_ in ("NOUN", "PROPN"):
        return "noun " + ("+prep" if prep else "bare") + " dep=" + head.dep_
    return head.pos_.lower() + " dep=" + head.dep_


def breakdown(show=None):
    docs, golds = attr_held.held_slice()
    n = collections.Counter()
    where = collections.Counter()
    for doc, g in zip(docs, golds):
        pool, _ = train_attr.pool(doc)
        text = g.text
        ours, _ = attr_gap.relations_of(quotes.extract(doc), text)
        for r in g.relations:
            if not r["cue"]:
                continue
            if any(_ov(p["cue"] or p["content"], r["cue"]) for p in ours):
                continue  # found in the end (the quotes stage's own cues included)
            if any(train_attr.label(c, [r]) for c in pool):
                continue
            cue_hit = any(c.cue is not None and _ov((c.cue,), r["cue"]) for c in pool)
            head = _head(_tokens(doc, r["cue"]))
            if head is None:
                n["cue off the parse"] += 1
                continue
            kind = _kind(head)
            src = _where(doc, head, r["source"])
            con = _where(doc, head, r["content"])
            n[kind] += 1
            where[(kind, "src=" + src, "con=" + con)] += 1
            n["  (a candidate has the cue, other content)" if cue_hit else
              "  (no candidate on the cue)"] += 1
            if show and kind.startswith(show):
                cs, ce = r["cue"][0][0], r["cue"][-1][1]
                print(f"{kind} | src={src} con={con} | cue [{text[cs:ce]}] | "
                      f"{text[max(0, cs - 80):ce + 80]!r}".replace("\n", " "))
    return n, where


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="print the cases whose kind starts with this")
    ap.add_argument("--min", type=int, default=3, help="least count of a kind x place row")
    args = ap.parse_args(argv)
    n, where = breakdown(args.show)
    total = sum(v for k, v in n.items() if not k.startswith("  "))
    print(f"gold relations with a cue, not found in the end and with no matching candidate: "
          f"{total}")
    for k, v in n.most_common():
        print(f"{k:<50} {v:>5}")
    print("\nkind x source place x content place (rows with >= --min):")
    for k, v in where.most_common():
        if v >= args.min:
            print(f"{v:>4}  {k[0]:<28} {k[1]:<24} {k[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
