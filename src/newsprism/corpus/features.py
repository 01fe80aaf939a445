"""Per-article features for story clustering: what the clusterer knows of one report.

Inputs are Analysis records (entities, timexes, events of the lead) and an embedding; outputs
are Features (names, figures, the lead's event day, kinds of happening, content words), and
the prefixed-string keys they are stored as in article_features.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from ..records import Analysis
from . import embed as _embed
from . import kinds as _kinds
from . import names as _names
from . import neardup as _neardup

LEAD_CHARS = 1500
_NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"}
_PLACE_TYPES = {"GPE", "LOC", "FAC"}
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_NUMBER = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")
_TERM = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
MAX_TERMS = 80
KIND_CHARS = 700


@dataclass(frozen=True, slots=True)
class Features:
    """What the clusterer knows of one article; recomputable from its Analysis, and
    stored (embedding, MinHash, keys) so a later run never embeds the article again."""

    article_id: str
    published: _dt.date | None
    language: str
    title: str | None = None
    embedding: np.ndarray | None = None
    minhash: object | None = None  # datasketch.MinHash
    names: frozenset[str] = frozenset()   # name skeletons from a recogniser or capitals
    words: frozenset[str] = frozenset()   # word skeletons of uncased scripts (weak)
    figures: frozenset[str] = frozenset()  # numbers of 2+ digits that are not years
    dates: frozenset[str] = frozenset()   # the lead's event day, YYYY-MM-DD
    types: frozenset[str] = frozenset()   # PLOVER types of the lead's events
    terms: frozenset[str] = frozenset()   # content words of title + lead (same-language)
    places: frozenset[str] = frozenset()  # skeletons of the places the lead names
    kinds: frozenset[str] = frozenset()   # kinds of happening the headline names (kinds.py)
    lead_kinds: frozenset[str] = frozenset()  # ... in the headline and opening paragraph


def lead_of(analysis: Analysis, chars: int = LEAD_CHARS) -> str:
    return analysis.text[:chars]


def _digits(s: str) -> str:
    # Arabic-Indic and Persian digits read as the same numbers as ASCII ones
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


def figures_in(text: str) -> frozenset[str]:
    """Numbers that identify an event (tolls, magnitudes, counts): two or more digits,
    separators dropped, calendar years left out because every story shares them."""
    out = set()
    for m in _NUMBER.finditer(_digits(text)):
        n = re.sub(r"[.,\u066b\u066c]", "", m.group(0)).lstrip("0")
        if len(n) < 2 or (len(n) == 4 and 1900 <= int(n) <= 2100):
            continue
        out.add(n)
    return frozenset(out)


LEAD_DAY_CHARS = 500
# Weekday names, Monday first, in the languages newsprism reads (accents folded). Urdu's
# پیر and ہفتہ also mean "saint" and "week", so they are left out.
_WEEKDAYS = {
    w: i for names in (
        "monday tuesday wednesday thursday friday saturday sunday",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "montag dienstag mittwoch donnerstag freitag samstag sonntag",
        "lunes martes miercoles jueves viernes sabado domingo",
        "lunedi martedi mercoledi giovedi venerdi sabato domenica",
        "pazartesi sali carsamba persembe cuma cumartesi pazar",
        "δευτερα τριτη τεταρτη πεμπτη παρασκευη σαββατο κυριακη",
        "الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد",
        "دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه",
        "- منگل بدھ جمعرات جمعہ - اتوار",
    ) for i, w in enumerate(names.split()) if w != "-"}
_WEEKDAYS.update({"سه شنبه": 1, "پنج‌شنبه": 3, "یک‌شنبه": 6})
_WEEKDAY_RE = re.compile(
    r"(?<![^\W\d_])(?:[وب]?ال|[وب])?(" + "|".join(
        sorted((re.escape(w.replace("ال", "", 1) if w.startswith("ال") else w)
                for w in _WEEKDAYS), key=len, reverse=True))
    # a whole word, or a German compound ("Dienstagabend")
    + r")(?=[^\w]|$|abend|morgen|nacht|fruh|mittag|nachmittag|vormittag)", re.UNICODE)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("أ", "ا").replace("إ", "ا").replace("ς", "σ")


def names_day(t) -> bool:
    """Whether a timex names a calendar day: any DATE, or a TIME whose value opens with a
    full date ("Wednesday night", 2020-02-12TNI, which TimeML types TIME)."""
    return t.type == "DATE" or (t.type == "TIME" and bool(_FULL_DAY.match(t.value)))


def lead_day(analysis: Analysis) -> str | None:
    """The day the lead says the event happened: the first full-day date (timex or event
    date) in the opening characters, else the first weekday name there, resolved to the
    latest such day on or before publication. None when neither is found."""
    end = LEAD_DAY_CHARS
    found = [(t.start, t.value[:10]) for t in analysis.timexes
             if names_day(t) and t.start < end and _FULL_DAY.match(t.value)]
    found += [(e.trigger.start, e.date[:10]) for e in analysis.events
              if e.date and e.trigger.start < end and _FULL_DAY.match(e.date)]
    if found:
        return min(found)[1]
    pub = analysis.published or analysis.article.published
    if pub is None:
        return None
    title = analysis.article.title or ""
    for m in _WEEKDAY_RE.finditer(_fold(f"{title}\n{analysis.text[:end]}")):
        word = m.group(1)
        wd = _WEEKDAYS.get(word, _WEEKDAYS.get("ال" + word))
        if wd is None:
            continue
        back = (pub.weekday() - wd) % 7
        return (pub - _dt.timedelta(days=back)).isoformat()
    return None


def features_of(analysis: Analysis, embedding: np.ndarray | None = None) -> Features:
    """Features of one analysed article (embedding computed by the caller, in batches)."""
    art = analysis.article
    lead = lead_of(analysis)
    end = len(lead)
    names: set[str] = set()
    places: set[str] = set()
    for ent in analysis.entities:
        if ent.type in _PLACE_TYPES and any(m.start < LEAD_DAY_CHARS and m.kind == "name"
                                            for m in ent.mentions):
            places.update(k for k in _names.name_skeleton(ent.name).split() if len(k) >= 3)
        if ent.type in _NAME_TYPES and any(m.start < end and m.kind == "name"
                                           for m in ent.mentions):
            names.update(k for k in _names.name_skeleton(ent.name).split() if len(k) >= 3)
    head = f"{art.title}\n{lead}" if art.title else lead
    names |= _names.cased_name_keys(head)
    day = lead_day(analysis)
    lang = analysis.language or art.language or "und"
    return Features(
        article_id=art.id, published=analysis.published or art.published,
        language=lang, title=art.title,
        embedding=embedding, minhash=_neardup.minhash(art.text),
        names=frozenset(names), words=frozenset(_names.uncased_word_keys(head)),
        figures=figures_in(head), dates=frozenset([day] if day else []),
        types=frozenset(e.type for e in analysis.events if e.trigger.start < end),
        terms=terms_of(head[:1200]), places=frozenset(places),
        kinds=_kinds.headline_kinds(art.title, analysis.text, lang),
        lead_kinds=_kinds.kinds_in(
            f"{art.title or ''}\n{_kinds.lead_paragraph(analysis.text, KIND_CHARS)}", lang))


def terms_of(text: str) -> frozenset[str]:
    """The first MAX_TERMS distinct words of four or more letters, case-folded: a cheap
    lexical profile; rarity weighting later makes stop words count for little."""
    out: dict[str, None] = {}
    for m in _TERM.finditer(text):
        out.setdefault(m.group(0).casefold(), None)
        if len(out) >= MAX_TERMS:
            break
    return frozenset(out)


_KEY_FIELDS = (("n", "names"), ("w", "words"), ("f", "figures"), ("d", "dates"),
               ("v", "types"), ("x", "terms"), ("g", "places"), ("k", "kinds"),
               ("K", "lead_kinds"))


def feature_keys(f: Features) -> list[str]:
    """The keys column of article_features: prefixed strings, sorted (deterministic)."""
    keys = [f"{p}:{k}" for p, attr in _KEY_FIELDS for k in getattr(f, attr)]
    keys.append(f"l:{f.language}")
    if f.published:
        keys.append(f"p:{f.published.isoformat()}")
    if f.title:
        keys.append(f"t:{f.title}")
    return sorted(keys)


def features_from_row(article_id: str, row: dict) -> Features:
    """Features back from a stored {"embedding", "minhash", "keys"} row."""
    sets: dict[str, set[str]] = {attr: set() for _, attr in _KEY_FIELDS}
    prefix = dict(_KEY_FIELDS)
    lang, pub, title = "und", None, None
    for k in row.get("keys") or ():
        p, _, v = k.partition(":")
        if p in prefix:
            sets[prefix[p]].add(v)
        elif p == "l":
            lang = v
        elif p == "p":
            pub = _dt.date.fromisoformat(v)
        elif p == "t":
            title = v
    emb = row.get("embedding")
    mh = row.get("minhash")
    return Features(article_id=article_id, published=pub, language=lang, title=title,
                    embedding=_embed.from_bytes(emb) if emb else None,
                    minhash=_neardup.minhash_from_bytes(mh) if mh else None,
                    **{a: frozenset(s) for a, s in sets.items()})


__all__ = ["Features", "LEAD_CHARS", "lead_of", "figures_in", "lead_day", "features_of",
           "terms_of", "feature_keys", "features_from_row"]
