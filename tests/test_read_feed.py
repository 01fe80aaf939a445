"""RSS/Atom reader: one article per entry, HTML content to text, broken feeds reported."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsprism.errors import EmptyInput, InputError, MalformedInput
from newsprism.read import iter_articles

FIX = Path(__file__).parent / "fixtures" / "read"


def _read(name: str):
    return list(iter_articles([FIX / name]))


def test_rss_entries():
    items = _read("feed_rss.xml")
    assert not [x for x in items if isinstance(x, InputError)]
    dam, bus = items
    assert dam.title == "Dam inspection finds no cracks"
    assert dam.text == ("Engineers who spent a week inside the Harlow Dam found no new cracks, "
                        "the water authority said on Tuesday.\n\nThe next inspection is due in 2029.")
    assert "FEED-SCRIPT" not in dam.text and "alert" not in dam.text
    assert dam.url == dam.id == "https://courier.example/2024/03/dam-inspection"
    assert dam.outlet == "Valley Courier"
    assert dam.published == dt.date(2024, 3, 6)
    assert dam.author == "Luis Ortega"
    assert dam.language == "en"
    assert dam.source == f"{FIX / 'feed_rss.xml'}#https://courier.example/2024/03/dam-inspection"
    # An escaped-HTML summary is text too, markup removed.
    assert bus.text.startswith("Three school bus routes") and "<p>" not in bus.text
    # 22:30 at UTC-5 on 5 March is the 6th in UTC; the outlet published it on the 5th.
    assert bus.published == dt.date(2024, 3, 5)


def test_atom_entry():
    (entry,) = _read("feed_atom.xml")
    assert entry.title == "Le marché couvert rouvre ses portes"
    assert entry.outlet == "Le Petit Veilleur"
    assert entry.author == "Claire Dumas"
    assert entry.published == dt.date(2024, 5, 1)
    assert entry.language == "fr"
    assert entry.url == "https://veilleur.example/marche-couvert"
    assert entry.text.split("\n\n")[1] == ("Les commerçants ont retrouvé une charpente neuve et "
                                           "une horloge réparée.")


def test_broken_feed_keeps_what_parsed_and_reports():
    items = _read("feed_broken.xml")
    arts = [x for x in items if not isinstance(x, InputError)]
    errors = [x for x in items if isinstance(x, MalformedInput)]
    assert [a.title for a in arts] == ["Snow closes the pass"]
    assert len(errors) == 1 and "broken feed" in errors[0].message
    assert errors[0].input == str(FIX / "feed_broken.xml")


def test_feed_outlet_override_and_empty_feed(tmp_path):
    (dam, _bus) = list(iter_articles([FIX / "feed_rss.xml"], outlet="Mirror"))
    assert dam.outlet == "Mirror"
    p = tmp_path / "empty.rss"
    p.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                 '</channel></rss>', encoding="utf-8")
    (err,) = iter_articles([p])
    assert isinstance(err, EmptyInput) and "no entries" in err.message
