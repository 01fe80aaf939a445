"""Finds attributions in the dependency parse (cue verb -> source subject -> content clause)
and the source chain of each: speaker mention and the intermediaries (via) the words went through.

Input: a parsed spaCy Doc (English model) and, for names, the entities stage's Coref lookup.
quotes.py merges these clause-level candidates with the quotation marks it finds in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy
from spacy.strings import hash_string
from spacy.symbols import AUX, VERB

from . import cues

# Dependency labels of a verb's clausal complement.
_CONTENT_DEPS = ("ccomp",)
_XCOMP_CUES = frozenset("""
urge ask tell promise vow pledge threaten expect hope seek warn order
demand call refuse propose agree offer advise encourage invite beg
""".split())
_SUBJ_DEPS = ("nsubj", "nsubjpass")
_PUNCT_EDGE = " \t\n,;:—–-"


@dataclass
class Cand:
    """One attribution found in the text, before it becomes a records.Quote."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    kind: str = "indirect"
    origin: str = "verb"  # verb | according | object | marks | colon | continuation
    cue_tok: object = None  # spaCy Token of the cue head, when there is one
    src_tok: object = None  # spaCy Token heading the source phrase
    via: list = field(default_factory=list)  # (start, end) spans, nearest first
    sent: int = -1  # start char of the sentence holding the cue (or the content)


def text_of(doc) -> str:
    """The Doc's text, computed once: spaCy rebuilds ``Doc.text`` from its tokens on every
    access, which made attribution quadratic on long articles."""
    cached = doc.user_data.get("newsprism.text")
    if cached is None:
        cached = doc.user_data["newsprism.text"] = doc.text
    return cached


def remember_text(doc, text: str) -> None:
    """Seeds text_of's cache with the string the Doc was parsed from: spaCy's tokenizer
    keeps every character, so it equals ``Doc.text`` without the rebuild."""
    doc.user_data.setdefault("newsprism.text", text)


