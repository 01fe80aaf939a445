"""Where a source phrase starts and what it names: datelines and live-blog entry times the
parser takes for subjects, subjects hidden by appositions and participles, and the name a
common-noun source stands for ('the agency, known as AFAD'; a document's issuer is role_names'),
and final speech verbs whose frame the parse lost ('..., the head of the agency, X, said').

Inputs: spaCy tokens of an attribution's cue and source; sources.Speakers calls these,
quotes.extract the two cue finders.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import cues
from . import lexicon_roles as L
from .attribution import (Cand, cue_span, cue_token_ids, lemma_of, text_of, trim,
                          verbal_tokens)
from .cue_model import arrays
from .second_names import role_head
from .source_tests import quotation_before
from .vias import is_medium

_DATELINE = re.compile(r"[A-Z][A-Z .'’/-]{2,}(?:,[ \w.'’-]+)?\s*"  # 'UNITED NATIONS/JUBA, ...'
                       r"(?:\([^()\n]{1,40}\))?\s*[—–-]+\s*")


# A wire's dated dateline with no dash: 'Colombo, Apr 14 (PTI) ', 'New Delhi, July 9 (IANS) '
_DATED_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                             r"Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2} \([^()\n]{1,40}\)\s*(?:[—–-]+\s*)?")


# A live blog entry's time ('23:41 - Police say ...', '16:22 Network Rail's barrister').
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{3,4})?"
                         r"(?:\s*[—–-]+\s*|:?\s+)(?=[A-Z])")


def dateline_end(text: str, s: int) -> int | None:
    """Where a dateline ('TEHRAN (MPA) — ') or a live blog's entry time that starts a
    paragraph at ``s`` ends; the parser often takes it for the subject of the first verb."""
    if s and text[s - 1] != "\n":
        return None
    m = _DATELINE.match(text, s) or _ENTRY_TIME.match(text, s) or _DATED_DATELINE.match(text, s)
    return m.end() if m else None


def entry_time_end(text: str, s: int) -> int | None:
    """Where a live blog entry's time opening a paragraph at ``s`` ends."""
    if s and text[s - 1] != "\n":
        return None
    m = _ENTRY_TIME.match(text, s)
    return m.end() if m else None


# 'KARACHI: ', and a press release's 'New Delhi, July 9: '
_COLON_DATELINE = re.compile(r"(?:[A-Z][A-Z .'’-]{2,}(?:,[ \w.'’-]+)?|[A-Z][a-z]+(?: [A-Z][a-z]+)?,"
                             r" (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? "
                             r"\d{1,2}):[ \t]+")


def colondateline_end(text: str, s: int) -> int | None:
    """'KARACHI: ...' opening the story (South Asian papers' dateline): where it ends."""
    if s and text[s - 1] != "\n" or not "A" <= text[s:s + 1] <= "Z":
        return None
    k = s - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k >= 0 and text[k] in ".!?\"”":
        return None  # past the first full sentence: a transcript label, not a dateline
    m = _COLON_DATELINE.match(text, s)
    return m.end() if m else None


def phrase_before_verb(doc, start: int, stop: int):
    """The tokens from ``start`` up to the first verb (or ``stop``): the subject a dateline
    hid ('TEHRAN (MPA) — Iran's Revolutionary Guards vowed ...')."""
    span = doc.char_span(start, stop, alignment_mode="expand")
    if span is None:
        return None
    toks = []
    for t in span:
        # 'Dubai-based Al Noor Energy', 'state-owned X': a participle joined by a hyphen
        # describes the name that follows, the verb comes later
        joined = toks and toks[-1].text == "-" and toks[-1].idx + 1 == t.idx \
            and t.tag_ in ("VBN", "VBG")
        if t.pos_ in ("VERB", "AUX") and not joined \
                or t.text == "," and not _name_follows(span, t):
            break
        toks.append(t)
    while toks and toks[-1].pos_ in ("ADP", "PART", "DET", "CCONJ", "SCONJ", "PUNCT"):
        toks.pop()  # 'the runner-up in last year's race to [lead]': no dangling 'to'
    return toks or None


_ASKED = frozenset("ask question press approach contact reach speak".split())


def _has_own_subject(tok) -> bool:
    """Whether the word has an 'nsubj' or 'nsubjpass' child, read off the Doc's arrays
    (no Token per child)."""
    ar = arrays(tok.doc)
    dep = ar.dep
    return any(dep[c] in ("nsubj", "nsubjpass") for c in ar.kids[tok.i])


