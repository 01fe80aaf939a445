"""Media phrases in a cue's clause: which words name an intermediary (agency, channel, site,
platform, an outlet told something) and the via spans of one attribution, nearest first.

Input: attribution.Cand candidates with their spaCy tokens; sources.py calls via_for while
chaining attributions and reuses the medium tests for speakers and documents.
"""
from __future__ import annotations

import bisect
import re

from . import cue_model, cues
from . import lexicon_roles as L
from .attribution import Cand, agent_of, lemma_of, source_span, text_of, tokens_span, trim
from .via_names import GLUED_STATION, SHOWS, is_medium, is_medium_span, overlaps
from .via_shown import shown_medium
from .via_told_swallowed import swallowed_outlet
from .via_carried import _CARRYING, _bare_agent, _carried_on  # noqa: F401  (vias._CARRYING)
from .via_told_names import (CHAMBER_WORDS, _acronym, _broadcaster, _described_after,
                             _named_org, _numbered_name, _own_words, _unfamiliar_name)


def inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


# Stations that broadcast nothing: a compound before 'station' saying what kind it is
_NOT_ON_AIR = frozenset("""police fire railway rail train bus metro subway tube petrol gas
    filling service power pumping polling weather space research ranger lifeboat coastguard
    border military naval duty charging pump""".split())


def medium_phrase(tok) -> tuple[int, int] | None:
    """The span of a noun phrase if it names a medium ('the Tasnim news agency')."""
    # The phrase's edges and the words before the noun from the Doc's arrays: a Token for
    # every word of the phrase cost more than the tests, asked of every object a cue has.
    doc, i = tok.doc, tok.i
    ar = cue_model.arrays(doc)
    kids, dep, lower = ar.kids[i], ar.dep, ar.lower
    s, e = ar.subtree_span(i)
    rel = [doc[c].left_edge.idx for c in kids if c > i and (dep[c] == "relcl" or dep[c] == "acl"
                                                             and _platform_word(tok))]
    # 'told The River Post he could not afford it': a clause the parser hung on the
    # medium's name is what was told, never part of the name
    s, e = trim(text_of(doc), s, min([e] + rel))
    text = text_of(doc)[s:e]
    head = lower[i] in cues.MEDIA_NOUNS or tok.lemma_.lower() in cues.MEDIA_NOUNS \
        or tok.text in SHOWS or _phone_in(doc, i)
    # 'the local channel TV8': a name the tagger did not take for one, described as a medium
    described = any(c < i and dep[c] in ("compound", "amod", "nmod")
                    and lower[c] in cues.MEDIA_NOUNS for c in kids)
    # 'the trade newsletter reelnotes': a name the tagger took for a verb, after the kind of
    # medium it is (a show or newsletter as well as a paper or channel)
    kind_before = any(c < i and dep[c] in ("compound", "amod", "nmod") and (
        lower[c] in SHOWS or lower[c] == "newsletter") for c in kids) and tok.text.islower()
    platform = tok.text.rstrip(".") in L.PLATFORMS or _platform_word(tok)  # 'a video posted on X'

    described = described or kind_before
    if lower[i] in ("station", "stations") and any(
            c < i and dep[c] == "compound" and lower[c] in _NOT_ON_AIR for c in kids):
        return None  # 'told reporters at the Freeport police station': a place, no broadcaster
    if not (head or described or platform or tok.pos_ == "PROPN" or cues.is_media_name(text)
            or GLUED_STATION.fullmatch(text)):
        return None  # 'a statement on its website': the website is the medium, found below
    # ('RTHK Radio 3's morning programme': the parser may hang the owner as an nmod with its
    # "'s", and the owner's first words as compounds of the programme)
    owner = next((c for c in tok.children if c.pos_ == "PROPN" and (c.dep_ == "poss" or (
        c.dep_ == "nmod" and any(g.dep_ == "case" and g.text in ("'s", "’s")
                                 for g in c.children)))), None)
    if owner is None and lower[i] in SHOWS:
        # "BBC Scotland's Good Morning Scotland programme": the parser may hang the owner on
        # the programme's name, a compound of the kind noun
        owner = next((g for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                      for g in c.children if g.dep_ == "poss" and g.pos_ == "PROPN"), None)
    if owner is not None and not is_medium(text):
        # "Channels Television's Sports Tonight": the broadcaster of a programme carried it
        first = owner.left_edge.i
        while first - 1 > tok.left_edge.i - 1 and doc[first - 1].head.i == i \
                and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
            first -= 1
        words = {t.i: t for t in list(doc[first:owner.i + 1]) + list(owner.subtree)
                 if t.dep_ != "case"}
        span = trim(text_of(tok.doc), *tokens_span([words[k] for k in sorted(words)]))
        owned = text_of(tok.doc)[span[0]:span[1]]
        # ('BBC Scotland': a broadcaster's name opening the owner's makes it one of its arms)
        if is_medium(owned) or " " in owned and cues.is_media_name(owned.split()[0]):
            named = _SHOW_NAME_AFTER.match(text_of(doc), tok.idx + len(tok.text)) \
                if lower[i] in SHOWS else None
            if named is not None:
                # "RTHK's Filipino-language programme Kabayan on Air": the programme's own
                # name after its kind is the medium (as 'CBC Radio's Daybreak South')
                return named.span(1)
            if lower[i] in SHOWS and tok.i - owner.i <= 5 and any(
                    t.text[:1].isupper() for t in doc[owner.i + 1:tok.i] if t.dep_ != "case"):
                # "the BBC's Sportsweek programme": the broadcaster names it, the phrase runs
                # to the named programme it carried ('Radio 2's evening programme' stays
                # the station's)
                return span[0], tok.idx + len(tok.text)
            name = [t for t in doc[owner.i + 1:tok.i + 1] if t.dep_ != "case"]
            if tok.pos_ == "PROPN" and lower[i] not in SHOWS and name and name[0].i - owner.i <= 2 \
                    and all(t.text[:1].isupper() for t in name):
                # "CBC Radio's Daybreak South": the broadcaster's named programme, the
                # conversation's own medium (tests/data conventions, sessions 13-14)
                return name[0].idx, tok.idx + len(tok.text)
            return span
    # (never a person: 'the company's blog, chief technology officer Jane Doe said' is a parse
    # that hung the speaker on the medium)
    named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.ent_type_ != "PERSON"), None)
    if head and named is not None:
        # 'a local channel, Mashriq TV': the channel's name, up to a comma after it (the
        # parser may hang the sentence's subject on the name as a further apposition)
        toks = list(named.subtree)
        cut = next((t.i for t in toks if t.i > named.i and t.text == ","), None)
        return trim(text_of(tok.doc), *tokens_span([t for t in toks if cut is None or t.i < cut]))
    if lower[i] in SHOWS:
        # "the Filipino-language programme Kabayan on Air": the name after the kind
        after = _SHOW_NAME_AFTER.match(text_of(doc), tok.idx + len(tok.text))
        if after is not None and after.end(1) <= e:
            return after.span(1)
    # Relative clauses and long appositions are not part of the medium's name.
    for cut in (",", " which ", " that ", " who "):
        k = text.find(cut)
        if k > 0:
            e = s + k
            text = text[:k]
    if head:
        e = _name_after(tok.doc, e)
    return (s, e) if (is_medium(text) or kind_before) and not _audience(tok, text) else None


