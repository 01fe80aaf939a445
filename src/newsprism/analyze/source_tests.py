"""Small tests on a source phrase and its cue (passives, indefinites, role heads, inverted
subjects, hyphen-split heads, plural and thing phrases, offices, going on) for sources.Speakers.

Input: spaCy tokens of an attribution's source and cue, the article text; no state kept.
"""
from __future__ import annotations

import re

from . import cues
from . import lexicon_roles as L
from ..records import Speaker
from .attribution import lemma_of, text_of, tokens_span, trim
from .cue_model import arrays
from .second_names import role_head

# 'Writing on Bluesky, the local MP, Sarah Venn, said': a participle with its preposition
# opening the sentence, set off by a comma, then the phrase that is the subject
PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]+ing\s+(?:on|to|in|at|with|from|for|during|after|"
                               r"before|via|through)\s[^,\n]{1,60},\s+(?=[A-Za-z])")


def passive_mismatch(tok, cue):
    """'X said the allegations would be investigated but described him as ...': the subject
    of a passive clause cannot do an active conjunct's describing; the reporting verb above
    the clause has the subject that does."""
    if getattr(tok, "dep_", "") != "nsubjpass" or cue is None or not hasattr(cue, "dep_") \
            or cue.dep_ != "conj" or cue.head.i != tok.head.i \
            or any(k.dep_ == "auxpass" for k in cue.children):
        return None
    verb = tok.head
    for _ in range(3):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if lemma_of(verb) in cues.SPEECH_VERBS:
            return next((k for k in verb.children if k.dep_ == "nsubj"), None)
    return None


def indefinite(tok) -> bool:
    return tok is not None and getattr(tok, "pos_", "") == "NOUN" and any(
        k.dep_ == "det" and k.lower_ in ("a", "an") for k in tok.children)


def institution_of(ent, tok) -> bool:
    """Whether a source headed by a common noun ('military', 'defence ministry', 'officials')
    was folded into the country its demonym or possessor names."""
    # 'ministry' tagged PROPN after "Russia's" is still a common noun.
    common = tok is not None and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower())
    return ent.type in ("GPE", "NORP") and common and (
        tok.lower_ in L.ACTOR_NOUNS or tok.lower_ in L.ORG_WORDS or tok.lower_ in L.ORG_NOUNS)


def in_place_phrase(tok) -> bool:
    """'a resident in Ibadan, who said': the parser hangs the clause on the place."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "from", "near", "of")


def role_word(tok) -> bool:
    return role_head(tok.lower_)


def governed_by_preposition(doc, start: int, at: int) -> bool:
    """Whether the first real word before ``at`` (past titles, commas and parenthesised
    acronyms) is a preposition: the name is its object, not the phrase's apposition."""
    span = doc.char_span(start, at, alignment_mode="contract")
    depth = 0
    for t in reversed(list(span) if span is not None else []):
        if t.text == ")":
            depth += 1
            continue
        if t.text == "(":
            depth -= 1
            continue
        if depth > 0 or t.is_punct or t.lower_ in L.TITLES or t.lower_.rstrip(".") in L.TITLES:
            continue
        return t.pos_ == "ADP" or t.dep_ == "prep"
    return False


