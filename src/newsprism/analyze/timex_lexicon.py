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
    # Turkish; Russian and Greek in the genitive a day number takes ("3 января")
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    # Arabic (the names used in Egypt and the Gulf)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
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
    "sexta-feira": 5, "maandag": 1, "dinsdag": 2, "woensdag": 3, "donderdag": 4,
    "vrijdag": 5, "zaterdag": 6, "zondag": 7,
    # Turkish ("pazar" is also a market, so only "pazar günü" counts)
    "pazartesi": 1, "salı": 2, "çarşamba": 3, "perşembe": 4, "cumartesi": 6,
    "pazar günü": 7,
    # Russian, as named and after "в" ("в среду"); the bare "среда" is also "environment"
    "понедельник": 1, "вторник": 2, "среду": 3, "четверг": 4, "пятница": 5, "пятницу": 5,
    "суббота": 6, "субботу": 6, "воскресенье": 7,
    # Greek: Τρίτη, Τετάρτη and Πέμπτη are also ordinals, told apart by the capital
    "δευτέρα": 1, "τρίτη": 2, "τετάρτη": 3, "πέμπτη": 4, "παρασκευή": 5, "σάββατο": 6,
    "κυριακή": 7,
    # Arabic: the weekday names that are not also ordinary words, and any after "يوم"
    "الاثنين": 1, "الإثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الخميس": 4,
    "يوم الجمعة": 5, "يوم السبت": 6, "يوم الأحد": 7,
}
# Weekday words that are ordinary words in lower case (Greek ordinals).
WEEKDAYS_CAPITALISED = {"δευτέρα", "τρίτη", "τετάρτη", "πέμπτη"}
DEICTIC_OTHER = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1,
    "après-demain": 2, "anteayer": -2, "ayer": -1, "hoy": 0, "mañana": 1,
    "vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2,
    "ieri": -1, "oggi": 0, "domani": 1, "ontem": -1, "hoje": 0, "amanhã": 1,
    "gisteren": -1, "vandaag": 0, "eergisteren": -2, "overmorgen": 2,
    "dün": -1, "bugün": 0, "yarın": 1, "evvelsi gün": -2,
    "вчера": -1, "сегодня": 0, "завтра": 1, "позавчера": -2, "послезавтра": 2,
    "χθες": -1, "χτες": -1, "σήμερα": 0, "αύριο": 1, "προχθές": -2, "μεθαύριο": 2,
    "أمس": -1, "الأمس": -1, "اليوم": 0, "غدا": 1, "غداً": 1,
}

# "this morning", "last night" in other languages, as (days from the anchor, part of day).
POD_OTHER = {
    "ce matin": (0, "MO"), "cet après-midi": (0, "AF"), "ce soir": (0, "EV"),
    "cette nuit": (0, "NI"), "hier matin": (-1, "MO"), "hier après-midi": (-1, "AF"),
    "hier soir": (-1, "EV"), "la nuit dernière": (-1, "NI"), "demain matin": (1, "MO"),
    "demain soir": (1, "EV"),
    "esta mañana": (0, "MO"), "esta tarde": (0, "AF"), "esta noche": (0, "NI"),
    "anoche": (-1, "NI"), "ayer por la mañana": (-1, "MO"), "ayer por la tarde": (-1, "AF"),
    "ayer por la noche": (-1, "NI"), "mañana por la mañana": (1, "MO"),
    "mañana por la tarde": (1, "AF"),
    "heute morgen": (0, "MO"), "heute früh": (0, "MO"), "heute nachmittag": (0, "AF"),
    "heute abend": (0, "EV"), "heute nacht": (0, "NI"), "gestern morgen": (-1, "MO"),
    "gestern nachmittag": (-1, "AF"), "gestern abend": (-1, "EV"), "letzte nacht": (-1, "NI"),
    "morgen früh": (1, "MO"), "morgen abend": (1, "EV"),
    "stamattina": (0, "MO"), "questa mattina": (0, "MO"), "oggi pomeriggio": (0, "AF"),
    "stasera": (0, "EV"), "stanotte": (0, "NI"), "ieri mattina": (-1, "MO"),
    "ieri pomeriggio": (-1, "AF"), "ieri sera": (-1, "EV"), "domani mattina": (1, "MO"),
    "esta manhã": (0, "MO"), "hoje de manhã": (0, "MO"), "esta noite": (0, "NI"),
    "ontem de manhã": (-1, "MO"), "ontem à tarde": (-1, "AF"), "ontem à noite": (-1, "NI"),
    "vanochtend": (0, "MO"), "vanmorgen": (0, "MO"), "vanmiddag": (0, "AF"),
    "vanavond": (0, "EV"), "vannacht": (0, "NI"), "gisterochtend": (-1, "MO"),
    "gisteravond": (-1, "EV"),
    "bu sabah": (0, "MO"), "bu akşam": (0, "EV"), "dün sabah": (-1, "MO"),
    "dün akşam": (-1, "EV"), "dün gece": (-1, "NI"), "yarın sabah": (1, "MO"),
    "сегодня утром": (0, "MO"), "сегодня вечером": (0, "EV"), "вчера утром": (-1, "MO"),
    "вчера днём": (-1, "AF"), "вчера вечером": (-1, "EV"), "завтра утром": (1, "MO"),
    "σήμερα το πρωί": (0, "MO"), "απόψε": (0, "NI"), "χθες το πρωί": (-1, "MO"),
    "χθες το απόγευμα": (-1, "AF"), "χθες το βράδυ": (-1, "EV"), "αύριο το πρωί": (1, "MO"),
    "صباح اليوم": (0, "MO"), "مساء اليوم": (0, "EV"), "صباح أمس": (-1, "MO"),
    "مساء أمس": (-1, "EV"), "الليلة الماضية": (-1, "NI"),
}

