"""Timex stage: TIMEX3 spans and values per category, the seed article, publication date
inference, other languages, and invariants on arbitrary text."""
from __future__ import annotations

import datetime as dt
import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.analyze import nlp
from newsprism.analyze.pipeline import State
from newsprism.analyze.timexes import find_timexes, infer_published, timexes_stage
from newsprism.records import Article, Block

PUB = dt.date(2020, 2, 13)  # a Thursday


@functools.lru_cache(maxsize=None)
def _nlp(lang: str):
    return nlp.load(lang)


def found(text: str, published=PUB, lang: str = "en") -> dict[str, tuple[str, str]]:
    doc = _nlp("en" if lang == "en" else "xx")(text)
    return {text[t.start:t.end]: (t.type, t.value) for t in find_timexes(doc, published, lang)}


def value_of(text: str, span: str, published=PUB, lang: str = "en") -> str | None:
    got = found(text, published, lang)
    assert span in got, f"{span!r} not found in {text!r}: {got}"
    return got[span][1]


# --- the seed article ------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    return text, _nlp("en")(text)


def test_seed_values_with_given_date(seed):
    text, doc = seed
    got = {(text[t.start:t.end], t.type, t.value) for t in find_timexes(doc, PUB)}
    for expected in [("Thursday", "DATE", "2020-02-13"), ("January 3", "DATE", "2020-01-03"),
                     ("Wednesday night", "TIME", "2020-02-12TNI"),
                     ("February 09, 2020", "DATE", "2020-02-09"), ("1994", "DATE", "1994"),
                     ("2012", "DATE", "2012"), ("2002", "DATE", "2002"),
                     ("the last year", "DURATION", "P1Y")]:
        assert expected in got


def test_seed_publication_inferred(seed):
    text, doc = seed
    assert infer_published(doc) == PUB


def test_stage_infers_and_then_resolves(seed):
    text, doc = seed
    state = State(Article(id="seed", text=text), "en", None)
    state.values.update({"doc": doc, "blocks": ()})
    out = timexes_stage.run(state)
    assert out["published"] == (PUB, True)
    values = {text[t.start:t.end]: t.value for t in out["timexes"]}
    assert values["Thursday"] == "2020-02-13" and values["January 3"] == "2020-01-03"


def test_stage_keeps_given_date(seed):
    text, doc = seed
    state = State(Article(id="seed", text=text), "en", dt.date(2020, 2, 14))
    state.values.update({"doc": doc, "blocks": ()})
    out = timexes_stage.run(state)
    assert out["published"] == (dt.date(2020, 2, 14), False)


def test_no_dates_means_no_inference():
    assert infer_published(_nlp("en")("The minister spoke to reporters about the budget.")) is None


def test_opening_date_alone_is_inferred():
    doc = _nlp("en")("March 2, 2021\n\nThe council approved the plan after a long debate.")
    assert infer_published(doc) == dt.date(2021, 3, 2)


def test_dateline_date_wins():
    text = "MIAMI, Sept. 4, 2019 (AP) — The storm struck on Monday. A storm hit on Aug. 29, 2005."
    blocks = (Block("dateline", 0, text.index("—") + 1),)
    assert infer_published(_nlp("en")(text), blocks) == dt.date(2019, 9, 4)


def test_future_dates_bound_nothing():
    doc = _nlp("en")("The vote is scheduled for November 3, 2020, officials said on Tuesday.")
    assert infer_published(doc) is None


# --- dates -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("The treaty was signed on January 3.", "January 3", "2020-01-03"),
    ("The treaty was signed on Jan. 3.", "Jan. 3", "2020-01-03"),
    ("The treaty was signed on 3 January 2020.", "3 January 2020", "2020-01-03"),
    ("The file is dated 2020-01-03.", "2020-01-03", "2020-01-03"),
    ("The file is dated 01/03/2020.", "01/03/2020", "2020-01-03"),
    ("Polls open on March 3, 2020 across the state.", "March 3, 2020", "2020-03-03"),
    ("The church was full on Christmas Eve.", "Christmas Eve", "2019-12-24"),
    ("Pilgrims will gather on Good Friday.", "Good Friday", "2020-04-10"),
    ("The attack came on Easter Sunday 2019.", "Easter Sunday 2019", "2019-04-21"),
    ("The deal closed in March 2019.", "March 2019", "2019-03"),
    ("The deal closed last November.", "last November", "2019-11"),
    ("The vote will be held in March.", "March", "2020-03"),
    ("Elections were held in 1994.", "1994", "1994"),
    ("The festival ran from 1980-88 in the town.", "1980", "1980"),
    ("Prices rose sharply in the 1990s.", "the 1990s", "199"),
    ("Steel shaped the 20th century.", "the 20th century", "19"),
])
def test_dates(text, span, value):
    assert value_of(text, span) == value


def test_year_range_gives_both_ends():
    got = found("The festival ran from 1980-88 in the town.")
    assert got["1980"][1] == "1980" and got["88"][1] == "1988"


def test_counts_are_not_years():
    assert "1500" not in found("Police said 1500 people marched in the capital.")


def test_match_halves_are_not_dates():
    assert not found("He scored twice in the second half.")


# --- weekdays, parts of day, clock times ----------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("The minister resigned on Monday.", "Monday", "2020-02-10"),
    ("The minister said on Thursday that he would stay.", "Thursday", "2020-02-13"),
    ("The talks will resume on Friday.", "Friday", "2020-02-14"),
    ("The committee is scheduled to meet Tuesday.", "Tuesday", "2020-02-18"),
    ("Rockets were fired Wednesday night.", "Wednesday night", "2020-02-12TNI"),
    ("Troops withdrew last Friday.", "last Friday", "2020-02-07"),
    ("The strike began at 3 p.m. Tuesday.", "3 p.m. Tuesday", "2020-02-11T15:00"),
    ("She spoke yesterday.", "yesterday", "2020-02-12"),
    ("He arrives tomorrow.", "tomorrow", "2020-02-14"),
    ("The shops reopened this morning.", "this morning", "2020-02-13TMO"),
    ("Shots were heard last night.", "last night", "2020-02-12TNI"),
    ("The convoy left at dawn (0530 GMT).", "0530 GMT", "2020-02-13T05:30"),
    ("The blast came at 10:35 a.m. (0735 GMT) Monday.", "0735 GMT", "2020-02-10T07:35"),
])
def test_weekdays_and_times(text, span, value):
    assert value_of(text, span) == value


