"""Finds the structural parts of an article's text: headline, standfirst, photo caption,
dateline, byline and body paragraphs. Input is the article text alone (no spaCy Doc needed).

Works from layout and wording, not from one fixed order: paragraphs are found first (blank
lines, or single line breaks when the text is not hard-wrapped), then each is classified by
cues that hold across outlets (credits and dates closing a caption, "By ..." bylines,
"CITY (AGENCY) —" datelines, a short unpunctuated first line for a headline).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Block

# ------------------------------------------------------------------ shared vocabulary

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAYS = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_YEAR = r"(?:1[89]|20)\d\d"
# A calendar date with its year, as captions and date lines print it.
_FULL_DATE = (rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
              rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+{_YEAR}"
              rf"|{_YEAR}-\d\d-\d\d|\d{{1,2}}[./]\d{{1,2}}[./]{_YEAR}|{_MONTHS}\s+{_YEAR})")
_QUOTES_OPEN = "\"'“‘«„‚‹"
_QUOTES_CLOSE = "\"'”’»“‘›"
_SENTENCE_END = ".!?…"
# Words that start a line but are never a first name after "By".
_NOT_NAMES = {"the", "then", "this", "that", "now", "far", "contrast", "comparison", "way",
              "law", "default", "mistake", "chance", "design", "midday", "noon", "night",
              "morning", "evening", "dawn", "late", "early", "next", "last", "end", "then,",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "contrast,", "tonight",
              "tomorrow", "today", "yesterday"}
_AGENCIES = (r"(?:AP|AFP|EPA|Reuters|REUTERS|UPI|dpa|DPA|ANSA|EFE|Xinhua|XINHUA|TASS|Tass|"
             r"Anadolu|ANADOLU|Getty Images|GETTY IMAGES|Shutterstock|Alamy|IRNA|WANA|PA|"
             r"Bloomberg|NurPhoto|SOPA Images|Sipa|SIPA|Reuters TV)")
_REPORTING = re.compile(r"\b(?:said|says|told|tells|according to|added|stated|announced|"
                        r"reported|claimed|argued|insisted|warned)\b", re.I)

_PAST_REPORTING = re.compile(r"\b(?:said|told|according to|added|stated)\b", re.I)
# Leads tell when ("Police arrested three men on Saturday."); headlines leave the day out.
_LEAD_MARKERS = re.compile(r"\b(?:yesterday|last (?:week|night|month|year)|"
                           r"(?:on|late|early) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
                           re.I)

# ------------------------------------------------------------------ paragraphs


@dataclass(frozen=True, slots=True)
class _Para:
    start: int
    end: int
    text: str

    @property
    def one_line(self) -> bool:
        return "\n" not in self.text

    @property
    def words(self) -> list[str]:
        return self.text.split()


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, newline excluded."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The column a hard-wrapped text is wrapped at, or None when lines are paragraphs.

    Hard-wrapped text has many lines of nearly the same length that end mid-sentence, so the
    line after a full one usually goes on in lower case; text with one paragraph per line
    has lines of every length, each next one starting a new sentence.
    """
    rows = [text[s:e].strip() for s, e in lines]
    if sum(1 for r in rows if r) < 4:
        return None
    lengths = sorted(len(r) for r in rows if r)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 160 or width < 30:
        return None
    full = [i for i, r in enumerate(rows) if len(r) >= 0.7 * width]
    if len(full) < 0.5 * len(lengths):
        return None
    nexts = [rows[i + 1] for i in full if i + 1 < len(rows) and rows[i + 1]]
    cased = [r for r in nexts if r[0].isupper() or r[0].islower()]
    if len(cased) >= 2:
        lower = sum(1 for r in cased if r[0].islower())
        return width if lower >= 0.4 * len(cased) else None
    # Scripts without case: fall back on how the full lines end.
    open_ended = sum(1 for i in full if rows[i][-1] not in _SENTENCE_END + _QUOTES_CLOSE)
    return width if open_ended >= 0.5 * len(full) else None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, whitespace trimmed, in text order.

    Blank lines always separate paragraphs. A single line break does too, unless the text is
    hard-wrapped and the line before it reaches the wrap column (it then continues a sentence);
    an indented line after a wrapped one also starts a new paragraph.
    """
    lines = _lines(text)
    width = _wrap_width(text, lines)
    spans: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    prev_full, prev_indent = False, 0
    for s, e in lines:
        row = text[s:e]
        if not row.strip():
            if cur:
                spans.append(cur)
            cur, prev_full = None, False
            continue
        indent = len(row) - len(row.lstrip(" \t"))
        # A line indented deeper than the one before opens a paragraph (typewriter style).
        indented = width is not None and indent > prev_indent
        if cur is not None and prev_full and not indented:
            cur = (cur[0], e)
        else:
            if cur:
                spans.append(cur)
            cur = (s, e)
        prev_full = width is not None and len(row.strip()) >= 0.7 * width
        prev_indent = indent
    if cur:
        spans.append(cur)
    return [t for t in (_trim(text, s, e) for s, e in spans) if t[0] < t[1]]


# ------------------------------------------------------------------ single-paragraph cues

_PARTICLES = r"de|da|van|von|der|den|al|el|bin|ibn|la|le|del|di|dos|du"
_NAME = rf"[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|{_PARTICLES})){{0,4}}"
_BYLINE = re.compile(
    r"^(?:By|BY|by|Par|PAR|Von|VON|Por|POR|Di|Door|Written by|Words by|Text by)"
    rf"\s+(?P<first>{_NAME})"
    rf"(?:\s*(?:,|and|AND|&|und|et|y|e|with)\s+{_NAME})*"
    r"(?:\s*(?:,|\||/|•|·|–|—|-|\bin\b|\bfor\b)\s*.{0,80})?$")
_CREDITS_LINE = re.compile(
    r"^[(\[]?(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Reported)\s+by\b.{0,300}$", re.I)


def is_byline(s: str) -> bool:
    """'By Jane Doe', 'By JANE DOE and JOHN ROE, Associated Press', '(Reporting by ...)'."""
    if len(s) > 160 or "\n" in s.strip():
        return False
    if _CREDITS_LINE.match(s):
        return True
    m = _BYLINE.match(s)
    if not m:
        return False
    first = m.group("first").split()[0].lower()
    if first in _NOT_NAMES:
        return False
    # A sentence that merely starts with "By X" ("By Monday the river had ...") runs on.
    return not re.search(r"[.!?]\s+[A-Z][a-z]+\s+[a-z]+", s)


_TIME = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
_DATE_WORD = re.compile(
    rf"^(?:{_MONTHS}|{_WEEKDAYS}|\d{{1,4}}(?:st|nd|rd|th)?|{_TIME}|[AP]M|[ap]m|"
    r"UTC|GMT|BST|CET|CEST|EET|EEST|IST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|MSK|AEST|AEDT|JST|"
    r"Published|Updated|Posted|Last|First|Modified|Created|on|at|Date|Time|"
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:T[\d:.]+Z?)?|[+-]\d\d:?\d\d)$", re.I)


def is_date_line(s: str) -> bool:
    """A line that is only a date and/or time, possibly 'Published'/'Updated' and a zone."""
    if len(s) > 100 or "\n" in s:
        return False
    tokens = [t for t in re.split(r"[\s,|•·:;()\[\]–—]+", s) if t and t not in "-/"]
    if not tokens or not all(_DATE_WORD.match(t) or _DATE_WORD.match(t.rstrip(".")) for t in tokens):
        return False
    has_number = any(re.search(r"\d", t) for t in tokens)
    has_calendar = bool(re.search(rf"{_MONTHS}|\d{{4}}|\d[-/.]\d", s))
    return has_number and has_calendar


_TITLE_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.\-]+){0,3}"
# A dateline is a place (one to three words), optional ", region" / ", date" parts, an optional
# "(AGENCY)" and a dash or colon. Which of these a real dateline needs depends on the script,
# so the regex only finds the shape and _plausible_dateline judges it.
_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,2}?)"
    r"(?P<extra>(?:,\s*[^,()\n—–:]{1,30}?){0,2})"
    r"\s*(?P<agency>\([^()\n]{1,40}\))?"
    r"(?P<dash>\s+(?:--?|–|—)\s*|\s*[—–]\s*|:\s+)")
# Kickers in capitals look like a city before a dash but are labels, not places.
_KICKERS = {"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE",
            "ANALYSIS", "OPINION", "EDITORIAL", "VIDEO", "PHOTOS", "NEW", "FACT CHECK",
            "CORRECTION", "EDITOR'S NOTE", "URGENT", "FLASH", "REVIEW", "INTERVIEW", "COMMENT",
            "FILE PHOTO", "FILE", "NOTE", "WARNING", "READ MORE", "SEE ALSO", "PHOTO", "Q", "A"}




def _cased(s: str) -> bool:
    """Whether the text's letters have upper and lower case (Latin, Cyrillic, Greek...)."""
    return any(ch.isupper() or ch.islower() for ch in s)


