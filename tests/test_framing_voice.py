"""Session 8's framing mechanisms: how the outlet tells speech ('finally admitted', a claim it
contradicts), crowds and migrants cast as beasts or water, acts and degrees judged, the
writer's exclamations, market and policy idioms; each beside a plain use of the same word.
Sentences are written here; the -m probe rows are scored by tests/framing_eval.py."""
from __future__ import annotations

import importlib.util
import pathlib

import pytest

from newsprism.analyze import framing as fr


def _judged(nlp, text):
    """Every non-event span's (text, technique): the framing stage alone, no quotes."""
    doc = nlp(text)
    return [(text[f.start:f.end], f.technique) for f in fr.find_framing(doc, "en", (), ())
            if f.technique != "event_word"]


def _words(nlp, text):
    return [w for w, _ in _judged(nlp, text)]


@pytest.mark.parametrize("text, span", [
    ("The chairman reluctantly admitted that the merger had been rushed.",
     "reluctantly admitted"),
    ("The agency belatedly conceded that the forecast was wrong.", "belatedly conceded"),
    ("The mayor claimed the budget was balanced, but the auditors found a deficit.", "claimed"),
    ("Consultants are feeding off the welfare system, the report's critics say.",
     "feeding off"),
    ("Illegals pour across the frontier every night, the paper's front page said.", "pour"),
    ("Migrants overrun the island's small harbour each summer.", "overrun"),
    ("The cabinet's hasty reshuffle was a desperate gamble.", "desperate"),
    ("Residents mocked the council's genius idea of charging for park benches.", "genius"),
    ("Rents in the capital are breathtakingly high for a city of its size.",
     "breathtakingly high"),
    ("A mob of supporters chased the referee to his car.", "mob"),
    ("What a masterclass in evasion: the minister answered none of the questions.",
     "What a masterclass"),
    ("The treasury's plan is a raid on the savings of pensioners.", "raid"),
    ("The board is selling off the family silver to cover its debts.",
     "selling off the family silver"),
    ("The election result was a defeat of historic proportions for the party.",
     "of historic proportions"),
    ("The new regulator's budget cuts are a wrecking ball for public broadcasting.",
     "wrecking ball"),
    ("Nurses say the wards are at breaking point this winter.", "at breaking point"),
    ("The governing coalition rammed the bill through the senate overnight.",
     "rammed the bill through"),
    ("The finance minister's campaign team have lost the dressing room, insiders say.",
     "lost the dressing room"),
    ("The deputy mayor trumpeted the figures on every channel.", "trumpeted"),
    ("The governor scoffed at reporters who asked about the overspend.", "scoffed at"),
    ("Well done to the water board, which has lost a third of its supply to leaks.",
     "Well done"),
    ("Police took preventive measures against several activists before the summit.",
     "preventive measures"),
    ("The court let the landlord off with a slap on the wrist.", "slap on the wrist"),
    ("The ministers flew to the resort in business class at taxpayers' expense.",
     "at taxpayers' expense"),
    ("The regulator says the permit is a licence to pollute the estuary.",
     "licence to pollute"),
    ("Thousands of shoppers stampeded into the store at dawn.", "stampeded"),
    ("The storm left a trail of destruction along the coast road.", "trail of destruction"),
    ("The app hoovers up location data from every phone it touches.", "hoovers up"),
    ("The board grudgingly accepted the auditors' findings.", "grudgingly accepted"),
    ("Striking pilots are holding holidaymakers hostage, the airline said.",
     "holding holidaymakers hostage"),
    ("The fuel duty rise is a kick in the teeth for rural drivers.", "kick in the teeth"),
])
def test_unlisted_wording_is_reached(nlp, text, span):
    assert span in _words(nlp, text)


@pytest.mark.parametrize("text", [
    "Three climbers were admitted to hospital with frostbite on Sunday.",
    "The striker scored an own goal in the second half and the home side lost the match.",
    "The plant can slaughter 400 pigs an hour under the new licence.",
    "The trawler's crew gutted the catch before docking at dawn.",
    "Birds feed on insects in the hedgerows through the summer.",
    "The company claimed the tax credit in its annual return.",
    "The mob boss was sentenced to 20 years in prison on Monday.",
    "Floodwater poured into the lower streets after the river burst its banks.",
    "The film, titled 'Harbour', opens in cinemas next month.",
    "Prices increased steadily over the year, the statistics office said.",
    "The rocket launch was delayed by strong winds at the space centre.",
    "Demolition crews brought in a wrecking ball to knock down the old stand.",
    "Vandals sprayed graffiti on the war memorial overnight, police said.",
    "Engineers took preventive measures against flooding along the river.",
    "Kamikaze drones struck two fuel depots overnight, the governor said.",
    "She helped herself to a second helping of the cake.",
    "The rebels are holding two aid workers hostage, the ministry said.",
    "The company accepted the offer on Monday.",
])
def test_the_same_words_used_plainly_stay_unflagged(nlp, text):
    assert _words(nlp, text) == []


def test_a_scare_quote_in_the_subject_of_a_speech_verb_is_distancing(nlp):
    text = "The council's 'independent' audit was written by its own finance officer."
    assert ("independent", "doubt") in _judged(nlp, text)


def test_a_partial_quote_after_a_speech_verb_stays_a_quote(nlp):
    text = "The minister described the strike as 'unfortunate' in a short statement."
    assert "unfortunate" not in _words(nlp, text)


def test_one_technique_per_span(nlp):
    spans = _judged(nlp, "Fat-cat bosses awarded themselves a 30 percent pay rise.")
    assert len([s for s in spans if s[0] == "Fat-cat"]) == 1


def test_a_politicians_team_is_no_sports_side(nlp):
    text = "The minister's team left the rival delegations on the ropes at the summit."
    assert "on the ropes" in _words(nlp, text)


@pytest.mark.parametrize("batch, overlap, exact", [("m", 0.9, 0.85), ("n", 0.85, 0.8)])
def test_session_8_batches_floor(pipeline, batch, overlap, exact):
    """-m (40 rows, 12 neutral), written before session 8's changes: first look .673 overlap
    and exact F1, 1/12 neutral rows flagged; after its fixes .960 / .944, 0/12. -n (30, 10
    neutral), written after them: first look .554 / .492, 1/10; after its fixes .905 / .881,
    0/10. The rise after each first look is fitted; the first looks are the honest figures."""
    spec = importlib.util.spec_from_file_location(
        "framing_eval", pathlib.Path(__file__).with_name("framing_eval.py"))
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    figures = ev.score(pipeline, rows=ev.load_rows(batch=batch))
    assert figures["overlap"]["f1"] >= overlap and figures["exact"]["f1"] >= exact
    assert figures["neutral_fp_rate"] <= 0.1