# "last week", "this month", "next year" in other languages, as (unit, shift). Russian
# and Greek forms are those after the usual preposition, which TimeML leaves out.
RELATIVE_OTHER: dict[str, tuple[str, int]] = {}


def _relative(unit: str, shift: int, *phrases: str) -> None:
    for p in phrases:
        RELATIVE_OTHER[p] = (unit, shift)


_relative("week", -1, "la semaine dernière", "la semaine passée", "la semana pasada",
          "a semana passada", "semana passada", "letzte woche", "letzten woche",
          "vergangene woche", "vergangenen woche", "vorige woche", "la settimana scorsa",
          "la scorsa settimana", "vorige week", "afgelopen week", "geçen hafta",
          "geçen hafta", "прошлой неделе", "прошлую неделю", "την περασμένη εβδομάδα",
          "την προηγούμενη εβδομάδα", "الأسبوع الماضي", "الاسبوع الماضي")
_relative("week", 0, "cette semaine", "esta semana", "diese woche", "dieser woche",
          "questa settimana", "deze week", "bu hafta", "этой неделе", "αυτή την εβδομάδα",
          "αυτήν την εβδομάδα", "هذا الأسبوع", "هذا الاسبوع")
_relative("week", 1, "la semaine prochaine", "la próxima semana", "la semana próxima",
          "la semana que viene", "a próxima semana", "próxima semana", "nächste woche",
          "nächsten woche", "kommende woche", "kommenden woche", "la settimana prossima",
          "la prossima settimana", "volgende week", "gelecek hafta", "önümüzdeki hafta",
          "следующей неделе", "следующую неделю", "την επόμενη εβδομάδα",
          "την ερχόμενη εβδομάδα", "الأسبوع المقبل", "الأسبوع القادم", "الاسبوع المقبل")
_relative("month", -1, "le mois dernier", "le mois passé", "el mes pasado", "o mês passado",
          "mês passado", "letzten monat", "letzter monat", "vergangenen monat", "vorigen monat",
          "il mese scorso", "lo scorso mese", "vorige maand", "afgelopen maand", "geçen ay",
          "прошлом месяце", "τον περασμένο μήνα", "τον προηγούμενο μήνα", "الشهر الماضي")
_relative("month", 0, "ce mois-ci", "este mes", "este mês", "diesen monat", "diesem monat",
          "questo mese", "deze maand", "bu ay", "этом месяце", "αυτόν τον μήνα",
          "αυτό τον μήνα", "هذا الشهر")
_relative("month", 1, "le mois prochain", "el mes próximo", "el próximo mes",
          "el mes que viene", "o próximo mês", "próximo mês", "nächsten monat",
          "kommenden monat", "il mese prossimo", "il prossimo mese", "volgende maand",
          "gelecek ay", "önümüzdeki ay", "следующем месяце", "τον επόμενο μήνα",
          "τον ερχόμενο μήνα", "الشهر المقبل", "الشهر القادم")
_relative("year", -1, "l'année dernière", "l’année dernière", "l'an dernier", "l’an dernier",
          "l'année passée", "l’année passée", "el año pasado", "o ano passado", "ano passado",
          "letztes jahr", "letzten jahr", "letzten jahres", "vergangenes jahr",
          "vergangenen jahr", "vergangenen jahres", "voriges jahr", "vorigen jahr",
          "l'anno scorso", "l’anno scorso", "lo scorso anno", "vorig jaar", "afgelopen jaar",
          "geçen yıl", "geçen sene", "прошлом году", "πέρυσι", "πέρσι", "τον περασμένο χρόνο",
          "το περασμένο έτος", "την περασμένη χρονιά", "العام الماضي", "السنة الماضية")
