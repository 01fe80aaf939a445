"""Finds every candidate mention in an English spaCy Doc: names (NER with types corrected in
context), acronyms, demonyms, role and description noun phrases, and third-person pronouns.

Inputs: the parsed Doc, the article text and the structure stage's blocks; chains.py links the
candidates into entities.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import lexicon_roles as L
from .mention_clues import aged_apposition as _aged_apposition
from .mention_clues import role_before_comma as _role_before_comma
from .mention_clues import spoken_to_once as _spoken_to_once
from .mention_spans import DROP_LABELS
from .mention_spans import hyphen_joins as _hyphen_joins
from .mention_spans import joined_ents as _joined_ents
from .mention_spans import name_syllable as _name_syllable
from .name_shapes import INITIALS_NAME, PLACE_INITIALS, and_body, ends_in_country

# spaCy labels that are not entities here (timexes handles dates; numbers are not actors).
LABEL_MAP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
             "FAC": "FAC", "EVENT": "EVENT"}
SUBJ_DEPS = ("nsubj", "nsubjpass")
AGE_WORD = re.compile(r"^\d+-year-old$|^(?:\w+-)+year-old$")
_PP_HEADS = ("for", "of", "at", "with", "from", "to")
_COUNTRY_KEYS = frozenset(v.lower() for v in L.COUNTRY_ALIASES.values())
# participles after a hyphen that place a body: what stands before the hyphen is a place
_PLACED_BY = frozenset("based headquartered registered listed".split())
# A live blog's entry time the tagger runs into the name after it ("23:41 - Police").
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", re.I)
# A firm's name closed up with a plural kind word ('Kaimai Coachlines', 'Harbour Steelworks',
# 'Northern Busways'): the compound names a business, never a person's surname.
# A programme named before its kind ('the Harbour Hour podcast', 'the Morning Drive show'):
# a medium like a station named before 'radio'.
_PROGRAMME_AFTER = frozenset("podcast programme program show vlog livestream bulletin".split())
_CLOSED_KIND = re.compile(r"[A-Z][a-z]{2,}(?:lines|ways|works)")
# Honours after a name (L.POST_NOMINALS) and honorifics before it are not the name: "Julian
# Penrose KC" is the "Penrose" met later, "Shri Nair" the "Suresh Nair" named first.
# ... so are the pilgrim's, councillor's and Nigerian courtesy titles ('Alhaji Ibrahim
# Gusau', 'Cr Mancini', 'Engr. Ade', 'Comrade Ajaero').
_HONORIFICS = frozenset("""shri sri smt smt. shrimati alhaji alhaja hajiya cr cllr engr engr.
comrade mallam malam""".split())
_GIVEN_NAME_ROLES = frozenset("dean earl major".split())
# Offices a 'for' gives a portfolio ('Minister for Climate Change X'); a spokeswoman 'for'
# a company speaks for it instead.
_PORTFOLIO_OFFICES = frozenset("minister secretary commissioner mec mmc".split())
_BODY_OPENERS = frozenset("""directorate ministry department office bureau commission
secretariat inspectorate agency authority""".split())


@dataclass(slots=True, eq=False)
class Cand:
    """A candidate mention while coreference is being worked out (internal, mutable)."""

    start: int
    end: int
    kind: str                   # name | nominal | pronoun
    head: int                   # token index of the syntactic head
    sent: int
    key: str = ""               # names: match key; nominals: role lemma; pronouns: the word
    core: tuple[int, int] = (0, 0)  # names: span without a leading title
    votes: dict[str, float] = field(default_factory=dict)
    gender: str | None = None
    plural: bool = False
    subj: bool = False
    speech: bool = False        # subject of a speech verb
    quote: int = -1             # index of the enclosing quotation, -1 outside quotes
    demonym: bool = False       # "Americans", "Iranian": never the canonical name
    acronym: bool = False
    pending: bool = False       # only kept if it links to something (bare acronyms)
    link: Cand | None = None    # structural partner (appositive / premodifier nominal -> name)
    mods: frozenset[str] = frozenset()
    definite: bool = False
    person: bool = False        # nominal headed by a person noun
    orgref: bool = False        # "the group", "the company": may stand for a named organisation
    pseudo: bool = False        # a non-entity NP that only competes for pronouns
    headline: bool = False
    para: int = 0
    dateline: bool = False      # the place of a "CITY (AGENCY) —" line: links to no NP or pronoun


@dataclass(slots=True)
class Context:
    doc: object
    text: str
    cands: list[Cand]
    toks: list                  # the Doc's tokens, made once: spaCy builds a new object per access
    chunks: list                # doc.noun_chunks, computed once
    sent_end: list[int]         # per sentence number: the token index it ends before
    lower: set[str]             # words the text writes lower-case (outside headline lines)
    cap: set[str]               # words it capitalises mid-sentence
    tok_sent: list[int]
    sent_para: list[int]
    quotes: Spans
    introduced: dict[str, list[int]]  # head lemma -> starts of indefinite NPs ("a man", "a group")


# ---------------------------------------------------------------- layout: paragraphs, quotes

def paragraphs(text: str, blocks) -> list[tuple[int, int]]:
    if blocks:
        return sorted((b.start, b.end) for b in blocks)
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def title_case_spans(text: str, blocks) -> Spans:
    """Lines written in headline case, where the tagger's capital-letter cues mislead it."""
    spans = [(b.start, b.end) for b in (blocks or ()) if b.kind == "headline"]
    pos = 0
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
        # a headline is short and has no closing full stop; a paragraph listing names has one
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) and \
                len(line.split()) <= 25 and not line.rstrip().endswith("."):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return Spans(spans)