# --- relative units, quarters, seasons ----------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("Prices fell last week.", "last week", "2020-W06"),
    ("Prices are falling this week.", "this week", "2020-W07"),
    ("Prices fell last month.", "last month", "2020-01"),
    ("Prices fell earlier this month.", "earlier this month", "2020-02"),
    ("Prices will fall next year.", "next year", "2021"),
    ("The plant closed two days ago.", "two days ago", "2020-02-11"),
    ("Sales will rise in the third quarter.", "the third quarter", "2020-Q3"),
    ("The fires burned last summer.", "last summer", "2019-SU"),
    ("Profits fell in the second half of last year.", "the second half of last year", "2019-H2"),
])
def test_relative(text, span, value):
    assert value_of(text, span) == value


# --- durations, sets, references ---------------------------------------------------------
@pytest.mark.parametrize("text,span,type_,value", [
    ("The siege lasted two days.", "two days", "DURATION", "P2D"),
    ("He signed a three-year contract.", "three-year", "DURATION", "P3Y"),
    ("She spent 18 months in prison.", "18 months", "DURATION", "P18M"),
    ("Damage was built up over the last year.", "the last year", "DURATION", "P1Y"),
    ("Output fell in the past two months.", "the past two months", "DURATION", "P2M"),
    ("The talks took more than four hours.", "more than four hours", "DURATION", "PT4H"),
    ("Protesters gather every Friday.", "every Friday", "SET", "XXXX-WXX-5"),
    ("The paper is published weekly.", "weekly", "SET", "P1W"),
    ("The fee is reviewed annually.", "annually", "SET", "P1Y"),
    ("The plant is now closed.", "now", "DATE", "PRESENT_REF"),
    ("He recently moved to Rome.", "recently", "DATE", "PAST_REF"),
    ("Prices rose in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("Nobody can predict the future.", "the future", "DATE", "FUTURE_REF"),
    ("Shares will be sold at a later date.", "a later date", "DATE", "FUTURE_REF"),
])
def test_durations_sets_refs(text, span, type_, value):
    assert found(text)[span] == (type_, value)


def test_ages_are_not_durations():
    assert not any("year" in s for s in found("The 61-year-old father of five left."))


@pytest.mark.parametrize("text,span,value", [
    # words that look ahead whatever the verb's tense
    ("The group said it would be ready to leave as soon as Tuesday.", "Tuesday", "2020-02-18"),
    ("The new rules were adopted, effective March 1.", "March 1", "2020-03-01"),
    ("He said he would travel to Moscow on Sunday.", "Sunday", "2020-02-16"),
    ("The deadline is midnight Friday.", "midnight Friday", "2020-02-14T24:00"),
    # a clock time takes the day named in its sentence, not the publication day
    ("On Tuesday the blast, shortly after 10 a.m., shook the city.", "10 a.m.",
     "2020-02-11T10:00"),
    ("The blast came at 10 a.m. Police arrived on Tuesday.", "10 a.m.", "2020-02-13T10:00"),
    # a following clause of its own does not lend its tense
    ("Protesters planned a march on Saturday and were planning a rally on Monday.",
     "Saturday", "2020-02-15"),
    ("Protesters planned a march on Saturday and were planning a rally on Monday.",
     "Monday", "2020-02-17"),
    # past narration set well before publication counts from the date it names
    ("On Oct. 2, 2019, the rebels crossed the river and reached the capital on Tuesday.",
     "Tuesday", "2019-10-01"),
    ("On Oct. 2, 2019, the rebels crossed the river. They reached the capital on Tuesday.",
     "Tuesday", "2019-10-01"),
    # ...but a range up to now, or a later sentence, counts from publication
    ("Shares bought from Sept. 14, 2019 to Thursday rose.", "Thursday", "2020-02-13"),
    ("The raid was on Oct. 2, 2019. Police said on Tuesday they had a suspect.",
     "Tuesday", "2020-02-11"),
    ("She fled in June 1998 and returned later that year.", "later that year", "1998"),
    # "the following month" after a month was named
    ("The plant closed in March 2019. The following month, workers protested.",
     "The following month", "2019-04"),
])
def test_reference_time(text, span, value):
    assert value_of(text, span) == value


_REPORT = ("Acme said third-quarter profit rose 5%. Sales in the quarter ended Sept. 30 rose. "
           "The latest period included a gain. In the 1988 period, Acme lost money. "
           "Net was $5 million, up from the corresponding period last year. "
           "Last year's quarter was weak.")


@pytest.mark.parametrize("span,value", [
    ("third-quarter", "2019-Q3"), ("the quarter", "2019-Q3"),
    ("The latest period", "2019-Q3"), ("the 1988 period", "1988-Q3"),
    ("the corresponding period last year", "2018-Q3"), ("Last year's quarter", "2018-Q3"),
])
def test_quarters_in_earnings_reports(span, value):
    assert value_of(_REPORT, span, published=dt.date(2019, 10, 26)) == value


def test_quarter_abbreviations():
    got = found("Profit rose in Q4 2012, and Q3 sales fell. In Q1'13 the Audi Q3 sold well.",
                published=dt.date(2013, 3, 22))
    assert got["Q4 2012"] == ("DATE", "2012-Q4") and got["Q3"] == ("DATE", "2012-Q3")
    assert got["Q1'13"] == ("DATE", "2013-Q1") and len(got) == 3


def test_quarters_named_by_their_months_and_fiscal_years():
    got = found("Profit rose in the October-December quarter; sales in FY2019 were flat.")
    assert got["the October-December quarter"] == ("DATE", "2019-Q4")
    assert got["FY2019"] == ("DATE", "2019")


def test_quarter_named_by_its_end():
    text = "Revenue for the quarter ended July 31 fell."
    assert value_of(text, "the quarter", published=dt.date(2019, 10, 26)) == "2019-Q2"


def test_weekday_before_a_date_is_one_expression():
    assert found("Shares fell Friday Oct. 13 alone.")["Friday Oct. 13"] == ("DATE", "2019-10-13")


# --- forms written out in words, coordinated, or fitted to a convention ------------------
@pytest.mark.parametrize("text,span,type_,value", [
    # spelled ordinals and a second day sharing the month
    ("Women will march this coming Sunday, March eighth.", "this coming Sunday, March eighth",
     "DATE", "2020-03-08"),
    ("The summit is on April 24 and 25.", "25", "DATE", "2020-04-25"),
    ("Both votes, on Jan. 7 and 9, 2019, failed.", "Jan. 7", "DATE", "2019-01-07"),
    ("Both votes, on Jan. 7 and 9, 2019, failed.", "9, 2019", "DATE", "2019-01-09"),
    # a weekday before a month-day picks the year in which they agree
    ("The report is dated Friday, Aug. 7.", "Friday, Aug. 7", "DATE", "2020-08-07"),
    # decades and halves
    ("Growth slowed in the last half of the '80s.", "the '80s", "DATE", "198"),
    ("Output rose in the last half of 2019.", "the last half of 2019", "DATE", "2019-H2"),
    ("Oil fell to lows seen in the winter of nineteen ninety-four.",
     "the winter of nineteen ninety-four", "DATE", "1994-WI"),
    # halves of units, "or so", sub-day stretches after an event
    ("He spent two and a half years in jail.", "two and a half years", "DURATION", "P2Y6M"),
    ("Rebels have held the town for the past year and a half.", "the past year and a half",
     "DURATION", "P1Y6M"),
    ("The vote took half an hour.", "half an hour", "DURATION", "PT30M"),
    ("The rescue came a week or so ago.", "a week or so ago", "DATE", "2020-W06"),
    ("Just over an hour later, he died.", "an hour", "DURATION", "PT1H"),
    ("A decades-long feud ended after a day-long meeting.", "decades-long", "DURATION", "PXY"),
    ("A decades-long feud ended after a day-long meeting.", "day-long", "DURATION", "P1D"),
    ("Net profit for the year to March fell.", "the year", "DURATION", "P1Y"),
    # ranges, approximate dates, weeks named by a day, weekdays told from another day
    # each end of a counted range is a TIMEX3 (session 15 convention; was one span, PXW)
    ("Deliveries resume within two to three weeks.", "three weeks", "DURATION", "P3W"),
    ("Deliveries resume within two to three weeks.", "two", "DURATION", "P2W"),
    ("Deliveries resume within two or three weeks.", "two or three weeks", "DURATION", "PXW"),
    ("The sale should close around March 1.", "around March 1", "DATE", "2020-03-01"),
    ("A hearing is set for the week of March 2.", "the week of March 2", "DATE", "2020-W10"),
    ("More recently, the group grew.", "More recently", "DATE", "PAST_REF"),
    ("Shares closed higher on Friday, Feb. 7, up 2% from the previous Friday.",
     "the previous Friday", "DATE", "2020-01-31"),
    ("The bill passed in the spring of last year.", "the spring of last year", "DATE", "2019-SP"),
    ("Demand is up from the low levels of the early summer.", "the early summer", "DATE",
     "2019-SU"),
    ("Sales were $6 billion in the latest fiscal year.", "the latest fiscal year", "DATE",
     "2019"),
    ("Sales rose in the first nine months of the year.", "the year", "DATE", "2020"),
    ("Planting was delayed earlier in the year.", "earlier in the year", "DATE", "2020"),
    ("For the week, the index fell 3%.", "the week", "DATE", "2020-W07"),
    ("Qantas runs four flights a week.", "a week", "SET", "P1W"),
    ("The strike costs 40 million crowns a day.", "a day", "SET", "P1D"),
    ("The talks lasted a week.", "a week", "DURATION", "P1W"),
    # weeks counted back from publication keep their grain, from a named day the day's;
    # years counted from the year just named
    ("Talks broke down six weeks ago.", "six weeks ago", "DATE", "2020-W01"),
    ("The trial opened on Jan. 7, 2019; two weeks later the jury ruled.", "two weeks later",
     "DATE", "2019-01-21"),
    ("In 1998, it moved to Leipzig. Two years later it opened a plant.", "Two years later",
     "DATE", "2000"),
    ("Net fell to $2 million from $3 million a year earlier.", "a year earlier", "DATE", "2019"),
    # a stretch ahead of unstated length; a day told from the date just named
    ("Parliament will debate it in the coming weeks.", "the coming weeks", "DURATION", "PXW"),
    ("Talks collapsed on Feb. 3, and the day before, both sides were hopeful.",
     "the day before", "DATE", "2020-02-02"),
    # sets of weekday nights
    ("Flights leave on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1TNI"),
    ("Flights leave on Monday and Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
])
def test_written_forms(text, span, type_, value):
    assert found(text)[span] == (type_, value)


@pytest.mark.parametrize("text,span,value", [
    # a limit set in the past still lies ahead
    ("The agency gave the family until 9 a.m. Tuesday to reply.", "9 a.m. Tuesday",
     "2020-02-18T09:00"),
    ("The judge postponed the hearing until Tuesday.", "Tuesday", "2020-02-18"),
    ("The road remained closed until Tuesday.", "Tuesday", "2020-02-11"),
    ("It has a plan to repay the loan by March.", "March", "2020-03"),
    ("The storm is forecast to reach the coast on Saturday.", "Saturday", "2020-02-15"),
    ("He had planned to leave on Saturday but stayed.", "Saturday", "2020-02-08"),
    ("Ministers would act if the strike lasted beyond Saturday.", "Saturday", "2020-02-15"),
    # quoted words keep their own tense; a clock time takes the day of its gloss
    ("\"He will leave at 4 in the morning (4 a.m. EST Saturday),\" Castro said.",
     "4 in the morning", "2020-02-15T04:00"),
    ("The bars close at 11 at night.", "11 at night", "2020-02-13T23:00"),
    ("The minister will travel to Paris at the end of February.", "the end of February",
     "2020-02"),
    ("Police arrested two men on Feb. 3; the next day, a third was held.", "the next day",
     "2020-02-04"),
    # a date moved is moved ahead; a reporting clause after a comma is not the date's clause
    ("The vote was postponed to Monday.", "Monday", "2020-02-17"),
    ("Kate gave birth to a son on Monday.", "Monday", "2020-02-10"),
    ("Banks will stay closed through Monday, officials said Tuesday.", "Monday",
     "2020-02-17"),
    # "more than expected" compares; it plans nothing
    ("Retail sales rose more than expected in January.", "January", "2020-01"),
])
def test_deadlines_and_plans(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text", [
    "Baker said on ABC's \"This Week\" that talks would go on.",
    "Gonzalez spoke on CBS's ''60 Minutes'' about his son.",
    "Thousands joined the annual March for Life in the capital.",
    "The town saw its high noon moment.",
    "Sales held at 2.46 billion guilders.",
    "It was the fourth attack in as many days.",
])
def test_titles_idioms_and_amounts_are_not_times(text):
    assert not found(text)


def test_generic_today_is_the_present_age():
    assert found("Today's youth will judge.")["Today"] == ("DATE", "PRESENT_REF")
    assert found("The people of tomorrow will judge.")["tomorrow"] == ("DATE", "FUTURE_REF")
    assert found("Today's vote is close.")["Today"] == ("DATE", "2020-02-13")
    assert found("The rule applies as of tomorrow.")["tomorrow"] == ("DATE", "2020-02-14")


def test_weekday_possessive_looks_ahead_only_with_a_future_verb():
    assert found("Wednesday's ruling angered the exiles.")["Wednesday"][1] == "2020-02-12"
    assert found("Sunday's vote will decide the next mayor.")["Sunday"][1] == "2020-02-16"


def test_one_day_after_a_modal_is_the_vague_future():
    assert found("Islam will one day be the largest faith.")["one day"] == ("DATE", "FUTURE_REF")
    assert found("He had been in the job one day.")["one day"] == ("DURATION", "P1D")


def test_a_while_and_results_still_to_come():
    assert found("They will live without power for a while.")["a while"] == ("DURATION", "PXX")
    # told in February 2020: the fourth quarter whose results are still to be announced
    assert found("The bank will report fourth-quarter results on Thursday.")[
        "fourth-quarter"] == ("DATE", "2019-Q4")
    assert found("Sales will rise in the fourth quarter.")["the fourth quarter"] == \
        ("DATE", "2020-Q4")


def test_a_few_days_later_in_past_narration_is_a_stretch():
    got = found("The bid was rejected. A few days later, the board announced a sale.")
    assert got["A few days"] == ("DURATION", "PXD")
    assert found("Prices will rise a few days later.")["a few days later"] == \
        ("DATE", "FUTURE_REF")


def test_that_day_after_a_month_keeps_the_month():
    got = found("He was shot last October. His name was crossed out that same day.")
    assert got["that same day"] == ("DATE", "2019-10-XX")
    got = found("Talks began on Feb. 3. That day, both sides were hopeful.")
    assert got["That day"] == ("DATE", "2020-02-03")


def test_a_weekday_inside_a_name_is_no_date():
    assert "Sunday" not in found("The Sunday Times reported the deal.")
    assert found("Talks ended on the Sunday before the vote.")["Sunday"][0] == "DATE"


def test_earlier_than_measures_a_gap():
    got = found("Schools will reopen on Sept. 1, three weeks earlier than planned.")
    assert got["three weeks"] == ("DURATION", "P3W") and "three weeks earlier" not in got


def test_now_as_a_discourse_turn_is_no_time():
    assert "Now" not in found("It was a bad year. Now, the question is who pays.")
    assert "now" not in found("It will be the theme from now to Election Day.")
    assert found("For now, the embassy stays shut.")["now"] == ("DATE", "PRESENT_REF")
    assert found("Now the plant is closed.")["Now"] == ("DATE", "PRESENT_REF")


def test_headline_case_dates_are_kept():
    assert found("Obama To Visit Israel Next Month\n\nThe trip was announced.")["Next Month"] \
        == ("DATE", "2020-03")


def test_around_a_possessive_is_a_verb_particle():
    assert set(found("Lawyers looked for ways to get around Tuesday's ruling.")) == {"Tuesday"}


@pytest.mark.parametrize("text,span,type_,value", [
    ("The deal should close by year-end.", "year-end", "DATE", "2020"),
    ("Shares are up 4% since year-end.", "year-end", "DATE", "2019"),
    ("By mid-afternoon, shares had recovered.", "mid-afternoon", "TIME", "2020-02-13TAF"),
    ("Trading halted at mid afternoon yesterday.", "mid afternoon yesterday", "TIME",
     "2020-02-12TAF"),
    ("The plan runs to the year two thousand.", "the year two thousand", "DATE", "2000"),
])
def test_year_end_mid_day_spoken(text, span, type_, value):
    assert found(text)[span] == (type_, value)


def test_adjectives_and_counts_are_not_dates():
    assert "year-end" not in found("In 1988, year-end net fell.")
    assert not found("Iraq imports about three-quarters of its food.")
    assert not found("Funds hold more than a quarter of the market.")
    assert not any("thousand" in s for s in found("It lasted two thousand years."))


def test_unanchored_values_stay_underspecified():
    assert value_of("The minister resigned on Monday.", "Monday", published=None) == "XXXX-WXX-1"


# --- other languages -------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,span,value", [
    ("fr", "Il est arrivé le 3 janvier 2020 à Paris.", "3 janvier 2020", "2020-01-03"),
    ("fr", "La réunion du 03/01/2020 a eu lieu.", "03/01/2020", "2020-01-03"),
    ("es", "Llegó el 3 de enero a Madrid.", "3 de enero", "2020-01-03"),
    ("es", "Llegó el 3 de enero de 2020.", "3 de enero de 2020", "2020-01-03"),
    ("de", "Er kam am 3. Januar 2020 an.", "3. Januar 2020", "2020-01-03"),
    ("de", "Er kam am 03.01.2020 an.", "03.01.2020", "2020-01-03"),
    ("it", "È arrivato il 3 gennaio 2020.", "3 gennaio 2020", "2020-01-03"),
    ("it", "Nel marzo 2019 è partito.", "marzo 2019", "2019-03"),
    ("fr", "Publié le 3 janv. 2020 à 10h.", "3 janv. 2020", "2020-01-03"),
    ("es", "Madrid, 12 dic. 2019.", "12 dic. 2019", "2019-12-12"),
    ("ar", "وصل في 2020-01-03 إلى بغداد", "2020-01-03", "2020-01-03"),
])
def test_other_languages(lang, text, span, value):
    assert value_of(text, span, lang=lang) == value


