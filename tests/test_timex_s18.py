"""Timex stage, session 18 (the fifteenth set's misses, then TimeBank's newswire habits);
sentences are our own."""
from __future__ import annotations

import datetime as dt

from timex_found import found


def test_a_day_range_ends_on_the_first_such_day_after_its_start():
    # "from 1 October to 15 May", told in September: the range runs forward, so its end
    # is next May, whatever the present tense would make of "15 May" alone
    day = dt.date(2025, 9, 3)
    got = found("The hunting season runs from 1 October to 15 May in the lowlands.", day)
    assert got["1 October"] == ("DATE", "2025-10-01")
    assert got["15 May"] == ("DATE", "2026-05-15")
    got = found("The ban lasts from Nov. 20 until Feb. 10, officials said.", day)
    assert got["Nov. 20"] == ("DATE", "2025-11-20")
    assert got["Feb. 10"] == ("DATE", "2026-02-10")
    # a range inside one year keeps the year of its start
    got = found("The museum will be shut from 2 March to 30 April for repairs.", day)
    assert got["2 March"] == ("DATE", "2026-03-02")
    assert got["30 April"] == ("DATE", "2026-04-30")
    # a second date that does not close a range keeps its own reading
    got = found("The plant closed on Aug. 4, and on Feb. 10 it reopened.", day)
    assert got["Feb. 10"] == ("DATE", "2025-02-10")


def test_the_article_before_a_hyphened_century_belongs_to_its_noun():
    day = dt.date(2025, 9, 3)
    got = found("Builders restored the 18th-century chapel over two summers.", day)
    assert got["18th-century"] == ("DATE", "17")
    got = found("Historians study the early-20th-century railways of the region.", day)
    assert got["early-20th-century"] == ("DATE", "19")
    # the century as a noun keeps its article
    got = found("The town grew fast in the 19th century.", day)
    assert got["the 19th century"] == ("DATE", "18")


# Conventions ruled by the data we are scored on (session 18), TimeBank's own forms counted:
# (a) "the (fiscal/financial) year ended/ending <date>": TimeBank writes 'the (fiscal) year'
#     DURATION P1Y with the date a TIMEX3 of its own, 7 of 8 (one DATE, the year: wsj_0189's
#     'For the year ended Sept. 30'), as the probe's p26 and p522 have it. Edit:
#     timex_opened14.jsonl t07-s14 ["the financial year ending March", "DATE", "2026"] ->
#     ["the financial year", "DURATION", "P1Y"], ["March", "DATE", "2026-03"].
# (b) "the past year" with no count: TimeBank writes a DATE, the year before publication,
#     2 of 2 ('over the past year' told 1998-03-03: 1997; 'in the past year' told in 1989:
#     1988); 'the past/last N years' stays a DURATION (TimeBank 5 of 5). Edits in
#     timex_probe.jsonl, ["the past year", "DURATION", "P1Y"] -> ["the past year", "DATE",
#     year before publication]: e01 -> "2011", p689 -> "2025", p778 -> "2025", p800 -> "2025".
def test_the_financial_year_ending_a_month_is_twelve_months_dated_apart():
    day = dt.date(2026, 2, 10)
    got = found("The agency said spending in the financial year ending March would top "
                "its budget.", day)
    assert got["the financial year"] == ("DURATION", "P1Y")
    assert got["March"] == ("DATE", "2026-03")
    got = found("Exports in the financial year to June fell 3 percent.", day)
    assert got["the financial year"] == ("DURATION", "P1Y")
    # alone, 'the financial year' names no year the words settle: left unmarked
    assert "the financial year" not in found("The financial year starts in April.", day)


def test_the_past_year_is_the_year_before_publication():
    day = dt.date(2026, 2, 10)
    assert found("Rents climbed sharply over the past year.", day)["the past year"] == \
        ("DATE", "2025")
    assert found("The club has sacked three coaches in the past year.", day)[
        "the past year"] == ("DATE", "2025")
    # a counted stretch stays a duration
    assert found("Rents climbed over the past two years.", day)["the past two years"] == \
        ("DURATION", "P2Y")