def quote_spans(text: str) -> Spans:
    """Content spans of quotations (double, curly, guillemets, line-initial single quotes)."""
    out = []
    for pat in (r"“([^”]{1,4000})”", r"«([^»]{1,4000})»", r'"([^"\n]{1,4000})"',
                r"(?:^|(?<=[\s(]))['‘]([^\n]{8,4000}?)['’](?=[\s.,;:!?)]|$)"):
        out.extend((m.start(1), m.end(1)) for m in re.finditer(pat, text, re.M))
    return Spans(out)


class Spans(list):
    """Sorted (start, end) spans with a position lookup that stays fast on long texts."""

    def __init__(self, spans) -> None:
        super().__init__(sorted(spans))
        self.starts = [s for s, _ in self]


def _inside(spans: Spans, pos: int) -> int:
    """Index of a span holding ``pos``, or -1 (overlaps are few and shallow: look 8 back)."""
    i = bisect.bisect_right(spans.starts, pos) - 1
    for k in range(i, max(-1, i - 8), -1):
        if spans[k][0] <= pos < spans[k][1]:
            return k
    return -1


# ---------------------------------------------------------------- names from NER

def _vocab(toks: list, titled: Spans) -> tuple[set[str], set[str]]:
    """Words seen lower-case, and words seen capitalised mid-sentence, outside headline lines."""
    lower, cap = set(), set()
    spans, k = list(titled), 0  # tokens come in text order: walk the spans alongside
    for t in toks:
        text = t.text
        if not text.isalpha():
            continue
        pos = t.idx
        while k < len(spans) and spans[k][1] <= pos:
            k += 1
        if k < len(spans) and spans[k][0] <= pos:
            continue
        if text.islower():
            lower.add(text)
        elif text[0].isupper() and not t.is_sent_start:
            cap.add(text.lower())
    return lower, cap


def _mid_sentence(doc, t) -> bool:
    if t.i == 0 or t.is_sent_start:
        return False
    prev = doc[t.i - 1]
    return not prev.is_space and "\n" not in prev.whitespace_ and \
        prev.text not in (".", "!", "?", ":", '"', "“", "”", "'", "‘", "’", "(")


def _zone_after_clock(doc, i: int) -> bool:
    """'14:05 GST Police said': a short capitalised word right after a clock time is its
    time zone (a live blog's stamp), never the start of a name."""
    t = doc[i]
    return i > 0 and 2 <= len(t.text) <= 5 and t.text.isupper() and t.is_alpha \
        and bool(_CLOCK.match(doc[i - 1].text))


def _trim(doc, s: int, e: int, titled: bool, lower: set[str], cap: set[str],
          place: bool = False) -> tuple[int, int]:
    def junk(t) -> bool:
        if t.text == "The" and t.i == s and _mid_sentence(doc, t) and not titled:
            return False  # "by The Washington Post": a capital The mid-sentence is the name's
        if t.lower_ in ("the", "a", "an") or t.is_punct or t.tag_ == "POS":
            return True
        if t.text.islower() and t.lower_ not in L.NAME_PARTICLES and not _name_syllable(doc, t.i):
            return True  # "state Department of ...", "this White House", "pro-Clinton"
        if not titled:
            return False
        return (t.lower_ in L.FUNCTION_WORDS or t.lower_ in L.SPEECH_FORMS
                or (t.lower_ in lower and t.lower_ not in cap))
    # ('Sri Lanka', 'Sri Lankan': an honorific's word opening a place's name is the name's)
    while s < e and (junk(doc[s]) or _CLOCK.match(doc[s].text)
                     or doc[s].lower_ in _HONORIFICS and not (place and e - s >= 2)
                     or _zone_after_clock(doc, s)) \
            and doc[s].text not in ("U.S.", "U.K."):
        s += 1
    while e > s and (junk(doc[e - 1]) and not doc[e - 1].text.endswith(".")
                     or e - s > 1 and doc[e - 1].text in L.POST_NOMINALS):
        e -= 1
    return s, e


def _name_key(text: str) -> str:
    k = L.plain(text)
    k = re.sub(r"^the ", "", k)
    k = re.sub(r"'s?$", "", k).strip()
    if k in L.COUNTRY_ALIASES:
        return L.COUNTRY_ALIASES[k].lower()
    return k


def _in_title_case_line(doc, at: int) -> bool:
    """Whether character ``at`` lies in a Title Case line (a headline), where the tagger runs
    a name into the verb after it ('Air Strike on Market in Haldor Kills 14')."""
    from .event_headlines import headline_lines
    for a, b in headline_lines(doc):  # cached per Doc; Doc.text is rebuilt on every read
        if a <= at < b:
            return not doc.text[a:b].rstrip().endswith(".")  # a headline ends on no full stop
    return False


def _add_vote(c: Cand, label: str, w: float) -> None:
    c.votes[label] = c.votes.get(label, 0.0) + w


def _from_a_place(doc, s: int, toks) -> bool:
    """'Marlon, a fisherman from Radix,': a one-word name after 'from' on a person word (no
    known first name) says where the person comes from, a place."""
    return len(toks) == 1 and doc[s - 1].head.lower_ in L.PERSON_NOUNS \
        and L.gender_of_first_name(toks[0].text) is None


