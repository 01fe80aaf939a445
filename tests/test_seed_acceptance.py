"""End to end on the seed article, through the CLI's contract JSON: what a careful analyst
takes from it (../shared/seed/README.md). Read from ../shared, never copied."""
from __future__ import annotations

import json

import pytest

from newsprism.cli import main


def _run(capsys, seed_path, *extra):
    assert main(["analyze", str(seed_path), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def seed(seed_path):
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["analyze", str(seed_path), "--published", "2020-02-13", "--format", "json"]) == 0
    return json.loads(buf.getvalue())


def _entity(d, surface):
    """The entity holding a mention whose text is exactly ``surface``."""
    t = d["text"]
    hits = [e for e in d["entities"] if any(t[m["start"]:m["end"]] == surface for m in e["mentions"])]
    assert len(hits) == 1, (surface, [e["name"] for e in hits])
    return hits[0]


def _forms(d, e):
    return {d["text"][m["start"]:m["end"]] for m in e["mentions"]}


def test_soleimani_is_one_person_with_every_mention(seed):
    e = _entity(seed, "Qassem Soleimani")
    assert e["type"] == "PERSON"
    forms = _forms(seed, e)
    for f in ("Qassem Soleimani", "Soleimani", "The 61-year-old father of five", "he", "He"):
        assert f in forms, f
    assert any("commander Soleimani" in f or f == "Soleimani" for f in forms)
    assert any("Quds Force top commander" in f for f in forms)
    kinds = {m["kind"] for m in e["mentions"]}
    assert kinds == {"name", "nominal", "pronoun"}


def test_sharif_is_the_spokesman(seed):
    e = _entity(seed, "Ramezan Sharif")
    assert e["type"] == "PERSON"
    assert any(f.startswith("the spokesman for the elite Revolutionary Guards") or
               f == "the spokesman for the elite Revolutionary Guards" for f in _forms(seed, e))


def test_types_and_merges(seed):
    assert _entity(seed, "Tasnim")["type"] == "ORG"
    us = _entity(seed, "U.S.")
    assert "Americans" in _forms(seed, us)
    idf = _entity(seed, "IDF")
    assert "Israel Defense Forces" in _forms(seed, idf)


def test_quotes_speakers_and_chain(seed):
    t = seed["text"]
    sharif = _entity(seed, "Ramezan Sharif")["id"]
    opening = [q for q in seed["quotes"] if t[q["start"]:q["end"]].startswith("The killing of top Iranian")]
    assert len(opening) == 1 and opening[0]["kind"] == "indirect"
    assert opening[0]["speaker"]["entity"] == sharif
    assert [v["name"] for v in opening[0]["via"]][0].lower().startswith("tasnim")
    direct = [q for q in seed["quotes"] if t[q["start"]:q["end"]].startswith("The cowardly and craven")
              and q["kind"] == "direct" and q["speaker"]["entity"] == sharif]
    assert direct
    stand = [q for q in seed["quotes"] if q.get("same_as")]
    assert any(q["same_as"] == direct[-1]["id"] for q in stand)


def test_dates(seed):
    t = seed["text"]
    values = {(t[x["start"]:x["end"]], x["value"]) for x in seed["timexes"]}
    for surface, value in [("Thursday", "2020-02-13"), ("January 3", "2020-01-03"),
                           ("Wednesday night", "2020-02-12TNI"), ("February 09, 2020", "2020-02-09"),
                           ("1994", "1994"), ("2012", "2012"), ("2002", "2002")]:
        assert (surface, value) in values, surface
    assert any(x["value"] == "P1Y" and x["type"] == "DURATION" for x in seed["timexes"])


def test_inferred_publication_date(capsys, seed_path):
    d = _run(capsys, seed_path)
    assert d["published"] == "2020-02-13" and d["published_inferred"] is True


def test_events_and_factuality(seed):
    t = seed["text"]
    ents = {e["id"]: e["name"] for e in seed["entities"]}
    assault = [v for v in seed["events"] if v["type"] == "ASSAULT" and v["date"] == "2020-01-03"]
    assert assault
    v = assault[0]
    assert v["factuality"] == "asserted"
    assert _entity(seed, "U.S.")["id"] in v["actors"]
    assert ents.get(v["location"], "") == "Baghdad"
    names = " ".join(ents[i] for i in v["targets"])
    assert "Soleimani" in names and "Muhandis" in names
    alleged = [v for v in seed["events"] if v["factuality"] == "alleged"]
    assert len(alleged) >= 2
    liberation = [v for v in seed["events"] if v["source"] and v["factuality"] == "future"]
    assert liberation


def test_loaded_language_inside_sharifs_quote(seed):
    t = seed["text"]
    loaded = [f for f in seed["framing"] if "cowardly" in t[f["start"]:f["end"]]
              and f["technique"] == "loaded_language"]
    assert loaded and all(f["quote"] for f in loaded)
