"""Timeline: events and quotes about one entity across articles, dated and in order."""
from __future__ import annotations

import dataclasses

import pytest
from test_store import sample

from newsprism.records import Block
from newsprism.store.db import Store
from newsprism.timeline import date_key, timeline, timeline_text


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "n.db") as s:
        # added out of date order on purpose: the timeline must sort, not follow insertion
        s.add(sample("late", "Tribune", 20, speaker="Ramezan Sharif"))
        s.add(sample("early", "Harbour Gazette", 5, speaker="Ramezan Sharif"))
        s.add(sample("other", "Le Port", 9, speaker="Lena Okafor"))
        yield s


def test_date_key():
    assert date_key("2020-01-03") == "2020-01-03"
    assert date_key("2020-01-02TNI") == "2020-01-02"
    assert date_key("2020-02") == "2020-02-01"
    assert date_key("2020-W06") == "2020-02-03"
    assert date_key("1994") == "1994-01-01"
    for v in (None, "", "P1Y", "PRESENT_REF", "2020-13-40"):
        assert date_key(v) is None


def test_quotes_by_a_speaker_found_by_surname_in_date_order(store):
    rows = timeline(store, "Sharif")
    assert {r["article_id"] for r in rows} == {"early", "late"}
    assert all(r["kind"] == "quote" and r["role"] == "speaker" for r in rows)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert rows[0]["article_id"] == "early"
    by_id = {(r["article_id"], r["quote_id"]): r for r in rows}
    # q1's only date lies inside the quoted words, which date what was said, not the saying
    q1 = by_id[("early", "q1")]
    assert (q1["date"], q1["date_source"]) == ("2024-03-05", "published")
    assert q1["via"] == ["Coastal Wire"] and q1["outlet"] == "Harbour Gazette"
    # q2 is dated by "Monday" in the same paragraph
    q2 = by_id[("early", "q2")]
    assert (q2["date"], q2["date_source"]) == ("2024-03-04", "timex")
    assert q2["text"] == "We won a fair deal,"


def test_events_and_mentions_for_a_place(store):
    rows = timeline(store, "Valmora")
    events = [r for r in rows if r["kind"] == "event"]
    assert [r["date"] for r in events] == ["2024-03-05", "2024-03-09", "2024-03-20"]
    e = events[0]
    assert (e["role"], e["type"], e["date_source"], e["factuality"]) == \
        ("location", "ACCUSE", "event", "asserted")
    assert e["actors"] == ["the union"] and e["targets"] == ["the port authority"]
    assert e["text"] == "The union accused the port authority of stalling."
    quotes = [r for r in rows if r["kind"] == "quote"]
    assert {r["role"] for r in quotes} == {"mentioned"} and len(quotes) == 3
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)


def test_event_without_date_falls_back_to_timex_then_publication(tmp_path):
    a = sample("x", day=12)
    undated = dataclasses.replace(a.events[0], date=None)
    with Store(tmp_path / "n.db") as s:
        s.add(dataclasses.replace(a, events=(undated,)))
        s.add(dataclasses.replace(sample("y", day=15), events=(undated,), timexes=()))
        rows = [r for r in timeline(s, "port authority") if r["kind"] == "event"]
    assert [(r["article_id"], r["date"], r["date_source"]) for r in rows] == [
        ("x", "2024-03-11", "timex"), ("y", "2024-03-15", "published")]
    assert rows[0]["role"] == "target"


def test_unknown_name_and_text_rendering(store):
    assert timeline(store, "Nobody Else") == []
    assert timeline(store, "  ") == []
    assert "nothing found" in timeline_text([])
    text = timeline_text(timeline(store, "Sharif"))
    assert "SAID" in text and "Ramezan Sharif via Coastal Wire" in text
    assert "\u201cWe won a fair deal,\u201d" in text
    assert text.index("(early)") < text.index("(late)")


def test_word_for_word_copies_are_one_row_with_every_outlet(tmp_path):
    with Store(tmp_path / "n.db") as s:
        s.add(sample("copy", "Midland Courier", 5))
        s.add(sample("wire", "Global Wire", 5))
        s.set_story("wire", "s1")
        s.set_story("copy", "s1", copy_of="wire")
        rows = timeline(s, "Okafor")
    assert [r["article_id"] for r in rows] == ["wire", "wire"]
    assert all(r["also"] == [{"article_id": "copy", "outlet": "Midland Courier",
                              "published": "2024-03-05"}] for r in rows)
    assert "and 1 more: Midland Courier" in timeline_text(rows)