def _plausible_dateline(place: str, extra: str, agency: str | None, dash: str) -> bool:
    words = place.split()
    if ":" in dash and agency is None:
        return False  # "TAPPER:", "UPDATE:": speaker and section labels take a colon too
    if len(place) > 40 or place.strip(" .-'’").upper() in _KICKERS:
        return False
    if re.search(r"[!?]|[.]\s+[a-z]", extra):
        return False  # a sentence, not "N.H." or "Sept. 26"
    if agency is not None and (len(re.findall(r"[^\W\d_]", agency)) < 2
                               or re.match(r"\([RDI]-", agency)):
        return False  # "(D)", "(R-Tex.)": a politician's party, not an agency
    if not _cased(place):
        # Arabic, Persian, Hebrew, CJK have no capitals to mark a place: take "place (agency) -"
        # or a one- or two-word place before a long dash, the usual form in those presses.
        return agency is not None or (len(words) <= 2 and not extra and dash.strip() in "—–")
    letters = [ch for ch in place if ch.isalpha()]
    if place.isupper() and len(letters) >= 3:
        return True  # BAGHDAD —, NEW YORK, March 3 (Reuters) -, МОСКВА, 13 фев —
    return agency is not None and all(w[0].isupper() for w in words)


_AGENCY_ONLY = re.compile(r"^\((?=[^()\n]*[^\W\d_]{2})[^()\n]{2,30}\)\s*(?:--?|–|—)\s*")