def under_preposition(doc, start: int, at: int) -> bool:
    """'the family of former goalkeeper Bill Hart', 'lawyers for the jailed activist Ana
    Gomez': the name, not set off by a comma, sits inside a prepositional phrase of the
    source phrase (by the parse): it is the phrase's object, not its apposition."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span) or at <= start:
        return False
    t = first = span[0]
    if t.i > 0 and doc[t.left_edge.i - 1].text == ",":
        return False
    while t.head.i != t.i and t.head.idx >= start:
        if t.dep_ == "appos":
            return False
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            # (not 'Minister of Natural Resources Vickram Persaud': a capitalised portfolio
            # between the preposition and the holder's name)
            between = doc[t.head.i + 1:first.i]
            return not any(w.text[:1].isupper() and w.ent_type_ != "PERSON" for w in between)
        t = t.head
    return False


_CLOSING = ('"', "”", "’", "'")


def object_after_quote(cue):
    """'"...," added her colleague, Senator Ramiro Benegas': after a closing quotation the
    parser may take the inverted subject for the verb's object; it is the speaker."""
    k = cue.i - 1
    while k >= cue.sent.start and cue.doc[k].is_punct and cue.doc[k].text not in _CLOSING:
        k -= 1
    if k < cue.sent.start or cue.doc[k].text not in _CLOSING:
        return None
    obj = next((c for c in cue.children if c.i > cue.i and c.dep_ in ("dobj", "attr", "npadvmod")
                and c.pos_ in ("NOUN", "PROPN")), None)
    named = obj is not None and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.children)
    if obj is None or obj.pos_ == "NOUN" and not (role_word(obj) or named):
        return None
    toks = [t for t in obj.subtree if not (t.is_punct and t.i == obj.right_edge.i)]
    return trim(text_of(cue.doc), *tokens_span(toks)), obj


_PHRASE_POS = ("DET", "ADJ", "NOUN", "PROPN")


def role_phrase_before(cue):
    """', the chief of the emergency department said': a role-headed phrase between a comma
    and a subject-less cue speaks, even where the parser hung it on an earlier clause."""
    doc, i = cue.doc, cue.i - 1
    start = None
    while i >= cue.sent.start and (doc[i].pos_ in _PHRASE_POS or doc[i].lower_ in ("of", "'s")):
        start = i
        i -= 1
    if start is None or i >= cue.sent.start and doc[i].text != ",":
        return None
    words = doc[start:cue.i]
    role = next((t for t in words if t.pos_ == "NOUN" and role_word(t)), None)
    if role is None or words[0].pos_ != "DET" or any(t.pos_ == "PROPN" for t in words):
        return None  # a name before the cue is _name_right_before's; bare nouns are lists
    return trim(text_of(doc), words[0].idx, words[-1].idx + len(words[-1].text)), role


def tucked_away(tok, stop: set[int]) -> bool:
    """Whether a word sits in a description of another noun ('a tabloid owned by the People's
    Daily', 'the man who ...') on its way up to the cue's clause: the described noun, not
    the owner named inside its description, is who acts."""
    t = tok
    while t.head.i != t.i and t.i not in stop:
        if t.dep_ in ("acl", "relcl", "appos"):
            return True
        t = t.head
    return False


def plural_phrase(name: str | None) -> bool:
    """'Labour members', 'residents': a common-noun plural names a group, never a 'he' or 'she'."""
    words = (name or "").split()
    last = words[-1].strip(".,;:'’\"”") if words else ""
    return last.isalpha() and last.islower() and last.endswith("s") \
        and not last.endswith(("ss", "us", "is", "ics"))


def fronted_agent(tok) -> tuple[int, int] | None:
    """'Questioned by Sophie Lindqvist, she agreed': the span of whoever questioned in a
    participle opening the pronoun's clause; that person is someone other than the pronoun."""
    if getattr(tok, "pos_", "") != "PRON" or not hasattr(tok, "head"):
        return None
    for c in tok.head.children:
        if c.dep_ != "advcl" or c.i > tok.i or c.tag_ != "VBN":
            continue
        for g in c.children:
            obj = next((o for o in g.children if o.dep_ == "pobj"), None) \
                if g.dep_ == "agent" else None
            if obj is not None:
                return tokens_span(obj.subtree)
    return None


# What a finding comes from, not who: 'Her reconstruction showed', 'the data suggest'.
_EVIDENCE = cues.DOCUMENT_NOUNS | frozenset("""reconstruction analysis findings evidence data figures
records calculations research review investigation assessment tests results footage model""".split())


