"""Continuations that keep the medium: words a speaker goes on with, in the sentence right
after the ones relayed through a medium, with a bare cue of their own ('Lau told CBC News
that ... He said the offer had gone out ...', 'Speaking to KNA, he said ... The drug had not
been registered, he said.').

The convention of the sealed sets: a continuation with no attribution of its own (a bare
'he said' / 'she added' naming no new medium, audience or occasion) keeps the via of the
relayed words it continues; a new occasion ('at a briefing', 'later', 'on Monday', 'told
reporters') starts words with none. relays.earlier_medium calls carry_on last, on Quote
records (records.Quote in, Quote out); para_of(pos) gives a position's paragraph index.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from .last_match import _NEAR, break_before, break_from, matches

# The sentence ends between two positions ('Dr.' may count as one: the test only errs toward
# keeping a via off).
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[\"“‘A-Z]")
# Cue words that only say the speaker went on: no occasion, audience or manner of their own.
_BARE_CUES = frozenset("""said says added adds continued continues explained explains noted
notes went wrote writes insisted insists argued argues stressed stresses told tells
acknowledged acknowledges replied replies conceded concedes""".split())
# A new occasion or audience in the continuation's own sentence: its words were not the
# relayed ones ('said at a briefing', 'later said', 'told reporters', 'said on Monday').
_NEW_OCCASION = re.compile(
    r"(?i)\b(?:later|earlier|separately|previously|afterwards|yesterday|today|tonight|"
    r"(?:on|last|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"week|month|year|night|morning|evening)|"
    r"(?:at|during|in|on|to|with|through|via|according)\s+(?:an?|the|his|her|their|its)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?:conference|briefing|rally|meeting|hearing|session|summit|"
    r"ceremony|event|speech|address|statement|release|interview|post|video|letter|"
    r"message|programme|program|show|podcast|broadcast|debate|tweet|column|op-ed|"
    r"newspaper|paper|agency|channel|website|radio|television|tv)|"
    r"(?:told|tells|telling)\s+(?:the\s+)?(?:reporters|journalists|the\s+press|parliament|"
    r"lawmakers|mps|senators|a\s+crowd|crowds|supporters|the\s+court|the\s+committee)|"
    r"according\s+to|quoted|cited|reported|in\s+court|on\s+(?:x|facebook|instagram|"
    r"telegram|whatsapp|tiktok|youtube|linkedin|threads|bluesky))\b")
_PRONOUN = frozenset("he she they him her them".split())
# The relayed words were spoken to the medium ('told CBC News', 'Speaking to KNA', 'in an
# interview with', 'said on Newstalk', 'Speaking at a press conference livestreamed on X'): a
# conversation or occasion carried live, which the next sentence goes on with. A
# medium that only reported them ('according to Interfax', 'IRNA reported', 'quoted by SUNA')
# is a one-off relay, and the sentence after it may come from anywhere.
_ADDRESSED = re.compile(r"(?i)\b(?:told|tells|telling|speaking|spoke|speaks|talking|talked|talks|"
                        r"interview|interviewed|conversation|appearing|appeared|asked|said on|"
                        r"says on|posted|posting|wrote|writing|post|message|video|podcast|"
                        r"programme|program|show|broadcast|(?:live)?streamed)\s+"
                        r"(?:(?:to|with|on|in|by|for|at)\s+)?(?:the\s+|an?\s+|his\s+|her\s+|"
                        r"their\s+|its\s+)?(?:[\w'’.-]+\s+){0,3}(?:[\w'’.-]+\s+\()?$")


def _spoken_to_medium(text: str, p) -> bool:
    return any(v.start is not None and (_ADDRESSED.search(text[max(0, v.start - 45):v.start])
                                        or _ON_AIR_KIND.search(text, v.start, v.end))
               for v in p.via)


# A medium named by its kind of programme ('On the Circuit Breakers podcast, X said'): words
# said on air, a conversation the next sentence goes on with.
_ON_AIR_KIND = re.compile(r"(?i)\b(?:podcast|programme|program|show|phone-in)\b")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], bounded by the paragraph.

    Read off the text's sentence ends, found once per text (a paragraph of thousands of
    sentences was scanned from its start for every quote): no match of the pattern can open
    inside another (only its first character is a '.', '!' or '?'), so a scan of a stretch
    finds exactly the text's matches that lie wholly inside the stretch."""
    para = break_before(text, start) + 1
    s = para
    if start - para < _NEAR:  # an ordinary paragraph: scanned, as cheap as the look-up
        for m in _SENTENCE_END.finditer(text, para, start + 1):
            s = m.start() + 1
    else:
        _, starts, ends, _ = matches(_SENTENCE_END, text)
        k = bisect_right(ends, start + 1) - 1  # the sentence may open at start
        s = starts[k] + 1 if k >= 0 and starts[k] >= para else para
    stop = break_from(text, end)
    stop = len(text) if stop < 0 else stop
    m = _SENTENCE_END.search(text, end, min(stop, end + _NEAR))  # the first, if it is near
    if m is not None or stop <= end + _NEAR:
        return s, (m.start() + 1 if m else stop)
    _, starts, ends, _ = matches(_SENTENCE_END, text)
    k = bisect_left(starts, end)
    return s, (starts[k] + 1 if k < len(starts) and ends[k] <= stop else stop)


