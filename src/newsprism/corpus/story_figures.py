"""A story's figures across its articles: who gave each count, how counts changed, and
which ones the sources disagree on.

Inputs are one story's Analysis records (their texts, quotes, entities, dates) and the
figures ``figures.figures`` reads in them; output is the story's figure table, one group per
thing counted, each value with its articles, speakers, via chains, bound and first date.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..analyze.ml_canon import canonical_medium
from ..records import Analysis
from . import figures as _fig
from .features import names_day
from . import names as _names
from . import xdoc as _xdoc


def name_of(a: Analysis, canon: dict, entity_id: str | None, fallback: str | None) -> str:
    """The story-level name of one article's entity (``canon`` from xdoc.entity_names); a
    known agency or broadcaster keeps one name across languages ('Tesnim' -> 'Tasnim')."""
    if entity_id and (a.article.id, entity_id) in canon:
        name = canon[(a.article.id, entity_id)]
    else:
        ent = a.entity(entity_id)
        name = ent.name if ent else (fallback or "")
    return canonical_medium(name) or name


def in_quote(a: Analysis, start: int, end: int):
    """The innermost quote whose content covers [start, end), else None: in "Marek
    claimed victory after the commission said he had won 52.4%" the figure is the
    commission's, though Marek's claim contains it."""
    covering = [q for q in a.quotes if q.start <= start and end <= q.end]
    return min(covering, key=lambda q: q.end - q.start) if covering else None


# A sentence dated this many days before the story's own day tells background ("Soleimani
# was killed in a U.S. strike last Friday" in a report on his funeral).
EARLIER_DAYS = 2
_DAY = re.compile(r"^\d{4}-(?:\d{2}-\d{2}|W\d{2})")


def day_of(value: str | None) -> _dt.date | None:
    from ..timeline import date_key
    if not value or not _DAY.match(value):
        return None
    k = date_key(value)
    return _dt.date.fromisoformat(k) if k else None


def _last_day(value: str | None) -> _dt.date | None:
    """The last day a date value covers ("2022" -> 2022-12-31, "2024-01" -> 2024-01-31),
    so a whole earlier year or month counts as earlier."""
    d = day_of(value)
    if d is not None or not value:
        return d
    m = re.match(r"^(\d{4})(?:-(\d{2}))?$", value)
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2) or 12)
    nxt = _dt.date(y + (mo == 12), mo % 12 + 1, 1)
    return nxt - _dt.timedelta(days=1)


def story_day(analyses: Sequence[Analysis]) -> _dt.date | None:
    """The day the story happened: the day its articles mention most, if not after the
    first publication, else that publication day."""
    days = Counter(d for a in analyses for t in a.timexes if names_day(t)
                   for d in [day_of(t.value)] if d)
    first = min((a.published for a in analyses if a.published), default=None)
    if days:
        top = min(days.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if first is None or top <= first:
            return top
    return first


def old_dates(a: Analysis, day: _dt.date | None) -> list[tuple[int, int]]:
    """Spans of the article's dates that lie more than EARLIER_DAYS before ``day``."""
    if day is None:
        return []
    return [(t.start, t.end) for t in a.timexes if names_day(t)
            and (d := _last_day(t.value)) and (day - d).days > EARLIER_DAYS]


def in_old_sentence(a: Analysis, start: int, end: int, old: list[tuple[int, int]]) -> bool:
    s, e = sentence_span(a.text, start, end)
    return any(s <= ts < e for ts, _ in old)