def test_days_counted_on_a_working_calendar_are_days():
    # "business", "trading", "working" and "school" days are still days (TimeBank marks
    # 'Eight trading days' P8D); told from a point ('three trading days later') they are
    # left alone, as a count of working days names no calendar day
    day = dt.date(2026, 2, 10)
    assert found("The regulator must answer within ten business days.", day)[
        "ten business days"] == ("DURATION", "P10D")
    assert found("Shares fell for six straight trading days.", day)[
        "six straight trading days"] == ("DURATION", "P6D")
    assert found("The strike cost pupils 15 school days.", day)["15 school days"] == \
        ("DURATION", "P15D")
    assert found("Two working days later, the bank paid.", day) == {}
    assert found("The firm split into two business units.", day) == {}


def test_a_bare_plural_unit_filled_by_an_activity_is_a_stretch_of_unsure_length():
    # "after months of talks": TimeML's DURATION with X for the count (TimeBank: 'follows
    # months of twists' PXM); an article or a count before the unit keeps other readings
    day = dt.date(2026, 2, 10)
    assert found("The truce came after months of fighting.", day)["months"] == \
        ("DURATION", "PXM")
    assert found("The election ends decades of military rule.", day)["decades"] == \
        ("DURATION", "PXY")
    assert found("Amid weeks of protests, the minister resigned.", day)["weeks"] == \
        ("DURATION", "PXW")
    assert found("After hours of debate, the motion passed.", day)["hours"] == \
        ("DURATION", "PTXH")
    assert found("The shop opens after hours.", day) == {}


def test_over_the_years_is_a_stretch_up_to_now():
    # TimeBank marks 'the years' in 'over the years' (PXY), the signal outside
    day = dt.date(2026, 2, 10)
    assert found("The festival has changed a great deal over the years.", day)[
        "the years"] == ("DURATION", "PXY")
    assert found("Through the years, the band kept its name.", day)["the years"] == \
        ("DURATION", "PXY")
    # years named by what they hold stay unmarked
    assert found("Prices doubled over the years of the war.", day) == {}


def test_the_first_or_final_stretch_of_an_event_is_a_duration_of_unsure_length():
    # TimeBank: 'the first hours of the ground war' PTXH; the probe: 'the final weeks of the
    # campaign' PXW. Only with 'of' and what it belongs to after it
    day = dt.date(2026, 2, 10)
    assert found("Most damage came in the first hours of the storm.", day)[
        "the first hours"] == ("DURATION", "PTXH")
    assert found("She campaigned hard in the closing days of the race.", day)[
        "the closing days"] == ("DURATION", "PXD")
    assert found("In the early years of the republic, famine was common.", day)[
        "the early years"] == ("DURATION", "PXY")
    assert found("In the first days after the flood, aid was slow.", day) == {}


def test_the_stretch_keeps_its_article_before_an_irregular_past_verb():
    # "net for the nine months rose": 'rose' is the clause's verb, not a noun the article
    # belongs to (TimeBank writes 'the nine months' P9M in its earnings reports)
    day = dt.date(2026, 2, 11)
    assert found("Net income for the nine months rose 12% to $40 million.", day)[
        "the nine months"] == ("DURATION", "P9M")
    assert found("Revenue for the six months fell 3%.", day)["the six months"] == \
        ("DURATION", "P6M")
    # a noun after the count still takes the article: "the forty days memorial"
    assert "forty days" in found("They held the forty days memorial.", day)


def test_a_birth_founding_or_aside_date_does_not_set_the_story_time():
    # a weekday in the main clause counts from publication when the old date before it is a
    # profile's background (born, founded) or sits in a participle or relative aside
    day = dt.date(2026, 2, 11)  # a Wednesday
    got = found("She was born on May 2, 1948, and died at a hospital on Monday.", day)
    assert got["Monday"] == ("DATE", "2026-02-09")
    got = found("The bank, founded on June 1, 1990, said on Tuesday it would close "
                "branches.", day)
    assert got["Tuesday"] == ("DATE", "2026-02-10")
    got = found("The stadium, opened on Aug. 3, 1975, was damaged on Sunday.", day)
    assert got["Sunday"] == ("DATE", "2026-02-08")
    # a date that opens the story still sets it (the narrative anchor)
    got = found("On Oct. 2, 1999, the ship left port, and on Tuesday it sank.", day)
    assert got["Tuesday"] == ("DATE", "1999-10-05")