# A programme's capitalised name right after its kind noun ('programme Kabayan on Air')
_SHOW_NAME_AFTER = re.compile(r"\s+([A-Z][\w'’-]*(?:\s+(?:(?:on|of|at|in|and|the|&)\s+)?"
                              r"[A-Z][\w'’-]*){0,4})(?=[\s,.;:]|$)")


def _phone_in(doc, i: int) -> bool:
    """'a Radio Forth phone-in', 'the station's call-in': a show the tokenizer split at its
    hyphen, headed by 'in'."""
    return doc[i].lower_ == "in" and i > 1 and doc[i - 1].text == "-" \
        and doc[i - 2].lower_ in ("phone", "call") and not doc[i - 2].whitespace_


# What a platform holds: 'a Facebook post', 'a WhatsApp group', 'a Discord server'.
_ON_PLATFORM = frozenset("""post video message page account clip livestream group chat thread
story community forum server""".split())


def _platform_word(tok) -> bool:
    """'a Facebook post', 'a WhatsApp group used by camp leaders' (a participle after it says
    who used the group, no part of its name)."""
    return tok.lower_ in _ON_PLATFORM and any(c.text in L.PLATFORMS for c in tok.lefts)


# Lower-case words that end a medium's name: 'eko99 fm', 'carrow tv'.
_MEDIUM_TAILS = frozenset("fm am tv radio news online media".split())


def _lowercase_name(t) -> bool:
    """A word written in lower case that can only be a name: 'eko99', 'pivden.media'."""
    w = t.text
    return w[:1].islower() and not t.is_stop and (
        any(ch.isdigit() for ch in w) and any(ch.isalpha() for ch in w)
        or re.fullmatch(r"[a-z0-9-]+\.[a-z]{2,6}", w) is not None)


def _name_after(doc, end: int) -> int:
    """'the public television station Moldova 1': a medium's own name right after the words
    describing it, which the parser may hang elsewhere, belongs to the phrase."""
    span = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    if span is None or text_of(doc)[end:end + 1] != " ":
        return end
    lower = False  # 'the radio station eko99 fm': a name written in lower case
    for t in span:
        if t.i == span.start and t.text == "The" and t.i + 1 < len(doc) \
                and doc[t.i + 1].pos_ == "PROPN":
            continue  # 'the Nairobi paper The Star': a name that opens on its own 'The'
        if t.pos_ == "PROPN" and t.text[:1].isupper() or (t.like_num and t.i > span.start):
            end = t.idx + len(t.text)
        elif t.i == span.start and _lowercase_name(t) or lower and t.lower_ in _MEDIUM_TAILS \
                and t.idx == end + 1:
            end, lower = t.idx + len(t.text), True
        else:
            break
    return end


def _interviewer(prep, obj) -> tuple[int, int] | None:
    """'said in an interview with Postimees': whoever held the interview is the medium."""
    if prep.lower_ != "with" or lemma_of(prep.head) not in ("interview", "conversation"):
        return None
    return _named_org(obj) or _unfamiliar_name(obj) or _acronym(obj) or (
        tokens_span([obj]) if obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON"
        and len(list(obj.subtree)) == 1 else None)


# Verbs whose 'on' phrase names where the words went out: 'speaking on BBC Breakfast'.
_ON_AIR = frozenset("speak say tell appear talk interview comment".split())


_NAMED_SHOW = re.compile(r"\s+(?:the\s+)?([A-Z][\w'’.&-]*(?:\s+(?:(?:and|of|at|&)\s+)?"
                         r"[A-Z0-9][\w'’.&-]*){0,5})\s+(podcast|programme|program|show)\b")


def _programme(prep, obj) -> tuple[int, int] | None:
    """'Speaking on BBC Breakfast', 'said on Sky News Sunrise', 'asked by BBC Newsnight': a
    name that starts with a known broadcaster's name is one of its programmes, so it carried
    the words."""
    verbs = {"on": _ON_AIR, "by": _ASKING}.get(prep.lower_)
    if verbs is None or lemma_of(prep.head) not in verbs and not (
            prep.lower_ == "on" and cues.is_speech_lemma(lemma_of(prep.head))):
        return None  # ('warned on the Agos at Ilog podcast': any verb of saying, a named show)
    if prep.lower_ == "on":
        # 'Speaking on the Bits and Bytes Lanka podcast': a capitalised name and the kind of
        # show, read off the text (the parser splits such names at 'and')
        m = _NAMED_SHOW.match(text_of(obj.doc), prep.idx + len(prep.text))
        if m is not None and m.start(1) <= obj.idx < m.end(2):
            return m.start(1), m.end(2)
        if lemma_of(prep.head) not in verbs:
            return None
    owner = next((g for g in obj.children if g.dep_ == "poss" and g.pos_ == "PROPN"), None)
    if obj.pos_ == "NOUN" and owner is not None:
        return _broadcaster(owner, obj)  # 'Speaking on MNB's evening news': the broadcaster
    if obj.pos_ != "PROPN":
        return None
    words = [t for t in obj.subtree if t.i <= obj.i]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.is_punct for t in words):
        return None
    text = text_of(obj.doc)
    for k in range(len(words) - 1, 0, -1):
        if cues.is_media_name(text[words[0].idx:words[k - 1].idx + len(words[k - 1].text)]):
            return trim(text, words[0].idx, obj.idx + len(obj.text))
    return None