# Kinds of institution a source may be named by, in the ten languages: "State television",
# "Iranian state television", "la televisión estatal iraní" and "İran devlet televizyonu"
# are one source when they name the same kinds. Stems of five letters or more match inside
# words (German compounds, Arabic clitics); shorter ones only at word starts.
_SOURCE_KINDS: dict[str, tuple[str, ...]] = {
    "tv": ("television", "televisión", "télévision", "televizyon", "fernseh", "televisione",
           "τηλεόραση", "τηλεόρασ", "تلفزيون", "التلفزيون", "تلویزیون", "ٹیلی وژن", "tv",
           "irib", "صدا و سیما"),
    "radio": ("radio", "radyo", "ραδιόφων", "إذاعة", "رادیو", "ریڈیو"),
    "state": ("state", "estatal", "étatique", "staatlich", "statale", "devlet", "κρατικ",
              "رسمي", "الرسمي", "دولتی", "سرکاری", "officiel", "oficial", "ufficial"),
    "health": ("health", "salud", "santé", "sanidad", "gesundheit", "salute", "sanità",
               "sağlık", "υγεία", "الصحة", "بهداشت", "صحت"),
    "ministry": ("ministry", "ministerio", "ministère", "ministerium", "ministero",
                 "bakanlı", "υπουργεί", "وزارة", "وزارت"),
    "police": ("police", "policía", "polizei", "polizia", "polis", "αστυνομ", "الشرطة",
               "شرطة", "پلیس", "پولیس"),
    "army": ("army", "military", "ejército", "armée", "armee", "militär", "esercito", "ordu",
             "στρατ", "الجيش", "ارتش", "فوج"),
    "red cross": ("red cross", "red crescent", "cruz roja", "croix-rouge", "rotes kreuz",
                  "roten kreuz", "croce rossa", "kızılay", "ερυθρ", "الصليب الأحمر",
                  "الهلال الأحمر", "هلال احمر"),
    "rights group": ("human rights", "rights group", "amnesty", "derechos humanos",
                     "droits de l", "menschenrecht", "diritti umani", "insan hakları",
                     "ανθρωπίνων δικαιωμάτων", "حقوق الإنسان", "حقوق بشر", "انسانی حقوق"),
    "emergency services": ("emergency", "emergencia", "urgence", "notfall", "rettungs",
                           "emergenza", "acil", "έκτακτ", "الطوارئ", "الإسعاف", "اورژانس",
                           "ایمرجنسی", "ambulance"),
    "civil protection": ("civil protection", "civil defen", "protección civil",
                         "protection civile", "zivilschutz", "protezione civile",
                         "sivil savunma", "afad", "πολιτικής προστασίας", "الدفاع المدني",
                         "الحماية المدنية"),
    "hospital": ("hospital", "hôpita", "krankenh", "klinik", "ospedal", "hastane", "νοσοκομ",
                 "مستشفى", "المستشفى", "بیمارستان", "ہسپتال"),
    "electoral commission": ("electoral commission", "election commission",
                             "commission électorale", "wahlkommission", "wahlbehörde",
                             "comisión electoral", "commissione elettorale",
                             "seçim komisyonu", "εκλογική επιτροπή", "εκλογικής επιτροπής",
                             "اللجنة الانتخابية", "لجنة الانتخابات", "کمیسیون انتخابات",
                             "الیکشن کمیشن"),
    "governor": ("governor", "gobernador", "gouverneur", "governatore", "vali", "κυβερνήτ",
                 "محافظ", "حاكم", "استاندار", "گورنر"),
}
# "the 56 deaths announced by state television": a source named after the figure in the
# outlet's own sentence (or inside a quote that relays it).
_BY_PHRASE = re.compile(
    r"^[^.;:!?\n]{0,40}?\b(?:announced|reported|given|released|confirmed|issued|put out|cited|"
    r"annoncés?|rapportés?|communiqués?|avancée?s?|anunciad[oa]s?|informad[oa]s?|difundid[oa]s?|"
    r"annunciat[oi]|comunicat[oi]|bekanntgegeben|gemeldet)\s+(?:by|par|por|da|von)\s+"
    r"([^,.;:!?\n]{3,60})", re.IGNORECASE)
# Adjectives of nationality after the noun ("estatal iraní", "d'État irakienne",
# "الرسمي الإيراني"), kept in the name so sources of two countries stay two.
_DEMONYM = re.compile(r"^(?:[a-zà-ÿ]+(?:í|ien|ienne|ais|aise|ano|ana|ese|esi|isch|ische|"
                      r"ischen|ian|iano|iana|li|lı)|ال[\u0600-\u06ff]+(?:ي|ية))$")