def test_the_week_ended_a_weekday_is_the_week_holding_it():
    # "in the week ended March 16" is that day's ISO week; a weekday closes it as well
    day = dt.date(2026, 2, 11)  # a Wednesday
    got = found("Jobless claims fell in the week ended Saturday, the department said.", day)
    assert got["the week"] == ("DATE", "2026-W06")
    got = found("The currency lost 2% in the week to Friday.", day)
    assert got["the week"] == ("DATE", "2026-W06")
    got = found("Figures will cover the week ending Sunday.", day)
    assert got["the week"] == ("DATE", "2026-W07")


def test_mid_year_after_a_preposition_is_the_year_whose_middle_it_is():
    # TimeML: DATE with mod MID, the value the year; an adjective ('a mid-year review')
    # stays unmarked
    assert found("Officials expect the new line to open by mid-year.", dt.date(2026, 2, 11))[
        "mid-year"] == ("DATE", "2026")
    assert found("Output slumped at midyear but recovered.", dt.date(2026, 2, 11))[
        "midyear"] == ("DATE", "2025")
    assert found("The bank will end its bond buying by mid-year.", dt.date(2026, 9, 1))[
        "mid-year"] == ("DATE", "2027")
    assert found("A mid-year review found problems.", dt.date(2026, 2, 11)) == {}


def test_the_edge_of_a_quarter_half_or_season_is_inside_its_extent():
    # "the end of the year" is one TIMEX3 (mod END); so are the edges of quarters, halves
    # and seasons, the value unchanged
    day = dt.date(2026, 2, 11)
    got = found("The merger should close by the end of the first quarter.", day)
    assert got["the end of the first quarter"] == ("DATE", "2026-Q1")
    got = found("Shipments slowed toward the end of the second half.", day)
    assert "the end of the second half" in got
    got = found("The lake freezes over at the start of the winter.", day)
    assert "the start of the winter" in got


def test_a_count_from_a_day_is_one_date():
    # "a week from Tuesday", "two weeks from today": TimeML's anchored date, one TIMEX3;
    # a bare weekday is the one nearest publication either side (told on a Wednesday,
    # 'Monday' is two days back). After 'for' the count is a stretch that starts that day.
    day = dt.date(2026, 2, 11)  # a Wednesday
    assert found("The panel reports two weeks from today.", day) == {
        "two weeks from today": ("DATE", "2026-02-25")}
    assert found("The runoff is a week from Monday.", day) == {
        "a week from Monday": ("DATE", "2026-02-16")}
    assert found("The verdict is due ten days from Friday.", day) == {
        "ten days from Friday": ("DATE", "2026-02-23")}
    got = found("He was suspended for two weeks from Monday.", day)
    assert got["two weeks"] == ("DURATION", "P2W")


def test_a_weekday_range_joined_by_a_verb_of_lasting_runs_forward():
    # "opens Monday and runs through Thursday": the range's end follows its start, as in
    # "from Monday through Thursday"
    day = dt.date(2026, 2, 11)  # a Wednesday
    got = found("The summit opens Monday and runs through Thursday.", day)
    assert got["Monday"] == ("DATE", "2026-02-16")
    assert got["Thursday"] == ("DATE", "2026-02-19")
    got = found("The fair starts on Friday and will go on until Sunday.", day)
    assert got["Sunday"] == ("DATE", "2026-02-15")


def test_a_timetable_verb_with_its_particle_looks_ahead():
    # "the season kicks/NNS off on Friday": the tagger's noun with a particle after it is
    # still the timetable's present, the weekday ahead
    got = found("The new league season kicks off on Saturday in Madrid.", dt.date(2025, 9, 3))
    assert got["Saturday"] == ("DATE", "2025-09-06")


