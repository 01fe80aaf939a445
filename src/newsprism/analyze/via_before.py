"""A medium set up by the sentence before a quote, which quotes nothing itself: 'Morag
Lindsay phoned in to BBC Radio Scotland on Wednesday. "...," she told listeners.', 'Her
mother called in to a DZBB radio program. "...," the elder Sarmiento said.', 'In a post on his
Instagram account, the striker said sorry. "...," Tuilau wrote.', 'X is asked on Astro Arena's
midday bulletin whether ... "...," he replies.'

The convention of the sealed sets: words given on a call-in, an on-air question or a post that
the sentence before opens went out through that medium, when the speaker is the person that
sentence names. relays.posted_before asks occasion_before of each quote left with no via; the
span goes through relays.via_records like any other (the printing outlet is still left out).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..records import Speaker, Via
from . import lexicon_roles as L
from .last_match import break_before, matches
from .vias import is_medium

_NAME = r"[A-Z0-9][\w'’!.&-]*(?:\s+[A-Z0-9][\w'’!.&-]*){0,4}"
_KINDS = r"(?:radio\s+|television\s+|tv\s+|talk\s+|phone-in\s+|breakfast\s+|morning\s+|" \
         r"midday\s+|evening\s+|afternoon\s+|late\s+|news\s+)*(?:programme|program|show|" \
         r"bulletin|phone-in|broadcast|station|network)"
# 'phoned in to BBC Radio Scotland', 'called in to a DZBB radio program', 'rang the station'
_CALLED_IN = re.compile(r"\b(?:phoned|called|rang|dialled|dialed)\s+(?:in\s*to|into)\s+"
                        r"(?:the\s+|an?\s+)?(" + _NAME + r")(\s+" + _KINDS + r")?")
# 'is asked on Astro Arena's midday bulletin', 'appeared on Newstalk's breakfast show'
_ON_AIR = re.compile(r"\b(?:asked|interviewed|questioned|quizzed|appeared|appearing|speaking|"
                     r"spoke|talking)\s+on\s+(?:the\s+)?(" + _NAME + r")(['’]s\s+" + _KINDS
                     + r"|\s+" + _KINDS + r")?")
# 'spoke to RÚV from the bridge', 'gave an interview to Nationwide News Network'
_SPOKE_TO = re.compile(r"\b(?:spoke|speaking|talking|talked|gave\s+an\s+interview|"
                       r"gave\s+interviews)\s+to\s+(?:the\s+)?([^\W\d_][\w'’!.&-]*"
                       r"(?:\s+[^\W_][\w'’!.&-]*){0,4})")
_REPORTS = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b")
_PLATFORM = "|".join(sorted((re.escape(p) for p in L.PLATFORMS if p != "Social"),
                            key=len, reverse=True))
# 'In a post on his Instagram account', 'in a video shared on her TikTok'
_POST_ON = re.compile(r"\b(?:post|video|message|statement|note|story|clip)\s+(?:shared\s+|"
                      r"posted\s+|published\s+)?on\s+(?:an?|the|its|his|her|their)\s+"
                      r"(?:own\s+|official\s+)?(" + _PLATFORM + r")\b")
# 'addressed teachers in a rally streamed on the association's Facebook page': an occasion
# a medium carried, which the speaker's words in the next sentence went out on
_CARRIED = re.compile(r"\b(?:rally|speech|address|meeting|conference|briefing|vigil|sermon|"
                      r"hearing|session|ceremony|march|event)\s+(?:[^.!?\n\"“”]{0,40}?\s)?"
                      r"(?:streamed|livestreamed|broadcast|televised|aired|carried)\s+"
                      r"(?:live\s+)?(?:on|by)\s+(?:the\s+|an?\s+|his\s+|her\s+|its\s+|"
                      r"their\s+)?((?:[\w-]+['’]s\s+)?(?:official\s+)?(" + _NAME + r")"
                      r"(?:\s+(?:page|channel|account|feed|site|website))?)")
_SENTENCE_START = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘A-Z])")
_QUOTE_MARK = re.compile("[\"“”]")
_LAST_WORD, _OPENING_MARK = re.compile(r"(\w+)$"), re.compile("[\"“]")
_POSSESSIVE = re.compile(r"['’]s$")
# A word one of _medium's four patterns needs (each holds one, whatever its case), looked for
# in the lower-cased text (a case-blind alternation cost more than the patterns)
_SET_UP_WORDS = ("phoned", "interview", "talked", "called", "rang", "dialled", "dialed", "asked", "interviewed",
                 "questioned", "quizzed", "appeared", "appearing", "speaking", "spoke", "talking",
                 "post", "video", "message", "statement", "note", "story", "clip", "streamed",
                 "broadcast", "televised", "aired", "carried")


def _abbreviated(text: str, para: int, mark: int) -> bool:
    word = _LAST_WORD.search(text[max(para, mark - 6):mark])
    return bool(word) and (len(word.group(1)) == 1 or word.group(1).lower() in (
        "mr", "mrs", "ms", "dr", "st", "gov"))  # 'Mrs. Sadiq', 'J. Smith': no sentence ends there


def _last_starts(text: str, para: int, first: int) -> list[int]:
    """The starts of the last two sentences of text[para:first + 1] after its first (nearest
    first), as a scan of that stretch for sentence ends finds them, read back from ``first``
    off the text's own sentence ends, found once per text (last_match.matches): a paragraph
    of thousands of sentences, one without line breaks, was scanned whole for each quote.
    The same ends: the pattern needs the character after an end, so a scan stopping at
    first + 1 finds the text's ends that end at or before ``first``; one begun at ``para``
    (past a line break) finds those that begin there or later."""
    _, opens, ends, _ = matches(_SENTENCE_START, text)
    out: list[int] = []
    low = bisect_left(opens, para)
    for k in range(bisect_right(ends, first) - 1, low - 1, -1):
        if len(out) == 2:
            break
        if not _abbreviated(text, para, opens[k]):
            out.append(ends[k])
    return out


def _named_once(text: str, name: str) -> bool:
    """'spoke to RÚV': one word spoken to, no given name or title, that the article names
    only there is the outlet that heard the words (as via_told_names reads 'told X')."""
    if " " in name or L.gender_of_first_name(name) is not None or name.lower() in L.TITLES:
        return False
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)) == 1


def _medium(text: str, prev: tuple[int, int]) -> tuple[int, int] | None:
    s, e = prev
    for pattern in (_CALLED_IN, _ON_AIR):
        for m in pattern.finditer(text, s, e):
            name = _POSSESSIVE.sub("", m.group(1))  # 'Astro Arena's midday bulletin'
            if is_medium(name) or m.group(2):
                return m.start(1), m.start(1) + len(name)
    # (a sentence reporting words of its own, 'X, speaking to France 24, said ...', is an
    # attribution, not a set-up: a speaker named again after it inherits no medium)
    reports = _REPORTS.search(text, s, e) is not None
    for m in () if reports else _SPOKE_TO.finditer(text, s, e):
        words = []  # the capitalised run, in any Latin script ('Útvarpið')
        for w in m.group(1).split():
            if not w[:1].isupper() and not w[:1].isdigit():
                break
            words.append(w)
        if not words:
            continue
        name = " ".join(words).rstrip(".")  # ('... News Network.': the sentence's stop)
        if is_medium(name) or _named_once(text, name):
            return m.start(1), m.start(1) + len(name)
    m = _POST_ON.search(text, s, e)
    if m is None:
        m = next((c for c in _CARRIED.finditer(text, s, e) if is_medium(c.group(2))), None)
    return m.span(1) if m is not None else None


def occasion_before(text: str, coref, q) -> tuple[int, int] | None:
    """The medium the sentence right before a quote's sentence names as the occasion of the
    speaker's words (that sentence quoting nothing and naming the speaker), or None."""
    if q.via or q.cue is None or q.speaker.entity is None or coref is None:
        return None
    first = min(q.start, q.cue.start)
    if q.start > 0 and text[q.start - 1] in "\"“":
        first = min(first, q.start - 1)
    para = break_before(text, first) + 1
    last = _last_starts(text, para, first)
    if not last:
        return None  # the quote's sentence opens its paragraph: nothing set up before it
    own = last[0]
    prev = (last[1] if len(last) > 1 else para, own)
    low = text[prev[0]:own].lower()
    if not any(w in low for w in _SET_UP_WORDS):
        return None  # _medium reads only the sentence before: it finds nothing there
    if _QUOTE_MARK.search(text, *prev) or _QUOTE_MARK.search(text, own, first):
        return None  # a sentence with quoted words of its own is not a mere set-up
    if not any(ent.id == q.speaker.entity for _, ent in coref.mentions_in(*prev)):
        return None
    return _medium(text, prev)