_ARTICLES = re.compile(r"^(?:the|la|le|les|el|los|las|der|die|das|il|lo|gli|i)\s+", re.I)


def _source_kinds(name: str) -> frozenset[str]:
    low = " " + " ".join(name.lower().split()) + " "
    kinds = set()
    for kind, stems in _SOURCE_KINDS.items():
        for st in stems:
            i = low.find(st)
            if i >= 0 and (len(st) >= 5 or not low[i - 1].isalnum()):
                kinds.add(kind)
                break
    return frozenset(kinds)


def source_key(name: str | None) -> str:
    """One key per source however it is written: the kinds of institution it names
    ("state tv" for "Iranian state television", "la televisión estatal iraní"), else the
    transliteration skeleton of the name."""
    if not name:
        return "?"
    kinds = _source_kinds(name)
    if kinds:
        return "kind:" + "+".join(sorted(kinds))
    return "name:" + (_names.name_skeleton(name) or name.lower())


def _figure_quote(a: Analysis, f: _fig.Figure):
    """The quote the figure is reported in: the one covering it, else one whose cue sits in
    the figure's sentence ("..., 56 people died, the ministry said" split by the parser)."""
    q = in_quote(a, f.start, f.end)
    if q is not None:
        return q
    sent = sentence_span(a.text, f.start, f.end)
    for q in a.quotes:
        if q.cue and sent[0] <= q.cue.start < sent[1]:
            return q
    return None


def figure_source(a: Analysis, f: _fig.Figure, canon: dict) -> dict:
    """Who gave the figure: {"speaker", "via", "said_by", "key"}."""
    by = _BY_PHRASE.match(a.text[f.end:f.end + 120])
    if by:
        who = _ARTICLES.sub("", by.group(1).strip())
        q = in_quote(a, f.start, f.end)
        via = [v.name for v in q.via] if q is not None else []
        return {"speaker": who, "via": via, "said_by": _chain(who, via), "key": source_key(who)}
    q = _figure_quote(a, f)
    if q is not None and _in_dateline(a, q.speaker.start):
        q = None  # "VELIGRAD — ..., the commission said": the place line is nobody's voice
    if q is None:
        who = _reporting_institution(a.text, f)
        if who:
            return {"speaker": who, "via": [], "said_by": who, "key": source_key(who)}
        outlet = a.article.outlet or "the outlet"
        return {"speaker": None, "via": [], "said_by": outlet, "key": "outlet:" + outlet}
    who = name_of(a, canon, q.speaker.entity, q.speaker.name) or None
    via = [v.name for v in q.via]
    return {"speaker": who, "via": via, "said_by": _chain(who or "unnamed source", via),
            "key": source_key(who or (via[0] if via else None))}