def test_evidence_sentence_keeps_abbreviations_whole(tmp_path):
    a = sample("x")
    text = a.text.replace("The union accused", "The U.S. union accused")
    shift = len("U.S. ")
    ev = a.events[0]
    moved = dataclasses.replace(ev, trigger=type(ev.trigger)(ev.trigger.start + shift,
                                                              ev.trigger.end + shift))
    art = dataclasses.replace(a.article, text=text)
    with Store(tmp_path / "n.db") as s:
        s.add(dataclasses.replace(a, article=art, events=(moved,), quotes=(),
                                  entities=(a.entities[2],),
                                  blocks=(a.blocks[0], Block("paragraph", 29, len(text)))))
        rows = timeline(s, "Valmora")
    assert rows[0]["text"] == "The U.S. union accused the port authority of stalling."


def test_rows_share_one_shape(store):
    rows = timeline(store, "Valmora")
    assert {r["kind"] for r in rows} == {"event", "quote"}
    assert len({tuple(sorted(r)) for r in rows}) == 1
    ev = [r for r in rows if r["kind"] == "event"][0]
    assert ev["date_value"] == "2024-03-05" and ev["quote_id"] is None


def _linked(aid="x", head_targets=("e5",), other_targets=(), head_date="2024-03-05",
            other_date=None, link="v1"):
    """The sample article with a second mention of its accusation ("The accusation ...")
    linked to the first by ``same_as``."""
    a = sample(aid, day=5)
    text = a.text + " The accusation came after weeks of talks."
    s = text.index("accusation")
    v1 = dataclasses.replace(a.events[0], targets=head_targets, date=head_date)
    v2 = dataclasses.replace(a.events[0], id="v2", trigger=type(v1.trigger)(s, s + 10),
                             actors=(), targets=other_targets, location=None,
                             date=other_date, same_as=link)
    art = dataclasses.replace(a.article, text=text)
    return dataclasses.replace(a, article=art, events=(v1, v2),
                               blocks=(a.blocks[0], Block("paragraph", 29, len(text))))


def test_mentions_of_one_happening_are_one_row(tmp_path):
    with Store(tmp_path / "n.db") as s:
        s.add(_linked())
        rows = [r for r in timeline(s, "Valmora") if r["kind"] == "event"]
    assert len(rows) == 1
    r = rows[0]
    assert (r["event_id"], r["trigger"], r["mentions"], r["words"]) == \
        ("v1", "accused", 2, ["accusation"])
    assert "(2 mentions: also 'accusation')" in timeline_text(rows)


def test_a_happening_is_found_through_any_of_its_mentions(tmp_path):
    # the head names no target; only the later mention names the port authority, and only
    # it gives the day: the row still tells the head, with the parties and day of both
    with Store(tmp_path / "n.db") as s:
        s.add(_linked(head_targets=(), other_targets=("e5",), head_date=None,
                      other_date="2024-03-02"))
        rows = [r for r in timeline(s, "port authority") if r["kind"] == "event"]
    assert [(r["event_id"], r["role"], r["mentions"]) for r in rows] == [("v1", "target", 2)]
    assert rows[0]["targets"] == ["the port authority"]
    assert (rows[0]["date"], rows[0]["date_source"]) == ("2024-03-02", "event")


def test_a_link_to_a_missing_mention_keeps_its_own_row(tmp_path):
    with Store(tmp_path / "n.db") as s:
        s.add(_linked(other_targets=("e5",), link="v9"))
        rows = [r for r in timeline(s, "port authority") if r["kind"] == "event"]
    assert sorted((r["event_id"], r["mentions"]) for r in rows) == [("v1", 1), ("v2", 1)]


def test_headline_quote_joins_the_quote_it_shortens(tmp_path):
    a = sample("x")
    q2 = dataclasses.replace(a.quotes[1], same_as="q1")
    with Store(tmp_path / "n.db") as s:
        s.add(dataclasses.replace(a, quotes=(a.quotes[0], q2)))
        rows = [r for r in timeline(s, "Okafor") if r["kind"] == "quote"]
    assert [(r["quote_id"], r["mentions"]) for r in rows] == [("q1", 2)]


def test_text_report_names_the_mention_an_event_repeats():
    from newsprism.render import analysis_text
    text = analysis_text(_linked())
    assert "EVENTS (2, 1 happening)" in text
    line = next(x for x in text.splitlines() if x.startswith("  v2 "))
    assert line.endswith("(same as v1)")
    assert "same as" not in next(x for x in text.splitlines() if x.startswith("  v1 "))
