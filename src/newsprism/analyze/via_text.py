"""Relay phrases read off the words of a quote's own clause when the parse hid them: a
programme or podcast named after its kind ('said on the podcast Patch Notes Down Under'), a
broadcaster's programme ('said on Newstalk's Off The Ball'), a message to a group on a
platform ('In a message to a WhatsApp group of elders, X said'), words released through
someone ('In a statement released through Kessler O'Hara LLP, she said') and a medium told
without 'that' whose name the parser split ('told Radio Bio-Bio the ministry would').

relays.posted_before asks relay_span of each quote left with no via; the span found goes
through relays.via_records like any other, so the printing outlet and a person's own voice
are still left out.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from . import lexicon_roles as L
from .last_match import break_before
from .vias import is_medium

# A name as written: capitalised words (a programme may hold 'Down', 'The', '&', '!')
_NAME = r"[A-Z0-9][\w'’!.&-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z0-9][\w'’!.&-]*){0,5}"
# 'on the podcast Patch Notes Down Under', 'with the radio show Morning Edition'
_KIND_THEN_NAME = re.compile(r"\b(?:[Oo]n|[Ww]ith|[Tt]o|[Ii]n)\s+(?:the\s+|an?\s+|his\s+|her\s+|"
                             r"its\s+|their\s+)?(?:[a-z]+\s+)?(?:podcast|"
                             r"programme|program|show|talk\s+show|radio\s+show|newsletter|"
                             r"vlog|bulletin)\s*,?\s+(" + _NAME + ")")
# 'said on Newstalk's Off The Ball': a named programme on a broadcaster, said on air
_OWNER_SHOW = re.compile(r"\b(?:said|says|speaking|spoke|appearing|appeared|talking|interviewed|"
                         r"questioned)\s+on\s+("
                         r"[A-Z][\w’'-]*(?:\s+[A-Z][\w'’-]*){0,2})['’]s\s+"
                         r"(?:[A-Z][\w'’-]*\s*)+")
_PLATFORM = "|".join(sorted((re.escape(p) for p in L.PLATFORMS if p != "Social"),
                            key=len, reverse=True))
# 'In a message to a WhatsApp group', 'in a voice note on a Telegram channel'
_TO_PLATFORM = re.compile(r"\b(?:message|post|note|video|statement|comment|recording)s?\s+"
                          r"(?:(?:shared|posted|sent|left|published|circulated)\s+)?(?:to|in|on)\s+(?:an?|the|its|his|her|their)\s+(?:own\s+|official\s+)?"
                          r"(" + _PLATFORM + r")\b")
# 'a statement released through Kessler O'Hara LLP': whoever put the words out passed them on
_THROUGH = re.compile(r"\b(?:released|issued|distributed|put out|sent out|circulated)\s+"
                      r"(?:through|via)\s+((?:the\s+)?" + _NAME + ")")
# 'told Radio Bio-Bio the ministry would ...': a medium by its name's own words
_TOLD = re.compile(r"\b(?:told|telling)\s+((?:the\s+)?" + _NAME + ")")
# 'in an interview with Channels Television', 'speaking to Al Arabiya': an occasion with a
# medium, taken for words of the same clause or of the pronoun's next sentence
_INTERVIEW = re.compile(r"\b(?:interview|conversation)\s+(?:with|to|on)\s+((?:the\s+)?"
                        + _NAME + ")")
# 'in an interview with the club's website': an interview with a medium named by its kind
_INTERVIEW_KIND = re.compile(r"\b(?:interview|conversation)\s+(?:with|to|on)\s+((?:the|a|an|his|her|"
                             r"its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:website|site|paper|newspaper|"
                             r"channel|station|radio|television|magazine|podcast|daily|weekly|"
                             r"broadcaster|agency|programme|show))\b")
# '"...," writes one supporter on X': a platform after an inverted cue
_ON_PLATFORM_AFTER = re.compile(r"^[^.!?\n\"“”]{0,50}?\bon\s+(" + _PLATFORM + r")\b")
_PRONOUN_START = re.compile(r"(?:He|She|They)\s+(?:also\s+)?(?:said|says|added|told|argued)\b")
_STOPWORDS = frozenset("the a an and or of in on at to for with he she they it we".split())
_SAYING = re.compile(r"\b(?:said|says|told|tells|wrote|writes|speaking|spoke|added|argued)\b")
# 'In a news release from the Journal of X, lead author Y said': a publication's release
# carried its author's words (a publication by its name's own words)
_RELEASE_FROM = re.compile(r"\b(?:news|press|media)\s+release\s+(?:from|by|issued\s+by)\s+"
                           r"((?:the\s+)?" + _NAME + ")")
_PUBLICATION = re.compile(r"\b(?:Journal|Review|Magazine|Gazette|Bulletin|Quarterly)\b")
# 'in a post on its engineering blog, Lumora Engineering, in which X wrote': the medium's
# own name set off after its kind, the clause that follows holding the words
_OWN_KIND_NAMED = re.compile(r"\bon\s+(?:its|his|her|their|the)\s+(?:[a-z-]+\s+)?(?:blog|"
                             r"newsletter|channel|podcast|page|site|website|show|programme),\s+("
                             + _NAME + r"),\s+(?:in\s+which|where|which)\b")
# 'in an interview with the arts podcast backstage pass that ...': a name written in lower
# case after its kind, bounded by 'that' or a comma
_KIND_THEN_LOWER = re.compile(r"\b(?:with|on|to)\s+the\s+(?:[a-z]+\s+)?(?:podcast|newsletter|"
                              r"show|programme|program|channel|vlog)\s+([a-z0-9][\w'’.-]*"
                              r"(?:\s+[a-z0-9][\w'’.-]*){0,2}?)(?=\s+that\b|\s*,)")
# 'wrote in the group that ...' after 'a WhatsApp group': the container the text named before
_IN_THE_CONTAINER = re.compile(r"\b(?:wrote|writes|posted|posts|said|says|added)\s+(?:in|on|to)"
                               r"\s+the\s+(group|channel|chat|thread|page|forum|server)\b")
_SENTENCE_START = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘A-Z])")
# A word one of relay_span's clause patterns needs (each holds one of these, whatever its
# case): a clause without any skips them all, cheaply (most clauses are 'X said'). Substring
# tests on the lower-cased clause: a case-blind alternation cost more than the patterns.
_RELAY_WORDS = ("interview", "conversation", "podcast", "newsletter", "show", "program", "channel",
                "vlog", "bulletin", "group", "chat", "thread", "page", "forum", "server", "release",
                "blog", "site", "'s", "’s", "message", "post", "note", "video", "statement",
                "comment", "recording", "through", "via", "who", "broadcast", "televised",
                "aired", "streamed", "carried", "reported", "quoted", "relayed", "published",
                "seen", "obtained", "speaking", "spoke")


_ABBREVIATIONS = frozenset("""dr mr mrs ms mx st prof gen sen rep gov lt col capt sgt cpl maj
no jr sr rev hon fr insp supt cmdr adm brig""".split())


_LAST_WORD = re.compile(r"(\w+)$")


def _starts(text: str, start: int, end: int) -> list[int]:
    """Where sentences open in text[start:end], not after 'Dr.', 'Gen.' or an initial."""
    out = []
    for m in _SENTENCE_START.finditer(text, start, end):
        if _after_abbreviation(text, start, m.start()):
            continue
        out.append(m.end())
    return out


def _after_abbreviation(text: str, start: int, mark: int) -> bool:
    word = _LAST_WORD.search(text[max(start, mark - 12):mark])
    return bool(word) and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1)


_MARKS_OF: list = [None, [], []]  # the last text read: its sentence marks' starts and ends


def _last_starts(text: str, start: int, end: int, k: int) -> list[int]:
    """_starts(text, start, end)[-k:], read back from ``end`` off the text's sentence marks,
    found once per text: a quote reads only the last sentence or two before it, and a
    paragraph of thousands of sentences (one without line breaks) was read whole for each.
    The same marks: the pattern has no anchor or look-behind, and a mark needs the character
    after it inside text[:end], so those of text[start:end] are the text's own marks that
    begin at or after ``start`` and end before ``end``."""
    if _MARKS_OF[0] is not text:
        found = [(m.start(), m.end()) for m in _SENTENCE_START.finditer(text)]
        _MARKS_OF[:] = [text, [a for a, _ in found], [b for _, b in found]]
    _, opens, ends = _MARKS_OF
    out: list[int] = []
    low = bisect_left(opens, start)
    for i in range(bisect_left(ends, end) - 1, low - 1, -1):
        if len(out) == k:
            break
        if not _after_abbreviation(text, start, opens[i]):
            out.append(ends[i])
    return out[::-1]


def _clause_before(text: str, q) -> tuple[int, int] | None:
    """From the sentence's start to the quoted words, where the cue stands before them."""
    if q.cue is not None and q.cue.start > q.start and text[q.start - 1:q.start] in "\"“":
        return None  # '"...," she said': nothing of the clause stands before the words
    para = break_before(text, q.start) + 1
    s = max([para] + _last_starts(text, para, q.start if q.cue is None else q.cue.start, 1))
    if q.cue is None and not _SAYING.search(text, s, q.start):
        return None  # no cue found: only words the same clause says someone said
    return s, q.start


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " ,;:.\"“”'":
        e -= 1
    if text[s:e].lower().startswith("the "):
        s += 4
    return s, e


