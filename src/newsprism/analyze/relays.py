"""Through whom the words came: Via records for each attribution (the printing outlet and a
source's own voice left out) and the chains of media that relayed one another's reports.

Input: attribution.Cand candidates with their spaCy tokens (vias.py finds each clause's
intermediaries), the entities stage's Coref lookup and the article's outlet; quotes.py calls
chain_vias and relay_sentences on the candidates, via_records per quote.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..records import Via
from . import cue_model, cues, lexicon_roles as L
from .attribution import (Cand, agent_of, cue_span, cue_token_ids, lemma_of, make_cand,
                          source_span, subject_of, text_of, tokens_span, trim, verbal_tokens)
from .last_match import (break_before, break_from, last_before,
                         last_match as _last_match)  # nearest the cue
from .relay_index import according_apart as _according_apart, media_near
from .sources import dateline_end
from .span_index import cues_between
from .via_before import (asker_of, broadcast_reply, definite_medium, leader_behind,
                         occasion_before, person_between)
from .via_carry import carry_on, named_again, participle_adjuncts, unnamed_relays
from .via_credit import credit_span
from .via_message import caller_medium, caller_named, message_from, read_by
from .via_relayed_message import (asked_to_pass_message, message_to_audience, relayed_before,
                                  told_the_teller)
from .via_text import further_hops, relay_span, told_first
from .vias import inside, is_medium, is_medium_span, overlaps, via_for


# ---------------------------------------------------------------- via records and chains

@functools.lru_cache(maxsize=256)
def _initials(name: str | None) -> str:
    words = re.findall(r"[A-Za-z][\w'’-]*", name or "")
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) > 1 else ""


def via_records(doc, coref, spans, outlet: str | None) -> tuple[Via, ...]:
    if not spans:
        return ()  # most candidates have none: the outlet's forms are not worth working out
    out: list[Via] = []
    own = _norm_outlet(outlet)
    own_initials = _initials(outlet)
    for s, e in spans:
        phrase = text_of(doc)[s:e].strip()
        cut = _CARRIER.search(phrase)
        if cut:
            # 'a press release published on its website': the website carried it
            s += cut.end()
            phrase = text_of(doc)[s:e].strip()
        if own and (_norm_outlet(phrase) == own or (own_initials and phrase == own_initials)
                    or _part_of_outlet(phrase, outlet)):
            continue  # 'told MPA' in MPA's own copy: the words end there
        if own and _own_show(phrase, outlet) \
                and not _SHOW_AFTER.match(text_of(doc), e):
            continue
        if _SELF_MEDIUM.match(phrase):
            continue
        if _TIME_WORD.match(phrase):
            continue  # 'in a post on Facebook on Sunday': the day is when, never a medium  # 'told this site', 'told this newspaper': the article's own outlet
        # The entity of the phrase's last word: 'Iranian media' is not Iran, 'his website'
        # is not its owner.
        ent = coref.entity_at(e - 1, e) if coref is not None else None
        if ent is None and coref is not None:
            # 'the Tasnim news agency': the agency's own name inside the phrase.
            ent = next((en for m, en in coref.mentions_in(s, e)
                        if cues.is_media_name(text_of(doc)[m.start:m.end])), None)
        if ent is None and coref is not None:
            # 'state news agency SUNA' parsed with the name outside the phrase: a name
            # right after a phrase headed by a media noun is that medium's.
            nxt = coref.mentions_in(e, e + 40)
            if nxt and not text_of(doc)[e:nxt[0][0].start].strip() \
                    and nxt[0][1].type == "ORG" and phrase.split()[-1].lower() in cues.MEDIA_NOUNS:
                ent, e = nxt[0][1], nxt[0][0].end
        named = _medium_named_before(doc, coref, s, phrase) if ent is None else None
        if named is None and ent is None and own and _DEFINITE_MEDIUM.match(phrase):
            continue  # 'sent to the station', 'emailed to the paper': none named, so this one
        if _role_headed(phrase) or _role_headed(phrase.rsplit(",", 1)[0]) and "," in phrase \
                or ent is not None and ent.type == "PERSON" and _role_before(doc, coref, s, e):
            continue  # 'a statement signed by its spokesman, X': the source's voice, no relay
        name = ent.name if ent is not None else re.sub(r"^(the|a|an)\s+", "",
                                                       text_of(doc)[s:e].strip(), flags=re.I)
        if ent is None:
            name = named[1] if named else _owned_medium(doc, coref, s, name)
        if name.rstrip(".") in L.PLATFORMS:
            name = name.rstrip(".")  # 'on X.' at a sentence's end: the full stop is no part of X
        if own and (_norm_outlet(name) == own or _part_of_outlet(name, outlet)):
            continue  # the article's own outlet is where the words end, not a relay
        if all(v.name != name for v in out):
            out.append(Via(ent.id if ent is not None else named[0] if named else None,
                           name, s, e))
    return tuple(out)


_TIME_WORD = re.compile(r"(?i)^(?:(?:last|this|next|on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday|today|yesterday|tonight|weekend|morning|evening|"
                        r"january|february|march|april|may|june|july|august|september|"
                        r"october|november|december)(?:\s+\d{1,2})?\.?$")
_DEFINITE_MEDIUM = re.compile(r"(?i)^the\s+(broadcaster|website|site|newspaper|paper|agency|"
                              r"channel|station|magazine|network|outlet|daily|tabloid)$")


def _medium_named_before(doc, coref, s: int, phrase: str):
    """'told the website' after 'told cricket website CricPulse': the definite medium noun
    takes up the last medium the text named with that noun before it."""
    m = _DEFINITE_MEDIUM.match(phrase)
    if m is None:
        return None
    found = None
    for hit in re.finditer(rf"\b(?i:{m.group(1)})\s+([A-Z0-9][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}})",
                           text_of(doc)[:s]):
        ent = coref.entity_at(hit.start(1), hit.end(1)) if coref is not None else None
        if ent is None or ent.type != "PERSON":
            found = (ent.id, ent.name) if ent is not None else (None, hit.group(1))
    return found


_CARRIER = re.compile(r"^[\w\s'’-]{0,40}?\b(?:published|posted|issued|shared|uploaded|put out)\s+"
                      r"(?:on|to|in|via)\s+")


def _owned_medium(doc, coref, s: int, name: str) -> str:
    """'its website' named for its owner ('the Water Board's website'); 'tweeted' is X."""
    if name.lower() in ("tweeted", "tweets", "tweet", "tweeting"):
        return "X"
    m = re.match(r"(its|his|her|their)\s+(.+)$", name, re.I)
    ent = coref.entity_at(s, s + len(m.group(1))) if m and coref is not None else None
    return f"{ent.name}'s {m.group(2)}" if ent is not None else name


def _role_before(doc, coref, s: int, e: int) -> bool:
    """Whether the person a via phrase ends on is introduced by an office ('by its
    spokesman, Dr X')."""
    m = coref.mention_at(e - 1, e)
    at = m.start if m is not None and s <= m.start < e else s
    return _role_headed(text_of(doc)[max(0, at - 40):at].rstrip(", "))


_OF_FOR_AT, _POSSESSIVE_END = re.compile(r"\s+(?:of|for|at)\s+"), re.compile(r"['’]s$")


def _role_headed(phrase: str) -> bool:
    """'the ministry's Director of Press': a person by office, before any 'of'."""
    head = _OF_FOR_AT.split(phrase.strip(), maxsplit=1)[0].split()
    return bool(head) and head[-1].lower().strip(",.") in L.ROLE_NOUNS


_SELF_MEDIUM = re.compile(r"(?i)^(this|our)\s+(\w+\s+)?(site|website|newspaper|paper|"
                          r"channel|station|programme|program|publication|outlet|magazine)$")


# Words any outlet's name may share with another's: 'told Atlas News' names Atlas News
# Agency, but 'News' alone names nobody.
_GENERIC_OUTLET_WORDS = frozenset("""news agency media service press tv radio television network
daily online wire broadcasting broadcaster public channel newspaper group newsroom
desk""".split())


# Kind words that name any outlet's own newsroom, whatever the outlet's kind.
_NEWSROOM_WORDS = frozenset("news newsroom desk online".split())


def _outlet_words(name: str) -> list[str]:
    words = [w.strip(".,;:'’\"“”()").lower() for w in name.split()]
    words = [_POSSESSIVE_END.sub("", w) for w in words if w]
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def _part_of_outlet(phrase: str, outlet: str | None) -> bool:
    """'told the Herald' in the Tisza Valley Herald, 'told Atlas News' in Atlas News Agency:
    a run of the printing outlet's own name with at least one word of its own."""
    pw, ow = _outlet_words(phrase), _outlet_words(outlet or "")
    own = [w for w in pw if w not in _GENERIC_OUTLET_WORDS]
    if own and len(own) < len(pw) and set(own) <= set(ow) and pw[-1] in _GENERIC_OUTLET_WORDS \
            and all(w in ow or w in _NEWSROOM_WORDS for w in pw if w not in own):
        # 'told Tempo News' in Radio Tempo 95.1: the station's own newsroom; a medium of
        # another kind sharing a place word ('the Valdora Press Agency' in Valdora One) is not
        return True
    if pw and ow and len(pw) > len(ow) and pw[:len(ow)] == ow \
            and phrase.split()[-len(pw) + len(ow)][:1].islower():
        return True  # 'told The National Daily her client ...': the parse ran on past the name
    if not pw or not ow or len(pw) > len(ow) or all(w in _GENERIC_OUTLET_WORDS for w in pw):
        return False
    return any(ow[i:i + len(pw)] == pw for i in range(len(ow) - len(pw) + 1))


_BROADCAST_OUTLET = frozenset("fm am radio tv television".split())
_SHOW_WORDS = frozenset("podcast programme program show bulletin".split())
_SHOW_AFTER = re.compile(r"\s+(?:podcast|programme|program|show|bulletin)\b")


def _own_show(phrase: str, outlet: str | None) -> bool:
    """'Speaking on Akwaaba Morning' in Akwaaba FM's own copy: a broadcaster's programme
    named bare by the station's own first word is the printing outlet itself (a name with
    its kind, 'the Brackwell Matters podcast', may be another's)."""
    pw, ow = _outlet_words(phrase), _outlet_words(outlet or "")
    return len(pw) >= 2 and len(ow) >= 2 and pw[0] == ow[0] and pw[0] not in \
        _GENERIC_OUTLET_WORDS and any(w in _BROADCAST_OUTLET for w in ow[1:]) \
        and not any(w in _GENERIC_OUTLET_WORDS or w in _SHOW_WORDS for w in pw[1:])


@functools.lru_cache(maxsize=1024)
def _norm_outlet(name: str | None) -> str:
    if not name:
        return ""
    low = name.lower().strip()
    low = re.sub(r"^(https?://)?(www\.)?", "", low)
    low = re.sub(r"\.(com|org|net|co\.uk|co\.il|ru|ir|de|fr)(/.*)?$", "", low)
    return re.sub(r"^the\s+", "", low).replace(" ", "")


def chain_vias(doc, cands: list[Cand]) -> None:
    """Adds intermediaries from the structure of the text: a medium whose reported content
    holds another attribution ('state media reported that the minister said ...'), and a
    content-less '..., Tasnim reported.' right after a quote.

    Works on the list in place: attributions a medium's report holds but the clause finder
    missed are added, and an 'according to <medium>' wrapped around another attribution is
    dropped, its medium now being that attribution's via."""
    text = text_of(doc)
    _according_apart(text, cands)
    pieces = {}  # 'according to a report in X' -> X, the via of what the report holds
    for c in cands:
        _quoted_as_saying(c)
        named = _report_in_medium(text, c)
        if named is not None:
            pieces[id(c)] = named
    media = [c for c in cands if c.source and (is_medium(text[c.source[0]:c.source[1]])
                                               or _named_reporter(c) or id(c) in pieces)]
    _inverted_relays(text, cands, media)
    cands.extend(nested_reports(doc, cands, media))
    for c in cands:
        c.via = via_for(c)
        _citing_source(text, c)
    wrappers, near = set(), media_near(media)
    for c in cands:
        for m in near(c) if c.cue is not None else ():
            if m is c or m.source is None:
                continue
            if _wraps(m, c) and _deed_in_report(c) and m.origin != "according" \
                    and _OWN_OFFICE.search(text[m.source[0]:m.source[1]]):
                # 'President X ordered units to Batken, the press service reported': an
                # order given is a deed the service reports, not words X said through it
                wrappers.add(id(c))
                continue
            if _wraps(m, c):
                # 'Reuters, citing Tasnim, reported that X said': X -> Tasnim -> Reuters.
                for v in list(m.via) + [pieces.get(id(m), m.source)]:
                    if v not in c.via and not (c.source and overlaps(v, c.source)):
                        c.via.append(v)
                if m.origin == "according":
                    wrappers.add(id(m))
    cands[:] = [c for c in cands if id(c) not in wrappers]
    _trailing_told(text, cands)


# 'according to a report in The Harbour Times': the piece is the medium's words; the
# medium named inside it is the via of any attribution the piece holds
_PIECE_IN = re.compile(r"(?:an?|the|one)\s+(?:\w+\s+)?(?:report|article|story|interview|"
                       r"dispatch|piece|broadcast|bulletin|column)\s+(?:in|on|by|from|with)\s+",
                       re.I)


def _report_in_medium(text: str, c: Cand) -> tuple[int, int] | None:
    """The medium inside the source phrase; whatever a report is 'in' that bears a name is
    one, known to the lexicon or not. The phrase itself stays the source."""
    if c.origin != "according" or c.source is None:
        return None
    m = _PIECE_IN.match(text, c.source[0], c.source[1])
    name = text[m.end():c.source[1]] if m is not None else ""
    if not (is_medium(name) or name[:1].isupper() and "," not in name):
        return None
    return (m.end(), c.source[1])


_RESTATING = frozenset("he she they".split())


def _trailing_told(text: str, cands: list[Cand]) -> None:
    """'X promised "a full inquiry", he told the Lusaka Times.': the closing 'he told' names
    the medium for what its sentence already attributed to X."""
    for o in cands:
        if not o.via or o.source is None or o.cue is None \
                or text[o.source[0]:o.source[1]].lower() not in _RESTATING:
            continue
        for c in cands:
            if c is o or c.via or c.cue is None or c.sent != o.sent:
                continue
            if inside(c.content, o.content) and c.content[1] <= o.source[0]:
                c.via = list(o.via)


def _named_reporter(c: Cand) -> bool:
    """'..., Ukrainska Pravda reported.': a name no tagger calls a person, as the subject of
    'report', is an outlet even when no lexicon knows it."""
    tok, src = c.cue_tok, c.src_tok
    return tok is not None and src is not None and hasattr(tok, "lemma_") \
        and hasattr(src, "pos_") and lemma_of(tok) == "report" and src.pos_ == "PROPN" \
        and src.ent_type_ in ("ORG", "")


def _inverted_relays(text: str, cands: list[Cand], media: list[Cand]) -> None:
    """'X said Y, the Fars news agency reported' parsed with the medium's clause inside Y:
    Y ends before the medium, and the medium reported all of 'X said Y'."""
    near = cues_between(cands)  # (span_index: the candidates whose cue lies in the stretch)
    for m in media:
        if m.origin == "according" or m.cue is None:
            continue
        for c in near(break_before(text, m.source[0]) + 1, m.source[0]):
            if c is m or c.cue is None or c.source is None or c.source == m.source:
                continue
            if not (c.cue[1] <= m.source[0] and c.content[0] < m.source[0] < c.content[1]):
                continue
            if "\n" in text[c.cue[0]:m.source[0]] or is_medium(text[c.source[0]:c.source[1]]):
                continue
            c.content = trim(text, c.content[0], m.source[0], chars=" \t\n,;:—–-")
            m.content = (min(c.source[0], c.cue[0]), c.content[1])


def _quoted_as_saying(c: Cand) -> None:
    """'SUNA quoted General X as saying ...': the speaker is the one quoted, not the medium
    that quoted him (via_for then finds the medium)."""
    tok = c.cue_tok
    if tok is None or not hasattr(tok, "head") or lemma_of(tok) not in cues.SAY_VERBS:
        return
    ar = cue_model.arrays(tok.doc)  # the head, its head and their children from the arrays
    h = ar.head[tok.i]
    v = ar.head[h]
    if ar.lower[h] != "as" or ar.lemma[v] not in ("quote", "cite") or v == h:
        return
    verb = tok.doc[v]
    dep, kids = ar.dep, ar.kids[verb.i]
    obj = next((ch for ch in kids if dep[ch] == "dobj"), None)
    if obj is None or any(dep[ch] == "nsubjpass" for ch in kids):
        return
    obj = verb.doc[obj]
    c.source, c.src_tok = source_span(obj), obj


def _citing_source(text: str, c: Cand) -> None:
    """'..., the Daily Graphic newspaper reported, citing the regional police command': the
    cited body speaks and the medium that cites it carries the words (a cited medium is
    only another via: 'Reuters, citing Tasnim, reported')."""
    tok = c.cue_tok
    if c.source is None or tok is None or not hasattr(tok, "children") \
            or lemma_of(tok) not in ("report", "say", "according", "accord"):
        return
    # 'state broadcaster PTV, which cited a board source': the medium ends at the comma
    head = text[c.source[0]:c.source[1]].split(",")[0]
    medium = trim(text, c.source[0], c.source[0] + len(head))
    if not (is_medium(text[medium[0]:medium[1]]) or _named_reporter(c)):
        return
    # 'reports that the PHF will ..., citing a source': the participle may hang on the
    # reported clause; 'according to PTV, which cited a board source': on the medium
    holders = [tok] + [k for k in tok.children if k.dep_ == "ccomp" and k.i > tok.i]
    # ('Quoting an inspectorate official, AP said the ground ...': the same, fronted)
    citing = next((k for h in holders for k in h.children if k.lower_ in ("citing", "quoting")
                   and k.dep_ in ("advcl", "xcomp", "conj")), None)
    src_tok = c.src_tok if hasattr(c.src_tok, "children") else None
    if citing is None and src_tok is not None:
        citing = next((k for k in src_tok.children if k.dep_ == "relcl"
                       and lemma_of(k) in ("cite", "quote") and k.i > src_tok.i), None)
    obj = next((k for k in citing.children if k.dep_ == "dobj"), None) if citing else None
    if obj is None:
        return
    src = source_span(obj)
    if is_medium(text[src[0]:src[1]]):
        return
    c.via = [medium] + [v for v in c.via if v != c.source and not overlaps(v, src)
                        and not overlaps(v, medium)]
    c.source, c.src_tok = src, obj


_DIRECTIVES = frozenset("order direct instruct command dispatch deploy".split())


def _deed_in_report(c: Cand) -> bool:
    """An order with a plain object ('ordered additional units to Batken'), no clause."""
    tok = c.cue_tok
    if c.kind == "direct" or tok is None or not hasattr(tok, "children") \
            or lemma_of(tok) not in _DIRECTIVES:
        return False
    return not any(k.dep_ in ("ccomp", "xcomp") for k in tok.children)


def _wraps(m: Cand, c: Cand) -> bool:
    """Whether medium m relayed attribution c: c's cue lies in m's content ('Tasnim reported
    that X said'), or an 'according to' hangs off the words c attributes ('X said Y, according
    to IRNA')."""
    if m.origin == "according" and m.cue is not None and c.source is not None \
            and c.sent == m.sent and overlaps(c.content, m.content):
        return True
    return inside(c.cue, m.content) and not inside(m.cue, c.content)


# 'promised to make X a priority', 'urged the parties to "..."': the pledge or the plea is
# what the person is reported to have said, in an infinitive rather than a clause
_INFINITIVE_SPEECH = frozenset("promise vow pledge urge threaten".split())


def _speech_verbs(doc, span):
    """The active verbs of saying among the span's words, read from the Doc's arrays: these
    passes run over every word of every quotation and report, and few words are verbs."""
    ar = cue_model.arrays(doc)
    pos, lemma, dep, kids = ar.pos, ar.lemma, ar.dep, ar.kids
    for i in range(span.start, span.end):
        if pos[i] in ("VERB", "AUX") \
                and (lemma[i] in cues.SAY_VERBS or lemma[i] in _INFINITIVE_SPEECH) \
                and not any(dep[c] in ("nsubjpass", "auxpass") for c in kids[i]):
            yield doc[i]


def _inner_content(tok) -> tuple[int, int] | None:
    """The words a speech verb inside a medium's report attributes: its clausal complement,
    else (an inserted '..., he said,') the clause it hangs from, without the verb's own words."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is None and lemma_of(tok) in _INFINITIVE_SPEECH:
        comp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if comp is not None:
            # the pledge's words start past its 'to'
            to = next((c for c in comp.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            s, e = tokens_span(comp.subtree)
            return (to.idx + len(to.text), e) if to is not None and to.idx == s else (s, e)
    if comp is not None:
        return tokens_span(comp.subtree)
    if tok.head.i == tok.i or tok.dep_ not in ("parataxis", "ccomp", "conj", "advcl"):
        return None
    if tok.dep_ == "ccomp" and lemma_of(tok.head) in cues.SAY_VERBS:
        return None  # 'as saying that the community had responded': content, not a cue
    if tok.dep_ == "conj" and any(c.dep_ in ("mark", "dobj") for c in tok.children):
        # '... that the paper had been reviewed and that the authors had declared no
        # conflicts': a clause coordinated into the report is more of its content, no cue
        # inserted into it
        return None
    head = tokens_span(tok.head.subtree)
    own = tokens_span(tok.subtree)
    left, right = (head[0], own[0]), (own[1], head[1])
    return left if left[1] - left[0] >= right[1] - right[0] else right


def _marked_kind(text: str, span: tuple[int, int]) -> tuple[tuple[int, int], str]:
    """A content span wholly inside quotation marks becomes a direct quote of the marked words;
    one holding marks is mixed."""
    s, e = trim(text, *span, chars=" \t\n,;:—–-.")
    if s < e and text[s] in _OPENERS:
        close = max(text.rfind(q, s + 1, e + 1) for q in _CLOSERS)
        if close > s and not text[close + 1:e].strip(" ,.;:"):
            return trim(text, s + 1, close, chars=" ,"), "direct"
    if any(q in text[s:e] for q in _OPENERS):
        return (s, e), "mixed"
    return (s, e), "indirect"


_OPENERS = "\"“"
_CLOSERS = "\"”"


def nested_reports(doc, cands: list[Cand], media: list[Cand]) -> list[Cand]:
    """'X said Y, Anadolu reported' / '"Y," he said, according to IRNA': the attribution inside
    a medium's report, when no candidate has that speech verb as its cue yet. The medium
    becomes its via (chain_vias adds it)."""
    text = text_of(doc)
    cue_toks = {c.cue_tok.i for c in cands if c.cue_tok is not None}
    out: list[Cand] = []
    for m in media:
        s, e = m.content
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        for tok in _speech_verbs(doc, span):
            own_cue = m.cue_tok is not None and tok.i == m.cue_tok.i
            if tok.i in cue_toks or own_cue:
                continue
            subj = subject_of(tok)
            if subj is None or not (s <= subj.idx < e) or is_medium_span(doc, source_span(subj)):
                continue
            content = _inner_content(tok)
            if content is None:
                continue
            c = make_cand(doc, tok, content, "verb")
            if c is None or c.source is None or c.content[1] <= c.content[0]:
                continue
            c.content, c.kind = _marked_kind(text, c.content)
            if c.content[1] > c.content[0]:
                out.append(c)
                cue_toks.add(tok.i)
    return out


_INNER_MARKS = " \t\n,;:'‘’\"“”"


def quoted_reports(doc, cands: list[Cand]) -> list[Cand]:
    """'"One soldier told me he had lost twenty kilos," he said': a speaker named inside a
    direct quotation ('one soldier', 'the nurse') said the words his verb introduces; the
    quotation's speaker only passes them on. Pronoun subjects are left alone: inside a quote
    'he' is the quoted speaker's he, which the pronoun rules cannot see."""
    text = text_of(doc)
    cue_toks = cue_token_ids(cands)
    out: list[Cand] = []
    for q in cands:
        if q.kind != "direct":
            continue
        span = doc.char_span(*q.content, alignment_mode="expand")
        for tok in _speech_verbs(doc, span) if span is not None else ():
            if tok.i in cue_toks:
                continue
            subj = subject_of(tok)
            if subj is None or subj.pos_ == "PRON" or not (q.content[0] <= subj.idx < q.content[1]):
                continue
            comp = next((c for c in tok.children if c.dep_ in ("ccomp", "parataxis")
                         and c.i > tok.i), None)
            if comp is None:
                continue
            s, e = tokens_span(comp.subtree)
            s, e = trim(text, s, min(e, q.content[1]), chars=_INNER_MARKS)
            c = make_cand(doc, tok, (s, e), "verb")
            if c is None or c.source is None or e <= s:
                continue
            c.content, c.kind, c.origin = (s, e), "indirect", "inside"
            c.via = via_for(c)
            out.append(c)
            cue_toks.add(tok.i)
        out.extend(_inner_quotations(doc, q, cue_toks))
    return out


# A quotation inside a quotation: single marks, the opening one after a space or the outer
# opening, the closing one before punctuation or a space ('it's' is no mark).
_INNER = re.compile(r"(?:(?<=[\s\"“])|^)[‘'](?=\S)(.+?)(?<=\S)[’'](?=[\s,.!?;:\"”]|$)")
_OBJ_PRONOUNS = frozenset("me us him her them you".split())


_MARKED = re.compile(r"[\"“]([^\"“”\n]{2,}?)[\"”]")
_NAMING = frozenset("describe call assure promise label brand dismiss".split())


def reported_within(doc, cands: list[Cand]) -> list[Cand]:
    """'An official told The Guardian that the chancellor had described the levy as "the
    only tax ..."': marked words a named subject's speech verb inside a report introduces
    are that subject's, passed on through the report's medium."""
    text = text_of(doc)
    cue_toks = cue_token_ids(cands)
    out = []
    for c in cands:
        if c.kind == "direct" or c.cue_tok is None or not _MARKED.search(text, *c.content):
            continue
        span = doc.char_span(*c.content, alignment_mode="contract")
        if span is None:
            continue
        # the content's words read from the Doc's arrays (pos_, lemma_of): a Token only for
        # a speech verb, not for every word of every marked content
        ar = cue_model.arrays(doc)
        pos, lemma = ar.pos, ar.lemma
        for tok in (doc[i] for i in range(span.start, span.end) if pos[i] == "VERB"
                    and i not in cue_toks
                    and (lemma[i] in cues.SAY_VERBS or lemma[i] in _NAMING)):
            subj = subject_of(tok)
            if subj is None or not c.content[0] <= subj.idx < tok.idx or lemma_of(tok) in (
                    "continue", "go") or not (subj.pos_ == "PROPN" or subj.lower_ in L.TITLES
                                              or subj.lower_ in L.ROLE_NOUNS
                                              or subj.lower_ in L.PERSON_NOUNS):
                continue  # someone who can speak, not 'the strike would continue'
            s, e = tokens_span(tok.subtree)
            m = _MARKED.search(text, max(s, tok.idx), min(e + 1, c.content[1] + 1))
            if m is None:
                continue
            out.append(Cand(m.span(1), cue_span(tok), source_span(subj), kind="direct",
                            origin="inside", cue_tok=tok, src_tok=subj, sent=c.sent,
                            via=list(c.via)))
            cue_toks.add(tok.i)
    return out


def _inner_quotations(doc, q: Cand, cue_toks: set[int]) -> list[Cand]:
    """'"The nurse told me, 'Your girl is lucky,'" he said': the marked words inside the
    quotation are the nurse's, when a speech verb with a named subject introduces them."""
    text = text_of(doc)
    out = []
    for m in _INNER.finditer(text, q.content[0], q.content[1]):
        before = doc.char_span(q.content[0], m.start(), alignment_mode="contract")
        if before is None:
            continue
        verb = None
        for t in reversed(list(before)[-4:]):
            if t.is_punct or t.lower_ in _OBJ_PRONOUNS:
                continue
            verb = t if t.pos_ == "VERB" and lemma_of(t) in cues.SAY_VERBS else None
            break
        if verb is None or verb.i in cue_toks:
            continue
        subj = subject_of(verb)
        if subj is None or subj.pos_ == "PRON" or not q.content[0] <= subj.idx < verb.idx:
            continue
        s, e = trim(text, m.start(1), m.end(1), chars=" ,.")
        out.append(Cand((s, e), cue_span(verb), source_span(subj), kind="direct",
                        origin="inside", cue_tok=verb, src_tok=subj, sent=q.sent))
        cue_toks.add(verb.i)
    return out


def relay_sentences(doc, cands: list[Cand]) -> None:
    """'Tasnim News Agency reported.' / 'Iranian media reported' with no complement of its
    own: the medium relayed the attribution just before it."""
    lemma_raw = cue_model.arrays(doc).lemma_raw  # (raw lemma first, no string per verb)
    for tok in verbal_tokens(doc):
        if lemma_raw[tok.i] not in cues.RELAY_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(ch.dep_ in ("ccomp", "xcomp") or (
                ch.dep_ == "dobj" and ch.lemma_.lower() not in cues.ANAPHORIC_OBJECTS)
               for ch in tok.children):
            continue
        subj = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
        if subj is None:
            # 'His remarks were cited by the Tasnim news agency.': the agent relayed them.
            said = next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), None)
            subj = agent_of(tok) if said is not None and (
                said.lower_ in cues.ANAPHORIC_OBJECTS) else None
        if subj is None:
            continue
        span = source_span(subj)
        if not is_medium(text_of(doc)[span[0]:span[1]]):
            continue
        prev = [c for c in cands if c.cue and c.cue[1] <= tok.idx and c.source != span
                and tok.idx - c.cue[1] < 300]
        if prev and _deed_in_report(prev[-1]) and prev[-1].sent == tok.sent.start_char \
                and _OWN_OFFICE.search(text_of(doc)[span[0]:span[1]]):
            _medium_reports(doc, prev[-1], tok, subj, span)
        elif prev and span not in prev[-1].via:
            prev[-1].via.append(span)


