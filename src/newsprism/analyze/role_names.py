"""Speakers the text first gives by a role or a document, named: 'a Rimal executive said' in
the lede for the executive named below. Inputs: the spaCy doc, coreference and a Speaker.

A role phrase left without a person is matched to a named person whose own title, apposition
or described phrase carries the same role word (by the parse): forward of an indefinite phrase
(a lede names the speaker a paragraph or two later), backward of a definite one. Also here:
who issued a document (its 'by' agent, possessor or label, the body an 'according to' notice
tells of, whoever sued before 'the lawsuit'), and the inverted 'said he'.
"""
from __future__ import annotations

from ..records import Speaker
from . import lexicon_roles as L
from . import cue_model as _cm
from .attribution import lemma_of, text_of
from .vias import medium_phrase, preps_deep

# Words that bring in one of many interchangeable people: 'an official said' is not a
# promise to name him, and the next named official is often someone else.
_GENERIC = frozenset("""official source person man woman resident witness member friend
neighbour neighbor relative people individual one""".split())
# How many tokens may lie between a name and the role word that describes it
# ('Faisal Al Harbi, Rimal's executive vice-president' - the word is four tokens away).
_NEAR = 8
_DETERMINERS = ("a", "an", "the")
# A possessive opener ('its assistant governor', 'their lawyer') makes the phrase definite as
# 'the' does: the article's own person in that role, whom it names later when not before.
_POSSESSIVES = ("its", "their", "his", "her")
_PARAS_AHEAD = 2
# Styles a role's holder takes before the name in place of the role word itself: a judge is
# 'Mrs Justice Okoro' in an English court, 'Justice Okoro' in a supreme court, so 'the judge'
# later in the story is that person (only a capitalised style right before a name counts).
_STYLED_AS = {"judge": "justice"}


