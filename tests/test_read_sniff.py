"""Content sniffing and folder reading: kinds by content not name, hidden files skipped, every
bad file yielded as its own InputError while the rest are read."""
from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.errors import BinaryInput, EmptyInput, EncodingInput, InputError, UsageError
from newsprism.read import iter_articles
from newsprism.read.sniff import sniff

FIX = Path(__file__).parent / "fixtures" / "read"
TEXT = ("Tram line reopens after flood\n\nThe number 4 tram line reopened on Sunday, two weeks "
        "after floodwater damaged its depot, the transport authority said.\n")


@pytest.mark.parametrize("head,name,kind", [
    (b"<!DOCTYPE html><html><body><p>x</p>", "a.txt", "html"),
    (b"\n\n  <html lang='en'><p>x</p></html>", "a.dat", "html"),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed.txt", "feed"),
    (b'<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="http://www.w3.org/2005/Atom">', "x", "feed"),
    (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', "x", "feed"),
    (b'\n{"text": "a"}\n{"text": "b"}\n', "data.txt", "jsonl"),
    (b'{"text": "a line cut at the sniff limit', "big.jsonl", "jsonl"),
    (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x.bin", "warc"),
    (gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"), "x.gz", "warc"),
    (b"Plain words, a headline\n\nand a body.", "a.html", "text"),
    (gzip.compress(b"Plain words, a headline\n\nand a body."), "a.txt.gz", "text"),
    (b"{not json} just text that starts with a brace", "a.txt", "text"),
    (b'[\n  {"text": "a"}\n]\n', "export.json", "json"),
    (b'{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": []\n}', "f", "json"),
    (b"[Updated] The river rose again overnight.", "a.txt", "text"),
    ("Texte en fran\u00e7ais".encode("utf-16"), "a.txt", "text"),
])
def test_kinds(head, name, kind):
    assert sniff(head, name, complete=True) == kind


@pytest.mark.parametrize("head,error", [
    (b"", EmptyInput),
    (b"%PDF-1.4", BinaryInput),
    (gzip.compress(b"%PDF-1.5 gzipped"), BinaryInput),
    (b"\x1f\x8b\x08\x00garbage", BinaryInput),
    (b"SQLite format 3\x00", BinaryInput),
])
def test_refusals(head, error):
    with pytest.raises(error):
        sniff(head, "f", complete=True)


@pytest.fixture()
def mixed(tmp_path):
    root = tmp_path / "inbox"
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / ".hidden-dir").mkdir()
    (root / "story.txt").write_text(TEXT, encoding="utf-8")
    (root / "page.dat").write_bytes((FIX / "article_page.html").read_bytes())
    (root / "nested" / "feed.txt").write_bytes((FIX / "feed_atom.xml").read_bytes())
    (root / "nested" / "deeper" / "records.data").write_text(
        json.dumps({"id": "r1", "text": "Rescuers freed a swan trapped in ice on the canal."})
        + "\n", encoding="utf-8")
    (root / "nested" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (root / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (root / "legacy.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 40)
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / ".hidden-dir" / "secret.txt").write_text(TEXT, encoding="utf-8")
    return root


def test_folder_reads_by_content_and_reports_each_bad_file(mixed):
    items = list(iter_articles([mixed]))
    arts = [x for x in items if not isinstance(x, InputError)]
    errors = {Path(x.input).name: type(x) for x in items if isinstance(x, InputError)}
    assert errors == {"blank.txt": EmptyInput, "legacy.txt": EncodingInput,
                      "photo.txt": BinaryInput}
    by_source = {Path(a.source.split("#")[0]).name: a for a in arts}
    assert set(by_source) == {"story.txt", "page.dat", "feed.txt", "records.data:1"}
    assert by_source["story.txt"].title == "Tram line reopens after flood"
    assert by_source["page.dat"].outlet == "The Coastal Ledger"
    assert by_source["feed.txt"].language == "fr"
    assert by_source["records.data:1"].id == "r1"
    assert not any("secret" in (a.source or "") for a in arts)


def test_folder_order_is_stable(mixed):
    first = [getattr(x, "source", None) or x.input for x in iter_articles([mixed])]
    assert first == [getattr(x, "source", None) or x.input for x in iter_articles([mixed])]


def test_missing_path_is_yielded_and_others_still_read(mixed, tmp_path):
    items = list(iter_articles([tmp_path / "missing.txt", mixed / "story.txt"]))
    assert isinstance(items[0], InputError) and "no such file" in items[0].message
    assert items[1].title == "Tram line reopens after flood"


def test_bad_override_is_a_usage_error(mixed):
    with pytest.raises(UsageError):
        list(iter_articles([mixed], published="yesterday"))


def test_stdin_jsonl_streams(monkeypatch):
    data = (json.dumps({"id": "s1", "text": "The pier reopened on Friday."}) + "\n"
            + "{oops\n").encode("utf-8")

    class Stdin:
        buffer = io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", Stdin())
    first, second = iter_articles(["-"])
    assert first.id == "s1" and first.source == "-:1"
    assert isinstance(second, InputError) and second.input == "-:2"


_PIECES = [b"<html>", b"<p>", b"</p>", b"<?xml version='1.0'?>", b"<rss>", b"<feed>", b"<item>",
           b'{"text":', b'"a"}', b"\n", b"\r\n", b"WARC/1.0\r\n", b"\xff\xfe", b"\xef\xbb\xbf",
           b"\x00", b"plain words ", b"\xe9", b"<script>", b"&amp;", b"By Jane Doe\n",
           b"BAGHDAD (AP) \xe2\x80\x94 ", b"%PDF", b"\x1f\x8b"]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=300),
                 st.lists(st.sampled_from(_PIECES), max_size=30).map(b"".join)))
def test_any_bytes_give_an_article_or_an_input_error(data):
    from newsprism.read import read_bytes
    try:
        art = read_bytes(data, "fuzz")
    except InputError:
        return
    assert art.text.strip() and art.id


def test_fifo_is_refused_not_read(tmp_path):
    import os
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (err,) = iter_articles([tmp_path])
    assert isinstance(err, InputError) and "regular file" in err.message


def test_gzipped_inputs_are_read_by_their_content(tmp_path):
    jl = tmp_path / "corpus.jsonl.gz"
    jl.write_bytes(gzip.compress(b'{"id": "g1", "text": "The ferry ran late on Monday."}\n'
                                 b'{"id": "g2", "text": "The ferry ran on time on Tuesday."}\n'))
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress((FIX / "article_page.html").read_bytes()))
    cut = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(b"".join(b'{"text": "Line %d of a long corpus file."}\n' % i
                                   for i in range(3000)))
    cut.write_bytes(whole[: len(whole) // 2])
    items = list(iter_articles([jl, page, cut]))
    assert [a.id for a in items[:2]] == ["g1", "g2"]
    assert items[2].outlet == "The Coastal Ledger"
    rest = items[3:]
    assert all(not isinstance(x, InputError) for x in rest[:-1]) and len(rest) > 100
    assert isinstance(rest[-1], InputError) and "gzip" in rest[-1].message