def _interview_before(text: str, q) -> tuple[int, int] | None:
    """'X was interviewed ... in an interview with Al Arabiya. He said ...': the medium of an
    interview the sentence before names, when the quote's sentence opens on a pronoun for
    the person that sentence names."""
    if q.cue is None or q.speaker.start is None or q.speaker.name is None:
        return None
    para = break_before(text, q.speaker.start) + 1
    starts = [para] + _last_starts(text, para, q.speaker.start + 1, 2)
    if len(starts) < 2 or starts[-1] != q.speaker.start \
            or not _PRONOUN_START.match(text, q.speaker.start):
        return None
    prev = text[starts[-2]:starts[-1]]
    surname = q.speaker.name.split()[-1]
    m = None
    for m in _INTERVIEW.finditer(prev):
        pass
    if m is None or surname not in prev[:m.start()] or not is_medium(m.group(1)):
        return None
    return _trimmed(text, starts[-2] + m.start(1), starts[-2] + m.end(1))


def _platform_after(text: str, q) -> tuple[int, int] | None:
    """'"Finally!" writes one supporter on X': the platform the cue after the words names."""
    if q.cue is None or q.cue.start < q.end:
        return None
    m = _ON_PLATFORM_AFTER.match(text[q.cue.end:q.cue.end + 80])
    return None if m is None else (q.cue.end + m.start(1), q.cue.end + m.end(1))