def _bare_continuation(text: str, q) -> bool:
    """The quote's cue says only that the speaker went on: a bare cue word, and no new
    occasion, medium or audience in its sentence outside the quoted words."""
    cue = text[q.cue.start:q.cue.end].split()
    if not cue or cue[-1].lower().rstrip(":,") not in _BARE_CUES:  # 'he said:' too
        return False
    s, e = _sentence_around(text, min(q.start, q.cue.start), max(q.end, q.cue.end))
    outside = text[s:max(s, q.start)] + " " + text[min(e, q.end):e]
    if cue[-1].lower() in ("told", "tells") and not _TOLD_IN_CONVERSATION.match(text, q.cue.end):
        return False  # 'He told the Border Times that ...': words told to another outlet
    return not _NEW_OCCASION.search(_RENDERING_NOTE.sub("", outside))


# '..., according to an AFP translation': in whose words the quotation is rendered, no new
# occasion or medium
_RENDERING_NOTE = re.compile(r",?\s*according\s+to\s+(?:an?|the|its|his|her|their)\s+"
                             r"(?:[\w'’-]+\s+){0,3}?(?:translation|interpretation)\b")


# Whom words told in the same conversation go to: the medium's audience or a person in it
# ('told listeners', 'told host Raj Patel', 'told him'), never a named outlet or body.
_TOLD_IN_CONVERSATION = re.compile(
    r"\s+(?:(?:listeners|viewers|readers|followers|subscribers|the\s+audience|him|her|them|me|us)"
    r"\b|(?!(?:reporters|journalists|the|a|an|his|her|their|its)\b)[a-z]+(?:\s+[A-Z][\w'’-]*){1,3}\b)")


def _speaker_taken_up(text: str, p, q) -> bool:
    """The continuation's speaker is the relayed speaker taken up again (same entity, named
    by a pronoun, a surname or a role), not a person newly brought in."""
    if q.speaker.entity is None and p.speaker.entity is None and q.speaker.name is not None \
            and q.speaker.name == p.speaker.name:
        return True  # 'The lawyer told the Guardian ... She said ...': one unnamed speaker
    if q.speaker.entity is None or q.speaker.entity != p.speaker.entity:
        return False
    if q.speaker.start is None or q.speaker.start == p.speaker.start:
        return True  # 'X told AFP ... and said ...': one subject for both verbs
    return q.speaker.start > p.start or text[q.speaker.start:q.speaker.end].lower() in _PRONOUN


# Words told to the medium in person ('told Shoreline FM that', 'speaking to KNA')
_TOLD = re.compile(r"(?i)\b(?:told|tells|telling|speaking|spoke|talking|talked|interview(?:ed)?)\s+"
                   r"(?:(?:to|with)\s+)?(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,3}$")


def _sentence_after_relay(text: str, p, q) -> bool:
    """Some other sentence stands between the relayed words and the next paragraph."""
    return len(_SENTENCE_END.findall(text, p.end, text.find("\n", p.end))) > 0


