"""One story, every outlet: what each article includes and leaves out, the words it uses for
the event, its loaded language, background, sources, copies, and the figures outlets disagree on.

Input is a story in the store (or its Analysis records); output is the contract's Story JSON
(id, title, articles, outlets, languages, entities, conflicts) plus "figures" (every count,
who gave it, how it changed), "event_words" and "coverage", one entry per article;
``compare_text`` renders it for a terminal.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..records import Analysis
from ..timeline import mention_groups
from . import figures as _fig
from . import names as _names
from . import neardup as _neardup
from . import xdoc as _xdoc
from .story_figures import (EARLIER_DAYS, day_of, figure_row, figure_source, in_old_sentence,
                            in_quote, name_of, old_dates, sentence_span, story_day,
                            article_figures, conflicts, figure_table, source_key)

# every framing choice an outlet makes; event words are compared on their own
LOADED = ("loaded_language", "name_calling", "doubt", "euphemism", "exaggeration")
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
    figs = {a.article.id: article_figures(a, canon) for a in analyses}
    profiles = [_facts(a, canon, figs[a.article.id]) for a in analyses]
    facts = Counter(k for p in profiles for k in p)
    known: dict[str, _dt.date] = {}  # when each fact was first published
    for a, p in zip(analyses, profiles):
        for k in p:
            d = a.published or _dt.date.min
            known[k] = min(known.get(k, d), d)
    dated = _dated_values(analyses)
    texts = {a.article.id: a.text for a in analyses}
    coverage = []
    for a, p in zip(analyses, profiles):
        coverage.append(_coverage(a, p, profiles, facts, dated, copy_of, texts,
                                  figs[a.article.id], canon, known))
    entities = _xdoc.story_entities(analyses)
    table = figure_table(analyses, figs, canon, entities)
    return {
        "id": story_id,
        "title": title or next((a.article.title for a in analyses if a.article.title), ""),
        "articles": [a.article.id for a in analyses],
        "outlets": list(dict.fromkeys(a.article.outlet for a in analyses if a.article.outlet)),
        "languages": list(dict.fromkeys(a.language for a in analyses if a.language)),
        "first_published": _first(analyses),
        "entities": entities,
        "conflicts": [g for g in table if g["status"] == "conflict"],
        "figures": table,
        "event_words": _event_word_table(coverage, _story_words(analyses)),
        "coverage": coverage,
    }


def _first(analyses: Sequence[Analysis]) -> str | None:
    d = min((a.published for a in analyses if a.published), default=None)
    return d.isoformat() if d else None


# --- one article --------------------------------------------------------------------------

def _facts(a: Analysis, canon: dict, figs: list[_fig.Figure]) -> dict[str, str]:
    """What the article reports, as fact keys (comparable across articles and scripts)
    with a readable label each."""
    facts: dict[str, str] = {}
    for q in a.quotes:
        who = name_of(a, canon, q.speaker.entity, q.speaker.name)
        if who:
            # keyed by source so "Iranian state television" and "la televisión estatal
            # iraní" are one fact
            facts["quote:" + source_key(who)] = f"quotes {who}"
    for v, group in mention_groups(a.events):
        # one happening, told through all its mentions: "the strike" names no target, the
        # lead's "killed Soleimani" does. An event with no named target ("ASSAULT") says
        # nothing another article could share.
        targets = dict.fromkeys(t for m in group for t in m.targets)
        for t in filter(None, (name_of(a, canon, t, None) for t in targets)):
            key = f"event:{v.type}:{_names.name_skeleton(t)}"
            facts[key] = f"{v.type} {t}"
    for f in figs:
        facts[f"figure:{f.about}"] = f"figure: {f.about}"
        src = figure_source(a, f, canon)
        if src["speaker"]:
            # a source named only for a figure ("das Gesundheitsministerium sprach von 56
            # Toten") is still a source the article cites
            facts.setdefault("quote:" + src["key"], f"cites {src['speaker']}")
    for t in a.timexes:
        # "Sunday morning" (2021-03-14TMO) names the day as much as "Sunday"
        if t.type in ("DATE", "TIME") and re.match(r"^\d{4}-\d{2}-\d{2}(?:$|T)", t.value):
            facts[f"date:{t.value[:10]}"] = f"date {t.value[:10]}"
    return facts


def _coverage(a: Analysis, own: dict[str, str], profiles: list[dict], facts: Counter,
              dated: dict, copy_of: dict, texts: dict, figs: list[_fig.Figure],
              canon: dict, known: dict) -> dict:
    others = len(profiles) - 1
    # A fact is "left out" when most of the other articles carry it (at least one of
    # them in a two-article story) and it was published by the time this article was:
    # Sunday's report does not leave out Monday's revised toll.
    need = max(1, math.ceil(others / 2))
    labels: dict[str, str] = {}
    for pr in profiles:  # the earliest article's wording names the fact
        for k, v in pr.items():
            labels.setdefault(k, v)
    by = a.published or _dt.date.max
    omitted = sorted(labels[k] for k, n in facts.items()
                     if k not in own and n >= need and known[k] <= by)
    aid = a.article.id
    copies = sorted(x for x, r in copy_of.items() if r == aid and x != aid)
    fig_rows = [figure_row(a, f, canon) for f in figs]
    row = {
        "article": aid, "outlet": a.article.outlet, "language": a.language,
        "published": a.published.isoformat() if a.published else None,
        "title": a.article.title,
        "includes": sorted(own.values()),
        "omits": omitted,
        "only_here": sorted(v for k, v in own.items() if facts[k] == 1 and others > 0),
        "quotes": _quotes(a),
        "event_words": _event_words(a),
        "events": _happenings(a, canon),
        "loaded_language": _loaded(a),
        "background": _background(a, dated),
        "sources": _sources(a, fig_rows),
        "figures": fig_rows,
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


def _happenings(a: Analysis, canon: dict) -> list[dict]:
    """The article's happenings, one entry each however often it is mentioned: told
    through its most informative mention, with every mention's word (``words``)."""
    out = []
    for v, group in mention_groups(a.events):
        words = list(dict.fromkeys(a.text[m.trigger.start:m.trigger.end].lower()
                                   for m in [v, *group]))
        parties = {f: list(dict.fromkeys(
            n for m in group for x in getattr(m, f) if (n := name_of(a, canon, x, None))))
            for f in ("actors", "targets")}
        date = next((m.date for m in [v, *group] if m.date), None)
        out.append({"id": v.id, "type": v.type, "trigger": words[0], "words": words,
                    "mentions": len(group), "factuality": v.factuality, "date": date,
                    **parties})
    return out