def asked_subject(cue):
    """'Paula Rios, asked about the interview, told reporters ...': the parser may make the
    inserted participle the subject's verb and leave the cue without one."""
    if cue is None or not hasattr(cue, "children") or _has_own_subject(cue):
        return None
    for k in cue.lefts:
        if k.dep_ in ("ccomp", "advcl", "parataxis") and lemma_of(k) in _ASKED:
            subj = next((c for c in k.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ == "PROPN":
                return subj
    return None


def _name_follows(span, comma) -> bool:
    """'The Union Minister of Civil Aviation, Shri Suresh Nair, said': past the comma only
    a person's name runs up to the verb, an apposition the subject keeps."""
    rest = [t for t in span if t.i > comma.i]
    name = []
    for t in rest:
        if t.pos_ in ("VERB", "AUX"):
            break
        name.append(t)
    words = [t for t in name if t.text not in (",", "-")]
    return 0 < len(words) <= 4 and all(t.pos_ == "PROPN" for t in words) \
        and any(t.ent_type_ == "PERSON" or L.gender_of_first_name(t.text) for t in words)


def phrase_head(toks):
    """The word of a phrase whose head lies outside it ('up' in 'the runner-up in Sunday's
    vote'); the last word when the parse gives none."""
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")),
                toks[-1])


def person_subject_around(cue, source):
    """'Dave Hollings, general secretary of the Transport Workers' Federation, which
    represents signallers, said': a source found inside the subject's apposition, the
    subject itself a person's name, is only what describes the speaker."""
    if cue is None or source is None or not hasattr(cue, "children"):
        return None
    ar = arrays(cue.doc)  # the cue's children from the Doc's arrays: a Token for the one found
    at = next((c for c in ar.kids[cue.i] if ar.dep[c] == "nsubj"), None)
    if at is None or ar.pos[at] != "PROPN":
        return None
    subj = cue.doc[at]
    if not _person_name(subj):
        return None
    if source[0] <= subj.idx < source[1] or not (subj.idx < source[0] < cue.idx):
        return None
    if not any(t.idx == source[0] or t.idx + len(t.text) == source[1] for t in subj.subtree):
        return None
    return subj


def _person_name(tok) -> bool:
    """A name token the tagger calls a person, or whose given name or apposed office says so
    ('Maren Solberg, chair of ...')."""
    if tok.ent_type_ == "PERSON":
        return True
    kids = list(tok.children)
    return any(k.dep_ == "compound" and L.gender_of_first_name(k.text) for k in kids) or any(
        k.dep_ == "appos" and (k.lower_ in L.ROLE_NOUNS or k.lower_ in L.PERSON_NOUNS)
        for k in kids)


def participle_subject(cue):
    """'X has urged the FA to postpone the qualifier against Niger, saying ...': a trailing
    participle of saying after a comma has no subject of its own; the nearest clause above
    it that has one names the speaker (the parser often hangs it on the last verb)."""
    if cue is None or not hasattr(cue, "tag_") or cue.tag_ != "VBG" or cue.i == 0 \
            or cue.doc[cue.i - 1].text != "," or cue.dep_ not in ("advcl", "xcomp", "acl", "conj") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    t = cue.head
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            text = text_of(cue.doc)
            ps = text.rfind("\n", 0, subj.idx) + 1
            cut = dateline_end(text, ps) or colondateline_end(text, ps)
            if cut is not None and subj.idx < cut:
                return None  # the parser's subject is the dateline: the old path knows it
            return subj if subj.pos_ in ("PROPN", "NOUN", "PRON") else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def reduced_relative_subject(cue):
    """'T.Oyunchimeg, the party's candidate declared the winner on May 27, told Eagle News
    that ...': the parser reads the apposition's reduced relative ('[who was] declared the
    winner') as a clause said by the name, and leaves the cue after the comma without a
    subject (or hangs the cue on that clause); the name before the apposition is the cue's
    subject. No comma may close the apposition before the participle: 'X, the candidate,
    won' is a clause of its own."""
    if cue is None or getattr(cue, "pos_", "") != "VERB" or cue.i == 0 \
            or arrays(cue.doc).lower[cue.i - 1] != "," or _has_own_subject(cue):
        return None  # (only ',' lowercases to ',')
    verbs = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    if cue.dep_ in ("ccomp", "conj") and cue.head.i < cue.i:
        verbs.append(cue.head)
    for c in verbs:
        if c.tag_ not in ("VBD", "VBN") or cue.doc[c.i - 1].text == ",":
            continue
        subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
        noun = cue.doc[c.i - 1]  # the apposition's head, hung on the name or on the verb
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.i + 2 < c.i \
                and cue.doc[subj.i + 1].text == "," and noun.pos_ in ("NOUN", "PROPN") \
                and noun.dep_ in ("appos", "nsubj") and noun.head.i in (subj.i, c.i):
            return subj
    return None


def named_child(tok):
    """'the UN's refugee agency, UNHCR' / 'the agency, known as AFAD': the name a common-noun
    source goes by; also 'One of the miners who escaped, Daniel Musonda'."""
    if tok.pos_ not in ("NOUN", "NUM"):
        return None
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i:
            # 'a spokesperson for the ship's owner, Halcyon Maritime, Eleni Vlachou': the
            # person named after the organisation is the one who speaks
            person = next((g for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"
                           and g.ent_type_ == "PERSON"), None)
            if person is not None and c.ent_type_ != "PERSON" and tok.lower_ in L.ROLE_NOUNS:
                return person
            if c.ent_type_ in ("ORG", "GPE", "NORP") and role_head(tok.lower_) and any(
                    p.dep_ == "prep" and tok.i < p.i < c.i for p in tok.children):
                return None  # 'A spokesman for the utility, Central Odisha Power': the body
            return c
        if c.dep_ == "acl" and c.lower_ in ("known", "called", "named"):
            as_ = next((g for g in c.children if g.lower_ == "as"), None)
            obj = next((g for g in as_.children if g.dep_ == "pobj"), None) if as_ else None
            if obj is not None and obj.pos_ == "PROPN":
                return obj
        if c.dep_ == "acl" and lemma_of(c) in ("name", "call"):
            # 'a driver named Amos', 'a group calling itself Nightfall'
            name = next((g for g in c.children if g.dep_ in ("oprd", "attr", "dobj", "xcomp")
                         and g.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return named_only_as(tok) or spokesperson_name(tok)


NAMING = frozenset("name call know identify".split())


_NAMED_AS_LEMMAS = frozenset(("give", "name", "identify", "call"))


def named_only_as(tok):
    """'a woman ..., who asked to be named only as Ruth': the name she goes by."""
    # cheap test first, on the Doc's arrays: no word of the phrase's span has one of the
    # lemmas looked for (a word the lemma fixes mend is asked of its Token below)
    ar = arrays(tok.doc)
    lemma, lower = ar.lemma, ar.lower
    if not any(lemma[i] in _NAMED_AS_LEMMAS or lower[i] in cues.LEMMA_FIXES
               for i in range(tok.left_edge.i, tok.right_edge.i + 1)):
        return None
    for t in tok.subtree:
        if t.lemma_.lower() == "give" and t.i > tok.i \
                and any(c.dep_ == "dobj" and c.lower_ == "name" for c in t.children):
            # 'who gave her name only as Precious'
            as_ = next((g for g in t.subtree if g.lower_ == "as"), None)
            obj = next((g for g in t.subtree if as_ is not None and g.i > as_.i
                        and g.pos_ == "PROPN"), None)
            if obj is not None:
                return obj
        if t.lemma_.lower() in ("name", "identify", "call") and t.i > tok.i:
            as_ = next((g for g in t.children if g.lower_ == "as"), None)
            obj = next((g for g in as_.children if g.dep_ == "pobj"), None) if as_ else None
            if obj is not None and obj.pos_ == "PROPN":
                return obj
    return None


def spokesperson_name(tok):
    """'a spokesperson for Kafue Copper Mines, Lillian Phiri': the parser hangs the person's
    name on the organisation, which never has a person in apposition."""
    if tok.lower_ not in L.ROLE_NOUNS and tok.lower_ not in L.PERSON_NOUNS \
            and not any(c.dep_ == "poss" for c in tok.children):
        return None  # 'her counterpart in Kagera, Peter Laizer' is a person too
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "in", "from"):
            continue
        names = [t for t in prep.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"
                 and t.ent_type_ == "PERSON"]
        if names:
            return names[-1]
    return None


# ---------------------------------------------------------------- speech verbs the parse cut off

_NEXT_SENTENCE = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


_CLAIM_VERBS = cues.SAY_VERBS | {"allege", "claim", "insist", "warn"}  # (made once)


def reduced_relative_cues(doc, cands: list[Cand]) -> list[Cand]:
    """'The opposition alleged on state radio that votes had been bought.': the parser may
    read the cue as a participle describing the subject ('the opposition [which was]
    alleged'), leaving a sentence with no verb; a past-tense speech verb hung on a
    sentence-opening noun, with a 'that' clause after it, is that noun's claim (the 'acl'
    test runs first, on the Doc's arrays: a Token made for every word was most of its cost)."""
    used = cue_token_ids(cands)
    text = text_of(doc)
    out = []
    for i in [i for i, d in enumerate(arrays(doc).dep) if d == "acl"]:
        tok = doc[i]
        head = tok.head
        if tok.tag_ not in ("VBD", "VBN") or tok.i in used \
                or lemma_of(tok) not in _CLAIM_VERBS \
                or head.dep_ not in ("ROOT", "nsubj") or head.pos_ not in ("NOUN", "PROPN") \
                or head.i > tok.i or head.left_edge.i != head.sent.start:
            continue
        that = next((t for t in doc[tok.i + 1:min(tok.i + 9, tok.sent.end)]
                     if t.lower_ == "that"), None)
        if that is None or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1:that.i]) \
                or head.dep_ == "nsubj" and head.head.i < that.i:
            continue  # a subject of a verb after the claim: two sentences the parser ran together
        last = doc[tok.sent.end - 1]
        end = last.idx if last.is_punct else tok.sent.end_char
        stop = _NEXT_SENTENCE.search(text, that.idx, end)
        content = trim(text, that.idx, stop.start() + 1 if stop else end)
        if content[1] - content[0] < 12:
            continue
        source = (head.left_edge.idx, head.idx + len(head.text))
        out.append(Cand(content=content, cue=cue_span(tok), source=source, kind="indirect",
                        origin="inserted", cue_tok=tok, src_tok=head, sent=tok.sent.start_char))
    return out


