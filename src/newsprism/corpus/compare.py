"""One story, every outlet: what each article includes and leaves out, the words it uses for
the event, its loaded language, background, sources, copies, and the figures outlets disagree on.

Input is a story in the store (or its Analysis records); output is the contract's Story JSON
(id, title, articles, outlets, languages, entities, conflicts) plus "coverage", one entry per
article; ``compare_text`` renders it for a terminal.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..records import Analysis
from . import figures as _fig
from . import names as _names
from . import neardup as _neardup
from . import xdoc as _xdoc

LOADED = ("loaded_language", "name_calling")
# A dated sentence is background when its date lies this far before the article's own
# publication and no other article of the story mentions that date.
BACKGROUND_DAYS = 30
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def compare_story(store, story_id: str) -> dict:
    """The Story JSON for ``story_id`` (NotFound from the store when there is none)."""
    story = store.story(story_id)
    meta = store.story_articles(story_id)
    by_id = {a.article.id: a for a in store.analyses([m["id"] for m in meta])}
    analyses = [by_id[m["id"]] for m in meta if m["id"] in by_id]
    return compare_analyses(analyses, story_id=story.id, title=story.title,
                            copy_of={m["id"]: m.get("copy_of") for m in meta})


def compare_analyses(analyses: Sequence[Analysis], *, story_id: str = "", title: str = "",
                     copy_of: dict[str, str | None] | None = None) -> dict:
    """The comparison of ``analyses`` (one story's articles, earliest first)."""
    analyses = sorted(analyses, key=lambda a: (a.published or _dt.date.max, a.article.id))
    copy_of = copy_of or {}
    canon = _xdoc.entity_names(analyses)
    figs = {a.article.id: _fig.figures(a.text) for a in analyses}
    profiles = [_facts(a, canon, figs[a.article.id]) for a in analyses]
    facts = Counter(k for p in profiles for k in p)
    dated = _dated_values(analyses)
    texts = {a.article.id: a.text for a in analyses}
    coverage = []
    for a, p in zip(analyses, profiles):
        coverage.append(_coverage(a, p, profiles, facts, dated, copy_of, texts,
                                  figs[a.article.id]))
    return {
        "id": story_id,
        "title": title or next((a.article.title for a in analyses if a.article.title), ""),
        "articles": [a.article.id for a in analyses],
        "outlets": list(dict.fromkeys(a.article.outlet for a in analyses if a.article.outlet)),
        "languages": list(dict.fromkeys(a.language for a in analyses if a.language)),
        "first_published": _first(analyses),
        "entities": _xdoc.story_entities(analyses),
        "conflicts": conflicts(analyses, figs),
        "event_words": _event_word_table(coverage, _off_type_words(analyses)),
        "coverage": coverage,
    }


def _first(analyses: Sequence[Analysis]) -> str | None:
    d = min((a.published for a in analyses if a.published), default=None)
    return d.isoformat() if d else None


# --- one article --------------------------------------------------------------------------

def _name_of(a: Analysis, canon: dict, entity_id: str | None, fallback: str | None) -> str:
    if entity_id and (a.article.id, entity_id) in canon:
        return canon[(a.article.id, entity_id)]
    ent = a.entity(entity_id)
    return ent.name if ent else (fallback or "")


def _facts(a: Analysis, canon: dict, figs: list[_fig.Figure]) -> dict[str, str]:
    """What the article reports, as fact keys (comparable across articles and scripts)
    with a readable label each."""
    facts: dict[str, str] = {}
    for q in a.quotes:
        who = _name_of(a, canon, q.speaker.entity, q.speaker.name)
        if who:
            facts["quote:" + (_names.name_skeleton(who) or who.lower())] = f"quotes {who}"
    for v in a.events:
        targets = [_name_of(a, canon, t, None) for t in v.targets] or [""]
        for t in targets:
            key = f"event:{v.type}:{_names.name_skeleton(t)}"
            facts[key] = f"{v.type} {t}".strip()
    for f in figs:
        facts[f"figure:{f.category}"] = f"figure: {f.category}"
    for t in a.timexes:
        if t.type == "DATE" and re.match(r"^\d{4}-\d{2}-\d{2}$", t.value):
            facts[f"date:{t.value}"] = f"date {t.value}"
    return facts


def _in_quote(a: Analysis, start: int, end: int):
    for q in a.quotes:
        if q.start <= start and end <= q.end:
            return q
    return None


def _coverage(a: Analysis, own: dict[str, str], profiles: list[dict], facts: Counter,
              dated: dict, copy_of: dict, texts: dict, figs: list[_fig.Figure]) -> dict:
    others = len(profiles) - 1
    # A fact is "left out" when most of the other articles carry it (at least one of
    # them in a two-article story).
    need = max(1, math.ceil(others / 2))
    labels = {k: v for pr in profiles for k, v in pr.items()}
    omitted = sorted(labels[k] for k, n in facts.items() if k not in own and n >= need)
    aid = a.article.id
    copies = sorted(x for x, r in copy_of.items() if r == aid and x != aid)
    row = {
        "article": aid, "outlet": a.article.outlet, "language": a.language,
        "published": a.published.isoformat() if a.published else None,
        "title": a.article.title,
        "includes": sorted(own.values()),
        "omits": omitted,
        "only_here": sorted(v for k, v in own.items() if facts[k] == 1 and others > 0),
        "quotes": _quotes(a),
        "event_words": _event_words(a),
        "loaded_language": _loaded(a),
        "background": _background(a, dated),
        "sources": _sources(a),
        "figures": [{"value": f.text, "number": f.value, "about": f.category,
                     "said_by": _said_by(a, f)} for f in figs],
        "copy_of": copy_of.get(aid),
        "copies": copies,
    }
    root = copy_of.get(aid)
    if root and root in texts:
        d = _neardup.diff_copies(texts[root], a.text)
        row["copy_diff"] = {"added": d["added"], "removed": d["removed"],
                            "changed": [list(x) for x in d["changed"]]}
    return row


def _quotes(a: Analysis) -> list[dict]:
    return [{"id": q.id, "kind": q.kind, "speaker": q.speaker.name,
             "text": a.text[q.start:q.end], "via": [v.name for v in q.via]}
            for q in a.quotes if q.same_as is None]


def _event_words(a: Analysis) -> list[str]:
    return list(dict.fromkeys(a.text[f.start:f.end].lower() for f in a.framing
                              if f.technique == "event_word"))


def _loaded(a: Analysis) -> list[dict]:
    out = []
    for f in a.framing:
        if f.technique not in LOADED:
            continue
        q = next((x for x in a.quotes if x.id == f.quote), None) if f.quote else \
            _in_quote(a, f.start, f.end)
        out.append({"text": a.text[f.start:f.end], "technique": f.technique,
                    "in_quote": q is not None,
                    "speaker": q.speaker.name if q is not None else None,
                    "voice": "quoted" if q is not None else "outlet"})
    return out


def _sources(a: Analysis) -> list[dict]:
    """Who the article's words come from: each speaker with the chain that carried them."""
    seen: dict[tuple, dict] = {}
    for q in a.quotes:
        chain = tuple(v.name for v in q.via)
        key = (q.speaker.name, chain)
        if key not in seen:
            seen[key] = {"speaker": q.speaker.name, "via": list(chain), "quotes": 0}
        seen[key]["quotes"] += 1
    return list(seen.values())


def _said_by(a: Analysis, f: _fig.Figure) -> str:
    q = _in_quote(a, f.start, f.end)
    if q is None:
        return a.article.outlet or "the outlet"
    who = q.speaker.name or "unnamed source"
    return who + "".join(f" via {v.name}" for v in q.via)


# --- background ---------------------------------------------------------------------------

def _date_values(a: Analysis) -> list[tuple[int, int, str]]:
    """(start, end, value) of the dates the article mentions: its timexes, or bare years
    when no timex stage ran for its language."""
    vals = [(t.start, t.end, t.value) for t in a.timexes if t.type == "DATE"]
    if not vals:
        vals = [(m.start(), m.end(), m.group(1)) for m in _YEAR.finditer(a.text)]
    return vals


def _value_date(v: str) -> _dt.date | None:
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 12), int(m.group(3) or 28)
    try:
        return _dt.date(y, mo, d)
    except ValueError:
        return None