def role_key(word: str) -> str:
    """One key for the spelling variants of a role ('spokesman', 'spokeswoman',
    'spokesperson' all answer for the office)."""
    w = word.lower()
    if w.startswith("spokes"):
        return "spokes"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _role_head(tok) -> str | None:
    """The role the phrase headed by ``tok`` gives, if it names no one."""
    if tok is None or not hasattr(tok, "i"):
        return None
    low = tok.lower_
    if tok.tag_ in ("NNP", "NNPS", "JJ") and tok.ent_type_ == "NORP" or low.endswith("year-old"):
        # 'the South African', 'the 52-year-old': a description of someone just named
        return low
    if tok.tag_ != "NN" and not (tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" for c in tok.children)):
        return None  # ('The forward added': a subject with its article, whatever the tag)
    if low not in L.PERSON_NOUNS or low in _GENERIC or _hyphen_tail(tok):
        return None
    if any(t.ent_type_ == "PERSON" for t in tok.subtree):
        return None
    return role_key(low)


def _phrase(doc, sp: Speaker, tok):
    """(determiner, head) of the speaker's phrase: the parse sometimes heads 'a Ministry of
    Trade spokesperson' on 'Ministry', so the phrase's last word stands in."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) < 2 or len(span) > 12:
        return None, None
    first = span[0].lower_
    det = "a" if first in ("a", "an") else "the" if first == "the" or first in _POSSESSIVES \
        else None
    if tok is None or not hasattr(tok, "i") or not span.start <= tok.i < span.end:
        tok = span[-1]
    if _role_head(tok) is None:
        tok = span[-1]
    return det, tok


def _described_as(doc, m, key: str):
    """Whether a role word with ``key`` describes the named mention itself, as its title, its
    apposition or the phrase it stands in apposition to ('the senior coroner for Avon, Maria
    Voyle', 'Faisal Al Harbi, Rimal's executive vice-president'), by the parse."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return None  # 'Karrawong's chief executive' describes someone else
    inside = range(span.start, span.end)
    keys = {key} | {role_key(w) for w in L.role_kin(key)}
    style = _STYLED_AS.get(key)
    if style is not None:
        # the style heads or opens the name: 'Mrs Justice Okoro' (inside the mention or right
        # before it), never the common noun ('sought justice')
        for r in doc[max(span.start - 2, span.sent.start):span.end]:
            if r.lower_ == style and r.text[:1].isupper() and r.i + 1 < span.end:
                return r
    lo, hi = max(span.sent.start, span.start - _NEAR), min(span.sent.end, span.end + _NEAR)
    for r in doc[lo:hi]:
        if role_key(r.lower_) not in keys or _hyphen_tail(r):
            continue  # 'Her co-author, Dr X' is not 'the study's lead author'
        if r.i in inside:
            return r  # the mention carries its title: 'spokesman Ibrahim Kolade-Yusuf'

        heads = (r.head, r.head.head)
        if any(h.i in inside for h in heads) or any(t.head.i == r.i for t in span):
            return r
        if r.i == span.start - 1 or r.i == span.start - 2 and doc[r.i + 1].text == ",":
            return r  # the parse lost 'The spokesperson, Do Thang Hai' but the text has it
    return None


def _hyphen_tail(tok) -> bool:
    """The last part of a hyphenated word ('co-author', 'vice-president', 'ex-minister'):
    the tokenizer splits it, but the whole word is another role than its last part."""
    doc, i = tok.doc, tok.i
    return i >= 2 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha


def _capitals(tokens, skip=range(0)) -> set[str]:
    return {t.lower_ for t in tokens if t.i not in skip and t.text[:1].isupper()
            and t.pos_ in ("PROPN", "NOUN", "ADJ")}


def _same_body(phrase, r, m_span) -> bool:
    """'a spokesperson for the Ministry' is not 'Foreign Ministry spokesperson Lin Hua': when
    both name a body, the named one may add no word the phrase lacks."""
    own = _capitals(phrase[1:])
    theirs = _capitals(r.subtree, range(m_span.start, m_span.end)) if m_span is not None \
        else set()
    if not own and theirs:
        # 'a spokesperson for the board' is not 'The Conservatives' health spokesperson, X':
        # a body the phrase gives by a common noun must be among the other's words
        body = [t for t in phrase if t.dep_ == "pobj" and t.pos_ == "NOUN"
                and t.head.lower_ in ("for", "of", "at")]
        if body and not any(w.lemma_.lower() == body[0].lemma_.lower() for w in r.subtree):
            return False
    return not own or not theirs or theirs <= own


def _named_people(coref, start: int, end: int):
    """(mention, entity) of the person names between ``start`` and ``end``."""
    return [(m, e) for m, e in coref.mentions_in(start, end)
            if m.kind == "name" and e.type == "PERSON" and _is_name(e.name)]


def _is_name(name: str | None) -> bool:
    """Not an office the tagger took for a person ('Permanent Representative')."""
    words = (name or "").split()
    return bool(words) and words[-1].lower() not in L.PERSON_NOUNS \
        and words[-1].lower() not in L.TITLES


def _paragraph_start(text: str, pos: int, back: int) -> int:
    at = pos
    for _ in range(back + 1):
        at = text.rfind("\n\n", 0, at)
        if at < 0:
            return 0
    return at + 2


def _paragraph_end(text: str, pos: int, ahead: int) -> int:
    at = pos
    for _ in range(ahead + 1):
        nxt = text.find("\n\n", at + 2)
        if nxt < 0:
            return len(text)
        at = nxt
    return at


def named_for_role(doc, coref, sp: Speaker, tok, inside: bool = False) -> Speaker | None:
    """The named person a bare role phrase speaker stands for, or None; ``inside``: the
    phrase stands in someone's quoted words, where it names whom they talk about."""
    if coref is None or sp.start is None:
        return None
    known = coref.by_id.get(sp.entity) if sp.entity is not None else None
    if known is not None and known.type == "PERSON":
        return None
    # Only a phrase of 2 to 12 words opening on 'a', 'an' or 'the' can stand for a named
    # person (_phrase and det below): its words read off the Doc's arrays (DocArrays.expand
    # is char_span's 'expand') pass over most speakers before any Span or Token is made.
    ar = _cm.arrays(doc)
    got = ar.expand(sp.start, sp.end)
    possessive = got is not None and ar.lower[got[0]] in _POSSESSIVES
    if got is not None and (not 2 <= got[1] - got[0] <= 12
                            or ar.lower[got[0]] not in _DETERMINERS and not possessive):
        return None
    det, tok = _phrase(doc, sp, tok)
    key = _role_head(tok) if det else None
    unlisted = key is None and det is not None and _unlisted_role(tok)
    if unlisted:
        # 'the council's chief surveyor': a job no list holds counts as a role only when a
        # named person is later described by the same word ('The surveyor, Martin Hollis')
        key = role_key(tok.lower_)
    if key is None:
        return None
    text = text_of(doc)
    want = L.PERSON_NOUNS.get(tok.lower_)  # 'the spokeswoman': a woman, whoever she is
    if det == "a":
        return _named_ahead(doc, coref, sp, key, want=want)
    after = [(m, e) for m, e in _named_people(coref, sp.end, sp.end + 4)
             if text[sp.end:m.start].strip() == "," and _gender_agrees(want, None, e)]
    if after:
        return Speaker(after[0][1].id, after[0][1].name, sp.start, sp.end)  # 'The aide, Jo Ng,'
    start = _paragraph_start(text, sp.start, 1)
    people = _named_people(coref, start, sp.start)
    for m, e in reversed(people):
        r = _described_as(doc, m, key)
        if r is not None and _gender_agrees(want, r, e):
            return Speaker(e.id, e.name, sp.start, sp.end)
    if not inside and _bare(tok) and not unlisted:
        held = _titled_before(doc, coref, sp, key, start, want)
        if held is not None:
            return held
    if inside or tok.lower_ in L.TITLES and not possessive:
        # (a possessive title, 'its governor', asks for the body's own holder: looked for
        # ahead below like any other role)
        return None
    if not _bare(tok) or unlisted:
        # 'The utility's chief engineer told a council meeting ...', then 'The engineer,
        # Emeka Nwosu, said': a possessor or a phrase of its own brings someone new in,
        # whom a later paragraph may name as an indefinite phrase's person is named
        # (the role word heading the subject itself: not 'The family of retired boxer
        # Joe Mensah', whose boxer is named at once and does not speak)
        if tok.dep_ not in ("nsubj", "nsubjpass") or people and _described_as(
                doc, people[-1][0], key) is not None:
            return None
        return _named_ahead(doc, coref, sp, key, tok.sent.end_char, want)
    one = _only_one_named(coref, people, _paragraph_start(text, sp.start, 0), sp)
    return one if one is None or _gender_agrees(want, None, coref.by_id[one.entity]) else None


def _titled_before(doc, coref, sp: Speaker, key: str, before: int, want: str | None):
    """'Principal Magistrate Grace Njeri' paragraphs before, then 'The magistrate allowed
    the trip': the one person the article has given this role word as a title or in
    apposition so far, however far back (two such people: no one)."""
    phrase = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    found = {}
    for m, e in _named_people(coref, 0, before):
        r = _described_as(doc, m, key)
        if r is not None and _gender_agrees(want, r, e) and _same_body(
                phrase, r, doc.char_span(m.start, m.end, alignment_mode="expand")):
            found[e.id] = e
    if len(found) != 1:
        return None
    e = next(iter(found.values()))
    return Speaker(e.id, e.name, sp.start, sp.end)


def _gender_agrees(want: str | None, r, e) -> bool:
    """Whether a person fits a gendered role word ('the spokeswoman' is no Denis, nor the
    man a 'spokesman' describes): the word describing them and their given name, where
    either tells a gender."""
    if not want:
        return True
    first = (e.name or "").split()[:1]
    have = {L.PERSON_NOUNS.get(r.lower_) if r is not None else None,
            L.gender_of_first_name(first[0]) if first else None} - {None}
    return have <= {want}


def _named_ahead(doc, coref, sp: Speaker, key: str, after: int = 0,
                 want: str | None = None) -> Speaker | None:
    """The first person named within two paragraphs after the role phrase (and after
    ``after``) whom the same role word describes (and no other body than the phrase's)."""
    end = _paragraph_end(text_of(doc), sp.end, _PARAS_AHEAD)
    phrase = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    for m, e in _named_people(coref, max(sp.end, after), end):
        r = _described_as(doc, m, key)
        if r is not None and _gender_agrees(want, r, e) and _same_body(
                phrase, r, doc.char_span(m.start, m.end, alignment_mode="expand")):
            return Speaker(e.id, e.name, sp.start, sp.end)
    return None


def _unlisted_role(tok) -> bool:
    """A common noun for a person's job that no word list holds ('surveyor', 'curator'):
    a singular noun in -er, -or, -ist or -ian, naming nobody in its phrase."""
    low = tok.lower_
    return tok.tag_ == "NN" and low not in _GENERIC and len(low) > 4 \
        and low.endswith(("er", "or", "ist", "ian")) \
        and not any(t.ent_type_ == "PERSON" for t in tok.subtree)


def _bare(tok) -> bool:
    """'the envoy', 'the Labour deputy': a phrase that describes nobody new. A possessor, a
    prepositional phrase or a clause ('the chief of the emergency department', 'the
    manufacturer's lawyer') brings in a person of its own."""
    return tok.dep_ in ("nsubj", "nsubjpass") and all(
        c.dep_ in ("det", "amod", "compound") for c in tok.children)


def _only_one_named(coref, people, para: int, sp: Speaker) -> Speaker | None:
    """The one person named so far in this paragraph, or, when it names nobody before the
    phrase, the one person the paragraph before named: whom 'the envoy said' goes on about."""
    here = [(m, e) for m, e in people if m.start >= para]
    pool = here or people
    ids = {e.id for _, e in pool}
    if len(ids) != 1:
        return None
    e = pool[0][1]
    return Speaker(e.id, e.name, sp.start, sp.end)


# ---------------------------------------------------------------- who issued a document

# Who issues a document is its author; who saw or obtained it ('documents seen by the
# Ledger') is not.
_ISSUING = frozenset("issue release publish send distribute circulate post compile lead"
                     .split())
# The verbs that put out a document found deeper in the phrase ('a readout of the call,
# released by ...'); a signature counts there, a compiler or a poster does not.
_ISSUED = frozenset("issue release publish send circulate distribute sign".split())
# Documents a body puts out in its own voice; a report or a study speaks for itself.
_RELEASED = frozenset("""readout memo memorandum statement communique communiqué letter
petition filing circular notice release bulletin""".split())
# An unsigned notice of what a body did, the body's own (the 'according to' reading).
_NOTICES = frozenset("""statement circular communique communiqué release notice bulletin
advisory memo""".split())
# A body's own records ('according to its annual report')
_OWN_RECORDS = frozenset("report review audit accounts figures data records survey".split())
# A document nobody issued: its label names where it came from, not who speaks in it.
_UNISSUED = frozenset("internal leaked confidential classified draft secret unpublished".split())
# A court filing speaks for whoever brought it ('A cooperative has sued the utility. The
# lawsuit alleges ...'): the subject of the suing or filing told before.
_FILINGS = frozenset("lawsuit suit petition complaint writ claim indictment chargesheet".split())
_BRINGING = frozenset("file bring lodge submit move".split())
# What a filer files or brings before its filing speaks ('filed a corruption case at the
# Special Court ... The charge sheet alleges'): a filing, or the case or charges it makes.
_BROUGHT = _FILINGS | frozenset("case charge".split())


def _filing(tok) -> bool:
    """A court filing: 'the lawsuit', 'the indictment', 'the charge sheet'."""
    lemma = lemma_of(tok)
    # ('filed suit ... The filing alleges': the noun of the act names the document filed)
    return lemma in _FILINGS or tok.lower_ == "filing" or lemma == "sheet" and any(
        c.dep_ == "compound" and c.lower_ == "charge" for c in tok.children) \
        or lemma == "notice" and any(c.lower_ == "of" and any(  # 'the notice of appeal'
            lemma_of(g) in ("appeal", "motion", "claim") for g in c.children)
            for c in tok.children)


def _issuer(acl, verbs: frozenset):
    """The agent of an issuing participle: 'a statement issued by the PM Office', 'a
    communique signed by the union'."""
    if acl.dep_ != "acl" or acl.tag_ != "VBN" or lemma_of(acl) not in verbs:
        return None
    by = next((g for g in acl.children if g.dep_ == "agent"), None)
    obj = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
    if obj is None:
        obj = _on_behalf(acl)
    return obj if obj is not None and obj.pos_ in ("PROPN", "NOUN") else None


def _on_behalf(verb):
    """'lodged on Tuilau's behalf', 'filed on behalf of the families': whom the filer
    acted for owns the document, as its agent would."""
    for on in verb.children:
        behalf = next((g for g in on.children if g.dep_ == "pobj" and g.lower_ == "behalf"),
                      None) if on.lower_ == "on" else None
        if behalf is None:
            continue
        owner = next((g for g in behalf.children if g.dep_ == "poss"), None)
        of = next((g for g in behalf.children if g.lower_ == "of"), None)
        return owner or next((g for g in of.children if g.dep_ == "pobj"), None) if of \
            else owner
    return None


def document_owner(tok):
    """Who issued a document: 'a statement from the presidency', 'a statement posted on the
    ministry's website' (the site's owner)."""
    for acl in tok.children:
        obj = _issuer(acl, _ISSUING)
        if obj is not None:
            return obj
    for prep in tok.children:
        if prep.dep_ == "poss" and (prep.pos_ in ("PROPN", "NOUN")
                                    or prep.lower_ in ("his", "her", "their")):
            return prep  # "Amini's remarks"; 'his application says': the one 'his' takes up
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and (prep.lower_ in ("from", "by") or prep.lower_ == "of" and (
                obj.pos_ == "PROPN" or obj.lower_ in L.ORG_NOUNS or obj.lower_ in L.ROLE_NOUNS)):
            return obj  # not 'the largest study of its kind'
    for _, obj in preps_deep(tok):
        owner = next((g for g in obj.children if g.dep_ == "poss"), None)
        if obj.dep_ == "pobj" and owner is not None and owner.pos_ in ("NOUN", "PROPN") \
                and medium_phrase(obj):
            return owner
    return _named_modifier(tok) or _according_subject(tok)


def issued_within(tok):
    """'A readout of the call between the ministers, released by the foreign ministry': the
    parse hangs 'released by' on the nearest noun; whoever released it still issued it."""
    if lemma_of(tok) not in _RELEASED:
        return None
    return next((obj for obj in (_issuer(t, _ISSUED) for t in tok.subtree) if obj is not None),
                None)


def filer_of(tok):
    """Who brought an unowned filing: the agent of its own 'filed by', else the subject of
    the latest 'sued' (or 'filed a petition') before it."""
    if getattr(tok, "pos_", "") != "NOUN" or not _filing(tok):
        return None
    for acl in tok.children:  # 'A petition filed in the Supreme Court by the X Collective'
        obj = _issuer(acl, _BRINGING)
        if obj is not None:
            return obj
    doc = tok.doc
    for k in range(tok.i - 1, max(-1, tok.i - 300), -1):
        v = doc[k]
        if v.pos_ != "VERB" or not (lemma_of(v) in ("sue", "indict") or lemma_of(v) in _BRINGING
                                    and any(c.dep_ == "dobj" and lemma_of(c) in _BROUGHT
                                            for c in v.children)):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    return None


def _named_modifier(tok):
    """'an IRGC statement', 'a White House memo': the name the document is labelled with
    issued it (not a day, a number or the platform it went out on)."""
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
            and c.text[:1].isupper()]
    if not mods or any(c.dep_ == "amod" and c.lower_ in _UNISSUED for c in tok.lefts):
        return None  # 'A UN internal memo', 'a leaked ministry report': nobody put it out
    head = mods[-1]
    if head.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "NORP") \
            or head.text.rstrip(".") in L.PLATFORMS:
        return None
    return head