@pytest.mark.parametrize("lang,text,span,value", [
    ("fr", "Il est parti la semaine dernière.", "la semaine dernière", "2020-W06"),
    ("fr", "Il reviendra l'an prochain.", "l'an prochain", "2021"),
    ("fr", "Le pont a cédé il y a 3 jours.", "il y a 3 jours", "2020-02-10"),
    ("es", "El mes pasado subieron los precios.", "El mes pasado", "2020-01"),
    ("es", "Se fue hace 2 años.", "hace 2 años", "2018"),
    ("de", "Letzte Woche trat er zurück.", "Letzte Woche", "2020-W06"),
    ("de", "Vor einem Jahr war das anders.", "Vor einem Jahr", "2019"),
    ("it", "La settimana scorsa il governo è caduto.", "La settimana scorsa", "2020-W06"),
    ("it", "È arrivato 3 giorni fa.", "3 giorni fa", "2020-02-10"),
    ("nl", "Vorige maand sloot de fabriek.", "Vorige maand", "2020-01"),
    ("tr", "Geçen hafta Ankara'da bir toplantı yapıldı.", "Geçen hafta", "2020-W06"),
    ("tr", "Köprü 2 yıl önce açıldı.", "2 yıl önce", "2018"),
    ("tr", "Anlaşma 25 Kasım 2019 tarihinde imzalandı.", "25 Kasım 2019", "2019-11-25"),
    ("ar", "قال الوزير الأسبوع الماضي إن الاتفاق سيوقع", "الأسبوع الماضي", "2020-W06"),
    ("ar", "سيوقع الاتفاق الشهر المقبل", "الشهر المقبل", "2020-03"),
    ("el", "Την περασμένη εβδομάδα έκλεισε το εργοστάσιο.", "Την περασμένη εβδομάδα",
     "2020-W06"),
    ("el", "Η συνάντηση έγινε την Τρίτη.", "Τρίτη", "2020-02-11"),
    ("el", "Φέτος οι τιμές ανέβηκαν.", "Φέτος", "2020"),
    ("ru", "На прошлой неделе завод закрылся.", "прошлой неделе", "2020-W06"),
    ("ru", "Это случилось 5 лет назад.", "5 лет назад", "2015"),
    ("ru", "Договор подписан 3 января 2020 года.", "3 января 2020", "2020-01-03"),
    ("fr", "Il est parti il y a deux semaines.", "il y a deux semaines", "2020-W05"),
    ("de", "Das war vor drei Jahren.", "vor drei Jahren", "2017"),
    ("fr", "Il est parti hier soir.", "hier soir", "2020-02-12TEV"),
    ("es", "Llegó ayer por la tarde.", "ayer por la tarde", "2020-02-12TAF"),
    ("de", "Er sprach heute Morgen.", "heute Morgen", "2020-02-13TMO"),
    ("tr", "Dün akşam açıklandı.", "Dün akşam", "2020-02-12TEV"),
])
def test_other_languages_relative(lang, text, span, value):
    assert value_of(text, span, lang=lang) == value