def trim(text: str, start: int, end: int, chars: str = _PUNCT_EDGE) -> tuple[int, int]:
    """Narrows (start, end) past leading/trailing spaces and the given punctuation."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def tokens_span(toks) -> tuple[int, int]:
    toks = list(toks)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def subtree_span(tok, exclude=None) -> tuple[int, int]:
    """Character span of a token's subtree; ``exclude`` (a token) cuts its own subtree out
    by keeping the larger side, since a content clause is one stretch of text."""
    # Word indices from the cue model's arrays: a Token per subtree word was a large part
    # of this function's cost. The order is Token.subtree's.
    ar = _cm.arrays(tok.doc)
    if exclude is None:
        return ar.subtree_span(tok.i)  # its first and last word, without walking it all
    words = ar.subtree(tok.i)
    # the edges are the lowest and highest index in the subtree (computed once, not per token)
    lo, hi = exclude.left_edge.i, exclude.right_edge.i
    left = [t for t in words if t < lo]
    right = [t for t in words if t > hi]
    words = left if len(left) >= len(right) else right
    if not words:
        return tok.idx, tok.idx
    return int(ar.idx[words[0]]), int(ar.idx[words[-1]]) + ar.length[words[-1]]


def _doc_trim(doc, span: tuple[int, int]) -> tuple[int, int]:
    s, e = trim(text_of(doc), *span)
    return (s, e) if e > s else span


# ---------------------------------------------------------------- cue and source spans

_CUE_ADVERBS = frozenset("""also even then initially first often previously later again
repeatedly originally further once still recently""".split())
_CUE_MEDIA = frozenset("statement interview email letter post tweet speech".split())
# Off: the Token version tested 'nxt.head is tok', which compares two fresh Token objects
# and so never held; turning it on widens some cues ('said in a statement') and changes
# the scored output, so it waits for a measured decision.
_MEDIA_IN_CUE = False


def cue_span(tok) -> tuple[int, int]:
    """The cue: the verb with its auxiliaries, negation, adverbs such as 'also' and its
    particle, plus a directly following colon, which belongs to the act of saying (a following
    'in a statement' too, once _MEDIA_IN_CUE is turned on)."""
    # Read from the cue model's arrays: a Token for every child looked at cost more than
    # the rest of the function.
    ar = _cm.arrays(tok.doc)
    i, kids, dep, lower = tok.i, ar.kids[tok.i], ar.dep, ar.lower
    start = min([i] + [c for c in kids if i - 3 <= c < i and (
        dep[c] in ("aux", "auxpass", "neg")
        or (dep[c] == "advmod" and lower[c] in _CUE_ADVERBS))])
    end = i
    for c in kids:
        if c > i and dep[c] == "prt" and c == end + 1:
            end = c
    nxt = end + 1 if end + 1 < ar.n else None
    if nxt is not None and lower[nxt] == ":":  # only ':' itself lowercases to ':'
        end = nxt
    elif _MEDIA_IN_CUE and nxt is not None and lower[nxt] == "in" and ar.head[nxt] == i:
        pobj = next((g for g in ar.kids[nxt] if dep[g] == "pobj"), None)
        # the raw lemma, not lemma_of's mended one, as the Token version read it
        if pobj is not None and pobj - nxt <= 2 \
                and tok.doc[pobj].lemma_.lower() in _CUE_MEDIA:
            end = pobj
    return int(ar.idx[start]), int(ar.idx[end]) + ar.length[end]


def subject_of(tok):
    """The subject of a cue verb, climbing through coordination, participles and relative
    clauses ('X criticized Y, saying ...'; 'X said A and added B'; 'the man who said')."""
    at = _subject_index(tok)
    return None if at is None else tok.doc[at]


def _subject_index(tok) -> int | None:
    """subject_of's word index, walked over the cue model's arrays rather than Tokens. (The
    Token walk's 'head is not t' tests compared fresh Token objects, so never stopped it:
    no such test here either.)"""
    ar = _cm.arrays(tok.doc)
    kids, dep, head = ar.kids, ar.dep, ar.head
    t = tok.i
    for _ in range(4):
        for c in kids[t]:
            if dep[c] in _SUBJ_DEPS:
                return c
        d = dep[t]
        if d in ("conj", "advcl", "xcomp"):
            t = head[t]
        elif d == "pcomp":
            t = head[head[t]]  # 'by accusing X of ...': the subject of the governing verb
        elif d in ("relcl", "acl") and ar.pos[head[t]] in ("NOUN", "PROPN", "PRON"):
            return head[t]  # 'the man who said', 'a statement denouncing X'
        else:
            return None
    return None


def agent_of(tok):
    """Passive 'was quoted by X' / 'was told by X': the by-agent."""
    # Children from the arrays, in Token.children's (index) order: asked of most cues,
    # where a Token per child cost more than the test.
    ar = _cm.arrays(tok.doc)
    kids, dep = ar.kids, ar.dep
    for c in kids[tok.i]:
        if dep[c] == "agent":
            for g in kids[c]:
                if dep[g] == "pobj":
                    return tok.doc[g]
    return None


def source_span(tok) -> tuple[int, int]:
    """The source phrase as annotated in PolNeAR: the subject's whole subtree, without the
    trailing commas of an appositive."""
    s, e = subtree_span(tok)
    return _doc_trim(tok.doc, (s, e))


# ---------------------------------------------------------------- clause candidates

def lemma_of(tok) -> str:
    """The token's lemma, with the small model's known slips mended ('hoped' -> 'hop')."""
    # By the words' hashes: the lowered lemma from the table DocArrays fills, a slip by the
    # hash of its lowercase form; spaCy's strings made for lower_ and lemma_ at each of the
    # stage's calls cost twice as much. Anything not a Token goes by its strings.
    try:
        low, lem = tok.lower, tok.lemma
    except AttributeError:
        return cues.LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())
    got = _FIX_HASHES.get(low)
    if got is None:
        got = _cm._LOWERED.get(lem)
        if got is None:
            got = tok.lemma_.lower()
    return got


# cues.LEMMA_FIXES by the hash of each slip (a string's hash is the same in every vocab)
_FIX_HASHES = {hash_string(w): v for w, v in cues.LEMMA_FIXES.items()}


def _content_child(tok):
    ar = _cm.arrays(tok.doc)
    kids, dep, lemma = ar.kids[tok.i], ar.dep, ar.lemma[tok.i]
    found = [c for c in kids if dep[c] in _CONTENT_DEPS]
    if found:
        # 'X, who spoke on condition of anonymity, said Y' may come out with two complements;
        # the one after the verb is what was said, unless a quotation closes right before
        # the verb ('"...," said Oversight ranking Democrat X'): then the name after it was
        # misread as a clause and the quotation is what was said.
        pick = found[0]
        if len(found) > 1 and not (found[0] < tok.i and after_closing_quote(tok)):
            pick = next((c for c in found if c > tok.i), found[0])
        return tok.doc[pick]
    if lemma in _XCOMP_CUES:
        for c in kids:
            if dep[c] == "xcomp":
                return tok.doc[c]
    if lemma in cues.SPEECH_VERBS:
        return _clause_in_phrase(tok)
    return None


_CLOSE_MARKS = "”\"’'»"


def cue_token_ids(cands) -> set[int]:
    """The Doc indices of the cue tokens candidates already have: a verb taken once is not
    read again as another attribution's cue."""
    return {c.cue_tok.i for c in cands if c.cue_tok is not None and hasattr(c.cue_tok, "i")}


