"""Spelling- and script-insensitive keys for names, so one entity matches across articles.

Inputs are names (or raw text, for scripts without capitals); outputs are short keys: the
ASCII name key, a consonant skeleton that survives transliteration (Qassem/Qasem/قاسم,
Qaani/Ghaani/Qa'ani/قاآني), acronyms (IRGC), and name-like tokens found in running text.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

_TITLES = {"mr", "mrs", "ms", "dr", "gen", "general", "president", "commander", "minister",
           "prime", "sheikh", "ayatollah", "sir", "the"}
# Particles that one spelling writes and another drops ("Abu Mahdi al-Muhandis" vs
# "Muhandis"); they carry no identity, so skeletons ignore them.
_PARTICLES = {"al", "el", "ul", "ad", "an", "as", "ar", "at", "ash", "bin", "ibn", "ben", "bint",
              "de", "del", "der", "di", "da", "du", "la", "le", "van", "von", "of", "and", "for",
              "y", "e"}
_ACRONYM_SKIP = {"of", "the", "and", "for", "de", "la", "le", "des", "du", "del", "al", "el"}

# Arabic-script proclitics glued to the next word: the article al-, and w-/b-/l-/f-/k-
# ("and", "in", "for", "so", "like"). Stripping them gives the bare name's variants.
_AR_ARTICLE = re.compile(r"^(?:[وبفلك]?ال|لل)")
_AR_CLITIC = "وبلفك"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")

# Digraphs first (so 'gh' is not read as g + h), then single letters merged into classes
# that transliterations confuse: q/k/g/c, b/p/v, d/t, z/s.
_DIGRAPHS = (("kh", "k"), ("gh", "k"), ("ch", "k"), ("sh", "s"), ("th", "t"), ("dh", "t"),
             ("ph", "f"), ("zh", "s"), ("ou", "u"), ("oy", "u"), ("dj", "j"), ("ck", "k"),
             ("x", "ks"))
_CLASS = str.maketrans({"q": "k", "g": "k", "c": "k", "p": "b", "v": "b", "d": "t",
                        "z": "s"})
_DROP = re.compile(r"[aeiouyhw']")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc\u02bf-][^\W\d_]+)*", re.UNICODE)


def name_key(name: str) -> str:
    """Lower-case ASCII words of a name without titles: 'Gen. Qassem Soleimani' ->
    'qassem soleimani'."""
    s = anyascii(name).lower()
    s = re.sub(r"[^a-z0-9 ]+", "", s.replace("-", " "))
    toks = [t for t in s.split() if t not in _TITLES]
    return " ".join(toks)


def name_matches(query: str, name: str) -> bool:
    """True when ``query`` names the same entity as ``name`` (full key or surname match)."""
    q, n = name_key(query), name_key(name)
    if not q or not n:
        return False
    return q == n or n.endswith(" " + q) or q.endswith(" " + n) or set(q.split()) <= set(n.split())


# Greek writes foreign b, d and g as the pairs mp, nt and gk ("Νουραμπάντ" is Nurabad);
# letter-by-letter transliteration would give the skeleton extra consonants.
_GREEK_PAIRS = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"), ("γγ", "ng"), ("τζ", "j"))


def _greek_sounds(s: str) -> str:
    if not any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in s):
        return s
    s = s.lower()
    for a, b in _GREEK_PAIRS:
        s = s.replace(a, b)
    return s


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonant skeleton of one word after transliteration: vowels, h, w, y and
    apostrophes dropped, confusable consonants merged, nasals before b/d dropped, doubled
    letters collapsed."""
    s = anyascii(_greek_sounds(unicodedata.normalize("NFC", word))).lower()
    s = re.sub(r"[^a-z']", "", s)
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = _DROP.sub("", s.translate(_CLASS))
    # a nasal before b or d is written in one script and not another (Trump / Τραμπ)
    s = s.replace("mb", "b").replace("nt", "t")
    return re.sub(r"(.)\1+", r"\1", s)


def _latin_tokens(name: str) -> list[str]:
    s = anyascii(_greek_sounds(name)).lower().replace("-", " ")
    s = re.sub(r"[^a-z' ]+", " ", s)
    return [t for t in s.split() if t.strip("'") and t not in _TITLES]


def _strip_article(tok: str) -> str:
    """'al-Muhandis' / 'el-Sisi' / 'الحرس' -> the bare word."""
    if _ARABIC_SCRIPT.search(tok):
        bare = _AR_ARTICLE.sub("", tok)
        return bare if len(bare) >= 2 else tok
    return re.sub(r"^(?:al|el|ul|ad|an|as|ash|at)[-\u2019']", "", tok, flags=re.I)