def _context_votes(doc, c: Cand, s: int, e: int) -> None:
    """Type evidence from the words around a name: media cues, titles, speech verbs."""
    toks = doc[s:e]
    last = L.singular(toks[-1].text) if len(toks) else ""
    low = L.plain(toks.text)
    nxt = " ".join(t.lower_ for t in doc[e:e + 2])
    prev = doc[s - 1].lower_ if s > 0 else ""
    if c.key in _COUNTRY_KEYS or low in L.COUNTRY_ALIASES:
        _add_vote(c, "GPE", 5.0)
        return
    if e + 1 < len(doc) and doc[e].text == "-" and doc[e].idx == toks[-1].idx + len(toks[-1]) \
            and doc[e + 1].lower_ in _PLACED_BY:
        # 'Limassol-based Aphrodite Ship Management', 'Singapore-listed Kestrel': the name
        # before the hyphen is where the body sits, whatever the tagger called it
        _add_vote(c, "GPE", 3.0)
        return
    if prev in ("of", "in") and s > 1 and doc[s - 2].lower_ in ("shares", "stock", "stake"):
        _add_vote(c, "ORG", 3.0)  # 'Shares of Kestrel Build Asia fell': a listed company
    elif ((prev in ("in", "near") or prev == "from" and _from_a_place(doc, s, toks))
            and s > 0 and doc[s - 1].dep_ == "prep"
            and toks.root.dep_ == "pobj" or toks.root.dep_ == "conj"
            and toks.root.head.ent_type_ in ("GPE", "LOC")) \
            and not c.votes.get("ORG") and c.votes.get("PERSON", 0.0) <= 1.0 \
            and not toks[0].text.isupper() and not _in_title_case_line(doc, toks[0].idx):
        # 'an estate agency in Swakopmund', 'in Walvis Bay and Swakopmund': a bare name a
        # locative preposition governs, or one joined to a place, is a place unless more
        # than the tagger's word says it is a person ('Mr', a first name)
        _add_vote(c, "GPE", 1.5)
    if low in L.MEDIA_NAMES:
        _add_vote(c, "ORG", 4.0)
    if nxt.split(" ")[0] in L.MEDIA_AFTER or nxt in ("news agency", "news service"):
        _add_vote(c, "ORG", 4.0)
    elif e < len(doc) and doc[e].lower_ in _PROGRAMME_AFTER and doc[e].pos_ == "NOUN":
        _add_vote(c, "ORG", 4.0)  # 'on the Aiga Talk podcast': a programme, no 'she' of its own
    if prev in L.MEDIA_BEFORE:
        _add_vote(c, "ORG", 3.0)
    if _spoken_to_once(doc, toks):
        _add_vote(c, "ORG", 2.0)
    orgish = any(L.singular(t.text) in L.ORG_WORDS or t.lower_ in L.ORG_WORDS for t in toks) \
        or ends_in_country(toks) or len(toks) > 1 and _CLOSED_KIND.fullmatch(toks[-1].text)
    if orgish:
        _add_vote(c, "ORG", 2.0)
    root = toks.root
    verb = root.head.lemma_.lower()
    if root.dep_ in SUBJ_DEPS and verb in L.MEDIA_VERBS and len(toks) == 1 and "PERSON" not in c.votes:
        _add_vote(c, "ORG", 2.0)
    if c.speech and not orgish and low not in L.MEDIA_NAMES and not toks[0].text.isupper():
        # a multi-word name that speaks is a person; one word ("Hamas said") may be a group
        _add_vote(c, "PERSON", 2.5 if len(toks) > 1 else 0.5)
    if prev in L.TITLES and doc[s - 1].text[0].isupper() or prev in L.TITLES and prev.endswith("."):
        _add_vote(c, "PERSON", 3.0)
        c.gender = c.gender or L.TITLES[prev]
    elif prev in L.PERSON_NOUNS and len(toks) > 1 and not orgish and c.votes.get("ORG", 0) < 3:
        _add_vote(c, "PERSON", 2.5)  # "head coach Niall Doherty", "barrister Peter Walsh"
    if c.plural or "NORP" in c.votes:
        return  # "The Europeans, who ...": a people, not a person
    if len(toks) > 1 and not orgish and s > 1 and doc[s - 1].tag_ == "POS" \
            and doc[s - 2].pos_ == "PROPN":
        _add_vote(c, "PERSON", 3.0)  # "the BBC's Lyse Doucet": an outlet's own reporter
    if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "who":
        _add_vote(c, "PERSON", 2.0)  # "Christie, who has campaigned ...": only people are "who"
    if len(toks) > 1 and not orgish and prev == "," and e < len(doc) and doc[e].text == "," \
            and _role_before_comma(doc, s - 1):
        _add_vote(c, "PERSON", 2.5)  # "The director general of X's Authority, Jane Doe,"
    if not orgish and e + 2 < len(doc) and doc[e].text == "," and _aged_apposition(root):
        _add_vote(c, "PERSON", 2.5)  # "Margus Tamm, a 31-year-old deckhand": an age, a person
    if not orgish and e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].like_num \
            and doc[e + 1].text.isdigit() and 0 < int(doc[e + 1].text) < 111 \
            and doc[e + 2].text in (",", ".", ")"):
        _add_vote(c, "PERSON", 2.5)  # "Her grandson Callum, 19, ...": an age in apposition
    if len(toks) > 1 and not orgish and e < len(doc) and doc[e].text in L.POST_NOMINALS:
        _add_vote(c, "PERSON", 3.0)  # "Conor Lyons SC": only people take a silk or a seat
    if len(toks) > 1 and not orgish:
        g = L.gender_of_first_name(toks[0].text)
        if g:
            _add_vote(c, "PERSON", 1.5)
            c.gender = c.gender or g


def _demonym(doc, s: int, e: int, c: Cand) -> None:
    """Country words become the country as an actor: "Americans", "American forces"."""
    low = doc[s:e].text.lower()
    c.key = L.DEMONYMS[low].lower()
    c.demonym = True
    c.votes = {"GPE": 5.0}
    c.plural = low.endswith("s") and not low.endswith("ss")
    root = doc[e - 1]
    head = root.head
    if root.dep_ in ("amod", "compound", "nmod") and head.i >= e and head.i - e < 3 and \
            (head.lemma_.lower() in L.ACTOR_NOUNS or head.lower_ in L.ACTOR_NOUNS):
        c.end = head.idx + len(head.text)
        c.kind = "nominal"
        c.head = head.i
        c.plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in ("forces", "troops", "police")


_BAD_NAME = re.compile(r"[=<>{}\[\]|\\:@#]")


