"""Checks that drop or reshape an attribution: garbled spans, deeds taken for words, media
taken for content, document echoes, nested reports; a verdict after 'as', an addressee, a
past-time phrase, the first half of a split quotation.

Inputs: attribution.Cand candidates over one parsed English article (spaCy Doc), or the
resolved records.Quote list of that article.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import cues
from ..records import Quote, Speaker
from .attribution import Cand, text_of, trim
from .cue_model import arrays
from .relays import is_medium_span
from .source_tests import PARTICIPLE_OPENER
from .span_index import holds

# what one writes in or speaks on, beyond cues.MEDIA_NOUNS
_OUTLETS = frozenset("newsletter column magazine journal podcast feed page account".split())
_NOT_IN_A_NAME = frozenset("that said says on in at via about from with".split())
_OUTLET_HEAD = re.compile(r"(?:(?:his|her|their|its|the|a|an)\s+)?(?:[a-z-]+\s+)?([a-z]+)\s+[A-Z]")


def only_a_medium(doc, c: Cand) -> bool:
    """'a statement posted on his official website': a content that is no more than the
    place the words appeared ('his official website', 'posted on the group's channel') is
    that attribution's via, not what was said."""
    if c.kind != "indirect":
        return False
    s, e = c.content
    if c.origin == "alt-prep" and e - s < 80:
        # 'writing in his newsletter The Kovar Ledger': the participle's object names the
        # medium the words went out in, closing the content
        head = _OUTLET_HEAD.match(text_of(doc)[s:e])
        if head is not None and (head.group(1) in cues.MEDIA_NOUNS
                                 or head.group(1) in _OUTLETS):
            return True
    if any(vs <= s and e <= ve for vs, ve in c.via):
        return True
    words = text_of(doc)[s:e].split(None, 8)
    if len(words) > 8:
        return False  # nine words or more: more than six are left however it opens
    if words and words[0].lower() in ("posted", "published", "carried", "broadcast", "aired"):
        words = words[2:]  # 'posted on X': the medium after the participle and preposition
    # one plain noun phrase: 'the news on social media' says what was shared, and where
    return bool(words) and len(words) <= 6 and is_medium_span(doc, (e - len(" ".join(words)), e)) \
        and not any(w.lower() in _NOT_IN_A_NAME for w in words)


def gerund_source(c: Cand) -> bool:
    """'Paying tells every criminal gang that our hospitals are an easy mark': an act named
    by a bare gerund makes a point; it says nothing (unless it opens the sentence before a
    comma and a subject the parser hung under it: 'Writing on X, the senator said')."""
    tok = c.src_tok
    if c.source is not None and hasattr(tok, "doc") \
            and PARTICIPLE_OPENER.match(text_of(tok.doc), *c.source):
        return False
    return c.cue is not None and tok is not None and hasattr(tok, "tag_") and tok.tag_ == "VBG" \
        and not any(k.dep_ in ("det", "poss") for k in tok.children)


# Documents that are sources in their own right: what a poll found no one else said.
_FINDINGS = frozenset("poll survey study analysis report".split())


def without_document_echoes(text: str, cands: list[Cand]) -> list[Cand]:
    """'McAllister said the halt would cut output ..., according to a filing': the filing
    only records what the named speaker's own clause attributes; it goes, and so does the
    'according to' phrase from the end of that clause's content."""
    drop = set()
    for c in cands:
        tok = c.src_tok
        if c.origin != "according" or c.cue is None or tok is None \
                or not hasattr(tok, "lemma_") or tok.lemma_.lower() not in cues.DOCUMENT_NOUNS \
                or tok.lemma_.lower() in _FINDINGS:
            continue
        owners = [o for o in cands if o is not c and o.origin != "according"
                  and o.source is not None and o.cue is not None and o.cue[0] < c.cue[0]
                  and o.sent == c.sent and getattr(o.src_tok, "pos_", "") == "PROPN"
                  and min(o.content[1], c.content[1]) > max(o.content[0], c.content[0])]
        if not owners:
            continue
        drop.add(id(c))
        for o in owners:
            if o.content[0] < c.cue[0] < o.content[1]:
                old_end = o.content[1]
                o.content = trim(text, o.content[0], c.cue[0], chars=" \t\n,;")
                o.via = [v for v in o.via if not c.cue[0] <= v[0] < old_end]
    return [c for c in cands if id(c) not in drop]


_CLOSE_AFTER_STOP = re.compile(r"^[.!?]?\s*[\"”’']\s")


def deed_after_close(doc, c: Cand) -> bool:
    """'... was "cooperating fully." The company did not answer questions': words closed by a
    full stop are not handed on to the next sentence's verb when that verb has an object of
    its own (a deed; '"...," she told reporters' hands them on with a comma)."""
    tok = c.cue_tok
    if tok is None or c.cue is None or c.cue[0] < c.content[1]:
        return False
    text = text_of(doc)
    inner = text[c.content[0]:c.content[1]].rstrip()
    gap = text[c.content[1]:c.cue[0]]
    stop = inner[-1:] == "." or gap[:1] == "."
    # only the next sentence's own main verb: 'That is how X remembers him' takes them up
    # (Token.sent, which hasattr also computes, walks the Doc: asked last)
    return stop and bool(_CLOSE_AFTER_STOP.match(gap)) and hasattr(tok, "sent") \
        and tok.sent.start_char >= c.content[1] \
        and tok.dep_ == "ROOT" and any(k.dep_ in ("dobj", "dative") for k in tok.children)


# subordinators that make a clause an adverbial of another ('as' is left out: '..., as the
# minister said' frames what comes before it)
_SUBORDINATORS = frozenset("until till before after once unless if when whenever while because "
                           "although though since".split())


_DECLARING = frozenset("declare pronounce deem certify".split())


def subordinate_cue(c: Cand) -> bool:
    """'crews would not inspect its lines until the fire service declared the area safe': a
    verb of declaring a state in a clause its subordinator hangs on the sentence, with a
    verbless small clause after it ('the area safe'), sets a condition; it reports no words
    ('until police said the road was clear' stays a report, and so does a main clause's
    'found the law unconstitutional', which PolNeAR marks)."""
    tok = c.cue_tok
    if tok is None or c.cue is None or c.content[0] < c.cue[1] or not hasattr(tok, "children") \
            or tok.dep_ != "advcl" or tok.lemma_.lower() not in _DECLARING \
            or not any(k.dep_ == "mark" and k.lower_ in _SUBORDINATORS for k in tok.children):
        return False
    span = tok.doc.char_span(*c.content, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


_AS_SAYING = re.compile(r",?\s+as\s+(?:saying|telling|writing|stating|adding)\b")


def quoted_person(doc, c: Cand) -> bool:
    """'Anadolu Agency quoted the board chairman, X, as saying ...': the one quoted is the
    speaker of the 'as saying' clause, never what the medium said."""
    tok = c.cue_tok
    if tok is None or not hasattr(tok, "lemma_") or tok.lemma_.lower() not in ("quote", "cite") \
            or c.content[0] < (c.cue[1] if c.cue else 0):
        return False
    return _AS_SAYING.match(text_of(doc), c.content[1]) is not None


# verbs whose subject took words in ('heard about the pardon from her neighbour')
_RECEIVING = frozenset("hear see watch overhear".split())


def idle_object(c: Cand) -> bool:
    """'She negotiated the last pay agreement': a learned cue that is a verb of doing, with a
    bare noun phrase for content, reports a deed, not words; so does one whose subject only
    heard or saw them ('X heard about the pardon from her neighbour')."""
    tok = c.cue_tok
    if c.origin != "learned" or tok is None or not hasattr(tok, "lemma_") \
            or tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in cues.DEED_VERBS \
            and tok.lemma_.lower() not in _RECEIVING:
        return False
    if tok.lemma_.lower() in _RECEIVING:
        return True
    span = tok.doc.char_span(*c.content, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def well_formed(c: Cand, n: int) -> bool:
    """Whether every span of a candidate lies in the text in order; a garbled parse (odd
    input) can yield a backwards span, and such a candidate is dropped, never raised."""
    if not 0 <= c.content[0] < c.content[1] <= n:
        return False
    if c.cue is not None and not 0 <= c.cue[0] <= c.cue[1] <= n:
        return False
    if c.source is not None and not 0 <= c.source[0] < c.source[1] <= n:
        c.source = None
    c.via = [v for v in c.via if 0 <= v[0] < v[1] <= n]
    return True


def without_nested_reports(text: str, quotes: list[Quote]) -> list[Quote]:
    """'"Today the court told the state that the law binds it," he said': a report whose cue
    lies inside an attributed quotation is part of the quoted speaker's words, not a second
    quote of its own (the court is what he says, not who speaks); and the same words framed
    both by a thing and by a person go to the person."""
    direct = [(q.start, q.end) for q in quotes if q.kind == "direct" and q.speaker.name]
    kept = [q for q in quotes
            if not _nested_report(text, q, direct) and not _thing_beside_person(text, q, quotes)]
    if len(kept) == len(quotes):
        return quotes
    return [replace(q, id=f"q{k}") for k, q in enumerate(kept, start=1)]


_FIRSTHAND = re.compile(r"\b(?:me|us)\b", re.I)


def _nested_report(text: str, q: Quote, direct: list[tuple[int, int]]) -> bool:
    # 'One soldier told me he had lost ...' inside the quotation is a relay the speaker
    # heard firsthand, and it keeps its own speaker
    if q.kind != "indirect" or q.cue is None or not holds(direct, q.cue.start, q.end):
        return False
    between = text[min(q.cue.start, q.start):q.start] if q.cue.start < q.start else ""
    return _FIRSTHAND.search(between) is None


_THING_WORDS = frozenset("it this that which".split())


def _thing_beside_person(text: str, q: Quote, quotes: list[Quote]) -> bool:
    """'It showed, he said, that "..."': the same words framed twice, once by a thing that
    shows and once by a person who says; the person is the speaker."""
    if q.speaker.start is None or text[q.speaker.start:q.speaker.end].lower() not in _THING_WORDS:
        return False
    return any(o is not q and o.start == q.start and o.end == q.end and o.speaker.start is not None
               and text[o.speaker.start:o.speaker.end].lower() not in _THING_WORDS
               for o in quotes)


# Nouns of duration a 'for'/'over' phrase between a cue and its 'that' clause may end in.
_SPANS_OF_TIME = frozenset("""seconds minutes hours days weeks months years decades ages time
while weekends nights""".split())


def past_time_phrase(doc, c: Cand) -> None:
    """'has warned for months that automation would cost jobs': the parser may hang the 'that'
    clause on the time noun; what was warned is the clause, not the months."""
    if c.kind != "indirect" or c.cue_tok is None or not hasattr(c.cue_tok, "i"):
        return
    span = doc.char_span(*c.content, alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ not in _SPANS_OF_TIME \
            or span[0].dep_ != "pobj" or span[0].head.head.i != c.cue_tok.i:
        return
    clause = next((t for t in span[0].children if t.dep_ in ("relcl", "acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)), None)
    if clause is not None:
        start = min(t.idx for t in clause.subtree)
        c.content = trim(text_of(doc), start, c.content[1])


_QUOTE_MARK = re.compile("[\"“”‘’]")
_DESCRIBING = frozenset("describe call term label brand dub characterize characterise".split())


# Between the halves of a split quotation: its close, the cue clause, the next opening.
_SPLIT = re.compile(r"[,.!?]?[\"”’]\s*,?\s*(?:[\w.'’-]+\s+){1,5}?[a-z]+,?\s*[\"“‘]$")


def split_halves(text: str, quotes: list[Quote]) -> list[Quote]:
    """'"If that happened in our section, I am ashamed," she said, "and I want those
    people found."': the first half left without a cue is the second half's speaker's."""
    out = list(quotes)
    for k, q in enumerate(out):
        if q.kind != "direct" or q.speaker.name or q.cue is not None:
            continue
        nxt = next((o for o in out[k + 1:] if o.start > q.end and o.speaker.name
                    and o.kind == "direct" and o.cue is not None), None)
        if nxt is not None and nxt.start - q.end < 60 and q.end <= nxt.cue.start \
                and _SPLIT.match(text[q.end:nxt.start].rstrip()) \
                and "\n" not in text[q.end:nxt.start]:
            out[k] = replace(q, speaker=Speaker(nxt.speaker.entity, nxt.speaker.name, None, None),
                             cue=nxt.cue)
    return out


def described_as(doc, c: Cand) -> None:
    """'He described the rainfall as "exceptional."': what he called it is part of what he
    said, not only the thing he described."""
    tok = c.cue_tok
    if tok is None or not hasattr(tok, "children"):
        return
    ar = arrays(tok.doc)  # the children read from the Doc's arrays: no Token for each
    at = next((k for k in ar.kids[tok.i] if ar.lower[k] == "as" and ar.idx[k] >= c.content[1]),
              None)
    if at is None:
        return
    as_ = tok.doc[at]
    end = max(t.idx + len(t.text) for t in as_.subtree)
    text = text_of(doc)
    if tok.lemma_.lower() not in _DESCRIBING and not _QUOTE_MARK.search(text, as_.idx, end):
        return  # 'slammed the walkout as "reckless"': a quoted verdict is said, whatever the verb
    while end < len(text) and text[end] in ".,\"”’'" and text[end - 1] not in "\"”":
        end += 1
    c.content = (c.content[0], end)


def with_addressee(doc, c: Cand) -> None:
    """'urged members of the public to avoid ...': a request's content is who was asked and
    what to do, as PolNeAR marks it, not the bare infinitive."""
    tok = c.cue_tok
    if c.kind != "indirect" or tok is None or not hasattr(tok, "i") \
            or tok.pos_ not in ("VERB", "AUX") or c.content[0] <= tok.idx:
        return
    ar = arrays(tok.doc)  # the children read from the Doc's arrays: no Token for each
    kids, dep, pos, lower = ar.kids, ar.dep, ar.pos, ar.lower
    obj = next((ch for ch in kids[tok.i] if dep[ch] in ("dobj", "dative")
                and tok.i < ch and pos[ch] in ("NOUN", "PROPN", "PRON")), None)
    xcomp = next((ch for ch in kids[tok.i] if dep[ch] == "xcomp"
                  and any(dep[g] == "aux" and lower[g] == "to" for g in kids[ch])), None)
    if obj is None or xcomp is None or not obj < xcomp:
        return
    obj, xcomp = tok.doc[obj], tok.doc[xcomp]
    start = min(t.idx for t in obj.subtree)
    if start < c.content[0] and xcomp.left_edge.idx >= c.content[0] - 1 \
            and not text_of(doc)[start:c.content[0]].count("\n"):
        c.content = (start, c.content[1])


# Interview written as prose: the writer asks, then gives the answer as the speaker's own
# words without quotation marks ('Was she surprised? Not at all, she says.'). A verbless
# answer has no clause for the parser to hang on the cue, so it is read here.
_ANSWER = re.compile(r"(?P<c>[A-Z][^,.!?;:\"“”\n]{1,40}),\s+(?P<s>she|he|they|[A-Z][\w’'-]+)\s+"
                     r"(?P<v>says|said|replies|replied|answers|answered|admits|admitted|"
                     r"insists|insisted)\s*[.!]")


def _after_questions(text: str):
    """_ANSWER's matches that start right after a question mark (at most three spaces
    between), as a scan of the whole text keeps them: a match holds no '?', so no earlier
    match covers such a start, and the pattern is tried only there rather than at every
    capital of the text (most articles ask no question)."""
    q = text.find("?")
    while q >= 0:
        j = q + 1
        while j < len(text) and j - q <= 4 and text[j] == " ":
            j += 1
        if j - q <= 4:
            m = _ANSWER.match(text, j)
            if m is not None:
                yield m
        q = text.find("?", q + 1)


def short_answers(doc, done: list[Cand]) -> list[Cand]:
    """The answer that follows a question the writer put, in the same paragraph."""
    text = text_of(doc)
    out = []
    for m in _after_questions(text):
        cs, ce = m.span("c")
        if any(c.content[0] < ce and cs < c.content[1] for c in done):
            continue
        verb = doc.char_span(*m.span("v"))
        subj = doc.char_span(*m.span("s"))
        if verb is None or subj is None:
            continue
        out.append(Cand(content=(cs, ce), cue=m.span("v"), source=m.span("s"), kind="indirect",
                        origin="verb", cue_tok=verb[0], src_tok=subj[0],
                        sent=verb[0].sent.start_char))
    return out


_QA_ANSWER = re.compile(r"(?m)^Q[:.][^\n]*\n+A[:.][ \t]*(?P<c>[^\n]+)")


def transcript_answers(text: str, done: list[Cand]) -> list[Cand]:
    """'Q: Will you sell the stadium? / A: No. ...': an answer printed under a question in an
    interview transcript is the words of whoever the story last quoted before it."""
    out = []
    if "Q:" not in text and "Q." not in text:  # every match opens on one of them
        return out
    for m in _QA_ANSWER.finditer(text):
        cs, ce = trim(text, *m.span("c"))
        if ce - cs < 3 or any(c.content[0] < ce and cs < c.content[1] for c in done):
            continue
        prev = [c for c in done + out if c.content[1] <= m.start() and c.source is not None]
        if not prev:
            continue
        p = max(prev, key=lambda c: c.content[1])
        out.append(Cand(content=(cs, ce), cue=None, source=p.source, kind="direct",
                        origin="continuation", src_tok=p.src_tok, via=list(p.via)))
    return out


_QUOTED_NO_AGENT = re.compile(r"(?i)\b(?:is|was|were|are|has been|had been)\s+quoted\s+as\s+"
                              r"(?:saying|telling|stating)\b")


def medium_named_before(doc, c: Cand) -> None:
    """'... has responded, via the news agency ANI. Spokesperson X is quoted as saying that
    ...': a quotation with no 'by' went out through the medium the paragraph just named."""
    text = text_of(doc)
    if c.via or c.cue is None:
        return
    cue_zone = text[max(0, c.cue[0] - 10):c.cue[1] + 20]
    # the pattern's one fixed word, looked for first: most cues have no 'quoted' near them
    if "quoted" not in cue_zone.lower() or not _QUOTED_NO_AGENT.search(cue_zone):
        return
    ps = text.rfind("\n", 0, c.cue[0]) + 1
    named = [(e.start_char, e.end_char) for e in doc.ents
             if ps <= e.start_char and e.end_char <= c.cue[0] and e.label_ == "ORG"
             and is_medium_span(doc, (e.start_char, e.end_char))]
    if named:
        c.via.append(named[-1])