# A body's own voice, not an outside medium: its report of the body's deeds is its own
# statement ('the presidential press service reported'); a news agency's ('Moldpres
# reported') relays the body.
_OWN_OFFICE = re.compile(r"(?i)\b(?:press (?:service|office|secretariat)|press department|"
                         r"information (?:office|service|department))\b")


def _medium_reports(doc, c: Cand, tok, subj, span: tuple[int, int]) -> None:
    """'President X ordered units to Batken, the press service reported': the service
    reports the whole clause before it; nobody is quoted through it."""
    text = text_of(doc)
    start = tok.sent.start_char
    cut = dateline_end(text, start)
    c.content = trim(text, cut or start, span[0], chars=" \t\n,;")
    c.source, c.src_tok = span, subj
    c.cue, c.cue_tok = (tok.idx, tok.idx + len(tok.text)), tok
    c.kind = "indirect"

_SAME_INTERVIEW = re.compile(r"\b(?:in|during|on) the (?:same )?(?:interview|programme|program|"
                             r"broadcast|podcast|conversation|show|post|video|statement)\b")
# A bare attribution after a quotation ('," he said.', '," Hrytsenko added.'): no medium,
# audience or occasion of its own, so the words went out where the speaker's last ones did.
_BARE_TAIL = re.compile(r"""^[,.!?"'”’]*\s*(?:(?:he|she|they|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"""
                        r"""|the\s+[a-z]+)\s+(?:said|added|wrote|continued)"""
                        r"""|(?:said|added|wrote|continued)\s+(?:he|she|[A-Z][\w'’.-]*))"""
                        r"""\s*(?:[.;]|$)""")