def _cased_or_uncased_script(text: str) -> bool:
    """A Latin-script name has a capital letter; scripts without case are taken as they come."""
    letters = [ch for ch in text if ch.isalpha()]
    return any(ch.isupper() for ch in letters) or any(ch.lower() == ch.upper() for ch in letters)


def _office(tok) -> bool:
    """'Prime Minister', 'Health Minister': a capitalised run ending in an office is a role for
    premodifiers() to hang on the name it precedes, never a name of its own."""
    return tok.lower_ in L.ROLE_NOUNS or tok.lower_ in L.TITLES


def _portfolio_office(doc, s: int) -> int | None:
    """'Minister of [Natural Resources X]', 'Cabinet Secretary for [Health X]', 'Minister of
    Information and [Culture X]': the office whose portfolio runs up to the name at s."""
    k = s - 1
    while k > 1 and doc[s - 1].lower_ in ("and", "&") and (
            doc[k].lower_ in ("and", "&") or doc[k].text.istitle() and doc[k].pos_ == "PROPN"):
        k -= 1  # only a portfolio the name's own run continues ('... and [Culture X]')
    if k >= 2 and doc[k].lower_ == "the" and doc[k - 1].lower_ in ("of", "for") \
            and doc[k - 2].lower_ in L.ROLE_NOUNS and doc[k - 2].text[:1].isupper():
        return k - 2  # 'Chairman of the [General Election Commission D.Purevsuren]'
    office = doc[k - 1].lower_ if k >= 1 else ""
    # 'a spokeswoman for [Polar Harvest Foods]': 'for' gives a portfolio to an office only
    if doc[k].lower_ == "of" and office in L.ROLE_NOUNS \
            or doc[k].lower_ == "for" and office in _PORTFOLIO_OFFICES:
        return k - 1
    return None


def _untagged_runs(doc, ctx: Context, titled: Spans, ents: list) -> list[tuple[int, int, str]]:
    """Runs of two or more capitalised proper nouns the tagger left out ("said Ana Ruiz"), mid-
    sentence and outside headline lines; they stay only if their context gives them a type."""
    tagged = [False] * len(doc)
    for s, e, _ in ents:
        for i in range(s, e):
            tagged[i] = True
    out, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and not tagged[j]:
            if j > i and _hyphen_joins(doc, j):
                j += 1  # "Okonkwo-Ibe"
                continue
            if not (ctx.toks[j].pos_ == "PROPN" and ctx.toks[j].text.istitle()
                    and ctx.toks[j].text.isalpha() and ctx.toks[j].lower_ not in ctx.lower
                    and (j == i or ctx.toks[j - 1].whitespace_ == " " or _hyphen_joins(doc, j - 1))):
                break
            j += 1
        # 'Heritage Refining, which operates the plant, said': a sentence may open on one
        # when it is the subject and no word of it is written lower-case elsewhere
        # 'Dame Rosalind Achebe-Hart': a courtesy title before the run is no part of the name
        # ('Detective Sergeant Paul Benning': every title of a run of them)
        k = i
        while ctx.toks[k].lower_ in L.TITLES and j - k >= 3:
            k += 1
        if j - k >= 2 and (_mid_sentence(doc, ctx.toks[k]) or ctx.toks[j - 1].dep_ == "nsubj") \
                and _inside(titled, ctx.toks[k].idx) < 0 and ctx.toks[k].lower_ not in L.TITLES \
                and not _office(ctx.toks[j - 1]):
            out.append((k, and_body(doc, k, j, "")[0], "UNTAGGED"))
        i = max(j, i + 1)
    return out