def after_closing_quote(tok) -> bool:
    """Whether a quotation closes, after its own comma or stop, just before the verb."""
    text = text_of(tok.doc)
    j = tok.idx
    while j > 0 and text[j - 1].isspace():
        j -= 1
    k = j
    while k > 0 and text[k - 1] in _CLOSE_MARKS:
        k -= 1
    return j > k > 0 and text[k - 1] in ",?!"


def _clause_in_phrase(tok):
    """'said in one of a series of messages that the truck ...': the parser may hang the
    reported clause on the noun of the phrase naming the medium, as if it were a relative
    clause; a 'that' clause with its own subject there is the verb's content."""
    # Walked over the arrays (Token.subtree's order), Tokens only for a clause found.
    ar = _cm.arrays(tok.doc)
    kids, dep, lower, i = ar.kids, ar.dep, ar.lower, tok.i
    for prep in kids[i]:
        if dep[prep] != "prep" or prep < i:
            continue
        for t in ar.subtree(prep):
            if t - i > 14:
                break
            if dep[t] in ("relcl", "acl", "ccomp") and t > prep \
                    and any(dep[k] == "mark" and lower[k] == "that" for k in kids[t]) \
                    and any(dep[k] in _SUBJ_DEPS for k in kids[t]) \
                    and not _verb_between(tok.doc[t], tok.doc[prep]):
                return tok.doc[t]
    return None


def _verb_between(tok, top) -> bool:
    """Whether a verb stands on the path from ``tok`` up to ``top``: 'quoted X as saying
    that ...' gives the clause to 'saying', not to 'quoted'."""
    t = tok.head
    while t.i != top.i and t.i != t.head.i:
        if _is_verbal(t):
            return True
        t = t.head
    return False


_VB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
_VB_TAG_IDS: list[int] = []


def verbal_tokens(doc) -> list:
    """The Doc's verbs (by POS or tag), picked from its arrays: building a Token object for
    every word in each pass over the Doc was a large part of the stage's cost. Several passes
    ask for them, so the list is kept with the Doc."""
    cached = doc.user_data.get("newsprism.verbs")
    if cached is not None:
        return cached
    if not len(doc):
        return []
    # The cue model's arrays hold the POS and tag columns already, and the later passes
    # read them anyway.
    ar = _cm.arrays(doc)
    if not _VB_TAG_IDS:  # a string's id is the same in every vocab
        _VB_TAG_IDS.extend(numpy.array([doc.vocab.strings.add(t) for t in _VB_TAGS],
                                       dtype=numpy.uint64).view(numpy.int64).tolist())
    keep = _cm.among(ar.pos_id, (VERB, AUX)) | _cm.among(ar.tag_id, _VB_TAG_IDS)
    verbs = doc.user_data["newsprism.verbs"] = [doc[i] for i in numpy.flatnonzero(keep).tolist()]
    return verbs