# 'Speaking on Newstalk's Pat Kenny Show, X said', '"...," she said, speaking on TV3's
# Breakfast Show': a participle of speaking set off from the cue's clause names where the
# words went out (to: a medium by its name's words; on: any name that is no person's or day)
_SPEAKING_ON = re.compile(r"\b[Ss](?:peaking|poke)\s+(on|to)\s+((?:the\s+)?" + _NAME + ")")
_SPEAKING_AFTER = re.compile(r",\s+(?:speaking|talking|appearing)\s+(on|to)\s+((?:the\s+)?"
                             + _NAME + ")")
_DAY_OR_MONTH = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                           r"January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|Christmas|Easter)\b")


def _speaking_medium(text: str, m) -> tuple[int, int] | None:
    s, e = m.span(2)
    stop = re.search(r"\n|[.!?]\s", text[s:e])  # the name ends with its sentence
    span = _trimmed(text, s, s + stop.start() if stop else e)
    name = text[span[0]:span[1]]
    # a programme named with its owner ('TV3's Breakfast Show'); one named alone may be the
    # printing station's own ('Speaking on Akwaaba Morning' on Akwaaba FM's site): no relay
    owned = re.match(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s\s+[A-Z]", name)
    if is_medium(name) or m.group(1) == "on" and owned and not _DAY_OR_MONTH.match(name) \
            and _carrier_name(name):
        return span
    return None


def _speaking_after(text: str, q) -> tuple[int, int] | None:
    """'"...," she said, speaking on TV3's Breakfast Show.': the participle after the cue."""
    if q.cue is None or q.cue.start < q.end:
        return None
    m = _SPEAKING_AFTER.search(text, q.cue.start - 2, min(len(text), q.cue.end + 90))
    if m is None or re.search(r"[.!?\n]", text[q.cue.start:m.start()]):
        return None  # ('Boateng said, speaking to Joy FM.': the parser may make 'speaking' the cue)
    return _speaking_medium(text, m)


def _fronted_then_subject(text: str, s: int, m) -> bool:
    """'Also on the programme, Rokeya Sultana, secretary general of ..., said': a kind phrase
    the article named before ('the programme') opening the clause (at most one word before
    it) and closed by its comma is followed by the clause's subject, not by the programme's
    own name ('Writing in her newsletter, The Low Tide,' and 'on its podcast, Bajo Tierra,'
    name it)."""
    head = text[m.start():m.start(1)]
    return "," in head and _PREP_THE.match(head) is not None \
        and len(text[s:m.start()].split()) <= 1


_PREP_THE = re.compile(r"\w+\s+the\s")  # 'on the programme, ' (compiled once)


def relay_span(text: str, q) -> tuple[int, int] | None:
    """The span of the medium named in the clause before a quote's words, or None."""
    found = _platform_after(text, q) or _interview_before(text, q) or _speaking_after(text, q)
    if found is not None:
        return found
    clause = _clause_before(text, q)
    if clause is None:
        return None
    s, e = clause
    low = text[s:e + 6].lower()
    if not any(w in low for w in _RELAY_WORDS):
        return _told_medium(text, q, e)  # no pattern below can match without one of its words
    m = None
    # each pattern below runs only where a word it needs is in the clause (any case: a
    # pattern's own word is lower case, and lower-casing keeps it)
    if "interview" in low or "conversation" in low:
        for m in _INTERVIEW.finditer(text, s, e):
            pass
        if m is None:
            m = _INTERVIEW_KIND.search(text, s, e)
    if m is not None and is_medium(m.group(1)):
        return _trimmed(text, *m.span(1))
    m = _KIND_THEN_LOWER.search(text, s, e + 6) if _has(low, _KINDS_LOWER) else None
    if m is not None and m.end(1) <= e and not _STOPWORDS & set(m.group(1).split()):
        return m.span(1)
    m = _IN_THE_CONTAINER.search(text, s, e) if _has(low, _CONTAINERS) else None
    if m is not None:
        before = text[max(0, text.rfind("\n\n", 0, s)):s]
        named = None
        for named in re.finditer(r"\b(" + _PLATFORM + r")\s+" + m.group(1) + r"\b", before):
            pass
        if named is not None:
            at = s - len(before)
            return at + named.start(1), at + named.end(1)
    m = _RELEASE_FROM.search(text, s, e) if "release" in low else None
    if m is not None and (is_medium(m.group(1)) or _PUBLICATION.search(m.group(1))):
        return _trimmed(text, *m.span(1))
    m = _OWN_KIND_NAMED.search(text, s, e) if _has(low, _OWN_KINDS) else None
    if m is not None:
        return _trimmed(text, *m.span(1))
    for pattern, words in _LAST_OF:
        m = None
        if _has(low, words):
            for m in pattern.finditer(text, s, e):
                pass  # the last one, nearest the quoted words
        if m is not None and pattern is _KIND_THEN_NAME and _fronted_then_subject(text, s, m):
            m = None
        if m is not None:
            return _trimmed(text, *m.span(1))
    m = None
    if "speaking" in low or "spoke" in low:
        for m in _SPEAKING_ON.finditer(text, s, e):
            pass  # the last one, nearest the quoted words
    if m is not None and (found := _speaking_medium(text, m)) is not None:
        return found
    m = _OWN_WRITING.search(text, s, e) if "who" in low else None
    if m is not None and q.cue is not None and _WROTE.fullmatch(text[q.cue.start:q.cue.end]):
        return _trimmed(text, *m.span(1))
    m = None
    if _has(low, _CARRIED_WORDS):
        for m in _OCCASION_CARRIED.finditer(text, s, e):
            pass
    if m is not None and (is_medium(m.group(1)) or _carrier_name(m.group(1))):
        return _trimmed(text, *m.span(1))
    return _told_medium(text, q, e)


def _told_medium(text: str, q, e: int) -> tuple[int, int] | None:
    """'told Radio Bio-Bio the ministry would': the medium a 'told' cue names by its words."""
    if q.cue is not None and text[q.cue.start:q.cue.end] in ("told", "telling"):
        m = _TOLD.match(text, q.cue.start, e)
        if m is not None:
            span = _trimmed(text, *m.span(1))
            if is_medium(text[span[0]:span[1]]):
                return span
    return None


# 'at a press conference broadcast live on state television', 'in a ruling quoted by the
# Press Association', 'In the only televised debate, broadcast on Rupavahini, ...': an
# occasion or a document of the clause that a medium carried, the words went out through it
_OCCASION_CARRIED = re.compile(
    r"\b(?:conference|briefing|speech|address|debate|interview|ruling|judg(?:e)?ment|statement|"
    r"session|hearing|remarks|comments|sermon|rally|meeting|decision|announcement|letter|"
    r"memo|note|email|message|video|appearance|petition|complaint|filing|lawsuit|affidavit)s?"
    # ('In a petition filed in the court on Monday, a copy of which was seen by PTI, X said')
    r"(?:,?\s+(?:(?:that|which)\s+(?:was|were)\s+)?|[^,.;\"“”\n]{0,80}?,\s+a\s+copy\s+of\s+which\s+"
    r"(?:was|is|has\s+been)\s+)"
    r"(?:later\s+|also\s+)?(?:broadcast|televised|aired|streamed|livestreamed|carried|reported|"
    r"quoted|relayed|published|seen|obtained)(?:\s+live)?\s+(?:on|by)\s+((?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}(?:" + _NAME + r"|television|radio|tv))")

# 'X, who writes the newsletter Chip Margins, wrote that ...': the writer's own publication
# is where words she wrote went out
_OWN_WRITING = re.compile(r"\bwho\s+(?:writes|edits|publishes|pens)\s+(?:the|a|an|her|his|their)\s+"
                          r"(?:[a-z-]+\s+)?(?:newsletter|blog|column|bulletin)\s*,?\s+(" + _NAME + ")")
_WROTE = re.compile(r"wr(?:ote|ites|iting)")


def _has(low: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in low:
            return True
    return False


# the words each of relay_span's patterns needs, one of them at least
_KINDS_LOWER = ("podcast", "newsletter", "show", "program", "channel", "vlog")
_CONTAINERS = ("group", "channel", "chat", "thread", "page", "forum", "server")
_OWN_KINDS = ("blog", "newsletter", "channel", "podcast", "page", "site", "show", "programme")
_LAST_OF = ((_KIND_THEN_NAME, ("podcast", "program", "show", "newsletter", "vlog", "bulletin")),
            (_OWNER_SHOW, ("'s", "’s")),
            (_TO_PLATFORM, ("message", "post", "note", "video", "statement", "comment",
                            "recording")),
            (_THROUGH, ("through", "via")))
_CARRIED_WORDS = ("broadcast", "televised", "aired", "streamed", "carried", "reported", "quoted",
                  "relayed", "published", "seen", "obtained")


def _carrier_name(phrase: str) -> bool:
    """A name carrying an occasion ('reported by Bernama', 'broadcast on Rupavahini'): the
    verb makes it a medium, unless the name is a person's (a given name or a title first)."""
    words = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I).split()
    return bool(words) and words[0][:1].isupper() \
        and L.gender_of_first_name(words[0]) is None \
        and words[0].lower().rstrip(".") not in L.TITLES \
        and words[0].lower() not in L.ROLE_NOUNS


# 'in an interview later carried by the state news agency BSS': who passed the words on
_PASSED_BY = re.compile(r"\b(?:later\s+)?(?:carried|quoted|cited|relayed|picked\s+up|"
                        r"republished|rebroadcast)\s+by\s+((?:the\s+)?(?:[a-z-]+\s+){0,3}"
                        + _NAME + ")")
# 'X quoted a participant in a Facebook post as saying': where the quoting medium put it
_QUOTED_IN_POST = re.compile(r"\bquoted\b[^.;\"“]{0,80}?\bin\s+an?\s+(" + _PLATFORM +
                             r")\s+(?:post|video|message|thread|story)\b")
# 'The Resource Group for TB Care': a name the parse cut at 'for' / 'of'
_NAME_GOES_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}")