def ner_names(doc, ctx: Context, titled: Spans) -> list[Cand]:
    lower, cap = ctx.lower, ctx.cap
    out = []
    ents = _joined_ents(doc)
    # 'Curtis Ferguson, Claudette's husband': a run the tagger left out that ends on the
    # surname of a person it did tag is a relative of theirs, a person in their own right
    surnames = {doc[e - 1].lower_ for s, e, lab in ents if lab == "PERSON" and e - s >= 2}
    for ent_start, ent_end, ent_label in ents + _untagged_runs(doc, ctx, titled, ents):
        ent = doc[ent_start:ent_end]
        in_title = _inside(titled, ent.start_char) >= 0
        s, e = _trim(doc, ent.start, ent.end, in_title, lower, cap,
                     place=ent_label in ("GPE", "NORP", "LOC"))
        if s >= e or not any(ch.isalpha() for ch in doc[s:e].text):
            continue
        span = doc[s:e]
        if _BAD_NAME.search(span.text) or not _cased_or_uncased_script(span.text):
            continue  # markup ("tweet_id=..."), "NAME: text" transcripts, "n't"
        label = LABEL_MAP.get(ent_label, "OTHER")
        if e - s == 1 and label not in ("PERSON", "GPE") and span.text.istitle() and \
                span[0].lower_ in lower and span[0].lower_ not in L.DEMONYMS:
            continue  # "Defence" in "Defence Minister X" is a word the text also uses lower-case
        if e - s == 1 and label != "PERSON" and s > 0 and doc[s - 1].lower_ == "the" \
                and span[0].lower_ in L.ROLE_NOUNS:
            continue  # "the Duke", "the Leader": a role to resolve, not a name
        if _office_title(span) or _office_before_name(doc, span):
            continue  # "the Minister of Health": an office, a role for the name beside it
        if e - s == 1 and label == "PERSON" and s > 0 and doc[s - 1].lower_ == "the" \
                and not span[0].text.isupper() \
                and not (e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN")):
            # "the Taoiseach", "the Speaker": a person's name never takes 'the'; but in "the
            # Tasnim news agency" the word names what the noun after it is
            continue
        if _honour_after_name(doc, s, e):
            continue  # "Conor Lyons SC" tagged as two names: the honour is no one's name
        if e < len(doc) and doc[e].pos_ == "PROPN" \
                and doc[e].text[:1].isupper() and s > 1 and _portfolio_office(doc, s) is not None \
                and not any(L.gender_of_first_name(t.text) for t in span):
            # 'Vice Minister of [High Technology] Energy Natalia Rojas': the first words of a
            # portfolio whose capitalised run goes on to the holder's name are no one's name
            continue
        c = Cand(span.start_char, span.end_char, "name", span.root.i, ctx.tok_sent[s],
                 headline=in_title)
        c.core = (c.start, c.end)
        weight = 0.3 if (in_title and (s, e) != (ent.start, ent.end)) else (0.6 if in_title else 1.0)
        if ent_label != "UNTAGGED":
            c.votes[label] = weight
        # "Guards", "Europeans" are plural; "Sanders" (also tagged NNPS) is one man
        c.plural = (label == "ORG" and span[-1].tag_ == "NNPS"
                    and not any(t.lower_ in ("of", "for") for t in span)) or (
            label == "NORP" and span.text.endswith("s"))
        _syntax_flags(c, span.root)
        if span.text.lower() in L.DEMONYMS:
            _demonym(doc, s, e, c)
        else:
            _inner_titles(doc, c, s, e)
            _title_prefix(doc, c, s)
            c.key = _name_key(ctx.text[c.core[0]:c.core[1]])
            c.acronym = span.text.replace(".", "").isupper() and len(span.text) <= 8 and len(span) == 1
            _context_votes(doc, c, s, e)
            if INITIALS_NAME.match(span.text) and not PLACE_INITIALS.match(span.text) \
                    and span[-1].lower_ not in L.ORG_WORDS and span[-1].lower_ not in L.ORG_NOUNS:
                _add_vote(c, "PERSON", 1.5)  # 'K. Lakshmi Narayana', 'R.M.L. Rathnayake'
        if ent_label == "UNTAGGED" and e - s >= 2 and doc[e - 1].lower_ in surnames \
                and doc[s].lower_ not in L.TITLES:
            _add_vote(c, "PERSON", 1.5)
        elif ent_label in ("ORG", "GPE", "FAC", "NORP") and e - s == 2 \
                and doc[e - 1].lower_ in surnames and doc[s].lower_ not in L.TITLES \
                and all(t.pos_ == "PROPN" and t.text.istitle() for t in span) \
                and not any(L.singular(t.text) in L.ORG_WORDS for t in span):
            # 'Maricel Tumaliuan' tagged a body in an article whose 'Benigno Tumaliuan' is a
            # person: a given name and a person's surname make a relative, a person
            _add_vote(c, "PERSON", 1.5)
        if ent_label == "UNTAGGED" and max(c.votes.values(), default=0) < 1.5:
            continue  # nothing around it says what it is
        out.append(c)
    return out


def _honour_after_name(doc, s: int, e: int) -> bool:
    """'SC' in 'Conor Lyons SC': a post-nominal honour right after a capitalised word."""
    return e - s == 1 and doc[s].text in L.POST_NOMINALS and s > 0 \
        and doc[s - 1].pos_ == "PROPN" and doc[s - 1].text[:1].isupper()


def _office_title(span) -> bool:
    """'Minister of Health', 'President of the Senate': an office the tagger took for a
    person; no word in it is a given name."""
    if len(span) < 3 or span[0].lower_ not in L.ROLE_NOUNS or span[1].lower_ not in ("of", "for"):
        return False
    return not any(L.gender_of_first_name(t.text) for t in span[2:])


def _office_before_name(doc, span) -> bool:
    """'The Water Ombudsman, Tom Reeve, said': a capitalised office the tagger took for a
    person, with the person's own name in apposition right after it."""
    e = span.end
    if len(span) < 2 or span[-1].lower_ not in L.ROLE_NOUNS or e + 2 >= len(doc) \
            or doc[e].text != "," or doc[e + 1].ent_type_ != "PERSON":
        return False
    return not any(L.gender_of_first_name(t.text) for t in span)


def _inner_titles(doc, c: Cand, s: int, e: int) -> None:
    """Titles, offices and party labels the tagger put inside a name ("Democrat Hillary
    Clinton", "Homeland Security Secretary Jeh Johnson") stay in the mention, not the core."""
    k, role, roles, occupied = s, None, set(), False
    if doc[e - 1].lower_ in L.ORG_WORDS:
        return  # "Citizen TV", "Resident Doctors' Union": a body, whatever word opens it
    if doc[s].lower_ in _BODY_OPENERS:
        return  # "Directorate General of Civil Aviation": 'General' there titles no one
    office = _portfolio_office(doc, s) if s > 1 else None
    if office is not None:
        # "Secretary of [State Jon Husted]", "Minister of [Natural Resources Vickram Persaud]",
        # "Secretary for [Health Aden Duale]": the portfolio runs up to a given name, else
        # leaves the name its last two words
        first = next((i for i in range(s + 1, e - 1) if L.gender_of_first_name(doc[i].text)), None)
        if first is None and e + 1 < len(doc) and doc[e].text == "," \
                and doc[e + 1].ent_type_ == "PERSON" and doc[e + 1].pos_ == "PROPN":
            return  # 'Commissioner for Personal Data Protection, Eleni X,': the holder follows
        words = [i for i in range(s, e) if i == s or doc[i - 1].whitespace_]  # 'Khurshid-Alam'
        last_two = words[-2] if len(words) >= 3 else max(s + 1, e - 2)
        k, role = first or last_two, doc[office].lower_
        if doc[s - 1].lower_ == "the":
            # a named body serves the office: the name starts after its last body word
            body = [i for i in range(s, e - 1) if doc[i].lower_ in L.ORG_WORDS]
            if not body:
                return
            k = body[-1] + 1
            _add_vote(c, "PERSON", 2.0)  # the body's words vote ORG over the whole run
        roles.add(role)
    for i in range(k, e - 1):
        w = doc[i].lower_
        if w in ("of", "for", "and", "&"):
            break  # "Association of Resident Doctors": words past 'of' name members, not titles
        if w in _GIVEN_NAME_ROLES and i == s and e - s == 2:
            break  # "Dean Hollis" is a man called Dean, not the dean of a faculty
        if w in L.TITLES or w in L.ROLE_NOUNS or w.rstrip(".") in L.TITLES:
            k, role = i + 1, L.title_office(w)
            roles.add(role)  # "Supreme Leader Ayatollah X": "the Leader" is X too
        elif w in L.PERSON_NOUNS and i == k and doc[i].text[:1].isupper():
            k = i + 1
            occupied = True  # "Surgeon Priya Sandhu": a job in front of a name marks a person
        elif w in L.PARTY_WORDS or w in L.PERSON_NOUNS or w in ("former", "late", "then") or (
                w in L.DEMONYMS and i == s):
            k = i + 1
    if k == s or k >= e or not all(t.pos_ == "PROPN" or _hyphen_joins(doc, t.i) for t in doc[k:e]):
        return
    c.core = (doc[k].idx, c.end)
    if occupied and not role:
        _add_vote(c, "PERSON", 3.0)
    if role:
        # 'Election Commission Chairman R.M.L. Rathnayake': a body's name before the title
        # names the office, not what the mention is
        _add_vote(c, "PERSON", 4.0 if doc[k - 1].lower_ in L.TITLES and k - 1 > s else 3.0)
        c.gender = c.gender or L.TITLES.get(role) or L.ROLE_NOUNS.get(role)
        c.mods = frozenset(roles)


def _title_prefix(doc, c: Cand, s: int) -> None:
    """Single-word titles right before a name join the mention ("commander Soleimani")."""
    i = s
    while i > 0 and doc[i - 1].lower_ in L.TITLES and (doc[i - 1].dep_ in ("compound", "amod", "nmod")
                                                       or doc[i - 1].head.i >= s):
        i -= 1
    if i == s:
        return
    if i > 0 and (doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN") and doc[i - 1].lower_ not in
                  L.FUNCTION_WORDS) and doc[i - 1].tag_ != "POS":
        return  # a longer role phrase ("top commander X") is a nominal mention, not a title
    c.start = doc[i].idx
    c.gender = c.gender or L.TITLES[doc[i].lower_]
    _add_vote(c, "PERSON", 3.0)
    c.mods = frozenset({L.title_office(doc[i].lower_)})


def _syntax_flags(c: Cand, root) -> None:
    c.subj = root.dep_ in SUBJ_DEPS
    c.speech = c.subj and root.head.lemma_.lower() in L.SPEECH_VERBS
    if root.dep_ == "appos" and root.head.dep_ in SUBJ_DEPS:
        # 'Corporal (rtd) Yaw Boakye-Ansah, who ..., told host X': the name the title stands
        # for is the subject, more salient for the next 'he' than the person told
        c.subj = True
        if root.head.head.lemma_.lower() in L.SPEECH_VERBS:
            c.speech = True  # "The brigade's spokesman, Karim Nouri, said": the name speaks too
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        c.speech = True  # "according to the ombudsman": a source as much as a subject of 'said'


# ---------------------------------------------------------------- noun phrases

def _np_end(toks: list, root, stop: int) -> int:
    """End token of an NP: its base chunk plus one short "for/of/at ..." phrase
    ("the spokesman for the elite Revolutionary Guards", "father of five")."""
    end = root.i + 1
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ in _PP_HEADS and any(
                g.dep_ == "pobj" for g in child.children):
            right = child.right_edge.i + 1
            if right - child.i <= 8 and right <= stop and not any(
                    t.is_punct and t.text not in ("-", "'", "’") for t in toks[child.i:right]):
                end = right
            break
        if child.dep_ in ("punct", "appos", "relcl", "acl", "cc", "conj"):
            break
    return end


# Modifiers that do not tell two office holders apart ("the presidential nominee" = "nominee X").
_BLAND_MODS = frozenset("top senior former then elite presidential longtime current new veteran "
                        "powerful influential embattled outgoing incoming acting".split())


def _content_mods(span, lemma: str) -> frozenset[str]:
    """Modifier words of a role NP, countries in one spelling ("Iranian" = "Iran's")."""
    return frozenset(L.DEMONYMS.get(t.lower_, t.lower_).lower() for t in span
                     if t.pos_ in ("ADJ", "NOUN", "PROPN")
                     and t.lower_ not in _BLAND_MODS and t.lower_ not in lemma.split("-")
                     and t.lower_ not in L.FUNCTION_WORDS)


def _role_lemma(tok) -> str:
    if tok.i >= 2 and tok.nbor(-1).text == "-" and not tok.nbor(-2).whitespace_ \
            and not tok.nbor(-1).whitespace_:
        joined = f"{tok.nbor(-2).lower_}-{tok.lower_}"
        if joined in L.PERSON_NOUNS:
            return joined  # 'runner-up' comes as three tokens; its head is not 'up'
    if tok.lower_ == "head" and tok.i + 2 < len(tok.doc) and tok.nbor(1).lower_ == "of" \
            and tok.nbor(2).lower_ in _HEADS_OF:
        return _HEADS_OF[tok.nbor(2).lower_]  # 'the Head of State' is the president
    lem = tok.lemma_.lower()
    return lem if lem in L.PERSON_NOUNS else tok.lower_


_HEADS_OF = {"state": "president", "government": "premier"}


def _nominal(doc, ctx: Context, s: int, e: int, root, name: Cand | None) -> Cand:
    toks = ctx.toks[s:e]  # list slices: no new spaCy objects
    lemma = _role_lemma(root)
    c = Cand(toks[0].idx, toks[-1].idx + len(toks[-1].text), "nominal", root.i,
             ctx.tok_sent[root.i], key=lemma)
    c.mods = _content_mods(ctx.toks[s:root.i + 1], lemma) if lemma not in _HEADS_OF.values() \
        or root.lower_ != "head" else frozenset()
    c.person = L.person_noun(lemma) or any(AGE_WORD.match(t.lower_) for t in toks)
    c.gender = L.PERSON_NOUNS.get(lemma)
    c.plural = root.tag_ in ("NNS", "NNPS")
    c.definite = toks[0].lower_ in ("the", "this", "that", "these", "those") or any(
        t.dep_ == "poss" for t in ctx.toks[s:root.i])
    c.link = name
    _syntax_flags(c, root)
    return c


_PREMOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "det", "nummod", "npadvmod"})


