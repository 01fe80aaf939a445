"""Settles the source of each attribution candidate after the filter has kept it: PolNeAR's
conventions for passives, raising verbs, documents, quotations and subjects the parse lost.

Input: the parsed spaCy Doc and the attribution.Cand list that find_candidates selected.
Runs after selection, so the learned filter keeps seeing the sources it was trained on.
"""
from __future__ import annotations

import re

from . import cue_model as _cm
from . import cues
from .attribution import (Cand, _doc_trim, after_closing_quote, lemma_of, source_span,
                          text_of, tokens_span, trim)
from .attribution import subject_of as _subject_of

# Verbs whose subject is what the clause is about, not whoever holds the view: 'Trump
# seems to be ...' gives no source (PolNeAR leaves it empty and puts Trump in the content).
_RAISING = frozenset("seem appear".split())
# Adjectives that hold an infinitive ('Yellen is likely to stress ...'); the subject of
# the copula is the speaker of the verb under them.
_HOLDING_ADJ = frozenset("""likely unlikely set poised expected sure certain able eager
ready willing keen quick due bound careful prepared reluctant determined""".split())
# 'it is hard to say', 'it is said': the placeholder 'it' names nobody.
_EMPTY_ADJ = frozenset("""hard difficult easy impossible possible tempting fair safe
important clear unclear""".split())
# Verbs that put a document out: 'X issued a statement saying ...' is X speaking.
_ISSUING = frozenset("""issue release put post publish send run give deliver make
write sign file""".split())
# Passives whose subject still speaks and whose agent only relays the words.
_QUOTING = frozenset("quote cite".split())
# Verbs of feeling whose passive subject is the one who feels ('voters are divided on',
# 'she is assured of', 'aides were rattled by'): the experiencer holds the stance, the agent
# only caused it. On the train fit part gold takes the subject 17 times in 19 where it has
# an attribution on such a passive (with a by-agent too).
_EXPERIENCER = frozenset("""assure persuade convince worry concern trouble disturb alarm
frighten scare terrify mystify puzzle baffle confuse perplex surprise shock stun amaze astonish
startle disappoint frustrate annoy irritate anger enrage outrage infuriate upset offend miff
rattle unnerve please delight thrill excite satisfy impress hearten relieve embolden divide
split""".split())
# Verbs whose subject takes the noun from others: 'she faced questions about', 'drew
# criticism for' name its target, not its source. ('take' is left out: 'took a firm stance',
# 'took pains to say', 'took a moment to point out' are the subject's own; on the train fit
# part gold gives such a noun the subject 6 times in 9.)
_RECEIVING = frozenset("""face receive draw get earn attract meet endure suffer escape
weather field invite court hear""".split())
# Verbs of saying that stand before their subject after a quotation ('..., said X').
_INVERTING = frozenset("""say add write continue explain note recall reply answer insist
argue warn declare observe remark comment conclude""".split())
_CLOSERS = "”\"’'»"
_OPENERS = "“\"‘'«"
_MARK = re.compile("[" + re.escape(_CLOSERS + _OPENERS) + "]")



def _is_passive(tok) -> bool:
    """'was told', and the bare participles 'a state known for ...', 'Asked whether ...,
    she said': what they modify is what is reported about, not who reports it."""
    # Read from the Doc's arrays: walking tok.children made a Token object per child.
    ar = _cm.arrays(tok.doc)
    i, dep = tok.i, ar.dep
    kids = ar.kids[i]
    if any(dep[c] in ("auxpass", "nsubjpass") for c in kids):
        return True
    return dep[i] in ("acl", "advcl") and ar.tag(i) == "VBN" \
        and not any(dep[c] in ("aux", "nsubj") for c in kids)


def _agent(tok):
    for c in tok.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _has_subject(tok) -> bool:
    ar = _cm.arrays(tok.doc)
    return any(ar.dep[c] in ("nsubj", "nsubjpass", "csubj") for c in ar.kids[tok.i])