# 'said on the station's afternoon show', 'told the network', 'speaking to the broadcaster'
# 'came on the line to tell the programme', 'told the show'
# ('Mr Foley said the broadcaster would restore ...': after a verb of saying with no preposition
# the definite medium is the reported clause's subject, not whom the words went to)
_DEFINITE = re.compile(r"[^.!?\n\"“”]{0,40}?\b(?:(?:said|says|added|adds|speaking|spoke|talking)\s+"
                       r"(?:on|to)\s+|(?:told|tells|tell)\s+(?:on\s+|to\s+)?)the\s+(?:(?:station|network|"
                       r"broadcaster|channel)(?:['’]s\s+(?:[a-z-]+\s+){0,2}(?:show|programme|"
                       r"program|bulletin|podcast))?|programme|program|show)\b")


_BROADCASTER = re.compile(r"(?i)\b(?:fm|am|tv|radio|television|broadcasting)\b|[a-z](?:fm|tv)$")


def definite_medium(text: str, quotes: list, outlet: str | None = None) -> list:
    """'He told Newstalk ZB ... "...," Prasad said on the station's afternoon show.': a
    definite broadcaster with no name takes up the medium of the nearest quote before it
    (within two paragraphs) that went out through one; a platform is no station. In a
    broadcaster's own copy 'the station' is the printing outlet, no relay, unless the same
    speaker's words just before, in the same paragraph, went to another named station
    ('Speaking to BBC Radio Cymru, X said ... She told the station ...')."""
    out = list(quotes)
    own = bool(outlet and _BROADCASTER.search(outlet))
    for k, q in enumerate(out):
        if q.via or q.cue is None or not _DEFINITE.match(text, q.cue.start):
            continue
        p = next((p for p in reversed(out[:k]) if p.via), None)
        if own and (p is None or "\n" in text[p.start:q.start] or p.speaker.entity is None
                    or p.speaker.entity != q.speaker.entity):
            continue
        if p is not None and text.count("\n", p.start, q.start) <= 4 \
                and not any(v.name in L.PLATFORMS for v in p.via):
            out[k] = replace(q, via=p.via)
    return out