def headless_cues(doc, cands: list[Cand]) -> list[Cand]:
    """'Tests found X, the head of the agency, Arif Santoso, told a news conference.': the
    parser may swallow the speaker into the clause as an apposition, leaving the final
    speech verb with no subject; the comma-set phrase before the verb is the speaker and the
    clause before that phrase what was said."""
    # A candidate the clause finder made for the verb, but without a speaker, is completed.
    used = {c.cue_tok.i: c for c in cands if c.cue_tok is not None and hasattr(c.cue_tok, "i")}
    out = []
    ar = arrays(doc)
    for tok in verbal_tokens(doc):
        # (POS and raw lemma off the arrays first: most verbs fail them, no string made)
        if ar.pos[tok.i] != "VERB" or ar.lemma_raw[tok.i] not in ("say", "tell") \
                or (tok.i in used and used[tok.i].source is not None) \
                or tok.i == tok.sent.start or doc[tok.i - 1].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") or c.dep_ == "ccomp"
                       and c.i > tok.i for c in tok.children):
            continue
        # Walk back over comma-set phrases without a verb: the speaker and its appositions.
        k, name = tok.i - 1, None
        while k > tok.sent.start:
            j = k - 1
            while j > tok.sent.start and doc[j].text != ",":
                j -= 1
            piece = doc[j + 1:k]
            if not len(piece) or any(t.pos_ in ("VERB", "AUX") for t in piece):
                break
            name = name or next((t for t in reversed(piece) if t.ent_type_ == "PERSON"), None)
            k = j
            if doc[j].text != ",":
                break
        if k >= tok.i - 1 or k <= tok.sent.start or doc[k].text != "," or name is None:
            continue
        content = trim(text_of(doc), tok.sent.start_char, doc[k].idx)
        source = (doc[k + 1].idx, doc[tok.i - 2].idx + len(doc[tok.i - 2].text))
        if content[1] - content[0] < 12:
            continue
        known = used.get(tok.i)
        if known is not None:
            known.content, known.source, known.src_tok = content, source, name
            continue
        out.append(Cand(content=content, cue=cue_span(tok), source=source, kind="indirect",
                        origin="inserted", cue_tok=tok, src_tok=name,
                        sent=tok.sent.start_char))
    return out


