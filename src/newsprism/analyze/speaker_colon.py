"""Whose clause a colon closes before a quotation ('The chair, Senator X, cut in: "..."'):
the subject of the verb the colon hangs on, not the first subject of the sentence. Input: the
colon token and the subjects quotes._colon_cand found on the colon's line."""
from __future__ import annotations

from .attribution import source_span
from .cues import SPEECH_VERBS
from .lexicon_roles import person_noun


def colon_subject(colon, subjects: list):
    """The speaker token for a quotation a colon opens, or None. Two clauses before one colon
    ('Question Time has started, and the opposition leader, X, opens with the cuts: "..."'):
    the subject of the colon's own verb, a main clause's, speaks. A verb the parse hung on the noun phrase
    before it as a modifier ('The committee chair, Senator X, cut in:' read as 'the chair
    [who was] cut in'), with no subject at all: that noun phrase, opening the sentence, is
    the subject the parse lost."""
    verb = colon.head
    # (a main clause's verb only: in 'the impact it said X would have on women:' the colon
    # closes a clause inside the sentence's own, whose subject is not who speaks)
    own = [t for t in subjects if t.head.i == verb.i] if verb.dep_ == "conj" \
        and verb.head.dep_ == "ROOT" else []
    if own:
        return own[0]
    if subjects:
        return subjects[0]
    # the verb right before the colon (the parse may have hung the colon on the noun instead)
    verb = next((t for t in reversed(colon.doc[colon.sent.start:colon.i])
                 if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text != ","), None)
    noun = verb.head if verb is not None else None
    line = colon.doc.text.rfind("\n", 0, colon.idx) + 1
    if verb is not None and verb.dep_ == "acl" and verb.pos_ == "VERB" \
            and noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i \
            and noun.left_edge.idx == line \
            and not any(c.dep_ in ("agent", "dobj") for c in verb.children) \
            and (noun.ent_type_ == "PERSON" or person_noun(noun.lower_) or any(
                t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in noun.children)):
        # (a person's phrase only: 'The letter, signed by 40 MPs:' is a paper, not a speaker)
        return noun
    return None


def colon_source(colon, subjects: list):
    """(token, (start, end)) of the speaker colon_subject finds, the phrase ending before the
    verb the parse hung inside it; None when there is none."""
    tok = colon_subject(colon, subjects)
    if tok is None:
        return None
    s, e = source_span(tok)
    verb = next((t for t in tok.children if t.dep_ == "acl" and t.i < colon.i), None)
    if verb is not None:
        words = [t for t in tok.subtree if t.i < verb.i]
        while words and words[-1].is_punct:
            words.pop()
        e = words[-1].idx + len(words[-1].text)
    return tok, (s, e)


def colon_may_open(text: str, colon: int, opening: int) -> bool:
    """Whether the colon (or dash) at ``colon`` introduces the quotation opening at
    ``opening``: on the same line, or a colon that ends its paragraph with the quotation
    opening the next ('... spoke to the station as he waited in line:' / '"..."'), the way
    news prose sets a long quotation apart."""
    between = text[colon + 1:opening]
    return "\n" not in between or text[colon] == ":" and not between.strip()


def colon_cue(colon, opening: int):
    """The cue of a quotation a colon opens: the colon, or the verb of saying before it when
    the colon ends its paragraph ('Caddell continued:' / '"..."', 'He said:' / '"..."'),
    the verb being all the attribution that paragraph holds."""
    verb = colon.head
    if "\n" in colon.doc.text[colon.idx:opening] and verb.pos_ == "VERB" and verb.i < colon.i \
            and verb.lemma_.lower() in SPEECH_VERBS:
        return verb
    return colon