# Where one speaks 'on' a place rather than a channel: 'speaking on Capitol Hill'
_PLACE_HEADS = frozenset("""Hill Street Road Avenue Square Island Islands Boulevard Lane Bridge
    Campus Floor Steps Beach Coast Border Front""".split())
# Entity kinds a bare name after 'speaking on' has when it is a day, a place, a person or a
# topic, never the channel the words went out on
_NOT_AIRED = frozenset("DATE TIME GPE LOC FAC NORP EVENT LAW PERSON CARDINAL ORDINAL".split())
_AIRED_VERBS = frozenset("speak appear talk".split())


_SHOW_HEADS = frozenset("interview appearance speak appear talk press ask question".split())


def owned_show(prep, obj) -> tuple[int, int] | None:
    """'In an interview on GTV's Breakfast Live', 'was pressed on ITV Wales's Sharp End': a
    capitalised name its owner's possessive opens, 'on' which someone was interviewed or
    pressed, is the owner's programme, the medium the exchange went out on (the programme,
    not its broadcaster: tests/data conventions, sessions 13-14)."""
    if prep.lower_ != "on" or not obj.text[:1].isupper() or lemma_of(prep.head) not in _SHOW_HEADS:
        return None  # ('Sharp End': the tagger may take a programme's last word for a noun)
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    name = [t for t in obj.doc[owner.i + 1:obj.i + 1] if t.dep_ != "case"]
    if not name or not all(t.text[:1].isupper() for t in name) \
            or any(t.ent_type_ in _NOT_AIRED and t.ent_type_ != "PERSON" for t in name):
        return None  # (a programme's name the tagger took for a person's is still the show)
    return name[0].idx, obj.idx + len(obj.text)


def aired_name(prep, obj) -> tuple[int, int] | None:
    """'Joselito Tabirao, speaking on DZBB, called ...', 'speaking on TeleRadyo Serbisyo':
    a bare capitalised name (no article) a person spoke or appeared 'on' is the station or
    programme that carried the words, whether or not its name looks like a medium's; a day,
    a place or a person is none."""
    if prep.lower_ != "on" or obj.pos_ != "PROPN" or lemma_of(prep.head) not in _AIRED_VERBS:
        return None
    words = [t for t in obj.subtree]
    if words[-1].i != obj.i or any(t.dep_ in ("det", "poss", "case") for t in words) \
            or not all(t.text[:1].isupper() for t in words) \
            or any(t.ent_type_ in _NOT_AIRED for t in words) or obj.text in _PLACE_HEADS:
        return None
    doc = obj.doc
    if obj.i + 2 < len(doc) and doc[obj.i + 1].text == "," and doc[obj.i + 2].lower_ in (
            "the", "this", "a", "its", "our"):
        return None  # 'on Morning Line, the breakfast programme of ...': the description decides
    return words[0].idx, obj.idx + len(obj.text)


def _quoter(agent) -> tuple[int, int] | None:
    """Whoever quotes or carries the words is the medium, named or not ('was quoted by SUNA')."""
    if agent is None:
        return None
    return (medium_phrase(agent) or _named_org(agent) or _unfamiliar_name(agent)
            or _acronym(agent) or _proper_name(agent))


def _relayer_of(obj) -> list[tuple[int, int]]:
    """'in an interview with the BBC, quoted by the Irish Independent': the medium that
    quoted or carried the interview passed the words on after the interviewer."""
    out = []
    for c in obj.children:
        if c.dep_ != "acl" or lemma_of(c) not in ("quote", "cite", "carry", "relay", "report"):
            continue
        agent = agent_of(c)
        m = _quoter(agent)
        if m:
            out.append(m)
    return out


def _as_quoted_by(tok) -> list[tuple[int, int]]:
    """'Speaking to Bloomberg, as quoted by BusinessDay, he added': the medium of an 'as'
    clause on the cue passed on what the first one heard."""
    out = []
    for c in tok.children:
        if c.dep_ != "advcl" or lemma_of(c) not in ("quote", "cite", "carry", "report") \
                or not any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            continue
        agent = agent_of(c)
        m = _quoter(agent)
        if m:
            out.append(m)
    return out


def _audience(tok, text: str) -> bool:
    """'told reporters', 'told the press' name an audience; 'the Associated Press', with a
    name of its own, is an agency."""
    return cues.is_audience(text) and not any(
        t.pos_ == "PROPN" and t.i != tok.i for t in tok.subtree)


_OWNED_NAME_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w'’.-]*\s+(?:(?:on|of|and|the)\s+)?)+")


