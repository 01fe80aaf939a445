"""WARC reader: HTML and text responses become articles, everything else is skipped, damage
is reported with its offset after the records before it."""
from __future__ import annotations

import datetime as dt
import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.errors import InputError, MalformedInput
from newsprism.read import iter_articles

FIX = Path(__file__).parent / "fixtures" / "read"

PAGE = """<html lang="en"><head><title>{title}</title></head><body><nav>Home | World</nav>
<article><h1>{title}</h1><p>{body}</p><p>Officials said the work would take about three weeks
and that a temporary crossing would open downstream in the meantime.</p></article></body></html>"""


def _response(w, url, payload, ctype="text/html; charset=utf-8", status="200 OK", date=None):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": date} if date else None
    rec = w.create_warc_record(url, "response", payload=io.BytesIO(payload),
                               http_headers=headers, warc_headers_dict=warc_headers)
    w.write_record(rec)
    return rec.rec_headers.get_header("WARC-Record-ID")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    ids = []
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warcinfo_record("crawl.warc.gz", {"software": "tests"}))
        for i, (title, body) in enumerate([
            ("Footbridge closed for repairs", "The footbridge over the Arle was closed on Monday "
             "after inspectors found corroded bolts, the county council said."),
            ("Library extends opening hours", "The central library will stay open until nine "
             "in the evening from next month, the city's culture department announced."),
        ]):
            ids.append(_response(w, f"https://news.example/{i}",
                                 PAGE.format(title=title, body=body).encode(),
                                 date="2024-02-0%dT10:00:00Z" % (i + 1)))
        _response(w, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\nxxxx", "image/png")
        _response(w, "https://news.example/moved", b"", status="301 Moved Permanently")
        _response(w, "https://news.example/nav", b"<html><body><nav>a b</nav></body></html>")
        ids.append(_response(w, "https://news.example/wire.txt",
                             b"Ferry timetable changes\n\nFerries to the north islands will run "
                             b"twice a day from Friday, the operator said.\n", "text/plain"))
        req = w.create_warc_record("https://news.example/0", "request",
                                   payload=io.BytesIO(b"GET /0 HTTP/1.1\r\n\r\n"))
        w.write_record(req)
    return path, ids


def test_articles_from_responses(archive):
    path, ids = archive
    items = list(iter_articles([path]))
    assert not [x for x in items if isinstance(x, InputError)]
    assert [a.title for a in items] == ["Footbridge closed for repairs",
                                        "Library extends opening hours", "Ferry timetable changes"]
    first = items[0]
    assert first.url == first.id == "https://news.example/0"
    assert first.published == dt.date(2024, 2, 1)  # no date in the page: the WARC-Date
    assert first.source == f"{path}#{ids[0].strip('<>')}"
    assert "Home | World" not in first.text
    assert items[2].text.startswith("Ferry timetable changes\n\nFerries")


def test_uncompressed_warc(archive, tmp_path):
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(gzip.decompress(archive[0].read_bytes()))
    assert len([x for x in iter_articles([plain]) if not isinstance(x, InputError)]) == 3


@pytest.mark.parametrize("compressed", [True, False])
@pytest.mark.parametrize("where", [0.2, 0.5, 0.9])
def test_truncated_archive_reports_offset_after_earlier_records(archive, tmp_path, compressed,
                                                                where):
    data = archive[0].read_bytes()
    starts = _member_offsets(data)  # warcinfo, first page, second page, ...
    if compressed:
        cut = int(starts[2] + where * (starts[3] - starts[2]))
    else:
        data = gzip.decompress(data)
        second = data.index(b"WARC/1", data.index(b"https://news.example/0") + 1)
        third = data.index(b"WARC/1", second + 1)
        cut = int(second + where * (third - second))
    bad = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    bad.write_bytes(data[:cut])
    items = list(iter_articles([bad]))
    assert [a.title for a in items[:-1]] == ["Footbridge closed for repairs"]
    err = items[-1]
    assert isinstance(err, MalformedInput) and err.input == str(bad)
    assert "truncated" in err.message
    assert f"offset {starts[2] if compressed else second}" in err.message


def _member_offsets(data: bytes) -> list[int]:
    """Start offsets of the gzip members of a record-per-member WARC.gz."""
    import zlib
    offsets, pos = [], 0
    while pos < len(data):
        offsets.append(pos)
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        d.decompress(data[pos:])
        pos = len(data) - len(d.unused_data)
    return offsets


def test_garbage_after_records(archive, tmp_path):
    bad = tmp_path / "junk.warc.gz"
    bad.write_bytes(archive[0].read_bytes() + b"\x1f\x8b\x08\x00garbage-not-gzip")
    items = list(iter_articles([bad]))
    assert len([x for x in items if not isinstance(x, InputError)]) == 3
    assert isinstance(items[-1], InputError) and "offset" in items[-1].message


def test_wrong_content_length_is_reported_quietly(archive, tmp_path, capfd):
    data = gzip.decompress(archive[0].read_bytes())
    first = data.index(b"https://news.example/0")
    at = data.index(b"Content-Length: ", first) + len(b"Content-Length: ")
    end = data.index(b"\r\n", at)
    shorter = str(int(data[at:end]) - 7).encode()
    bad = tmp_path / "length.warc"
    bad.write_bytes(data[:at] + shorter + data[end:])
    items = list(iter_articles([bad]))
    [err] = [x for x in items if isinstance(x, MalformedInput)]
    assert "Content-Length" in err.message and "next record" in err.message
    # the records after the damaged one are still read
    assert items.index(err) < len(items) - 1
    assert capfd.readouterr().err == ""  # warcio's own warning does not reach the terminal


def test_old_arc_format(tmp_path):
    page = PAGE.format(title="Pier reopens", body="The pier reopened on Saturday after a winter "
                       "of repairs, the harbour board said.").encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    desc = b"1 0 tests\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = (b"filedesc://old.arc 0.0.0.0 20090101000000 text/plain %d\n" % len(desc) + desc
           + b"\nhttps://pier.example/news 10.0.0.1 20090102030405 text/html %d\n" % len(http)
           + http + b"\n")
    path = tmp_path / "old.arc"
    path.write_bytes(arc)
    (art,) = iter_articles([path])
    assert art.title == "Pier reopens" and art.url == "https://pier.example/news"
    assert art.published == dt.date(2009, 1, 2)