def premodifiers(doc, ctx: Context, name_at: list[Cand | None]) -> list[Cand]:
    """"Iran's Quds Force top commander Qassem Soleimani": the role phrase before the name is a
    nominal mention of the person it introduces."""
    out = []
    for n in {id(c): c for c in name_at if c is not None}.values():
        if n.kind != "name" or n.demonym or _top(n.votes) != "PERSON":
            continue
        first = doc.char_span(n.start, n.end, alignment_mode="expand").start
        k = first
        while k > 0:
            t = doc[k - 1]
            other = name_at[k - 1]
            # by word class, not by arcs: headlines and lists of titles confuse the parser
            if t.is_space or t.ent_type_ in DROP_LABELS or ctx.tok_sent[t.i] != ctx.tok_sent[first] \
                    or not (t.pos_ in ("PROPN", "NOUN", "ADJ") or t.tag_ in ("POS", "PRP$")
                            or t.dep_ in ("det", "poss")) \
                    or (other is not None and _top(other.votes) == "PERSON"):
                break
            k -= 1
        while k < first and doc[k].dep_ == "det" and doc[k].lower_ not in ("the", "a", "an"):
            k += 1
        if k >= first:
            continue
        head = doc[first - 1]
        if _role_lemma(head) not in L.ROLE_NOUNS and head.lower_ not in L.TITLES:
            continue
        c = _nominal(doc, ctx, k, first, head, n)
        c.subj, c.speech, c.person, c.definite = False, False, True, True
        _add_vote(n, "PERSON", 2.0)
        n.gender = n.gender or c.gender
        out.append(c)
    return out