def _event_words(a: Analysis) -> list[str]:
    return list(dict.fromkeys(a.text[f.start:f.end].lower() for f in a.framing
                              if f.technique == "event_word"))


def _loaded(a: Analysis) -> list[dict]:
    out = []
    for f in a.framing:
        if f.technique not in LOADED:
            continue
        q = next((x for x in a.quotes if x.id == f.quote), None) if f.quote else \
            in_quote(a, f.start, f.end)
        out.append({"text": a.text[f.start:f.end], "technique": f.technique,
                    "in_quote": q is not None,
                    "speaker": q.speaker.name if q is not None else None,
                    "voice": "quoted" if q is not None else "outlet"})
    return out


def _sources(a: Analysis, fig_rows: list[dict] = ()) -> list[dict]:
    """Who the article's words come from: each speaker with the chain that carried them,
    then the sources named only for a figure ("das Gesundheitsministerium sprach von 56
    Toten"), with how many quotes and figures each gave."""
    seen: dict[tuple, dict] = {}
    for q in a.quotes:
        chain = tuple(v.name for v in q.via)
        key = (q.speaker.name, chain)
        if key not in seen:
            seen[key] = {"speaker": q.speaker.name, "via": list(chain), "quotes": 0,
                         "figures": 0}
        seen[key]["quotes"] += 1
    by_source = {(source_key(k[0]), k[1]): row for k, row in seen.items()}
    for f in fig_rows:
        if not f["speaker"]:
            continue
        key = (f["source_key"], tuple(f["via"]))
        row = by_source.get(key)
        if row is None:
            row = by_source[key] = seen[(f["speaker"], key[1])] = {
                "speaker": f["speaker"], "via": list(f["via"]), "quotes": 0, "figures": 0}
        row["figures"] += 1
    return list(seen.values())


