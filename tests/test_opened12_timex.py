"""Floor of the twelfth sealed time-expression set once opened (session 15): timex_opened12.jsonl,
written in session 14 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import tempeval3 as te

DATA = Path(__file__).parent / "data"


def test_timex_opened12_floor():
    # scored once when sealed, in session 15: with the session's starting code strict 0.876,
    # relaxed 0.942, value 0.860; with its end timex code strict 0.883, relaxed 0.950, type
    # 0.933, value 0.867 (gold DATE found 0.949 right value 0.846, DURATION 0.818 / 0.818,
    # TIME 1.000 / 0.875, SET 1.000).
    # Then opened for one general-fix pass (session 15), each fix general and checked on the
    # probe, opened2..11 and TBAQ: a season named by two consecutive years is one DATE valued
    # by its end ('the 2025-26 season' 2026); 'the following week' counts from the week last
    # named; a bare verb after 'and' sharing a past verb's subject is a present ('began on
    # Oct. 1 and run until just before Christmas': the coming Christmas); 'by mid-decade' is
    # the decade under way; 'the autumn term' marks 'autumn' only (the article is the term's);
    # 'the early hours of <date>' is one TIME TNI, as 'the small hours of' was; 'the day' in
    # apposition to a named day takes its date. Before the annotation edit: strict 0.967,
    # relaxed 0.983, value 0.983.
    # Annotations brought to the written conventions (tests/data/README.md, timex section):
    # '87-year-old' (t06-s12) and '19-year-old' (t18-s12), gold DURATION P87Y / P19Y, removed:
    # ages stay unmarked (lead's ruling, session 14). After it: 59 gold, strict 0.983,
    # relaxed 1.000, value 1.000. Left: t09-s12 'the day before' keeps 'before' in the
    # writer's extent; the code marks 'the day' (TimeML's signal stays out, as TimeBank's
    # 'Oct. 12, the day before the stock market plunge'), a strict miss only.
    r = te.evaluate_probe(DATA / "timex_opened12.jsonl", with_errors=True)
    assert r["strict"]["f1"] >= 0.973 and r["value"]["f1"] >= 0.99, r["errors"]