def _addressees(tok) -> list[tuple[int, int]]:
    """'told Reuters', 'told state TV', 'telling the Tasnim news agency': an addressee that
    is a medium, not an audience."""
    out = []
    if lemma_of(tok) in ("tell", "say", "speak"):
        ar = cue_model.arrays(tok.doc)
        for c in [tok.doc[k] for k in ar.kids[tok.i] if ar.dep[k] in ("dobj", "dative", "iobj")]:
            if not (cues.is_audience(c.text) and not is_medium(_phrase_text(c))):
                m = medium_phrase(c) or (_named_org(c) or _unfamiliar_name(c)
                                          or _numbered_name(c)
                                          if lemma_of(tok) == "tell" else None)
                # "told CNN's State of the Union": the programme's broadcaster
                owner = next((g for g in c.children if g.dep_ == "poss"), None)
                if m is None and owner is not None and c.lower_ in SHOWS:
                    # "told RTHK's Filipino-language programme Kabayan on Air": the
                    # programme's own name after its kind
                    named = _SHOW_NAME_AFTER.match(text_of(tok.doc), c.idx + len(c.text))
                    m = named.span(1) if named is not None else None
                if m is None and owner is not None and owner.pos_ == "PROPN" \
                        and not _institution(c):
                    m = medium_phrase(owner) or _named_org(owner) or _broadcaster(owner, c)
                    if m:
                        m = (m[0], owner.idx + len(owner.text))
                m = m or _described_after(c) or _on_air_person(c) or (
                    shown_medium(c) if lemma_of(tok) == "tell" else None)
                m = _name_after_kind(c) or m or _named_after_kind_object(c)
                rel = [r.left_edge.idx for r in c.children if r.dep_ == "relcl" and r.i > c.i]
                if m and rel and m[0] < min(rel) < m[1]:
                    m = trim(text_of(tok.doc), m[0], min(rel))  # the told clause is no name
                if out and c.dep_ == "dobj" and c.lower_ in SHOWS and c.left_edge.i == c.i \
                        and _OWNED_NAME_GAP.fullmatch(text_of(tok.doc), out[-1][1], c.idx):
                    # "told the BBC's Focus on Africa programme": the parse made the
                    # programme's name and its kind two objects; one programme, the owner's
                    out[-1] = (out[-1][0], c.idx + len(c.text))
                    continue
                if m and out and c.dep_ == "dobj" and c.lower_ in cues.MEDIA_NOUNS \
                        and len(list(c.subtree)) == 1 and out[-1][1] + 1 == c.idx:
                    # 'told Business Plus television that': the kind the parser made a
                    # second object ends the name told, no second hop
                    out[-1] = (out[-1][0], c.idx + len(c.text))
                    continue
                if m:
                    out.append(m)
        if not out and (lemma_of(tok) == "tell" or lemma_of(tok) == "say"
                        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "on"):
            m = swallowed_outlet(tok)
            if m:
                out.append(m)
    return out


def _named_after_kind_object(c) -> tuple[int, int] | None:
    """'tells the wildlife podcast Jungle Khabar, ...': the parse made the kind of medium and
    its name two objects; the capitalised name right after the kind is the medium told."""
    doc = c.doc
    k = c.left_edge.i - 1
    if c.pos_ != "PROPN" or k < 0 or doc[k].head.i != c.head.i or doc[k].dep_ != "dobj" \
            or not (doc[k].lower_ in SHOWS or doc[k].lower_ in cues.MEDIA_NOUNS):
        return None
    words = [t for t in c.subtree if t.dep_ != "punct"]
    if not all(t.text[:1].isupper() for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _institution(c) -> bool:
    """"told the Lusaka Magistrates' Court": an owner's court, council or chamber addressed is
    an audience in session, not a programme its owner carried."""
    return c.lower_ in _SITTING_BODIES or c.lower_ in CHAMBER_WORDS


# Bodies that sit and are addressed in session ('told the county's planning committee')
_SITTING_BODIES = frozenset("""court council committee tribunal parliament assembly senate congress
    commission board inquiry chamber panel cabinet""".split())


def _name_after_kind(c) -> tuple[int, int] | None:
    """'told the German agency dpa that': a one-word name after the kind of medium told, which
    the tagger read as a verb or noun of its own, is that medium's name."""
    doc = c.doc
    if c.lower_ not in cues.MEDIA_NOUNS or c.i + 2 >= len(doc):
        return None
    nxt = doc[c.i + 1]
    if not nxt.text.isalpha() or nxt.is_stop or nxt.head.i == c.i and nxt.dep_ != "appos" \
            or doc[c.i + 2].lower_ != "that" or nxt.lower_ in cues.MEDIA_NOUNS \
            or nxt.pos_ in ("ADV", "ADP", "PRON", "NUM") or nxt.ent_type_ in ("DATE", "TIME"):
        return None  # 'told the agency yesterday that', 'told the paper Monday that'

    return nxt.idx, nxt.idx + len(nxt.text)


# People a broadcast puts on air: 'the caller' is heard through the show that brought them in
_ON_AIR_PEOPLE = frozenset("caller host presenter interviewer anchor".split())


def _on_air_person(c) -> tuple[int, int] | None:
    """'was asked about it by a caller to NBC National Radio's Open Line programme. "...,"
    Nangolo told the caller': a definite on-air person told, whom this or the sentence before
    brought in 'to'/'on' a show, took the words through that show."""
    if c.lower_ not in _ON_AIR_PEOPLE or not any(d.dep_ == "det" and d.lower_ == "the"
                                                 for d in c.children):
        return None
    doc = c.doc
    first = doc[c.sent.start - 1].sent.start if c.sent.start else 0
    for t in reversed(doc[first:c.i]):
        if t.lower_ != c.lower_:
            continue
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "on"):
                found = next((m for m in (medium_phrase(o) for o in p.children
                                          if o.dep_ == "pobj") if m), None)
                if found:
                    return found
        return None
    return None


def _addressed_on_platform(tok) -> list[tuple[int, int]]:
    """'urged the management on Instagram to ...': the parser hangs the platform the words
    were posted on under the one addressed."""
    ar = cue_model.arrays(tok.doc)
    out = []
    for c in ar.kids[tok.i]:
        if ar.dep[c] == "dobj" and c > tok.i:
            for p in ar.kids[c]:
                if ar.dep[p] == "prep" and ar.lower[p] == "on":
                    for o in ar.kids[p]:
                        if ar.dep[o] == "pobj" and tok.doc[o].text in L.PLATFORMS:
                            out.append((tok.doc[o].idx, tok.doc[o].idx + len(tok.doc[o].text)))
    return out


