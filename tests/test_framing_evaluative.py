"""Evaluative wording reached without a listed word (framing_evaluative.py): degree on verdict
nouns, disaster and disease figures outside their field, animals doing what people do, harms
given a mild name, hyperbole compounds, idioms; each paired with a plain use of the same
word. Sentences are written here; the probe rows are scored by tests/framing_eval.py."""
from __future__ import annotations

import json
import pathlib

import pytest

from newsprism.analyze import framing as fr
from newsprism.analyze import framing_evaluative as ev


def _judged(nlp, text, technique=None):
    """Every non-event span's text (the framing stage alone: no quotes, no events)."""
    doc = nlp(text)
    return [text[f.start:f.end] for f in fr.find_framing(doc, "en", (), ())
            if f.technique != "event_word" and (technique is None or f.technique == technique)]


@pytest.mark.parametrize("text, span", [
    ("The councillor said the new parking scheme was a complete shambles.", "complete shambles"),
    ("Critics called the rollout sheer incompetence from start to finish.", "sheer incompetence"),
    ("The whole inquiry was a farce, campaigners said.", "farce"),
    ("Bond traders were in meltdown by lunchtime on Friday.", "meltdown"),
    ("Residents say a plague of fly-tipping has ruined the lane.", "plague"),
    ("Savers are bracing for another pension raid in the autumn statement.", "pension raid"),
    ("Ticket sharks are reselling seats at five times their face value.", "Ticket sharks"),
    ("Frightened shoppers queued for hours outside the bank.", "Frightened"),
    ("Killer fog descended on the motorway overnight.", "Killer"),
    ("This is the weakest cabinet in a generation.", "weakest cabinet in a generation"),
    ("The airline calls the cuts to free baggage a 'fare simplification'.", "fare simplification"),
    ("Tenants face wallet-busting rent rises this spring.", "wallet-busting"),
    ("The loud-mouthed pundit apologised on Monday.", "loud-mouthed"),
    ("Families were left to fend for themselves after the storm.",
     "left to fend for themselves"),
    ("The self-declared spokesman of the movement posted the video.", "self-declared"),
    ("The ministry has buried its head in the sand over the backlog.",
     "buried its head in the sand"),
])
def test_evaluative_wording_is_found(nlp, text, span):
    assert any(span in s or s in span and len(s) > 3 for s in _judged(nlp, text)), \
        _judged(nlp, text)


@pytest.mark.parametrize("text", [
    "Inspectors said a meltdown of the reactor core had been ruled out.",
    "Two patients were treated for pneumonic plague at the regional hospital.",
    "Police carried out a raid on a warehouse in the east of the city.",
    "The aquarium said its reef sharks were moved to a larger tank.",
    "The total cost of the project rose to 40 million dollars.",
    "A complete list of the candidates was published on Tuesday.",
    "The council described the budget as balanced.",
    "The panel's report said the cooling pumps had failed twice.",
    "Officials described the strike as a violation of the ceasefire.",
    "She was appointed chair of the committee in 2019.",
    "The rate was the highest on record for the month of May.",
])
def test_the_same_words_used_plainly_stay_unmarked(nlp, text):
    found = [s for s in _judged(nlp, text)]
    assert found == [], found


def test_animal_nouns_are_labels_only_when_they_act_as_people(nlp):
    assert "leeches" in _judged(nlp, "These leeches have lobbied ministers for bigger subsidies.")
    assert _judged(nlp, "The leeches were kept in a jar at the museum.", "name_calling") == []


def test_nests_of_people_are_a_figure_and_birds_nests_are_not(nlp):
    assert "nests" in _judged(nlp, "Troops raided nests of smugglers along the coast.")
    assert _judged(nlp, "Volunteers counted nests of swallows under the bridge.") == []


def test_a_harm_renamed_with_a_mild_noun_is_a_euphemism(nlp):
    spans = _judged(nlp, "The firm described the closures as a network optimisation.", "euphemism")
    assert spans == ["network optimisation"]
    shrunk = _judged(nlp, "The board says the job cuts are merely a realignment.", "euphemism")
    assert shrunk == ["realignment"]


@pytest.mark.parametrize("text, span", [
    ("Box-tickers at the agency rejected the form for a missing comma.", "Box-tickers"),
    ("The pay offer was nothing less than a betrayal, the chairman said.",
     "nothing less than a betrayal"),
    ("Agency staff said they were treated like cattle by the managers.", "like cattle"),
    ("Red tape has smothered every new idea in the department.", "smothered"),
    ("A fortnight of rain could bring the region to its knees, farmers fear.",
     "bring the region to its knees"),
])
def test_k_mechanisms_reach_new_wording(nlp, text, span):
    assert span in _judged(nlp, text), _judged(nlp, text)


@pytest.mark.parametrize("text", [
    "Australia completed a 4-0 whitewash of the visitors at the Oval on Sunday.",
    "The council's recycling scheme will cost £3 million a year.",
    "The factory installed forty robots on the assembly line in March.",
    "The turnout was nothing less than 60 percent in most districts.",
    "Wine-merchants reported strong sales before the holidays.",
    "Grants were aimed at economically distressed communities in the north.",
])
def test_k_plain_senses_stay_unmarked(nlp, text):
    assert _judged(nlp, text) == [], _judged(nlp, text)


@pytest.mark.parametrize("text, span", [
    ("Columnists whipped up a manufactured outrage over the new signs.", "manufactured outrage"),
    ("Banker vultures circled the failing airline.", "Banker vultures"),
    ("Sycophantic aides applauded every line.", "Sycophantic"),
    ("Online grifters sold the cure to thousands of readers.", "grifters"),
])
def test_l_mechanisms_reach_new_wording(nlp, text, span):
    assert span in _judged(nlp, text), _judged(nlp, text)


@pytest.mark.parametrize("text", [
    "Police dogs searched the stadium before the match.",
    "She was prescribed blood-thinning drugs after the operation.",
    "The staged evacuation drill took place on Friday.",
])
def test_l_plain_senses_stay_unmarked(nlp, text):
    assert _judged(nlp, text) == [], _judged(nlp, text)


def test_pattern_spans_read_the_surface_only():
    text = "A jaw-droppingly arrogant memo and an eye-popping bill."
    got = {text[s:e]: k for s, e, k in ev.pattern_spans(text)}
    assert got == {"jaw-droppingly arrogant": "loaded_language", "eye-popping": "exaggeration"}


def test_probe_first_looks_are_recorded_in_the_eval_docstring():
    """Batches -i and -j were written before the changes they led to; their first looks
    stay in tests/framing_eval.py beside the tuned figures."""
    doc = (pathlib.Path(__file__).parent / "framing_eval.py").read_text(encoding="utf-8")
    assert "-i (40, 12 neutral" in doc and "-j (30, 10 neutral" in doc \
        and "-k (24, 8 neutral" in doc and "-l (22, 8 neutral" in doc
    rows = [json.loads(line) for line in (pathlib.Path(__file__).parent / "data"
                                          / "framing_probe.jsonl").read_text().splitlines()]
    assert sum(r["id"].endswith("-i") for r in rows) == 40
    assert sum(r["id"].endswith("-j") for r in rows) == 30
    assert sum(r["id"].endswith("-k") for r in rows) == 24
    assert sum(r["id"].endswith("-l") for r in rows) == 22