def _is_verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def verb_candidates(doc) -> list[Cand]:
    out: list[Cand] = []
    lemmas = _cm.arrays(doc).lemma  # lemma_of of every word, worked out once
    for tok in verbal_tokens(doc):
        lemma = lemmas[tok.i]
        # (every token verbal_tokens gives is _is_verbal: its POS or its VB* tag let it in)
        if not cues.is_cue_lemma(lemma):
            continue
        content = _content_child(tok)
        if content is None and lemma in cues.SPEECH_VERBS:
            content = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        origin = "verb"
        if content is not None:
            span = subtree_span(content)
        elif _inserted(tok):
            # "X will happen, he said" / "If A, he said, B": the parser hangs the cue off
            # the content's verb; the content is that verb's clause around the cue.
            origin = "inserted"
            if tok.i < tok.head.i or tok.dep_ == "parataxis":
                span = subtree_span(tok.head)
            else:
                span = subtree_span(tok.head, exclude=tok)
        else:
            continue
        c = make_cand(doc, tok, span, origin)
        if c is not None:
            out.append(c)
    return out


def _inserted(tok) -> bool:
    """A speech verb with its own subject attached to another verb as parataxis, ccomp or
    conjunct ('..., said the company's chief executive')."""
    if tok.dep_ == "advcl" and (any(c.dep_ == "mark" for c in tok.children)
                                or tok.i < tok.head.i):
        return False
    return (tok.dep_ in ("parataxis", "ccomp", "conj", "advcl") and tok.head is not tok
            and _is_verbal(tok.head) and tok.lemma_.lower() in cues.SPEECH_VERBS
            and any(c.dep_ in _SUBJ_DEPS for c in tok.children)
            and not cues.is_cue_lemma(tok.head.lemma_))


def _infinitive(tok) -> bool:
    ar = _cm.arrays(tok.doc)
    return any(ar.dep[c] == "aux" and ar.lower[c] == "to" for c in ar.kids[tok.i])


def _prep_object(tok):
    """'talked about X', 'pointed to X', 'pushed for X': the (preposition, object) pair when
    the verb takes its content through a preposition."""
    preps = cues.PREP_CUES.get(tok.lemma_.lower())
    if not preps:
        return None
    for c in tok.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in preps and c.i > tok.i and c.i - tok.i <= 3:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return c, pobj
    return None


def object_candidates(doc, taken: set[int]) -> list[Cand]:
    """'X backs Y', 'X accused Y of Z', 'X called for Y': the object is the content."""
    out: list[Cand] = []
    ar = _cm.arrays(doc)
    lemma, lower, fixes = ar.lemma, ar.lower, cues.LEMMA_FIXES
    for tok in verbal_tokens(doc):
        # Only the listed verbs take their content as an object: one look-up rules out most
        # verbs before the tests below, which read their children. The raw lemma lowercased
        # is the arrays' one except where lemma_of mends it.
        i = tok.i
        low = lemma[i] if lower[i] not in fixes else tok.lemma_.lower()
        if (low not in cues.PREP_CUES and low not in cues.OBJECT_CUE_VERBS) or tok.i in taken:
            continue
        if _infinitive(tok):  # (verbal_tokens' every token is _is_verbal)
            continue  # 'plans to back X' reports an intention, not an attribution
        via_prep = _prep_object(tok)
        if via_prep is not None and subject_of(tok) is not None:
            prep, pobj = via_prep
            c = make_cand(doc, tok, subtree_span(pobj), "object")
            if c is not None:
                c.cue = (c.cue[0], prep.idx + len(prep.text))
                out.append(c)
            continue
        if not cues.is_object_cue(tok.lemma_):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        prep = next((c for c in tok.children if c.dep_ == "prep"
                     and c.lower_ in ("of", "for") and c.i > tok.i), None)
        if obj is None and prep is not None and tok.lemma_.lower() == "call" \
                and prep.lower_ == "for":
            obj = prep
        if obj is None or subject_of(tok) is None:
            continue
        s, e = subtree_span(obj)
        if prep is not None and prep is not obj and prep.i > obj.i:
            e = max(e, subtree_span(prep)[1])
        c = make_cand(doc, tok, (s, e), "object")
        if c is not None:
            out.append(c)
    return out