def _phrase_text(tok) -> str:
    s, e = tokens_span(tok.subtree)
    return text_of(tok.doc)[s:e]


def preps_deep(tok, depth: int = 3, fronted: bool = False):
    """Prepositional objects under a token, following nested phrases and participles
    ('in a statement posted on his official website'); with ``fronted``, also a phrase
    opening the sentence before the cue ('In a post on X, ...')."""
    # The walk reads the Doc's arrays: Tokens only for the pairs it yields, since every
    # attribution walks its cue's phrases several times over.
    doc = tok.doc
    ar = cue_model.arrays(doc)
    kids, dep, lemma, at = ar.kids, ar.dep, ar.lemma, tok.i
    opening = _opening(doc, ar, at) if fronted else []
    if opening:
        yield from _preps_with_opening(tok, depth, [doc[c] for c in opening])
        return
    frontier = [at]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in kids[t]:
                d = dep[c]
                # ('a speech to the Senate broadcast by TV Senado': the participle the
                # tagger took for the cue's noun object still has its 'by' agent)
                if c > at and (d in _PHRASE_DEPS or lemma[c] in _CARRYING and (
                        d == "relcl" or _bare_agent(dep, kids[c]))):
                    phrase = doc[c]
                    for g in kids[c]:
                        if dep[g] in _OBJECT_DEPS:
                            yield phrase, doc[g]
                            nxt.append(g)
                    nxt.append(c)
        frontier = nxt


def _opening(doc, ar, at: int) -> list[int]:
    """The phrases opening the sentence before cue ``at`` that count as after it."""
    kids, dep, lower = ar.kids[at], ar.dep, ar.lower
    first = ar.sent_start[at]
    # also 'X, in remarks carried by ERR, said': a phrase set off between subject and cue
    out = [c for c in kids if c < at and dep[c] == "prep" and (
        c == first or c > 0 and lower[c - 1] == ",")]
    # 'In a statement read out on KBC, he said': the parser may hang the opening phrase
    # on the participle, which then heads the whole fronted stretch (as advcl or ccomp)
    # 'In the only debate, broadcast on Rupavahini, the leader told ...': a participle set
    # off by commas saying what carried the occasion
    return out + [c for c in kids if c < at and dep[c] in ("advcl", "ccomp")
                  and ar.lemma[c] in _CARRYING and (doc[c].left_edge.i == first or (
                      dep[c] == "advcl" and c > first and lower[c - 1] == ","))]


_PHRASE_DEPS = frozenset(("prep", "agent", "acl", "dative"))
# pcomp: 'was quoted as saying by ANP' reaches the agent under 'saying'
_OBJECT_DEPS = frozenset(("pobj", "prep", "pcomp"))


def _preps_with_opening(tok, depth: int, opening: list):
    """preps_deep's walk where a fronted phrase counts as after the cue, on Tokens."""
    frontier = [tok]
    ar = cue_model.arrays(tok.doc)
    for _ in range(depth + 1):
        nxt = []
        for t in frontier:
            for c in t.children:
                after = c.i > tok.i or any(c.i == o.i or o.is_ancestor(c) for o in opening)
                # 'at a news conference that was broadcast on state television': a clause
                # saying what carried the occasion names a medium as an 'acl' would
                # ('a speech to the Senate broadcast by TV Senado': the participle the
                # tagger took for the cue's noun object still has its 'by' agent)
                carried = (c.dep_ == "relcl" or c in opening or _bare_agent(
                    ar.dep, ar.kids[c.i])) and lemma_of(c) in _CARRYING
                if (c.dep_ in _PHRASE_DEPS or carried) and after:
                    for g in c.children:
                        if g.dep_ in _OBJECT_DEPS:
                            yield c, g
                            nxt.append(g)
                    nxt.append(c)
        frontier = nxt


# Things said or issued that stand as a sentence's subject for whoever said them.
UTTERANCES = cues.DOCUMENT_NOUNS | frozenset("""remark comment word message data summary figures
findings calculations datum readout petition memorandum affidavit""".split())
# ('Calling in to Radio Fiji Two's talkback programme, X said': a caller speaks on air)
_SPEAKING = frozenset("speak tell talk write post say appear call phone".split())
_ASKING = frozenset("ask question interview press".split())
_SPEAKING_OR_QUOTING = _SPEAKING | {"quote", "cite"}