# 'told the BBC's Sport Africa programme, as quoted by Punch': the programme told first
_TOLD_SHOW = re.compile(r"(?:the\s+)?([A-Z][\w'’-]*(?:['’]s)?(?:\s+[A-Z][\w'’-]*){0,4}\s+(?:programme|"
                        r"program|show|podcast|service))\b")


def told_first(text: str, q) -> tuple[int, int] | None:
    """The programme a 'told' cue names right after it when the quote's vias, all found
    elsewhere in the clause, leave it out."""
    if q.cue is None or not q.via or text[q.cue.start:q.cue.end] not in ("told", "tells"):
        return None
    m = _TOLD_SHOW.match(text, q.cue.end + 1)
    if m is None or any(v.start is not None and v.start < m.end(1) and m.start(1) < v.end
                        for v in q.via):
        return None
    return m.span(1)


def further_hops(text: str, q) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """For a quote with a via: media its clause says passed the words on after it (spans,
    nearest first), and better ends for vias whose capitalised name the parse cut short
    ({via index: end})."""
    if not q.via:
        return [], {}  # nothing to go on from: the clause need not be found
    clause = _clause_before(text, q)
    if clause is None:
        return [], {}
    s, e = clause
    taken = [(v.start, v.end) for v in q.via if v.start is not None]
    hops = []
    for pattern in (_PASSED_BY, _QUOTED_IN_POST):
        for m in pattern.finditer(text, s, e):
            span = _trimmed(text, *m.span(1))
            if not any(a < span[1] and span[0] < b for a, b in taken + hops):
                hops.append(span)
    ends = {}
    for k, v in enumerate(q.via):
        if v.start is None or not text[v.end - 1:v.end].isalpha():
            continue
        m = _NAME_GOES_ON.match(text, v.end)
        if m is not None and text[v.start:v.start + 1].isupper() and m.end() <= e \
                and not any(v.end < a < m.end() for a, _ in taken + hops):
            ends[k] = m.end()
    return hops, ends


__all__ = ["relay_span", "further_hops", "told_first"]
