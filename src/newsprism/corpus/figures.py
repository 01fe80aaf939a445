"""Figures in news text: a number, how exact it is, and what it counts (people killed...).

Input is an article's text and, where known, its language (the ten newsprism reads); output
is Figure records: the number as written ("at least 32", "50'den fazla", "dozens"), its value,
its bound (exact, at least, more than, about, nearly, up to, vague), the category it counts,
who is counted (people, children, soldiers...) and the character span.
"""
from __future__ import annotations

import math
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
        "murieron", "fallecid", "víctimas", "morti", "uccis", "vittime", "deceduti",
        "ölü", "öldü", "hayatını kaybet", "can kaybı", "νεκρ", "σκοτώθηκ", "έχασαν",
        "قتيل", "قتلى", "قتلوا", "مقتل", "وفاة", "لقي", "لقوا", "حتفهم", "کشته", "جان باخت",
        "ہلاک", "جاں بحق"),
    "people injured": (
        "injur", "wounded", "hurt", "blessé", "verletzt", "verwundet", "herid", "ferit",
        "yaralı", "yaralan", "τραυματ", "جريح", "جرحى", "مصاب", "أصيب", "زخمی", "مجروح"),
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
                         "evakue", "tahliye", "εκτοπισ", "εκκεν", "نازح", "إجلاء", "آواره",
                         "تخلیه"),
}
# Words before a number that say it is a toll even when the count word comes first:
# "the death toll rose to 56", "le bilan s'élève à 64".
_TOLL = ("toll", "bilan", "todeszahl", "balance", "bilancio", "bilanço", "απολογισμ",
         "حصيلة", "آمار")

# Who is counted, when the words between the number and its category say so; anything
# else (or nothing: "56 killed") counts people. Stems, matched at word starts.
COUNTED: dict[str, tuple[str, ...]] = {
    "people": ("people", "person", "personne", "menschen", "personen", "persona", "persone",
               "kişi", "insan", "άνθρωπ", "άτομα", "شخص", "أشخاص", "نفر", "تن", "افراد", "لوگ",
               "afrad", "individu"),
    "children": ("child", "kid", "enfant", "kinder", "niño", "niña", "menor", "bambin",
                 "çocuk", "παιδ", "أطفال", "طفل", "کودک", "بچے", "بچوں"),
    "women": ("women", "woman", "femme", "frauen", "mujer", "donne", "kadın", "γυναίκ",
              "نساء", "امرأة", "زن", "زنان", "خواتین"),
    "soldiers": ("soldier", "troop", "soldat", "soldad", "militar", "soldati", "asker",
                 "στρατιώτ", "جندي", "جنود", "عسكري", "سرباز", "نظامی", "فوجی"),
    "police officers": ("police", "policier", "polizist", "policía", "agent", "polizi",
                        "polis", "αστυνομικ", "شرطي", "الشرطة", "پلیس", "پولیس", "مأمور"),
    "civilians": ("civilian", "civil", "zivilist", "sivil", "άμαχ", "مدني", "غیرنظامی"),
    "passengers": ("passenger", "passager", "passagier", "pasajer", "passegger", "yolcu",
                   "επιβάτ", "راكب", "ركاب", "مسافر"),
    "pilgrims": ("pilgrim", "pèlerin", "pilger", "peregrin", "pellegrin", "hacı", "προσκυνητ",
                 "حاج", "حجاج", "زائر", "زوار", "زائر"),
    "students": ("student", "étudiant", "élève", "schüler", "estudiant", "alumn", "studenti",
                 "öğrenci", "μαθητ", "φοιτητ", "طالب", "طلاب", "دانشجو", "دانش‌آموز", "طلبہ"),
    "journalists": ("journalist", "reporter", "periodist", "giornalist", "gazeteci",
                    "δημοσιογράφ", "صحفي", "صحافي", "خبرنگار", "صحافی"),
}

