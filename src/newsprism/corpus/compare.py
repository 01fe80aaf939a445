"""One story, every outlet: what each article includes and leaves out, the words it uses for
the event, its loaded language, background, sources, copies, and the figures outlets disagree on.

Input is a story in the store (or its Analysis records); output is the contract's Story JSON
(id, title, articles, outlets, languages, entities, conflicts) plus "figures" (every count,
who gave it, how it changed), "event_words" and "coverage", one entry per article;
``compare_text`` renders it for a terminal.
"""
from __future__ import annotations

import dataclasses
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
            # keyed by source so "Iranian state television" and "la televisión estatal
            # iraní" are one fact
            facts["quote:" + source_key(who)] = f"quotes {who}"
    for v in a.events:
        # an event with no named target ("ASSAULT") says nothing another article could share
        for t in filter(None, (_name_of(a, canon, t, None) for t in v.targets)):
            key = f"event:{v.type}:{_names.name_skeleton(t)}"
            facts[key] = f"{v.type} {t}"
    for f in figs:
        facts[f"figure:{f.about}"] = f"figure: {f.about}"
        src = _figure_source(a, f, canon)
        if src["speaker"]:
            # a source named only for a figure ("das Gesundheitsministerium sprach von 56
            # Toten") is still a source the article cites
            facts.setdefault("quote:" + src["key"], f"cites {src['speaker']}")
    for t in a.timexes:
        # "Sunday morning" (2021-03-14TMO) names the day as much as "Sunday"
        if t.type in ("DATE", "TIME") and re.match(r"^\d{4}-\d{2}-\d{2}(?:$|T)", t.value):
            facts[f"date:{t.value[:10]}"] = f"date {t.value[:10]}"
    return facts


def _in_quote(a: Analysis, start: int, end: int):
    for q in a.quotes:
        if q.start <= start and end <= q.end:
            return q
    return None


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
    fig_rows = [_figure_row(a, f, canon) for f in figs]
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
    s, e = _sentence_span(text, start, end)
    return text[s:e].strip()


# --- figures and conflicts ----------------------------------------------------------------

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
    q = _in_quote(a, f.start, f.end)
    if q is not None:
        return q
    sent = _sentence_span(a.text, f.start, f.end)
    for q in a.quotes:
        if q.cue and sent[0] <= q.cue.start < sent[1]:
            return q
    return None


def _figure_source(a: Analysis, f: _fig.Figure, canon: dict) -> dict:
    """Who gave the figure: {"speaker", "via", "said_by", "key"}."""
    by = _BY_PHRASE.match(a.text[f.end:f.end + 120])
    if by:
        who = _ARTICLES.sub("", by.group(1).strip())
        q = _in_quote(a, f.start, f.end)
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
    who = _name_of(a, canon, q.speaker.entity, q.speaker.name) or None
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
    s, e = _sentence_span(text, f.start, f.end)
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


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
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
    people = {e.id: _name_of(a, canon, e.id, e.name) for e in a.entities if e.type == "PERSON"}
    for e in a.entities:
        # a recogniser may glue a name to the figure ("Marek 52.4" as an organisation)
        bare = re.sub(r"[\d.,%]+", " ", e.name).strip()
        if e.id not in people and bare:
            hit = next((n for n in people.values() if _xdoc.names_match(bare, n)), None)
            if hit:
                people[e.id] = hit
    s, e = _sentence_span(a.text, f.start, f.end)
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
        ps, _pe = _sentence_span(a.text, s - 2, s - 1)
        last = [(m.start, people[ent.id]) for ent in a.entities if ent.id in people
                for m in ent.mentions if ps <= m.start and m.end <= s]
        return max(last)[1] if last else None
    return best[1] if best else None


def _figure_row(a: Analysis, f: _fig.Figure, canon: dict) -> dict:
    """One figure of one article, with who gave it."""
    src = _figure_source(a, f, canon)
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
    day = _story_day(analyses)
    reports = []
    for a in analyses:
        old = _old_dates(a, day)
        for f in figs[a.article.id] if figs and a.article.id in figs else \
                article_figures(a, canon):
            src = _figure_source(a, f, canon)
            reports.append({"fig": f, "article": a.article.id, "outlet": a.article.outlet,
                            "published": a.published.isoformat() if a.published else None,
                            "as_written": f.text,
                            "background": _in_old_sentence(a, f.start, f.end, old),
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


# Event types that are things said, not things that happened: "asked", "rejected",
# "accused", "threatened revenge" report reactions to the story's event, not name it.
SPEECH_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE", "CONSULT",
                          "SUPPORT", "CONCEDE", "DISAPPROVE", "APPEAL"})
