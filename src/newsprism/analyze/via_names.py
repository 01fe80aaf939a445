"""Whether a phrase names a medium (an agency, station, paper, programme or platform) from its
words alone: is_medium and the name shapes it reads; moved out of vias.py to keep it legible.
"""
from __future__ import annotations

import functools
import re

from . import cues
from . import lexicon_roles as L
from .attribution import text_of


# A station's name with its kind glued on ('SAfm', 'KissFM', 'CitiTV'), which the tagger may
# not take for a name at all
GLUED_STATION = re.compile(r"[A-Z][A-Za-z0-9]{1,12}?(?:FM|fm|TV)")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def is_medium_span(doc, span: tuple[int, int] | None) -> bool:
    return span is not None and is_medium(text_of(doc)[span[0]:span[1]])


@functools.lru_cache(maxsize=8192)  # a pure test, asked repeatedly of the same phrases
def is_medium(text: str) -> bool:
    """cues.looks_like_medium, plus the platforms people post statements on ('a post on X',
    'his Telegram channel')."""
    if cues.looks_like_medium(text):
        return not _public_agency(text) and not _medium_word_as_modifier(text)
    if GLUED_STATION.fullmatch(text.strip()) or _TV_LED.fullmatch(text.strip()) \
            or _BAND_STATION.fullmatch(text.strip()) \
            or _MASTHEAD.fullmatch(text.strip()) or _PRESS_NAME.fullmatch(text.strip()):
        return True
    head = re.fullmatch(r"(?:the\s+)?([A-Z][\w.&]+)-[A-Z][\w]+", text.strip())
    if head and cues.looks_like_medium(head.group(1)):
        return True  # 'Interfax-Ukraine', 'Europa-Press-...': a medium's regional service
    words = re.findall(r"[\w'’-]+", text)
    # 'the Today programme', 'the Newsnight show': a named programme carried it (not a body
    # named 'Programme', nor a broadcaster's own show, which its owner names)
    if len(words) > 1 and words[-1] in SHOWS and "'s" not in text and "’s" not in text \
            and any(w[:1].isupper() for w in words[:-1] if w.lower() != "the"):
        return True
    # 'a Facebook post', 'a TikTok video': the platform before what was posted on it
    return bool(words) and (words[-1] in L.PLATFORMS or len(words) > 1 and words[-2] in L.PLATFORMS)


_POSSESSIVES = frozenset("their his her its our my your".split())


def _medium_word_as_modifier(text: str) -> bool:
    """'beyond their service life': a lower-case phrase after a possessive whose medium word
    only modifies a singular head that names no medium ('broadcaster afrivoice', a name the
    outlet writes in lower case, has no possessive before it)."""
    words = re.findall(r"[\w'’-]+", text)
    if len(words) < 3 or words[0] not in _POSSESSIVES or any(w[:1].isupper() for w in words):
        return False
    last = words[-1].lower()
    return last not in cues.MEDIA_NOUNS and last not in SHOWS and not last.endswith("s") \
        and not last.endswith(("'s", "’s"))


# A channel's acronym led by 'TV' ('TVM', 'TV3', 'TVN'): capitals no body or person bears
_TV_LED = re.compile(r"TV[A-Z0-9]{1,3}")
SHOWS = frozenset("programme program show podcast bulletin".split())
# 'the Press Association', 'Canadian Press', 'Meridian Press', 'Press Trust of India': an
# agency named by 'Press' (not a body's press office, secretary, council or club)
_PRESS_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]+\s+){0,3}Press(?:\s+(?:Association|"
                         r"Agency|Service|International|Trust(?:\s+of\s+[A-Z]\w+)?))?")


# A station named by its band ('Power 106 FM', 'Hot 102 FM', 'Radio Mirchi 98.3 FM'): the
# band word closes a capitalised name
_BAND_STATION = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,4}(?:\d+(?:\.\d+)?\s+)?FM")
# A paper named by its masthead noun after a place or other capitalised word ('the Jamaica
# Observer', 'the Kingston Gleaner', 'the Sekondi Herald'); an office held by a person
# ('the Permanent Observer', 'the Public Advocate') is not one
_MASTHEAD = re.compile(r"(?:the\s+)?(?!(?:Permanent|Public|Special|Chief|Senior|Military|"
                       r"Independent|International|Official|Electoral)\b|[A-Z]+\s)"
                       r"(?:[A-Z][\w'’&.-]*\s+){1,3}(?:Observer|Gazette|Herald|Tribune|"
                       r"Chronicle|Gleaner|Courier)")


# 'Agency' is a news agency only when its name says so ('Press Agency', 'News Agency'); 'the UK
# Health Security Agency', 'the European Space Agency' are bodies whose own name ends in it
_AGENCY_NAME = re.compile(r"(?:[A-Z][\w'’.&-]*\s+){1,6}Agency$")
_NEWS_WORDS = re.compile(r"\b(?:News|Press|Presse|Information|Telegraph|Wire|Media)\b")


def _public_agency(text: str) -> bool:
    t = re.sub(r"^(?:the|The)\s+", "", text.strip())
    return bool(_AGENCY_NAME.fullmatch(t)) and not _NEWS_WORDS.search(t) \
        and not cues.is_media_name(t) and not cues.is_media_name(t[:-len("Agency")])


__all__ = ["is_medium", "is_medium_span", "overlaps", "GLUED_STATION", "SHOWS"]