def dateline_end(s: str) -> int:
    """Length of a leading dateline ('BAGHDAD (AP) —', 'LONDON, Feb 13 (Reuters) -'), or 0."""
    bare = _AGENCY_ONLY.match(s)  # "(Reuters) - ..." with no place
    if bare and (bare.end() == len(s) or not s[bare.end()].islower()):
        return len(bare.group(0).rstrip())
    m = _DATELINE.match(s)
    if not m or not _plausible_dateline(m.group("place"), m.group("extra"), m.group("agency"),
                                         m.group("dash")):
        return 0
    if m.group("agency") and not re.search(r"[^\W\d_]", m.group("agency")):
        return 0
    rest = s[m.end():]
    if not rest:
        return len(s.rstrip())
    first = rest[0]
    if not (first.isupper() or first in _QUOTES_OPEN or first.isdigit()
            or (first.isalpha() and not _cased(first))):
        return 0
    end = m.end()
    while end > 0 and s[end - 1].isspace():
        end -= 1
    return end


_CREDIT_PATTERNS = [
    re.compile(r"(?:^|[\s(\[|–—-])(?:Photo(?:graph)?|PHOTO|Picture|Image|IMAGE|Foto|FOTO|Bild|"
               r"Credit|CREDIT|Photo credit|Illustration)s?\s*(?::|by\b)\s*[^\n]{1,100}$"),
    re.compile(rf"\((?:[^()]{{0,60}}\b)?{_AGENCIES}(?:\s+Photo)?(?:[/ ][^()]{{0,60}})?\)\s*\.?$"),
    # "[Stringer/Reuters]", "[File: Ahmad Gharabli/AFP]"; a bare "[Reuters]" closes news briefs.
    re.compile(rf"\[[^\[\]]{{1,60}}[/:]\s*{_AGENCIES}[^\[\]]{{0,30}}\]\s*\.?$"),
    re.compile(r"\b(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|GETTY IMAGES|UPI|DPA|ANSA|EFE|IRNA|SOPA|"
               r"SIPA|TASS)\s*/\s*[A-Z][\w'’.\-]+"),
    re.compile(rf"[|/©]\s*(?:[^|/]{{0,50}}\s)?{_AGENCIES}(?:\s+via\s+Getty\s+Images)?\s*\]?\s*\.?$"),
    re.compile(r"(?:(?:^|\s)©\s*(?:\d{4}|[A-Z])|\([cC]\)\s*(?:\d{4}|[A-Z])|"
               r"\bCopyright\s+(?:©|\d{4}|[A-Z]))"),
    re.compile(r"^(?:FILE PHOTO|File photo|FILE|In this (?:file |undated |handout )?(?:photo|image|"
               r"picture|frame grab)|Pictured|PICTURED|Above|ABOVE)\b[:,\s-]"),
    re.compile(r"\bvia Getty Images\s*\.?$|\bGetty Images\s*\.?$"),
    # Page furniture that scraped text keeps: "Image caption, ...", "IMAGE SOURCE, AFP".
    re.compile(r"^(?:Image|IMAGE|Photo|PHOTO|Picture|Video)\s+(?:caption|CAPTION|source|SOURCE)\b"),
    re.compile(rf"^(?:{_AGENCIES})(?:\s*(?:/|via)\s*[\w .'’-]{{1,40}})?\s*\.?$"),
]
_CAPTION_DATE_END = re.compile(rf",\s*(?:(?:in|on|near)\s+)?(?:{_TITLE_PLACE},\s*)*"
                               rf"(?:{_WEEKDAYS},?\s+)?{_FULL_DATE}\s*\.?\s*$")