# --- background ---------------------------------------------------------------------------

_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _date_values(a: Analysis) -> list[tuple[int, int, str]]:
    """(start, end, value) of the dates the article mentions: its DATE timexes and the TIMEs
    that name a day ('Wednesday night' 2020-02-12TNI), or bare years when no timex stage ran
    for its language."""
    vals = [(t.start, t.end, t.value) for t in a.timexes
            if t.type == "DATE" or (t.type == "TIME" and _DAY_VALUE.match(t.value))]
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
    s, e = sentence_span(text, start, end)
    return text[s:e].strip()


# Event types that are things said, not things that happened: "asked", "rejected",
# "accused", "threatened revenge" report reactions to the story's event, not name it.
SPEECH_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE", "CONSULT",
                          "SUPPORT", "CONCEDE", "DISAPPROVE", "APPEAL"})
def _lead_end(a: Analysis) -> int:
    """Where the article's lead (title or dateline, then the first paragraph) ends."""
    for b in a.blocks:
        if b.kind == "paragraph":
            return b.end
    i = a.text.find("\n", 200)
    return len(a.text) if i < 0 else i


def _occurrences(a: Analysis, day: _dt.date | None) -> list[tuple]:
    """(event word, PLOVER types of the events its span overlaps, whether it tells
    background, whether it is in the lead, the (happening, type) pairs of those events)
    for each event word of the article; a happening is named by its head mention's id."""
    lead = _lead_end(a)
    old = old_dates(a, day)
    head_of = {m.id: v.id for v, group in mention_groups(a.events) for m in group}
    out = []
    for f in a.framing:
        if f.technique != "event_word":
            continue
        evs = [e for e in a.events if e.trigger.start < f.end and f.start < e.trigger.end]
        s, e = sentence_span(a.text, f.start, f.end)
        bg = in_old_sentence(a, f.start, f.end, old) or any(
            (d := day_of(v.date)) and day and (day - d).days > EARLIER_DAYS for v in evs)
        out.append((a.text[f.start:f.end].lower(), {v.type for v in evs}, bool(bg),
                    f.start < lead, {(head_of.get(v.id, v.id), v.type) for v in evs}))
    return out


def _word_types(a: Analysis) -> dict[str, set[str]]:
    """{event word, lower-cased: PLOVER types of the events whose trigger it overlaps}."""
    out: dict[str, set[str]] = {}
    for w, types, *_ in _occurrences(a, None):
        out.setdefault(w, set()).update(types)
    return out


def _main_types(occ: list[tuple], lead_only: bool) -> set[str] | None:
    """Event types more than half as frequent as the most frequent one, counted once per
    happening and article over the occurrences that are not background (and in the lead,
    with ``lead_only``); None when no such occurrence names a word. A happening told
    with three words ("strike", "killed", "killing") counts once, so an outlet's
    variety of words does not outvote another's single happening."""
    counts: Counter = Counter()
    seen = False
    for per in occ:
        live = set()
        for w, _ts, bg, lead, heads in per:
            if bg or not (lead or not lead_only):
                continue
            live |= {(h, t) for h, t in heads if t not in SPEECH_TYPES} or {(w, "")}
        seen = seen or bool(live)
        counts.update(t for _h, t in live if t)
    if not seen:
        return None
    top = max(counts.values(), default=0)
    return {t for t, n in counts.items() if 2 * n > top}