# A qualifier before the number and the bound it sets. Longest match wins.
_PRE: dict[str, tuple[str, ...]] = {
    "at_least": ("at least", "no fewer than", "not less than", "a minimum of", "au moins",
                 "pas moins de", "mindestens", "wenigstens", "al menos", "por lo menos",
                 "como mínimo", "almeno", "perlomeno", "per lo meno", "en az", "asgari",
                 "τουλάχιστον", "ما لا يقل عن", "لا يقل عن", "دست کم", "دست‌کم", "حداقل",
                 "کم از کم", "کم سے کم"),
    "more_than": ("more than", "over", "upwards of", "in excess of", "plus de", "mehr als",
                  "über", "más de", "più di", "oltre", "πάνω από", "περισσότεροι από",
                  "περισσότερους από", "أكثر من", "ما يزيد على", "ما يزيد عن", "بیش از",
                  "بیشتر از", "well over", "exceeded", "exceeding", "surpassed", "topped",
                  "dépasse", "dépassé", "superó", "supera", "superato", "übersteigt",
                  "تجاوز", "تجاوزت", "يتجاوز", "تخطى"),
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated",
              "closer to",
              "environ", "quelque", "autour de", "rund", "etwa", "ungefähr", "circa", "ca.",
              "unos", "unas", "alrededor de", "aproximadamente", "intorno a", "yaklaşık",
              "περίπου", "نحو", "حوالي", "حوالى", "قرابة", "حدود", "تقریبا", "تقریباً",
              "لگ بھگ", "تقريبا"),
    "nearly": ("nearly", "almost", "close to", "just under", "près de", "presque", "fast",
               "beinahe", "knapp", "casi", "cerca de", "quasi", "neredeyse", "σχεδόν",
               "ما يقرب من", "نزدیک به", "قریب"),
    "up_to": ("up to", "as many as", "as high as", "as much as", "jusqu'à", "bis zu",
              "hasta", "fino a", "έως και", "έως", "ما يصل إلى", "حتى"),
}
# Qualifiers after the number: Turkish case endings ("50'den fazla", "200'ü aşkın"),
# Arabic "32 شخصاً على الأقل", Urdu "50 سے زائد". Searched in the few words that follow.
_POST: dict[str, tuple[str, ...]] = {
    "more_than": ("den fazla", "dan fazla", "ten fazla", "tan fazla", "aşkın", "سے زائد",
                  "سے زیادہ", "وأكثر"),
    "at_least": ("على الأقل", "في الأقل"),
    "about": ("civarında", "kadar", "تقريبا", "تقریباً"),
}

# Spelled numbers per language: only the text's own language is read, since one
# language's numeral is another's common word (English "due", Italian "sei", Turkish "on").
_SPELLED: dict[str, dict[str, int]] = {
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
           "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
           "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
           "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
           "million": 10**6, "millions": 10**6, "dozen": 12},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
           "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
           "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
           "cent": 100, "cents": 100, "douzaine": 12, "mille": 1000, "million": 10**6, "millions": 10**6},
    "de": {"ein": 1, "eine": 1, "einem": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4,
           "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
           "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
           "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
           "tausend": 1000, "million": 10**6, "millionen": 10**6, "dutzend": 12},
    "es": {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
           "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
           "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
           "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
           "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
           "trescientas": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
           "setecientos": 700, "ochocientos": 800, "novecientos": 900, "docena": 12,
           "mil": 1000, "millón": 10**6, "millones": 10**6},
    "it": {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
           "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11,
           "dodici": 12, "venti": 20, "vent": 20, "trenta": 30, "trent": 30,
           "quaranta": 40, "quarant": 40, "cinquanta": 50, "cinquant": 50, "sessanta": 60,
           "sessant": 60, "settanta": 70, "settant": 70, "ottanta": 80, "ottant": 80,
           "novanta": 90, "novant": 90, "cento": 100, "dozzina": 12, "mille": 1000, "mila": 1000,
           "milione": 10**6, "milioni": 10**6},
    "tr": {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7,
           "sekiz": 8, "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50,
           "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90, "yüz": 100, "bin": 1000,
           "milyon": 10**6},
    "el": {"ένας": 1, "μία": 1, "μια": 1, "ένα": 1, "δύο": 2, "δυο": 2, "τρεις": 3,
           "τρία": 3, "τέσσερις": 4, "τέσσερα": 4, "πέντε": 5, "έξι": 6, "επτά": 7, "εφτά": 7,
           "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10, "έντεκα": 11,
           "δώδεκα": 12, "είκοσι": 20, "τριάντα": 30, "σαράντα": 40, "πενήντα": 50,
           "εξήντα": 60, "εβδομήντα": 70, "ογδόντα": 80, "ενενήντα": 90, "εκατό": 100,
           "χίλιοι": 1000, "χίλια": 1000, "χιλιάδες": 1000, "εκατομμύρια": 10**6},
    "ar": {"واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
           "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8,
           "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرون": 20,
           "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
           "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
           "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100,
           "ألف": 1000, "آلاف": 1000, "مليون": 10**6, "ملايين": 10**6},
    "fa": {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8,
           "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "بیست": 20, "سی": 30, "چهل": 40,
           "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90, "صد": 100,
           "هزار": 1000, "میلیون": 10**6},
    "ur": {"ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8,
           "نو": 9, "دس": 10, "گیارہ": 11, "بارہ": 12, "بیس": 20, "تیس": 30, "چالیس": 40,
           "پچاس": 50, "ساٹھ": 60, "ستر": 70, "اسی": 80, "نوے": 90, "سو": 100, "ہزار": 1000,
           "لاکھ": 100_000, "کروڑ": 10**7, "ملین": 10**6},
}
# "one", "un", "bir"... are also articles; read as a count only right before who is counted.
_ARTICLE_LIKE = {"one", "un", "une", "ein", "eine", "einem", "uno", "una", "bir", "ένας",
                 "μία", "μια", "ένα", "واحد", "یک", "ایک", "some"}
