"""Evaluative strength from a general lexicon, for loaded words no list of ours names.

The lexicon is VADER's (the `vaderSentiment` package, MIT licence): about 7,500 English words
and emoticons, each rated for valence from -4 to +4 by ten people. It ships as a text file
inside the wheel and is read from the installed package; nothing is downloaded. Without the
package the module marks nothing.

A word counts as loaded here only where a writer judges with it:
- an adjective in an evaluative position: before a noun ('a gaudy ring', attributive) or as
  the complement of a copula ('the excuses are pathetic', predicative), or an adverb in -ly
  grading one ('pathetically weak');
- rated strongly: |valence| >= NEGATIVE_MIN for blame, >= POSITIVE_MIN for praise (praise
  needs more, since the plain copy of news uses mild positive words to describe:
  'peaceful march', 'free elections', 'a strong wind');
- not a participle ('terrified residents', 'a broken drain' report a state), not one of
  the plain scalar or legal words wire copy describes with (PLAIN), not a colour's degree
  ('a brilliant blue sapphire'), and not where framing's own sense checks call the word
  plain (names, titles, terms of art).
The thresholds were picked on the probe's tuning rows (tests/framing_eval.py --s and older
batches), where the listed words already catch most strong words: this reaches the rarer
ones ('gorgeous', 'petrifying'); a -ing form needs POSITIVE_MIN either way.

Two judgements need no rating, since most of a new writer's missed adjectives are not in
any lexicon here ('hunky', 'gutsy', 'chic'): an adjective on a word for people
(epithet: 'the spineless senator') and how a person looks or sounds told by the writer
(appearance_verdict: 'looked effortlessly chic'); both leave alone a closed class of
description (DESCRIBING: rank, office, age, origin, party, condition, feeling, the
sympathy words given to victims) and category or state endings ('political', 'retired').
"""
from __future__ import annotations

import functools
from importlib import resources

from . import framing_rules as rules

NEGATIVE_MIN = 1.5
POSITIVE_MIN = 2.5

# Scalar, legal and physical words that wire copy uses to describe, whatever their rating:
# a small closed class, not a list of our batches' words.
PLAIN = frozenset({
    "good", "better", "best", "great", "greater", "greatest", "bad", "worse", "free", "freely",
    "clear", "clearly", "safe", "safely", "strong", "stronger", "strongest", "weak", "weaker",
    "peaceful", "peacefully", "active", "poor", "poorer", "wrong", "fair", "happy", "sad",
    "dead", "ill", "sick", "criminal", "illegal", "illegally", "guilty", "innocent", "violent",
    "fatal", "fatally", "serious", "seriously", "severe", "severely", "harsh", "proud",
    "lonely", "honest", "loyal", "gross", "important", "successful", "successfully",
    "positive", "negative", "true", "false", "legal", "lucky", "healthy", "welcome",
    "friendly", "popular", "rich", "wealthy", "secure", "stable", "united", "hurt", "injured",
    "killed", "lost", "missing", "low", "high", "easy", "hard", "difficult", "warm", "cold",
    "nice", "fine", "ready", "certain", "sure", "special", "significant", "major", "painful",
    "angry", "afraid", "worried", "sorry", "glad", "pleased", "disappointed", "concerned",
    "mock", "alive", "blind", "deaf", "suspicious", "dangerous", "toxic", "unsafe", "unfair",
    "unable", "unhappy",
})
_COLOURS = frozenset({"blue", "red", "green", "yellow", "white", "black", "orange", "purple",
                      "pink", "gold", "golden", "silver", "light", "colours", "colors"})
# Words whose plain sense comes with the noun they modify: money owed, fuel grades.
_PLAIN_BEFORE = {
    "outstanding": frozenset({"bonus", "debt", "payment", "loan", "warrant", "balance", "amount",
                              "fee", "wage", "salary", "bill", "invoice", "arrear", "claim",
                              "issue", "question", "case", "order", "share"}),
    "super": frozenset({"gasoline", "petrol", "fuel", "league", "bowl", "computer", "cup"}),
}
_NOUN_SUFFIXES = ("ster", "ism", "ness", "ity", "ment", "tion", "sion")
_COPULAS = frozenset({"be", "seem", "look", "appear", "become", "remain", "sound", "feel",
                      "prove", "get", "grow"})


@functools.cache
def lexicon() -> dict[str, float]:
    """Word -> mean valence, from the installed vaderSentiment package ({} without it)."""
    try:
        text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    out = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


def strong(word: str) -> bool:
    """Whether a lower-cased word is rated strongly enough to judge (the cheap first look)."""
    v = lexicon().get(word)
    return v is not None and (v <= -NEGATIVE_MIN or v >= POSITIVE_MIN) and word not in PLAIN


def _position(tok) -> bool:
    """Attributive on a noun, predicative after a copula, or an -ly adverb grading a word."""
    head = tok.head
    if tok.tag_ == "VBG" and tok.dep_ == "amod":  # 'a petrifying superbug'
        # 'grieving parents': an -ing form on people tells what they feel or do
        # ('warring sides', 'the losing candidate'), and it needs a strong rating to judge
        return head.pos_ in ("NOUN", "PROPN") and head.i > tok.i and not rules.person_like(head) \
            and abs(lexicon().get(tok.lower_, 0.0)) >= POSITIVE_MIN
    if tok.pos_ == "ADJ":
        if tok.dep_ == "amod":
            return head.pos_ in ("NOUN", "PROPN") and head.i > tok.i
        if tok.dep_ in ("acomp", "attr"):
            return head.lemma_.lower() in _COPULAS
        if tok.dep_ == "conj":
            return head.pos_ == "ADJ" and _position(head)
        return False
    if tok.pos_ == "ADV" and tok.lower_.endswith("ly"):
        # blame grading a quality ('depressingly familiar'); 'badly damaged', 'perfectly
        # fine' measure a degree
        return tok.dep_ == "advmod" and head.pos_ == "ADJ" and not head.lower_.endswith("ed") \
            and lexicon().get(tok.lower_, 0.0) <= -NEGATIVE_MIN
    return False