# verbs of saying that close a sentence after a comma with nothing of their own to frame
# ('..., cured 91.8% of those who took it, the trial's investigators reported on Wednesday.')
_TRAILING_CUES = frozenset("say report announce confirm state add claim estimate warn".split())


def trailing_subject_cues(doc, cands: list[Cand]) -> list[Cand]:
    """'Of the 21 crew members, nine hail from Kerala, ..., officials said.': when the
    parser reads the report as a noun phrase, the sentence-final 'X said' still frames
    everything before its comma (so does a sentence-final 'X reported', 'X announced')."""
    used = cue_token_ids(cands)
    out = []
    ar = arrays(doc)
    for tok in verbal_tokens(doc):
        if ar.pos[tok.i] != "VERB" or ar.lemma_raw[tok.i] not in _TRAILING_CUES or tok.i in used \
                or tok.dep_ != "ROOT" or any(c.dep_ in ("ccomp", "xcomp", "dobj")
                                             for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None or subj.left_edge.i <= tok.sent.start + 3 \
                or doc[subj.left_edge.i - 1].text != "," \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[subj.left_edge.i:tok.i]):
            continue
        rest = _before_adverbial_tail(doc, tok)
        if len(rest) > 3:
            continue  # 'officials said on Monday' at most, nothing framed after the verb
        comma = doc[subj.left_edge.i - 1]
        content = trim(text_of(doc), tok.sent.start_char, comma.idx)
        if content[1] - content[0] < 20 or '"' in text_of(doc)[content[0]:content[1]]:
            continue
        source = (subj.left_edge.idx, subj.idx + len(subj.text))
        out.append(Cand(content=content, cue=cue_span(tok), source=source, kind="indirect",
                        origin="inserted", cue_tok=tok, src_tok=subj,
                        sent=tok.sent.start_char))
    return out


def _before_adverbial_tail(doc, tok) -> list:
    """The words after a closing cue, up to a comma that opens only adverbials of the cue
    ('its president said on Wednesday, days after a leak forced ...')."""
    after = doc[tok.i + 1:tok.sent.end]
    comma = next((t.i for t in after if t.text == ","), None)
    if comma is not None and all(t.head.i != tok.i or t.dep_ in ("advcl", "npadvmod", "punct")
                                 for t in doc[comma:tok.sent.end]):
        after = doc[tok.i + 1:comma]
    return [t for t in after if not t.is_punct]


# Reporting verbs the tagger reads as nouns when a bare plural opens the sentence
# ('Police allege he punched ...', 'Prosecutors claim the money ...').
_NOUN_READ_CUES = frozenset("allege alleges claim claims say says contend contends insist "
                            "insists maintain maintains".split())


_NOUN_READ_WORD = re.compile(r"(?i)\b(?:" + "|".join(sorted(_NOUN_READ_CUES)) + r")\b")


_WORD_CHAR = re.compile(r"\w")
_NOUN_READ_BARE = re.compile(r"(?i)(?:" + "|".join(sorted(_NOUN_READ_CUES)) + r")")