# 'sent word through her spokesman, Caleb Ortiz, that': the person who passed the words on
# (an interpreter only translates them, and is no relay)
_PASSER = r"(?:spokes(?:man|woman|person)|aide|lawyer|attorney|solicitor|agent|representative|" \
          r"envoy|secretary|intermediary|messenger|publicist)"
# ('through his lawyer, advocate Manoj Bhattarai,': a lower-case calling may stand before the name)
# ('through the ministry's spokesperson, Gaone Phiri,': a possessor may name whose passer)
_THROUGH_PERSON = re.compile(r"\b(?:through|via)\s+(?:his|her|their|its|the|a|an)\s+"
                             r"(?:[\w'’-]+\s+){0,2}?" + _PASSER + r"(?:\s*,\s+(?:[a-z]+\s+)?|\s+)("
                             + _NAME + r")")
# 'said through a spokeswoman that', 'Through her publicist, X said': the passer by role alone
_THROUGH_ROLE = re.compile(r"\b(?:[Tt]hrough|via)\s+(?:his|her|their|its|the|a|an)\s+"
                           r"(?:[a-z-]+\s+){0,2}?(" + _PASSER + r")\b(?![\w'’-])")
# 'said the Governor had asked her to assure small businesses that': the one asked to pass
# the words on
# ('asked her spokesman, Costas Michael, to pass on that': the one asked, named after the role)
_ASKED_TO_PASS = re.compile(r"\b(?:asked|told|instructed|directed|authorised|authorized)\s+"
                            r"(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _PASSER
                            + r"\s*,\s+(" + _NAME + r"),|(him|her|them))\s+to\s+(?:assure|"
                            r"reassure|tell|inform|convey|pass\s+on|say|announce)\b")