def _dated_values(analyses: Sequence[Analysis]) -> dict[str, set[str]]:
    """{date value (day or year): article ids mentioning it}."""
    out: dict[str, set[str]] = defaultdict(set)
    for a in analyses:
        for _s, _e, v in _date_values(a):
            out[v[:10]].add(a.article.id)
            out[v[:4]].add(a.article.id)
    return out


def _background(a: Analysis, dated: dict[str, set[str]]) -> list[str]:
    if a.published is None:
        return []
    out = []
    for s, e, v in _date_values(a):
        d = _value_date(v)
        if d is None or (a.published - d).days <= BACKGROUND_DAYS:
            continue
        if dated.get(v[:10], set()) - {a.article.id}:
            continue  # another outlet gives the same date: shared context, not added
        sent = _sentence_around(a.text, s, e)
        if sent not in out:
            out.append(sent)
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n\u061f\u06d4")
    right = [i for i in (text.find(c, end) for c in ".!?\n\u061f\u06d4") if i >= 0]
    return text[left + 1:(min(right) + 1) if right else len(text)].strip()


# --- conflicts ----------------------------------------------------------------------------

def conflicts(analyses: Sequence[Analysis],
              figs: dict[str, list[_fig.Figure]] | None = None) -> list[dict]:
    """Figures the articles disagree on: per category, each article's largest figure (its
    headline count); a category is a conflict when articles give different numbers.
    ``figs``: each article's figures, when already read."""
    by_cat: dict[str, dict[int, dict]] = defaultdict(dict)
    for a in analyses:
        best: dict[str, _fig.Figure] = {}
        for f in (figs or {}).get(a.article.id) or _fig.figures(a.text):
            if f.category not in best or f.value > best[f.category].value:
                best[f.category] = f
        for cat, f in best.items():
            row = by_cat[cat].setdefault(f.value, {"value": f.text, "number": f.value,
                                                   "articles": [], "said_by": []})
            row["articles"].append(a.article.id)
            who = _said_by(a, f)
            if who not in row["said_by"]:
                row["said_by"].append(who)
    out = []
    for cat in sorted(by_cat):
        values = sorted(by_cat[cat].values(), key=lambda r: r["number"])
        if len(values) >= 2:
            out.append({"about": cat, "values": values})
    return out


