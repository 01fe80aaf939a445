"""Factuality: markers on the dependency path, the documented precedence, quotes. Sentences are
written for these tests."""
from __future__ import annotations

import pytest

from newsprism.analyze import factuality as fa
from newsprism.analyze.pipeline import State
from newsprism.records import Article, Quote, Speaker


def _of(nlp, text: str, word: str, quotes=()) -> str:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return fa.assess(tok, quotes)[0]


CASES = [
    ("Gunmen attacked the convoy near Kandahar.", "attacked", "asserted"),
    ("The ministry said rebels attacked the convoy.", "attacked", "reported"),
    ("Rebels attacked the convoy, according to the ministry.", "attacked", "reported"),
    ("The group allegedly attacked the convoy.", "attacked", "alleged"),
    ("The group is suspected of attacking the convoy.", "attacking", "alleged"),
    ("The colonel has been linked with the bombing of the embassy.", "bombing", "alleged"),
    ("The alleged attack on the convoy was never confirmed.", "attack", "alleged"),
    ("The army did not attack the convoy.", "attack", "negated"),
    ("The army never attacked the convoy.", "attacked", "negated"),
    ("The ministry denied that troops had attacked the convoy.", "attacked", "negated"),
    ("The general refused to withdraw his troops.", "withdraw", "negated"),
    ("The army could have attacked the convoy.", "attacked", "hypothetical"),
    ("The army would attack if the talks failed.", "attack", "hypothetical"),
    ("If the rebels seize the town, the talks will collapse.", "seize", "hypothetical"),
    ("The rebels want to seize the airport.", "seize", "hypothetical"),
    ("The army will attack the town at dawn.", "attack", "future"),
    # a circumstance keeps its own modality, whatever the main clause's
    ("The council failed to pass the motion after the mayor vetoed it.", "vetoed", "asserted"),
    ("The assembly refused to adopt the budget despite the protests.", "protests", "asserted"),
    ("The group vowed revenge after the killing of its leader.", "killing", "asserted"),
    # an event noun that another act answers is a given; a truce agreed to is still ahead
    ("Ankara has vowed to respond to attacks on its soldiers.", "attacks", "asserted"),
    ("The clan swore to avenge the murder of its elder.", "murder", "asserted"),
    ("The factions agreed to a truce in the north.", "truce", "future"),
    ("The army denied carrying out the airstrike.", "airstrike", "negated"),
    ("The navy said it had repelled an attack on a tanker.", "attack", "reported"),
    ("Tehran would respond to any strike on its soil.", "strike", "hypothetical"),
    ("Tehran vowed to respond to the strike on its soil.", "strike", "asserted"),
    ("The army is going to attack the town.", "attack", "future"),
    ("The government plans to impose sanctions on the firms.", "impose", "future"),
    ("The planned withdrawal was postponed.", "withdrawal", "future"),
]


@pytest.mark.parametrize("text,word,expected", CASES)
def test_markers_give_the_expected_value(nlp, text, word, expected):
    assert _of(nlp, text, word) == expected


def test_a_subject_is_presupposed_not_modalised(nlp):
    # only what the sentence predicts is future; the killing it starts from happened
    text = "The killing of the general will lead to the liberation of the city."
    assert _of(nlp, text, "killing") == "asserted"
    assert _of(nlp, text, "liberation") == "future"


def test_precedence_is_documented_order():
    assert fa.resolve({"reported", "future"}) == "future"
    assert fa.resolve({"reported", "alleged"}) == "alleged"
    assert fa.resolve({"future", "hypothetical"}) == "hypothetical"
    assert fa.resolve({"negated", "hypothetical", "reported"}) == "negated"
    assert fa.resolve(set()) == "asserted"
    assert fa.PRECEDENCE[-1] == "asserted" and set(fa.PRECEDENCE) == {
        "asserted", "reported", "alleged", "negated", "hypothetical", "future"}


def test_inside_a_quote_reported_unless_the_quote_has_its_own_modality(nlp):
    text = '"Our forces struck the depot and will strike again," the colonel said.'
    q = Quote("q7", "direct", 1, text.index(',"'), None, Speaker(None, "the colonel", None, None))
    doc = nlp(text)
    struck = next(t for t in doc if t.text == "struck")
    strike = next(t for t in doc if t.text == "strike")
    assert fa.assess(struck, [q]) == ("reported", "q7")
    assert fa.assess(strike, [q]) == ("future", "q7")


def test_factuality_of_takes_a_span_or_token_and_the_state(nlp):
    text = "Officials said the army will withdraw from the valley."
    doc = nlp(text)
    st = State(Article(id="x", text=text), "en", None, {"doc": doc, "quotes": ()})
    tok = next(t for t in doc if t.text == "withdraw")
    assert fa.factuality_of(tok, st) == "future"
    assert fa.factuality_of(doc[tok.i:tok.i + 1], st) == "future"
    assert fa.factuality_of(tok) == "future"


