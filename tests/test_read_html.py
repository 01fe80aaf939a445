"""HTML reader: main text without page furniture or hostile markup, and the page's metadata."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.errors import EmptyInput, MalformedInput
from newsprism.read import read_article, read_bytes
from newsprism.read.html import fragment_text, read_html

FIX = Path(__file__).parent / "fixtures" / "read"
HOSTILE = ("TRACKER-SCRIPT-TEXT", "STYLE-TEXT", "ONLOAD-TEXT", "ONCLICK-TEXT",
           "INLINE-SCRIPT-TEXT", "alert(", "steal(", "<", ">")


@pytest.fixture(scope="module")
def page():
    return read_article(FIX / "article_page.html")


def test_main_text_only(page):
    paras = page.text.split("\n\n")
    assert any(p.startswith("Two keepers moved back into the lighthouse") for p in paras)
    assert paras[-1] == ("Visitors will be able to climb the tower from July, weather "
                         "permitting, the trust added.")
    for furniture in ("Cheap ferries", "Most read", "Sport", "All rights reserved"):
        assert furniture not in page.text
    for bad in HOSTILE:
        assert bad not in page.text


def test_paragraphs_are_blank_line_separated_and_trimmed(page):
    for p in page.text.split("\n\n"):
        assert p == p.strip() and p
        assert "  " not in p


def test_metadata(page):
    assert page.title == "Lighthouse keepers return to Skerry Point after 40 years"
    assert page.outlet == "The Coastal Ledger"
    assert page.url == "https://ledger.example/news/skerry-point-keepers"
    assert page.id == page.url
    assert page.published == dt.date(2023, 6, 14)
    assert page.author == "Morag Fennick"
    assert page.language == "en"


def test_misnamed_html_is_sniffed_as_html(tmp_path):
    p = tmp_path / "page.dat"
    p.write_bytes((FIX / "article_page.html").read_bytes())
    assert read_article(p).title == "Lighthouse keepers return to Skerry Point after 40 years"


def test_malformed_html_still_gives_its_text():
    art = read_article(FIX / "broken.html")
    assert art.text.startswith("The covered market hall in the old town reopened")
    assert "The council will review the parking offer in the autumn." in art.text
    assert art.title == "Market hall reopens"


def test_page_without_article_text_is_refused():
    with pytest.raises(MalformedInput, match="no article text") as info:
        read_article(FIX / "no_text.html")
    assert info.value.input.endswith("no_text.html")
    with pytest.raises(EmptyInput):
        read_html("   ", name="x.html")


def test_declared_language_checked_against_the_text():
    body = ("<p>Le conseil municipal a voté jeudi soir la rénovation complète de la halle du "
            "marché, fermée depuis l'incendie de l'an dernier, a indiqué le maire.</p>"
            "<p>Les travaux commenceront au printemps et dureront environ un an.</p>")
    art = read_bytes(f'<html lang="en"><body><article>{body}</article></body></html>'.encode())
    assert art.language == "fr"


def test_charset_declared_in_meta():
    page = ('<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body>'
            '<article><p>The caf\xe9 on the corner reopened on Monday after a long winter '
            'closure, its owner said, with a new terrace facing the square.</p></article>'
            '</body></html>').encode("cp1252")
    art = read_bytes(page, "page.html")
    assert "café on the corner" in art.text


def test_fragment_text():
    frag = ('<p>First <b>bold</b> part.</p><script>evil()</script><p>Second&nbsp;part'
            '<img src=x onerror="evil()"></p><style>p{}</style>tail words')
    assert fragment_text(frag) == "First bold part.\n\nSecond part\n\ntail words"
    assert fragment_text("") == ""
    assert fragment_text("no markup &amp; entities") == "no markup & entities"


def test_xhtml_with_xml_declaration_keeps_its_metadata():
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
            'lang="de"><head><link rel="canonical" href="https://stadt.example/markthalle"/>'
            '<title>Markthalle</title></head><body><article><p>Der Stadtrat hat am Donnerstag '
            'beschlossen, die alte Markthalle bis zum Sommer zu renovieren.</p><!-- note -->'
            '<p>Die Arbeiten sollen im Mai beginnen.</p></article></body></html>').encode()
    art = read_bytes(page, "page.xhtml")
    assert art.url == "https://stadt.example/markthalle" and art.language == "de"
    assert art.text.endswith("Die Arbeiten sollen im Mai beginnen.") and "note" not in art.text


def test_index_page_of_links_is_not_an_article():
    page = ("<html><body><header>Daily Planet</header><nav><ul><li><a href='/w'>World news and "
            "politics from everywhere</a></li><li><a href='/s'>Sport results</a></li></ul></nav>"
            "<footer><p>Copyright 2024 Daily Planet</p></footer></body></html>").encode()
    with pytest.raises(MalformedInput):
        read_bytes(page, "index.html")
    short = b"<html><body><p>Police closed the bridge on Monday after a lorry hit it.</p></body></html>"
    assert read_bytes(short, "short.html").text == ("Police closed the bridge on Monday after a "
                                                    "lorry hit it.")


def test_title_loses_the_site_name():
    page = ("<html><head><title>Council backs tram plan | Northern Echoes</title>"
            '<meta property="og:site_name" content="Northern Echoes"></head><body><div>'
            "<p>The city council voted on Tuesday to build a tram line to the airport, "
            "ending ten years of argument over the route.</p></div></body></html>").encode()
    art = read_bytes(page, "tram.html")
    assert art.title == "Council backs tram plan" and art.outlet == "Northern Echoes"