def _top(votes: dict[str, float]) -> str:
    return max(votes, key=votes.get) if votes else ""


def appositives(doc, ctx: Context, name_at: list[Cand | None], chunk_of: list) -> list[Cand]:
    """"Ali Khamenei, Iran's supreme leader" / "Iran's supreme leader, Ali Khamenei"."""
    out = []
    for t in ctx.toks:
        if t.dep_ != "appos":
            continue
        a, b = name_at[t.head.i], name_at[t.i]
        if (a is None) == (b is None):
            continue
        name, other = (a, t) if a is not None else (b, t.head)
        if name.dateline:
            continue  # "VALMORA — workers": the parser's apposition across the dash
        nt = doc[name.head]
        if nt.dep_ == "pobj" and nt.head.i == nt.sent.start and nt.head.lower_ in (
                "in", "at", "from", "across", "outside", "inside"):
            continue  # "In Dushanbe, a government official ...": a place, then a person
        if not (other.pos_ == "NOUN" or other.pos_ == "PROPN" and other.lower_ in L.ROLE_NOUNS) \
                or ctx.tok_sent[other.i] != ctx.tok_sent[name.head]:
            continue
        top = max(name.votes, key=name.votes.get, default="OTHER")
        lemma = _role_lemma(other)
        if not (lemma in L.PERSON_NOUNS and top in ("PERSON", "ORG", "OTHER", "NORP", "LOC", "GPE")
                or lemma in L.ORG_NOUNS and top == "ORG"):
            continue
        chunk = chunk_of[other.i]
        s = chunk.start if chunk is not None else other.i
        stop = doc[name.head].left_edge.i if name.start > other.idx else len(doc)
        e = _np_end(ctx.toks, other, stop)
        if s <= name.head < e:
            continue
        c = _nominal(doc, ctx, s, e, other, name)
        if lemma in L.PERSON_NOUNS:
            _add_vote(name, "PERSON", 3.0)
            name.gender = name.gender or c.gender
        out.append(c)
    return out


def noun_phrases(doc, ctx: Context, name_at: list[Cand | None], taken: set[int],
                 dated: list[bool]) -> list[Cand]:
    """Every other base NP: definite person NPs to resolve ("the spokesman for X", "the
    61-year-old father of five") and the rest as competitors for pronouns ("the 1994 bombing")."""
    out = []
    for chunk in ctx.chunks:
        root = chunk.root
        out.extend(_possessor_roles(doc, ctx, chunk, name_at, taken))
        if not (root.pos_ == "NOUN" or _capital_role(chunk, root, name_at)) \
                or root.i in taken or dated[root.i] or "\n" in chunk.text:
            continue
        if root.dep_ in ("attr", "acomp", "npadvmod", "appos") or name_at[root.i] is not None:
            continue
        names = [name_at[i] for i in range(chunk.start, chunk.end)
                 if name_at[i] is not None and not name_at[i].demonym and not name_at[i].pending]
        sent_end = ctx.sent_end[ctx.tok_sent[root.i]]
        c = _nominal(doc, ctx, chunk.start, _np_end(ctx.toks, root, sent_end), root, None)
        if not c.definite:
            ctx.introduced.setdefault(c.key, []).append(c.start)
        if c.person and not c.plural:
            if any(_top(n.votes) == "PERSON" for n in names):
                continue
            # "a spokeswoman for X said": may still be the person named further on
            c.pseudo = not c.definite and not (c.speech and c.key in L.ROLE_NOUNS)
        elif names and (root.lower_ in L.MEDIA_AFTER or root.lower_ in L.ORG_NOUNS
                        or root.lower_ in L.ORG_WORDS or not c.plural):
            continue  # "the Tasnim news agency": the name stands for the phrase
        else:
            c.orgref = c.definite and not c.plural and c.key in L.ORG_ANAPHORS
            c.pseudo = not c.orgref
            if c.pseudo:
                c.end = chunk.end_char
        out.append(c)
    return out


