"""One name per news agency and broadcaster across languages, scripts and inflections.
Inputs: a medium's name as an article wrote it; ml_quotes and ml_media call canonical_medium.

Outlets in nine languages name the same agency nine ways ("Tesnim haber ajansının", "وكالة
تسنيم", "خبرگزاری تسنیم", "l'agence Tasnim"); a story view that lines them up needs one name.
The table holds only media that wire copy names again and again; every other name is kept as
written, with its case ending, kind word and trailing punctuation taken off.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..records import Via

# Canonical name -> spellings seen in running text (each matched whole, after the kind words,
# clitics and case endings below are stripped). Latin spellings are folded before matching.
_MEDIA: dict[str, tuple[str, ...]] = {
    "Tasnim": ("tasnim", "tesnim", "تسنيم", "تسنیم", "τασνίμ"),
    "IRNA": ("irna", "إرنا", "ارنا", "ایرنا", "ιρνα", "islamic republic news agency",
             "الأنباء الإيرانية الرسمية", "الأنباء الإيرانية"),
    "ISNA": ("isna", "إسنا", "ایسنا"),
    "ILNA": ("ilna", "ایلنا"),
    "Mehr": ("mehr", "مهر"),
    "Fars": ("fars", "فارس"),
    "IRIB": ("irib", "صداوسیما", "صدا و سیما"),
    "state TV": ("state tv", "state television", "التلفزيون الرسمي", "للتلفزيون الرسمي",
                 "التلفزيون الحكومي", "télévision d'état", "télévision publique",
                 "devlet televizyonu", "تلویزیون دولتی", "κρατική τηλεόραση",
                 "televisión estatal", "staatsfernsehen", "televisione di stato",
                 "سرکاری ٹی وی"),
    "Reuters": ("reuters", "reuter", "ρόιτερς", "ροιτερς", "رويترز", "رویترز", "رائٹرز",
                "رائٹر"),
    "AFP": ("afp", "agence france-presse", "agence france presse", "france-presse",
            "france presse", "فرانس برس", "فرانس پرس", "اے ایف پی", "γαλλικό πρακτορείο",
            "γαλλικό πρακτορείο ειδήσεων", "γαλλικου πρακτορειου", "fransız haber ajansı"),
    "AP": ("ap", "associated press", "أسوشيتد برس", "آسوشیتدپرس", "اے پی",
           "ασοσιέιτεντ πρες"),
    "Anadolu Agency": ("anadolu", "anadolu ajansı", "aa", "الأناضول", "آناتولی"),
    "dpa": ("dpa", "deutsche presse-agentur", "deutschen presse-agentur"),
    "ANA-MPA": ("ana-mpa", "απε-μπε", "απε", "αθηναϊκό-μακεδονικό πρακτορείο ειδήσεων",
                "αθηναϊκό πρακτορείο ειδήσεων"),
    "Al Jazeera": ("al jazeera", "al-jazeera", "الجزيرة", "الجزیره", "الجزیرہ"),
    "Al Arabiya": ("al arabiya", "al-arabiya", "العربية", "العربیه"),
    "Xinhua": ("xinhua", "شينخوا", "شین‌هوا", "σινχουά"),
    "TASS": ("tass", "تاس"),
    "APP": ("app", "اے پی پی"),
    "INA": ("ina", "وكالة الأنباء العراقية", "الأنباء العراقية", "واع"),
    "Petra": ("petra", "بترا", "وكالة الأنباء الأردنية", "الأنباء الأردنية"),
    "SANA": ("sana", "سانا", "الوكالة العربية السورية للأنباء"),
    "WAFA": ("wafa", "وفا"),
    "MENA": ("mena", "وكالة أنباء الشرق الأوسط", "أنباء الشرق الأوسط"),
    "KUNA": ("kuna", "كونا", "وكالة الأنباء الكويتية", "الأنباء الكويتية"),
    "QNA": ("qna", "قنا", "وكالة الأنباء القطرية", "الأنباء القطرية"),
    "SPA": ("spa", "واس", "وكالة الأنباء السعودية", "الأنباء السعودية"),
    "EFE": ("efe",),
    "ANSA": ("ansa",),
    "Geo News": ("geo news", "جیو نیوز"),
    "Dawn News": ("dawn news", "ڈان نیوز"),
    "ARY News": ("ary news", "اے آر وائی نیوز"),
    "PTV News": ("ptv news", "ptv", "پی ٹی وی نیوز", "پی ٹی وی"),
    "Express News": ("express news", "ایکسپریس نیوز"),
    "Kyodo": ("kyodo", "كيودو", "کیودو", "κιόντο"),
    "Yonhap": ("yonhap", "يونهاب", "یونهاپ", "γιονχάπ"),
    "Interfax": ("interfax", "إنترفاكس", "اینترفاکس", "ιντερφάξ"),
    "RIA Novosti": ("ria novosti", "ria", "ريا نوفوستي", "ریانووستی", "ρία νόβοστι"),
    "PTI": ("pti", "press trust of india", "پی ٹی آئی"),
    "WAM": ("wam", "وام", "وكالة أنباء الإمارات", "أنباء الإمارات"),
    "MTI": ("mti",),
    "Europa Press": ("europa press", "europa-press"),
    "APA": ("apa", "austria presse agentur"),
    "Keystone-SDA": ("keystone-sda", "sda", "ats", "keystone-ats"),
    "Belga": ("belga",),
    "Bernama": ("bernama", "برناما"),
    "Antara": ("antara",),
    "Prensa Latina": ("prensa latina",),
    "BBC": ("bbc", "بی بی سی"),
}

# Kind words around an agency's name ("haber ajansı", "وكالة ... للأنباء", "news agency").
_KIND = re.compile(r"(?i)^(?:(?:l['’]\s*)?agence(?: de presse| d['’]information)?|"
                   r"(?:la )?agencia(?: de noticias)?|(?:l['’])?agenzia(?: di stampa)?|"
                   r"(?:der |die |dem )?(?:nachrichten)?agentur|(?:το |του )?πρακτορείο(?:υ)?|"
                   r"(?:the )?news agency|(?:[وبل]|لل)?وكالة(?: أنباء)?|خبرگزاری|خبر رساں ادارے|ایجنسی)\s+|"
                   r"\s+(?:haber ajansı|ajansı|news agency|للأنباء|نیوز ایجنسی|خبر رساں ادارہ|"
                   r"ایجنسی|haber ajans)$")
# Adjectives an outlet adds in front of an agency's name ("the semi-official", "officielle").
_ADJ = re.compile(r"(?i)^(?:officielle|officiel|oficial|ufficiale|resmi|semi-resmi|"
                  r"semi-officielle|iraní|iranienne|iraniana|iranische[nr]?|britannique|"
                  r"britanica|britannica|britische[nr]?|francese|française|francesa)\s+")
# Turkish case endings after an apostrophe or glued to a vowel-final kind word.
_TR_CASE = re.compile(r"['’](?:n[ıiuü]n|[ıiuü]n|y?[ae]|y?[ıiuü]|d[ae]|t[ae]|d[ae]n|t[ae]n)$")
_TR_AJANS = re.compile(r"(?i)ajans(?:ı|ının|ına|ını|ından|ında|ın|a)$")
# Arabic-script clitics glued in front of a name: w-, b-, l-, li-l-.
_AR_CLITIC = re.compile(r"^(?:و|ب|ل|لل|ول|وب|ف)(?=[\u0600-\u06FF]{3,})")
_EDGE = " \t\n.,;:!?؟،۔«»“”„\"'’‹›()[]—–-"


def _key(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold().replace("ı", "i").replace("İ", "i"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.replace("\u200c", " ")).strip()


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    out = {}
    for canon, forms in _MEDIA.items():
        out[_key(canon)] = canon
        for f in forms:
            out[_key(f)] = canon
    return out


def clean_name(name: str) -> str:
    """A medium's name without edge punctuation, Turkish case endings or a leading clitic."""
    name = name.strip(_EDGE)
    name = _TR_CASE.sub("", name)
    words = name.split()
    if words and _TR_AJANS.search(words[-1]) and len(words) > 1:
        words[-1] = "Ajansı"  # "Anadolu Ajansı'na", "haber ajansının": the nominative
        name = " ".join(words)
    return name.strip(_EDGE)


