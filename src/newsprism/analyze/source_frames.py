"""Where a source phrase starts and what it names: datelines and live-blog entry times the
parser takes for subjects, subjects hidden by appositions and participles, and the name or
owner a common-noun source stands for ('the agency, known as AFAD', 'a statement from X').

Inputs: spaCy tokens of an attribution's cue and source; sources.Speakers calls these.
"""
from __future__ import annotations

import re

from . import lexicon_roles as L
from .attribution import lemma_of, text_of
from .vias import medium_phrase, preps_deep

_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,[ \w.'’-]+)?\s*"
                       r"(?:\([^()\n]{1,40}\))?\s*[—–-]+\s*")


# A live blog entry's time ('23:41 - Police say ...', '16:22 Network Rail's barrister').
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{3,4})?"
                         r"(?:\s*[—–-]+\s*|:?\s+)(?=[A-Z])")


def dateline_end(text: str, s: int) -> int | None:
    """Where a dateline ('TEHRAN (MPA) — ') or a live blog's entry time that starts a
    paragraph at ``s`` ends; the parser often takes it for the subject of the first verb."""
    if s and text[s - 1] != "\n":
        return None
    m = _DATELINE.match(text, s) or _ENTRY_TIME.match(text, s)
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
        if t.pos_ in ("VERB", "AUX") or t.text == "," and not _name_follows(span, t):
            break
        toks.append(t)
    while toks and toks[-1].pos_ in ("ADP", "PART", "DET", "CCONJ", "SCONJ", "PUNCT"):
        toks.pop()  # 'the runner-up in last year's race to [lead]': no dangling 'to'
    return toks or None


_ASKED = frozenset("ask question press approach contact reach speak".split())


def asked_subject(cue):
    """'Paula Rios, asked about the interview, told reporters ...': the parser may make the
    inserted participle the subject's verb and leave the cue without one."""
    if cue is None or not hasattr(cue, "children") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
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
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or not _person_name(subj):
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


def named_only_as(tok):
    """'a woman ..., who asked to be named only as Ruth': the name she goes by."""
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


# Who issues a document is its author; who saw or obtained it ('documents seen by the
# Ledger') is not.
_ISSUING = frozenset("issue release publish send distribute circulate post".split())


def document_owner(tok):
    """Who issued a document: 'a statement from the presidency', 'a statement posted on the
    ministry's website' (the site's owner)."""
    for acl in tok.children:
        # 'a statement issued by the PM Office', 'a communique signed by the union'
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and lemma_of(acl) in _ISSUING:
            by = next((g for g in acl.children if g.dep_ == "agent"), None)
            obj = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    for prep in tok.children:
        if prep.dep_ == "poss" and prep.pos_ in ("PROPN", "NOUN"):
            return prep  # "Amini's remarks"
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if prep.lower_ in ("from", "by", "of") and obj is not None:
            return obj
    for _, obj in preps_deep(tok):
        owner = next((g for g in obj.children if g.dep_ == "poss"), None)
        if obj.dep_ == "pobj" and owner is not None and owner.pos_ in ("NOUN", "PROPN") \
                and medium_phrase(obj):
            return owner
    return _named_modifier(tok) or _according_subject(tok)


def _named_modifier(tok):
    """'an IRGC statement', 'a White House memo': the name the document is labelled with
    issued it (not a day, a number or the platform it went out on)."""
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
            and c.text[:1].isupper()]
    if not mods:
        return None
    head = mods[-1]
    if head.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "NORP") \
            or head.text.rstrip(".") in L.PLATFORMS:
        return None
    return head


# Documents a body puts out in its own voice (a report or a study may be anyone's).
_OWN_VOICE = frozenset("""statement circular communique communiqué release notice bulletin
advisory memo""".split())


def _according_subject(tok):
    """'The Directorate has set up a helpline, according to a circular issued on Wednesday':
    an unsigned notice of what a body did is that body's own; its clause's subject issued it."""
    if tok.lower_ not in _OWN_VOICE or tok.dep_ != "pobj" or tok.head.lower_ != "to" \
            or tok.head.head.lower_ != "according":
        return None
    verb = tok.head.head.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("ORG", ""):
        return None
    return subj


__all__ = ["asked_subject", "dateline_end", "entry_time_end", "colondateline_end", "phrase_before_verb",
           "phrase_head", "person_subject_around", "participle_subject", "named_child",
           "named_only_as", "spokesperson_name", "document_owner", "NAMING"]