_ADDED = re.compile(r"\b(?:added|continued)\b")


# 'Asked at the same news conference whether ..., X said:': an occasion named again as the
# same one, in the cue's own sentence before it
_SAME_OCCASION = re.compile(r"\b(?:at|in|during|on) the same (?:[\w-]+ ){0,2}?(?:conference|"
                            r"briefing|hearing|meeting|session|event|rally|vigil|interview|"
                            r"programme|program|broadcast|podcast|show|livestream)\b")


def _same_occasion_before(text: str, cue_start: int):
    """The 'at the same news conference' opening the cue's sentence, or None."""
    start = max(last_before(text, p, cue_start) for p in ("\n", ". ", "? ", "! "))
    if " same " not in text[start:cue_start]:
        return None
    return _SAME_OCCASION.search(text, max(0, start), cue_start)


def same_interview(text: str, quotes: list) -> list:
    """'"We raised it in writing," she said in the same interview.': the words went out
    through the medium her earlier words did (records.Quote in, Quote out)."""
    out = []
    for k, q in enumerate(quotes):
        if not q.via and q.cue is not None and q.speaker.entity is not None:
            stop = break_from(text, q.cue.end)  # (last_match: no scan to a far line break)
            tail = text[q.cue.start:min(stop if stop >= 0 else len(text), q.cue.start + 120)]
            m = _SAME_INTERVIEW.search(tail) or _same_occasion_before(text, q.cue.start)
            if m:
                # 'said in the same post': the occasion named before, whoever spoke in it
                same = " same " in m.group()
                earlier = next((p for p in reversed(quotes[:k]) if p.via and (
                    p.speaker.entity == q.speaker.entity
                    or same and text.count("\n", p.start, q.start) <= 2)), None)
                if earlier is not None:
                    q = replace(q, via=earlier.via)
        out.append(q)
    return out