def _according(doc, tok):
    """(cue end token, source token) of 'according to X', or None."""
    to = next((c for c in tok.children if c.lower_ == "to" and c.i > tok.i), None)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if to is None and nxt is not None and nxt.lower_ == "to":
        to = nxt
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return (to, pobj) if pobj is not None else None


def _in_document(tok):
    """(tok, source token) of 'In a new poll, ...' / 'In a statement, ...' when the phrase
    hangs off a verb that is not itself a cue (then it belongs to that cue)."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or not _is_verbal(tok.head) \
            or cues.is_cue_lemma(tok.head.lemma_):
        return None
    # Only a fronted phrase frames a whole clause as a document's content; 'rises in the
    # polls' is a place, not a source.
    if not (tok.is_sent_start or tok.i == 0 or "\n" in tok.doc[tok.i - 1].text):
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in cues.DOCUMENT_NOUNS:
        return None
    return tok, pobj


def according_candidates(doc) -> list[Cand]:
    """'according to X' / 'In X's poll': X is the source of the clause the phrase hangs
    from."""
    out: list[Cand] = []
    ar = _cm.arrays(doc)
    lower, dep, sent_start = ar.lower, ar.dep, ar.sent_start
    for i in (i for i, w in enumerate(lower) if w == "according" or w == "in"):
        # _in_document's first tests read from the arrays, before a Token is made: an 'in'
        # that is no preposition, or none opening a sentence or a line, frames nothing.
        if lower[i] == "in" and (dep[i] != "prep" or not (
                i == 0 or sent_start[i] == i or "\n" in lower[i - 1])):
            continue
        tok = doc[i]
        if lower[i] == "according":
            found = _according(doc, tok)
        else:
            found = _in_document(tok)
        if found is None:
            continue
        to, pobj = found
        head = tok.head if tok.head is not tok else None
        sent = tok.sent
        if head is None:
            continue
        # The phrase may hang off a noun; the content is then the whole sentence around it.
        clause = head if _is_verbal(head) else sent.root
        span = subtree_span(clause, exclude=tok)
        phrase = (tok.idx, subtree_span(tok)[1])
        span = _outside(span, phrase)
        cue = (tok.idx, to.idx + len(to.text))
        span = clip_to_paragraph(text_of(doc), span, cue[0])
        src = source_span(pobj)
        if tok.lower_ == "in":
            cue, src = (tok.idx, tok.idx + len(tok.text)), subtree_span(pobj)
        c = Cand(content=_doc_trim(doc, span), cue=cue, source=src, origin="according",
                 cue_tok=tok, src_tok=pobj, sent=sent.start_char)
        out.append(c)
    return out


def clip_to_paragraph(text: str, span: tuple[int, int], anchor: int) -> tuple[int, int]:
    """Cuts a span at line breaks around ``anchor`` (the cue): the parser sometimes runs a
    sentence across a paragraph break, but an attribution never does."""
    s, e = span
    if text.find("\n", s, e) < 0:  # (not "in text[s:e]": no copy of the span)
        return span
    if anchor >= e:
        anchor = e - 1
    left = text.rfind("\n", s, max(s, anchor))
    right = text.find("\n", min(e, anchor + 1), e)
    if left != -1:
        s = left + 1
    if right != -1:
        e = right
    if e <= s:  # the cue sits outside the span: keep the part next to it
        return span
    return s, e


def _outside(span: tuple[int, int], phrase: tuple[int, int]) -> tuple[int, int]:
    """The larger part of ``span`` lying outside ``phrase``."""
    s, e = span
    ps, pe = phrase
    if pe <= s or ps >= e:
        return span
    left, right = (s, ps), (pe, e)
    return left if left[1] - left[0] >= right[1] - right[0] else right


def _drop_final_stop(doc, span: tuple[int, int]) -> tuple[int, int]:
    """Reported content ends before the sentence's full stop (the stop belongs to the whole
    sentence), unless a quotation closes after it; 'U.S.' keeps its dot."""
    s, e = span
    text = text_of(doc)
    if e - s > 1 and text[e - 1] == "." and text[e - 2] not in ".\"”’'" \
            and _cm.arrays(doc).lone_word_at(e - 1):  # doc.char_span(e - 1, e) is a Span
        return _doc_trim(doc, (s, e - 1))
    return span


def _line_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether a line break separates two spans (overlapping spans are never separated)."""
    if a[1] <= b[0]:
        return text.find("\n", a[1], b[0]) >= 0
    if b[1] <= a[0]:
        return text.find("\n", b[1], a[0]) >= 0
    return False


