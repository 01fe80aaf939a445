"""Renders an Analysis as the contract's JSON (newsprism.analysis/1), as text, or as HTML.

Article text is untrusted: the HTML rendering escapes every character that comes from it.
"""
from __future__ import annotations

import base64
import hashlib
import html as _html
from collections import defaultdict

from .records import Analysis

SCHEMA = "newsprism.analysis/1"


def analysis_json(a: Analysis) -> dict:
    art = a.article
    return {
        "schema": SCHEMA,
        "id": art.id,
        "outlet": art.outlet,
        "url": art.url,
        "language": a.language,
        "published": a.published.isoformat() if a.published else None,
        "published_inferred": a.published_inferred,
        "title": art.title,
        "text": art.text,
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type,
             "mentions": [{"start": m.start, "end": m.end, "kind": m.kind} for m in e.mentions]}
            for e in a.entities
        ],
        "quotes": [
            {"id": q.id, "kind": q.kind, "start": q.start, "end": q.end,
             "cue": {"start": q.cue.start, "end": q.cue.end} if q.cue else None,
             "speaker": {"entity": q.speaker.entity, "name": q.speaker.name,
                         "start": q.speaker.start, "end": q.speaker.end},
             "via": [{"entity": v.entity, "name": v.name} for v in q.via],
             "same_as": q.same_as}
            for q in a.quotes
        ],
        "timexes": [{"start": t.start, "end": t.end, "type": t.type, "value": t.value}
                    for t in a.timexes],
        "events": [
            {"id": v.id, "type": v.type,
             "trigger": {"start": v.trigger.start, "end": v.trigger.end},
             "actors": list(v.actors), "targets": list(v.targets), "location": v.location,
             "date": v.date, "factuality": v.factuality, "source": v.source,
             "same_as": v.same_as}
            for v in a.events
        ],
        "framing": [{"start": f.start, "end": f.end, "technique": f.technique, "quote": f.quote}
                    for f in a.framing],
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in a.blocks],
    }


def story_json(s) -> dict:
    """A Story as the contract's stories JSON entry."""
    return {"id": s.id, "title": s.title, "articles": list(s.articles), "outlets": list(s.outlets),
            "languages": list(s.languages),
            "first_published": s.first_published.isoformat() if s.first_published else None}


def _names(a: Analysis, ids) -> str:
    return ", ".join((a.entity(i).name if a.entity(i) else i) for i in ids) or "-"


def analysis_text(a: Analysis) -> str:
    """A readable report for a terminal."""
    t = a.text
    art = a.article
    pub = a.published.isoformat() if a.published else "unknown"
    if a.published and a.published_inferred:
        pub += " (inferred from the text)"
    lines = [f"{art.title or art.id}",
             f"  outlet: {art.outlet or '-'}   published: {pub}   language: {a.language}", ""]
    lines.append(f"ENTITIES ({len(a.entities)})")
    for e in sorted(a.entities, key=lambda e: -len(e.mentions)):
        forms = []
        for m in e.mentions:
            s = t[m.start:m.end]
            if s not in forms:
                forms.append(s)
        lines.append(f"  {e.type:<7} {e.name}  [{len(e.mentions)}x: " + " | ".join(forms[:8])
                     + (" ..." if len(forms) > 8 else "") + "]")
    lines += ["", f"QUOTES ({len(a.quotes)})"]
    for q in a.quotes:
        who = q.speaker.name or "unknown speaker"
        via = " <- ".join(v.name for v in q.via)
        chain = f"{who}" + (f" via {via}" if via else "")
        cue = t[q.cue.start:q.cue.end] if q.cue else "-"
        extra = f"  (shortens {q.same_as})" if q.same_as else ""
        lines.append(f"  {q.id} {q.kind:<8} {chain}  [cue: {cue}]{extra}")
        lines.append(f"      \u201c{_clip(t[q.start:q.end])}\u201d")
    lines += ["", f"TIME EXPRESSIONS ({len(a.timexes)})"]
    for x in a.timexes:
        lines.append(f"  {t[x.start:x.end]!r:<32} {x.type:<8} {x.value}")
    linked = sum(1 for v in a.events if v.same_as)
    # a reader counting happenings should not count the headline's and the lead's "killing"
    # twice; the linked mentions stay listed, each naming the mention it repeats
    n = len(a.events) - linked
    head = f"EVENTS ({len(a.events)}" + (
        f", {n} happening{'' if n == 1 else 's'})" if linked else ")")
    lines += ["", head]
    for v in a.events:
        src = f" from {v.source}" if v.source else ""
        loc = a.entity(v.location).name if a.entity(v.location) else "-"
        extra = f"  (same as {v.same_as})" if v.same_as else ""
        lines.append(f"  {v.id} {v.type:<10} '{t[v.trigger.start:v.trigger.end]}' "
                     f"actors: {_names(a, v.actors)}; targets: {_names(a, v.targets)}; "
                     f"where: {loc}; when: {v.date or '-'}; {v.factuality}{src}{extra}")
    lines += ["", f"FRAMING ({len(a.framing)})"]
    for f in a.framing:
        whose = f"inside {f.quote} (speaker's words)" if f.quote else "outlet's own words"
        lines.append(f"  {f.technique:<16} '{t[f.start:f.end]}'  {whose}")
    return "\n".join(lines) + "\n"


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 3] + "..."