def thing_phrase(name: str | None) -> bool:
    """A speaker phrase headed by a document or piece of evidence: never a 'he' or 'she'."""
    words = (name or "").lower().split()
    return bool(words) and words[-1].strip(".,;:'’") in _EVIDENCE


def hyphen_head(tok):
    """'Her co-author, the health economist X, said': the tokenizer splits 'co-author' and
    the parser may make 'co' the subject; the word's last part heads the phrase."""
    if not hasattr(tok, "i"):
        return None
    doc, i = tok.doc, tok.i
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text in ("-", "‐") \
            and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha:
        i += 2
    return doc[i] if i != tok.i else None


_CLOSED = re.compile(r"[,.!?][\"”](?=\s)")


def past_vocative(doc, s: int, e: int, tok):
    """'"You did all the law asked, Mr Collyer," the coroner, Maria Voyle, told him': the
    parser may run the subject back into the quotation's vocative; the speaker's phrase
    starts after the closing mark."""
    text = text_of(doc)
    last = None
    if text.find('"', s, e) < 0 and text.find("”", s, e) < 0:
        return s, tok  # no closing mark, no quotation closed inside (the common case)
    for last in _CLOSED.finditer(text, s, e):
        pass
    if last is None:
        return s, tok
    s2 = trim(text, last.end(), e)[0]
    span = doc.char_span(s2, e, alignment_mode="expand")
    return (s2, span.root) if span is not None and len(span) else (s, tok)


_BEFORE_THAT = re.compile(r"[\"”’'][.,!?]?[\"”’']?[\s,—–-]*$")
_OPENING = {"”": "“", "’": "‘", '"': '"', "'": "'"}


def quotation_before(text: str, at: int) -> tuple[int, int] | None:
    """The quotation that ends right before ``at`` (past a full stop, a comma or a dash) in
    the same paragraph: what a sentence-opening 'That is how X put it' points back to."""
    para = text.rfind("\n", 0, at) + 1
    m = _BEFORE_THAT.search(text, para, at)
    if m is None:
        # '"...."' as a paragraph of its own, then 'That was how X put it to the meeting':
        # a sentence opening its paragraph points back to a paragraph that is all quotation
        return _quotation_paragraph_before(text, para) if not text[para:at].strip() else None
    close = m.start()
    opener = _OPENING.get(text[close])
    start = text.rfind(opener, para, close) if opener else -1
    if start < 0 or close - start < 4:
        return None
    return trim(text, start + 1, close, chars=" \t\n.,!?")


def _quotation_paragraph_before(text: str, para: int) -> tuple[int, int] | None:
    """The words of the paragraph before ``para`` when it opens on a quotation mark and ends
    on the matching closing one (past a full stop, comma, '?' or '!')."""
    end = len(text[:para].rstrip())
    start = text.rfind("\n", 0, end) + 1
    m = _BEFORE_THAT.search(text, start, end)
    if m is None or end - start < 6:
        return None
    opener = _OPENING.get(text[m.start()])
    if opener is None or text[start] not in (opener, '"') or opener in text[start + 1:m.start()]:
        return None
    return trim(text, start + 1, m.start(), chars=" \t\n.,!?")


def person_in_opener(cue):
    """'At the centre in the Curling Club, Priya Dhaliwal, who fled ..., said': a subject-less
    cue whose opening place phrase ends in a person set off by commas; the parser hung the
    person on the place as its apposition."""
    if cue is None or not hasattr(cue, "children") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    for c in cue.children:
        if c.dep_ != "prep" or c.i > cue.i or c.i != cue.sent.start:
            continue
        for t in c.subtree:
            if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.head.dep_ == "pobj" \
                    and t.head.ent_type_ != "PERSON":
                return t
    return None