# A piece of each pattern's verb or preposition, as it must stand in any match of it (the
# patterns are case-sensitive; 'hrough' serves 'through' and 'Through'): a window holding
# none is passed over without running the pattern, which tries every position of it.
_THROUGH_WORDS = ("hrough", "via")
_ASKING_WORDS = ("asked", "told", "instructed", "directed", "authori")


def _has_word(text: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether one of ``words`` lies wholly inside text[lo:hi]."""
    for w in words:
        if text.find(w, lo, hi) >= 0:
            return True
    return False


def person_between(text: str, coref, q):
    """The person a quote's cue clause says passed the speaker's words on, as a Via, or None:
    'sent word through her spokesman, X, that ...', 'said the Governor had asked her to
    assure ... that ...' (the speaker is the one who sent or asked)."""
    if q.via or q.cue is None or coref is None or q.speaker.entity is None \
            or q.cue.start >= q.start:
        return None
    stop = min(q.start, q.cue.start + 160)
    lo, hi = max(0, q.cue.start - 60), max(stop, min(q.end, q.cue.start + 160))
    for pattern, words in ((_THROUGH_PERSON, _THROUGH_WORDS), (_ASKED_TO_PASS, _ASKING_WORDS)):
        # the content may open inside the cue's clause ('asked her spokesman, X, [to pass on
        # that ...]', 'sent [word through his permanent secretary, X, that "..."]'): a match
        # running into it counts when the one asked is named before it, or when the reported
        # 'that' follows the passer
        m = pattern.search(text, lo, hi) if _has_word(text, words, lo, hi) else None
        if m is None:
            continue
        g = next(k for k in range(1, (m.lastindex or 1) + 1) if m.group(k) is not None)
        if m.end() > stop and not (pattern is _ASKED_TO_PASS and m.end(g) <= q.start
                                   or re.match(r",?\s+that\b", text[m.end():m.end() + 8])):
            continue
        ent = coref.entity_at(*m.span(g))
        if ent is not None and ent.type == "PERSON" and ent.id != q.speaker.entity:
            return Via(ent.id, ent.name, *m.span(g))
    # the role alone, in the cue's own sentence ('said through a spokeswoman that ...',
    # 'Through her publicist, X said'), when no name follows it
    # (a person's: a body's spokeswoman is the body's own voice, 'The bank said through a
    # spokeswoman')
    lo = max(0, q.cue.start - 60)
    m = _THROUGH_ROLE.search(text, lo, stop) if _has_word(text, _THROUGH_WORDS, lo, stop) \
        else None
    said = coref.entity_at(q.speaker.start, q.speaker.end) if q.speaker.start is not None \
        else None
    if m is not None and said is not None and said.type == "PERSON" \
            and not re.search(r"[.!?]\s", text[min(m.end(), q.cue.start):
                                               max(m.start(), q.cue.start)]) \
            and not _THROUGH_PERSON.match(text, m.start()):
        return Via(None, m.group(1), *m.span(1))
    return None


def asker_of(text: str, coref, q):
    """(speaker, via) for words the quote's speaker was asked to pass on ('Minister X, who is
    abroad, asked his spokeswoman, Nina Petek, to tell reporters that ...': X speaks, through
    Petek, whom the parse made the teller), or None."""
    if q.via or q.cue is None or coref is None or q.speaker.start is None \
            or q.speaker.entity is None:
        return None
    lo = max(0, q.speaker.start - 40)
    m = _ASKED_TO_PASS.search(text, lo, q.cue.end) \
        if _has_word(text, _ASKING_WORDS, lo, q.cue.end) else None
    if m is None or m.group(1) is None or not (q.speaker.start <= m.start(1) < q.speaker.end):
        return None
    begin = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 300)
    for men, ent in reversed(coref.mentions_in(begin, m.start())):
        if re.search(r"[.!?][\"”’]?\s", text[men.end:m.start()]):
            return None  # only the asking sentence's own subject
        if ent.type == "PERSON" and ent.id != q.speaker.entity:
            return (Speaker(ent.id, ent.name, men.start, men.end),
                    Via(q.speaker.entity, q.speaker.name, q.speaker.start, q.speaker.end))
    return None