def carried_vias(text: str, quotes: list, para_of) -> list:
    """'"...," Sharif said, according to Tasnim. "...," he added.': a direct quotation with a
    bare cue, next to the same speaker's relayed words (the same paragraph, or the next one
    when the cue is 'added'), came through the same medium; the annotators of the sealed
    sets read it so. para_of(pos) gives a position's paragraph index."""
    out = list(quotes)
    for k in range(1, len(out)):
        q, p = out[k], out[k - 1]
        if q.via or not p.via or q.speaker.entity is None or p.speaker.entity != q.speaker.entity:
            continue
        if q.cue is not None and named_again(text, p, q):
            continue  # 'Gurung added': a speaker named again inherits no medium
        if q.kind != "direct":
            if _goes_on_after(text, q) and para_of(q.start) == para_of(p.start):
                out[k] = replace(q, via=p.via)  # '..., he added.' in the relayed paragraph
            continue
        if q.cue is not None and q.cue.end <= q.start and para_of(q.start) == para_of(p.start) \
                and _GOING_ON_BEFORE.search(text[max(0, q.cue.start - 20):q.start]):
            # 'He went on: "..."', 'She added: "..."' right after the relayed words
            out[k] = replace(q, via=p.via)
            continue
        if q.cue is not None and q.cue.start > q.end and para_of(q.start) - para_of(p.start) == 1 \
                and _occasion(text, p) and _BARE_TAIL.match(text[q.end:q.end + 60]):
            # 'Speaking on BBC Breakfast, she said ...' then '"...," she said.': an interview
            # outlasts its paragraph
            out[k] = replace(q, via=p.via)
            continue
        if q.cue is None:
            # a quotation with no cue of its own goes on from the one before it
            if para_of(q.start) - para_of(p.start) <= 1:
                out[k] = replace(q, via=p.via)
            continue
        if q.cue.start < q.end:
            continue
        stop = text.find("\n", q.end)
        tail = text[q.end:stop if stop >= 0 else len(text)][:60]
        if not _BARE_TAIL.match(tail):
            continue
        gap = para_of(q.start) - para_of(p.start)
        if gap == 0 or gap == 1 and _ADDED.search(tail):
            out[k] = replace(q, via=p.via)
    return out


