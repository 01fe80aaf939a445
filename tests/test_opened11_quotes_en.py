"""Session 14, general fixes found on the eleventh sealed English quote set once it was opened
(quotes_gold_opened11.jsonl), each tested on sentences written here about invented events."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def _votes(text: str, name: str, tagged: str = "PERSON") -> dict:
    """The type votes a name gets from its context, starting from the tagger's word for it
    (forced here: the tagger's own guess on these sentences varies with the model)."""
    from newsprism.analyze import nlp
    from newsprism.analyze.mentions import Cand, _context_votes
    doc = nlp.load("en")(text)
    at = text.index(name)
    span = doc.char_span(at, at + len(name))
    c = Cand(span.start_char, span.end_char, "name", span.root.i, 0, votes={tagged: 1.0})
    _context_votes(doc, c, span.start, span.end)
    return c.votes


def _top(votes: dict) -> str:
    return max(votes, key=votes.get)


def test_a_name_before_based_is_a_place():
    # 'Limassol-based Aphrodite Ship Management': the tagger called the town a person, and
    # the apposition's 'person' then spoke for the firm
    v = _votes("The dredger's former charterer, Tromsø-based Nordkyst Marine Services, said "
               "it had returned the vessel.", "Tromsø")
    assert _top(v) == "GPE"


def test_a_bare_name_after_in_or_joined_to_a_place_is_a_place():
    # 'who runs an estate agency in Swakopmund. She said ...': 'she' took up the town
    text = "Marta Oyelaran manages a letting agency in Okahandja."
    assert _top(_votes(text, "Okahandja")) == "GPE"
    text = "Rents in Walvis Bay and Okahandja had doubled."
    assert _top(_votes(text, "Okahandja")) == "GPE"


def test_a_person_after_in_keeps_more_than_the_taggers_word():
    # a title says person whatever the preposition
    v = _votes("The league put its faith in Mr Dlamini.", "Dlamini")
    assert _top(v) == "PERSON"


def test_shares_of_a_name_make_it_a_company():
    v = _votes("Shares of Bellhaven Civil Works fell 9 per cent.", "Bellhaven Civil Works", "LOC")
    assert _top(v) == "ORG"


def test_a_charge_sheet_speaks_for_whoever_filed_the_case(pipe):
    text = ("The Anti-Graft Bureau on Monday filed a case at the district court against three "
            "officials over the bridge tender.\n\nThe charge sheet alleges that the tender was "
            "\"written around one bidder\".")
    speaker, via = quote(pipe, text, "written around one bidder")
    assert "Anti-Graft Bureau" in (speaker or "") and via == []


def test_a_body_named_with_its_acronym_keeps_its_whole_name(pipe):
    text = ("The Commission for the Protection of Coastal Waters (CPCW) said on Friday that "
            "the spill was \"larger than the operator admitted\".")
    speaker, _ = quote(pipe, text, "larger than the operator")
    assert speaker == "Commission for the Protection of Coastal Waters"


def test_a_body_name_runs_on_past_for_and_of(pipe):
    text = ("Vantoria's Commission for the Oversight of Public Works said in its report, "
            "according to a wire service, that the contract had been \"padded twice\".")
    speaker, _ = quote(pipe, text, "padded twice")
    assert speaker.endswith("Commission for the Oversight of Public Works")


def test_the_contractor_after_a_listed_company_is_that_company(pipe):
    # a firm's role in the lede is the body its sentence named, not the chief executive
    # the next paragraph names
    text = ("Shares of Bellhaven Civil Works fell 9 per cent on Monday after the contractor "
            "confirmed that a tunnel it is building in Leeds is a year late.\n\n"
            "Chief executive Oona Brandt said on a call with analysts that the company had "
            "\"underestimated the rock\".")
    speaker, _ = quote(pipe, text, "a tunnel it is building")
    assert speaker == "Bellhaven Civil Works"


def test_a_told_clause_read_as_a_second_object_is_what_was_told(pipe):
    # the parser made 'its cuts' a second object of 'told' and 'front-loaded' a modifier
    text = ("Tomas Brandt, a trader at Nordhavn Capital, told the Baltic News Service (BNS) "
            "the central bank had probably \"front-loaded\" its cuts. \"I would not bet on "
            "another one in May,\" he said.")
    assert quote(pipe, text, "front-loaded") == ("Tomas Brandt", ["Baltic News Service"])
    # and the next sentence's bare 'he said' goes on through the agency
    assert quote(pipe, text, "I would not bet") == ("Tomas Brandt", ["Baltic News Service"])


def test_a_that_clause_hung_on_a_livestreamed_participle_is_what_was_told(pipe):
    # the parse hangs 'that the ... vessel had passed ...' on 'livestreamed', which takes no
    # 'that' clause; it is what the chief executive told the news conference
    text = ("The chief executive of the Maritime Safety Authority of Samoa, Ioana Leota, told a "
            "news conference in Apia, livestreamed on the authority’s YouTube channel, that the "
            "27-year-old vessel had passed its annual survey in March.")
    speaker, _ = quote(pipe, text, "had passed its annual survey")
    assert speaker == "Ioana Leota"
