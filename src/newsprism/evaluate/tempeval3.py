"""Scores the timex stage on TempEval-3 TimeML files (TimeBank + AQUAINT, TBAQ-cleaned).
Inputs: a folder of .tml files; each DCT is the publication date, gold offsets index TEXT.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import NotFound

__all__ = ["Document", "GoldTimex", "load", "load_probe", "evaluate", "evaluate_probe", "report",
           "score", "errors", "error_list", "errors_report", "category", "main"]

DEFAULT_DIR = "../shared/eval/tempeval3"


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    text: str
    dct: _dt.date | None
    timexes: tuple[GoldTimex, ...]
    part: str = ""  # the sub-corpus folder (AQUAINT, TimeBank): each is scored apart too


def _flatten(elem: ET.Element, parts: list[str], gold: list[GoldTimex], pos: int) -> int:
    """Appends the element's text with tags removed, recording TIMEX3 offsets."""
    start = pos
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        pos = _flatten(child, parts, gold, pos)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if elem.tag == "TIMEX3":
        gold.append(GoldTimex(start, pos, elem.get("type", ""), elem.get("value", "")))
    return pos


def _parse_dct(root: ET.Element) -> _dt.date | None:
    node = root.find("DCT/TIMEX3")
    value = (node.get("value") if node is not None else "") or ""
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_tml(path: Path) -> Document:
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    # the TEXT element itself is not a TIMEX3, so only its descendants are recorded
    _flatten(text_el, parts, gold, 0)
    return Document(path.stem, "".join(parts), _parse_dct(root), tuple(gold), path.parent.name)


def load(data_dir: str | Path = DEFAULT_DIR, limit: int | None = None) -> list[Document]:
    """The .tml documents under ``data_dir``, sorted by name; raises NotFound if none."""
    root = Path(data_dir)
    files = sorted(root.rglob("*.tml"), key=lambda p: p.name) if root.is_dir() else []
    if not files:
        raise NotFound(f"no TempEval-3 .tml files under '{root}': pass --data DIR pointing "
                       f"at the TBAQ-cleaned folder", input=str(root))
    if limit is not None:
        files = files[:limit]
    return [read_tml(p) for p in files]


def load_probe(path: str | Path) -> list[Document]:
    """Hand-annotated sentences in JSONL: {"id", "dct", "text", "timexes": [[text, type,
    value], ...]}; each timex text is looked up after the previous one's end."""
    import json
    docs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text, pos, gold = row["text"], 0, []
        for span, type_, value in row["timexes"]:
            start = text.index(span, pos)
            pos = start + len(span)
            gold.append(GoldTimex(start, pos, type_, value))
        docs.append(Document(row["id"], text, _dt.date.fromisoformat(row["dct"]), tuple(gold),
                             "probe"))
    return docs


@functools.lru_cache(maxsize=1)
def _tagger():
    """The English model with only what tense detection needs (tokens and tags)."""
    from ..analyze import nlp
    full = nlp.load("en")
    keep = {"tok2vec", "tagger"}
    return full, [p for p in full.pipe_names if p not in keep]


def system_timexes(docs: list[Document]) -> list[list]:
    """Runs the timex finder on each document with its DCT as publication date."""
    from ..analyze.timexes import find_timexes
    nlp, disabled = _tagger()
    out = []
    with nlp.select_pipes(disable=disabled):
        for doc, sp in zip(docs, nlp.pipe((d.text for d in docs), batch_size=16)):
            out.append(find_timexes(sp, doc.dct, "en"))
    return out