def carry_on(text: str, quotes: list, para_of) -> list:
    """Quotes with no via of their own that continue, in the next sentence of the same
    paragraph (or a quotation opening the next paragraph after words told to the medium),
    the same speaker's words relayed through a medium take that medium."""
    out = list(quotes)
    for k in range(1, len(out)):
        q, j = out[k], k - 1
        while j > 0 and out[j].speaker.name is None and out[j].start > out[j - 1].end:
            j -= 1  # 'Asked whether ..., he said:': a question no one is said to have said
        p = out[j]
        if q.cue is None and not q.via and p.via and p.end <= q.start \
                and _cueless_next(text, p, q, para_of):
            out[k] = replace(q, via=p.via)  # '"...," he said. "We want ..."': no cue of its own
            continue
        if q.via or not p.via or q.cue is None or p.end > q.start:
            continue
        if not _speaker_taken_up(text, p, q):
            continue
        # the lead's session-15 ruling: a speaker named again (by name or role) is a new
        # attribution and inherits no medium; a pronoun (or the subject both verbs share) goes on
        if named_again(text, p, q):
            continue
        first = min(q.start, q.cue.start)
        if para_of(q.start) != para_of(p.start) and para_of(q.start) - para_of(p.start) == 1 \
                and _pronoun_cue(text, q) and not _sentence_after_relay(text, p, q) \
                and not _SENTENCE_END.search(text, text.rfind("\n", 0, first) + 1, first) \
                and _bare_continuation(text, q):
            out[k] = replace(q, via=p.via)  # 'She said ...' opening the next paragraph
            continue
        if para_of(q.start) != para_of(p.start):
            # '... told Shoreline FM that ...' then a paragraph opening '"...," Olowe said.':
            # the next paragraph's first sentence, a quotation closed by a bare cue
            opens = text[text.rfind("\n", 0, q.start) + 1:q.start] in ("\"", "“")
            if para_of(q.start) - para_of(p.start) != 1 or not opens or q.cue.start < q.end \
                    or text.find("\n", p.end, q.start) < 0 or _sentence_after_relay(text, p, q) \
                    or not any(v.start is not None and _TOLD.search(text, max(0, v.start - 40),
                                                                     v.start) for v in p.via):
                continue  # a post or statement read out is no conversation that goes on
        elif first < p.end or len(_SENTENCE_END.findall(text, p.end, first)) > 1:
            continue  # only the sentence right after the relayed words
        # a pronoun goes on from any relay (the ruling); a speaker otherwise resolved only from
        # words spoken to the medium
        if _bare_continuation(text, q) and (_spoken_to_medium(text, p) or _pronoun_cue(text, q)):
            out[k] = replace(q, via=p.via)
    return out


def _cueless_next(text: str, p, q, para_of) -> bool:
    """q, a quotation with no cue, is the next sentence of p's speaker's words in p's
    paragraph: nothing but p's own cue stands between them."""
    if para_of(q.start) != para_of(p.start) or q.speaker.name is None \
            or not (q.speaker.entity is not None and q.speaker.entity == p.speaker.entity
                    or q.speaker.entity is None and q.speaker.name == p.speaker.name):
        return False
    gap = text[p.end:q.start]
    if p.cue is not None and p.end <= p.cue.start and p.cue.end <= q.start:
        gap = text[p.end:p.cue.start] + text[p.cue.end:q.start]  # '," he said. "'
    return len(gap) < 60 and len(_SENTENCE_END.findall(gap + "A")) <= 1 \
        and not re.search(r"[a-z]{3,}", re.sub(r"\b(?:he|she|they|said|says|added|adds)\b", "",
                                                gap))


def _cueless_paragraph(text: str, p, q, para_of) -> bool:
    """'X told The Clarion several players had called him.' then a paragraph that is only a
    quotation with no cue: the same conversation goes on (the session-15 ruling's 'no cue ... in
    the next paragraph'), when the told words closed their paragraph and were said to the medium."""
    if para_of(q.start) - para_of(p.start) != 1 or q.speaker.entity is None \
            or q.speaker.entity != p.speaker.entity:
        return False
    brk = text.find("\n", p.end, q.start)
    if brk < 0 or text[p.end:brk].strip(" \"”’.") \
            or text[text.rfind("\n", 0, q.start) + 1:q.start] not in ("\"", "“"):
        return False  # more words after the relayed ones, or the quotation opens mid-paragraph
    stop = text.find("\n", q.end)
    if text[q.end:len(text) if stop < 0 else stop].strip(" \"”’.,") or p.cue is None:
        return False  # the quotation is the whole paragraph, no cue after it
    return any(v.start is not None and _TOLD.search(text, max(0, v.start - 40), v.start)
               for v in p.via)


def cueless_paragraphs(text: str, quotes: list, para_of) -> list:
    """Run after the speakers are final (quotes.rerank): a paragraph that is only a quotation
    with no cue, after one that closed on words told to a medium by the same speaker, takes
    that medium (_cueless_paragraph)."""
    out = list(quotes)
    for k in range(1, len(out)):
        q, p = out[k], out[k - 1]
        if q.cue is None and not q.via and p.via and p.end <= q.start \
                and _cueless_paragraph(text, p, q, para_of):
            out[k] = replace(q, via=p.via)
    return out


def _pronoun_cue(text: str, q) -> bool:
    return q.speaker.start is not None and _anaphor(text[q.speaker.start:q.speaker.end])


def named_again(text: str, p, q) -> bool:
    """The lead's session-15 ruling: q's speaker, the one of the relayed p, is named again (by
    name or role description, not a pronoun, a 'the same' anaphor or the subject both verbs
    share), so q is a new attribution and inherits no medium; telling the medium's own
    audience or host ('told listeners', 'told host Raj Patel') is the same broadcast going on."""
    if q.speaker.start is None or q.speaker.start == p.speaker.start \
            or _anaphor(text[q.speaker.start:q.speaker.end]):
        return False
    return not (q.cue is not None and text[q.cue.start:q.cue.end].lower() in ("told", "tells")
                and _TOLD_IN_CONVERSATION.match(text, q.cue.end))


