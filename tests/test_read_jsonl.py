"""JSONL reader: the contract record shape, per-line errors, raw records for evaluation."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsprism.errors import InputError, MalformedInput, TooLargeInput
from newsprism.read import iter_articles, read_jsonl_records

FIX = Path(__file__).parent / "fixtures" / "read"
PATH = FIX / "articles.jsonl"


def test_good_and_bad_lines_in_order():
    items = list(read_jsonl_records(PATH))
    labels = [(x.input if isinstance(x, InputError) else x.source) for x, _ in items]
    # Line 2 is blank and skipped; every other line is reported under its own number.
    assert labels == [f"{PATH}:{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    kinds = [type(x).__name__ for x, _ in items]
    assert kinds == ["Article", "Article", "MalformedInput", "MalformedInput",
                     "MalformedInput", "MalformedInput", "Article"]
    msgs = [x.message for x, _ in items if isinstance(x, InputError)]
    assert "not valid JSON" in msgs[0]
    assert "'text'" in msgs[1]
    assert "JSON object" in msgs[2]
    assert msgs[3] == "'published' must be YYYY-MM-DD (got '13/02/2020')"


def test_fields_and_gold_labels_stay_out_of_the_article():
    (first, raw1), (second, raw2) = list(read_jsonl_records(PATH))[:2]
    assert first.id == "wire-001" and first.title == "Ferry strike ends"
    assert first.url == "https://wire.example/1" and first.outlet == "Wire One"
    assert first.published == dt.date(2022, 9, 12) and first.language == "en"
    assert first.author == "Ann Lee"
    assert first.text.endswith("Boats will sail again from Tuesday morning.")
    assert raw1["story"] == "ferry-strike" and raw2["story"] == "bridge"
    assert "ferry-strike" not in repr(first)
    # No id given: the text's hash; no language given: detected.
    assert second.id.startswith("sha1-") and second.language == "fr"


def test_iter_articles_yields_the_same_stream_with_overrides():
    items = list(iter_articles([PATH], published="2020-01-01"))
    arts = [x for x in items if not isinstance(x, InputError)]
    assert len(items) == 7 and len(arts) == 3
    assert {a.published for a in arts} == {dt.date(2020, 1, 1)}


def test_line_limits_and_encoding(tmp_path, monkeypatch):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"text": "' + b"a" * 300 + b'"}\n{"text": "caf\xe9 bad bytes"}\n'
                  b'{"text": "The final line is fine and long enough to read."}\n')
    monkeypatch.setattr("newsprism.read.jsonl.MAX_BYTES", 100)
    items = [x for x, _ in read_jsonl_records(p)]
    assert isinstance(items[0], TooLargeInput) and items[0].input == f"{p}:1"
    assert isinstance(items[1], InputError) and "UTF-8" in items[1].message
    assert items[2].text == "The final line is fine and long enough to read."


def test_wrong_types_are_named(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text('{"text": 5}\n{"text": "x words here", "title": ["a"]}\n'
                 '{"text": "   "}\n{"text": "ok text", "id": 17}\n', encoding="utf-8")
    items = [x for x, _ in read_jsonl_records(p)]
    assert isinstance(items[0], MalformedInput) and "'text' must be a string" in items[0].message
    assert "'title'" in items[1].message
    assert type(items[2]).__name__ == "EmptyInput"
    assert items[3].id == "17"


def test_pretty_json_documents(tmp_path):
    import json
    arr = tmp_path / "export.json"
    arr.write_text(json.dumps([
        {"id": "a1", "text": "The harbour reopened on Monday after dredging, the port said."},
        {"title": "no text here"},
        "not a record",
    ], indent=2), encoding="utf-8")
    first, second, third = iter_articles([arr])
    assert first.id == "a1" and first.source == f"{arr}#1"
    assert isinstance(second, MalformedInput) and second.input == f"{arr}#2"
    assert isinstance(third, MalformedInput) and "JSON object" in third.message

    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "Canal Times", "language": "en",
        "items": [{"id": "https://canal.example/lock", "url": "https://canal.example/lock",
                   "title": "Lock gates replaced",
                   "content_html": "<p>New oak gates were fitted at Lock 12 this week.</p>",
                   "date_published": "2024-04-03T09:00:00Z",
                   "authors": [{"name": "Pat Reed"}]}]}, indent=1), encoding="utf-8")
    (item,) = iter_articles([feed])
    assert item.text == "New oak gates were fitted at Lock 12 this week."
    assert (item.outlet, item.author, item.published) == ("Canal Times", "Pat Reed",
                                                          dt.date(2024, 4, 3))

    other = tmp_path / "config.json"
    other.write_text('{\n  "colour": "blue"\n}\n', encoding="utf-8")
    (err,) = iter_articles([other])
    assert isinstance(err, MalformedInput) and "no article records" in err.message