def test_greek_ordinals_are_not_weekdays():
    assert not found("Ήταν η τρίτη φορά.", lang="el")


# --- invariants ------------------------------------------------------------------------
_SCRIPTS = st.text(alphabet=st.sampled_from(list(
    "abc xyz 0123456789 ,.-/:'\n" "Jan. May Friday week years ago the 1990s p.m. "
    "مرحبا 北京 Москва ñé ü ß 😀")), max_size=200)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_SCRIPTS, lang=st.sampled_from(["en", "fr", "ar"]))
def test_spans_are_ordered_and_inside_text(text, lang):
    doc = _nlp("en" if lang == "en" else "xx")(text)
    timexes = find_timexes(doc, PUB, lang)
    last_end = 0
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text) and t.start >= last_end
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value
        last_end = t.end
    infer_published(doc, (), lang)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=120), n=st.integers(min_value=0, max_value=10**9))
def test_any_text_and_huge_numbers_never_crash(text, n):
    text = f"{text} {n:,} years ago, {n} days later, in the {n}th century, on {n}/{n}/{n}"
    timexes = find_timexes(text, PUB, "en") + find_timexes(text, None, "fr")
    assert all(0 <= t.start < t.end <= len(text) for t in timexes)


@pytest.mark.parametrize("lang,model", [("fr", "xx"), ("en-GB", "xx"), ("ar", "xx")])
def test_stage_in_other_languages(lang, model):
    text = "Publié le 3 janvier 2020. Jeudi, 12/01/2020, 2020-01-14."
    state = State(Article(id="x", text=text, language=lang), lang, None)
    state.values.update({"doc": _nlp(model)(text), "blocks": ()})
    out = timexes_stage.run(state)
    assert "2020-01-14" in {t.value for t in out["timexes"]}
    assert out["published"][1] == (out["published"][0] is not None)


