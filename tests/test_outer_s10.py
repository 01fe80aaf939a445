"""Outer behaviour fixed in session 10: a page captured twice with different text, an ingest
that stores nothing, an empty timeline name."""
from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism import cli
from newsprism.ingest import ingest
from newsprism.store.db import Store

from test_hostile import _Bare, _OneStory

URL = "https://harbour-news.test/2024/05/pier"
PAGE = """<html><head><title>Pier to reopen</title></head><body><article><h1>Pier to reopen</h1>
<p>The harbour board of Sarnov said on Tuesday that the ferry pier would reopen next month after
repairs to its pilings. {extra}</p><p>Officials said the work would take about three weeks and that
a temporary landing would open further along the quay in the meantime.</p></article></body></html>"""


@pytest.fixture(autouse=True)
def _one_story(monkeypatch):
    import newsprism.corpus.cluster as cluster
    monkeypatch.setattr(cluster, "StoryClusterer", _OneStory)


def _warc(path, pages):
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for date, extra in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            rec = w.create_warc_record(URL, "response",
                                       payload=io.BytesIO(PAGE.format(extra=extra).encode()),
                                       http_headers=headers, warc_headers_dict={"WARC-Date": date})
            w.write_record(rec)
    return path


def _ingest(paths, db):
    return ingest([str(p) for p in paths], str(db), pipeline=_Bare(), progress=False)


def test_a_recaptured_page_with_new_text_is_kept_as_a_later_version(tmp_path):
    # Before: the second capture was refused ("id already used") and the run exited 1.
    arc = _warc(tmp_path / "crawl.warc.gz", [
        ("2024-05-14T08:00:00Z", "The board's chair, Ilse Marr, gave no date."),
        ("2024-05-14T08:00:00Z", "The board's chair, Ilse Marr, gave no date."),  # same again
        ("2024-05-15T09:30:00Z", "The board's chair, Ilse Marr, later named June 3 as the date."),
    ])
    db = tmp_path / "n.db"
    r = _ingest([arc], db)
    assert (r.added, r.skipped, r.revisions, r.rejected) == (2, 1, 1, [])
    with Store(db) as s:
        first = s.analysis(URL)
        assert "gave no date" in first.text
        [rev] = [i for i in s.article_ids() if i != URL]
        assert rev.startswith(URL + "#rev-") and "June 3" in s.analysis(rev).text
    again = _ingest([arc], db)  # a re-run adds nothing twice
    assert (again.added, again.skipped, again.revisions, again.rejected) == (0, 3, 0, [])


def test_a_given_id_clash_is_still_refused(tmp_path):
    # A page saved twice is a revision only when its id is its URL; an id the input gave is the
    # user's, and a second text under it stays a named rejection (test_audit_outer pins that).
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "p1", "url": "%s", "text": "The pier reopens in June, the board said."}\n'
                   '{"id": "p1", "url": "%s", "text": "The pier reopens in July, the board said."}\n'
                   % (URL, URL), encoding="utf-8")
    r = _ingest([src], tmp_path / "n.db")
    assert (r.added, r.revisions, len(r.rejected)) == (1, 0, 1)


def test_an_ingest_that_stores_nothing_leaves_no_empty_database(tmp_path, capsys):
    db = tmp_path / "n.db"
    assert cli.main(["ingest", str(tmp_path / "nope"), "--db", str(db), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and "was not created" in err
    assert not db.exists()


def test_an_ingest_that_stores_nothing_keeps_an_existing_database(tmp_path, capsys):
    db = tmp_path / "n.db"
    Store(db).close()
    assert cli.main(["ingest", str(tmp_path / "nope"), "--db", str(db), "--quiet"]) == 1
    assert db.exists()


@pytest.mark.parametrize("name", ["", "   "])
def test_an_empty_timeline_name_is_a_usage_error(tmp_path, name, capsys):
    db = tmp_path / "n.db"
    Store(db).close()
    assert cli.main(["timeline", name, "--db", str(db)]) == 2
    assert "NAME is empty" in capsys.readouterr().err