def _cut_quote_tail(text: str, span: tuple[int, int]):
    """'"It is fine," Jane Roe, an aide, said': a parser that lost the subject runs the
    quotation's clause on into the speaker's name; the content ends at the closing mark and
    the name after it is the source. Returns (content, source span or None)."""
    s, e = span
    close = max(text.rfind("”", s, e), text.rfind('"', s + 1, e))
    if close <= s or not (text[s - 1:s] in ("“", '"') or text[s] in ("“", '"')):
        return span, None
    ts, te = trim(text, close + 1, e)
    if te <= ts or not text[ts].isupper() or len(text[ts:te].split()) > 20:
        return span, None
    return trim(text, s, close + 1), (ts, te)


def make_cand(doc, tok, span, origin) -> Cand | None:
    """A candidate for cue verb ``tok`` and content ``span``: source from the verb's
    subject, cue with its auxiliaries; None when a line break parts cue and content."""
    subj = subject_of(tok)
    if subj is None and tok.dep_ != "relcl":
        subj = agent_of(tok)
    src = None
    if subj is not None:
        src = source_span(subj) if subj.dep_ in _SUBJ_DEPS or subj.dep_ == "pobj" \
            else tokens_span([subj])
        if tok.dep_ == "relcl" and subj is tok.head:
            # 'the man who said': PolNeAR marks the relative pronoun; we keep the noun.
            rel = next((c for c in tok.children if c.dep_ in _SUBJ_DEPS), None)
            src = tokens_span([rel]) if rel is not None else tokens_span([subj])
    cue = cue_span(tok)
    text = text_of(doc)
    if _line_between(text, cue, span):
        return None  # the parser joined a headline or paragraph to the next one
    if src is not None and _line_between(text, cue, src):
        src = None
    content = _drop_final_stop(doc, _doc_trim(doc, clip_to_paragraph(text, span,
                                                                       cue[0])))
    if src is not None:
        src = _doc_trim(doc, clip_to_paragraph(text, src, cue[0]))
    # A cue inside its own content means the parse went wrong (unless it is an inserted
    # "he said" in the middle of the content): cut the content at the cue.
    if content[0] < cue[0] < content[1] and origin != "inserted":
        content = _doc_trim(doc, (content[0], cue[0]))
    if src is None and content[1] <= cue[0]:
        content, tail = _cut_quote_tail(text, content)
        span = doc.char_span(*tail, alignment_mode="expand") if tail else None
        if span is not None and len(span):
            src, subj = tail, span.root
    ar = _cm.arrays(doc)  # the sentence's first word from the arrays: Token.sent walks the Doc
    c = Cand(content=content, cue=cue, source=src, origin=origin, cue_tok=tok,
             src_tok=subj, sent=int(ar.idx[ar.sent_start[tok.i]]))
    if origin == "marks" and src is not None and src[0] < content[1] and content[0] < src[1]:
        # the quotes stage's cue beside a quotation whose subject the parse took from inside
        # the quotation ('"Safety," Grimm, a supporter, said'): the speaker stands between the
        # closing mark and the cue, or after the cue (as settle does for the filter's ones)
        from .attr_sources import _past_quote
        try:
            _past_quote(doc, c)
        except (IndexError, ValueError, AttributeError):
            c.source, c.src_tok = src, subj
    return c