def _according_subject(tok):
    """'The Directorate has set up a helpline, according to a circular issued on Wednesday':
    an unsigned notice of what a body did is that body's own; its clause's subject issued it."""
    # ('The commission received 1,186 complaints, according to its annual report': a body's
    # own document, 'its'/'their' naming the clause's subject as its author, the lead's
    # session-15 ruling on documents)
    own = lemma_of(tok) in _OWN_RECORDS and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
    if not (tok.lower_ in _NOTICES or own) or tok.dep_ != "pobj" or tok.head.lower_ != "to" \
            or tok.head.head.lower_ != "according":
        return None
    verb = tok.head.head.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("ORG", ""):
        return None
    return subj


# ---------------------------------------------------------------- the inverted 'said he'

def inverted_pronoun(cue):
    """'"...," said he, breaking down': the pronoun right after a trailing speech verb is its
    subject, even where the parse gave it to the participle that follows."""
    if cue.pos_ != "VERB" or cue.i + 1 >= len(cue.doc) or cue.dep_ != "ROOT":
        return None
    nxt = cue.doc[cue.i + 1]
    if nxt.lower_ not in ("he", "she", "they") or nxt.head.i == cue.i:
        return None
    before = cue.doc[cue.i - 1] if cue.i else None
    return nxt if before is not None and before.is_punct else None