# The page's only styles: the CSP below allows exactly this block (by hash), so no CSS that
# found its way in from an article (no script needed to leak text through selectors) applies.
_CSS = """
body{font:16px/1.55 Georgia,serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.5em} h2{font:600 1em system-ui,sans-serif;margin-top:2em;border-bottom:1px solid #ddd}
.meta{color:#666;font:14px system-ui,sans-serif}
.text p{margin:.6em 0}
mark.q{background:#e3f0ff} mark.ent{background:none;border-bottom:2px solid #9bd}
mark.tx{background:#fff3c4} mark.fr{background:#ffd9d2}
table{border-collapse:collapse;font:14px system-ui,sans-serif;width:100%}
td,th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
.legend span{padding:0 .4em;margin-right:.6em}
.legend .q{background:#e3f0ff} .legend .tx{background:#fff3c4} .legend .fr{background:#ffd9d2}
"""


def csp_style_hash(css: str) -> str:
    """The CSP source ('sha256-...', quotes left to the caller) that allows exactly this style block."""
    return "sha256-" + base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()


_CSS_HASH = csp_style_hash(_CSS)

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src '{css_hash}'; base-uri 'none'; form-action 'none'">
<title>{title}</title>
<style>{css}</style></head><body>
<h1>{title}</h1>
<p class="meta">{meta}</p>
<p class="legend meta"><span class="q">quote</span><span class="tx">time</span><span class="fr">loaded language</span></p>
<div class="text">{body}</div>
{tables}
</body></html>
"""


# Bidi embeddings and overrides in untrusted text would reverse the page around them.
_BIDI_OVERRIDES = dict.fromkeys(range(0x202A, 0x202F))


def _esc(s: str) -> str:
    return _html.escape(s).translate(_BIDI_OVERRIDES)


def analysis_html(a: Analysis) -> str:
    """A standalone page: the text with quotes, times and framing highlighted, then tables."""
    esc = _esc
    t = a.text
    marks: list[tuple[int, int, str]] = []
    marks += [(q.start, q.end, "q") for q in a.quotes]
    marks += [(x.start, x.end, "tx") for x in a.timexes]
    marks += [(f.start, f.end, "fr") for f in a.framing]
    opens: dict[int, list[str]] = defaultdict(list)
    closes: dict[int, int] = defaultdict(int)
    # Only non-crossing marks can nest as HTML; drop one that would cross an open one.
    stack: list[tuple[int, int]] = []
    for s, e, cls in sorted(marks, key=lambda m: (m[0], -m[1])):
        while stack and stack[-1][1] <= s:
            stack.pop()
        if stack and e > stack[-1][1]:
            continue
        opens[s].append(cls)
        closes[e] += 1
        stack.append((s, e))
    out = ["<p>"]
    for i, ch in enumerate(t):
        if closes.get(i):
            out.append("</mark>" * closes[i])
        for cls in opens.get(i, ()):
            out.append(f'<mark class="{cls}">')
        if ch == "\n":
            out.append("</p>\n<p>" if t[i - 1:i] != "\n" else "")
        else:
            out.append(esc(ch))
    out.append("</mark>" * closes.get(len(t), 0))
    out.append("</p>")
    rows = []
    rows.append("<h2>Quotes</h2><table><tr><th>id</th><th>kind</th><th>speaker</th><th>via</th><th>quote</th></tr>")
    for q in a.quotes:
        rows.append(f"<tr><td>{esc(q.id)}</td><td>{esc(q.kind)}</td><td>{esc(q.speaker.name or '?')}</td>"
                    f"<td>{esc(' <- '.join(v.name for v in q.via))}</td><td>{esc(_clip(t[q.start:q.end], 300))}</td></tr>")
    rows.append("</table><h2>Entities</h2><table><tr><th>type</th><th>name</th><th>mentions</th></tr>")
    for e in sorted(a.entities, key=lambda e: -len(e.mentions)):
        forms = sorted({t[m.start:m.end] for m in e.mentions})
        rows.append(f"<tr><td>{esc(e.type)}</td><td>{esc(e.name)}</td><td>{esc(' | '.join(forms))}</td></tr>")
    rows.append("</table><h2>Events</h2><table><tr><th>type</th><th>trigger</th><th>actors</th><th>targets</th><th>date</th><th>factuality</th></tr>")
    for v in a.events:
        rows.append(f"<tr><td>{esc(v.type)}</td><td>{esc(t[v.trigger.start:v.trigger.end])}</td>"
                    f"<td>{esc(_names(a, v.actors))}</td><td>{esc(_names(a, v.targets))}</td>"
                    f"<td>{esc(v.date or '')}</td><td>{esc(v.factuality)}</td></tr>")
    rows.append("</table><h2>Time expressions</h2><table><tr><th>text</th><th>type</th><th>value</th></tr>")
    for x in a.timexes:
        rows.append(f"<tr><td>{esc(t[x.start:x.end])}</td><td>{esc(x.type)}</td><td>{esc(x.value)}</td></tr>")
    rows.append("</table>")
    art = a.article
    meta = " · ".join(esc(str(x)) for x in (art.outlet, a.published, a.language, art.url) if x)
    return _PAGE.format(css=_CSS, css_hash=_CSS_HASH, title=esc(art.title or art.id), meta=meta,
                        body="".join(out),
                        tables="\n".join(rows))
