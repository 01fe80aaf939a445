"""Word tables for time expressions: months, weekdays, numbers, units, seasons, holidays.
Inputs: none; timex_rules builds its patterns from them, timex_resolve maps words to numbers.
"""
from __future__ import annotations

import re

# English month names with the abbreviations newswire uses ("Sept.", "Jan."); the bare
# abbreviation without a period is allowed too because headlines often drop it.
MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Month names in the other languages the pipeline meets most (fr, es, de, it, pt, nl),
# enough that a non-English article yields its dates rather than nothing.
MONTHS_OTHER = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish / Portuguese
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # German / Dutch
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12, "januari": 1, "februari": 2, "maart": 3, "mei": 5,
    "augustus": 8,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
}

# Abbreviated month names in those languages; matched only with their period ("3 janv.
# 2020", "12 dic. 2019") since several are ordinary words without it ("ago", "mag").
MONTH_ABBR_OTHER = {
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12, "ene": 1, "abr": 4,
    "ago": 8, "dic": 12, "okt": 10, "dez": 12, "mär": 3, "gen": 1, "mag": 5, "giu": 6,
    "lug": 7, "ott": 10, "set": 9, "fev": 2, "out": 10,
}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}
# Weekdays and day words in fr, es, de, it, pt: non-English articles are resolved with
# these and no tense cues (the multilingual pipeline has no tagger), so past is assumed.
WEEKDAYS_OTHER = {
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
    "dimanche": 7, "lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4,
    "viernes": 5, "sábado": 6, "sabado": 6, "domingo": 7, "montag": 1, "dienstag": 2,
    "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonnabend": 6, "sonntag": 7,
    "lunedì": 1, "lunedi": 1, "martedì": 2, "martedi": 2, "mercoledì": 3, "mercoledi": 3,
    "giovedì": 4, "giovedi": 4, "venerdì": 5, "venerdi": 5, "sabato": 6, "domenica": 7,
    "segunda-feira": 1, "terça-feira": 2, "quarta-feira": 3, "quinta-feira": 4,
    "sexta-feira": 5,
}
DEICTIC_OTHER = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1,
    "après-demain": 2, "anteayer": -2, "ayer": -1, "hoy": 0, "mañana": 1,
    "vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2,
    "ieri": -1, "oggi": 0, "domani": 1, "ontem": -1, "hoje": 0, "amanhã": 1,
}
WEEKDAY_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# TimeML part-of-day codes.
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI", "dawn": "MO", "daybreak": "MO", "dusk": "EV",
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Month in which a season ends, used to decide whether "last summer" is this year's.
SEASON_END_MONTH = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}

_UNITS = {
    "second": "S", "sec": "S", "minute": "M", "min": "M", "hour": "H", "hr": "H", "day": "D",
    "night": "D", "week": "W", "weekend": "WE", "fortnight": "2W", "month": "M", "year": "Y",
    "yr": "Y", "decade": "DE", "century": "CE", "centurie": "CE", "quarter": "Q",
}
TIME_UNITS = {"S", "H"}  # minutes are resolved by the unit word, not the code

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# Quantities that name no number: TimeML writes them as X in the value ("PXY").
VAGUE_QUANTITIES = ("several", "a few", "few", "some", "many", "a number of", "dozens of",
                    "hundreds of", "numerous")

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8,
    "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14,
    "fifteenth": 15, "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17,
    "17th": 17, "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19,
    "twentieth": 20, "20th": 20, "twenty-first": 21, "21st": 21,
}

# Fixed-date holidays news mentions by name, as (month, day).
HOLIDAYS_FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "bastille day": (7, 14),
    "veterans day": (11, 11), "armistice day": (11, 11), "boxing day": (12, 26),
}
# Holidays on the nth weekday of a month, as (month, weekday 1-7, n; -1 = last).
HOLIDAYS_FLOATING = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
}


# Holidays that move with Easter, as days after Easter Sunday.
HOLIDAYS_EASTER = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
                   "ash wednesday": -46, "palm sunday": -7, "pentecost": 49}


def easter(year: int) -> tuple[int, int]:
    """(month, day) of Western Easter Sunday in ``year`` (Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_skip, leap_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    shift = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_skip - shift + 15) % 30
    quads, rem = divmod(rest, 4)
    weekday = (32 + 2 * leap_rest + 2 * quads - epact - rem) % 7
    late = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * late + 114, 31)
    return month, day + 1


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so the engine prefers full words."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS_EN.get(w) or MONTHS_OTHER.get(w) or (
        MONTH_ABBR_OTHER.get(w) if word.endswith(".") else None)


def weekday_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return WEEKDAYS.get(w) or WEEKDAYS_OTHER.get(w)


def unit_code(word: str) -> str | None:
    """TimeML unit letter for a unit word in any number ("years" -> "Y", "hrs" -> "H")."""
    w = word.lower().rstrip(".")
    if w in _UNITS:
        return _UNITS[w]
    if w.endswith("ies") and w[:-3] + "y" in _UNITS:
        return _UNITS[w[:-3] + "y"]
    if w.endswith("s") and w[:-1] in _UNITS:
        return _UNITS[w[:-1]]
    return None


def number_value(words: str) -> int | float | None:
    """The number a quantity phrase names; None when it names none ("several")."""
    w = re.sub(r"\s+", " ", words.lower().strip())
    if not w:
        return None
    if w in ("a", "an", "one", "a single", "single"):
        return 1
    if w in ("a couple of", "couple of", "a couple", "a pair of", "couple"):
        return 2
    if w in ("a dozen", "dozen"):
        return 12
    if w in ("half a", "a half", "half"):
        return 0.5
    half = re.fullmatch(r"(\d+)\s+1/2", w)
    if half:
        return int(half.group(1)) + 0.5
    digits = w.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", digits):
        return float(digits) if "." in digits else int(digits)
    if w in _ONES:
        return _ONES[w]
    if w in _TENS:
        return _TENS[w]
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES:
        return _TENS[parts[0]] + _ONES[parts[1]]
    if len(parts) == 2 and parts[1] == "hundred":
        head = _ONES.get(parts[0]) or (1 if parts[0] in ("a", "one") else None)
        return head * 100 if head else None
    return None


NUMBER_WORDS = tuple(_ONES) + tuple(_TENS) + tuple(
    f"{t}-{o}" for t in _TENS for o in _ONES if 0 < _ONES[o] < 10) + tuple(
    f"{t} {o}" for t in _TENS for o in _ONES if 0 < _ONES[o] < 10)


def spoken_year(words: str) -> int | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six" -> 1996."""
    parts = words.lower().split(None, 1)
    if len(parts) != 2 or parts[0] not in ("nineteen", "twenty", "eighteen"):
        return None
    century = _ONES.get(parts[0]) or _TENS.get(parts[0])
    rest = number_value(parts[1])
    if century is None or not isinstance(rest, int) or not 10 <= rest <= 99:
        return None
    return century * 100 + rest