# --- weekdays in future clauses, other languages -------------------------------------------
@pytest.mark.parametrize("lang,text,span,value", [
    ("fr", "Le ministre se rendra sur place mardi.", "mardi", "2020-02-18"),
    ("fr", "Le vote aurait lieu mardi, selon la presse.", "mardi", "2020-02-18"),
    ("fr", "Le ministre a annoncé mardi que la réforme sera votée.", "mardi", "2020-02-11"),
    ("de", "Die Kommission wird am Dienstag entscheiden.", "Dienstag", "2020-02-18"),
    ("de", "Die Kommission entschied am Dienstag.", "Dienstag", "2020-02-11"),
    ("es", "El presidente viajará el martes a Lima.", "martes", "2020-02-18"),
    ("es", "El presidente viajó el martes a Lima.", "martes", "2020-02-11"),
    ("it", "Il governo presenterà martedì il piano.", "martedì", "2020-02-18"),
    ("it", "Però martedì il governo ha presentato il piano.", "martedì", "2020-02-11"),
    ("el", "Η κυβέρνηση θα παρουσιάσει την Τρίτη το σχέδιο.", "Τρίτη", "2020-02-18"),
    ("tr", "Bakan salı günü Ankara'ya gidecek.", "salı", "2020-02-18"),
    ("tr", "Bakan salı günü Ankara'ya gitti.", "salı", "2020-02-11"),
])
def test_other_languages_weekday_in_a_future_clause_is_the_next_one(lang, text, span, value):
    assert value_of(text, span, lang=lang) == value


# --- modifiers inside the span, compared periods, newspapers -------------------------------
@pytest.mark.parametrize("text,span,type_,value", [
    # TimeML keeps "early"/"late" (mod START/END) and "about" (mod APPROX) inside the span
    ("The Senate approved the budget early Saturday.", "early Saturday", "DATE", "2020-02-08"),
    ("Police said the fire broke out late Monday night.", "late Monday night", "TIME",
     "2020-02-10TNI"),
    ("The bombs exploded at about 2:50 p.m. on Monday.", "about 2:50 p.m.", "TIME",
     "2020-02-10T14:50"),
    # "Earlier Sunday" tells when the event fell relative to another: the adverb stays out
    ("Earlier Sunday, the minister left.", "Sunday", "DATE", "2020-02-09"),
    # an order runs ahead from when it was given
    ("The governor ordered flags flown at half-staff through Saturday.", "Saturday", "DATE",
     "2020-02-15"),
    # a monthly figure compared with a year before keeps its month
    ("Unemployment stood at 7.7 percent in November, down from 9 percent a year earlier.",
     "a year earlier", "DATE", "2018-11"),
    ("The company's fiscal year 2021 starts in July.", "fiscal year 2021", "DATE", "2021"),
])
def test_modifiers_and_compared_periods(text, span, type_, value):
    assert found(text).get(span) == (type_, value)