def _match(gold: tuple, system: list) -> tuple[list[tuple], int]:
    """One-to-one pairs of overlapping gold/system timexes (largest overlap first), and
    how many of them match exactly."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                pairs.append((ov, gi, si))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g, used_s, out = set(), set(), []
    for _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gold[gi], system[si]))
    strict = sum(1 for g, s in out if (g.start, g.end) == (s.start, s.end))
    return out, strict


def _prf(correct: int, n_sys: int, n_gold: int) -> dict:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(docs: list[Document], systems: list[list]) -> dict:
    """TempEval-3 figures: strict/relaxed span P/R/F1, then type and value F1 counted over
    relaxed matches with the right attribute (P over system, R over gold timexes).

    The official TE3 scorer reads only TEXT (the DCT timex t0 is not scored, as here) and
    reports attribute F1 as accuracy over relaxed matches times relaxed F1: the same number
    while matches are one-to-one (on TBAQ, counting every overlap instead moves relaxed F1
    by 0.001)."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    errors: Counter = Counter()
    by_type: dict[str, Counter] = {}
    for doc, sys in zip(docs, systems):
        pairs, n_strict = _match(doc.timexes, sys)
        n_gold += len(doc.timexes)
        n_sys += len(sys)
        strict += n_strict
        relaxed += len(pairs)
        type_ok += sum(1 for g, s in pairs if g.type == s.type)
        value_ok += sum(1 for g, s in pairs if g.value == s.value)
        for g in doc.timexes:
            by_type.setdefault(g.type, Counter())["gold"] += 1
        for g, s in pairs:
            by_type[g.type]["found"] += 1
            by_type[g.type]["value_ok"] += g.value == s.value
            if g.value != s.value:
                errors[(doc.text[g.start:g.end], g.value, s.value)] += 1
    t = _prf(type_ok, n_sys, n_gold)
    return {
        "documents": len(docs), "gold": n_gold, "system": n_sys,
        "strict": _prf(strict, n_sys, n_gold), "relaxed": _prf(relaxed, n_sys, n_gold),
        "type": {**t, "accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0},
        "value": {**_prf(value_ok, n_sys, n_gold),
                  "accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0},
        "by_type": {t: {"gold": c["gold"], "recall": round(c["found"] / c["gold"], 4),
                        "value_recall": round(c["value_ok"] / c["gold"], 4)}
                    for t, c in sorted(by_type.items())},
        "value_errors": [list(k) + [c] for k, c in errors.most_common(25)],
    }


def evaluate(data_dir: str | Path = DEFAULT_DIR, limit: int | None = None,
             with_errors: bool = False, listing: set[str] | None = None) -> dict:
    """Loads the TimeML files, runs the timex stage with each DCT, and scores it; with
    ``with_errors`` the result also counts the errors by category, and with ``listing``
    (a set of categories; empty for all) lists them one by one in context."""
    docs = load(data_dir, limit)
    t0 = time.perf_counter()
    systems = system_timexes(docs)
    result = score(docs, systems)
    result["seconds"] = round(time.perf_counter() - t0, 2)
    result["parts"] = _by_part(docs, systems)
    result["data_dir"] = str(data_dir)
    if with_errors:
        result["errors"] = errors(docs, systems)
    if listing is not None:
        result["listing"] = error_list(docs, systems, listing)
    return result


def evaluate_probe(path: str | Path, with_errors: bool = False,
                   listing: set[str] | None = None) -> dict:
    """Scores hand-annotated sentences (see ``load_probe``) the way ``evaluate`` scores
    TBAQ: a check, on text nobody tuned the rules to, that fixes generalise."""
    docs = load_probe(path)
    systems = system_timexes(docs)
    result = score(docs, systems)
    result["data_dir"] = str(path)
    if with_errors:
        result["errors"] = errors(docs, systems)
    if listing is not None:
        result["listing"] = error_list(docs, systems, listing)
    return result


def _by_part(docs: list[Document], systems: list[list]) -> dict:
    """F1 figures per sub-corpus: a rule that helps one part and hurts the other is
    probably fitted to one annotation team's habits."""
    parts: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        parts.setdefault(doc.part or "-", []).append(i)
    out = {}
    for name, idx in sorted(parts.items()):
        r = score([docs[i] for i in idx], [systems[i] for i in idx])
        out[name] = {"documents": len(idx), "gold": r["gold"],
                     **{k: r[k]["f1"] for k in ("strict", "relaxed", "type", "value")}}
    return out


def report(result: dict) -> str:
    """A short plain-text table of an ``evaluate`` result."""
    lines = [f"TempEval-3 timexes: {result['documents']} documents, {result['gold']} gold, "
             f"{result['system']} found ({result.get('seconds', 0)} s)",
             f"{'':10}{'P':>8}{'R':>8}{'F1':>8}"]
    for key in ("strict", "relaxed", "type", "value"):
        r = result[key]
        lines.append(f"{key:10}{r['precision']:8.3f}{r['recall']:8.3f}{r['f1']:8.3f}")
    lines.append(f"type accuracy {result['type']['accuracy']:.3f}, value accuracy "
                 f"{result['value']['accuracy']:.3f} (over relaxed matches)")
    parts = result.get("parts", {})
    if len(parts) > 1:
        lines.append(f"{'F1 by part':18}{'docs':>6}{'strict':>8}{'relaxed':>8}{'type':>8}"
                     f"{'value':>8}")
        for name, r in parts.items():
            lines.append(f"  {name:16}{r['documents']:6}{r['strict']:8.3f}{r['relaxed']:8.3f}"
                         f"{r['type']:8.3f}{r['value']:8.3f}")
    for t, r in result.get("by_type", {}).items():
        lines.append(f"  gold {t:9}{r['gold']:6}  found {r['recall']:.3f}  "
                     f"right value {r['value_recall']:.3f}")
    return "\n".join(lines)


_CATEGORIES = (  # (name, pattern over the text and both values), first match wins
    ("vague reference", r"_REF"),
    ("quarter/fiscal", r"(?i)quarter|period|fiscal|half|\bQ\d|-Q[\dX]|-H\d"),
    ("anchored (ago, later)", r"(?i)\b(?:ago|earlier|later|before|after|previous|following)\b"),
    ("week", r"(?i)week|-W\d"),
    ("weekday", r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day"),
    ("duration", r"\tP"),
    ("clock/part of day", r"T\d|T(?:MO|AF|EV|NI)"),
    ("decade/century", r"(?i)\d0s|decade|century|'\d0"),
)


def category(text: str, *values: str) -> str:
    """The kind of expression an error concerns, for error analysis by pattern."""
    joined = "\t".join((text, *values))
    for name, pattern in _CATEGORIES:
        if re.search(pattern, joined):
            return name
    return "date/other"


def errors(docs: list[Document], systems: list[list]) -> dict[str, Counter]:
    """Value errors, missed and extra spans, counted by category: what to fix next."""
    out: dict[str, Counter] = {"value": Counter(), "missed": Counter(), "extra": Counter()}
    for doc, sys in zip(docs, systems):
        pairs, _ = _match(doc.timexes, sys)
        for g, s in pairs:
            if g.value != s.value:
                out["value"][category(doc.text[g.start:g.end], g.value, s.value)] += 1
        found_g = {id(g) for g, _ in pairs}
        found_s = {id(s) for _, s in pairs}
        for g in doc.timexes:
            if id(g) not in found_g:
                out["missed"][category(doc.text[g.start:g.end], g.value)] += 1
        for s in sys:
            if id(s) not in found_s:
                out["extra"][category(doc.text[s.start:s.end], s.value)] += 1
    return out


def error_list(docs: list[Document], systems: list[list], only: set[str] | None = None,
               width: int = 120) -> list[str]:
    """Each value error, missed and extra span (of the categories in ``only``, else all),
    with the words around it: the errors to read before deciding what to fix."""
    lines = []
    for doc, sys in zip(docs, systems):
        pairs, _ = _match(doc.timexes, sys)
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}
        rows = [(g, s) for g, s in pairs if g.value != s.value]
        rows += [(g, None) for g in doc.timexes if id(g) not in matched_g]
        rows += [(None, s) for s in sys if id(s) not in matched_s]
        for g, s in sorted(rows, key=lambda r: (r[0] or r[1]).start):
            x = g or s
            span = doc.text[x.start:x.end]
            values = [v.value for v in (g, s) if v is not None]
            kind = category(span, *values)
            if only and kind not in only:
                continue
            what = "value" if g and s else "missed" if g else "extra"
            around = doc.text[max(0, x.start - width):x.end + width // 2]
            lines.append(f"{what} [{kind}] {doc.name} DCT {doc.dct} {span!r} gold "
                         f"{g.value if g else '-'} system {s.value if s else '-'}"
                         + (f" {doc.text[s.start:s.end]!r}" if s and g and
                            (s.start, s.end) != (g.start, g.end) else ""))
            lines.append("    " + " ".join(around.split()))
    return lines


def errors_report(table: dict[str, Counter]) -> str:
    names = sorted({n for c in table.values() for n in c})
    lines = [f"{'errors by category':24}" + "".join(f"{k:>8}" for k in table)]
    for n in names:
        lines.append(f"  {n:22}" + "".join(f"{table[k][n]:8}" for k in table))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m newsprism.evaluate.tempeval3 [--data DIR] [--limit N] [--json]
    [--errors] [--list CATEGORIES] [--probe FILE]``."""
    import argparse
    import json
    import sys

    parser = argparse.ArgumentParser(prog="newsprism eval tempeval3",
                                     description="Score TIMEX3 finding on TempEval-3 TimeML.")
    parser.add_argument("--data", default=DEFAULT_DIR, help="folder of .tml files")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--errors", action="store_true",
                        help="also count value errors, missed and extra spans by category")
    parser.add_argument("--probe", default=None,
                        help="score a JSONL of hand-annotated sentences instead of TBAQ")
    parser.add_argument("--list", default=None, metavar="CATEGORIES",
                        help="list each error in context: 'all', or categories joined by "
                             "commas as --errors names them ('weekday,week')")
    args = parser.parse_args(argv)
    listing = None if args.list is None else \
        {c.strip() for c in args.list.split(",") if c.strip() and c.strip() != "all"}
    try:
        result = evaluate_probe(args.probe, args.errors, listing) if args.probe else \
            evaluate(args.data, args.limit, with_errors=args.errors, listing=listing)
    except NotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, indent=2, default=dict))
    else:
        print(report(result))
        if args.errors:
            print(errors_report(result["errors"]))
        for line in result.get("listing", ()):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