def _noun_read_words(doc) -> list[int]:
    """The tokens that are a whole hit of _NOUN_READ_WORD in the text, in text order: read
    off the tokens' lowercase forms (a set look-up each) instead of scanning the text; a
    word with letters other than ASCII (the pattern ignores case) is asked of the pattern."""
    ar = arrays(doc)
    text = text_of(doc)
    out = []
    # (a comprehension picks the few words that can pass the test below, which is asked
    # again of each: most are neither listed nor spelled with letters other than ASCII)
    for i in [i for i, low in enumerate(ar.lower)
              if low in _NOUN_READ_CUES or not low.isascii()]:
        low = ar.lower[i]
        if low not in _NOUN_READ_CUES and (low.isascii() or not 3 <= ar.length[i] <= 9):
            continue
        s = int(ar.idx[i])
        e = s + ar.length[i]
        if low not in _NOUN_READ_CUES and not _NOUN_READ_BARE.fullmatch(text[s:e]):
            continue
        if s > 0 and _WORD_CHAR.match(text, s - 1) or _WORD_CHAR.match(text, e):
            continue  # not a word of its own: the pattern's \b fails
        out.append(i)
    return out


def noun_read_cues(doc, cands: list[Cand]) -> list[Cand]:
    """'Police allege he punched the steward': the tagger takes the verb for a noun after a
    bare subject opening the sentence; the clause after it, with its own subject and verb,
    is what the subject says."""
    used = cue_token_ids(cands)
    out = []
    for i in _noun_read_words(doc):
        tok = doc[i]
        if tok.pos_ == "VERB" or tok.i in used \
                or tok.i == tok.sent.start or tok.i + 2 >= tok.sent.end:
            continue
        subj = doc[tok.sent.start:tok.i]
        if len(subj) > 3 or not all(t.pos_ in ("NOUN", "PROPN", "DET", "ADJ") for t in subj) \
                or subj[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        nxt = doc[tok.i + 1]
        first = doc[tok.i + 2] if nxt.lower_ == "that" else nxt
        verb = first.head
        if first.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
                or verb.i <= first.i:
            continue
        content = trim(text_of(doc), first.idx, tok.sent.end_char)
        if content[1] - content[0] < 12:
            continue
        out.append(Cand(content=content, cue=cue_span(tok), source=(subj.start_char,
                        subj.end_char), kind="indirect", origin="inserted", cue_tok=tok,
                        src_tok=subj[-1], sent=tok.sent.start_char))
    return out


_HOW_VERBS = frozenset("""describe put sum characterise characterize summarise summarize remember
recall explain tell see phrase""".split())


def how_described_cues(doc, cands: list[Cand]) -> list[Cand]:
    """'"A giant of the small ball" was how President X described him', '"Chaos" is how one
    resident put it': the quotation subject of 'was how' is what the clause's subject said."""
    used = cue_token_ids(cands)
    out = []
    lemma_raw = arrays(doc).lemma_raw
    for tok in verbal_tokens(doc):
        if lemma_raw[tok.i] not in _HOW_VERBS or tok.dep_ != "ccomp" \
                or not any(c.dep_ == "advmod" and c.lower_ == "how" for c in tok.children) \
                or tok.head.lemma_ != "be":
            continue
        said = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if tok.i in used and (said is None or said.lower_ not in ("that", "this")):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if said is None or subj is None:
            continue
        content = trim(text_of(doc), said.left_edge.idx,
                       said.right_edge.idx + len(said.right_edge.text), chars=" \t\n\"'“”‘’,")
        if said.lower_ in ("that", "this") and len(list(said.subtree)) == 1:
            # '"..." That is how X remembers him': the demonstrative points back to the words
            content = quotation_before(text_of(doc), said.idx) or content
        if content[1] - content[0] < 4 or not re.search(r"[\"“‘']", text_of(doc)[
                max(0, content[0] - 2):content[0] + 1]):
            continue  # only words in quotation marks
        # 'remembers him' made a clause of its own: the words pointed back to are the content
        cands[:] = [c for c in cands if getattr(c.cue_tok, "i", None) != tok.i]
        source = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
        out.append(Cand(content=content, cue=cue_span(tok), source=source, kind="direct",
                        origin="inserted", cue_tok=tok, src_tok=subj,
                        sent=tok.sent.start_char))
    return out


# ---------------------------------------------------------------- speakers behind titles and given names

_KIN_OF = re.compile(r"\b([A-Z][\w'’-]+)['’]s (?:son|daughter|wife|husband|brother|sister|"
                     r"mother|father|widow|widower|nephew|niece|grandson|granddaughter),? "
                     r"([A-Z][\w'’-]+)\b")


def titled_head(tok) -> bool:
    """'The Taoiseach', 'the Fine Gael TD': a capitalised head behind 'the' is a title,
    not a person's name, whatever the tagger made of it."""
    return tok is not None and getattr(tok, "pos_", "") == "PROPN" and tok.text[:1].isupper() \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def appos_person(coref, tok, s: int, e: int):
    """'The Taoiseach, Declan Fahy,', 'The Fine Gael TD for Carlow-Kilkenny, John
    Corrigan': a title the tagger took for a name heads the phrase; the person the parse
    sets in apposition inside it speaks."""
    if coref is None or tok is None or not hasattr(tok, "subtree"):
        return None
    for t in tok.subtree:
        # an apposition the parser took for a conjunct has no 'and' beside it
        if (t.dep_ == "appos" or t.dep_ == "conj" and not any(
                c.dep_ == "cc" for c in t.head.children)) and t.pos_ == "PROPN" and s <= t.idx < e \
                and not _behind_preposition(t, tok):
            m = coref.mention_at(t.idx, t.idx + len(t.text))
            ent = coref.entity_at(t.idx, t.idx + len(t.text))
            if m is not None and m.kind == "name" and ent is not None \
                    and ent.type == "PERSON":
                return ent
    return None


def _behind_preposition(t, top) -> bool:
    """'a couple aboard the norovirus-stricken Aurora Meridian': a name under a preposition
    or a clause of the phrase describes it; it is not the phrase's apposition."""
    edge = t.left_edge.i
    # 'TD for Carlow-Kilkenny, John Corrigan': a portfolio, the name set off by its comma;
    # 'the family of former goalkeeper Bill Hart': no comma, the name is the 'of' phrase's own
    set_off = edge > 0 and t.doc[edge - 1].text == ","
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("acl", "relcl", "advcl") or t.dep_ == "prep" and (
                t.lower_ not in ("of", "for") or not set_off):
            return True
        t = t.head
    return False


def full_name(coref, cache: dict, sp, phrase: str):
    """'His son Ruairí' beside 'Ruairí Corrigan', or 'Corrigan's son, Ruairí': a person
    the text calls by a given name alone carries the family name it gives elsewhere,
    or the possessor's family name when kin is named so."""
    if coref is None or not sp.name or " " in sp.name or not sp.name[:1].isupper():
        return sp
    full = cache.get(sp.entity or sp.name)
    if full is None:
        kin = _KIN_OF.search(phrase)
        if kin is not None and kin.group(2) == sp.name:
            full = f"{sp.name} {kin.group(1)}"
        else:
            longer = {e.name for e in coref.entities if e.type == "PERSON" and e.name
                      and e.name.split()[0] == sp.name and len(e.name.split()) == 2}
            full = longer.pop() if len(longer) == 1 else None
        cache[sp.entity or sp.name] = full or ""
    return replace(sp, name=full) if full else sp


_ROLE_CHANGE = re.compile(r"(?i)^(?:the|his|her|their|its)\s+(?P<adj>outgoing|former|previous|"
                          r"ousted|departing|retiring|new|incoming|interim|newly[ -]appointed|"
                          r"acting)\s+(?P<role>[a-z-]+)$")
_KIN_ROLE = re.compile(r"(?i)^(?:his|her|their|its)\s+(?P<rel>successor|predecessor)$")
_OLD = frozenset("outgoing former previous ousted departing retiring".split())


def _role_contexts(coref, text: str, before: int):
    """(first position, entity, words around it) for each person named before a position:
    the words just before a name, the name's own mentions and an apposition after it."""
    out = {}
    for ent in coref.entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            if m.start >= before:
                continue
            lead = " ".join(text[max(0, m.start - 40):m.start].split()[-3:])
            tail = text[m.end:m.end + 70]
            tail = re.split(r"[.;\n]|,(?=\s*(?:who|said|told))", tail)[0] \
                if tail.startswith(", ") else ""
            words = f"{lead} {text[m.start:m.end]} {tail}".lower()
            at, seen = out.get(ent.id, (m.start, ""))[0], out.get(ent.id, (0, ""))[1]
            out[ent.id] = (min(at, m.start), seen + " " + words, ent)
    return sorted(((at, ent, words) for at, words, ent in out.values()), key=lambda r: r[0])


def role_change_holder(coref, text: str, phrase: str, pos: int, last_speaker):
    """'The outgoing governor' and 'his successor': of two people the text names with one
    office, the outgoing holder is the one named so (else the first named), the new one
    likewise (else the last); a successor or predecessor is the other holder of the office
    the possessor (the speaker just before) held."""
    if coref is None:
        return None
    m, kin = _ROLE_CHANGE.match(phrase.strip()), _KIN_ROLE.match(phrase.strip())
    if m is None and kin is None:
        return None
    rows = _role_contexts(coref, text, pos)
    if m is not None:
        role, adj = m.group("role").lower(), m.group("adj").lower().replace("-", " ")
        holders = [r for r in rows if re.search(rf"\b{re.escape(role)}s?\b", r[2])]
        if len(holders) < 2:
            return None
        marked = [r for r in holders if adj.split()[-1] in r[2]]
        pick = marked[0] if len(marked) == 1 else (holders[0] if adj in _OLD else holders[-1])
        return pick[1]
    own = next((r for r in rows if last_speaker is not None and r[1].id == last_speaker), None)
    if own is None:
        return None
    roles = {w for w in re.findall(r"[a-z-]+", own[2]) if w in L.ROLE_NOUNS or w in L.TITLES}
    others = [r for r in rows if r[1].id != own[1].id
              and any(re.search(rf"\b{re.escape(w)}s?\b", r[2]) for w in roles)]
    if not others:
        return None
    return (others[-1] if kin.group("rel").lower() == "successor" else others[0])[1]


_BENCH = re.compile(r"\b(?:Judge|Justice|Magistrate|Coroner)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def bench_holder(coref, text: str, s: int):
    """'Her Honour told him': the court reporter's name for the judge named last before."""
    if coref is None:
        return None
    last = None
    for m in _BENCH.finditer(text, 0, s):
        last = m
    if last is None:
        return None
    ent = coref.entity_at(last.start(1), last.end(1))
    return ent if ent is not None and ent.type == "PERSON" else None


def only_placed(doc, ent) -> bool:
    """'the TD for Carlow-Kilkenny', 'a lock in Munster': a name the text only ever
    governs by a preposition of place is a constituency or a province the tagger took for a
    person; no 'he' or 'she' means it ('came from X' and 'by X' may well be people)."""
    names = [m for m in ent.mentions if m.kind == "name"]
    if not names or len(names) > 2:
        return False
    for m in names:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None or root.dep_ != "pobj" \
                or root.head.lower_ not in ("for", "in", "at", "near"):
            return False
    return True


# ---------------------------------------------------------------- names for unnamed sources

# Prepositions that say where someone is, not whom they speak for.
_WHERE = frozenset("aboard inside outside beside behind among across".split())


def _name_hyphen(doc, k: int) -> bool:
    """'Asante-Duah': a hyphen joining two capitalised name words with no space."""
    return doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k - 1].text[:1].isupper()


_FALLBACK_CUT = re.compile(r",| who | which | that ")  # a source phrase's first clause


def name_fallback(doc, tok, span: tuple[int, int]) -> str:
    """A readable name for a source no entity covers: the proper-name run around the
    head, else the phrase up to its first comma."""
    if tok is not None and tok.pos_ == "PROPN" and tok.text.islower() \
            and any(c.dep_ == "poss" for c in tok.children):
        # 'defence ministry' mistagged as a name: its modifiers, not its possessor.
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
        start = mods[0].idx if mods else tok.idx
        return text_of(doc)[start:tok.idx + len(tok.text)]
    if tok is not None and tok.pos_ == "PROPN":
        run = [tok]
        left = tok.i - 1
        while left >= 0 and (doc[left].pos_ == "PROPN" and doc[left].head.i in {t.i for t in run}
                             or _name_hyphen(doc, left)):
            run.insert(0, doc[left])
            left -= 1
        right = tok.i + 1
        while right < len(doc) and doc[right].pos_ == "PROPN" and doc[right].dep_ in (
                "flat", "compound") and doc[right].head.i == tok.i:
            run.append(doc[right])
            right += 1
        if len(run) > 1 and run[-1].text.islower() and run[-1].lower_ in L.ORG_NOUNS \
                and all(t.text[:1].isupper() for t in run[:-1]):
            run.pop()  # 'FNV Havens union' tagged as one name: the union is FNV Havens
        return text_of(doc)[run[0].idx:run[-1].idx + len(run[-1].text)]
    if tok is not None and tok.pos_ == "NOUN":
        # "her colleague Jonas Weber": a name the tagger hung under the role noun
        name = [c for c in tok.rights if c.pos_ == "PROPN" and c.dep_ in ("appos", "compound")
                and c.i - tok.i <= 2]
        if name and name[0].text[:1].isupper():
            return name_fallback(doc, name[0], span)
    if tok is not None and (tok.lower_ in L.ORG_NOUNS or tok.lower_ in L.ORG_WORDS):
        # 'the FNV Havens union', 'the NOS broadcaster': the proper name before the
        # descriptive head names the organisation.
        run = []
        k = tok.i - 1
        # 'NORKA Roots agency': a capitalised word the tagger made a common noun is part of the
        # name, unless a sentence start is what capitalised it ('State television reported')
        while k >= 0 and (doc[k].pos_ == "PROPN" or doc[k].pos_ == "NOUN" and not doc[k].is_sent_start) \
                and doc[k].head.i in {tok.i, *(t.i for t in run)} \
                and doc[k].text[:1].isupper() \
                and doc[k].dep_ in ("compound", "nmod") and doc[k].ent_type_ not in ("NORP", "GPE"):
            run.insert(0, doc[k])
            k -= 1
        if run and (len(run) == 1 or L.COUNTRY_ALIASES.get(" ".join(t.lower_ for t in run))) \
                and tok.lower_ in _NAMED_WITH_HEAD:
            return text_of(doc)[run[0].idx:tok.idx + len(tok.text)]  # 'the Met office'
        if run:
            return text_of(doc)[run[0].idx:run[-1].idx + len(run[-1].text)]
    end = span[1]
    if tok is not None and tok.pos_ == "NOUN":
        # 'documents seen by the Ledger', 'two officials familiar with the inquiry': the
        # people or things, not what the phrase after them says about them
        after = [c.left_edge.idx for c in tok.rights if c.dep_ in ("acl", "relcl", "amod")
                 and lemma_of(c) not in NAMING and not _closeness(c)
                 or c.dep_ == "prep" and c.lower_ in _WHERE]  # 'a couple aboard the ship'
        if after and span[0] < min(after) < end:
            end = min(after)
    start = span[0]
    if tok is not None and getattr(tok, "tag_", "") == "NNS":
        # 'Two officials familiar with the talks', 'two people': the count is not part of a
        # group's name ('officials ...', as 'one of them' is an 'official')
        count = [c for c in tok.lefts if c.dep_ == "nummod" and c.idx == span[0]]
        if count:
            start = count[0].idx + len(count[0].text)
    phrase = text_of(doc)[start:end]
    # 'a Ukrainian army chaplain who met the freed men': the person, not the clause
    cut = _FALLBACK_CUT.search(phrase)  # (split's first piece, without the other pieces)
    return (phrase[:cut.start()] if cut is not None else phrase).strip()


def _closeness(tok) -> bool:
    """'sources close to the squad', 'people familiar with the talks': whom they are close
    to or what they know is all that tells such sources apart, so it stays in the name (the
    writers' labels keep it: 'officials familiar with the talks'; the count goes)."""
    return tok.lower_ in ("close", "familiar") and any(c.lower_ in ("to", "with")
                                                        for c in tok.children)


# Heads that stay in the name of a body a short name or a country qualifies: 'the Met
# office', 'the Bangladesh navy' (but 'the FNV Havens union' is FNV Havens).
_NAMED_WITH_HEAD = frozenset("""office navy army police ministry department directorate service
air force coastguard mission embassy consulate delegation""".split())


_PLATFORM_TAIL = re.compile(r"\s+(?:on|via)\s+(" + "|".join(
    sorted((re.escape(p) for p in L.PLATFORMS if p != "Social"), key=len, reverse=True))
    + r")[.,;:]?$")


def platform_in_source(text: str, c) -> None:
    """'"...," writes one supporter on X': the platform the subject wrote on closes the
    subject's phrase; it is where the words went out (a via), not part of who wrote them."""
    if c.source is None:
        return
    s, e = c.source
    m = _PLATFORM_TAIL.search(text, s, e)
    if m is None or m.end() != e or m.start() <= s:
        return
    c.source = (s, m.start())
    plat = (m.start(1), m.end(1))
    if plat not in c.via:
        c.via.append(plat)


_MEDIUM_THEN_THAT = re.compile(r"([^\s,;:.\"“”][^,;:.\"“”]{0,58}?)\s+(that\s)")


def medium_before_that(text: str, c) -> None:
    """'told South African broadcaster SABN that ...' where the parser took the name for a
    verb: the medium told heads the content; it is the via, and the words start at 'that'."""
    if c.cue is None or not text[c.cue[0]:c.cue[1]].lower().startswith(("told", "tell")):
        return
    s, e = c.content
    m = _MEDIUM_THEN_THAT.match(text, s, e)
    if m is None or not is_medium(m.group(1)) \
            or not any(w[:1].isupper() for w in m.group(1).split()):
        return
    c.content = (m.start(2), e)
    if (m.start(1), m.end(1)) not in c.via:
        c.via.append((m.start(1), m.end(1)))


# 'confirmed the change in an interview with Harbour FM': the parser may leave the interview
# inside what was confirmed; it is the channel the words went out on, not part of them.
_INTERVIEW_TAIL = re.compile(r"\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
                             r"(?:interview|conversation|post|message|broadcast|podcast)\s+"
                             r"(?:with|on|to)\s+(?P<m>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,4})"
                             r"[.,]?$")
# 'DUBAI, Nov 23 (Gulf Live Desk) - Schools will ...': the wire's dateline heads the
# sentence the parser hands over as content; the place and agency are no one's words.
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'’-]{1,30}(?:,\s*[A-Z][\w .'’-]{1,30})?,\s*"
                            r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^()\n]{2,40}\))?\s*[-–—]+\s+")