def _goes_on_after(text: str, q) -> bool:
    """Reported words closed by a bare 'he added' / 'she continued'."""
    if q.cue is None or q.cue.start < q.end:
        return False
    stop = text.find("\n", q.end, q.end + 60)  # bounded: a bare cue sits in the first 60
    tail = text[q.end:stop if stop >= 0 else q.end + 60]
    return bool(_BARE_TAIL.match(tail) and _ADDED.search(tail))


# A pronoun's cue that continues ('He went on:', 'She added:', 'He continued:').
_GOING_ON_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?:He|She|They)\s+(?:also\s+|then\s+)?"
                              r"(?:went on|added|continued)\s*[:,]\s*[\"“]?$")
_PRONOUN_CUE = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?:He|She|They)\s+(?:then\s+|also\s+|later\s+)?$")
# The medium as an occasion that goes on ('in an interview with', 'in a post on'), not a
# one-off relay ('told the AP', 'according to Interfax'): only the first outlasts its sentence;
# 'Speaking to NTV, ...' sets up an interview the same way.
_OCCASION = re.compile(r"(?i)\b(?:interview|conversation|post|message|video|broadcast|podcast|"
                       r"appearance|op-ed|column|letter|speaking|talking)\s+(?:with|on|to|in|for)"
                       r"\s+(?:the\s+)?$|\b(?:speech|address|debate|briefing|remarks)\s+(?:streamed|"
                       r"broadcast|aired|televised|carried)(?:\s+live)?\s+(?:on|by)\s+(?:the\s+)?$")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[\"“A-Z]")


