"""Flags evaluative adjectives that no hand list names, from a learned, precomputed word table.
Input: framing.py's parsed spaCy Doc and the spans found; output: extra (start, end, kind) spans.

The table (data/loaded_expansion.tsv: word, score) is written offline by
scripts/build_loaded_expansion.py: a linear scorer over multilingual-e5 word vectors, trained
on the loaded lexicon and the framing probe, scored every adjective of plain news text. At
run time a word is only looked up, so framing pays one dict lookup per adjective.

A learned score says a word is often evaluative, not that this use is: so a word from the
table counts only where a writer judges with it. It must be tagged as a plain adjective
(not a comparative, a superlative or part of a name), and either modify a person, a group,
an act or a statement ('a feeble response', 'hapless United') or be predicated of one ('the
reforms were shambolic', 'he looked dowdy'). A score below MIN_SCORE, a quoted name or a
word already inside another span adds nothing.

Not called by framing.py: on held batch -r it added one neutral false flag and no recall
(figures in scripts/build_loaded_expansion.py); kept so a wider vocabulary can be retried.
"""
from __future__ import annotations

import functools
import pathlib

from newsprism.analyze import loaded_lexicon as lx
from newsprism.analyze.framing_evaluative import ACT_NOUNS, GOVERNING_NOUNS

TABLE = pathlib.Path(__file__).resolve().parents[1] / "data" / "loaded_expansion.tsv"
MIN_SCORE = 0.9

# Heads a judgement lands on besides people and named groups: what people do and say.
STATEMENT_NOUNS = frozenset({
    "remark", "remarks", "comment", "comments", "speech", "statement", "claim", "claims",
    "response", "reply", "answer", "attack", "display", "performance", "record", "conduct",
    "behaviour", "behavior", "handling", "reforms", "budget", "approach", "tone", "rhetoric",
    "campaign", "excuse", "excuses", "lecture", "tirade", "outburst", "defence",
    "defense", "stance", "leadership", "management", "owners", "bosses", "elite", "elites",
    "officials", "government", "regime", "side", "team", "fans", "supporters", "critics",
})
PEOPLE_NOUNS = (lx.PERSON_NOUNS | GOVERNING_NOUNS | frozenset({
    "people", "men", "women", "children", "official", "officials", "politician",
    "politicians", "star", "stars", "actor", "actress", "singer", "player", "players",
    "striker", "keeper", "manager", "owner", "owners", "boss", "bosses", "dad", "mum",
    "mother", "father", "wife", "husband", "rival", "rivals", "fans", "critics", "elite",
    "mob", "gang", "lawmakers", "senator", "governor", "columnist", "referee", "treasury",
}))
PEOPLE_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "him", "her", "them"})
# Linking verbs through which an adjective is predicated of the subject.
LINKING = frozenset({"be", "look", "seem", "appear", "sound", "prove", "become", "remain",
                     "feel", "get", "grow"})


@functools.lru_cache(maxsize=1)
def table() -> dict[str, float]:
    """The learned words and their scores; empty when the data file is missing."""
    if not TABLE.exists():
        return {}
    out = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        word, _, score = line.partition("\t")
        if word and score:
            out[word] = float(score)
    return out


def _judged(noun) -> bool:
    """A person, a group, an act or a statement: what an evaluative adjective judges."""
    low = noun.lower_
    if noun.pos_ == "PRON":
        return low in PERSONAL_PRONOUNS
    if noun.ent_type_ in PEOPLE_ENTITIES and noun.pos_ == "PROPN":
        return True
    return noun.pos_ in ("NOUN", "PROPN") and (
        low in PEOPLE_NOUNS or noun.lemma_.lower() in PEOPLE_NOUNS or low in STATEMENT_NOUNS
        or noun.lemma_.lower() in ACT_NOUNS)


def _target(tok):
    """The noun the adjective says something of, or None."""
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ in ("acomp", "attr") and tok.head.lemma_ in LINKING:
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subj[0] if subj else None
    if tok.dep_ == "conj" and tok.head.pos_ == "ADJ":
        return _target(tok.head)
    return None


def _candidate(tok, words: dict[str, float]) -> bool:
    low = tok.lower_
    if tok.tag_ != "JJ" or words.get(low, 0.0) < MIN_SCORE or tok.ent_type_:
        return False
    return low not in lx.CATEGORY_MODIFIERS and low not in lx.NEUTRAL_HEADS


def learned_spans(doc, found) -> list[tuple[int, int, str]]:
    """Loaded-language spans for learned adjectives that judge a person, group, act or
    statement, outside every span ``found`` already holds."""
    words = table()
    if not words:
        return []
    taken = [(s, e) for s, e, _ in found]
    out = []
    for tok in doc:
        if not _candidate(tok, words):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(s < end and start < e for s, e in taken):
            continue
        target = _target(tok)
        if target is not None and _judged(target):
            out.append((start, end, "loaded_language"))
    return out


__all__ = ["MIN_SCORE", "TABLE", "learned_spans", "table"]