# 'said Prime Minister X had asked him to tell teachers that "..."', 'said the Minister, Mr
# X, had directed the High Commission to give the family "..."': the words are the asker's,
# the one reporting the request passed them on
_DIRECTED = re.compile(r"\s*,?\s+(?:had\s+|has\s+)?(?:asked|directed|instructed|authori[sz]ed)\s+"
                       r"[^.;:!?\"“”]{1,60}?\bto\s+(?:tell|assure|reassure|convey|give|inform|"
                       r"pass\s+on|say\s+to|offer|extend)\b[^.;:!?\"“”]{0,80}$")
_DIRECTING = re.compile(r"asked|directed|instructed|authori[sz]ed")


def leader_behind(text: str, coref, q):
    """(speaker, via) for words a reporting speaker passes on from a person their clause
    says asked or directed that they be given ('Information Minister Y said Prime Minister X
    had asked him to tell teachers that "..."': X speaks, through Y), or None."""
    if q.via or q.cue is None or coref is None or q.speaker.entity is None \
            or q.speaker.start is None:
        return None
    # the quotation mark opening the words (inside the content when the clause is in it)
    mark = _OPENING_MARK.search(text, max(0, q.start - 1), q.end)
    if mark is None:
        return None
    open_at = mark.start()
    begin = max(text.rfind("\n", 0, open_at) + 1, open_at - 300)
    if _DIRECTING.search(text, begin, open_at) is None:
        return None  # _DIRECTED's verb would lie in begin..open_at
    for m, ent in reversed(coref.mentions_in(begin, open_at)):
        if ent.type != "PERSON" or ent.id == q.speaker.entity:
            continue
        if _DIRECTED.match(text[m.end:open_at]):
            return (Speaker(ent.id, ent.name, m.start, m.end),
                    Via(q.speaker.entity, q.speaker.name, q.speaker.start, q.speaker.end))
        break
    return None


_REPLY_CUES = frozenset("replied replies responded responds countered counters retorted "
                        "retorts".split())
_SHOT_BACK = re.compile(r"(?:shot|hit|fired)\s+back\b")  # the cue may stop at 'shot'
# 'told lawmakers at a hearing broadcast by KOB 4': an exchange carried live, every speaker in it
_BROADCAST_EXCHANGE = re.compile(r"(?i)\b(?:hearing|debate|session|sitting|inquiry|panel|"
                                 r"forum|meeting)(?:\s+[\w'’-]+){0,4}?\s*,?\s+"
                                 r"(?:that\s+was\s+|being\s+)?(?:broadcast|"
                                 r"aired|televised|streamed|livestreamed|carried)(?:\s+live)?\s+"
                                 r"(?:by|on)\s+(?:the\s+)?$")


def broadcast_reply(text: str, quotes: list) -> list:
    """'X told lawmakers at a hearing broadcast by KOB 4 that ... Commissioner Y replied:
    "..."': a reply in the same paragraph to words given at an exchange a broadcaster carried
    went out through it too, whoever replies."""
    out = list(quotes)
    for k in range(1, len(out)):
        q, p = out[k], out[k - 1]
        cue = text[q.cue.start:q.cue.end].split() if q.cue is not None else []
        if q.via or not p.via or not cue or p.end > q.start or "\n" in text[p.start:q.start] \
                or cue[-1].lower().rstrip(":,") not in _REPLY_CUES \
                and not _SHOT_BACK.match(text, q.cue.start):
            continue
        if any(v.start is not None and _BROADCAST_EXCHANGE.search(text, max(0, v.start - 50),
                                                                  v.start) for v in p.via):
            out[k] = replace(q, via=p.via)
    return out


__all__ = ["occasion_before", "definite_medium", "person_between", "broadcast_reply", "asker_of",
           "leader_behind"]
