"""Evaluation gate for the timex stage on TempEval-3 TBAQ: the reader's offsets, the
scorer's arithmetic, and score floors pinned a little below the measured figures."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsprism.errors import NotFound
from newsprism.evaluate import tempeval3 as te
from newsprism.records import Timex

# Measured on the full TBAQ (256 documents), end of session 5: strict F1 0.897, relaxed
# F1 0.948, type F1 0.915, value F1 0.830 (AQUAINT value 0.793, TimeBank value 0.848).
# Session 6: strict 0.897, relaxed 0.949, type 0.914, value 0.830 (AQUAINT 0.792, TimeBank
# 0.848); what is left is mostly the two teams' differing habits (see README). Session 7:
# strict 0.898, relaxed 0.949, type 0.915, value 0.831 (AQUAINT 0.793, TimeBank 0.849).
# Session 8: strict 0.898, relaxed 0.949, type 0.916, value 0.831 (AQUAINT 0.793, TimeBank
# 0.849; value 0.8308 -> 0.8313). Value F1 here is the TE3 tool's: value matches over
# relaxed matches times relaxed F1, values compared as strings, the DCT timex not scored.
# Session 9: weekday + part of day typed TIME (the guidelines) measured again and refused:
# type 0.9163 -> 0.9066 (AQUAINT 0.9079 -> 0.8707, TimeBank 0.9203 -> 0.9235), strict,
# relaxed and value unchanged; probe type 0.944 -> 0.994, opened2-6 type all rise.
# Session 11 (tuned on TimeBank's errors only, AQUAINT's totals read as held out): value
# 0.8313 -> 0.8324, type 0.9163 -> 0.9174, strict and relaxed unchanged (0.898 / 0.949);
# TimeBank value 0.8494 -> 0.8510 ("redeemed in five years" a date ahead, "Aug. 12 ... a
# year earlier" that day), AQUAINT 0.7929 unchanged. Refused for splitting the teams:
# "later in the day" (TimeBank +1, AQUAINT 0.7929 -> 0.7902), a possessive weekday after
# "will" read as ahead (AQUAINT 0.7929 -> 0.7912).
# Session 12: weekday + part of day typed TIME after all, as issue 4 asks ("Wednesday night"
# TIME 2020-02-12TNI, the guidelines' and TimeBank's type, likely the TE3 organisers'
# too): a deliberate convention fix, so the type floor moves down with it: type 0.9174 ->
# 0.908 (AQUAINT 0.908 -> 0.871, TimeBank 0.922 -> 0.925); probe type 0.940 -> 0.991,
# opened4/5/7/8 type up. Value 0.832 (AQUAINT 0.793, TimeBank 0.851), strict 0.898 and
# relaxed 0.949 unchanged by the session. Refused for lowering AQUAINT alone: "the
# morning of December 1" as one TIME (AQUAINT 0.793 -> 0.789), adverbial "overnight" as
# the night before (0.793 -> 0.792), a present-tense month-day read as ahead (-> 0.791).
# Session 12, round 2 (AQUAINT opened for tuning): value 0.8324 -> 0.8329, TimeBank
# 0.8510 -> 0.8518 (wsj_0709 "changed ... in December" told in October: last December),
# AQUAINT 0.7929 unchanged. AQUAINT's 29 weekday and 24 week value errors were read one
# by one (--list weekday,week): 18 weekdays are the part-of-day habit ("Thursday night"
# valued the bare day, or TEV for night; 11 of its 26 weekdays with a part of day keep
# it in the value as the guidelines do), 5 are stories valued from another day than the DCT (a
# reprint, an advance), 5 are slips in the gold (a weekday two days off), 1 "planned"
# (past read as ahead); weeks: 12 "last/this/next week" valued as a month, a day, P1W or
# XX, 5 unpadded "2000-W7", 3 "the weekend" as P2D or a day, 4 single cases. None is a
# rule the guidelines back, so none was fitted.
# Session 13 (AQUAINT held out again: totals only): value 0.8329 -> 0.8327, TimeBank 0.8518
# unchanged, AQUAINT 0.7929 -> 0.7922: adverbial "overnight" (TIME, the night before in
# past narration) was taken this time, against session 12's refusal, for TimeML, TimeBank
# (which marks it even as a modifier, wsj_0586) and our own writers (probe, opened7); it
# costs AQUAINT one. Refused for lowering AQUAINT alone: "the night of March 29" as one TIME
# (AQUAINT 0.7922 -> 0.7889). Floors unchanged.
# Session 14 (tuned on TimeBank's errors, AQUAINT held out: totals only): value 0.8335 ->
# 0.8363, TimeBank 0.8529 -> 0.8570, AQUAINT 0.7922 unchanged: an ordinal day told ("for
# the second day", "today is the eighth day of") as the story's day; "last year" compared
# after a quarter as that quarter a year before; after "the nine months" a year-earlier
# period as the year before. Refused again for AQUAINT alone: "later/earlier in the day" as
# that day (TimeBank unchanged, AQUAINT 0.792 -> 0.791). Value floors raised.
# Session 15 (tuned on TimeBank's errors and our own batch, AQUAINT held out: totals only):
# value 0.8363 -> 0.8369, TimeBank 0.8570 -> 0.8579 ("months ago" PXM, "the 8-month-old
# truce" P8M), AQUAINT 0.7922 unchanged; AQUAINT strict 0.868 -> 0.863 from "about" kept
# inside a counted stretch (the guidelines' mod APPROX; AQUAINT's annotators leave it out).
# Refused for lowering AQUAINT alone: "seconds before/after" as a stretch (0.7922 ->
# 0.7916); a plain present on a month-day read as ahead (0.7922 -> 0.7905, probe down too).
# Value floors raised.
# Session 15, round 2 (tense and anchoring; AQUAINT held out: totals only): value 0.8378 ->
# 0.8384, TimeBank 0.8593 -> 0.8601 (wsj_0570 "agreed to purchase ... in February" told in
# October: the next February), AQUAINT 0.7922 and strict unchanged. Refused for lowering
# AQUAINT's strict alone (0.8632 -> 0.8615): "the early hours of Sunday morning" as one TIME.
# Value floors raised.
# Session 16 (round 3: quarters, weeks, vague references; AQUAINT held out: totals only):
# value 0.8384 -> 0.8392, TimeBank 0.8601 -> 0.8614, strict 0.8989 -> 0.8998 ("the future
# of"/"the future looks" and sentence-opening "Currently," unmarked, as TBAQ leaves them),
# AQUAINT 0.7922 unchanged. Refused: "the quarter-to-quarter comparison" refused as a
# quarter (TimeBank 0.8614 -> 0.8593). Value floors raised.
# Session 16, second pass: value 0.8392 -> 0.8395, TimeBank 0.8614 -> 0.8618, strict 0.8998
# -> 0.9001 ("the outlook for the future is brighter": a preposition governs it), AQUAINT
# 0.7922 unchanged. Measured, not taken: generic "today's" unmarked (TimeBank -> 0.8625,
# AQUAINT -> 0.7936; the guidelines mark it), 'last week' on a Sunday as the week just gone
# (TimeBank -> 0.8602).
# Session 16, TimeBank's consistent forms (weeks, quarters, vague words counted in TimeBank's
# gold; tests/data/README.md): value 0.8395 -> 0.8417, TimeBank 0.8618 -> 0.8650 (a bare
# "the quarter ended Sept. 29" after "the fiscal first quarter" is that fiscal quarter, and
# so are the references after it: wsj_0928, wsj_1003), AQUAINT 0.7922 and strict 0.9001
# unchanged. Weeks ('last/this/next week' resolved 17 vs WXX 13) and vague words are split
# in TimeBank and stay as the guidelines have them. Value floors raised.
FLOORS = {"strict": 0.892, "relaxed": 0.944, "type": 0.903, "value": 0.839}
PART_VALUE_FLOORS = {"AQUAINT": 0.788, "TimeBank": 0.862}


@pytest.fixture(scope="module")
def data_dir(shared_dir) -> Path:
    path = shared_dir / "eval" / "tempeval3"
    # a missing data set must fail the gate, never skip it
    assert path.is_dir(), f"TempEval-3 data missing at {path}"
    return path


@pytest.fixture(scope="module")
def result(data_dir):
    return te.evaluate(data_dir)


def test_reader_offsets_match_the_tagged_text(data_dir):
    docs = te.load(data_dir, limit=20)
    tag = re.compile(r"<TIMEX3[^>]*>([^<]*)</TIMEX3>")
    for doc in docs:
        raw = next(data_dir.rglob(doc.name + ".tml")).read_text(encoding="utf-8")
        body = raw[raw.index("<TEXT>"):]
        expected = [m.group(1).replace("&amp;", "&") for m in tag.finditer(body)]
        assert [doc.text[g.start:g.end] for g in doc.timexes] == expected
        assert doc.dct is not None


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(NotFound, match="TempEval-3"):
        te.load(tmp_path)


def test_scoring_arithmetic():
    doc = te.Document("d", "x" * 100, None, (
        te.GoldTimex(0, 10, "DATE", "2020-01-03"), te.GoldTimex(20, 30, "DURATION", "P1Y"),
        te.GoldTimex(50, 60, "DATE", "1994")))
    system = [Timex(0, 10, "DATE", "2020-01-03"),   # strict, right value
              Timex(22, 30, "DATE", "P1Y"),         # relaxed, wrong type, right value
              Timex(70, 80, "DATE", "2002")]        # spurious
    r = te.score([doc], [system])
    assert r["strict"] == {"precision": 0.3333, "recall": 0.3333, "f1": 0.3333}
    assert r["relaxed"]["f1"] == 0.6667
    assert r["type"]["precision"] == 0.3333
    assert r["value"]["recall"] == 0.6667 and r["value"]["accuracy"] == 1.0


def test_errors_are_counted_by_category():
    assert te.category("last week", "1998-W10", "1998-W11") == "week"
    assert te.category("recently", "PAST_REF") == "vague reference"
    assert te.category("two days", "P2D", "P3D") == "duration"
    doc = te.Document("d", "x" * 100, None, (
        te.GoldTimex(0, 10, "DATE", "2020-01-03"), te.GoldTimex(20, 30, "DURATION", "P1Y")))
    table = te.errors([doc], [[Timex(0, 10, "DATE", "2020-01-04"), Timex(50, 60, "DATE", "1994")]])
    assert sum(table["value"].values()) == 1 and table["missed"]["duration"] == 1
    assert sum(table["extra"].values()) == 1
    assert "value" in te.errors_report(table)


def test_errors_are_listed_in_context():
    text = "Officials met on Friday. " + "x" * 30 + " It rained last week."
    doc = te.Document("d", text, None, (te.GoldTimex(17, 23, "DATE", "2020-01-03"),
                                        te.GoldTimex(66, 75, "DATE", "2020-W01")))
    lines = te.error_list([doc], [[Timex(17, 23, "DATE", "2020-01-10"),
                                   Timex(0, 9, "DATE", "1994")]], width=20)
    assert lines[0].startswith("extra [date/other] d") and "'Officials'" in lines[0]
    assert lines[2].startswith("value [weekday] d") and "gold 2020-01-03 system 2020-01-10" \
        in lines[2] and "met on Friday" in lines[3]
    assert lines[4].startswith("missed [week] d") and len(lines) == 6
    only = te.error_list([doc], [[Timex(17, 23, "DATE", "2020-01-10")]], {"week"})
    assert len(only) == 2 and "missed [week]" in only[0]


def test_gate_full_tbaq(result):
    assert result["documents"] == 256 and result["gold"] > 1500
    for key, floor in FLOORS.items():
        assert result[key]["f1"] >= floor, f"{key} F1 {result[key]['f1']} fell below {floor}"


def test_gate_each_part(result):
    parts = result["parts"]
    assert {p: parts[p]["documents"] for p in PART_VALUE_FLOORS} == {"AQUAINT": 73,
                                                                     "TimeBank": 183}
    for part, floor in PART_VALUE_FLOORS.items():
        assert parts[part]["value"] >= floor, f"{part} value F1 {parts[part]['value']}"


def test_report_is_readable(result):
    text = te.report(result)
    assert "strict" in text and "value" in text and "256 documents" in text
    assert "AQUAINT" in text and "TimeBank" in text
    assert set(result["by_type"]) == {"DATE", "TIME", "DURATION", "SET"}


PROBE = Path(__file__).parent / "data" / "timex_probe.jsonl"


def test_probe_sentences_load_with_offsets():
    docs = te.load_probe(PROBE)
    assert len(docs) >= 40 and all(d.dct for d in docs)
    for doc in docs:
        assert all(doc.text[g.start:g.end].strip() == doc.text[g.start:g.end] for g in doc.timexes)


def test_probe_sentences_score():
    # our own hand-annotated news sentences: p01-p30, written before the week, anchor and
    # "now" fixes, scored value F1 0.916 on sight; q01-q12, written after them, missed one
    # of 15 ("the day before," told from the date just named); r01-r10 one of 21, s01-s10
    # one of 21 (results still to be reported for a quarter just over); t01-t12 one of 24
    # ("three weeks earlier than planned"); p91-p120 (2012-2013 wire news, written before
    # the modifier and compared-month fixes) scored value F1 0.965, strict 0.965 on sight;
    # p121-p135, written after them, value F1 0.931 (2 of 29: "a year earlier" told from a
    # month in the sentence before, and "shut down at midnight", since fixed).
    # Session 5, three batches of 2012-13 wire sentences, each scored once before the fixes
    # it led to: p136-p155 value F1 0.957, strict 0.935 ("the previous quarter" after a
    # named one, "the June quarter"); p156-p175 value 0.926, strict 0.884 (a duration in
    # two units, Black Friday, Cyber Monday, "the next Summer Games", "the first three
    # months of the year"); p176-p195 value 0.954, strict 1.0 (a weekday before a "that"
    # clause took the clause's tense); p196-p215, written after all those fixes, value
    # 0.944, strict 0.972 ("Friday and Saturday" said on a Friday, "won Sunday's runoff and
    # will be sworn in", "almost" left out); p216-p235, written after those, value 0.941,
    # strict 1.0 (two weekdays "ahead of Saturday's referendum" read as past; "ahead of"
    # since fixed, "called for protests on Tuesday" still past). Session 6: p236-p260,
    # written before any of its changes, value 0.993, strict 0.966 ("the first two-day
    # closure", "the end of the day" missed, "about three hours" left without "about");
    # p261-p285, written after the first of them, value 0.994, strict 0.994 ("came days
    # before", since found); p286-p305, written after all of session 6's fixes, value
    # 1.0, strict 0.981 ("about nine minutes": "about" stays out of a duration, as in
    # AQUAINT). Session 7: p306-p335 (2012-13 financial and long-form copy, quotes,
    # ranges, anchors), written before any of its changes, first look strict 0.930,
    # relaxed 0.968, type 0.943, value 0.879 ("the year after", "this time last year",
    # "could run until Christmas" since fixed; "ends in June" after a future clause,
    # "a decade ago" as a decade, "2008-12" split in two, "annual" and "a month" as
    # rates, bare "years" and "the night" still missed). p336-p365, written after those
    # fixes, first look strict 0.989, relaxed 1.0, type 0.946, value 0.978 (a weekday
    # after "since the company's May 18 debut" told from May 18, since fixed; "a week
    # later" after a day given as a week). a01-a05, five short wire articles (50 TIMEX3)
    # written after them, first look strict 0.959, relaxed 0.980, type 0.959, value 0.898
    # ("a year earlier" and "the same period of 2012" after first-half results, "a trial
    # date of Jan. 13" read as past: since fixed; "hours, not days" in a quote missed,
    # "until the spring" after a January trial date). b01-b05, five more written after
    # those fixes (45 TIMEX3), first look strict 0.967, relaxed 0.989, type 0.857, value
    # 0.945 ("the past half century", "80 miles per hour" as a rate: since fixed; "about
    # 8 p.m." a paragraph after "Monday evening" left on the publication day). c01-c05,
    # written after those (42 TIMEX3), first look strict 0.902, relaxed 0.976, type 0.951,
    # value 0.902 ("ended the year", "2013 hours before" read as a duration, a weekday
    # given the tense of a "how" clause after it: since fixed; "1 a.m." a paragraph after
    # its day, as in b01: since fixed). d01-d05, written after those (39 TIMEX3), first
    # look strict 1.0, relaxed 1.0, type 0.974, value 0.897 ("Fourth-quarter GDP data is
    # due" in January, "7 a.m." and "the afternoon" told after backstory "on July 3":
    # since fixed; "called for marches on Friday" read as past). e01-e05, with headlines,
    # written after those (43 TIMEX3), first look strict 0.892, relaxed 0.964, type 0.940,
    # value 0.940 ("the rest of the year", "the winter of 1995-96", "from now on", "7:06
    # p.m. He will ..." given the next sentence's tense: since fixed; "hours away", "the
    # new fiscal year" missed, "about an hour" left without "about"). f01-f05, written
    # after those (41 TIMEX3), first look strict 0.951, relaxed 1.0, type 0.976, value
    # 0.976 (Apple's "fiscal first quarter" said in November read as the calendar one
    # gone; "its" then moved out of the gold span, TBAQ's habit 12 to 1). g01-g05 (30
    # TIMEX3), first look strict 0.949, relaxed 0.983, type 0.983, value 0.983 ("seconds
    # before" missed: taking it adds an AQUAINT extra, so left; "about" left out).
    # h01-h05 (39 TIMEX3, then 40: the headline's "Christmas" was missing from the gold),
    # first look strict 0.961, relaxed 0.961, type 0.909, value 0.935 ("last year's
    # Christmas", "a single day": since fixed; "15 of the past 22 years" missed).
    # i01-i05 (38 TIMEX3), first look strict 0.961, relaxed 0.987, type 0.909, value
    # 0.935 ("six days a week" as a duration and a set: since fixed; "in late March"
    # after "April last year" read as this year: a rule giving a bare month the year of
    # a month just named cost four probe values, so it was not kept). j01-j05 (34
    # TIMEX3), first look strict 0.912, relaxed 0.971, type 0.912, value 0.882 ("the next
    # contests are ... on Saturday" read as past, "three-and-a-half-hour": since fixed;
    # "Super Tuesday" in a present-tense headline read as next week's, "a week from
    # Tuesday" split). k01-k05 (34 TIMEX3), first look strict 0.971, relaxed 1.0, type
    # 0.971, value 0.912 ("about 8:20 a.m." put on the day of a backstory purchase, not
    # the lede's: since fixed; "more than an hour later" after a clock time read as a
    # clock time, "next weekend" said on a Monday read as the one after). (The PXH of a01 and c02 was corrected to PTXH.) Six of b01's
    # seven type errors are weekday + part of day, which stays typed DATE (AQUAINT's
    # habit; TimeBank and the guidelines say TIME; typed TIME, TBAQ type F1 falls 0.914
    # -> 0.905, AQUAINT 0.907 -> 0.870, TimeBank rises 0.918 -> 0.921).
    # Whole probe at the end of session 7 (420 items, 1232 TIMEX3): strict 0.983,
    # relaxed 0.995, type 0.947, value 0.982.
    # Session 8: p366-p395 (court calendars, sports seasons, central bank and earnings
    # copy, elections, zones, "the coming days", "recent years"; 89 TIMEX3), written before
    # any of the session's changes, first look strict 0.972, relaxed 0.994, type 0.939,
    # value 0.961 ("the week of Sept. 10" split, "recent years" a duration, "could work
    # through the weekend" after "said" read as past, "ahead of their debut on Thursday
    # morning" read as past: since fixed; weekday + part of day typed DATE and "about"
    # left out of a duration, conventions kept). p396-p425 (AFP/AP wire; 89 TIMEX3),
    # written after the first fixes, first look strict 0.989, relaxed 1.0, type 0.876,
    # value 0.978 ("the previous afternoon" counted forward: since fixed; "a year earlier"
    # after a clock time kept at year granularity; nine of the eleven type errors are
    # weekday + part of day). Whole probe (480 items, 1410 TIMEX3): strict 0.983, relaxed
    # 0.995, type 0.944, value 0.983.
    # Session 9: p426-p455 (live-blog clock times, fiscal calendars, "overnight", "this
    # time last year", decades, tenures, anchors; 87 TIMEX3), written before any of the
    # session's changes, first look strict 0.952, relaxed 0.964, type 0.917, value 0.917
    # ("2 a.m." after "7 p.m." kept on the evening's day, "expects growth to slow in the
    # second half" in May read as last year's: since fixed; "overnight" and "the night"
    # missed, as q07 and TBAQ mostly leave them; "10:42 EDT" of an update line dated by
    # the sentence's weekday; "about four hours" then moved to "four hours", the probe's
    # and TBAQ's habit). p456-p485 (81 TIMEX3), written with them and left unread as the
    # session's held-out check, first look strict 0.938, relaxed 0.988, type 0.938,
    # value 0.938. p486-p490 (five short 2012-13 wire articles: updates, sports nights,
    # fiscal years, backstory days; 54 TIMEX3), written after the first two fixes, first
    # look strict 0.991, relaxed 0.991, type 0.936, value 0.954 ("7 p.m., and ... on
    # Wednesday morning" dated by the other clause, "is set for 9 p.m. Saturday" read as
    # past, "the last night of athletics" as yesterday's: since fixed). p491-p495 (five
    # NYT, BBC, WSJ, AP and CNN-style articles; 53 TIMEX3), written after those, first
    # look strict 0.961, relaxed 0.961, type 0.922, value 0.961 ("spent hours", "within
    # minutes" missed: since fixed; "in afternoon trading" and "meeting of the year" left
    # missed, as no TBAQ text shows a habit). p496-p500 (a dated header, a night
    # shooting, earnings halves, "later this week", anchored days; 49 TIMEX3), written
    # after those, first look strict 0.979, relaxed 0.979, type 0.958, value 0.979 (only
    # "throughout the day" and "most of the day" missed, which AQUAINT leaves unmarked).
    # p456-p485 (appended last), scored at the end with the end code, value 0.938,
    # strict 0.938, relaxed 0.988 (the session's starting code: the same); its errors
    # then read: "4 minutes 19 seconds" split, "the holiday weekend" missed, "has
    # promised a budget by the summer" read as last summer's (since fixed: value 0.975);
    # "Saturday's vote" before "due by Wednesday" read as next Saturday's; "about a
    # minute" moved to "a minute" as above. p501-p520 (one-sentence 2012-13 wire leads;
    # 49 TIMEX3), written after all of those, first look with the session's end code
    # strict 0.990, relaxed 0.990, type 0.909, value 0.990 (starting code value 0.969):
    # "delayed the game in the third quarter" read as a calendar quarter (since fixed).
    # p521-p522 (two long AP and Reuters articles, 39 TIMEX3), written after that, first
    # look strict 1.0, value 0.923, the starting code the same ("the quarter, which
    # ended on Nov. 30" not dated by its end, "the fiscal year ending in May", said in
    # December, put on last May: both since fixed). p523-p552 (session 10: holidays,
    # noon/midnight, month ends, decades, centuries, tenures, SETs, anchored weeks; 95
    # TIMEX3 once seven "8 p.m. on Friday" spans were split as the probe's earlier
    # batches split them), first look value 0.941 (0.833 with those spans joined); after
    # the session's fixes 0.973 (left: "dawn", "through the night" and "67-year-old",
    # which TBAQ leaves unmarked; weekday + part of day typed DATE). p553-p577 (held
    # out: written with p523-p552, scored once at the end), value 0.875 at the start and
    # at the end; 0.926 at both once its five "7 p.m. on Tuesday" spans were split the
    # same way (left: "dawn on Friday", "Lunar New Year", "a quarter of a century" read
    # as "a century", "a year after finishing" read as a rate, "the summer solstice").
    # Whole probe (632 items, 1992 TIMEX3): strict 0.981, relaxed 0.993, type 0.940,
    # value 0.980.
    # Session 11: p578-p602 (sports fixtures, markets, court calendars, elections,
    # obituaries, weather; written before any change) first look value 0.954, strict
    # 0.973; 0.963 once "in two weeks" was cut to "two weeks" (TimeBank keeps "in" out) and
    # an age left unmarked (TimeBank leaves "52 years old" unmarked); after the session's
    # fixes 0.982 (left: "will face Benfica in Saturday's final", read as last Saturday).
    # Two older annotations made consistent: g04 "dawn on Sunday" one span as p558/p559
    # (session 20 split all four into two TIMEX3 by the "point of day + on + day" ruling),
    # u01 "a year earlier" after Christmas Eve at the day as p419/p467. Whole probe (657
    # items, 2046 TIMEX3): strict 0.984, relaxed 0.994, type 0.942, value 0.983.
    # p603-p622 (held out: written with p578-p602, kept outside the repo, scored once at
    # the end): value 0.968, strict 0.946 with the session's starting code and the same at
    # its end (left: "the first Sunday of November" read as a bare Sunday, "coming seven
    # minutes from the end" taking the verb in, weekday + part of day typed DATE). With it
    # (677 items, 2092 TIMEX3): strict 0.983, relaxed 0.994, value 0.983.
    # Session 12: p623-p647 (parliamentary and school calendars, holidays, company
    # reporting, timetables, history pieces, sports seasons; written before any change)
    # first look value 0.800, strict 0.883; 0.908 after the session's fixes (left: "a
    # century ago" valued 19 where the writer gave 1923, "dawn the next day" one span,
    # "the three months to September" as P3M + September, "the school year" unmarked,
    # "until the season ends in May" put on last May). p648-p667 (held out, scored once
    # at the end): value 0.887, strict 0.949 with the session's starting code; 0.917,
    # strict 1.000 at its end (left: "the last Sunday of November" said on Nov. 25 put a
    # year on, "two days before Christmas" on last Christmas, "half a century ago" as 19,
    # "Sunday's derby sold out" read as last Sunday). Whole probe with both (722 items,
    # 2200 TIMEX3): strict 0.983, relaxed 0.994, type 0.992, value 0.980. Session 12,
    # round 2: value 0.9806 -> 0.9815 ("called for marches on Friday" ahead: p228, d01).
    # Session 13: p668-p692 (clock times with zones, parts of day, "overnight", "on the
    # 30th", quarters, durations, vague references, SETs) first look value 0.955, 1.000
    # after the session's fixes; whole probe (747 items, 2257 TIMEX3) 0.9809 -> 0.9816.
    # Session 14: p713-p737 (financial periods, ages, vague references, decades, a week
    # earlier, previous/same day) first look 0.898, 0.950 after the session's fixes;
    # whole probe (792 items) 0.9791 -> 0.982. Left: two ages and "once" (TBAQ marks 1
    # of ~40 ages and 1 of 17 "once"), "a week earlier" after a day (valued as a day).
    # Held-out p738-p757 (same brief, appended at the end): first look 0.933, end 0.933
    # (the same four conventions); whole probe with it (812 items) 0.9811.
    # Session 15: p758-p782 (span modifiers, durations, ranges, clock ranges and zones,
    # "the night of March 3", "the morning after") first look 0.952, 0.981 after the
    # session's fixes (left: "the night of March 3" kept to its date); whole probe (837
    # items) 0.981 -> 0.982. Held-out p783-p802 (same brief): first look 0.937, end 0.950;
    # whole probe with it (857 items, 2485 TIMEX3) strict 0.986, value 0.982.
    r = te.evaluate_probe(PROBE, with_errors=True)
    assert r["strict"]["f1"] >= 0.980 and r["value"]["f1"] >= 0.980, r["errors"]


def test_opened_fourth_set_scores():
    # timex_opened4.jsonl: 40 wire sentences (72 TIMEX3) written by an engineer who tunes
    # nothing, scored once at the end of session 6 before it was opened: strict 0.965,
    # relaxed 0.979, type 0.922, value 0.894. After its general fixes ("figures for May",
    # "from a month earlier" told from the month just named, a weekday after a date in a
    # ", who ..." aside, "in the new year", "their summer recess"): strict 0.986, relaxed
    # 1.0, type 0.944, value 0.944. Left as convention: decades as P50Y (TBAQ) not P5DE, weekday + part of day
    # typed DATE, "4 p.m. local time" in one span, "recent days" a duration.
    r = te.evaluate_probe(Path(__file__).parent / "data" / "timex_opened4.jsonl",
                          with_errors=True)
    assert r["strict"]["f1"] >= 0.98 and r["value"]["f1"] >= 0.94, r["errors"]


def test_opened_fifth_set_scores():
    # timex_opened5.jsonl: 40 wire sentences (56 TIMEX3) by an engineer who tunes nothing,
    # scored once at the start of session 7 before it was opened: strict 0.903, relaxed
    # 0.974, value 0.903. After its general fixes ("on weekdays" a SET, "the Thanksgiving
    # weekend" one weekend DATE, "the previous decade" after a decade named in its
    # sentence): strict 0.930, relaxed 0.983, value 0.947. Left as convention: "noon on
    # Saturday" split in two (the probe's habit), "8 p.m." without "local time" (opened4
    # had it inside), "two weeks later" after a day kept as a week (test_timexes).
    r = te.evaluate_probe(Path(__file__).parent / "data" / "timex_opened5.jsonl",
                          with_errors=True)
    assert r["strict"]["f1"] >= 0.92 and r["value"]["f1"] >= 0.94, r["errors"]


def test_main_fails_cleanly_without_data(tmp_path, capsys):
    assert te.main(["--data", str(tmp_path)]) == 1
    assert "TempEval-3" in capsys.readouterr().err
