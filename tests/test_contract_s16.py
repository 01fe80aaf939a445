"""Session-16 contract audit from a user's seat: each test names a defect found by running the
contract's commands on inputs written for it, and pins its fix.

No spaCy model is loaded (the pipeline and clusterer are the hostile-input tests' stand-ins).
"""
from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from newsprism import cli
from newsprism.read import iter_articles
from newsprism.errors import InputError
from newsprism.web.app import create_app

from test_hostile import _Bare, _warc

# the text, the one-story stand-in (autouse) and the ingest helper the outer audit's tests use
from test_audit_outer import NEWS, _ingest, _one_story  # noqa: E402,F401


# --- a folder that holds its own database -----------------------------------------------------

def test_ingesting_the_folder_that_holds_the_database_rejects_nothing(tmp_path, monkeypatch):
    # Before: `newsprism ingest . --db news.db` named news.db, news.db-wal and news.db-shm as
    # rejected binary inputs and exited 1 on every run, the first one included.
    (tmp_path / "pier.txt").write_text("Pier to reopen\n\n" + NEWS + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = _ingest(["."], "news.db")
    assert (first.added, first.rejected) == (1, [])
    (tmp_path / "news.db-wal").write_bytes(b"\x00" * 64)  # as a live database leaves them
    (tmp_path / "news.db-shm").write_bytes(b"")
    again = _ingest(["."], "news.db")
    assert (again.added, again.skipped, again.rejected) == (0, 1, [])

def test_another_database_in_the_folder_is_still_named(tmp_path):
    (tmp_path / "pier.txt").write_text("Pier to reopen\n\n" + NEWS + "\n", encoding="utf-8")
    other = tmp_path / "old.db"
    _ingest([tmp_path / "pier.txt"], other)  # an SQLite database that is not this run's
    (tmp_path / "sub").mkdir()
    r = _ingest([tmp_path], tmp_path / "sub" / "new.db")
    assert r.added == 1
    assert [e.input for e in r.rejected] == [str(other)]
    assert "SQLite" in r.rejected[0].message

def test_cli_exit_status_is_zero_for_a_folder_with_its_database(tmp_path, monkeypatch, capsys):
    (tmp_path / "pier.txt").write_text("Pier to reopen\n\n" + NEWS + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    import newsprism.ingest as ingest_mod
    real = ingest_mod.ingest
    monkeypatch.setattr(ingest_mod, "ingest",
                        lambda paths, db, **kw: real(paths, db, **{**kw, "pipeline": _Bare()}))
    assert cli.main(["ingest", ".", "--db", "news.db", "--quiet"]) == 0
    assert cli.main(["ingest", ".", "--db", "news.db", "--quiet"]) == 0
    assert "rejected" not in capsys.readouterr().err.replace(" 0 rejected;", "")

# --- a WARC record warcio cannot parse --------------------------------------------------------

def test_a_response_without_target_uri_is_named_in_words_and_the_rest_read(tmp_path):
    # Before: "... at byte offset 0 ('NoneType' object has no attribute 'startswith')".
    bad = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; "
           b"msgtype=response\r\nContent-Length: 7\r\n\r\ngarbage\r\n\r\n")
    f = tmp_path / "crawl.warc"
    f.write_bytes(bad + _warc(False, 2))
    items = list(iter_articles([f]))
    arts = [x for x in items if not isinstance(x, InputError)]
    [err] = [x for x in items if isinstance(x, InputError)]
    assert [a.title for a in arts] == ["Story 0", "Story 1"]
    assert err.input == str(f)
    assert "NoneType" not in err.message and "WARC-Target-URI" in err.message
    assert "byte offset 0" in err.message

# --- web: a story with no title ---------------------------------------------------------------

def test_an_untitled_story_still_has_a_link_and_a_heading(tmp_path):
    # Before: a story whose articles had no title (JSONL without "title", a one-line text)
    # was listed on / as an empty <a></a> nobody could click, and its page had an empty <h1>.
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "pier-1", "text": NEWS}) + "\n", encoding="utf-8")
    db = tmp_path / "w.db"
    assert _ingest([src], db).added == 1
    client = TestClient(create_app(str(db)))
    stories = client.get("/api/stories").json()
    assert [s["title"] for s in stories] == [""]  # the JSON keeps what is known
    index = client.get("/").text
    assert '<a href="/stories/s-all">s-all</a>' in index
    page = client.get("/stories/s-all").text
    assert "<h1>s-all</h1>" in page and "<title>s-all · newsprism</title>" in page

# --- analyze --jsonl on a binary file ---------------------------------------------------------

@pytest.mark.parametrize("gz", [False, True])
def test_a_binary_file_given_as_jsonl_is_one_refusal(tmp_path, gz, capsys):
    # Before: `analyze --jsonl` printed one "line is not UTF-8" per line of a binary file
    # (ingest already refused it once by name).
    import gzip
    data = bytes(range(256)) * 40 + b"\n" + bytes(range(255, -1, -1)) * 40 + b"\n"
    f = tmp_path / ("blob.jsonl.gz" if gz else "blob.jsonl")
    f.write_bytes(gzip.compress(data) if gz else data)
    assert cli.main(["analyze", "--jsonl", str(f)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert lines == [f"rejected {f}: binary file (contains NUL bytes), not an article"]

def test_utf16_jsonl_still_reads_after_the_binary_check(tmp_path):
    f = tmp_path / "u16.jsonl"
    f.write_text(json.dumps({"id": "u1", "text": NEWS}) + "\n", encoding="utf-16")
    [art] = list(iter_articles([f]))
    assert art.id == "u1" and art.text == NEWS

# --- export to a place that cannot be written -------------------------------------------------

@pytest.mark.parametrize("fmt,out", [("jsonl", "x.jsonl"), ("graphml", "g.graphml"),
                                     ("csv", "tables"), ("parquet", "tables")])
def test_export_under_a_file_is_a_usage_error_naming_the_path(tmp_path, fmt, out, capsys):
    # Before: "internal error: FileExistsError: ..." / NotADirectoryError, exit 1.
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "pier-1", "text": NEWS}) + "\n", encoding="utf-8")
    db = tmp_path / "w.db"
    assert _ingest([src], db).added == 1
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    target = blocker / out
    assert cli.main(["export", "--db", str(db), "--format", fmt, "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert str(target) in err and "a file stands where a folder is needed" in err
    assert "internal error" not in err and "Traceback" not in err

# --- what a .txt article's text is (README now says it) ---------------------------------------

def test_a_txt_articles_text_is_the_file_as_python_text_mode_reads_it(tmp_path):
    from newsprism.read import read_article
    raw = "\ufeffPier to reopen\r\n\r\n" + NEWS.replace(". ", ".\r", 1) + "\r\n"
    f = tmp_path / "pier.txt"
    f.write_bytes(raw.encode("utf-8"))
    art = read_article(f)
    assert art.text == open(f, encoding="utf-8-sig").read()
    assert "\r" not in art.text and not art.text.startswith("\ufeff")
