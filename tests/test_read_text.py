"""Plain-text reader: decoding, newline handling, titles, ids and refusals."""
from __future__ import annotations

import codecs
import datetime as dt

import pytest

from newsprism.errors import BinaryInput, EmptyInput, EncodingInput, TooLargeInput, UsageError
from newsprism.read import article_id, read_article, read_bytes
from newsprism.read.base import MAX_BYTES

STORY = ("Harbour wall to be rebuilt after winter storms\n\n"
         "The council approved £2m on Wednesday to rebuild the harbour wall at Penmor, "
         "which was breached twice in January, the harbour master said.\n\n"
         "Work is due to start in April and finish before the autumn gales.\n")


def test_seed_text_is_the_file_content_and_title_is_its_headline(seed_path):
    art = read_article(seed_path)
    assert art.text == seed_path.read_text(encoding="utf-8")
    assert art.title == ("Killing of Iran's Soleimani Will Lead to Liberation of Jerusalem, "
                         "Guards Say")
    assert art.language == "en"
    assert art.source == str(seed_path)
    assert art.id.startswith("sha1-") and len(art.id) == 5 + 16


def test_overrides_win_only_when_given(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(STORY, encoding="utf-8")
    plain = read_article(p)
    assert plain.outlet is None and plain.published is None
    art = read_article(p, outlet="Penmor Post", language="en", published="2021-02-03")
    assert art.outlet == "Penmor Post"
    assert art.published == dt.date(2021, 2, 3)
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        read_article(p, published="03/02/2021")
    with pytest.raises(UsageError):
        read_article(p, language="not a language")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encodings_decode_to_the_same_text(encoding):
    art = read_bytes(STORY.encode(encoding), "x.txt")
    assert art.text == STORY
    assert art.title == "Harbour wall to be rebuilt after winter storms"


def test_crlf_becomes_lf_like_python_text_mode(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(STORY.replace("\n", "\r\n").encode("utf-8"))
    art = read_article(p)
    assert art.text == STORY
    assert art.text == p.read_text(encoding="utf-8")  # universal newlines agree


def test_id_rule():
    assert article_id("some text", url="https://x.example/a", given="given-1") == "given-1"
    assert article_id("some text", url="https://x.example/a") == "https://x.example/a"
    a = article_id("The  river\nrose.")
    assert a == article_id("The river rose.  ") and a.startswith("sha1-")
    assert a != article_id("The river fell.")


@pytest.mark.parametrize("data,error", [
    (b"", EmptyInput),
    (b"  \n\t \r\n", EmptyInput),
    (b"%PDF-1.7\n%binary", BinaryInput),
    (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryInput),
    (b"PK\x03\x04\x14\x00", BinaryInput),
    (b"\x7fELF\x02\x01\x01", BinaryInput),
    (b"plain words\x00\x01\x02 then more", BinaryInput),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", BinaryInput),
    (codecs.BOM_UTF8 + b"\xff\xfe broken", EncodingInput),
    (bytes(range(0x80, 0xa0)) * 20, EncodingInput),
])
def test_bad_bytes_are_refused_with_their_reason(data, error):
    with pytest.raises(error) as info:
        read_bytes(data, "bad.txt")
    assert info.value.input == "bad.txt"
    assert info.value.message


def test_too_large(monkeypatch, tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("word " * 100, encoding="utf-8")
    monkeypatch.setattr("newsprism.read.MAX_BYTES", 100)
    with pytest.raises(TooLargeInput, match="larger than"):
        read_article(p)
    assert MAX_BYTES == 50_000_000


def test_missing_file_and_folder(tmp_path):
    from newsprism.errors import InputError
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_article(tmp_path)


def test_stdin(monkeypatch):
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO(STORY.encode("utf-8"))
    monkeypatch.setattr(sys, "stdin", Stdin())
    art = read_article("-")
    assert art.text == STORY and art.source == "-"


def test_feed_bytes_are_not_one_article():
    from newsprism.errors import MalformedInput
    with pytest.raises(MalformedInput, match="feed"):
        read_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')


def test_public_api_is_exactly_exported():
    import newsprism.read as read
    assert sorted(read.__all__) == ["article_id", "detect_language", "iter_articles",
                                    "read_article", "read_bytes", "read_jsonl_records"]
    for name in read.__all__:
        assert callable(getattr(read, name))


LEGACY = {
    "cp1251": "Мэр заявил в четверг, что старый мост снова откроется на следующей неделе.",
    "cp1256": "قال رئيس البلدية يوم الخميس إن الجسر القديم سيعاد فتحه الأسبوع المقبل.",
    "cp1250": "Burmistrz powiedział w czwartek, że stary most zostanie ponownie otwarty.",
    "gbk": "市长周四表示，这座旧桥将于下周重新开放，修缮工作已经完成。",
    "iso-8859-7": "Ο δήμαρχος δήλωσε την Πέμπτη ότι η παλιά γέφυρα θα ανοίξει ξανά.",
    "cp1252": "Der Bürgermeister sagte am Donnerstag, die Brücke werde geöffnet – für £2m.",
}


@pytest.mark.parametrize("encoding", sorted(LEGACY))
def test_legacy_code_pages_are_recognised(encoding):
    text = LEGACY[encoding]
    assert read_bytes(text.encode(encoding), "old.txt").text == text