def _capital_role(chunk, root, name_at) -> bool:
    """'the Leader', 'the President': a capitalised role noun the tagger calls a proper noun
    is still a role to resolve to the person it titled."""
    return root.pos_ == "PROPN" and name_at[root.i] is None and chunk[0].lower_ == "the" \
        and root.lower_ in L.ROLE_NOUNS and root.i - chunk.start <= 2


def _possessor_roles(doc, ctx: Context, chunk, name_at, taken: set[int]) -> list[Cand]:
    """"The president's Pacific roots": the possessor is a role mention of its own."""
    out = []
    for t in chunk:
        if t.dep_ != "poss" or t.pos_ != "NOUN" or t.i in taken or name_at[t.i] is not None \
                or _role_lemma(t) not in L.ROLE_NOUNS or t.i == chunk.root.i:
            continue
        s = t.left_edge.i
        if doc[s].lower_ != "the" or s < chunk.start:
            continue
        c = _nominal(doc, ctx, s, t.i + 1, t, None)
        c.definite, c.subj, c.speech = True, False, False
        out.append(c)
    return out


# ---------------------------------------------------------------- all together
# (pronoun mentions: mention_pronouns.py)

def _dedupe(cands: list[Cand]) -> list[Cand]:
    """One candidate per span; the richer kind wins (name > nominal > pronoun)."""
    rank = {"name": 0, "nominal": 1, "pronoun": 2}
    best: dict[tuple[int, int], Cand] = {}
    for c in cands:
        k = (c.start, c.end)
        if k not in best or (rank[c.kind], c.pseudo) < (rank[best[k].kind], best[k].pseudo):
            best[k] = c
    return sorted(best.values(), key=lambda c: (c.start, -c.end))


def _sentences(toks: list) -> tuple[list[int], list[int]]:
    """Sentence number of every token; a line break also ends a sentence, because the parser
    runs a headline without a full stop into the paragraph below it."""
    tok_sent, starts, k = [0] * len(toks), [], -1
    prev = None
    for t in toks:
        if prev is None or t.is_sent_start or "\n" in prev.whitespace_ or (
                prev.is_space and "\n" in prev.text):
            if not t.is_space or prev is None:
                k += 1
                starts.append(t.idx)
        tok_sent[t.i] = k if k > 0 else 0
        prev = t
    return tok_sent, starts


def _headline_ok(c: Cand, keys: set[str], lasts: set[str]) -> bool:
    """A name in a headline-case line counts only when the body names it too (or it is a
    country or a known outlet): capitals there say nothing ("Veteran Diplomat Dies")."""
    if max(c.votes.values(), default=0) >= 4 or c.votes.get("GPE", 0) >= 0.6:
        return True  # a country, an outlet, or a place the tagger saw whole
    return c.key in keys or (c.key and L.singular(c.key.split()[-1]) in lasts and len(c.key.split()) == 1)


def collect(doc, text: str, blocks) -> Context:
    """All candidate mentions of an English Doc, in text order."""
    toks = list(doc)
    tok_sent, sent_starts = _sentences(toks)
    paras = paragraphs(text, blocks)
    pstarts = [p[0] for p in paras]
    sent_para = [max(0, bisect.bisect_right(pstarts, s) - 1) for s in sent_starts]
    titled = title_case_spans(text, blocks)
    sent_end = [0] * (tok_sent[-1] + 1 if tok_sent else 0)
    for i, k in enumerate(tok_sent):
        sent_end[k] = i + 1
    lower, cap = _vocab(toks, titled)
    ctx = Context(doc, text, [], toks, list(doc.noun_chunks), sent_end, lower, cap, tok_sent,
                  sent_para, quote_spans(text), {})

    from .mention_extra import acronyms, dateline_places, repeats  # built on Cand, Context
    from .mention_pronouns import pronouns
    names = _dedupe(dateline_places(doc, ctx, blocks, ner_names(doc, ctx, titled)))
    body = [c for c in names if not c.headline]
    keys = {b.key for b in body}
    lasts = {L.singular(b.key.split()[-1]) for b in body if b.key}
    names = body + [c for c in names if c.headline and _headline_ok(c, keys, lasts)]
    covered = [False] * len(doc)
    for c in names:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        for i in range(span.start, span.end):
            covered[i] = True
    names = _dedupe(names + repeats(doc, ctx, names, covered, titled) + acronyms(doc, ctx, covered))
    name_at: list[Cand | None] = [None] * len(doc)
    for c in names:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        for i in range(span.start, span.end):
            name_at[i] = name_at[i] or c
    chunk_of: list = [None] * len(doc)
    for ch in ctx.chunks:
        for i in range(ch.start, ch.end):
            chunk_of[i] = ch
    structural = premodifiers(doc, ctx, name_at) + appositives(doc, ctx, name_at, chunk_of)
    taken = {c.head for c in structural}
    dated = [t.ent_type_ in DROP_LABELS for t in toks]
    nps = noun_phrases(doc, ctx, name_at, taken, dated)
    cands = _dedupe(names + structural + nps + pronouns(doc, ctx))
    for c in cands:
        c.quote = _inside(ctx.quotes, c.start)
        c.para = sent_para[c.sent]
    ctx.cands = cands
    return ctx