@pytest.mark.parametrize("text", [
    "The Communist Party daily Granma compared Elian with Che Guevara.",
    "The state-run daily said the plan was dead.",
    "The news weekly Der Spiegel reported the talks.",
])
def test_a_daily_newspaper_is_no_recurrence(text):
    assert not found(text)


def test_adverbs_of_recurrence_stay_sets():
    assert found("Supporters have held rallies almost daily.")["daily"] == ("SET", "P1D")
    assert found("Qantas plans daily flights to Bombay.")["daily"] == ("SET", "P1D")


@pytest.mark.parametrize("text,span,type_,value", [
    ("The company was founded in 2005. In March of that year, it opened a store.",
     "March of that year", "DATE", "2005-03"),
    ("The trial is expected to last several weeks.", "several weeks", "DURATION", "PXW"),
    ("Sales rose over the last two years.", "the last two years", "DURATION", "P2Y"),
])
def test_month_of_that_year_and_last_as_a_verb(text, span, type_, value):
    assert found(text).get(span) == (type_, value)


def test_news_months_keep_the_publication_year_after_an_old_year():
    # news tells its recent months against the publication date even after background
    # years ("dating to 1994. In January, ..."): no narrative year is carried over
    got = found("Police linked shootings dating to 1994. In January, a doctor was shot.",
                dt.date(1998, 10, 25))
    assert got["January"] == ("DATE", "1998-01")


def test_us_election_day_is_the_tuesday_after_the_first_monday():
    assert value_of("Obama won re-election on Election Day.", "Election Day",
                    dt.date(2013, 3, 22)) == "2012-11-06"
    assert value_of("The issue will dominate the race from now to Election Day.",
                    "Election Day", dt.date(1998, 10, 25)) == "1998-11-03"


@pytest.mark.parametrize("text,value", [
    ("The economy is expected to grow in the second half.", ("DATE", "2020-H2")),
    ("Profit rose in the second half.", ("DATE", "2019-H2")),
    ("Messi scored twice in the second half.", None),
])
def test_a_bare_half_is_a_half_year_only_in_economic_news(text, value):
    assert found(text).get("the second half") == value


def test_a_frequency_stays_inside_its_set():
    # TimeML writes "twice a week" as one SET with freq="2X": the count is in the span
    assert found("The pill is taken twice a day.")["twice a day"] == ("SET", "P1D")
    assert found("They meet three times a week.")["three times a week"] == ("SET", "P1W")
    assert found("Workers earn $2 an hour.")["an hour"] == ("SET", "PT1H")


def test_midnight_told_in_the_past_opened_the_day():
    assert value_of("The government shut down at midnight.", "midnight") == \
        "2020-02-12T24:00"
    assert value_of("The ceasefire takes effect at midnight.", "midnight") == \
        "2020-02-13T24:00"


def test_the_week_named_by_its_end_or_as_an_object():
    got = found("Jobless claims fell in the week ended Feb. 8.")
    assert got["the week"] == ("DATE", "2020-W06")
    assert found("U.S. stocks ended the week higher.")["the week"] == ("DATE", "2020-W07")
    assert "the week" not in found("He left the week before the vote.")


@pytest.mark.parametrize("text,published,value", [
    ("The museum reopens in the spring.", dt.date(2013, 3, 22), "2013-SP"),
    ("Sales slowed in the spring.", dt.date(2013, 3, 22), "2012-SP"),
    ("Sales slowed in the spring.", dt.date(2013, 5, 22), "2013-SP"),
])
def test_the_season_by_tense_and_how_far_it_has_run(text, published, value):
    assert value_of(text, "the spring", published) == value


@pytest.mark.parametrize("text,published,span,value", [
    # a quarter named by the month it ends in: the calendar quarter most of it falls in
    ("The chipmaker sold 4 million units in the September quarter.", dt.date(2014, 11, 4),
     "the September quarter", "2014-Q3"),
    ("Profit in the March quarter fell by a fifth.", dt.date(2014, 1, 20),
     "the March quarter", "2013-Q1"),
    ("Sales in the December 2013 quarter rose.", dt.date(2014, 6, 2),
     "the December 2013 quarter", "2013-Q4"),
    ("The retailer will report results for the July quarter.", dt.date(2014, 3, 2),
     "the July quarter", "2014-Q2"),
])
def test_a_quarter_named_by_its_last_month(text, published, span, value):
    assert found(text, published)[span] == ("DATE", value)


def test_the_previous_quarter_steps_from_the_quarter_just_named():
    text = ("Output in the third quarter rose 2 percent from the previous quarter, and "
            "the following quarter looks weaker.")
    got = found(text, dt.date(2014, 1, 15))
    assert got["the third quarter"][1] == "2013-Q3"
    assert got["the previous quarter"][1] == "2013-Q2"
    assert got["the following quarter"][1] == "2013-Q4"
    # with no quarter named first, the publication date decides
    alone = found("Exports fell in the previous quarter.", dt.date(2014, 1, 15))
    assert alone["the previous quarter"][1] == "2013-Q4"


@pytest.mark.parametrize("text,span", [
    ("The launch is set for 7:05 p.m. Eastern time on Friday.", "7:05 p.m. Eastern time"),
    ("Polls close at 8 p.m. Pacific Standard Time.", "8 p.m. Pacific Standard Time"),
    ("The quake struck at 2:46 p.m. local time.", "2:46 p.m. local time"),
])
def test_a_zone_spelled_out_stays_in_the_clock_time(text, span):
    assert found(text)[span][0] == "TIME"


@pytest.mark.parametrize("text,span,value", [
    ("The capsule fell for four minutes and 19 seconds.", "four minutes and 19 seconds",
     "PT4M19S"),
    ("He served two years and six months of his sentence.", "two years and six months",
     "P2Y6M"),
    ("The flight took 11 hours and 40 minutes.", "11 hours and 40 minutes", "PT11H40M"),
])
def test_one_length_told_in_two_units_is_one_duration(text, span, value):
    assert found(text)[span] == ("DURATION", value)


def test_two_lengths_in_the_same_unit_stay_apart():
    got = found("The first strike lasted two days and the second two days.")
    assert "two days and the second two days" not in got
    assert found("Talks ran for three days and three nights.").get(
        "three days and three nights") is None