# 'KOLKATA — ', 'SANTA LUCIA DEL NORTE, Nueva Vizcaya — ': a capitalised place and a dash
# opening the paragraph
_PLACE_DASH = re.compile(r"[A-Z]{2}[A-Z .'’-]{0,30}(?:,\s*[A-Z][\w .'’-]{1,30})?\s+[—–]\s+")


# '14:20 GST: "We are working on it"': a live blog's time stamp before the words.
_CLOCK_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*[:–—-]?\s+")


def interview_tail(text: str, c) -> None:
    """Moves a trailing 'in an interview with X' out of an indirect quote into its vias."""
    if c.kind != "indirect" or c.via:
        return
    s, e = c.content
    m = _INTERVIEW_TAIL.search(text, s, e)
    if m is None or m.end() != e or m.start() <= s:
        return
    c.content = (s, m.start())
    c.via.append((m.start("m"), m.end("m")))


def dateline_head(text: str, c) -> None:
    """Drops a wire dateline or a live blog's time stamp from the start of a quote's content."""
    s, e = c.content
    m = _DATELINE_HEAD.match(text, s, e) or _CLOCK_STAMP.match(text, s, e) or (
        _PLACE_DASH.match(text, s, e) if s == 0 or text[s - 1] == "\n" else None)
    if m is not None and m.end() < e:
        c.content = (m.end(), e)


__all__ = ["platform_in_source", "reduced_relative_cues", "interview_tail", "dateline_head", "medium_before_that",
           "asked_subject", "dateline_end", "entry_time_end", "colondateline_end", "phrase_before_verb",
           "phrase_head", "person_subject_around", "participle_subject", "named_child",
           "named_only_as", "spokesperson_name", "name_fallback",
           "headless_cues", "trailing_subject_cues", "noun_read_cues", "how_described_cues", "titled_head", "appos_person", "full_name", "bench_holder",
           "role_change_holder",
           "only_placed", "NAMING"]