def _word_types(a: Analysis) -> dict[str, set[str]]:
    """{event word, lower-cased: PLOVER types of the events whose trigger it overlaps}."""
    out: dict[str, set[str]] = {}
    for f in a.framing:
        if f.technique != "event_word":
            continue
        types = out.setdefault(a.text[f.start:f.end].lower(), set())
        types.update(e.type for e in a.events
                     if e.trigger.start < f.end and f.start < e.trigger.end)
    return out


def _off_type_words(analyses: Sequence[Analysis]) -> set[str]:
    """Event words whose events are all of types the story seldom uses: "asked" or
    "rejected" in a story whose articles mostly tell an ASSAULT describe reactions, not
    the event itself. A type is the story's when it is more than half as frequent as the
    most frequent one (counted once per word and article); words tied to no event stay."""
    per_article = [_word_types(a) for a in analyses]
    counts = Counter(t for wt in per_article for types in wt.values() for t in types)
    if not counts:
        return set()
    top = max(counts.values())
    main = {t for t, n in counts.items() if 2 * n > top}
    typed: dict[str, set[str]] = {}
    for wt in per_article:
        for w, types in wt.items():
            typed.setdefault(w, set()).update(types)
    return {w for w, types in typed.items() if types and not types & main}


def _event_word_table(coverage: list[dict], off_type: set[str] = frozenset()) -> list[dict]:
    """Which words name the event, and which articles use each; words of events of
    types the story seldom tells (``off_type``) are left out."""
    table: dict[str, list[str]] = {}
    for row in coverage:
        for w in row["event_words"]:
            if w in off_type:
                continue
            table.setdefault(w, []).append(row["article"])
    return [{"word": w, "articles": ids} for w, ids in
            sorted(table.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


# --- terminal rendering -------------------------------------------------------------------

def compare_text(d: dict) -> str:
    """A readable side-by-side account of a story comparison."""
    lines = [f"Story {d['id']}: {d['title']}",
             f"  {len(d['articles'])} articles, outlets: {', '.join(d['outlets']) or '-'}; "
             f"languages: {', '.join(d['languages']) or '-'}"]
    if d.get("entities"):
        lines.append("Entities:")
        for e in d["entities"][:15]:
            al = [x for x in e["aliases"] if x != e["name"]]
            lines.append(f"  {e['name']} ({e['type']}, {len(e['articles'])} articles)"
                         + (f" also: {', '.join(al[:6])}" if al else ""))
    if d.get("conflicts"):
        lines.append("Conflicting figures:")
        for c in d["conflicts"]:
            vals = "; ".join(f"{v['value']} ({', '.join(v['articles'])}; said by "
                             f"{', '.join(v.get('said_by', []))})" for v in c["values"])
            lines.append(f"  {c['about']}: {vals}")
    if d.get("event_words"):
        lines.append("Words for the event: " + "; ".join(
            f"\"{w['word']}\" ({len(w['articles'])})" for w in d["event_words"]))
    for row in d.get("coverage", []):
        lines.append("")
        lines.append(f"[{row['article']}] {row['outlet'] or '?'} ({row['language']}, "
                     f"{row['published'] or 'undated'}): {row['title'] or ''}")
        if row.get("copy_of"):
            lines.append(f"  copy of {row['copy_of']}")
            diff = row.get("copy_diff", {})
            for s in diff.get("added", [])[:3]:
                lines.append(f"    + {s}")
            for s in diff.get("removed", [])[:3]:
                lines.append(f"    - {s}")
        _list(lines, "only here", row["only_here"])
        _list(lines, "leaves out", row["omits"])
        _list(lines, "calls it", [f"\"{w}\"" for w in row["event_words"]])
        _list(lines, "loaded words", [f"\"{x['text']}\" ({x['voice']}"
                                      + (f", {x['speaker']}" if x["speaker"] else "") + ")"
                                      for x in row["loaded_language"]])
        _list(lines, "sources", [(s["speaker"] or "unnamed source")
                                 + "".join(f" <- {v}" for v in s["via"])
                                 for s in row["sources"]])
        _list(lines, "figures", [f"{f['value']} {f['about']} ({f['said_by']})"
                                 for f in row["figures"]])
        for s in row["background"][:3]:
            lines.append(f"  background: {s}")
    return "\n".join(lines) + "\n"


def _list(lines: list[str], label: str, items: list[str]) -> None:
    if items:
        lines.append(f"  {label}: {'; '.join(items)}")


__all__ = ["compare_story", "compare_analyses", "conflicts", "compare_text"]