# Words joining the parts of one spelled number ("hundred and five", "treinta y dos").
_JOINERS = {"and", "et", "y", "und", "e", "و", "ve", "και"}
# Numbers without digits: a range, not a count ("dozens killed").
_VAGUE: dict[str, tuple[int, int]] = {}
for _words, _rng in ((("dozens", "scores", "dizaines", "dutzende", "decenas", "decine",
                       "onlarca", "δεκάδες", "عشرات", "دهها", "ده‌ها", "درجنوں"), (24, 99)),
                     (("hundreds", "centaines", "hunderte", "cientos", "centenares",
                       "centinaia", "yüzlerce", "εκατοντάδες", "مئات", "صدها", "سینکڑوں"),
                      (200, 999)),
                     (("thousands", "milliers", "tausende", "miles", "migliaia", "binlerce",
                       "χιλιάδες", "آلاف", "هزاران", "ہزاروں"), (2000, 9999))):
    for _w in _words:
        _VAGUE[_w] = _rng
# Words after a number that make it a measure, not a head count ("12 hours after").
_MEASURES = ("hour", "day", "minute", "week", "month", "year", "km", "kilomet", "mile",
             "metre", "meter", "percent", "per cent", "%", "dollar", "euro", "heure", "jour",
             "semaine", "mois", "ans", "stunde", "tag", "woche", "monat", "jahr", "hora", "día",
             "semana", "mes", "año", "ora", "ore", "giorn", "settiman", "mes", "anno", "anni",
             "saat", "gün", "hafta", "yıl", "ώρ", "ημέρ", "μέρ", "χρόν", "ساعة", "ساعات",
             "يوم", "أيام", "سنة", "ساعت", "روز", "سال", "گھنٹ", "دن")
_OF = {"of", "de", "des", "d", "di", "von", "από"}
_DECIMAL_COMMA = {"fr", "de", "es", "it", "tr", "el"}
_SPACE_GROUPS = {"fr"}  # "3 200 déplacés"; elsewhere only no-break spaces group digits
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_WORD = r"[^\W\d_]+(?:\u200c[^\W\d_]+)*"
_STOP = re.compile(r"[.;:!?\u061f\u06d4]\s|\n")