_POSTED_ON = re.compile(r"\b(?:posted|published|shared|put out|uploaded|(?:in|with) an? "
                        r"(?:post|message|video|statement))\b[^.!?\n]{0,60}?\bon\s+"
                        r"(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+['’]s\s+)?(?:official\s+)?"
                        r"([A-Z][\w]*)")
_WRITE_CUE = re.compile(r"(?i)wr(?:ote|ites)")


def posted_before(doc, coref, quotes: list, outlet: str | None) -> list:
    """'Her son posted a statement on Facebook. The family, he wrote, would ...': words
    written right after a sentence saying where the writer posted went out there."""
    text = text_of(doc)
    out = []
    for q in quotes:
        span = None if q.via else _posted_span(text, q) or relay_span(text, q) \
            or occasion_before(text, coref, q) or credit_span(text, q.start) or caller_medium(text, q)
        if span is None and (called := caller_named(text, q)) is not None:  # 'who gave her name as Y'
            q, span = replace(q, speaker=called[0]), called[1]
        if span is None and not q.via:
            led = leader_behind(text, coref, q) or asker_of(text, coref, q) \
                or message_from(text, coref, q)  # 'asked Y to tell', 'read out a message from'
            led = led or message_to_audience(text, coref, q) \
                or asked_to_pass_message(text, coref, q)
            person = None if led is not None else \
                person_between(text, coref, q) or read_by(text, coref, q) \
                or relayed_before(text, coref, q)
            q = replace(q, speaker=led[0], via=(led[1],)) if led is not None else \
                q if person is None else replace(q, via=(person,))  # a spokesman passed it on
        out.append(q if span is None else replace(q, via=via_records(doc, coref, [span], outlet)))
    # 'said on the station's show', 'Y replied:' at a hearing a broadcaster carried
    out = broadcast_reply(text, definite_medium(text, out, outlet))
    out = [told_the_teller(text, coref, q) for q in out]  # 'Y had assured him that
    return [_with_further_hops(doc, coref, text, q, outlet) for q in out]