_CAPTION_DATE_STRICT = re.compile(rf"[^,]{{20}},\s*(?:{_TITLE_PLACE},\s*)?{_FULL_DATE}\s*\.?\s*$")
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAYS}\s*$")
_PICTURE_WORDS = re.compile(r"\b(?:pictured|poses? for (?:a|the) (?:photo|picture|portrait)|"
                            r"in this (?:photo|picture|image)|file photo|photo taken|"
                            r"image shows?|seen here)\b", re.I)


def caption_strength(s: str) -> int:
    """2 for a photo credit or caption formula, 1 for a caption-like closing date, else 0."""
    if len(s) > 700:
        return 0
    if any(p.search(s) for p in _CREDIT_PATTERNS):
        return 2
    if len(s) > 450 or len(s.split()) < 6 or _REPORTING.search(s) or _has_quote(s):
        return 0
    if _PICTURE_WORDS.search(s):
        return 1
    m = _CAPTION_DATE_END.search(s)
    # "..., February 9, 2020." closes a caption; "... for Monday, May 2, 2016." is a sentence
    # whose date hangs on a preposition through its weekday.
    if m and not _WEEKDAY_BEFORE.search(s[:m.start()]):
        return 1
    return 0


def _has_quote(s: str) -> bool:
    return bool(re.search(r"[\"“”«»„]", s))


def _quoted_whole(s: str) -> bool:
    """The whole paragraph is one quotation (a pull quote), not quotes around attribution.

    '"A," he said. "B."' also opens and closes with quote marks; what rules it out is a
    quote mark inside: no double marks at all, and no single mark standing next to a space
    (an apostrophe sits inside a word: Iran's).
    """
    s = s.strip()
    if len(s) < 3 or s[0] not in _QUOTES_OPEN:
        return False
    body = s.rstrip(".,;:!?… ")
    if body[-1:] not in _QUOTES_CLOSE:
        return False
    inner = body[1:-1]
    if re.search(r"[\"“”«»„‹›]", inner):
        return False
    return not re.search(r"['’‘`]\s|\s['’‘`]", inner)


def _title_ratio(words: list[str]) -> float:
    content = [w for w in words if len(w.strip(_QUOTES_OPEN + _QUOTES_CLOSE + ".,:;!?")) >= 4]
    if not content:
        return 0.0
    caps = sum(1 for w in content if w.lstrip(_QUOTES_OPEN)[:1].isupper())
    return caps / len(content)