@pytest.mark.parametrize("text,published,span,value", [
    ("Stores opened at midnight on Black Friday.", dt.date(2013, 11, 30), "Black Friday",
     "2013-11-29"),
    ("Online retailers expect record sales on Cyber Monday.", dt.date(2013, 11, 27),
     "Cyber Monday", "2013-12-02"),
])
def test_the_shopping_days_after_thanksgiving(text, published, span, value):
    assert found(text, published)[span] == ("DATE", value)


def test_a_capitalised_season_before_a_name_is_part_of_the_name():
    got = found("The next Summer Olympics open in 2016, and the Winter Games follow.")
    assert not any("Summer" in s or "Winter" in s for s in got)
    assert "next summer" in found("The museum will reopen next summer.")


@pytest.mark.parametrize("text,published,span,value", [
    ("Exports grew 4 percent in the first six months of the year.", dt.date(2013, 8, 2),
     "the first six months of the year", "2013-H1"),
    ("Sales fell in the last three months of 2012.", dt.date(2013, 2, 1),
     "the last three months of 2012", "2012-Q4"),
    ("Prices rose in the first three months of this year.", dt.date(2014, 5, 2),
     "the first three months of this year", "2014-Q1"),
])
def test_the_first_months_of_a_year_are_a_quarter_or_a_half(text, published, span, value):
    assert found(text, published)[span] == ("DATE", value)


@pytest.mark.parametrize("text,published,span,value", [
    # the clause after "that" keeps its own tense: the weekday belongs to the verb before it
    ("Economists expect the Labor Department to report on Friday that employers added "
     "160,000 jobs in January.", dt.date(2013, 1, 31), "Friday", "2013-02-01"),
    ("Congress passed a bill late Wednesday that funds the government until Jan. 15.",
     dt.date(2013, 10, 17), "late Wednesday", "2013-10-16"),
    ("The company said on Monday that it will cut 500 jobs.", dt.date(2013, 5, 15),
     "Monday", "2013-05-13"),
])
def test_a_that_clause_after_a_weekday_keeps_its_own_tense(text, published, span, value):
    assert value_of(text, span, published) == value


@pytest.mark.parametrize("text,published,span,value", [
    # weekdays joined in one phrase are in order once the first is today or ahead
    ("Flights were canceled for Friday and Saturday.", dt.date(2013, 2, 8), "Saturday",
     "2013-02-09"),
    ("Schools were closed Monday through Wednesday.", dt.date(2013, 2, 11), "Wednesday",
     "2013-02-13"),
    # told in the past and out of order, each weekday keeps its own reading
    ("Statements were issued Friday and Thursday.", dt.date(1998, 2, 6), "Thursday",
     "1998-02-05"),
    ("Stores were shut on Saturday and Sunday.", dt.date(2013, 2, 11), "Saturday",
     "2013-02-09"),
])
def test_weekdays_joined_in_one_phrase(text, published, span, value):
    assert value_of(text, span, published) == value


def test_a_weekdays_possessive_looks_ahead_only_in_its_own_clause():
    text = "Hollande won Sunday's runoff and will be sworn in by May 15."
    assert value_of(text, "Sunday", dt.date(2012, 5, 7)) == "2012-05-06"
    text = "Sunday's vote will decide the next government."
    assert value_of(text, "Sunday", dt.date(2012, 5, 3)) == "2012-05-06"


def test_almost_stays_inside_a_duration_like_nearly():
    assert found("He was the first pope to resign in almost 600 years.")[
        "almost 600 years"] == ("DURATION", "P600Y")


def test_hours_later_count_from_a_clock_time_in_the_same_sentence():
    text = "The ferry left at 7:45 a.m. on Tuesday and sank two hours later."
    got = found(text, dt.date(2024, 10, 10))
    assert got["two hours later"] == ("TIME", "2024-10-08T09:45")
    text = "The alarm sounded at 11:50 p.m. and the roof fell in 20 minutes later."
    assert found(text)["20 minutes later"] == ("TIME", "2020-02-14T00:10")
    # with no clock time told, the stretch stays a duration
    assert found("The roof fell in two hours later.")["two hours"] == ("DURATION", "PT2H")


def test_ahead_of_a_date_looks_forward():
    text = "The opposition held rallies ahead of Saturday's referendum."
    assert value_of(text, "Saturday", dt.date(2012, 12, 10)) == "2012-12-15"
    text = "Investors sold shares ahead of the weekend."
    assert value_of(text, "the weekend", dt.date(1989, 10, 30)) == "1989-W44-WE"


def test_a_quotation_opened_with_backquotes_ends_the_clause():
    # transcripts write ``...'' and the tokenizer splits `` into two marks
    text = "It is inaccurate.'' White House on Thursday ``For weeks we've been subjected to leaks."
    assert value_of(text, "Thursday", dt.date(1998, 2, 6)) == "1998-02-05"


def test_the_first_two_quarters_of_a_year_are_its_first_half():
    text = "Analysts expect weak results through at least the first two quarters of 1990."
    assert found(text, dt.date(1989, 10, 26))["the first two quarters of 1990"] == (
        "DATE", "1990-H1")
    # nine months have no calendar name: they stay a duration
    got = found("Profit rose in the first nine months of 1989.", dt.date(1989, 10, 26))
    assert got["the first nine months"] == ("DURATION", "P9M")


def test_a_year_ago_comparison_skips_a_forecast_quarter():
    text = ("Some steelmakers will report losses through the third quarter of 1990. "
            "Bethlehem earned $46.9 million. In the year-ago period, it earned $101.4 million.")
    assert found(text, dt.date(1989, 10, 26))["the year-ago period"] == ("DATE", "1988-Q3")


def test_a_period_that_ended_on_a_date_is_over():
    text = "In the year-ago quarter, the second quarter ended Oct. 31, it lost $12 million."
    assert value_of(text, "Oct. 31", dt.date(1989, 10, 27)) == "1988-10-31"
    # still to come when the period is only ending
    text = "Results for the quarter ending Oct. 31 are due in December."
    assert value_of(text, "Oct. 31", dt.date(1989, 10, 27)) == "1989-10-31"


def test_year_for_anchor_at_the_calendars_edge():
    # A publication date in year 9999 (typed or inferred from the text) left no calendar year
    # after it: the year search must skip it rather than subtract from None.
    from newsprism.analyze.timex_calendar import year_for
    assert year_for(dt.date(9999, 12, 31), 3, 3, "past") == 9999
    assert year_for(dt.date(1, 1, 2), 12, 30, None) == 1