def _variants(name: str) -> list[str]:
    """The name peeled (_peel), then each form without an Arabic-script clitic or article."""
    out = _peel(name)
    if re.search(r"[\u0600-\u06FF]", name):
        out += [_AR_CLITIC.sub("", v) for v in list(out)]
        out += [re.sub(r"^ال", "", v) for v in list(out) if v.startswith("ال")]
    return out


def _peel(name: str) -> list[str]:
    """The name, then the name with its kind words and adjectives peeled off, one at a time."""
    out = [name]
    cur = name
    for _ in range(4):
        nxt = _ADJ.sub("", _KIND.sub("", cur)).strip(_EDGE)
        if not nxt or nxt == cur:
            break
        out.append(nxt)
        cur = nxt
    return out


@functools.lru_cache(maxsize=4096)
def canonical_medium(name: str | None) -> str | None:
    """The shared name of a known agency or broadcaster, else None ('Tesnim haber ajansının'
    -> 'Tasnim', 'لوكالة رويترز' -> 'Reuters', 'Γαλλικό Πρακτορείο' -> 'AFP')."""
    if not name:
        return None
    table = _table()
    base = clean_name(name)
    for v in _variants(base):
        hit = table.get(_key(v))
        if hit:
            return hit
    words = base.split()
    for k in range(len(words) - 1, 1, -1):  # "Tesnim haber ajansının salı günkü": up to the kind
        head = clean_name(" ".join(words[:k]))
        peeled = _variants(head)
        if len(peeled) > 1:  # only a prefix that ends in a kind word names the medium
            hit = next((table[_key(v)] for v in peeled[1:] if _key(v) in table), None)
            if hit:
                return hit
    return None