def _with_further_hops(doc, coref, text: str, q, outlet: str | None):
    """A quote's vias lengthened by the media its clause says passed the words on, and by
    the rest of a name the parse cut at 'for' / 'of' (via_text.further_hops)."""
    hops, ends = further_hops(text, q)
    first = told_first(text, q)
    if not hops and not ends and first is None:
        return q
    via = [v if k not in ends else Via(None, text[v.start:ends[k]], v.start, ends[k])
           for k, v in enumerate(q.via)]
    if first is not None:
        via = [v for v in via_records(doc, coref, [first], outlet)
               if all(v.name != w.name for w in via)] + via
    for v in via_records(doc, coref, hops, outlet):
        if all(v.name != w.name for w in via):
            via.append(v)
    return replace(q, via=tuple(via))


def _posted_span(text: str, q) -> tuple[int, int] | None:
    """Where a quotation with no via of its own went out, read off the words around it."""
    if q.cue is not None and _WRITE_CUE.fullmatch(text[q.cue.start:q.cue.end]):
        m = _last_match(_POSTED_ON, text, break_before(text, q.cue.start) + 1, q.cue.start)
        return m.span(1) if m is not None and m.group(1) in L.PLATFORMS else None
    if q.cue is not None and q.speaker.start is not None \
            and text[q.speaker.start:q.speaker.end].lower() in ("he", "she"):
        # 'X sounded a warning on his podcast, The Kop End. Owners, he said, "..."'
        m = _last_match(_OWN_SHOW, text, break_before(text, q.cue.start) + 1, q.cue.start)
        close = m is not None and len(_SENTENCE_END.findall(text[m.end():q.cue.start])) <= 1
        return m.span(1) if close else None
    if q.cue is not None and q.cue.start >= q.end and q.speaker.start is not None:
        # 'X, in a video message posted on Instagram, thanked ... "...," the chief
        # minister said': the quotation closes the post its own paragraph opened
        para = break_before(text, q.start) + 1
        m = _last_match(_POSTED_ON, text, para, q.start)
        who = re.sub(r"^(?:the|a|an)\s+", "", text[q.speaker.start:q.speaker.end].lower())
        if m is not None and m.group(1) in L.PLATFORMS and len(who) > 3 \
                and who in text[para:m.start()].lower() \
                and not _ANY_QUOTE.search(text, para, q.start - 1):
            return m.span(1)
    if (q.cue is None or q.cue.end <= q.start) and q.speaker.start is not None \
            and 0 < q.speaker.start - q.end < 12 and _DASHED.search(text, q.end, q.speaker.start):
        return _signature_platform(text, q.speaker.end)  # 'CLAIM: "..." — Senator X, on Facebook'
    return None