def via_for(cand: Cand) -> list[tuple[int, int]]:
    """Intermediaries named in the cue's own clause, nearest the cue first."""
    tok = cand.cue_tok
    if tok is None or cand.origin == "according":
        return []
    found: list[tuple[int, int]] = []
    # Children are read from the Doc's arrays, Tokens made only for the few that pass: each
    # attribution's cue and source had a Token built per child, several times over.
    doc, at = tok.doc, tok.i
    ar = cue_model.arrays(doc)
    kids, dep, lemma = ar.kids, ar.dep, ar.lemma
    # "Speaking on state television, X said": the participle's medium is the cue's.
    # 'Asked by RTÉ's Morning Ireland what ..., she said': the medium that asked heard the answer.
    # 'told a news conference, livestreamed on the authority's YouTube channel, that': a
    # participle set off after the cue saying what carried the occasion
    heads = [tok] + [doc[c] for c in kids[at]
                     if c < at and dep[c] == "advcl" and (lemma[c] in _SPEAKING or (
                         lemma[c] in _ASKING and ar.tag(c) == "VBN"))
                     or c > at and dep[c] == "advcl" and lemma[c] in _CARRYING
                     and ar.tag(c) == "VBN" and ar.lower[c - 1] == ","]
    if tok.dep_ == "ccomp" and tok.head.i < tok.i and cues.is_speech_lemma(lemma_of(tok.head)) \
            and any(c.dep_ == "auxpass" for c in tok.children):
        # 'Speaking to PTI, an official said the manager had been asked to ...': the request
        # is told through the reporting verb, whose medium it shares
        heads += [c for c in tok.head.children
                  if c.dep_ == "advcl" and c.i < tok.i and lemma_of(c) in _SPEAKING]

    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr") else tok
    if verb is not tok and tok.dep_ == "dobj" and lemma_of(verb) == "tell":
        heads.append(verb)  # 'told BBC Wales's ... programme that': the cue landed on the object
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # 'claimed responsibility in a post on its leak site and said ...', 'said in a
        # statement on its website that ... and had found no evidence that ...': one
        # subject, one medium, both verbs
        for t in tok.doc[verb.head.i + 1:verb.i]:
            if t.dep_ == "pobj" and t.head.dep_ == "prep" and verb.head.is_ancestor(t) \
                    and t.head.head.i not in {c.i for c in verb.head.children
                                              if c.dep_ in ("ccomp", "xcomp")}:
                m = medium_phrase(t)
                if m:
                    found.append(m)
    for head in heads:
        found.extend(_addressees(head))
        found.extend(_addressed_on_platform(head))
        # "said in a statement posted on his website", "said on state television",
        # "in an interview with the BBC", "was quoted by Tasnim", and fronted "In a post on
        # X, the president said".
        # (a participle's phrases one level further: 'speaking at the bank's press conference
        # on Wednesday, which was livestreamed on its Facebook page')
        for prep, obj in preps_deep(head, 3 if head is tok else 4, fronted=True):
            if obj.dep_ != "pobj":
                continue
            m = medium_phrase(obj) or _interviewer(prep, obj) or _carried_on(prep, obj) \
                or _programme(prep, obj) or aired_name(prep, obj)
            if m:
                relays = _relayer_of(obj)
                if relays:
                    # the interviewer's name ends where the clause naming the relay begins
                    cut = min(c.left_edge.idx for c in obj.children if c.dep_ == "acl")
                    m = trim(text_of(obj.doc), m[0], min(m[1], cut), chars=" ,")
                found.append(m)
                found.extend(relays)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i < tok.i \
            and lemma_of(tok) in _SPEAKING:
        # 'paid tribute on Instagram, writing that ...': the post the participle goes on with
        for c in tok.head.children:
            if c.dep_ == "dobj" and c.i < tok.i:
                c = next((g for g in c.children if g.dep_ == "prep"), c)
            if c.dep_ == "prep" and c.i < tok.i and c.lower_ == "on":
                found.extend(m for m in (medium_phrase(o) for o in c.children
                                         if o.dep_ == "pobj") if m)
    if found:
        found.extend(_as_quoted_by(tok))
    found.extend(_after_quotation(tok))
    found.extend(_earlier_post(tok))
    if tok.dep_ == "ccomp" and tok.head.i > tok.i and lemma_of(tok.head) == "tell" \
            and any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.head.children):
        # 'Tsingshan said it was studying the rule, a company spokesman told Bloomberg': the
        # spokesman passed the company's words to the outlet
        found.extend(_addressees(tok.head))
    if tok.dep_ == "relcl":
        # 'The post was shared on X by the KMPDU, which added: "..."': the clause the
        # speaker hangs from carried the words
        up = tok.head
        while up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        if up.pos_ in ("VERB", "AUX") and lemma_of(up) in _CARRYING | {"share"}:
            found.extend(m for m in (medium_phrase(o) for _, o in preps_deep(up)
                                     if o.dep_ == "pobj") if m)
    found.extend(_piece_told_in(tok))
    if lemma_of(tok) == "tweet":
        found.append((tok.idx, tok.idx + len(tok.text)))  # the verb names the platform
    for head in heads:
        for k in kids[head.i]:
            if k >= at or dep[k] != "advcl":
                continue
            if lemma[k] in ("speak", "talk"):
                # 'Speaking to eNCA, Mahlangu said': whom she spoke to, if not an audience
                found.extend(m for m in (_spoken_to(p, o) for p, o in preps_deep(doc[k])) if m)
            elif lemma[k] in ("report", "quote", "carry", "relay", "publish") \
                    and ar.tag(k) == "VBN":
                # 'In an interview with Joy FM, reported by the Graphic, he said': the
                # participle names who passed the interview on
                agent = agent_of(doc[k])
                m = (medium_phrase(agent) or _named_org(agent)) if agent is not None else None
                if m:
                    found.append(m)
    # "was quoted by Fars as saying" / "SUNA quoted X as saying": who did the quoting.
    up = at
    for _ in range(3):
        if ar.head[up] == up:
            break
        up = ar.head[up]
        if lemma[up] in ("quote", "cite"):
            up = doc[up]
            agent = agent_of(up)
            if agent is None:
                agent = next((c for c in up.children if c.dep_ == "nsubj"), None)
            # 'was quoted by SUNA as saying': whoever quotes is the outlet, named or not
            m = _quoter(agent)
            if m:
                found.append(m)
            break
    # "Senator X, quoted by Interfax, said": the participle hangs off the speaker.
    src = cand.src_tok
    inset = []  # inside the source phrase, so kept apart from the overlap check below
    if getattr(src, "dep_", "") == "nsubj" and src.tag_ == "VBG" and src.i < tok.i \
            and lemma_of(src) in _SPEAKING:
        # 'Writing on Bluesky, the local MP, X, said': the parser made the participle the
        # subject (the phrase after its comma speaks); its medium is the cue's
        inset += [m for m in (medium_phrase(o) for _, o in preps_deep(src)
                              if o.dep_ == "pobj") if m]
    for c in _children_among(src, ("acl", "advcl", "relcl"), _SPEAKING_OR_QUOTING):
        if c.dep_ in ("acl", "advcl") and lemma_of(c) in _SPEAKING and c.i < tok.i:
            # 'Joseph Mutua, speaking in a live interview on Citizen TV, said'; one level
            # further for 'speaking at the bank's press conference on Wednesday, which was
            # livestreamed on its Facebook page,' (the clause hangs on the day)
            inset += [m for m in (medium_phrase(o) or _interviewer(p, o) or aired_name(p, o)
                                  for p, o in preps_deep(c, depth=4) if o.dep_ == "pobj") if m]
        if c.dep_ in ("acl", "relcl") and lemma_of(c) in ("quote", "cite"):
            agent = agent_of(c)
            m = (medium_phrase(agent) or _named_org(agent) or _unfamiliar_name(agent)
                 or _acronym(agent)) if agent is not None else None
            if m:
                inset.append(m)
    for c in _children_among(src, ("acl", "advcl"), _ASKING):
        if c.tag_ == "VBN" and c.i < tok.i:
            # 'Borrow, asked by BBC Newsnight whether ..., said': the programme that asked
            inset += [m for m in (medium_phrase(o) or _programme(p, o) for p, o in preps_deep(c)
                                  if o.dep_ == "pobj" and p.lower_ == "by") if m]
    # ", according to the Tasnim news agency" hanging off the cue verb or its sentence.
    text = text_of(tok.doc)
    according, citing = _markers(tok)
    for t in according:
        if t.i <= tok.i - 1:
            continue  # cheap test first: the slice below is per token
        between = text[min(t.idx, tok.idx):max(t.idx, tok.idx)]
        if "\n" not in between:
            to = next((c for c in t.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if pobj is not None and not _not_a_relayer(pobj):
                found.append(source_span(pobj))
    # ", citing X" / "cited by X".
    for t in citing:
        if t.i == tok.i:
            continue
        between = text[min(t.idx, tok.idx):max(t.idx, tok.idx)]
        # "Reuters, citing Tasnim, reported" puts the participle before the cue it hangs on.
        attached = t.head.i == tok.i and t.dep_ in ("advcl", "xcomp", "conj", "acl")
        if t.lemma_.lower() in ("cite", "quote") and (t.i > tok.i or attached) \
                and "\n" not in between and t.i != tok.i:
            for c in t.children:
                if c.dep_ in ("dobj", "agent"):
                    target = c if c.dep_ == "dobj" else next(
                        (g for g in c.children if g.dep_ == "pobj"), None)
                    if target is not None:
                        m = medium_phrase(target) or _medium_below(target)
                        if m:
                            found.append(m)
    # "A statement posted on the ministry's website said": the site carried the words.
    carried = []
    if src is not None and hasattr(src, "lemma_") and lemma_of(src) in UTTERANCES:
        carried = [m for m in (medium_phrase(o) for _, o in preps_deep(src)
                               if o.dep_ == "pobj") if m]
    out: list[tuple[int, int]] = []
    for m in sorted(found, key=lambda m: abs(m[0] - tok.idx)):
        if m not in out and not (cand.source and overlaps(m, cand.source)):
            out.append(m)
    out += [m for m in inset if m not in out]
    # 'his official account on X' holds 'X': one medium, named by the longer phrase
    out = [m for m in out if not any(o != m and inside(m, o) for o in out)]
    # 'Speaking to Geo News, in remarks carried by APP, X said': whom X spoke to heard the
    # words first, whoever carried or quoted them passed them on
    out = carried + [m for m in out if m not in carried]
    return sorted(out, key=lambda m: _relayed(text, m[0]))


def _children_among(tok, deps, lemmas) -> list:
    """The Token's children with one of ``deps`` and one of ``lemmas``, in order; none for
    a source that is no Token."""
    if tok is None or not hasattr(tok, "children"):
        return []
    ar = cue_model.arrays(tok.doc)
    dep, lemma = ar.dep, ar.lemma
    return [tok.doc[c] for c in ar.kids[tok.i] if dep[c] in deps and lemma[c] in lemmas]


_RELAYED = re.compile(r"(?:\b(?:carried|quoted|cited|reported|published|relayed|broadcast|aired|"
                      r"run|shared)\s+(?:\w+\s+)?by|\baccording\s+to)\s+(?:the\s+)?[^,.;]{0,40}$",
                      re.I)


def _piece_told_in(tok) -> list[tuple[int, int]]:
    """'gave an interview to Nordlys TV in which he called ...': the medium the interview
    was given to (or on) carried what the 'in which' clause says."""
    if tok.dep_ != "relcl" or not any(
            c.dep_ == "prep" and c.lower_ in ("in", "during") and
            any(g.lower_ == "which" for g in c.children) for c in tok.children):
        return []
    head = tok.head
    noun = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head
    if lemma_of(noun) not in UTTERANCES:
        return []
    return [m for m in (medium_phrase(o) for _, o in preps_deep(noun) if o.dep_ == "pobj") if m]


def _relayed(text: str, start: int) -> bool:
    """Whether a medium is introduced as the one that passed the words on."""
    return bool(_RELAYED.search(text[max(0, start - 60):start]))


_POSTED = frozenset("post video clip message recording livestream broadcast".split())


def _earlier_post(tok) -> list[tuple[int, int]]:
    """'In the same post, the agency warned', '"...," he says in the clip': a definite post
    or clip is the one a platform was named for a sentence or two before."""
    doc = tok.doc
    posted = doc.user_data.get("newsprism.via_posted")
    if posted is None:  # most articles name no post or clip: no walk for their cues
        posted = doc.user_data["newsprism.via_posted"] = not _POSTED.isdisjoint(
            cue_model.arrays(doc).lower)
    if not posted:
        return []
    for _, obj in preps_deep(tok, fronted=True):
        if obj.dep_ != "pobj" or obj.lower_ not in _POSTED \
                or not any(c.lower_ == "the" for c in obj.children) \
                or any(c.text in L.PLATFORMS for c in obj.subtree):
            continue
        start = max(0, obj.i - 80)
        for k in range(obj.i - 1, start, -1):
            t = doc[k]
            if "\n\n" in t.whitespace_ or t.text == "\n\n":
                break
            if t.text.rstrip(".") in L.PLATFORMS and t.text[:1].isupper() and (
                    t.dep_ == "pobj" or t.head.lower_ in _POSTED):
                return [(t.idx, t.idx + len(t.text.rstrip(".")))]
    return []


def _spoken_to(prep, obj) -> tuple[int, int] | None:
    if prep.lower_ != "to" or obj.dep_ != "pobj" or obj.pos_ != "PROPN" \
            or cues.is_audience(obj.text):
        return None
    if obj.ent_type_ == "PERSON":
        # 'Speaking to Vikerraadio, Tamm said': a name the tagger took for a person is the
        # outlet by the test 'told X' uses (named once, no given name, no title)
        return _unfamiliar_name(obj) or shown_medium(obj)
    return medium_phrase(obj) or _named_org(obj) or _acronym(obj) or _unfamiliar_name(obj) \
        or trim(text_of(obj.doc), *tokens_span(list(obj.subtree)))


# a definite medium named by its kind, owning what it gave: 'according to the station's
# translation' (the station the article named before is the via, set up there)
_KIND_OWNERS = frozenset("station network broadcaster channel newspaper paper agency "
                         "programme program show podcast".split())


# What renders words in another language or form: no source of its own
RENDERINGS = frozenset("translation interpretation rendering subtitle".split())


def _not_a_relayer(pobj) -> bool:
    """'according to every permit', 'according to the station's translation': a thing
    quantified over, or one a medium named only by its kind owns, passes no words on."""
    if pobj.pos_ != "NOUN":
        return False
    if pobj.lemma_.lower() in RENDERINGS:
        return True  # 'according to an AFP translation': a rendering of the words relays none
    if any(c.dep_ == "det" and c.lower_ in ("every", "each", "any", "no", "all")
           for c in pobj.children):
        return True
    return any(c.dep_ == "poss" and c.lower_ in _KIND_OWNERS
               and any(d.lower_ == "the" for d in c.children) for c in pobj.children)


def _proper_name(tok) -> tuple[int, int] | None:
    """'Kabar quoted X as saying': whatever name does the quoting relays the words."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    return trim(text_of(tok.doc), *tokens_span([t for t in tok.subtree if t.i <= tok.i]))


def _after_quotation(tok) -> list[tuple[int, int]]:
    """'urged them to "return to the table" in a post on X': the parser hangs the medium on
    the quoted clause, but after the closing mark it belongs to the cue."""
    doc, at = tok.doc, tok.i
    ar = cue_model.arrays(doc)
    lower, dep, kids = ar.lower, ar.dep, ar.kids
    # The Doc's quotation marks, not a Token per word after the cue (the sentence's Span
    # and those Tokens were most of this function's cost, for most cues in vain).
    marks, end = ar.marks, ar.sent_end[at]
    k = bisect.bisect_right(marks, at)
    while k < len(marks) and marks[k] < end and lower[marks[k]] not in _CLOSING:
        k += 1
    if k == len(marks) or marks[k] >= end:
        return []
    text = text_of(doc)
    out = []
    # 'accused the government of "talking ...", in a speech carried by CPAC': however deep
    # the parser hung the phrase inside the quoted clause, right after its closing mark
    for c in kids[at]:
        if dep[c] not in ("xcomp", "ccomp", "prep"):
            continue
        for p in ar.subtree(c):
            if dep[p] != "prep" or p < c or ar.head[p] == at \
                    or _mark_before(text, int(ar.idx[p])) not in _CLOSING:
                continue
            prep = doc[p]
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                pairs = [(prep, obj)] + [(p, o) for p, o in preps_deep(obj) if o.dep_ == "pobj"]
                m = next((m for p, o in pairs if (m := medium_phrase(o) or _carried_on(p, o))),
                         None)
                if m:
                    out.append(m)
    return out


_CLOSING = ("\"", "\u201d")


def _mark_before(text: str, at: int) -> str:
    """The last character before ``at`` past spaces, commas and spaces again: what
    ``text[:at].rstrip().rstrip(",").rstrip()[-1:]`` gives, without copying the text."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    while k > 0 and text[k - 1] == ",":
        k -= 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text[k - 1:k]


def _markers(tok) -> tuple[list, list]:
    """The sentence's 'according' words and forms of 'cite'/'quote', found once per Doc:
    walking every sentence once per attribution built a Token for each of its words."""
    doc = tok.doc
    ar = cue_model.arrays(doc)  # sentence starts as Doc.sents splits them, without its Spans
    cache = doc.user_data.get("newsprism.via_markers")
    if cache is None:
        cache = doc.user_data["newsprism.via_markers"] = {}
        # words whose lemma_.lower() may be 'cite'/'quote' (or a LEMMA_FIXES slip); test below
        hit = set() if _ACCORDING_OR_MENDED.isdisjoint(ar.lower) else \
            {i for i, w in enumerate(ar.lower) if w in _ACCORDING_OR_MENDED}
        if not _CITING.isdisjoint(ar.lemma):  # a Doc with none skips the walk
            hit.update(i for i, w in enumerate(ar.lemma) if w in _CITING)
        for i in sorted(hit):
            t = doc[i]
            if (t.lower_ in _MARKER_WORDS or t.lemma_ in _MARKER_WORDS) and (
                    t.lower_ == "according" or t.lemma_.lower() in _CITING):
                cache.setdefault(ar.sent_start[i], ([], []))[t.lower_ != "according"].append(t)
    return cache.get(ar.sent_start[tok.i], ([], []))


_CITING = frozenset(("cite", "quote"))
# A marker's word or its lemma as the tagger wrote it: 'CITED' (lemma 'CITE') is none.
_MARKER_WORDS = frozenset(("according", "cite", "quote", "Cite", "Quote"))
_ACCORDING_OR_MENDED = frozenset(cues.LEMMA_FIXES) | {"according"}


def _medium_below(tok) -> tuple[int, int] | None:
    """'citing a statement posted on the group's Telegram channel': the medium inside the
    cited document's phrase."""
    for _, obj in preps_deep(tok):
        if obj.dep_ == "pobj":
            m = medium_phrase(obj)
            if m:
                return m
    return None


__all__ = ["via_for", "is_medium", "is_medium_span", "medium_phrase", "preps_deep", "overlaps",
           "inside", "UTTERANCES"]