# Broadcasters and channels in the table: "the agency" never points back to them.
_BROADCASTERS = frozenset({"state TV", "IRIB", "Al Jazeera", "Al Arabiya", "Geo News", "BBC",
                           "Dawn News", "ARY News", "PTV News", "Express News"})


def is_agency(name: str | None) -> bool:
    """A known news agency (not a broadcaster): what 'the agency' after it can mean."""
    known = canonical_medium(name)
    return known is not None and known not in _BROADCASTERS


def medium_name(name: str) -> str:
    """The canonical name when the medium is known, else the cleaned name as written."""
    known = canonical_medium(name)
    if known:
        return known
    peeled = _peel(clean_name(name))
    return peeled[-1] if peeled and peeled[-1] else name  # "Rudaw haber ajansı" -> "Rudaw"


__all__ = ["canonical_medium", "canonical_vias", "clean_name", "is_agency", "medium_name",
           "same_medium_name"]


def canonical_vias(vias) -> tuple[Via, ...]:
    """Each medium under its shared name ('Tesnim haber ajansı,' -> 'Tasnim'), once."""
    out, names = [], set()
    spans = [(v.start, v.end) for v in vias if v.start is not None]
    vias = [v for v in vias if v.start is None or not any(  # a relay phrase holding a name:
        v.start <= a and b <= v.end and (a, b) != (v.start, v.end) for a, b in spans)]  # the name
    for v in vias:
        name = medium_name(v.name) if v.name else v.name
        if name in names:
            continue
        names.add(name)
        out.append(Via(v.entity, name, v.start, v.end))
    return tuple(out)


def same_medium_name(a: str | None, b: str | None) -> bool:
    """Two spellings of one known medium ('ایرنا' and 'IRNA', 'Deutsche Presse-Agentur' and
    'dpa'); scorers comparing names across scripts can accept these."""
    ca = canonical_medium(a)
    return ca is not None and ca == canonical_medium(b)