# Words that, standing alone as a content, only point at what was said elsewhere ('denies
# it', 'blames which', 'saying how') or name a day rather than a claim ('ordered Tuesday').
# Personal objects ('praised him') stay: PolNeAR marks them as the content of the praise.
_POINTER_WORDS = frozenset("it this that these those which what who whom how why so".split())
_CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december today
yesterday tomorrow""".split())
# 'asked not to be named', 'spoke on condition of not being identified': a request for
# anonymity, not a reported claim.
_ANONYMITY = re.compile(r"(?:not\s+)?to\s+be\s+(?:named|identified)\b", re.I)


# Verbs that attribute a label: 'called him a liar', 'described the deal as a betrayal',
# 'referred to X as Y'. The label is what the source says; the thing labelled is not.
_NAMING_VERBS = frozenset("call describe label brand dub refer characterize characterise "
                          "portray depict".split())


def _naming_complement(tok):
    """The label a naming verb attaches, as a span: its predicate complement ('called X
    a liar') or its 'as' phrase ('described X as Y'); None when there is none."""
    if lemma_of(tok) not in _NAMING_VERBS:
        return None
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "oprd":
            return subtree_span(c)
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children):
            return subtree_span(c)
    return None


def _relabel(doc, c: Cand) -> None:
    """Moves a naming verb's content onto its label when the content missed it."""
    if c.cue_tok is None or not hasattr(c.cue_tok, "dep_"):
        return
    span = _naming_complement(c.cue_tok)
    if span is None or (c.content[0] < span[1] and span[0] < c.content[1]):
        return
    span = _doc_trim(doc, clip_to_paragraph(text_of(doc), span, c.cue[0]))
    if span[1] > span[0]:
        c.content = span


def _backshifted_conj(doc, c: Cand) -> None:
    """'X said that A and had found B': the parser may join the second reported predicate
    to the verb of saying. With no subject of its own and a pluperfect 'had' (the tense
    reported speech shifts into) right after the content, it is still what was said, so
    the content runs over it. Done after the filter, whose features saw the parse's span."""
    tok = c.cue_tok
    if c.origin != "verb" or tok is None or not hasattr(tok, "rights") \
            or lemma_of(tok) not in cues.SAY_VERBS:
        return
    for conj in tok.rights:
        if conj.dep_ != "conj" or conj.idx < c.content[1] or not _is_verbal(conj) \
                or any(g.dep_ in _SUBJ_DEPS for g in conj.children) \
                or not any(g.dep_ == "aux" and g.lower_ == "had" and g.i < conj.i
                           for g in conj.children):
            continue
        gap = doc.char_span(c.content[1], conj.left_edge.idx, alignment_mode="expand")
        if gap is not None and all(t.dep_ in ("cc", "punct") or t.is_space for t in gap):
            end = _drop_final_stop(doc, _doc_trim(doc, (c.content[0],
                                                        subtree_span(conj)[1])))[1]
            if "\n" not in text_of(doc)[c.content[1]:end]:
                c.content = (c.content[0], end)
        return


def hollow(text: str, content: tuple[int, int]) -> bool:
    """Whether a content span holds no claim of its own: a lone pointer or calendar word,
    or a speaker's request not to be named."""
    words = text[content[0]:content[1]].strip(" \t\n.,;:!?\"“”‘’'").lower()
    if words in _POINTER_WORDS or words in _CALENDAR_WORDS:
        return True
    return _ANONYMITY.match(words) is not None