# Reporting verbs, for figures the quote finder left unattributed ("التلفزيون الرسمي
# الإيراني أعلن ... ارتفاع الحصيلة إلى 56 قتيلاً": state television announced...).
_REPORTING = re.compile(
    r"(?<!\w)(?:said|says|announced|reported|confirmed|put the toll|told|"
    r"a annoncé|annonce|a déclaré|selon|según|informó|anunció|dijo|laut|teilte|meldete|"
    r"sagte|secondo|ha annunciato|ha detto|göre|açıkladı|duyurdu|bildirdi|σύμφωνα|"
    r"ανακοίνωσε|δήλωσε|أعلن|أعلنت|قال|قالت|أفاد|أفادت|بحسب|وفق|ذكر|ذكرت|اعلام کرد|"
    r"گفت|به گزارش|کے مطابق|نے کہا|بتایا)(?!\w)", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# Nouns that head an institution's name after the word naming its kind ("emergency
# services", "health officials"), kept in the displayed name.
_HEADS = {"services", "service", "agency", "agencies", "office", "department", "authority",
          "authorities", "officials", "official", "sources", "council", "organisation",
          "organization", "group", "society", "spokesman", "spokeswoman", "spokesperson",
          "servicios", "agencia", "agence", "dienst", "dienste", "behörde", "servizi",
          "agenzia", "teams", "workers", "doctors", "staff"}


def _reporting_institution(text: str, f: _fig.Figure) -> str | None:
    """The institution (a phrase naming one of _SOURCE_KINDS) that gives the figure: the
    nearest one before it in its own clause ("La Cruz Roja eleva la cifra a 23"), else,
    when the sentence has a reporting verb, the nearest one elsewhere in the sentence
    outside the words after the figure in its clause (those say who is counted)."""
    s, e = sentence_span(text, f.start, f.end)
    cs = max([s] + [i + 1 for i in (text.rfind(c, s, f.start) for c in ",;\u060c") if i >= 0])
    ce = min([e] + [i for i in (text.find(c, f.end, e) for c in ",;\u060c") if i >= 0])
    low = text[s:e].lower()
    hits = []
    for stems in _SOURCE_KINDS.values():
        for st in stems:
            for m in re.finditer(re.escape(st), low):
                i = s + m.start()
                if len(st) < 5 and i > s and text[i - 1].isalnum():
                    continue
                if not (f.start <= i < ce):
                    hits.append((i, i + len(st)))
    if not hits:
        return None
    own = [h for h in hits if cs <= h[0] < f.start]
    if not own and not _REPORTING.search(text, s, e):
        return None
    i, j = max(own) if own else min(hits, key=lambda h: abs(h[0] - f.start))
    # widen to whole words, then to the neighbouring words that also name kinds
    while i > s and text[i - 1].isalnum():
        i -= 1
    while j < e and text[j].isalnum():
        j += 1
    ws = [m for m in _WORDS.finditer(text, s, e)]
    k = next(n for n, m in enumerate(ws) if m.end() > i)
    n = k
    while n + 1 < len(ws) and ws[n + 1].start() < e and (
            ws[n + 1].start() <= j or _source_kinds(ws[n + 1].group(0))
            or ws[n + 1].group(0).lower() in _HEADS or _DEMONYM.search(ws[n + 1].group(0))):
        n += 1
    # leftwards over kind words and a capitalised attribute ("Iranian state television")
    while k > 0 and (_source_kinds(ws[k - 1].group(0)) or (
            ws[k - 1].group(0)[:1].isupper() and text[ws[k - 1].end():ws[k].start()] == " "
            and ws[k - 1].start() > s + 1)):
        k -= 1
    return text[ws[k].start():ws[n].end()]


def _in_dateline(a: Analysis, offset: int | None) -> bool:
    return offset is not None and any(b.kind == "dateline" and b.start <= offset < b.end
                                      for b in a.blocks)


def _chain(who: str, via: list[str]) -> str:
    return who + "".join(f" via {v}" for v in via)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n\u061f\u06d4")
    right = [i for i in (text.find(c, end) for c in ".!?\n\u061f\u06d4") if i >= 0]
    return left + 1, (min(right) + 1) if right else len(text)


def article_figures(a: Analysis, canon: dict | None = None) -> list[_fig.Figure]:
    """The article's figures, less numbers inside its date and time expressions
    ("8 January, killing..." is a date, not eight dead); a share of the vote names whose
    share it is (the person mentioned nearest to it in its sentence, pronouns resolved)."""
    spans = [(t.start, t.end) for t in a.timexes if t.type in ("DATE", "TIME")]
    out = []
    for f in _fig.figures(a.text, a.language):
        if any(s < f.end and f.start < e for s, e in spans):
            continue
        if f.category == "share of the vote":
            who = _nearest_person(a, f, canon or {})
            f = dataclasses.replace(f, counted=who or "")
        out.append(f)
    return out


def _nearest_person(a: Analysis, f: _fig.Figure, canon: dict) -> str | None:
    """The person mentioned nearest the figure in its sentence, else the last one
    mentioned in the sentence before ("Anton Marek erklärte sich zum Sieger. ... erhielt
    er 52,4 Prozent": German pronouns are not resolved)."""
    people = {e.id: name_of(a, canon, e.id, e.name) for e in a.entities if e.type == "PERSON"}
    for e in a.entities:
        # a recogniser may glue a name to the figure ("Marek 52.4" as an organisation)
        bare = re.sub(r"[\d.,%]+", " ", e.name).strip()
        if e.id not in people and bare:
            hit = next((n for n in people.values() if _xdoc.names_match(bare, n)), None)
            if hit:
                people[e.id] = hit
    s, e = sentence_span(a.text, f.start, f.end)
    best = None
    for ent in a.entities:
        for m in ent.mentions if ent.id in people else ():
            if s <= m.start and m.end <= e:
                gap = f.start - m.end if m.end <= f.start else m.start - f.end
                if gap < 0:
                    gap = 0  # the figure inside the mention
                if best is None or gap < best[0]:
                    best = (gap, people[ent.id])
    if best is None and s > 1:
        ps, _pe = sentence_span(a.text, s - 2, s - 1)
        last = [(m.start, people[ent.id]) for ent in a.entities if ent.id in people
                for m in ent.mentions if ps <= m.start and m.end <= s]
        return max(last)[1] if last else None
    return best[1] if best else None


def figure_row(a: Analysis, f: _fig.Figure, canon: dict) -> dict:
    """One figure of one article, with who gave it."""
    src = figure_source(a, f, canon)
    lo, hi = f.interval
    return {"value": f.text, "start": f.start, "end": f.end, "label": f.label,
            "number": f.value, "bound": f.bound,
            "low": int(lo), "high": None if hi == math.inf else int(hi),
            "about": f.about, "said_by": src["said_by"], "speaker": src["speaker"],
            "via": src["via"], "source_key": src["key"]}


def figure_table(analyses: Sequence[Analysis],
                 figs: dict[str, list[_fig.Figure]] | None = None,
                 canon: dict | None = None, entities: list[dict] | None = None) -> list[dict]:
    """Every figure of the story, grouped by what it counts ("people killed", "children
    injured"), each distinct value with the articles, speakers and via chains that gave it,
    in the order it was first reported.

    A group's ``status`` is "conflict" when two values cannot both be true (bounds
    respected: "at least 50" fits 56) and come from different sources; "updated" when the
    only changes are one source revising its own figure (a later figure from the same
    source replaces the earlier, which is kept and marked ``superseded_by``); else "agree".
    Reports of one source on one day are ordered by value, since counts of the dead,
    injured and arrested grow as they are revised. Vague figures ("dozens") and figures
    in sentences dated well before the story ("malaria killed 11,000 children in 2022",
    marked ``background``) are listed but never make a conflict.
    """
    canon = canon if canon is not None else _xdoc.entity_names(analyses)
    places = _places(entities if entities is not None else _xdoc.story_entities(analyses))
    day = story_day(analyses)
    reports = []
    for a in analyses:
        old = old_dates(a, day)
        for f in figs[a.article.id] if figs and a.article.id in figs else \
                article_figures(a, canon):
            src = figure_source(a, f, canon)
            reports.append({"fig": f, "article": a.article.id, "outlet": a.article.outlet,
                            "published": a.published.isoformat() if a.published else None,
                            "as_written": f.text,
                            "background": in_old_sentence(a, f.start, f.end, old),
                            "places": _place_marks(src["speaker"], places), **src})
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in reports:
        groups[r["fig"].about].append(r)
    out = [_group(about, rs) for about, rs in groups.items()]
    out.sort(key=lambda g: ({"conflict": 0, "updated": 1}.get(g["status"], 2), g["about"]))
    return out


def _places(entities: list[dict]) -> list[tuple[str, str]]:
    """(skeleton, name) of every spelling of the story's places and nationalities."""
    out = []
    for e in entities:
        if e["type"] in ("GPE", "NORP", "LOC"):
            for alias in e["aliases"]:
                sk = _names.name_skeleton(alias)
                if len(sk) >= 2 and " " not in sk:
                    out.append((sk, e["name"]))
    return out


def _place_marks(name: str | None, places: list[tuple[str, str]]) -> frozenset[str]:
    """The story places a source's name is tied to: "Iranian state television" to Iran,
    "la télévision d'État irakienne" to Iraq (words naming a kind of institution aside)."""
    if not name or not places:
        return frozenset()
    marks = set()
    for w in _WORDS.findall(name):
        if _source_kinds(w):
            continue
        ws = _names.name_skeleton(w)
        for sk, place in places:
            if ws.startswith(sk) and len(ws) - len(sk) <= 1:
                marks.add(place)
    return frozenset(marks)


def _same_source(r1: dict, r2: dict) -> bool:
    """Whether two reports come from one source: the same key, and no two different
    places ("Iranian" and "Iraqi" state television are two broadcasters)."""
    if r1["key"] == "?" or r1["key"] != r2["key"]:
        return False
    p1, p2 = r1.get("places") or frozenset(), r2.get("places") or frozenset()
    return not p1 or not p2 or bool(p1 & p2)


def _when(r: dict) -> tuple:
    return (r["published"] or "9999", r["fig"].value)


def _group(about: str, reports: list[dict]) -> dict:
    values: dict[tuple, dict] = {}
    for r in sorted(reports, key=_when):
        f = r["fig"]
        v = values.get((f.value, f.bound))
        if v is None:
            lo, hi = f.interval
            v = values[(f.value, f.bound)] = {
                "value": f.label, "number": f.value, "bound": f.bound, "low": int(lo),
                "high": None if hi == math.inf else int(hi), "first_reported": r["published"],
                "as_written": [], "articles": [], "said_by": [], "sources": [],
                "superseded_by": None, "disagrees_with": [], "background": True,
                "_fig": f, "_srcs": []}
        for key, item in (("as_written", r["as_written"]), ("articles", r["article"]),
                          ("said_by", r["said_by"])):
            if item not in v[key]:
                v[key].append(item)
        v["sources"].append({"article": r["article"], "outlet": r["outlet"],
                             "published": r["published"], "speaker": r["speaker"],
                             "via": r["via"], "start": f.start, "end": f.end})
        v["_srcs"].append(r)
        v["background"] = v["background"] and r["background"]
    rows = list(values.values())
    _mark_updates(rows, reports)
    status = "agree"
    for i, x in enumerate(rows):
        for y in rows[i + 1:]:
            if _fig.compatible(x["_fig"], y["_fig"]) or "vague" in (x["bound"], y["bound"]) \
                    or x["background"] or y["background"]:
                continue  # a count from an earlier year is context, not a rival figure
            if x["superseded_by"] or y["superseded_by"]:
                status = "updated" if status == "agree" else status
                continue
            if all(_same_source(p, q) for p in x["_srcs"] for q in y["_srcs"]):
                continue  # one source giving two figures the same day: parts, not a dispute
            status = "conflict"
            x["disagrees_with"].append(y["value"])
            y["disagrees_with"].append(x["value"])
    for v in rows:
        del v["_fig"], v["_srcs"]
    return {"about": about, "status": status, "values": rows}


def _mark_updates(rows: list[dict], reports: list[dict]) -> None:
    """A value is superseded when, for every report of it, the same source later gave a
    figure that cannot also be true; ``superseded_by`` names the latest such figure."""
    ordered = sorted(reports, key=_when)
    revised: dict[tuple, list] = defaultdict(list)
    for i, r in enumerate(ordered):
        f = r["fig"]
        later = [x["fig"] for x in ordered[i + 1:]
                 if _same_source(x, r) and "vague" not in
                 (f.bound, x["fig"].bound) and not _fig.compatible(f, x["fig"])]
        revised[(f.value, f.bound)].append(later[-1] if later else None)
    row_of = {(v["number"], v["bound"]): v for v in rows}
    for k, laters in revised.items():
        if all(laters):
            row_of[k]["superseded_by"] = laters[-1].label


def conflicts(analyses: Sequence[Analysis],
              figs: dict[str, list[_fig.Figure]] | None = None) -> list[dict]:
    """The groups of ``figure_table`` whose values disagree."""
    return [g for g in figure_table(analyses, figs) if g["status"] == "conflict"]


__all__ = ["figure_table", "conflicts", "article_figures", "source_key", "EARLIER_DAYS"]