def is_headline_like(p: _Para) -> bool:
    """Short, one line, and either unpunctuated at the end or in title case."""
    s = p.text
    words = p.words
    if not p.one_line or len(s) > 220 or not 2 <= len(words) <= 32:
        return False
    if dateline_end(s) or s.endswith((":", ",", ";")):
        return False
    last = s.rstrip(_QUOTES_CLOSE + " ")[-1:]
    if last not in _SENTENCE_END:
        return True
    if last in "?!":
        return len(words) <= 20
    return _title_ratio(words) >= 0.6  # "Stealth Over Health: Clinton Was Headed to ER."


def _ends_sentence(s: str) -> bool:
    return s.rstrip(_QUOTES_CLOSE + ") ")[-1:] in _SENTENCE_END


# ------------------------------------------------------------------ whole-article classification

_META = ("byline", "dateline", "caption")


def _classify(paras: list[_Para]) -> list[str]:
    """One kind per paragraph; datelines at the head of a paragraph are split off later."""
    kinds = ["paragraph"] * len(paras)
    strength = [0] * len(paras)
    for i, p in enumerate(paras):
        if is_byline(p.text):
            kinds[i] = "byline"
        elif is_date_line(p.text):
            kinds[i] = "dateline"
        elif dateline_end(p.text) == len(p.text):
            kinds[i] = "dateline"
        else:
            strength[i] = caption_strength(p.text)
            if strength[i] == 2:
                kinds[i] = "caption"
    _captions_above_credits(paras, kinds)
    body_seen = False
    head = None
    for i, p in enumerate(paras):
        if kinds[i] != "paragraph":
            continue
        # A closing date marks a caption in the top matter; in the body only its bare form
        # (", February 9, 2020." with no "on"/"for" before it), since body sentences often
        # end "... on Thursday, June 16, 2016.".
        if strength[i] == 1 and (not body_seen or _CAPTION_DATE_STRICT.search(p.text)):
            kinds[i] = "caption"
            continue
        if not body_seen and _quoted_whole(p.text) and len(p.text) <= 400 \
                and _has_body_after(kinds, i):
            kinds[i] = "standfirst"  # a pull quote at the top, headline or not
            continue
        if not body_seen and head is not None and _byline_with_place(p.text):
            kinds[i] = "byline"
            continue
        if not body_seen and head is None and strength[i] < 2 \
                and _has_body_after(kinds, i) \
                and (is_headline_like(p) or _short_lead_line(paras, kinds, i)):
            kinds[i] = "headline"
            head = i
            continue
        # The short paragraph right after a headline may be a standfirst: the top matter
        # (and its captions) goes on past it.
        if head is not None and _next_content(kinds, head) == i and len(p.text) <= 400:
            continue
        body_seen = True
    if head is not None:
        _mark_standfirst(paras, kinds, head)
    return kinds


_CREDIT_LABEL = re.compile(r"^(?:Photo(?:graph)?|Picture|Image|Credit|Foto|Bild)s?"
                           r"(?:\s+credit)?\s*[:/]", re.I)


def _captions_above_credits(paras: list[_Para], kinds: list[str]) -> None:
    """A labelled credit alone ("Photo: Atta Kenare / AFP") belongs to the sentence above it.

    Only a labelled one: a bare "Bloomberg via Getty Images" is often left behind by an
    extractor that dropped the caption, right under a body paragraph.
    """
    for i in range(1, len(paras)):
        credit = paras[i].text
        if (kinds[i] != "caption" or len(credit) > 80 or kinds[i - 1] != "paragraph"
                or not _CREDIT_LABEL.match(credit)):
            continue
        above = paras[i - 1].text
        if (len(above) <= 300 and _ends_sentence(above) and not _has_quote(above)
                and not _REPORTING.search(above)):
            kinds[i - 1] = "caption"


_NAME_IN_PLACE = re.compile(rf"^{_NAME}(?:\s+and\s+{_NAME})?\s+in\s+[A-ZÀ-ÖØ-Þ][\w'’.\-]+"
                            r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.\-]+){0,2}$")


def _byline_with_place(s: str) -> bool:
    """'Jason Burke in Johannesburg': a byline without 'By', seen only under a headline."""
    if len(s) > 80 or "\n" in s:
        return False
    m = _NAME_IN_PLACE.match(s)
    return bool(m) and len(s.split(" in ")[0].split()) >= 2