_relative("year", 0, "cette année", "este año", "este ano", "dieses jahr", "diesem jahr",
          "dieses jahres", "quest'anno", "quest’anno", "dit jaar", "bu yıl", "bu sene",
          "этом году", "φέτος", "هذا العام", "هذه السنة")
_relative("year", 1, "l'année prochaine", "l’année prochaine", "l'an prochain", "l’an prochain",
          "el año próximo", "el próximo año", "el año que viene", "o próximo ano",
          "próximo ano", "nächstes jahr", "nächsten jahr", "nächsten jahres", "kommendes jahr",
          "kommenden jahr", "l'anno prossimo", "l’anno prossimo", "il prossimo anno",
          "volgend jaar", "gelecek yıl", "önümüzdeki yıl", "gelecek sene", "следующем году",
          "του χρόνου", "τον επόμενο χρόνο", "το επόμενο έτος", "العام المقبل", "العام القادم",
          "السنة المقبلة")

# "three days ago" in other languages: the unit words (in the forms a count takes) and
# how each language says "ago", before or after the count.
UNITS_OTHER = {
    "jour": "D", "jours": "D", "semaine": "W", "semaines": "W", "mois": "M", "an": "Y",
    "ans": "Y", "année": "Y", "années": "Y",
    "día": "D", "días": "D", "dia": "D", "dias": "D", "semana": "W", "semanas": "W",
    "mes": "M", "meses": "M", "mês": "M", "año": "Y", "años": "Y", "ano": "Y", "anos": "Y",
    "tag": "D", "tagen": "D", "woche": "W", "wochen": "W", "monat": "M", "monaten": "M",
    "jahr": "Y", "jahren": "Y",
    "giorno": "D", "giorni": "D", "settimana": "W", "settimane": "W", "mese": "M",
    "mesi": "M", "anno": "Y", "anni": "Y",
    "dag": "D", "dagen": "D", "week": "W", "weken": "W", "maand": "M", "maanden": "M",
    "jaar": "Y", "jaren": "Y",
    "gün": "D", "hafta": "W", "ay": "M", "yıl": "Y", "sene": "Y",
    "день": "D", "дня": "D", "дней": "D", "неделю": "W", "недели": "W", "недель": "W",
    "месяц": "M", "месяца": "M", "месяцев": "M", "год": "Y", "года": "Y", "лет": "Y",
    "μέρα": "D", "μέρες": "D", "ημέρα": "D", "ημέρες": "D", "εβδομάδα": "W",
    "εβδομάδες": "W", "μήνα": "M", "μήνες": "M", "χρόνο": "Y", "χρόνια": "Y",
    "يوم": "D", "أيام": "D", "أسبوع": "W", "أسابيع": "W", "شهر": "M", "أشهر": "M",
    "شهور": "M", "عام": "Y", "أعوام": "Y", "سنة": "Y", "سنوات": "Y",
}
AGO_BEFORE = ("il y a", "hace", "vor", "há", "πριν από", "πριν", "منذ", "قبل")
AGO_AFTER = ("fa", "atrás", "geleden", "önce", "назад", "πριν")
# Small counts spelled out ("il y a deux semaines", "vor drei Jahren", "iki yıl önce").
NUMBERS_OTHER = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "dois": 2, "duas": 2, "três": 3,
    "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "dieci": 10,
    "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "tien": 10, "iki": 2, "üç": 3,
    "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "десять": 10,
    "δύο": 2, "τρία": 3, "τρεις": 3, "τέσσερα": 4, "τέσσερις": 4, "πέντε": 5, "δέκα": 10,
}
# Count words meaning one, or an unstated few, in those languages.
ONE_OTHER = {"un", "une", "uno", "una", "um", "uma", "einem", "einer", "einen", "ein", "een",
             "bir", "μία", "μια", "ένα", "έναν"}
FEW_OTHER = {"quelques", "plusieurs", "algunos", "algunas", "varios", "varias", "alguns",
             "algumas", "einigen", "mehreren", "alcuni", "alcune", "diversi", "enkele",
             "birkaç", "несколько", "μερικές", "μερικά", "λίγες", "عدة"}
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

# Days of the month spelled as ordinals, as broadcast transcripts write them ("March
# eighth", "the twenty-first of June").
DAY_ORDINALS = {w: n for w, n in ORDINALS.items() if w.isalpha() and n <= 20}
DAY_ORDINALS.update({f"{t}{sep}{w}": base + n for t, base in (("twenty", 20), ("thirty", 30))
                     for sep in ("-", " ") for w, n in ORDINALS.items()
                     if w.isalpha() and n <= 9 and base + n <= 31})
DAY_ORDINALS.update({"twentieth": 20, "thirtieth": 30})