# ---------------------------------------------------------------- offices and going on
# Words an office's name is built from besides its role nouns ('Permanent Representative to
# the United Nations', 'Deputy Chief of Staff').
_OFFICE_GLUE = frozenset("""of to the for and at in on permanent deputy chief senior acting
vice principal special general assistant executive""".split())
# A parenthesis closing a name is a post-nominal or a party tag ('Col. Sani Umar (rtd)',
# 'Jan Novak (ODS)'); the name before it is what the phrase ends on.
_TRAILING_PAREN = re.compile(r"\s*\([^()\n]{1,12}\)\s*$")
_WORDS = re.compile(r"[\w'’-]+")
# Cues that go on from what the same person just said.
_GOING_ON = frozenset({"add", "continue"})


def title_only(ent) -> bool:
    """An entity whose name is only an office ('Permanent Representative'): the tagger took
    the title for a person, the name after its comma is who holds it."""
    words = _WORDS.findall((ent.name or "").lower())
    roles = [w for w in words if w not in _OFFICE_GLUE]
    return bool(roles) and all(L.singular(w) in L.ROLE_NOUNS or w in L.TITLES
                               or w in L.PERSON_NOUNS for w in roles)


def office_aliases(coref, sp: Speaker) -> dict[str, Speaker]:
    """Title-only person entities inside a phrase resolved to a named person: later pronouns
    that coreference gave the title ('she said') mean that person."""
    if coref is None or sp.entity is None or sp.start is None or sp.end is None:
        return {}
    own = coref.by_id.get(sp.entity)
    if own is None or own.type != "PERSON" or title_only(own):
        return {}
    out = {}
    for m, ent in coref.mentions_in(sp.start, sp.end):
        if ent.id != sp.entity and ent.type == "PERSON" and title_only(ent):
            out[ent.id] = Speaker(sp.entity, sp.name, None, None)
    return out


def without_trailing_paren(text: str, s: int, e: int) -> int:
    """The phrase's end before a short closing parenthesis, when a name precedes it."""
    m = _TRAILING_PAREN.search(text, s, e) if text.find(")", s, e) >= 0 else None
    if m is None or m.start() <= s or not text[m.start() - 1:m.start()].isalpha():
        return e
    return m.start()


def goes_on(cue_lemma: str | None, low: str) -> bool:
    """'He added:', 'she went on' after a quote: the pronoun continues that quote's speaker."""
    return low in ("he", "she") and cue_lemma in _GOING_ON


def later_subject(tok):
    """'Briefing mediapersons on Wednesday, the district collector stated': the parser gave
    the verb two subjects; an opening clause's noun, cut off by a comma, is not the one, nor
    a description whose apposition the parse took for a second subject."""
    if getattr(tok, "dep_", "") != "nsubj" or not hasattr(tok, "head"):
        return None
    # the verb's children read off the Doc's arrays: Tokens only once a second subject is found
    ar = arrays(tok.doc)
    v, i = ar.head[tok.i], tok.i
    later = [c for c in ar.kids[v] if ar.dep[c] == "nsubj" and i < c < v]
    if not later:
        return None
    verb, last = tok.head, tok.doc[later[-1]]
    between = tok.doc[tok.i + 1:last.left_edge.i]
    if not any(t.text == "," for t in between):
        return None
    # only the first phrase and its comma stand before the second ('Another senior fellow
    # there, Hannah Berg, ... disagrees'); 'The minister, in a statement by X, said' keeps
    # the first, whose verb's own phrase comes between
    # (a lower-case '-ing' word the tagger missed; 'Beijing', 'Reading' are names)
    edge = tok.left_edge
    opener = edge.tag_ == "VBG" or edge.lower_.endswith("ing") and edge.pos_ != "PROPN"
    plain = all(t.is_punct or tok.is_ancestor(t) and t.pos_ not in ("ADP", "VERB")
                for t in between)
    if opener or plain or last.pos_ == "PRON" and last.i == verb.i - 1:
        return last  # 'the armies, she says, "..."': the pronoun before the cue
    return None