def test_quote_at_prefers_the_innermost_quote():
    outer = Quote("q1", "indirect", 0, 100, None, Speaker(None, None, None, None))
    inner = Quote("q2", "direct", 10, 40, None, Speaker(None, None, None, None))
    assert fa.quote_at(12, 20, [outer, inner]).id == "q2"
    assert fa.quote_at(50, 60, [outer, inner]).id == "q1"
    assert fa.quote_at(150, 160, [outer, inner]) is None


def test_event_noun_under_a_passive_light_verb_takes_its_modality(nlp):
    from newsprism.analyze.factuality import assess
    for text, word, want in (
            # the reported 'will' (session 16 ruling (8) in tests/events_eval.py): future
            ("Organisers said a second rally would be held in Deva.", "rally", "future"),
            ("Fresh talks will be held in Geneva next week.", "talks", "future"),
            ("A rally was held in Deva on Sunday.", "rally", "asserted"),
            ("The attack was condemned by the council.", "attack", "asserted")):
        doc = nlp(text)
        tok = next(t for t in doc if t.lower_ == word)
        assert assess(tok)[0] == want, text


def test_a_denied_role_leaves_the_act_a_given(nlp):
    from newsprism.analyze.factuality import assess
    for text, word, want in (
            ("The Red Hand denied any role in Thursday's attack.", "attack", "asserted"),
            ("The army denied involvement in the killing of two farmers.", "killing", "asserted"),
            ("The mayor vowed to find those behind the bombing.", "bombing", "asserted"),
            ("The group denied carrying out the attack.", "attack", "negated")):
        doc = nlp(text)
        tok = next(t for t in doc if t.lower_ == word)
        assert assess(tok)[0] == want, text


def test_a_trailing_report_left_as_parataxis_still_reports(nlp):
    text = ("Gunmen abducted at least 20 travellers from a minibus on the road between Osla "
            "and Kora on Friday night, police in Kora province said, the latest in a string "
            "of kidnappings in the region.")
    assert _of(nlp, text, "abducted") == "reported"


def test_a_report_reaches_a_when_clause_of_a_second_conjunct(nlp):
    text = ("At least nine people were killed and dozens wounded when rockets struck a market "
            "in Kora on Sunday, the regional governor said.")
    assert _of(nlp, text, "struck") == "reported"
    assert _of(nlp, "Troops passed the checkpoint before rockets struck the market.",
               "struck") == "asserted"


def test_a_report_coordinated_after_a_comma_still_reports(nlp):
    text = ("Marvia freed four Tessalian soldiers in exchange for two conscripts, in a swap "
            "brokered by an envoy, the presidential office in Osla said on Saturday.")
    assert _of(nlp, text, "freed") == "reported"
    # 'and said' coordinates a second act; the first stays the writer's own
    assert _of(nlp, "Troops shelled the port and said they would continue.",
               "shelled") == "asserted"


def test_a_dateline_glued_clause_and_a_future_summit(nlp):
    text = ("TERVO, May 2 (Harbour Wire) - Marvian riot police detained 40 people overnight "
            "as they broke up a protest, the interior ministry said.")
    assert _of(nlp, text, "detained") == "reported"
    text = "Leaders of the five states will gather in Osla next month for a summit on water."
    assert _of(nlp, text, "summit") == "future"


def test_a_called_off_strike_did_not_happen(nlp):
    text = "The union called off a planned strike after the ministry raised wages."
    assert _of(nlp, text, "strike") == "negated"


def test_an_unsaid_report_leaves_the_act_open(nlp):
    text = "The ministry did not say whether police had detained the organisers."
    assert _of(nlp, text, "detained") == "hypothetical"
    assert _of(nlp, "The army did not attack the convoy.", "attack") == "negated"


def test_a_parenthetical_report_and_a_condition_on_the_governing_verb(nlp):
    text = "Rebel fighters, the ministry said, had ambushed a supply convoy near Hana."
    assert _of(nlp, text, "ambushed") == "reported"
    text = "If the talks fail, the army will resume its offensive against the rebels."
    assert _of(nlp, text, "offensive") == "hypothetical"
    # a threat's own terms leave the threat itself a given
    assert _of(nlp, "Osla warned of military action if the envoy was not freed.",
               "warned") == "asserted"


def test_offering_an_apology_makes_it_offering_talks_proposes_them(nlp):
    assert _of(nlp, "The Marvian president offered an apology to Tessalia for the raid.",
               "apology") == "asserted"
    assert _of(nlp, "The rebels offered talks to the government.", "talks") == "hypothetical"