# Fixed-date holidays news mentions by name, as (month, day).
HOLIDAYS_FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    # India's, the Republic Day English-language news reports most (others by country below)
    "republic day": (1, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "bastille day": (7, 14),
    "veterans day": (11, 11), "armistice day": (11, 11), "boxing day": (12, 26),
    "may day": (5, 1), "remembrance day": (11, 11), "earth day": (4, 22),
    "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "groundhog day": (2, 2),
}
# Holidays on the nth weekday of a month, as (month, weekday 1-7, n; -1 = last), counted
# from an optional first day of the month (the U.S. Election Day is the Tuesday after the
# first Monday of November: the first Tuesday from Nov. 2).
HOLIDAYS_FLOATING = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "columbus day": (10, 1, 2),
    "election day": (11, 2, 1, 2),
    # the shopping days after Thanksgiving (which falls on November 22 to 28)
    "black friday": (11, 5, 1, 23), "cyber monday": (11, 1, 1, 26),
}


# The first day of the lunar (Chinese) year, as (month, day) by Gregorian year: the lunar
# calendar follows the moon, so the days are listed rather than computed.
HOLIDAYS_LUNAR = {"lunar new year", "chinese new year"}
LUNAR_NEW_YEAR = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31),
    1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24),
    2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18),
    2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}
# "Independence Day" is the United States' July 4 unless the sentence names another
# country (its name or adjective): (month, day) for countries often in the news.
INDEPENDENCE_DAYS = {
    "india": (8, 15), "indian": (8, 15), "pakistan": (8, 14), "pakistani": (8, 14),
    "bangladesh": (3, 26), "bangladeshi": (3, 26), "indonesia": (8, 17),
    "indonesian": (8, 17), "philippines": (6, 12), "philippine": (6, 12),
    "mexico": (9, 16), "mexican": (9, 16), "brazil": (9, 7), "brazilian": (9, 7),
    "argentina": (7, 9), "argentine": (7, 9), "venezuela": (7, 5), "venezuelan": (7, 5),
    "colombia": (7, 20), "colombian": (7, 20), "peru": (7, 28), "peruvian": (7, 28),
    "chile": (9, 18), "chilean": (9, 18), "ukraine": (8, 24), "ukrainian": (8, 24),
    "nigeria": (10, 1), "nigerian": (10, 1), "ghana": (3, 6), "ghanaian": (3, 6),
    "kenya": (12, 12), "kenyan": (12, 12), "algeria": (7, 5), "algerian": (7, 5),
    "south sudan": (7, 9), "sri lanka": (2, 4), "sri lankan": (2, 4),
    "finland": (12, 6), "finnish": (12, 6), "belarus": (7, 3), "kazakhstan": (12, 16),
    "georgia": (5, 26), "georgian": (5, 26), "vietnam": (9, 2), "vietnamese": (9, 2),
    "malaysia": (8, 31), "malaysian": (8, 31), "tunisia": (3, 20), "tunisian": (3, 20),
    "morocco": (11, 18), "moroccan": (11, 18), "lebanon": (11, 22), "lebanese": (11, 22),
    "syria": (4, 17), "syrian": (4, 17), "jordan": (5, 25), "jordanian": (5, 25),
}

# "Republic Day" of the country its sentence names, as for Independence Day
REPUBLIC_DAYS = {"india": (1, 26), "indian": (1, 26), "turkey": (10, 29), "turkish": (10, 29),
                 "türkiye": (10, 29), "italy": (6, 2), "italian": (6, 2)}

# Holidays that move with Easter, as days after Easter Sunday.
HOLIDAYS_EASTER = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
                   "ash wednesday": -46, "palm sunday": -7, "pentecost": 49,
                   # the week of Palm Sunday to Holy Saturday: its Monday to Saturday lie in
                   # the ISO week Easter Sunday ends, the week the holiday is valued at
                   "holy week": 0}
# holidays that last a week: valued at the ISO week holding the day listed for them
HOLIDAY_WEEKS = {"holy week"}


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
    w = re.sub(r"\s+", " ", word.lower().rstrip("."))
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
    if w in ("half a", "half an", "a half", "half"):
        return 0.5
    if re.fullmatch(r"a\s+quarter(?:[\s-]+of\s+a)?", w):
        return 0.25  # "a quarter century", "a quarter of a century"
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
    thousands = re.fullmatch(r"two\s+thousand(?:\s+and)?(?:[\s-]+(.+))?", words.lower().strip())
    if thousands:  # "two thousand and eight"
        rest = number_value(thousands.group(1)) if thousands.group(1) else 0
        return 2000 + rest if isinstance(rest, int) and 0 <= rest < 100 else None
    parts = words.lower().split(None, 1)
    if len(parts) != 2 or parts[0] not in ("nineteen", "twenty", "eighteen"):
        return None
    century = _ONES.get(parts[0]) or _TENS.get(parts[0])
    rest = number_value(parts[1])
    if century is None or not isinstance(rest, int) or not 10 <= rest <= 99:
        return None
    return century * 100 + rest
