"""Event nouns no lexicon lists, found by derivation from a trigger verb the lexicon has.

- zero derivation: a noun spelt as a trigger verb ('a strongly worded rebuke', 'a snub',
  'a reprimand', 'filed a petition', 'put the blame on') names that verb's act when a light
  verb carries it ('delivered a rebuke to Kinshasa'), so that the noun is told as done by
  someone; the verb must have one sense needing no context, of a kind done by words or
  decisions (ACCUSE, REJECT, REQUEST, SUPPORT, CONCEDE, THREATEN), where the noun reading
  is the act itself; physical kinds ('a shell', 'a bomb', 'a storm') are left out, as are
  the verbs whose noun names a thing or a person ('refuse', 'a permit', 'a yield', 'a hail
  of bullets', 'a salute', 'a phone');
- nouns made by -sion, -ure or -al from such a verb ('the dismissal of the appeal') name
  its act as -ment and -ion nouns do (event_light.derived_sense reads them all).

Read by events.py (the trigger) and event_light.py (the suffixes).
"""
from __future__ import annotations

from . import plover_lexicon as lex
from .event_context import _light_verb
from .event_light import derived_sense
from .event_senses import joint_activity, object_derived_sense

# Verbs whose reading events._refine_verb decides from context; their gerunds stay unread.
CONTEXTUAL_VERBS = frozenset({"warn", "vow", "strike", "meet", "agree", "promise", "accept", "order",
                              "pledge", "capture", "attack", "fund", "finance", "tell"})
# kinds whose noun spelt as the verb is the act itself
SPOKEN_KINDS = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "CONCEDE", "THREATEN"})
# verbs whose noun of the same spelling names a thing, a person or another act
HOMOGRAPHS = frozenset({
    "refuse", "permit", "yield", "hail", "salute", "welcome", "blast", "fault", "phone",
    "telephone", "meet", "order", "tell", "ask", "let", "vow", "support", "champion",
    "partner", "ally", "defend", "embrace", "thank", "urge", "plead", "beg", "menace",
    "slam", "allow", "deny", "reject", "oppose", "resist", "discuss", "consult", "accept",
    "agree", "concede", "resign", "warn", "threaten", "accuse"})


def _one_plain_sense(verb: str):
    senses = lex.senses(verb)
    if len(senses) == 1 and senses[0].objs is None and not (
            senses[0].prt or senses[0].prep or senses[0].no_obj or senses[0].needs_agent):
        return senses[0]
    return None


def zero_derived_sense(tok, contextual: frozenset[str]) -> "lex.NounSense | None":
    """'Rwanda delivered a strongly worded rebuke to Kinshasa': a noun spelt as a spoken
    kind's trigger verb, carried by a light verb, names the verb's act."""
    if tok.pos_ != "NOUN":
        return None
    verb = tok.lemma_.lower()
    if verb in HOMOGRAPHS or verb in contextual or lex.noun_sense(verb) is not None:
        return None
    sense = _one_plain_sense(verb)
    if sense is None or sense.type not in SPOKEN_KINDS or _light_verb(tok) is None:
        return None
    return lex.NounSense(sense.type, of_role="target", poss_role="actor",
                         preps=frozenset({"of", "by"}))


def gerund_sense(word: str) -> lex.NounSense | None:
    """'the shelling', 'the looting', 'the kidnapping': a gerund used as a noun names the
    act of its verb, when that verb's sense needs no context to hold."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else None):
        if verb in CONTEXTUAL_VERBS:
            return None
        senses = lex.senses(verb) if verb else ()
        if len(senses) == 1 and senses[0].objs is None and not (
                senses[0].prt or senses[0].prep or senses[0].no_obj or senses[0].needs_agent):
            patient = senses[0].type in ("ASSAULT", "COERCE", "CONCEDE", "SANCTION")
            return lex.NounSense(senses[0].type, of_role="target",
                                 poss_role="target" if patient else "actor")
    return None


def derived_noun(tok, word: str) -> "lex.NounSense | None":
    """The sense of an event noun made from a trigger verb: a gerund, a noun by -ment, -ion,
    -sion, -ure or -al from a verb needing no context, by a suffix from a verb whose object
    class its 'of' fills ('the closure of the border crossing'), a joint activity's gerund,
    or zero derivation."""
    return gerund_sense(word) or derived_sense(word, CONTEXTUAL_VERBS) or object_derived_sense(
        tok) or joint_activity(tok) or zero_derived_sense(tok, CONTEXTUAL_VERBS)


# light verbs that hand words to someone: 'to' names whom they are addressed to
HANDING = frozenset({"deliver", "send", "issue", "address", "give", "lodge", "hand", "make",
                     "submit", "file", "direct"})
ADDRESSED_KINDS = frozenset({"ACCUSE", "REQUEST", "REJECT"})


def addressees(type_: str, noun, verb) -> list:
    """'delivered a strongly worded rebuke to Kinshasa', 'sent a request to Interpol': the
    party words are handed to is their target."""
    from .event_context import _lemma, _pobjs
    if type_ not in ADDRESSED_KINDS or verb is None or _lemma(verb) not in HANDING:
        return []
    return [t for t in _pobjs(verb, ("to",)) + _pobjs(noun, ("to",)) if not t.like_num]