def _anaphor(mention: str) -> bool:
    """A bare pronoun or a 'the same' anaphor: the speaker goes on, named by no new words."""
    m = mention.lower()
    return m in _PRONOUN or m.startswith("the same")


# 'she was quoted as saying', 'he was cited as saying': a relay whose medium goes unnamed,
# the one that reported the speaker's words just before
_AGENTLESS = re.compile(r"(?i)\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?"
                        r"(?:quoted|cited|reported)\s+(?:as\s+(?:saying|telling|writing)|to\s+have)\b")
# 'the statement said', 'according to the memo': a document the paragraph before brought in
_DOCUMENT_AGAIN = re.compile(r"(?i)\b(?:the|that|this)\s+(statement|memo|letter|email|e-mail|note|"
                             r"report|document|filing|complaint|ruling|message|post|release)\s+"
                             r"(?:also\s+)?(?:said|says|added|adds|stated|states|read|reads|warned|"
                             r"warns|continued|continues|noted|notes)\b|\baccording\s+to\s+"
                             r"(?:the|that|this)\s+(statement|memo|letter|email|note|report|"
                             r"document|filing|complaint|ruling|message|post|release)\b")


# every noun _DOCUMENT_AGAIN can match, for a cheap test before it runs
_DOCUMENT_WORDS = ("statement", "memo", "letter", "email", "e-mail", "note", "report", "document",
                   "filing", "complaint", "ruling", "message", "post", "release")


def _medium_unnamed(text: str, q) -> str | None:
    """'agentless' when the quote's own cue is a passive relay with no medium named,
    the document noun when its sentence names a document again; else None."""
    if q.cue is None:
        return None
    if _AGENTLESS.search(text, max(0, q.cue.start - 12), min(len(text), q.cue.end + 24)):
        return "agentless"
    s, e = _sentence_around(text, min(q.start, q.cue.start), max(q.end, q.cue.end))
    around = text[s:max(s, q.start)] + " " + text[min(e, q.end):e]
    low = around.lower()  # once, not once per word
    if around.isascii() and not any(w in low for w in _DOCUMENT_WORDS):
        return None  # no document noun at all (ASCII: ignoring case is lowercasing)
    m = _DOCUMENT_AGAIN.search(around)
    return None if m is None else (m.group(1) or m.group(2)).lower()


def unnamed_relays(text: str, quotes: list, para_of) -> list:
    """Quotes with no via whose cue relays words through a medium it does not name ('she
    was quoted as saying') or through a document named before ('the statement said') take
    the via of the nearest earlier quote that the same medium (in the same paragraph) or
    that document (in the same or the paragraph before) carried."""
    out = list(quotes)
    for k in range(1, len(out)):
        q = out[k]
        if q.via:
            continue
        kind = _medium_unnamed(text, q)
        if kind is None:
            continue
        for p in reversed(out[:k]):
            if para_of(q.start) - para_of(p.start) > 1:
                break
            if not p.via or p.end > q.start:
                continue
            if kind == "agentless":  # only the paragraph's own medium (a pinned convention)
                if para_of(q.start) == para_of(p.start) and p.speaker.entity is not None \
                        and p.speaker.entity is not None and p.speaker.entity == q.speaker.entity:
                    out[k] = replace(q, via=p.via)
                break
            s, _ = _sentence_around(text, min(p.start, p.cue.start if p.cue else p.start), p.end)
            if re.search(r"(?i)\b" + kind + r"s?\b", text[s:p.end]):
                out[k] = replace(q, via=p.via)
                break
    return out


def participle_adjuncts(text: str, quotes: list) -> list:
    """'X said in a post on Facebook that ..., adding that members would "never accept it"',
    '..., rejecting the claim as "cruel and untrue"': a participle set off after the cue's own
    clause says more of the same words, which went out through the same medium."""
    out = list(quotes)
    for k in range(1, len(out)):
        q, p = out[k], out[k - 1]
        if q.via or not p.via or q.cue is None or p.end > q.cue.start or q.cue.start < q.start \
                and q.cue.end > q.start:
            continue
        cue = text[q.cue.start:q.cue.end].split()
        if not cue or not cue[0].endswith("ing") \
                or not re.search(r",\s*$", text[max(0, q.cue.start - 4):q.cue.start]):
            continue
        if _SENTENCE_END.search(text, p.end, q.cue.start) or "\n" in text[p.end:q.cue.start]:
            continue
        same = q.speaker.entity is not None and q.speaker.entity == p.speaker.entity \
            or q.speaker.start is not None and q.speaker.start == p.speaker.start
        if same:
            out[k] = replace(q, via=p.via)
    return out


__all__ = ["carry_on", "cueless_paragraphs", "unnamed_relays", "participle_adjuncts"]