def _set(doc, c: Cand, tok) -> None:
    if tok is None:
        c.source, c.src_tok = None, None
    else:
        c.source, c.src_tok = source_span(tok), tok


# ---------------------------------------------------------------- passives and raising

def _passive_source(doc, c: Cand) -> bool:
    """'X was asked by Y' -> Y; 'X is expected to ...', 'X was charged with ...' -> none.
    Returns whether the rule applied."""
    tok = c.cue_tok
    if not _is_passive(tok):
        return False
    if lemma_of(tok) in _QUOTING:
        return True  # 'X was quoted by Reuters as saying': X speaks, Reuters relays
    if lemma_of(tok) in _EXPERIENCER:
        subj = next((k for k in tok.children if k.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ != "it":
            _set(doc, c, subj)
            return True
    _set(doc, c, _agent(tok))
    return True


def _raising(doc, c: Cand) -> bool:
    tok = c.cue_tok
    # 'seem' with any complement ('This seems like a stretch', 'Clinton seemed at ease'):
    # on the train fit part gold leaves it sourceless 12 times in 12
    if lemma_of(tok) == "seem" or lemma_of(tok) in _RAISING \
            and any(k.dep_ == "xcomp" for k in tok.children):
        _set(doc, c, None)
        return True
    return False


def _placeholder_it(c: Cand) -> bool:
    """'it is said', 'it is hard to predict': an expletive subject."""
    src = c.src_tok
    if src is None or not hasattr(src, "lower_") or src.lower_ != "it":
        return False
    if src.dep_ == "expl" or c.cue_tok is not None and lemma_of(c.cue_tok) in _RAISING:
        return True  # 'It appears, though, that ...', 'it seems like ...': no one's view
    head = src.head
    return any(k.dep_ == "acomp" and k.lower_ in _EMPTY_ADJ for k in head.children) \
        or (c.cue_tok is not None and _is_passive(c.cue_tok) and src.head.i == c.cue_tok.i
            and any(k.dep_ == "ccomp" for k in c.cue_tok.children))


# ---------------------------------------------------------------- lost subjects

def _held_subject(tok):
    """'Yellen is likely to stress': the cue hangs as xcomp under an adjective that the
    copula takes; its subject speaks."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i:
        return None
    adj = tok.head
    if adj.dep_ != "acomp" or adj.lower_ not in _HOLDING_ADJ:
        return None
    return next((k for k in adj.head.children if k.dep_ in ("nsubj", "nsubjpass")), None)


def _loose_conjunct_subject(tok):
    """'The department obfuscated facts, admitted it withheld emails, and ...': a verb the
    parser attached to an earlier verb with no relation named ('dep') in a comma list, as
    it would a conjunct, shares that verb's subject."""
    head = tok.head
    if tok.dep_ != "dep" or head.i >= tok.i or not _verbal(head) \
            or not any(k.text == "," and head.i < k.i < tok.i for k in head.children):
        return None
    return next((k for k in head.children if k.dep_ in ("nsubj", "nsubjpass")), None)


def _gerund_subject(tok):
    """'Mr. Bush responded by first saying ...', 'Guardian stopped short of endorsing ...',
    'In addition to stating that ..., Clinton has vowed ...': a gerund after a preposition
    has no subject of its own; the nearest clause above it with one names who speaks
    (through the nouns and non-finite verbs in between: 'has a long history of blaming')."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.i == tok.i:
        return None
    t = tok.head
    if t.lower_ == "with" and any(w.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                                  for w in tok.doc[t.i + 1:tok.i]):
        return None  # 'with about three in 10 saying ...': the gerund has its own subject
    return _subject_above(t)


def _subject_above(t):
    """The subject of the nearest clause above ``t`` that has one, climbing through
    prepositions, nouns and subjectless non-finite or conjoined verbs; None past a finite
    clause without one or at an expletive or demonstrative subject. (Tried in session 12 for
    cue nouns in an object or a preposition with no holder of their own, 'in hopes of',
    'with an assertion that': on the train fit part +8 right sources, +30 predicted; gold
    leaves most such nouns sourceless.)"""
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if _verbal(t):
            subj = next((k for k in t.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                if subj.dep_ == "expl" or subj.lower_ in ("it", "there", "this", "that") \
                        and subj.tag_ != "WDT":
                    return None
                return subj if subj.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else None
            if t.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "pobj", "acomp"):
                return None
        elif t.dep_ not in ("pobj", "prep", "dobj", "attr", "acomp", "advmod", "npadvmod",
                            "amod", "nsubj", "nsubjpass"):
            return None
    return None


# Verbs whose object, not their subject, does what the infinitive after it says ('prompted
# Sanders to advocate', 'forcing candidates to scramble'): object control.
_OBJECT_CONTROL = frozenset("""prompt lead force leave require push permit allow ask urge
persuade encourage cause compel drive inspire invite order pressure tell warn enable spur
convince""".split())


def _object_controller(tok):
    """The object of an object-control verb, for an infinitive cue it governs: 'The victory
    led Priebus to declare him the nominee' -> Priebus (on the train fit part gold takes
    the object 30 times in 40 for any verb with an object before such an infinitive, and
    the subject mostly after 'use X to', 'spend X to': purposes, left out here)."""
    if tok.dep_ != "xcomp" or tok.tag_ != "VB" or tok.head.i == tok.i:
        return None
    head = tok.head
    if not _verbal(head) or lemma_of(head) not in _OBJECT_CONTROL:
        return None
    return next((k for k in head.children if k.dep_ == "dobj" and k.i < tok.i), None)


_FINITE = ("VBD", "VBZ", "VBP")


def _reporter_over_clause(tok):
    """'Putin forecast that the economy would rebound and praised Kerry', 'Trump insisted
    that he has won, claiming that ...': the parser hung the second cue on the verb of the
    first one's reported clause, so the clause's subject ('the economy', 'he') looked like
    the speaker. A conjunct whose form cannot pair with that verb (a past 'praised' beside
    'would rebound'), a conjunct that is itself a cue verb ('Farage said the warning showed
    ... and accused Downing Street of ...'), or a participle tacked on after the clause,
    belongs to the reporting verb: its subject speaks. (On the train fit part gold gives such
    a conjunct cue the reporter's subject 28 times, the clause's once.)"""
    head = tok.head
    if head.i == tok.i or head.i > tok.i or head.dep_ != "ccomp" or not _verbal(head):
        return None
    if tok.dep_ == "advcl":
        if tok.tag_ != "VBG":
            return None
    elif tok.dep_ == "conj":
        if not _verbal(tok):
            return None
        modal = any(k.dep_ in ("aux", "auxpass") for k in head.children)
        if not modal and head.tag_ in _FINITE and tok.tag_ in _FINITE \
                and not cues.is_cue_lemma(lemma_of(tok)):
            return None  # 'said the river rose and flooded the road': a pair of events
    else:
        return None
    verb = head.head
    if verb.i == head.i or verb.i > head.i or not _verbal(verb) \
            or not cues.is_cue_lemma(lemma_of(verb)):
        return None
    return next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)


_SHARE_NOUNS = frozenset("""half third thirds quarter quarters fifth fifths majority
minority plurality most many some few""".split())
_TIME_WORDS = frozenset("""today yesterday tomorrow week weeks month months year years day
days""".split())


def _stray_subject(tok):
    """A subject the parser hung on the wrong word: on the auxiliary ('The Sanders campaign
    had, earlier Tuesday, sent ...': 'campaign' under 'had'), or as a name read as an
    adverb of the verb ('But Bill Skelly, a longtime operative, vouched for ...')."""
    for k in tok.children:
        if k.i > tok.i:
            break
        if k.dep_ in ("aux", "auxpass"):
            subj = next((g for g in k.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
        if k.dep_ in ("advmod", "npadvmod", "dep") and k.pos_ == "PROPN" \
                and k.ent_type_ in ("PERSON", "ORG", "NORP") and k.right_edge.i >= tok.i - 2:
            return k  # the name phrase (with its apposition) ends right before the verb
        if k.dep_ in ("nummod", "npadvmod") and _share(k) and k.right_edge.i == tok.i - 1 \
                and (tok.tag_ in _FINITE or any(g.dep_ == "aux" for g in tok.children)
                     or tok.dep_ == "ROOT" and tok.tag_ == "VBN"):  # a past read as participle
            return k  # 'About 4 in 10 say', 'Less than a third agreed': a share of people
    return None


def _share(tok) -> bool:
    """A count or fraction that can stand for people ('4 in 10', 'a third', 'one in four'),
    not a date or an amount of time."""
    if tok.ent_type_ in ("DATE", "TIME", "MONEY") or tok.lower_ in _TIME_WORDS:
        return False
    return tok.pos_ == "NUM" or tok.lower_ in _SHARE_NOUNS


def _aim_noun(tok, c: Cand) -> bool:
    """'pressure to pledge ...', 'a plan to ban ...': an infinitive hanging on a noun; the
    noun names the aim or the push, never who speaks."""
    # ('things to say', 'the first member to endorse': the parser also calls an infinitive
    # on a noun a relative clause; gold takes the noun as its source once in 19 on the train
    # fit part, the noun's holder 10 times)
    if tok.dep_ not in ("acl", "relcl") or tok.head.i == tok.i \
            or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(k.dep_ == "aux" and k.lower_ == "to" for k in tok.children):
        return False
    return c.src_tok is not None and hasattr(c.src_tok, "i") and c.src_tok.i == tok.head.i


def _holder(noun):
    """Whose the aim is: the noun's possessor, or the subject of the verb that has it
    ('they face pressure to ...'); None when neither is there."""
    poss = next((k for k in noun.children if k.dep_ == "poss"), None)
    if poss is not None:
        return poss
    if noun.dep_ in ("dobj", "attr") and noun.head.i != noun.i:
        return next((k for k in noun.head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i != noun.head.i:
        # 'they will be under pressure to pledge ...', 'in an effort to show ..., she said'
        verb = noun.head.head
        if _verbal(verb):
            return next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _noun_holder(noun):
    """'Trump opened with a call for ...', 'the ad cuts to footage of ...', 'she made a plea
    for ...': a cue noun with no possessor, in the object or a preposition of a verb, is
    the act of that verb's subject (PolNeAR marks the subject as the source)."""
    t = noun
    if t.dep_ == "pobj" and t.head.i != t.i and t.head.dep_ == "prep":
        t = t.head
    elif t.dep_ not in ("dobj", "attr"):
        return None
    verb = t.head
    if verb.i == t.i or not _verbal(verb) or _is_passive(verb) \
            or lemma_of(verb) in _RECEIVING:
        return None
    return next((k for k in verb.children if k.dep_ == "nsubj"), None)


def _from_holder(noun):
    """'complaints from his American counterpart that ...', 'an admission from Elizabeth
    Warren that ...', 'the claim by the union': a cue noun's own 'from' or 'by' phrase names
    whose words they are (not a time, a place or a number)."""
    for p in noun.rights:
        if p.dep_ != "prep" or p.lower_ not in ("from", "by"):
            continue
        obj = next((k for k in p.children if k.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") \
                and obj.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL",
                                          "MONEY", "PERCENT", "QUANTITY"):
            return obj
    return None


def _named_holder(noun):
    """A cue noun the sentence itself pins on someone: 'Barney Frank, a former congressman
    and fierce critic of X' (an apposition, or a conjunct of one, to a name); 'She gushes
    about X and jokes about Y' (a verb the tagger read as a noun, conjoined to a verb);
    'Clinton's Claim That ...' in a headline (a noun the parser gave a subject)."""
    subj = next((k for k in noun.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return subj
    t = noun
    if t.dep_ == "conj" and t.head.i != t.i:
        if t.head.pos_ == "VERB":
            return next((k for k in t.head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        t = t.head
    if t.dep_ == "appos" and t.head.i != t.i and t.head.pos_ in ("PROPN", "PRON") \
            and t.head.i < t.i:
        return t.head
    return None


_NP_PARTS = ("compound", "det", "amod", "nummod", "poss", "case", "nmod", "quantmod")


def _verb_read_as_noun(doc, tok):
    """'Trump predicts that ...', 'The nearly 90-second ad slams Kasich for ...': a verb in
    -s the tagger read as a plural noun heading the sentence, its subject hung on it as a
    compound. The words before it that the parse gave it as a noun phrase's parts are the
    subject; (start, end) and their last word, or None."""
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or not tok.lower_.endswith("s") or tok.i == 0 \
            or not tok.text.islower():
        return None
    if doc[tok.i - 1].dep_ != "compound" or doc[tok.i - 1].head.i != tok.i \
            or not any(k.dep_ in ("ccomp", "appos", "dobj", "xcomp") for k in tok.rights):
        return None
    k = tok.i - 1
    while k - 1 >= tok.sent.start and doc[k - 1].text != "," and (
            doc[k - 1].dep_ in _NP_PARTS or doc[k - 1].text == "-"
            or doc[k - 1].dep_ == "advmod" and doc[k - 1].head.i != tok.i):
        k -= 1
    last = doc[tok.i - 1]
    return (doc[k].idx, last.idx + len(last.text)), last


def _label_name(doc, tok):
    """'Trump: My plans aren't set in stone', 'Clinton camp: ...': a cue word that is itself
    the name opening a line before a colon (a headline's label) names the speaker; its
    span from the line's start, or None. At most four capitalised words."""
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return None
    text = text_of(doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    words = text[start:tok.idx + len(tok.text)].split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return None
    return trim(text, start, tok.idx + len(tok.text))


def _group_modifier(noun):
    """'Republican criticism', 'a German warning', 'Clinton camp': a cue noun with no other
    holder whose modifier names a people, a body or a person; the modifier is the source (on
    the train fit part gold takes it 9 times in 10 where it has a source)."""
    return next((k for k in noun.children if k.dep_ in ("amod", "compound") and k.i < noun.i
                 and k.ent_type_ in ("NORP", "ORG", "PERSON", "GPE")), None)


def _adjective_holder(doc, c: Cand, adj) -> None:
    """Who holds the stance a cue adjective names, in place: its first conjunct's holder,
    or the copula's subject when it is a conjunct of the copula itself ('are confident ...
    and openly skeptical about'), the subject of the verb it completes
    ('Rubio seemed hopeful that', 'Americans feel more confident about'), or the noun it
    follows ('investors hungry for', 'Republicans, concerned about ...', 'the only ones
    worried about'), without the adjective's own phrase."""
    t = adj
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ == "ADJ":
        t = t.head
    head = t.head
    if head.i == t.i:
        return
    if t.dep_ in ("acomp", "xcomp", "oprd", "conj") and _verbal(head):
        subj = next((k for k in head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        subj = subj if subj is not None else _subject_of(head)
        if subj is not None:
            _set(doc, c, subj)
    elif t.dep_ == "amod" and t.i > head.i and head.pos_ in ("NOUN", "PROPN", "PRON"):
        s = head.left_edge.idx
        c.source, c.src_tok = _doc_trim(doc, (s, head.idx + len(head.text))), head


def _received(noun, src) -> bool:
    """Whether the source is the subject of a verb that receives the cue noun ('Clinton
    faced questions about ...'): the asker is not named."""
    if noun.pos_ not in ("NOUN", "PROPN") or src is None or not hasattr(src, "head") \
            or noun.dep_ != "dobj":
        return False
    verb = noun.head
    return src.head.i == verb.i and src.dep_ == "nsubj" and lemma_of(verb) in _RECEIVING


def _issuer(tok):
    """'X issued a statement saying ...': the document's issuer, when the cue hangs off a
    document noun that a verb with a subject puts out."""
    if tok.dep_ not in ("acl", "relcl") or tok.head.i == tok.i:
        return None
    noun = tok.head
    if lemma_of(noun) not in cues.DOCUMENT_NOUNS and noun.lower_ not in ("piece", "ad", "note"):
        return None
    verb = noun.head
    if noun.dep_ != "dobj" or lemma_of(verb) not in _ISSUING:
        return None
    subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("conj", "advcl"):
        subj = next((k for k in verb.head.children if k.dep_ == "nsubj"), None)
    return subj


def _name_before(doc, tok):
    """'At Boca West, Jay DiPietro, the club's president, suggested ...': the parser hung the
    speaker on the fronted phrase as an apposition of its object, leaving the verb with no
    subject. The speaker is that apposition, ending just before the verb."""
    k = tok.i - 1
    while k >= tok.sent.start and doc[k].dep_ in ("aux", "neg", "advmod") \
            and doc[k].head.i == tok.i:
        k -= 1
    if k >= tok.sent.start and doc[k].text == ",":
        k -= 1
    if k < tok.sent.start or doc[k].is_punct:
        return None
    t = doc[k]
    # Up to the apposition that hangs on the phrase's object (past appositions of it).
    for _ in range(12):
        if t.dep_ == "appos" and t.head.dep_ == "pobj":
            break
        if t.head.i == t.i or t.head.i >= tok.i:
            return None
        t = t.head
    else:
        return None
    if t.pos_ not in ("PROPN", "NOUN") or tokens_span(t.subtree)[1] > doc[k].idx + len(doc[k]):
        return None
    return t if _fronted(t.head, tok) else None


def _phrase_before(doc, tok):
    """'Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said ...':
    the parser swallowed the speaker into the fronted phrase (here as a conjunct of
    'Nevada'), leaving the verb with no subject. The speaker is the name phrase that opens
    after a comma and closes with the comma right before the verb."""
    k = tok.i - 1
    while k >= tok.sent.start and doc[k].dep_ in ("aux", "neg", "advmod") \
            and doc[k].head.i == tok.i:
        k -= 1
    if k - 1 <= tok.sent.start or doc[k].text != ",":
        return None
    k -= 1
    t, best = doc[k], None
    for _ in range(8):
        left = t.left_edge.i
        if t.right_edge.i != k:
            break
        if t.pos_ in ("PROPN", "NOUN") and left > tok.sent.start and doc[left - 1].text == "," \
                and t.dep_ not in ("nsubj", "nsubjpass") and not any(
                    ch in _OPENERS + _CLOSERS for ch in doc[left:k + 1].text):
            best = t  # the widest such phrase: the name with its apposition
        if t.head.i == t.i or t.head.i >= tok.i:
            break
        t = t.head
    if best is None or best.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return None  # 'speaking in Charleston, West Virginia, did not ...': a place
    r = best
    while r.dep_ in ("appos", "conj") and r.head.i != r.i:
        r = r.head
    # '"...," said Kristen Day, executive director of X, reports USA Today': the phrase is
    # already another verb's subject or object.
    return None if r.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "dative") else best


def _fronted(obj, verb) -> bool:
    """Whether ``obj`` sits in a prepositional phrase the verb itself governs."""
    t = obj
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.head.i == verb.i:
            return t.i < verb.i
        t = t.head
    return False


def _name_after(doc, c: Cand):
    """'"...," said David Brock, a Clinton confidant who ...': a subject after the verb
    that the parser read as part of another clause; the rest of the sentence names it."""
    tok = c.cue_tok
    if c.content[1] > c.cue[0] or tok.i + 1 >= len(doc):
        return None
    first = doc[tok.i + 1]
    # A capitalised common noun after a quotation opens a title the tagger did not read as a
    # name: '"...," said Oversight ranking Democrat Elijah Cummings'.
    titled = first.is_title and first.pos_ in ("NOUN", "ADJ") and after_closing_quote(tok)
    if not (first.pos_ == "PROPN" or first.lower_ in ("the", "a", "an") or titled) \
            or "\n" in tok.text:
        return None
    # 'told a news conference' names the hearers: only verbs that invert take a subject here,
    # and never as their own object, unless a quotation closes right before the verb:
    # '"...," added Gowdy' has nothing else the name could be.
    if lemma_of(tok) not in _INVERTING or (any(
            k.dep_ in ("dobj", "dative") and k.i > tok.i for k in tok.children)
            and not after_closing_quote(tok)):
        return None
    end = tok.sent.end
    toks = [t for t in doc[tok.i + 1:end]]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    text = text_of(doc)
    if toks and len(toks) <= 30:
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if not any(ch in _OPENERS + _CLOSERS for ch in text[s:e]) and "\n" not in text[s:e]:
            return (s, e), first
    return _name_to_comma(doc, toks, first)


def _name_to_comma(doc, toks, first):
    """'"...," said Skelly, explaining he worked with X: "..."': the rest of the sentence
    is too long or holds another quotation, but the words up to its first comma are a
    name (they end on one and hold no verb): that name is the subject."""
    head = []
    for t in toks:
        if t.text == "," or t.is_punct or t.is_space:
            break
        head.append(t)
    if not head or len(head) > 8 or len(head) == len(toks) or head[-1].pos_ != "PROPN" \
            or head[-1].ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") \
            or any(_verbal(t) or t.pos_ == "ADP" for t in head):
        return None
    text = text_of(doc)
    s, e = head[0].idx, head[-1].idx + len(head[-1].text)
    if any(ch in _OPENERS + _CLOSERS for ch in text[s:e]) or "\n" in text[s:e]:
        return None
    return (s, e), head[-1]


# ---------------------------------------------------------------- quotations

def _past_quote(doc, c: Cand) -> None:
    """'"A," Mr. Conant, the consultant, said, "B."': a parse that took the quotation's first
    words for the subject leaves a source inside the quotation, before its closing mark;
    the speaker is what stands between that mark and the cue."""
    text = text_of(doc)
    s, e = c.source[0], c.cue[0] if c.cue is not None else -1
    if e < c.source[1]:
        return
    close = _first_close(text, s, e)
    if close < 0:
        return
    j = close + 1
    while j < e and text[j] in _CLOSERS:
        j += 1
    if j < e and not text[j].isspace():
        return
    ns, ne = trim(text, j, e)
    if ne <= ns:
        _after_quote(doc, c, text, s)
        return
    if not text[ns].isupper():
        return
    span = doc.char_span(ns, ne, alignment_mode="expand")
    c.source = (ns, ne)
    c.src_tok = span.root if span is not None and len(span) else None


def _first_close(text: str, s: int, e: int) -> int:
    """Where the quotation holding position ``s`` closes before ``e``: the first quotation
    mark after ``s`` when it follows a word and precedes a space; -1 when the first mark
    opens a quotation instead ('Fiorina told "Fox and Friends"') or there is none."""
    # From quotation mark to quotation mark with a regex: stepping through every character
    # of each source phrase was most of this pass's cost.
    at = _MARK.search(text, s, e)
    while at is not None:
        k = at.start()
        ch = text[k]
        if ch in "'’" and 0 < k < len(text) - 1 and text[k - 1].isalpha() \
                and text[k + 1].isalpha():
            at = _MARK.search(text, k + 1, e)
            continue  # an apostrophe inside a word
        j = k
        while j < e and text[j] in _CLOSERS:
            j += 1
        before = text[k - 1] if k else " "
        if not before.isspace() and (j >= len(text) or not text[j].isalnum()):
            return j - 1
        return -1
    return -1


def _after_quote(doc, c: Cand, text: str, s: int) -> None:
    """'"... the old trust stuff," said a person close to them': a source lying wholly inside
    the quotation before the cue is the quotation's own words; the speaker follows the cue."""
    line = text.rfind("\n", 0, s) + 1
    if not any(text.rfind(ch, line, s) >= 0 for ch in _OPENERS):
        return
    after = _name_after(doc, c)
    if after is not None:
        c.source, c.src_tok = _doc_trim(doc, after[0]), after[1]
    else:
        c.source, c.src_tok = None, None


# ---------------------------------------------------------------- the pass

def _verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def settle(doc, c: Cand) -> None:
    """Applies PolNeAR's source conventions to one candidate, in place."""
    tok = c.cue_tok
    if tok is None or not hasattr(tok, "dep_") or c.origin in ("according", "colon"):
        return
    verbal = _verbal(tok)  # (asked once: the tests below read it up to three times)
    if verbal:
        if _passive_source(doc, c) or _raising(doc, c):
            return
        if _placeholder_it(c):
            _set(doc, c, None)
            return
        if _aim_noun(tok, c):
            _set(doc, c, _holder(tok.head))
            return
    if verbal:
        controller = _object_controller(tok)
        if controller is not None:
            _set(doc, c, controller)
            return
        reporter = _reporter_over_clause(tok)
        if reporter is not None and (c.src_tok is None or not hasattr(c.src_tok, "i")
                                     or c.src_tok.i != reporter.i):
            _set(doc, c, reporter)
            return
    if c.source is not None and _received(tok, c.src_tok):
        _set(doc, c, None)
        return
    if c.source is not None:
        if c.src_tok is not None and hasattr(c.src_tok, "lower_") \
                and lemma_of(c.src_tok) in cues.DOCUMENT_NOUNS:
            issuer = _issuer(tok)
            if issuer is not None:
                _set(doc, c, issuer)
                return
        _past_quote(doc, c)
        return
    label = _label_name(doc, tok) if not verbal else None
    if label is not None:
        # the colon is the cue, as the quotes stage's label colons have it: one attribution
        colon = doc[tok.i + 1]
        c.source, c.src_tok, c.cue = label, tok, (colon.idx, colon.idx + 1)
        return
    if tok.pos_ in ("NOUN", "PROPN"):
        misread = _verb_read_as_noun(doc, tok)
        if misread is not None:
            c.source, c.src_tok = _doc_trim(doc, misread[0]), misread[1]
            return
        poss = next((k for k in tok.children if k.dep_ == "poss"), None)
        holder = poss if poss is not None else (_from_holder(tok) or _noun_holder(tok))
        if holder is None:
            holder = _named_holder(tok)
            if holder is not None and holder.i < tok.i \
                    and any(k.i == tok.i for k in holder.subtree):
                # the name alone, without the apposition that holds the cue
                _set(doc, c, holder)
                c.source = _doc_trim(doc, (c.source[0], holder.idx + len(holder.text)))
                return
        if holder is None:
            holder = _group_modifier(tok)
        _set(doc, c, holder)
        return
    if tok.dep_ == "acomp" and tok.head.i != tok.i:
        # 'they are convinced that ...', 'she is confident that ...': the copula's subject
        subj = next((k for k in tok.head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            _set(doc, c, subj)
        return
    if tok.pos_ == "ADJ":
        _adjective_holder(doc, c, tok)
        return
    if not _verbal(tok) or _has_subject(tok):
        return
    found = _held_subject(tok) or _issuer(tok) or _loose_conjunct_subject(tok) \
        or _stray_subject(tok) or _gerund_subject(tok)
    if found is None and lemma_of(tok) in cues.SPEECH_VERBS:
        found = _name_before(doc, tok) or _phrase_before(doc, tok)
        if found is None:
            after = _name_after(doc, c)
            if after is not None:
                c.source, c.src_tok = _doc_trim(doc, after[0]), after[1]
                return
    if found is not None:
        _set(doc, c, found)


def settle_sources(doc, cands: list[Cand]) -> None:
    """Applies settle to every candidate; a slip on an odd parse leaves that one as it was."""
    for c in cands:
        before = (c.source, c.src_tok)
        try:
            settle(doc, c)
        except (IndexError, ValueError, AttributeError):
            c.source, c.src_tok = before


__all__ = ["settle", "settle_sources"]