# A sentence dated this many days before the story's own day tells background ("Soleimani
# was killed in a U.S. strike last Friday" in a report on his funeral).
EARLIER_DAYS = 2
_DAY = re.compile(r"^\d{4}-(?:\d{2}-\d{2}|W\d{2})")


def _day(value: str | None) -> _dt.date | None:
    from ..timeline import date_key
    if not value or not _DAY.match(value):
        return None
    k = date_key(value)
    return _dt.date.fromisoformat(k) if k else None


def _last_day(value: str | None) -> _dt.date | None:
    """The last day a date value covers ("2022" -> 2022-12-31, "2024-01" -> 2024-01-31),
    so a whole earlier year or month counts as earlier."""
    d = _day(value)
    if d is not None or not value:
        return d
    m = re.match(r"^(\d{4})(?:-(\d{2}))?$", value)
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2) or 12)
    nxt = _dt.date(y + (mo == 12), mo % 12 + 1, 1)
    return nxt - _dt.timedelta(days=1)


def _story_day(analyses: Sequence[Analysis]) -> _dt.date | None:
    """The day the story happened: the day its articles mention most, if not after the
    first publication, else that publication day."""
    days = Counter(d for a in analyses for t in a.timexes if t.type == "DATE"
                   for d in [_day(t.value)] if d)
    first = min((a.published for a in analyses if a.published), default=None)
    if days:
        top = min(days.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if first is None or top <= first:
            return top
    return first


def _old_dates(a: Analysis, day: _dt.date | None) -> list[tuple[int, int]]:
    """Spans of the article's dates that lie more than EARLIER_DAYS before ``day``."""
    if day is None:
        return []
    return [(t.start, t.end) for t in a.timexes if t.type == "DATE"
            and (d := _last_day(t.value)) and (day - d).days > EARLIER_DAYS]


def _in_old_sentence(a: Analysis, start: int, end: int, old: list[tuple[int, int]]) -> bool:
    s, e = _sentence_span(a.text, start, end)
    return any(s <= ts < e for ts, _ in old)


def _lead_end(a: Analysis) -> int:
    """Where the article's lead (title or dateline, then the first paragraph) ends."""
    for b in a.blocks:
        if b.kind == "paragraph":
            return b.end
    i = a.text.find("\n", 200)
    return len(a.text) if i < 0 else i


def _occurrences(a: Analysis, day: _dt.date | None) -> list[tuple[str, set[str], bool, bool]]:
    """(event word, PLOVER types of the events its span overlaps, whether it tells
    background, whether it is in the lead) for each event word of the article."""
    lead = _lead_end(a)
    old = _old_dates(a, day)
    out = []
    for f in a.framing:
        if f.technique != "event_word":
            continue
        evs = [e for e in a.events if e.trigger.start < f.end and f.start < e.trigger.end]
        s, e = _sentence_span(a.text, f.start, f.end)
        bg = _in_old_sentence(a, f.start, f.end, old) or any(
            (d := _day(v.date)) and day and (day - d).days > EARLIER_DAYS for v in evs)
        out.append((a.text[f.start:f.end].lower(), {v.type for v in evs}, bool(bg),
                    f.start < lead))
    return out


def _word_types(a: Analysis) -> dict[str, set[str]]:
    """{event word, lower-cased: PLOVER types of the events whose trigger it overlaps}."""
    out: dict[str, set[str]] = {}
    for w, types, _bg, _lead in _occurrences(a, None):
        out.setdefault(w, set()).update(types)
    return out


def _main_types(occ: list[tuple], lead_only: bool) -> set[str] | None:
    """Event types more than half as frequent as the most frequent one, counted once per
    word and article over the occurrences that are not background (and in the lead, with
    ``lead_only``); None when no such occurrence names a word."""
    counts: Counter = Counter()
    seen = False
    for per in occ:
        live = {(w, t) for w, ts, bg, lead in per if not bg and (lead or not lead_only)
                for t in (ts - SPEECH_TYPES or {""})}
        seen = seen or bool(live)
        counts.update(t for _w, t in live if t)
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
    day = _story_day(analyses)
    occ = [_occurrences(a, day) for a in analyses]
    main = _main_types(occ, lead_only=True)
    if main is None:
        main = _main_types(occ, lead_only=False) or set()
    words = {w for per in occ for w, *_ in per}
    keep = {w for per in occ for w, ts, bg, _lead in per if not bg and (not ts or ts & main)}
    if not keep:
        # every word tells an earlier day: the story's day was misjudged, or the story is
        # a follow-up told through the earlier event; its words are then the best there is
        main = _main_types([[(w, ts, False, True) for w, ts, _b, _l in per] for per in occ],
                           lead_only=False) or set()
        keep = {w for per in occ for w, ts, _bg, _lead in per if not ts or ts & main}
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