def _short_lead_line(paras: list[_Para], kinds: list[str], i: int) -> bool:
    """A short one-line sentence heads the text when the body proper follows it.

    Sentence-case headlines ending in a full stop look like a one-sentence lead; the tell is
    what comes next: a dateline, or (after at most one short deck line) a paragraph much
    longer than the line itself. Leads carry past-tense attribution ("said"); headlines
    use the present ("says"), so "said" keeps a line in the body.
    """
    p = paras[i]
    if not p.one_line or len(p.words) > 32 or _has_quote(p.text) or dateline_end(p.text):
        return False
    j = _next_content(kinds, i)
    if j is None:
        return False
    if dateline_end(paras[j].text):
        return True
    if len(p.words) > 16 or _PAST_REPORTING.search(p.text) or _LEAD_MARKERS.search(p.text):
        return False
    if len(paras[j].text) >= 2 * len(p.text):
        return True
    k = _next_content(kinds, j)
    return (k is not None and len(paras[j].words) <= 25 and paras[j].one_line
            and len(paras[k].text) >= 2 * len(p.text) and len(paras[k].text) > 200)


def _has_body_after(kinds: list[str], i: int) -> bool:
    return any(k == "paragraph" for k in kinds[i + 1:])


def _next_content(kinds: list[str], i: int) -> int | None:
    """Index of the next paragraph after i that is not byline/dateline/caption."""
    for j in range(i + 1, len(kinds)):
        if kinds[j] not in _META:
            return j
    return None


def _mark_standfirst(paras: list[_Para], kinds: list[str], head: int) -> None:
    """The paragraph right after the headline is a standfirst when the layout says so.

    A standfirst is told from a short lead paragraph by what surrounds or marks it: it is a
    pull quote, or has no closing punctuation, or is followed by the byline/caption/date that
    sit between the top matter and the body, or the next paragraph opens with a dateline.
    """
    i = _next_content(kinds, head)
    if i is None or kinds[i] != "paragraph":
        return
    p = paras[i]
    after = _next_content(kinds, i)
    if after is None or kinds[after] != "paragraph" or len(p.text) > 400 or dateline_end(p.text):
        return
    if len(p.words) < 4 or p.text.endswith(":"):
        return
    meta_between = any(kinds[j] in _META for j in range(i + 1, after))
    if (_quoted_whole(p.text) or not _ends_sentence(p.text) or meta_between
            or dateline_end(paras[after].text)):
        kinds[i] = "standfirst"


def detect_blocks(text: str) -> tuple[Block, ...]:
    """Headline, standfirst, caption, dateline, byline and paragraph blocks, in text order.

    Each block covers trimmed, non-whitespace text: ``text[b.start:b.end]`` is the block.
    """
    paras = [_Para(s, e, text[s:e]) for s, e in paragraph_spans(text)]
    kinds = _classify(paras)
    blocks: list[Block] = []
    first_body = True
    for p, kind in zip(paras, kinds):
        if kind == "paragraph" and first_body:
            first_body = False
            cut = dateline_end(p.text)
            if cut:
                blocks.append(Block("dateline", p.start, p.start + cut))
                s, e = _trim(text, p.start + cut, p.end)
                if s < e:
                    blocks.append(Block("paragraph", s, e))
                continue
        blocks.append(Block(kind, p.start, p.end))  # type: ignore[arg-type]
    return tuple(blocks)


def headline(text: str) -> str | None:
    """The headline's text, if the article has one."""
    for b in detect_blocks(text):
        if b.kind == "headline":
            return text[b.start:b.end]
    return None


def _run(state) -> dict:
    return {"blocks": detect_blocks(state.text)}


def __getattr__(name: str):
    # The stage object is built on first use: the readers call detect_blocks for titles, and
    # importing the pipeline here would load spaCy (4 s) into every process that only reads.
    if name == "structure_stage":
        from .pipeline import stage

        value = stage("structure", requires=(), provides=("blocks",))(_run)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["caption_strength", "dateline_end", "detect_blocks", "headline", "is_byline",
           "is_date_line", "paragraph_spans", "structure_stage"]