# Integer arithmetic: 50 * 1.1 is 55.000000000000014 in floats, which would let "about 50"
# reach 56.
_INTERVAL = {"at_least": lambda v: (v, math.inf), "more_than": lambda v: (v + 1, math.inf),
             "about": lambda v: (v * 9 // 10, -(-v * 11 // 10)),
             "nearly": lambda v: (v * 85 // 100, v),
             "up_to": lambda v: (v * 9 // 10, v), "exact": lambda v: (v, v)}


# Percentages are read in points: "about 58%" is 57..59, not 52..64.
_POINTS = {"at_least": lambda v: (v, math.inf), "more_than": lambda v: (v + 1e-9, math.inf),
           "about": lambda v: (v - 1, v + 1), "nearly": lambda v: (v - 1, v),
           "up_to": lambda v: (v - 1, v), "exact": lambda v: (v, v)}


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    value: int | float  # a float only for percentages ("52,4 Prozent")
    text: str      # as written, qualifier included: "at least 32"
    category: str  # a key of CATEGORIES or PERCENT_CATEGORIES
    bound: str = "exact"       # exact|at_least|more_than|about|nearly|up_to|vague
    counted: str = "people"    # a key of COUNTED; for a vote share, whose share ("" unknown)
    high: int | None = None    # the top of a vague range ("dozens": 99)
    unit: str = ""             # "%" for percentages

    @property
    def interval(self) -> tuple[float, float]:
        """The counts the figure allows: "at least 50" is 50..inf, "about 60" 54..66."""
        if self.bound == "vague":
            return (self.value, self.high if self.high is not None else math.inf)
        if self.unit == "%":
            return _POINTS[self.bound](self.value)
        return _INTERVAL[self.bound](self.value)

    @property
    def about(self) -> str:
        """What is counted, readable: "people killed", "children injured", "protesters",
        "share of the vote: Anton Marek"."""
        if self.unit == "%":
            return f"{self.category}: {self.counted}" if self.counted else self.category
        if self.counted == "people" or not self.category.startswith("people "):
            return self.category
        return f"{self.counted} {self.category.split(' ', 1)[1]}"

    @property
    def label(self) -> str:
        """The figure in plain English, so the same claim reads the same in any language."""
        if self.bound == "vague":
            for scale, tail in ((1, ""), (1000, " of thousands")):
                w = next((w for w, r in _VAGUE.items()
                          if (r[0] * scale, r[1] * scale) == (self.value, self.high)), None)
                if w:
                    return w + tail
            return f"{self.value:,}+"
        pre = {"exact": "", "at_least": "at least ", "more_than": "more than ",
               "about": "about ", "nearly": "nearly ", "up_to": "up to "}[self.bound]
        if self.unit == "%":
            return f"{pre}{self.value:g}%"
        return f"{pre}{self.value:,}"


def compatible(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their intervals overlap."""
    (lo1, hi1), (lo2, hi2) = a.interval, b.interval
    return lo1 <= hi2 and lo2 <= hi1


# --- numbers ------------------------------------------------------------------------------

def _digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


def _token_re(lang: str | None) -> re.Pattern:
    groups = r"[ \u00a0\u202f\u2009]" if lang in _SPACE_GROUPS else r"[\u00a0\u202f\u2009]"
    num = (rf"\d{{1,3}}(?:{groups}\d{{3}})+(?!\d)"
           r"|\d+(?:[.,\u066c\u2019]\d{3})*(?:[.,\u066b]\d+)?")
    return re.compile(rf"{num}|{_WORD}", re.UNICODE)


def _digit_value(tok: str, lang: str | None, unit_follows: bool) -> float | None:
    t = _digits(tok)
    dec = "," if lang in _DECIMAL_COMMA else "."
    m = re.fullmatch(r"(\d{1,3})((?:[.,\u066c\u2019 \u00a0\u202f\u2009]\d{3})+)", t)
    if m:
        seps = set(re.sub(r"\d", "", m.group(2)))
        # "1,5 Millionen" / "2.5 million": one group in the decimal mark before a unit
        if unit_follows and seps == {dec} and len(m.group(2)) == 4:
            return float(t.replace(dec, "."))
        return int(re.sub(r"\D", "", t))
    if t.isdigit():
        return int(t)
    m = re.fullmatch(r"(\d+)[.,\u066b](\d+)", t)
    if m and unit_follows:
        return float(f"{m.group(1)}.{m.group(2)}")
    return None  # a decimal with no unit ("5,9 magnitude") counts nobody


def _lexicon(lang: str | None) -> dict[str, int]:
    if lang in _SPELLED:
        return _SPELLED[lang]
    if lang is None:
        return _SPELLED["en"]
    return {}


def _word_value(w: str, lex: dict[str, int]) -> int | None:
    w = w.replace("İ", "i").lower()  # Turkish capital dotted I: "İki" is "iki"
    if w in lex:
        return lex[w]
    if _ARABIC_SCRIPT.match(w) and w[:1] == "و" and w[1:] in lex:
        return lex[w[1:]]  # "وثلاثين": and-thirty
    return None


def _glued(w: str, lex: dict[str, int]) -> list[int] | None:
    """German and Italian write numbers as one word ("dreiundzwanzig", "trentadue",
    "zweihundert"): the parts, when the whole word splits into known numerals."""
    w = w.lower()
    if not w:
        return []
    for k in range(len(w), 1, -1):
        head = w[:k]
        if head in lex:
            rest = w[k:]
            if rest.startswith("und"):
                rest = rest[3:]
            tail = _glued(rest, lex)
            if tail is not None:
                return [lex[head], *tail]
    return None


def _combine(parts: list[int]) -> int:
    """Spelled parts to a number: "two hundred five" 205, "quatre vingt" 80, "drei und
    zwanzig" 23, "tres mil" 3000."""
    total, current = 0, 0
    for p in parts:
        if p >= 1000:
            total += max(current, 1) * p
            current = 0
        elif p == 100 or (p == 20 and 1 < current < 10 and current == 4):
            current = max(current, 1) * p
        else:
            current += p
    return total + current


# --- reading ------------------------------------------------------------------------------

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
            at_start = i == 0 or joined[i - 1] == " " or bool(_ARABIC_SCRIPT.match(stem))
            pos = -joined.rfind(stem) if nearest_last else i
            if at_start and (best is None or pos < best[0]):
                best = (pos, cat)
    return best[1] if best else None


def _counted(words: list[str]) -> str | None:
    for w in words:
        lw = w.lower()
        # Arabic script glues "and" and the article to the word: "والأطفال"
        bare = re.sub(r"^و?(?:ال)?", "", lw) if _ARABIC_SCRIPT.match(lw) else lw
        for key, stems in COUNTED.items():
            if any(bare == s if len(s) <= 2 else lw.startswith(s) or bare.startswith(s)
                   for s in stems):
                return key
    return None


def _pre_bound(text: str, start: int) -> tuple[str, int]:
    """(bound, start of the qualifier) for a qualifier right before the number."""
    lo = max(0, start - 28)
    before = text[lo:start].rstrip()
    best = None
    for bound, quals in _PRE.items():
        for q in quals:
            k = len(before) - len(q)
            # sliced before lower-casing: "İ".lower() is two characters
            if k >= 0 and before[k:].lower() == q and (k == 0 or not before[k - 1].isalnum()) \
                    and (best is None or len(q) > best[2]):
                best = (bound, k, len(q))
    if best is None:
        return "exact", start
    return best[0], lo + best[1]


def _post_bound(text: str, end: int) -> tuple[str | None, int]:
    """A qualifier in the words after the number ("50'den fazla", "32 شخصاً على الأقل")."""
    after = text[end:end + 40]
    cut = _STOP.search(after + " ")
    after = after[:cut.start()] if cut else after
    for bound, quals in _POST.items():
        for q in quals:
            i = next((k for k in range(len(after) - len(q) + 1)
                      if after[k:k + len(q)].lower() == q), -1)
            # within the next three words, not across a clause
            if i >= 0 and len(after[:i].split()) <= 2 and "," not in after[:i]:
                return bound, end + i + len(q)
    return None, end


def figures(text: str, lang: str | None = None) -> list[Figure]:
    """Every counted figure in ``text``, in text order. ``lang`` picks the spelled
    numerals read (English when unknown); digits of every script are always read."""
    lex = _lexicon(lang)
    toks = [(m.group(0), m.start(), m.end()) for m in _token_re(lang).finditer(text)]
    out: list[Figure] = []
    i = 0
    while i < len(toks):
        pct = _percent_at(text, toks, i, lang)
        if pct is not None:
            if pct.category:
                out.append(pct)
            i += 1
            continue
        got = _number_at(text, toks, i, lex, lang)
        if got is None:
            i += 1
            continue
        value, high, j, end = got  # tokens i..j-1 are the number
        fig = _figure(text, toks, i, j, value, high, end)
        if fig is not None:
            out.append(fig)
        i = j
    return out


# --- percentages --------------------------------------------------------------------------

# What a percentage measures, by words in its clause; others (prices, pay rises) are left out.
PERCENT_CATEGORIES: dict[str, tuple[str, ...]] = {
    "turnout": ("turnout", "participation", "wahlbeteiligung", "beteiligung", "participación",
                "affluenza", "katılım", "συμμετοχή", "المشاركة", "نسبة المشاركة", "مشارکت",
                "ٹرن آؤٹ"),
    "share of the vote": ("vote", "ballot", "voix", "suffrages", "stimmen", "votos", "voti",
                          "oyların", "oyu", "oy oran", "ψήφ", "الأصوات", "أصوات", "آرا", "رای",
                          "ووٹ", "share", "results", "résultats", "ergebnis", "resultados", "risultati",
                          "sonuç"),
}
_PCT_AFTER = re.compile(r"[ \u00a0\u202f]?(?:%|\u066a|percent\b|per cent\b|pour cent\b|"
                        r"prozent\b|por ciento\b|per cento\b|τοις εκατό|في المئة|في المائة|"
                        r"بالمئة|بالمائة|درصد|فیصد)", re.IGNORECASE)


def _percent_at(text, toks, i, lang) -> Figure | None:
    """A percentage starting at token ``i`` ("61%", "52,4 Prozent", "yüzde 61", "%61"),
    with its category ("" when it measures nothing newsprism compares), else None."""
    tok, s, e = toks[i]
    if not tok[:1].isdigit():
        return None
    t = _digits(tok)
    if not re.fullmatch(r"\d{1,3}(?:[.,\u066b]\d+)?", t):
        return None
    after = _PCT_AFTER.match(text, e)
    prefix = i > 0 and (toks[i - 1][0].lower() == "yüzde" and
                        text[toks[i - 1][2]:s] == " ") or (s > 0 and text[s - 1] in "%\u066a")
    if not after and not prefix:
        return None
    value = float(re.sub(r"[,\u066b]", ".", t))
    value = int(value) if value.is_integer() else value
    end = after.end() if after else e
    start = toks[i - 1][1] if prefix and s > 0 and text[s - 1] not in "%\u066a" else \
        (s - 1 if prefix else s)
    bound, q = _pre_bound(text, start)
    if bound == "exact":
        post, pend = _post_bound(text, end)
        if post is not None:
            bound, end = post, pend
    return Figure(q, end, value, text[q:end], _percent_category(text, q, end), bound, "",
                  None, "%")


def _percent_category(text: str, start: int, end: int) -> str:
    """The category whose word lies nearest the percentage in its sentence, else in the
    sentence before it in the paragraph ("Die Wahlbeteiligung lag bei 61 Prozent. Das
    Bürgerforum sprach dagegen von 57 Prozent")."""
    lo = max([0] + [text.rfind(c, 0, start) + 1 for c in ".!?\n\u061f"])
    his = [i for i in (text.find(c, end) for c in ".!?\n\u061f") if i >= 0]
    hi = min(his) if his else len(text)
    got = _nearest_category(text, lo, hi, start, end)
    if not got and lo > 1 and text[lo - 1] != "\n":
        prev = max([0] + [text.rfind(c, 0, lo - 1) + 1 for c in ".!?\n\u061f"])
        got = _nearest_category(text, prev, lo, start, end)
    return got


def _nearest_category(text: str, lo: int, hi: int, start: int, end: int) -> str:
    low = text[lo:hi].lower()
    best = None
    for cat, stems in PERCENT_CATEGORIES.items():
        for st in stems:
            for m in re.finditer(re.escape(st), low):
                if m.start() > 0 and low[m.start() - 1].isalnum() and not _ARABIC_SCRIPT.match(st):
                    continue
                at = lo + m.start()
                # the gap between the word and the figure, on whichever side it stands
                d = start - (at + len(st)) if at < start else at - end
                if best is None or d < best[0]:
                    best = (d, cat)
    return best[1] if best else ""


# --- counts ---------------------------------------------------------------------------------

def _number_at(text, toks, i, lex, lang):
    """(value, vague top or None, next token index, end offset) of a number starting at
    token ``i``, else None."""
    tok, s, e = toks[i]
    if tok[:1].isdigit() and (_names_a_thing(text, toks, i, lang) or _clock(text, s, e)):
        return None
    if i + 1 < len(toks) and _is_measure(toks[i + 1][0].lower()) and _adjacent(text, toks, i):
        return None  # "12 hours", "3 km"
    nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
    unit = _word_value(nxt, lex) if nxt else None
    unit_follows = unit is not None and unit >= 1000 and _adjacent(text, toks, i)
    if tok[:1].isdigit():
        v = _digit_value(tok, lang, unit_follows)
        if v is None:
            return None
        if isinstance(v, int) and 1900 <= v <= 2100 and len(tok) == 4 and not unit_follows:
            return None  # a year
        if unit_follows:
            return int(round(v * unit)), None, i + 2, toks[i + 1][2]
        return int(v), None, i + 1, e
    low = tok.lower()
    if low not in _VAGUE and low[:1] == "و" and low[1:] in _VAGUE:
        low = low[1:]  # "وعشرات": and dozens
    if low in _VAGUE:
        lo, hi = _VAGUE[low]
        # "hundreds of thousands"
        if i + 2 < len(toks) and nxt in _OF and toks[i + 2][0].lower() in _VAGUE and \
                _VAGUE[toks[i + 2][0].lower()][0] >= 1000:
            return lo * 1000, hi * 1000, i + 3, toks[i + 2][2]
        return lo, hi, i + 1, e
    parts, j = _spelled_run(text, toks, i, lex)
    if not parts:
        return None
    if j == i + 1 and low in _ARTICLE_LIKE and _counted([nxt]) is None:
        return None  # "one of the", "un homme"
    return _combine(parts), None, j, toks[j - 1][2]


def _names_a_thing(text, toks, i, lang) -> bool:
    """Digits that are part of a name, not a count: glued to letters ("PS752", "A320") or
    right after a capitalised word ("Flight 752", "Boeing 737", "Resolution 2334") other
    than a determiner or qualifier. German capitalises every noun, so there only the
    glued case."""
    s = toks[i][1]
    # glued to letters, except Arabic script's "and" ("و12 طفلا": and 12 children)
    if s > 0 and text[s - 1].isalpha() and not _ARABIC_SCRIPT.match(text[s - 1]):
        return True
    if lang == "de" or i == 0 or text[toks[i - 1][2]:s] != " ":
        return False
    prev = toks[i - 1][0]
    if not prev[:1].isupper():
        return False
    if prev.lower() in _DETERMINERS or any(
            prev.lower() == q.split()[-1] for qs in _PRE.values() for q in qs):
        return False  # "All 176", "Over 50", "Al menos 56"
    return True


# Capitalised words that start a count rather than name a thing ("All 176 passengers").
_DETERMINERS = {"all", "another", "only", "just", "the", "those", "these", "tous", "toutes",
                "les", "ces", "alle", "die", "diese", "todos", "todas", "los", "las", "tutti",
                "tutte", "gli", "i", "le", "tüm", "bütün", "όλοι", "όλες", "οι", "and",
                "but", "et", "und", "y", "e", "ve"}


# Words that may sit between a number and its category across commas ("56 people,
# mostly children, were killed"; "dont", "darunter", "بينهم": among them).
_FILLERS = {"mostly", "mainly", "many", "most", "including", "among", "them", "of", "whom",
            "all", "dont", "principalement", "surtout", "darunter", "meist", "viele",
            "incluidos", "entre", "ellos", "ellas", "tra", "cui", "aralarında", "μεταξύ",
            "τους", "بينهم", "منهم", "من", "جن", "میں", "از", "جمله"}


def _clock(text: str, s: int, e: int) -> bool:
    """"6:12", "18h30": a time of day."""
    return (s > 1 and text[s - 1] == ":" and text[s - 2].isdigit()) or \
        (e + 1 < len(text) and text[e] in ":h" and text[e + 1].isdigit())


def _adjacent(text, toks, i) -> bool:
    return i + 1 < len(toks) and text[toks[i][2]:toks[i + 1][1]] in (" ", "\u00a0", "-", "")


def _spelled_run(text, toks, i, lex) -> tuple[list[int], int]:
    """The parts of a spelled number starting at token ``i`` and the index after it."""
    parts: list[int] = []
    j = i
    while j < len(toks):
        tok = toks[j][0]
        if j > i and not text[toks[j - 1][2]:toks[j][1]].strip(" -\u00a0") == "":
            break
        v = _word_value(tok, lex)
        if v is not None:
            parts.append(v)
            j += 1
            continue
        if parts and tok.lower() in _JOINERS and j + 1 < len(toks) and \
                _word_value(toks[j + 1][0], lex) is not None:
            j += 1
            continue
        glued = _glued(tok, lex) if lex and len(tok) > 5 else None
        if glued and len(glued) > 1:
            parts += glued
            j += 1
            continue
        break
    return parts, j


def _figure(text, toks, i, j, value, high, end) -> Figure | None:
    after = _clause(text, toks, j, 5)
    cat = _category(after)
    counted = None
    if cat is not None:
        cue = next((k for k, w in enumerate(after) if _category([w]) == cat), len(after))
        counted = _counted(after[:cue + 1])
    if cat is None:
        # the verb first: "killing 32 people", "arrested 12", "وأصيب 11 راكبا"
        cat = _category(_clause_before(text, toks, i, 2), nearest_last=True)
        counted = _counted(after[:3])
    if cat is None and _toll_before(text, toks, i):
        cat = "people killed"
    if cat is None:
        return None
    s = toks[i][1]
    if high is not None:
        bound, q = "vague", s
    else:
        bound, q = _pre_bound(text, s)
        post, pend = _post_bound(text, end)
        if post is not None and bound == "exact":
            bound, end = post, pend
    return Figure(q, end, value, text[q:end], cat, bound, counted or "people", high)


def _clause(text: str, toks, j: int, k: int) -> list[str]:
    """Up to ``k`` words from token ``j`` on, stopping at a sentence or clause end."""
    words = []
    prev_end = toks[j - 1][2] if j > 0 else 0
    for tok, s, e in toks[j:j + k]:
        gap = text[prev_end:s]
        if _STOP.search(gap + " ") and gap.strip():
            break
        # a comma ends the number's phrase unless only who is counted came before it:
        # "56 people, mostly children, were killed" but not "3 survived, 40 died"
        if ("," in gap or "\u060c" in gap) and any(
                _counted([w]) is None and w.lower() not in _FILLERS for w in words):
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


def _is_measure(w: str) -> bool:
    # short stems ("an", "ay", "tag") only as whole words or plurals: "an" must not take "and"
    return any(w.startswith(m) if len(m) > 3 else w in (m, m + "s", m + "e", m + "lar",
                                                            m + "ler", m + "en")
               for m in _MEASURES)


def _toll_before(text: str, toks, i: int) -> bool:
    """A toll word earlier in the number's clause ("The death toll from Tuesday's stampede
    at the funeral ... may be as high as 64"), unless the number measures something else."""
    if i + 1 < len(toks) and _is_measure(toks[i + 1][0].lower()):
        return False
    lo = toks[i][1]
    for j in range(i - 1, max(-1, i - 21), -1):
        gap = text[toks[j][2]:toks[j + 1][1]]
        if _STOP.search(gap + " ") and gap.strip() or "," in gap or "،" in gap:
            break
        lo = toks[j][1]
    window = text[lo:toks[i][1]].lower()
    return any(w in window for w in _TOLL)


__all__ = ["Figure", "CATEGORIES", "COUNTED", "PERCENT_CATEGORIES", "figures", "compatible"]