def test_a_verb_end_or_start_stays_out_of_the_span():
    got = found("The talks are due to end this weekend.", dt.date(2013, 3, 14))
    assert got == {"this weekend": ("DATE", "2013-W11-WE")}
    # after a preposition the bare noun is the expression's own edge
    assert "end next year" in found("Output should recover by end next year.",
                                    dt.date(2013, 3, 14))


def test_an_ordinal_before_a_hyphenated_duration_counts_the_noun():
    got = found("It was the first two-day closure since 1888.", dt.date(2012, 10, 30))
    assert got["two-day"] == ("DURATION", "P2D") and "the first two-day" not in got


def test_a_season_without_an_article():
    assert found("The plant will reopen in spring.", dt.date(2013, 2, 6)) == {
        "spring": ("DATE", "2013-SP")}
    assert value_of("Forecasters expect a dry spring.", "spring", dt.date(2013, 1, 2)) == \
        "2013-SP"
    assert found("Spring is here.", dt.date(2013, 2, 6)) == {}


def test_the_end_of_the_month_just_named():
    text = ("Voters return to the polls for a runoff on June 15, and the winner will be "
            "sworn in by the end of the month.")
    assert value_of(text, "the end of the month", dt.date(2014, 5, 27)) == "2014-06"
    # a month named in an earlier sentence leaves "the month" to the publication date
    text = "Sales rose in April. By the end of the month, stocks were low."
    assert value_of(text, "the end of the month", dt.date(2014, 5, 27)) == "2014-05"


def test_uncounted_units_before_after_or_later():
    got = found("The launch came days before the anniversary.", dt.date(2012, 4, 16))
    assert got == {"days": ("DURATION", "PXD")}
    assert found("He was released hours later.", dt.date(2012, 4, 16)) == {
        "hours": ("DURATION", "PTXH")}
    # the noun phrase's own days, not a span told from an event
    assert found("In the days before the vote, police were deployed.",
                 dt.date(2012, 4, 16)) == {}
    assert found("It was a matter of days before it fell.", dt.date(2012, 4, 16)) == {}


def test_a_gmt_gloss_dates_the_local_time_across_midnight():
    text = "The quake hit at 7:45 a.m. (2345 GMT Sunday) near Dingxi."
    got = found(text, dt.date(2013, 7, 22))
    assert got["7:45 a.m."] == ("TIME", "2013-07-22T07:45")
    assert got["2345 GMT Sunday"] == ("TIME", "2013-07-21T23:45")
    # the same day when the zones do not straddle midnight
    text = "The blast happened at 4 in the morning (4 a.m. EDT Thursday)."
    assert value_of(text, "4 in the morning", dt.date(2013, 7, 22)) == "2013-07-18T04:00"


def test_a_clock_time_takes_the_day_of_its_story():
    text = "The ferry began to list on Wednesday morning, and the distress call came at 8:55 a.m."
    assert value_of(text, "8:55 a.m.", dt.date(2014, 4, 19)) == "2014-04-16T08:55"
    text = "The ferry began to list on Wednesday morning. The first call came at 8:55 a.m."
    assert value_of(text, "8:55 a.m.", dt.date(2014, 4, 19)) == "2014-04-16T08:55"
    # a paragraph break ends the story's day
    text = "The ferry began to list on Wednesday morning.\n\nThe office opens at 9 a.m."
    assert value_of(text, "9 a.m.", dt.date(2014, 4, 19)) == "2014-04-19T09:00"
    assert found("The captain left the bridge minutes before it sank.",
                 dt.date(2014, 4, 19)) == {"minutes": ("DURATION", "PTXM")}


def test_last_weekday_is_never_yesterday():
    # said on a Friday, "last Thursday" is a week before yesterday (which goes by its name)
    assert value_of("Xi was named president last Thursday.", "last Thursday",
                    dt.date(2013, 3, 22)) == "2013-03-14"
    assert value_of("Xi was named president this past Thursday.", "this past Thursday",
                    dt.date(2013, 3, 22)) == "2013-03-21"
    assert value_of("He left last Wednesday.", "last Wednesday",
                    dt.date(2013, 3, 22)) == "2013-03-20"


def test_the_end_of_the_week_of_a_day_just_told():
    pub = dt.date(2013, 3, 25)
    text = "Stocks fell on Friday but recovered by the end of the week."
    assert value_of(text, "the end of the week", pub) == "2013-W12"
    # a clause still to come keeps the week under way
    text = "The army ousted Mursi on March 3 and will clear the camps before the end of the week."
    assert value_of(text, "the end of the week", pub) == "2013-W13"


def test_earlier_or_later_that_day_is_one_expression():
    text = "Cyprus agreed a deal early Monday. Later that day, the minister spoke."
    assert found(text, dt.date(2013, 3, 25))["Later that day"] == ("DATE", "2013-03-25")


def test_may_after_for_is_the_month_unless_someone_is_called_may():
    text = "Import orders for May were the weakest in two years, the ministry said."
    assert value_of(text, "May", dt.date(2019, 6, 20)) == "2019-05"
    named = "Theresa May won the vote, a relief for May after weeks of revolt."
    assert "May" not in found(named, dt.date(2019, 1, 16))


def test_a_month_earlier_counts_from_the_month_just_named():
    text = "Factory output fell 1.2 percent in August from a month earlier, the agency said."
    assert value_of(text, "a month earlier", dt.date(2021, 10, 8)) == "2021-07"
    # "a month ago" still counts from the publication day
    ago = "Factory output fell 1.2 percent in August after rising a month ago."
    assert value_of(ago, "a month ago", dt.date(2021, 10, 8)) == "2021-09"


def test_a_date_in_a_relative_clause_is_no_setting_for_a_weekday():
    # published on a Thursday; the aside's date is two weeks old
    text = "The poet, who fell ill on March 2, was laid to rest on Saturday in Lyon."
    assert value_of(text, "Saturday", dt.date(2022, 3, 17)) == "2022-03-12"


def test_the_new_year_is_the_year_to_come_late_in_a_year():
    text = "The council plans to put the new levy to a vote in the new year."
    assert value_of(text, "the new year", dt.date(2018, 11, 27)) == "2019"
    assert value_of(text, "the new year", dt.date(2019, 1, 9)) == "2019"
    assert "the new year" not in found("Crowds in Sydney celebrated the new year.",
                                       dt.date(2019, 1, 1))


def test_a_season_named_as_a_bodys_own_break():
    text = "Senators came back from their summer recess on Monday to a crowded agenda."
    assert value_of(text, "summer", dt.date(2016, 9, 7)) == "2016-SU"
    assert "summer" not in found("The resort's summer trade was poor.", dt.date(2016, 9, 7))