def test_the_next_one_of_a_series_comes_after_the_one_told():
    # "drew crowds on December 28. The next edition opens on Dec. 27", told on Jan. 2: the
    # next edition lies after the one just told, a year on
    got = found("The winter market drew 30,000 shoppers on December 29, the town said. "
                "Its next edition opens on Dec. 27.", dt.date(2025, 1, 3))
    assert got["Dec. 27"] == ("DATE", "2025-12-27")
    # without 'next' the nearest reading stands
    got = found("The winter market drew 30,000 shoppers on December 29. It opened on "
                "Dec. 27.", dt.date(2025, 1, 3))
    assert got["Dec. 27"] == ("DATE", "2024-12-27")


def test_the_year_earlier_period_after_nine_months_without_a_quarter_named():
    # "For the nine months, ... compared with ... in the year-earlier period": the nine
    # months a year before (valued by their year, as when a quarter was named first), not
    # the calendar quarter a year back
    got = found("For the nine months, the bank earned $80 million, compared with $65 "
                "million in the year-earlier period.", dt.date(1995, 11, 2))
    assert got["the year-earlier period"] == ("DATE", "1994")


def test_a_weekday_counted_in_each_month_is_a_set():
    # "the first Monday of each month" recurs: one SET (the period its unit gives), never
    # the Monday nearest publication
    day = dt.date(2013, 3, 22)
    assert found("The board meets on the first Monday of each month.", day) == {
        "the first Monday of each month": ("SET", "P1M")}
    assert found("Figures come out on the last Friday of every quarter.", day) == {
        "the last Friday of every quarter": ("SET", "P1Q")}
    assert found("The first Monday of April is a holiday.", day)[
        "The first Monday of April"] == ("DATE", "2013-04-01")


def test_a_frequency_before_a_recurrence_adverb_is_inside():
    day = dt.date(2013, 3, 22)
    assert found("The newsletter appears twice monthly.", day) == {
        "twice monthly": ("SET", "P1M")}
    assert found("Patients take the drug three times daily.", day) == {
        "three times daily": ("SET", "P1D")}


def test_bounds_on_a_stretch_are_inside_its_extent():
    # TimeBank: 'no more than sixty days' (EQUAL_OR_LESS), 'over a week' (MORE_THAN), as
    # 'more than' and 'at least' already are; bare 'over' only after 'for'
    day = dt.date(2013, 3, 22)
    assert found("The review must finish in no more than 30 days.", day) == {
        "no more than 30 days": ("DURATION", "P30D")}
    assert found("The standoff went on for over a week.", day) == {
        "over a week": ("DURATION", "P1W")}
    assert found("The crossing took a little more than four hours.", day) == {
        "a little more than four hours": ("DURATION", "PT4H")}
    assert found("Prices rose over two years.", day) == {"two years": ("DURATION", "P2Y")}


def test_weeks_ago_a_weekday_is_one_date():
    # "a week ago Tuesday": the Tuesday gone, a week further back, one DATE
    day = dt.date(2013, 3, 22)  # a Friday
    assert found("The bill cleared the Senate a week ago Tuesday.", day) == {
        "a week ago Tuesday": ("DATE", "2013-03-12")}
    assert found("Two weeks ago Sunday, the rebels attacked.", day) == {
        "Two weeks ago Sunday": ("DATE", "2013-03-03")}
    got = found("A week ago, on Tuesday, he left.", day)
    assert got["A week ago"] == ("DATE", "2013-W11")


def test_a_night_gone_by_publication_day_is_the_one_before_it():
    # "worked through the night", told in the past on the day of publication: the night
    # before it, as the adverb 'overnight' is; looking ahead it is tonight
    day = dt.date(2013, 3, 22)
    assert found("Rescuers dug through the night.", day) == {
        "the night": ("TIME", "2013-03-21TNI")}
    assert found("The talks will go on through the night.", day) == {
        "the night": ("TIME", "2013-03-22TNI")}
    # a day told before publication keeps its own night
    got = found("The dam burst on Monday afternoon and crews worked through the night.",
                dt.date(2013, 3, 27))
    assert got["the night"] == ("TIME", "2013-03-25TNI")
