"""One entity's timeline: the dated events it took part in and the quotes by or about it.

Inputs: an open ``Store`` and a name ("Sharif", "Ramezan Sharif", another spelling); names
match through ``corpus.names.name_matches``, so a surname finds the full name.

Each row is dated by the event's own date, else the nearest date expression in the same
paragraph (outside the quoted words for a quote: those date what was said about, not when it
was said), else the article's publication date; ``date_source`` says which one was used.
An article's mentions of one happening (events linked by ``same_as``: the headline's
"killing", the lead's "was killed") make one row, told through the most informative mention,
with ``mentions`` counting them and ``words`` the other mentions' words; a headline quote
that shortens a body quote joins that quote's row the same way.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

from .corpus.names import name_matches
from .records import Analysis, Block, Event, Quote
from .store.db import Store

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")
_SENTENCE_END = re.compile(r"[.!?\u3002\u061f\u06d4](?=[\s\"'\u201d\u2019)]|$)")
# Words that end in a full stop without ending the sentence ("Gen. Smith", "Jan. 3").
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov",
    "sen", "rep", "pres", "st", "mt", "no", "vs", "etc", "jr", "sr", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_INITIALS = re.compile(r"(?:\b\w\.)*\b\w$")  # U.S, U.N, J.R (the last stop is the match)


def date_key(value: str | None) -> str | None:
    """The first day a TIMEX3 date value covers, as YYYY-MM-DD ("2020-W06" -> 2020-02-03,
    "2020-01" -> 2020-01-01); None for values that name no calendar date (P1Y, PRESENT_REF)."""
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    year, month, day, week = m.groups()
    try:
        if week:
            return _dt.date.fromisocalendar(int(year), int(week), 1).isoformat()
        return _dt.date(int(year), int(month or 1), int(day or 1)).isoformat()
    except ValueError:
        return None


def timeline(store: Store, name: str) -> list[dict]:
    """Dated events (the entity as actor, target or place) and quotes (by the entity or
    mentioning it) across the stored corpus, earliest first; undated rows last."""
    name = name.strip()
    if not name:
        return []
    hits: dict[str, set[str]] = {}
    for r in store.entity_rows(name):
        hits.setdefault(r["article_id"], set()).add(r["id"])
    for q in store.quotes(speaker=name):
        hits.setdefault(q["article_id"], set())
    rows: list[dict] = []
    for a in store.analyses(sorted(hits)):
        meta = store.article(a.article.id)
        rows += _article_rows(a, hits[a.article.id], name, meta.get("story_id"),
                              meta.get("copy_of"))
    rows.sort(key=_order)
    return _merge_copies(rows)


def _merge_copies(rows: list[dict]) -> list[dict]:
    """One row per piece of evidence: wire copies repeat a sentence word for word, and the
    reader wants to see it once with every outlet that carried it (``also``)."""
    out: list[dict] = []
    seen: dict[tuple, dict] = {}
    for r in rows:
        key = (r["kind"], r["role"], r["type"], r["date"], r["speaker"],
               " ".join(r["text"].split()).casefold())
        first = seen.get(key)
        if first is not None and first["article_id"] != r["article_id"]:
            first["also"].append({"article_id": r["article_id"], "outlet": r["outlet"],
                                  "published": r["published"]})
            continue
        r["also"] = []
        seen.setdefault(key, r)
        out.append(r)
    return out


def _order(row: dict) -> tuple:
    # originals before their near-copies, so a merged row names the original
    return (row["date"] is None, row["date"] or "", row["published"] or "",
            row["copy_of"] is not None, row["article_id"], row["start"])


# Every row carries every key, so JSON readers (web UI, pandas) see one shape.
_EMPTY = {"quote_id": None, "event_id": None, "trigger": None, "actors": [], "targets": [],
          "location": None, "speaker": None, "via": [], "date_value": None, "mentions": 1,
          "words": []}


def _article_rows(a: Analysis, ids: set[str], name: str, story_id: str | None,
                  copy_of: str | None) -> list[dict]:
    base = {"article_id": a.article.id, "outlet": a.article.outlet, "title": a.article.title,
            "published": a.published.isoformat() if a.published else None,
            "language": a.language, "story_id": story_id, "copy_of": copy_of, **_EMPTY}
    rows = [_event_row(a, base, head, group, ids) for head, group in mention_groups(a.events)]
    rows = [r for r in rows if r is not None]
    for head, group in mention_groups(a.quotes):
        r = _quote_row(a, base, head, group, ids, name)
        if r is not None:
            rows.append(r)
    return rows


def mention_groups(items) -> list[tuple]:
    """(the most informative mention, every mention in text order) per happening, for
    events or quotes linked by ``same_as``; a link to an id not in ``items`` is ignored, so
    that mention keeps a row of its own."""
    by_id = {x.id: x for x in items}
    groups: dict[str, list] = {}
    for x in items:
        head, seen = x, {x.id}
        # links point at the head, but a chain (a -> b -> c) still ends at one head
        while head.same_as in by_id and head.same_as not in seen:
            head = by_id[head.same_as]
            seen.add(head.id)
        groups.setdefault(head.id, []).append(x)
    return [(by_id[h], sorted(g, key=_start)) for h, g in groups.items()]


def _start(x) -> int:
    return x.trigger.start if hasattr(x, "trigger") else x.start


def _other_words(a: Analysis, head, group: list) -> list[str]:
    """The words the other mentions of one happening use, each once ("strike", "killing"
    beside the head's "killed")."""
    seen = {a.text[head.trigger.start:head.trigger.end].casefold()}
    out = []
    for v in group:
        w = a.text[v.trigger.start:v.trigger.end]
        if w.casefold() not in seen:
            seen.add(w.casefold())
            out.append(w)
    return out


def _event_row(a: Analysis, base: dict, v: Event, group: list[Event],
               ids: set[str]) -> dict | None:
    """One row for a happening, told through its most informative mention ``v``; it is
    the entity's when any mention names the entity ("the strike" names no one, "killed
    Soleimani" does)."""
    roles = [r for r, ents in (("actor", [x for m in group for x in m.actors]),
                               ("target", [x for m in group for x in m.targets]),
                               ("location", [m.location for m in group])) if ids & set(ents)]
    if not roles:
        return None
    names = {e.id: e.name for e in a.entities}
    quotes = {q.id: q for q in a.quotes}
    # the head is the mention that says most, not always the one that gives the day
    own = next((m.date for m in [v, *group] if date_key(m.date)), v.date)
    date, source, value = _date(a, own, v.trigger.start, None)
    start, end = _sentence(a.text, _block(a, v.trigger.start), v.trigger.start, v.trigger.end)
    src = quotes.get(v.source) if v.source else None
    place = next((m.location for m in [v, *group] if m.location), None)
    return {**base, "kind": "event", "role": roles[0], "type": v.type,
            "date": date, "date_value": value, "date_source": source,
            "factuality": v.factuality, "quote_id": v.source, "event_id": v.id,
            "trigger": a.text[v.trigger.start:v.trigger.end],
            # linked mentions never disagree on parties (one set holds the other), so
            # their union is the fullest account: "a U.S. strike ... killed Soleimani"
            "actors": _union(names, [v, *group], "actors"),
            "targets": _union(names, [v, *group], "targets"),
            "location": names.get(place, place) if place else None,
            "speaker": src.speaker.name if src else None,
            "via": [x.name for x in src.via] if src else [],
            "mentions": len(group), "words": _other_words(a, v, group),
            "text": a.text[start:end], "start": start, "end": end}


def _union(names: dict, mentions: list[Event], field: str) -> list[str]:
    ids = dict.fromkeys(x for m in mentions for x in getattr(m, field))
    return [names.get(x, x) for x in ids]


def _quote_row(a: Analysis, base: dict, q: Quote, group: list[Quote], ids: set[str],
               name: str) -> dict | None:
    """One row for a quote and the headline quotes that shorten it."""
    role = next(filter(None, (_quote_role(a, x, ids, name) for x in [q, *group])), None)
    if role is None:
        return None
    anchor = q.cue.start if q.cue else q.start
    date, source, value = _date(a, None, anchor, q)
    return {**base, "kind": "quote", "role": role, "type": q.kind, "date": date,
            "date_value": value, "date_source": source, "factuality": "reported",
            "quote_id": q.id, "speaker": q.speaker.name, "mentions": len(group),
            "via": [x.name for x in q.via], "text": a.text[q.start:q.end],
            "start": q.start, "end": q.end}


def _quote_role(a: Analysis, q: Quote, ids: set[str], name: str) -> str | None:
    sp = q.speaker
    said_as = a.text[sp.start:sp.end] if sp.start is not None and sp.end is not None else None
    if sp.entity in ids or any(n and name_matches(name, n) for n in (sp.name, said_as)):
        return "speaker"
    for e in a.entities:
        if e.id in ids and any(q.start <= m.start and m.end <= q.end for m in e.mentions):
            return "mentioned"
    return None


def _date(a: Analysis, own: str | None, anchor: int,
          quote: Quote | None) -> tuple[str | None, str, str | None]:
    """(YYYY-MM-DD, where it came from, the TIMEX3 value it came from) for one row."""
    key = date_key(own)
    if key:
        return key, "event", own
    block = _block(a, anchor)
    best = None
    for x in a.timexes:
        if x.type not in ("DATE", "TIME") or not date_key(x.value):
            continue
        if block is not None and not (block.start <= x.start and x.end <= block.end):
            continue
        if quote is not None and quote.start <= x.start < quote.end:
            continue
        dist = abs(x.start - anchor)
        if best is None or dist < best[0]:
            best = (dist, x)
    if best is not None:
        return date_key(best[1].value), "timex", best[1].value
    if a.published:
        return a.published.isoformat()[:10], "published", None
    return None, "none", None


def _block(a: Analysis, offset: int) -> Block | None:
    for b in a.blocks:
        if b.start <= offset < b.end:
            return b
    return None


def _sentence(text: str, block: Block | None, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end) - the evidence a reader needs - within its block."""
    lo = block.start if block else text.rfind("\n", 0, start) + 1
    if block:
        hi = block.end
    else:
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else hi
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if _ends_sentence(text, m.start(), hi):
            s = m.end()
    e = hi
    for m in _SENTENCE_END.finditer(text, end, hi):
        if _ends_sentence(text, m.start(), hi):
            e = m.end()
            break
    while s < e and text[s].isspace():
        s += 1
    return s, max(e, end)


def _ends_sentence(text: str, i: int, hi: int) -> bool:
    """Whether the mark at ``i`` ends a sentence: not after an abbreviation or initials,
    and not followed by a lower-case word ("attacks on U.S. troops")."""
    j = i + 1
    while j < hi and (text[j].isspace() or text[j] in "\"'\u201d\u2019)"):
        j += 1
    if j < hi and text[j].islower():
        return False
    if text[i] != ".":
        return True
    word = re.search(r"[\w.]*$", text[max(0, i - 20):i]).group(0)
    return not (word.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(word))


def timeline_text(rows: Iterable[dict]) -> str:
    """A readable timeline for a terminal: one entry per row, evidence underneath."""
    rows = list(rows)
    if not rows:
        return "nothing found: no stored event or quote names that entity\n"
    lines = []
    for r in rows:
        date = r["date"] or "????-??-??"
        mark = {"event": "", "timex": "~", "published": "*", "none": "?"}[r["date_source"]]
        where = f"{r['outlet'] or '-'} ({r['article_id']})"
        if r["kind"] == "event":
            who = ", ".join(r["actors"]) or "-"
            whom = ", ".join(r["targets"]) or "-"
            head = (f"{r['type']:<9} {who} -> {whom}  [{r['factuality']}]  "
                    f"'{r['trigger']}'")
            if r["speaker"]:
                head += f"  according to {r['speaker']}"
            if r.get("mentions", 1) > 1:
                words = r.get("words") or []
                head += f"  ({r['mentions']} mentions" + (
                    ": also " + ", ".join(f"'{w}'" for w in words) if words else "") + ")"
        else:
            head = f"{'SAID' if r['role'] == 'speaker' else 'QUOTED':<9} {r['speaker'] or 'unknown'}"
        if r["via"]:
            head += " via " + " <- ".join(r["via"])
        if r.get("also"):
            where += f" and {len(r['also'])} more: " + ", ".join(
                x["outlet"] or x["article_id"] for x in r["also"])
        lines.append(f"{date}{mark:<1} {head}  {where}")
        text = " ".join(r["text"].split())
        lines.append(f"    \u201c{text[:240]}{'...' if len(text) > 240 else ''}\u201d")
    lines.append("")
    lines.append("dates: plain = the event's own, ~ = a date in the same paragraph, "
                 "* = publication date")
    return "\n".join(lines) + "\n"


__all__ = ["date_key", "mention_groups", "timeline", "timeline_text"]