def name_skeleton(name: str) -> str:
    """Script-insensitive key of a whole name: skeletons of its words, particles and
    titles left out. 'Abu Mahdi al-Muhandis' and 'أبو مهدي المهندس' share it."""
    words = [_strip_article(w) for w in re.split(r"\s+", name.strip()) if w]
    out = []
    for w in words:
        for t in _latin_tokens(w):
            if t in _PARTICLES:
                continue
            sk = skeleton(t)
            if sk:
                out.append(sk)
    return " ".join(out)


def surname_skeleton(name: str) -> str:
    """Skeleton of the last significant word: 'Qassem Soleimani' -> 'slmn'."""
    sk = name_skeleton(name).split()
    return sk[-1] if sk else ""


def acronym(name: str) -> str:
    """Initials of a multi-word name: 'Islamic Revolution Guards Corps' -> 'IRGC'; '' when
    the name has fewer than two significant words."""
    words = [w for w in re.split(r"[\s\-]+", anyascii(name)) if w]
    sig = [w for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isalpha()]
    if len(sig) < 2:
        return ""
    return "".join(w[0].upper() for w in sig)


def is_acronym(name: str) -> bool:
    s = name.replace(".", "").strip()
    return 2 <= len(s) <= 6 and s.isalpha() and s.isupper()


def same_name(a: str, b: str) -> bool:
    """Whether two surface names can denote one entity: equal skeletons, one name's
    words a subset of the other's, or an acronym of the other."""
    ka, kb = name_skeleton(a), name_skeleton(b)
    if not ka or not kb:
        return False
    if ka == kb:
        # two consonants are too few to tell names apart (Iran / IRNA) unless one is in
        # another script, where the skeleton is all there is to compare
        if is_acronym(a) or is_acronym(b):  # letters of an acronym are no skeleton
            return name_key(a) == name_key(b)
        return len(ka.replace(" ", "")) >= 3 or name_key(a) == name_key(b) or \
            not (_latin(a) and _latin(b))
    if is_acronym(a) and acronym(b) == a.replace(".", "").strip().upper():
        return True
    if is_acronym(b) and acronym(a) == b.replace(".", "").strip().upper():
        return True
    wa, wb = ka.split(), kb.split()
    small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    # A one-word name must be the other's last word (a surname), not a first name or a
    # generic word, so 'Ali' does not join every 'Ali ...'.
    if len(small) == 1:
        return len(small[0]) >= 3 and big[-1] == small[0]
    return set(small) <= set(big)


# Capitalised words that are not names: days and months in the cased languages newsprism
# reads, as skeletons, so "Tuesday"/"Dienstag" do not count as a shared name.
_CAPITALISED_COMMON = {skeleton(w) for w in (
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni "
    "juli oktober dezember lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "février mars avril mai juin juillet août septembre octobre novembre décembre lunes "
    "martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio "
    "julio agosto septiembre octubre noviembre diciembre lunedì martedì mercoledì giovedì "
    "venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre "
    "dicembre pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart nisan "
    "mayıs haziran temmuz ağustos eylül ekim kasım aralık δευτέρα τρίτη τετάρτη πέμπτη "
    "παρασκευή σάββατο κυριακή"
).split()}


def cased_name_keys(text: str, min_len: int = 3) -> set[str]:
    """Skeletons of capitalised words not opening a sentence (names, in cased scripts)."""
    keys: set[str] = set()
    for m in _WORD.finditer(text):
        w = m.group(0)
        if not w[:1].isupper() or _sentence_initial(text, m.start()):
            continue
        sk = skeleton(_strip_article(w))
        if len(sk) >= min_len and sk not in _CAPITALISED_COMMON:
            keys.add(sk)
    return keys


def uncased_word_keys(text: str, min_len: int = 3) -> set[str]:
    """Skeletons of every Arabic-script word with its proclitic variants: that script has
    no capitals, so names cannot be told from words without a recogniser."""
    keys: set[str] = set()
    if not _ARABIC_SCRIPT.search(text):
        return keys
    for w in _WORD.findall(text):
        if not _ARABIC_SCRIPT.search(w) or len(w) < 3:
            continue
        for v in _arabic_variants(w):
            sk = skeleton(v)
            if len(sk) >= min_len:
                keys.add(sk)
    return keys


def _latin(s: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in s if c.isalpha())


def _arabic_variants(word: str) -> set[str]:
    out = {word}
    bare = _AR_ARTICLE.sub("", word)
    if len(bare) >= 3:
        out.add(bare)
    if word[0] in _AR_CLITIC and len(word) >= 4:
        out.add(word[1:])
    return out


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"'\u201c\u00ab(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:\u061f\u06d4"


__all__ = ["name_key", "name_matches", "skeleton", "name_skeleton", "surname_skeleton",
           "acronym", "is_acronym", "same_name", "cased_name_keys",
           "uncased_word_keys"]
