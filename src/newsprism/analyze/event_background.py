"""Event nouns told as background, not as a new happening (PLOVER codes what the sentence
reports, not every event it mentions).

- a meeting used as a time anchor: 'Security was tight ahead of the summit', 'during the
  minister's visit', 'After the summit in Kigali, Rwanda accused Burundi';
- an event that is the subject of a document: 'The report on the war in Tigray runs to 300
  pages', 'a study of the sieges';
- a measure's cost or effect: 'blaming the cost of new tariffs on vehicles', 'the civil
  war's effects on children' (also as a document's subject: 'A report on the civil war's
  effects');
- a meeting whose length is told: 'The minister's visit to the Gulf will last three days';
- the run of acts the sentence's own act belongs to: '..., the latest in a series of
  strikes' (a bare 'staged a series of attacks' is the act, not a document's subject);
- a measure under which something else is done: 'received the report under an embargo',
  'sold oil under sanctions' (being put or coming under it is an act: 'placed under house
  arrest', 'came under fire');
- an appeal told by how much of it is funded: 'left the UN's appeal for Yemen a fifth
  funded' (the appeal is a fund the sentence measures, not a request it reports).

Hostile acts used as anchors ('after the attack on the convoy') are left alone: the open
sets code some of them as the sentence's own event.
"""
from __future__ import annotations

from .event_context import _children, _lemma

# prepositions that make their object the time of another happening
TIME_PREPS = frozenset({"during", "before", "after", "following", "since", "until", "till",
                        "throughout", "amid"})
# nouns that with 'of' make such a time: 'ahead of', 'on the eve of', 'on the sidelines of'
TIME_NOUNS = frozenset({"ahead", "eve", "sidelines", "margins", "run-up", "wake", "end",
                        "start", "opening", "close", "eve"})
# documents whose subject an event may be
DOCUMENTS = frozenset({"report", "reports", "study", "studies", "book", "books", "documentary",
                       "documentaries", "history", "histories", "dossier", "paper",
                       "analysis", "survey", "chapter", "exhibition", "podcast", "series"})
# what a document is about
ABOUT = frozenset({"on", "about", "into", "of"})
# what a measure or an act costs or does, told as a backdrop ('blaming the cost of new
# tariffs', 'the impact of sanctions on the economy')
BURDENS = frozenset({"cost", "costs", "impact", "effect", "effects", "burden"})
# verbs telling how long a meeting goes on
DURATIONS = frozenset({"last", "run"})


def _anchor_prep(tok):
    """The preposition that makes ``tok`` (a pobj) a time: 'during X', 'ahead of X'."""
    prep = tok.head
    if prep.lower_ in TIME_PREPS:
        return prep
    if prep.lower_ == "of" and prep.head.lower_ in TIME_NOUNS:
        return prep.head
    return None


# nouns counting acts of one kind ('a series of strikes', 'a string of attacks')
SERIES = frozenset({"series", "string", "spate", "wave", "succession", "run", "chain"})
# what makes the sentence's own act one of such a run: 'the latest in a series of'
LATEST = frozenset({"latest", "last", "newest", "first", "second", "third", "fourth", "fifth"})


def _latest_of_series(tok) -> bool:
    """'..., the latest in a series of strikes': the run of acts the sentence's own act
    belongs to is its kind, no new happening of its own."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lower_ not in SERIES:
        return False
    run = tok.head.head
    return run.dep_ == "pobj" and run.head.lower_ == "in" and run.head.head.lower_ in LATEST


def _about_in_document(tok) -> bool:
    """Whether ``tok`` is what a document is about ('The report on the war')."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ABOUT or tok.head.head is tok:
        return False
    doc_word = tok.head.head.lower_
    # "staged a series of attacks": 'a series of' counts acts, it is no programme about them
    return doc_word in DOCUMENTS and not (doc_word == "series" and tok.head.lower_ == "of")


# verbs that put a party under a measure ('placed under house arrest', 'came under fire')
PUTTING = frozenset({"place", "put", "come", "bring", "fall", "go", "take", "keep"})
# how much of an appeal is funded ('a fifth funded', 'underfunded')
FUNDED = frozenset({"funded", "underfunded", "unfunded", "under-funded"})


def _under_measure(c, tok) -> bool:
    """'received the report under an embargo': a measure in force, not imposed here."""
    if c.type not in ("SANCTION", "COERCE") or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return False
    gov = tok.head.head
    return gov.pos_ in ("VERB", "AUX") and _lemma(gov) not in PUTTING


def background_mention(c) -> bool:
    """Whether a noun candidate is a meeting used as a time anchor, the subject of a
    document, or a meeting whose length is told."""
    if c.kind != "noun":
        return False
    tok = c.tok
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # 'during the talks and the dinner'
    if c.type == "CONSULT" and tok.dep_ == "pobj" and _anchor_prep(tok) is not None:
        return True
    if _under_measure(c, tok):
        return True
    if c.type == "REQUEST" and tok.lower_ in ("appeal", "appeals") and "fund" in (
            tok.sent.text) and any(t.lower_ in FUNDED for t in tok.sent):
        return True  # "has left the UN's appeal for Yemen less than a fifth funded"
    if _latest_of_series(tok):
        return True  # "..., the latest in a string of attacks on farming communities"
    if tok.dep_ == "poss" and tok.head.lower_ in BURDENS:
        return True  # "the civil war's effects on children", "the sanctions' cost"
    if _about_in_document(tok) or tok.dep_ == "poss" and _about_in_document(tok.head):
        return True  # "A report on the civil war's effects on children"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in BURDENS:
        return True
    return c.type == "CONSULT" and tok.dep_ == "nsubj" and _lemma(tok.head) in DURATIONS \
        and not _children(tok.head, "dobj")