def relative_owner(tok, cue):
    """'Ravi Sethi, who runs a florist in Bristol, posted that ...': a source the clause
    finder took from inside a relative clause the cue stands outside of; the clause's owner,
    a person named before it, is the speaker."""
    if tok is None or cue is None or not hasattr(tok, "i") or not hasattr(cue, "i"):
        return None
    t = tok
    for _ in range(6):
        if t.dep_ == "relcl":
            owner = t.head
            if owner.pos_ == "PROPN" and owner.i < tok.i < cue.i \
                    and not (t.left_edge.i <= cue.i <= t.right_edge.i):
                return owner
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None



_RELATIVE = frozenset("who that".split())


def swallowed_subject(tok):
    """'A neighbour who heard the shouting said she ran out': the parser may read 'the
    shouting' as the subject of 'said' and leave the relative clause before it without its
    object (or make 'said' a clause of 'heard' or a second relative clause of the noun).
    When the cue's subject is a thing, a relative clause of a noun ('who' or 'that' as its
    subject, no object of its own) ends right before that subject's phrase, and that noun
    has no verb of its own but the cue, the noun is the speaker. Returns (first word index,
    noun) or None."""
    # (the POS before the head: most subjects are names or pronouns, and no Token is made
    # for their verb)
    if getattr(tok, "dep_", "") != "nsubj" or not hasattr(tok, "head") or tok.pos_ != "NOUN" \
            or tok.i > tok.head.i:
        return None
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lower_ in L.PERSON_NOUNS \
            or tok.lower_ in L.ROLE_NOUNS or L.singular(tok.lower_) in L.PERSON_NOUNS:
        return None  # 'people who saw the minister said': a person may well be the subject
    doc, cue = tok.doc, tok.head
    at = tok.left_edge.i - 1
    if at < 0:
        return None
    verb = doc[at]
    if verb.pos_ != "VERB" or verb.dep_ != "relcl" or any(
            c.dep_ == "dobj" and c.i != tok.i for c in verb.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE
               for c in verb.children):
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i not in (noun.i, cue.i) \
            and not (cue.dep_ == "ccomp" and cue.head.i == verb.i and noun.head.i == noun.i):
        return None  # the noun's own verb: the parse may be right
    start = noun.left_edge.i
    while start > noun.sent.start and doc[start - 1].lower_ in ("a", "an", "the"):
        start -= 1  # 'A passer-by': an article the parse hung elsewhere
    return start, noun


def kind_in_apposition(tok) -> str | None:
    """'The memo's author, a senior field coordinator', 'Osei's employer, a bus company',
    'One of them, a retired teacher': a phrase that names someone only through another
    (a possessor, a group) and then says what they are in an indefinite apposition is
    that kind of person or body. Returns the apposition's words without its article."""
    if not hasattr(tok, "children") or tok.pos_ not in ("NOUN", "NUM"):
        return None
    # ('one of the survivors, a packer' names its group itself: one of the survivors)
    relational = any(c.dep_ == "poss" for c in tok.children) or tok.lower_ == "one" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lower_ in ("them", "those", "these") for g in c.children) for c in tok.children)
    if not relational:
        return None
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i and any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            words = [t for t in c.subtree if t.i <= c.i and not (t.dep_ == "det" and t.head.i == c.i)]
            if words and all(not t.is_punct or t.text == "-" for t in words):
                return "".join(t.text_with_ws for t in words).strip()
    return None


def title_read_as_verb(tok):
    """'Japan coach Roberto Ferrante on Monday defended ...': the tagger may read the
    title as a verb whose subject is the country and whose object is the person. A name
    right after a 'verb' that is a person's title, with a place or body as its subject, is
    the titled person."""
    if getattr(tok, "dep_", "") != "nsubj" or tok.pos_ != "PROPN" \
            or tok.ent_type_ not in ("GPE", "ORG", "NORP"):
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or verb.i != tok.i + 1 or (
            verb.lower_ not in L.PERSON_NOUNS and verb.lower_ not in L.ROLE_NOUNS):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                and c.left_edge.i == verb.i + 1), None)
    return obj