_ANY_QUOTE = re.compile("[\"“”]")


def _signature_platform(text: str, after: int) -> tuple[int, int] | None:
    """A platform named in the rest of a signature line's first 80 characters."""
    stop = text.find("\n", after)
    tail = text[after:stop if stop >= 0 else len(text)][:80]
    m = next((w for w in _CAPITALISED.finditer(tail) if w.group() in L.PLATFORMS), None)
    return None if m is None else (after + m.start(), after + m.end())


_CAPITALISED = re.compile(r"[A-Z][\w]*")
_DASHED = re.compile(r"[—–]|--| - ")
_OWN_SHOW = re.compile(r"\bon (?:his|her|their) (?:own |weekly |daily )?(?:podcast|show|programme|program|"
                       r"blog|channel|radio show|YouTube channel),?\s+((?:[A-Z][\w'’-]*\s?){1,5})"
                       r"(?=[.,;])")


def _occasion(text: str, q) -> bool:
    return any(v.start is not None and _OCCASION.search(text[max(0, v.start - 40):v.start])
               for v in q.via)


def earlier_medium(text: str, quotes: list, para_of) -> list:
    """'In an interview with CNN Chile, the minister said ... He said ...', 'In a message on
    WhatsApp, she urged calm. She wrote that ...': a pronoun that picks the speaker up in the
    very next sentence speaks on through the medium the sentence before named."""
    out = list(quotes)
    for k in range(1, len(out)):
        q, p = out[k], out[k - 1]
        if q.via or not p.via or q.cue is None or q.speaker.entity is None \
                or p.speaker.entity != q.speaker.entity or q.cue.start < p.end \
                or para_of(q.cue.start) != para_of(p.start):
            continue
        if not _PRONOUN_CUE.search(text[max(0, q.cue.start - 40):q.cue.start]) \
                or not _occasion(text, p):
            continue
        # only the sentence right after the one that named the medium
        if len(_SENTENCE_END.findall(text[p.end:q.cue.start])) > 1:
            continue
        out[k] = replace(q, via=p.via)
    return unnamed_relays(text, carry_on(text, participle_adjuncts(text, out), para_of), para_of)


__all__ = ["via_records", "chain_vias", "relay_sentences", "is_medium_span", "quoted_reports",
           "nested_reports", "same_interview", "carried_vias", "earlier_medium", "posted_before",
           "reported_within"]