def as_candidates(doc, cands: list[Cand]) -> list[Cand]:
    """'As Politico reported, X ...' / 'X, as the minister said, ...' / 'As reported by X, ...':
    a speech verb in an 'as' clause with nothing of its own to report vouches for the clause
    it modifies."""
    cue_heads = {c.cue_tok.i for c in cands if c.cue_tok is not None}
    out = []
    for tok in verbal_tokens(doc):
        if tok.i in cue_heads or tok.dep_ != "advcl" or tok.head is tok \
                or lemma_of(tok) not in cues.SPEECH_VERBS \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children):
            continue
        agent = None if any(c.dep_ in _SUBJ_DEPS for c in tok.children) else agent_of(tok)
        if agent is None and not any(c.dep_ in _SUBJ_DEPS for c in tok.children):
            continue
        c = make_cand(doc, tok, subtree_span(tok.head, exclude=tok), "inserted")
        if c is not None and agent is not None:
            # 'As reported by X, ...': no subject of its own; the by-phrase names the source.
            c.source, c.src_tok = source_span(agent), agent
        if c is not None and c.content[1] > c.content[0] and not any(
                c.cue[0] < o.cue[1] and o.cue[0] < c.cue[1] for o in cands if o.cue):
            out.append(c)
    return out


def final_stops(doc, cands: list[Cand]) -> None:
    """A reported content ends before its sentence's full stop whichever way it was found
    (the learned candidates' contents kept it at a paragraph's end)."""
    for c in cands:
        if c.kind == "indirect" and c.content[1] > c.content[0]:
            c.content = _drop_final_stop(doc, c.content)


# Title-case headline lines read by word form (attr_headline), after the filter.
HEADLINES = True


# The modules find_candidates calls that import this one, bound on its first call: its seven
# import statements ran the import machinery (some 10 us) once per article.
_LATE: tuple = ()


def _late() -> tuple:
    global _LATE
    from . import attr_headline, attr_model, attr_nesting, attr_source_choice, attr_source_span
    _LATE = (attr_model, attr_nesting, attr_headline, attr_source_choice, attr_source_span)
    return _LATE


def find_candidates(doc) -> list[Cand]:
    """Every clause-level attribution in a parsed Doc, in text order."""
    if not doc.has_annotation("DEP"):
        return []
    cands = verb_candidates(doc)
    taken = {c.cue_tok.i for c in cands}
    cands += object_candidates(doc, taken)
    cands += according_candidates(doc)
    # Both learned modules import this one: loaded late, once (_late).
    attr_model, attr_nesting, attr_headline, source_choice, source_span = _LATE or _late()
    filtered = attr_model.current() is not None
    if not filtered:
        cands += _cm.learned_candidates(doc, cands)
    else:
        cands = attr_model.select(doc, cands)
        if HEADLINES:
            cands += attr_headline.candidates(doc, cands)
    cands += as_candidates(doc, cands)
    if filtered or _cm.current() is not None:
        # After selection: the filter was fit on the parse's own sources. With both learned
        # models off (the training scripts' candidate pool) sources stay as parsed.
        cands = attr_nesting.settle(doc, cands)
    for c in cands:
        _relabel(doc, c)
        _backshifted_conj(doc, c)
    if filtered:
        source_span.tidy(doc, cands)
        source_choice.choose(doc, cands)
        source_span.same_mention(cands)
        final_stops(doc, cands)
    text = text_of(doc)
    cands = [c for c in cands if c.content[1] > c.content[0] and not hollow(text, c.content)]
    if filtered:
        cands = attr_nesting.drop_nested(cands)
    cands.sort(key=lambda c: (c.content[0], c.cue or (0, 0)))
    return cands


# cue_model imports this module, so it is bound here, once this module is complete, and the
# functions above reach it at call time: a 'from' import inside each of them ran the import
# machinery some 15,000 times in one pass over the demo articles.
from . import cue_model as _cm  # noqa: E402

__all__ = ["Cand", "text_of", "remember_text", "make_cand", "lemma_of", "find_candidates", "trim",
           "tokens_span", "subtree_span", "cue_span", "subject_of", "source_span",
           "cue_token_ids"]
