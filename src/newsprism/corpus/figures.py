"""Figures in news text: a number and what it counts (people killed, injured, arrested...).

Input is an article's text (any of the languages newsprism reads, where digits or common
spelled numbers are used); output is Figure records with the number as written ("at least
32"), its integer value, the category it counts and the character span. "Dozens" is no figure.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# What a figure counts, by the words that follow (or, for tolls, precede) it. Stems are
# matched at word starts so inflections ("killed", "killing"; "Tote", "Toten") all hit.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "people killed": (
        "killed", "killing", "dead", "death", "deaths", "died", "dying", "fatalit", "lives",
        "bodies", "murdered", "slain", "morts", "tués", "tuées", "décès", "victimes",
        "tote", "toten", "getötet", "ums leben", "todesopfer", "muertos", "muertas",
        "fallecid", "murieron", "víctimas", "morti", "uccis", "vittime", "deceduti",
        "ölü", "öldü", "hayatını kaybetti", "can kaybı", "νεκρ", "σκοτώθηκ", "έχασαν",
        "قتيل", "قتلى", "قتلوا", "مقتل", "وفاة", "لقي", "لقوا", "حتفهم", "کشته", "جان باخت",
        "ہلاک", "جاں بحق", "died"),
    "people injured": (
        "injur", "wounded", "hurt", "blessé", "verletzt", "verwundet", "herid", "ferit",
        "yaralı", "yaralan", "τραυματ", "جريح", "جرحى", "مصاب", "أصيب", "زخمی", "مجروح",
        "زخمی"),
    "people arrested": (
        "arrest", "detain", "detention", "custody", "arrêté", "interpellé", "festgenommen",
        "festnahme", "verhaftet", "detenid", "arrestat", "fermat", "gözaltı", "tutuklan",
        "συνελήφθ", "συλλήψ", "اعتقال", "معتقل", "اعتقل", "موقوف", "بازداشت", "دستگیر",
        "گرفتار"),
    "people missing": ("missing", "disparu", "vermisst", "desaparecid", "dispers", "kayıp",
                       "αγνοούμεν", "مفقود", "ناپدید", "لاپتہ"),
    "protesters": ("protester", "demonstrator", "marcher", "manifestant", "demonstrant",
                   "manifestanti", "göstericiler", "διαδηλωτ", "متظاهر", "محتج",
                   "معترض", "تظاهرکنندگان", "مظاہرین"),
    "people displaced": ("displaced", "evacuated", "homeless", "déplacé", "évacué",
                         "vertrieben", "evakuiert", "desplazad", "evacuad", "sfollat",
                         "evakue", "εκτοπισ", "نازح", "آواره"),
}
# Words before a number that say it is a toll even when the count word comes first:
# "the death toll rose to 56", "le bilan s'élève à 64".
_TOLL = ("toll", "bilan", "todeszahl", "balance", "bilancio", "bilanço", "απολογισμ",
         "حصيلة", "آمار")

_QUALIFIERS = (
    "at least", "more than", "over", "nearly", "almost", "about", "around", "up to",
    "some", "approximately", "roughly", "au moins", "plus de", "près de", "environ",
    "mindestens", "mehr als", "fast", "rund", "etwa", "al menos", "más de", "casi",
    "unos", "alrededor de", "almeno", "più di", "quasi", "circa", "en az", "yaklaşık",
    "τουλάχιστον", "πάνω από", "ما لا يقل عن", "أكثر من", "نحو", "حوالي", "دست کم",
    "بیش از", "حدود", "کم از کم")

_SPELLED = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "douze": 12, "vingt": 20, "trente": 30, "cent": 100,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "hundert": 100,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "doce": 12, "veinte": 20, "treinta": 30, "cien": 100,
    "due": 2, "tre": 3, "quattro": 4, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "dodici": 12, "venti": 20, "trenta": 30, "cento": 100,
    "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
    "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "yüz": 100,
    "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7,
    "ثمانية": 8, "تسعة": 9, "عشرة": 10, "الأربعة": 4, "الثلاثة": 3,
}
_UNITS = {"thousand": 1000, "million": 1_000_000, "mille": 1000, "tausend": 1000,
          "mil": 1000, "bin": 1000, "ألف": 1000, "هزار": 1000}
_AMBIGUOUS = {"one", "on", "some"}  # "on Tuesday", "one of the" are not counts

_TOKEN = re.compile(r"\d+(?:[.,\u066b\u066c]\d{3})*(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)
_STOP = re.compile(r"[.;:!?\u061f\u06d4]\s|\n")


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    value: int
    text: str      # as written, qualifier included: "at least 32"
    category: str  # a key of CATEGORIES


def _digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


def _number(tok: str) -> int | None:
    t = _digits(tok)
    if t[:1].isdigit():
        # thousands separators; a decimal ("5,9" magnitude) is no head count
        if re.fullmatch(r"\d{1,3}(?:[.,\u066b\u066c]\d{3})+", t):
            return int(re.sub(r"\D", "", t))
        return int(t) if t.isdigit() else None
    return _SPELLED.get(t.lower())


_ARABIC = re.compile(r"[\u0600-\u06FF]")


def _category(words: list[str], nearest_last: bool = False) -> str | None:
    """The category whose word comes first in ``words`` (last, when the words precede
    the number: the cue nearest the number wins)."""
    joined = " ".join(w.lower() for w in words)
    best = None
    for cat, stems in CATEGORIES.items():
        for stem in stems:
            i = joined.find(stem)
            if i < 0:
                continue
            # Arabic script glues conjunctions and prepositions to the word ("وأصيب"),
            # so a stem may sit inside a word there
            at_start = i == 0 or joined[i - 1] == " " or bool(_ARABIC.match(stem))
            pos = -joined.rfind(stem) if nearest_last else i
            if at_start and (best is None or pos < best[0]):
                best = (pos, cat)
    return best[1] if best else None


def _qualifier(text: str, start: int) -> int:
    """Start of a qualifier ("at least") right before the number, else ``start``."""
    before = text[max(0, start - 24):start].lower()
    for q in sorted(_QUALIFIERS, key=len, reverse=True):
        if before.rstrip().endswith(q) and before.rstrip() != before[:0]:
            cut = before.rstrip()
            k = len(cut) - len(q)
            if k == 0 or not cut[k - 1].isalnum():
                return start - len(before) + k
    return start


def figures(text: str) -> list[Figure]:
    """Every counted figure in ``text``, in text order."""
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[Figure] = []
    for i, (tok, s, e) in enumerate(toks):
        n = _number(tok)
        if n is None or tok.lower() in _AMBIGUOUS:
            continue
        if 1900 <= n <= 2100 and tok.isdigit() and len(tok) == 4:
            continue  # a year
        end = e
        if i + 1 < len(toks) and toks[i + 1][0].lower() in _UNITS:
            n *= _UNITS[toks[i + 1][0].lower()]
            end = toks[i + 1][2]
        cat = _category(_clause(text, toks, i + 1, 5))
        if cat is None:
            # the verb first: "killing 32 people", "arrested 12", "وأصيب 11 راكبا"
            cat = _category(_clause_before(text, toks, i, 2), nearest_last=True)
        if cat is None and _toll_before(text, toks, i):
            cat = "people killed"
        if cat is None:
            continue
        q = _qualifier(text, s)
        out.append(Figure(q, end, n, text[q:end], cat))
    return out


def _clause(text: str, toks, j: int, k: int) -> list[str]:
    """Up to ``k`` words from token ``j`` on, stopping at a sentence or clause end."""
    words = []
    prev_end = toks[j - 1][2] if j > 0 else 0
    for tok, s, e in toks[j:j + k]:
        if _STOP.search(text[prev_end:s] + " ") and text[prev_end:s].strip():
            break
        words.append(tok)
        prev_end = e
    return words


def _clause_before(text: str, toks, i: int, k: int) -> list[str]:
    words = []
    for j in range(i - 1, max(-1, i - 1 - k), -1):
        if _STOP.search(text[toks[j][2]:toks[j + 1][1]] + " ") and \
                text[toks[j][2]:toks[j + 1][1]].strip():
            break
        words.insert(0, toks[j][0])
    return words


def _toll_before(text: str, toks, i: int) -> bool:
    window = " ".join(_clause_before(text, toks, i, 6)).lower()
    return any(w in window for w in _TOLL)


__all__ = ["Figure", "CATEGORIES", "figures"]