def judged(tok) -> bool:
    """Whether a token is a strongly rated word used as a judgement here (framing.py applies
    its name, title and plain-sense checks before this)."""
    low = tok.lower_
    if not strong(low) or tok.tag_ in ("VBN", "VBD", "JJR", "JJS") or low.endswith("ed") \
            or low.endswith("en") and len(low) > 5:
        return False  # a participle reports a state ('a broken drain', 'terrified residents',
        # 'a fallen tanker'); comparisons measure ('the lowest costs')
    senses = _PLAIN_BEFORE.get(low)
    if senses and tok.head.lemma_.lower() in senses:
        return False  # 'outstanding bonuses', 'super gasoline
    if low.endswith(_NOUN_SUFFIXES):
        return False  # a noun the parser read as an adjective ('Smirking fraudster flaunts')
    if not _position(tok):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _COLOURS:
        return False  # 'a brilliant blue sapphire': the colour's degree
    return True


# Adjectives that describe a person or group rather than judge them: rank, office, age,
# time, origin, number, party, condition, feeling, and the sympathy words news gives victims. A
# closed class of description, not a list of judging words.
DESCRIBING = frozenset("""
former current new old young elderly local chief deputy acting top leading veteran senior
junior first second third last other same own main many several few some more most such only
single male female married pregnant unemployed disabled homeless retired late dead injured
missing wounded interim incoming outgoing future prospective previous ex potential alleged
suspected presumed real key major minor general special private public independent
international national regional federal foreign domestic overseas rural urban black white
asian big small little tall short full principal head lead associate assistant fellow joint
sole fresh early unnamed unidentified anonymous unknown certain various different whole
entire overall total able professional amateur teenage adult elected appointed serving
sitting ruling opposing rival opposition armed unarmed civilian military royal religious
jewish muslim christian catholic hindu left right centrist liberal conservative progressive
democratic republican socialist communist green labour tory nearby poor rich wealthy popular
famous renowned prominent experienced skilled qualified trained volunteer voluntary prime
interior migrant resident permanent incumbent extra honourable honorable vulnerable lonely
peaceful honest innocent ordinary free sick stable frail
tearful fearful grateful hopeful thankful cheerful joyful mournful sorrowful anxious nervous
emotional upset distraught happy sad angry glad sorry proud
""".split())
# Roles of public life that the people lexicon of framing_rules leaves out (entertainment,
# sport, business, partners).
PEOPLE_ROLES = frozenset({"star", "singer", "winger", "defender", "midfielder", "forward",
                          "host", "presenter", "model", "rapper", "coach", "manager",
                          "captain", "chef", "beau", "underdog", "boss", "owner", "tycoon",
                          "mogul", "influencer", "heir", "heiress", "socialite", "spouse",
                          "girlfriend", "boyfriend", "husband", "wife", "partner", "ex"})
# Endings of adjectives of category or state ('political', 'Chinese', 'retired', 'leading').
_DESCRIBING_ENDINGS = ("al", "ic", "an", "ese", "ish", "ed", "ing", "ist", "ary", "ory",
                       "ive", "ern", "en", "ian")


def _described(low: str) -> bool:
    """A category or state ending on a word long enough to carry one ('chic' has none)."""
    return low.endswith(("ed", "ing")) or len(low) > 5 and low.endswith(_DESCRIBING_ENDINGS)


def epithet(tok) -> bool:
    """'the spineless senator', 'a hapless keeper': an adjective on a word for people that
    is no description (DESCRIBING, category and state endings, names, comparisons), so a
    judgement of them, rated or not."""
    head = tok.head
    if tok.pos_ != "ADJ" or tok.dep_ != "amod" or not tok.is_alpha or head.i <= tok.i \
            or head.pos_ != "NOUN" or not (rules.person_like(head)
                                           or head.lemma_.lower() in PEOPLE_ROLES):
        return False
    low = tok.lower_
    if low in DESCRIBING or low in PLAIN or _described(low) or tok.tag_ in ("JJR", "JJS") \
            or tok.ent_type_ or (tok.is_title and not tok.is_sent_start):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.text != "-" and not (tok.i > 0 and tok.doc[tok.i - 1].text == "-")


_SEEMING = frozenset({"look", "seem", "appear", "sound"})


def appearance_verdict(tok) -> bool:
    """'she looked effortlessly chic', 'he sounded shrill': how a person looks or sounds,
    told by the writer, is a verdict unless the word describes (as for epithets) or names
    a feeling or state ('looked tired', 'seemed unaware')."""
    head = tok.head
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or not tok.is_alpha \
            or head.lemma_.lower() not in _SEEMING:
        return False
    subj = next((k for k in head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (rules.person_like(subj) or subj.lemma_.lower() in PEOPLE_ROLES):
        return False
    low = tok.lower_
    return not (low in DESCRIBING or low in PLAIN or _described(low)
                or low.startswith("un") or tok.tag_ in ("JJR", "JJS")
                or any(k.dep_ in ("prep", "xcomp") for k in tok.children))


__all__ = ["NEGATIVE_MIN", "POSITIVE_MIN", "appearance_verdict", "epithet", "judged", "lexicon",
           "strong"]
