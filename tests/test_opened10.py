"""Floors of the tenth sealed sets once opened (session 13): events_opened10.jsonl and
timex_opened10.jsonl, written in session 12 by an engineer who tunes nothing; then the
behaviour the one general-fix pass on them added, checked on sentences of our own."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsprism.analyze.timexes import find_timexes
from newsprism.evaluate import tempeval3 as te

import events_eval

DATA = Path(__file__).parent / "data"


def test_timex_opened10_floor():
    # scored once when sealed, in session 13, with the session's starting code and again
    # with its end timex code (the same figures both times): strict 0.821, relaxed 0.940,
    # type 0.906, value 0.855 (gold DATE found 0.920 right value 0.800, TIME 0.929 / 0.786
    # of 14, DURATION and SET 1.000).
    # Then two kinds of annotation brought to the written conventions (tests/data/README.md,
    # 60 TIMEX3 left; the starting code scores 0.874 on the edited set): 'at 3 a.m. on
    # Tuesday' is two TIMEX3s, so '6 a.m. on Friday' and 'midnight on Oct. 31' are split;
    # 'fiscal 2027' is 2027, so a fiscal year named by two years is the plain year it ends
    # in ('fiscal 2023-24', 'the 2023-24 fiscal year': FY2024 -> 2024).
    # One general-fix pass once opened: strict 0.967, value 0.967 (on the set as written,
    # before the edits, 0.915). Fixed: a fiscal year named by two years is one DATE valued
    # by its end year (and a plain year range's second span lies on its own digits); 'the
    # small hours' is TIME TNI on the publication day, or on the day 'of' names; a season
    # before a body's break after a noun's possessive ('the league's winter break'), a
    # winter valued by the year of its December as the probe values 'the winter of
    # 1995-96'; 'the turn of the century' is the year of the nearest century boundary.
    # Left: 'today' meaning nowadays (PRESENT_REF; one such 'today' in all TBAQ, no cue
    # short of the contrast with the past), 'the evening of March 28' as one TIME (AQUAINT
    # marks 'the night of Oct. 23' as the date alone; joining them cost AQUAINT 0.7922 ->
    # 0.7889).
    r = te.evaluate_probe(DATA / "timex_opened10.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.957 and r["value"]["f1"] >= 0.957, r["errors"]


def test_events_opened10_floor(nlp):
    # scored once when sealed, in session 13, with the session's starting code and again
    # after that session's long-tail events work (the same figures both times): type 0.925,
    # all three 0.85, actor 0.969, target 0.92, factuality 1.000, trigger recall 0.94,
    # no-event 6/6.
    # One general-fix pass once opened (gold unedited): a state's boycott is SANCTION
    # (event_light.state_boycott), 'broke into' a computer system is COERCE, 'share' takes
    # its partner with 'with' even when the parser hangs it inside the object, lorries
    # counted as loads ('60 trucks of fuel and medicine'), a subjectless past verb on a noun
    # beside the dateline has that noun as doer: type 1.000, all three 0.975, actor 1.000,
    # target 0.963, factuality 1.000, trigger recall 1.000, no-event 6/6.
    # Left, where the writer's choice differs from the project's practice: 'expelled a
    # team of European election observers' (the project reads through 'a team of', as
    # wire sets code 'a team of election observers' -> observers; the writer has team).
    # Null gold targets the code fills (not scored): 'threatened to close the Strait of
    # Hormuz' (earlier sets have it both ways), 'blocked the border crossing', 'marched
    # against the planned border fence' (wire22's note: the project takes what is protested).
    r = events_eval.score(nlp, path=events_eval.OPENED10)
    assert r["type_accuracy"] >= 0.99 and r["all_right"] >= 0.965, r["misses"]
    assert r["actor_accuracy"] >= 0.99 and r["target_accuracy"] >= 0.95, r["misses"]
    assert r.get("no_event_accuracy", 1.0) >= 0.99, r["misses"]


def _timexes(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    return [(text[t.start:t.end], t.type, t.value) for t in find_timexes(text, published)]


def test_fiscal_year_of_two_years():
    got = _timexes("Exports rose in fiscal 2021-22 and the 2024-25 financial year.",
                   dt.date(2025, 6, 2))
    assert ("fiscal 2021-22", "DATE", "2022") in got
    assert ("2024-25 financial year", "DATE", "2025") in got or \
        ("the 2024-25 financial year", "DATE", "2025") in got
    # a plain range keeps two years, each on its own digits
    assert _timexes("Output fell in 2009-10.", dt.date(2015, 1, 5)) == [
        ("2009", "DATE", "2009"), ("10", "DATE", "2010")]


def test_small_hours_and_turn_of_century():
    d = dt.date(2024, 5, 8)  # a Wednesday
    assert _timexes("Looters struck in the small hours of Monday.", d) == [
        ("the small hours of Monday", "TIME", "2024-05-06TNI")]
    assert _timexes("The ferry has waited since the small hours.", d) == [
        ("the small hours", "TIME", "2024-05-08TNI")]
    assert _timexes("The Small Hours is a play about insomnia.", d) == []
    assert _timexes("The mill closed at the turn of the century.", d) == [
        ("the turn of the century", "DATE", "2000")]


def test_body_break_season():
    got = _timexes("The assembly's winter recess will begin on Dec. 20.", dt.date(2022, 9, 1))
    assert ("winter", "DATE", "2022-WI") in got


def test_state_boycott_and_intrusion(nlp):
    c = events_eval.candidate(nlp, "Morocco boycotted the regional summit in Algiers.",
                              "boycotted")
    assert c.type == "SANCTION"
    c = events_eval.candidate(nlp, "Student unions boycotted the graduation ceremony.",
                              "boycotted")
    assert c.type == "PROTEST"
    c = events_eval.candidate(nlp, "State-backed hackers broke into the ministry's email "
                              "servers last year.", "broke")
    assert c.type == "COERCE" and any("servers" in t for t in events_eval.arg_phrases(c)[1])
    assert events_eval.kept_events(nlp("Thieves broke into the bakery overnight.")) == []