def _story_words(analyses: Sequence[Analysis]) -> set[str]:
    """Event words that do not name the story's own event, to leave out of the story-level
    table (each article's row keeps all of its words): words used only in background
    sentences, words of things said (SPEECH_TYPES), and words of event types other than
    the story's. The story's types are those its leads tell (a lead names the story's own
    happening; a stampede story's leads name no ASSAULT, though its background does), or,
    with no event word in any lead, those of the whole text; words tied to no event stay."""
    day = story_day(analyses)
    occ = [_occurrences(a, day) for a in analyses]
    main = _main_types(occ, lead_only=True)
    if main is None:
        main = _main_types(occ, lead_only=False) or set()
    words = {w for per in occ for w, *_ in per}
    keep = {w for per in occ for w, ts, bg, *_ in per if not bg and (not ts or ts & main)}
    if not keep:
        # every word tells an earlier day: the story's day was misjudged, or the story is
        # a follow-up told through the earlier event; its words are then the best there is
        main = _main_types([[(w, ts, False, True, hs) for w, ts, _b, _l, hs in per]
                            for per in occ], lead_only=False) or set()
        keep = {w for per in occ for w, ts, *_ in per if not ts or ts & main}
    return words - keep


def _event_word_table(coverage: list[dict], off_type: set[str] = frozenset()) -> list[dict]:
    """Which words name the event, and which articles use each; words that do not name
    the story's own event (``off_type``, see ``_story_words``) are left out."""
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
    groups = d.get("figures") or d.get("conflicts") or []
    if groups:
        lines.append("Figures (first reported first; ! = disagrees with another source, "
                     "> = revised by its own source):")
        for g in groups:
            lines.append(f"  {g['about']} [{g.get('status', 'conflict')}]")
            for v in g["values"]:
                lines.append("    " + _value_line(v))
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
        if row.get("events"):
            lines.append("  happenings: " + _happening_summary(row["events"]))
        _list(lines, "loaded words", [f"\"{x['text']}\" ({x['voice']}"
                                      + (f", {x['speaker']}" if x["speaker"] else "") + ")"
                                      for x in row["loaded_language"]])
        _list(lines, "sources", [(s["speaker"] or "unnamed source")
                                 + "".join(f" <- {v}" for v in s["via"])
                                 for s in row["sources"]])
        _list(lines, "figures", [_figure_item(f) for f in row["figures"]])
        for s in row["background"][:3]:
            lines.append(f"  background: {s}")
    return "\n".join(lines) + "\n"


def _happening_summary(evs: list[dict]) -> str:
    """'5 from 7 mentions (ASSAULT 4, REJECT 1); told more than once: "strike"/"killed"',
    or '5 (ASSAULT 4, REJECT 1)' when each happening is mentioned once."""
    n = sum(h["mentions"] for h in evs)
    types = Counter(h["type"] for h in evs)
    out = f"{len(evs)}" + (f" from {n} mentions" if n > len(evs) else "") + " (" + ", ".join(
        f"{t} {k}" for t, k in sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))) + ")"
    again = ["/".join(f"\"{w}\"" for w in h["words"]) + (f" x{h['mentions']}"
                                                         if len(h["words"]) < h["mentions"]
                                                         else "")
             for h in evs if h["mentions"] > 1]
    if again:
        out += "; told more than once: " + ", ".join(again)
    return out


def _figure_item(f: dict) -> str:
    written = "" if f["value"].lower() == f["label"].lower() else f"\"{f['value']}\"; "
    return f"{f['label']} {f['about']} ({written}{f['said_by']})"


def _value_line(v: dict) -> str:
    mark = "!" if v.get("disagrees_with") else (">" if v.get("superseded_by") else " ")
    written = [w for w in v.get("as_written", []) if w.lower() != v["value"].lower()]
    line = (f"{mark} {v.get('first_reported') or 'undated':<10} {v['value']}"
            + (f" (as written: {', '.join(written[:3])})" if written else "")
            + f" - {'; '.join(v.get('said_by', [])) or '?'} [{', '.join(v['articles'])}]")
    if v.get("background"):
        line += "; background (an earlier date)"
    if v.get("superseded_by"):
        line += f"; revised by the same source to {v['superseded_by']}"
    if v.get("disagrees_with"):
        line += f"; disagrees with {', '.join(v['disagrees_with'])}"
    return line


def _list(lines: list[str], label: str, items: list[str]) -> None:
    if items:
        lines.append(f"  {label}: {'; '.join(items)}")


__all__ = ["compare_story", "compare_analyses", "conflicts", "figure_table", "article_figures",
           "source_key", "compare_text"]
