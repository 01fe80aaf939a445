"""Metadata files beside articles: paired by name or as a folder's lone meta.json, consumed
rather than read as inputs, and outranked by explicit command-line values."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from newsprism.errors import InputError, MalformedInput
from newsprism.read import iter_articles

FIX = Path(__file__).parent / "fixtures" / "read"
STORY = ("Lifeboat crew rescue three from sinking yacht\n\nThe volunteer crew reached the yacht "
         "two miles off the headland at dawn on Sunday, the lifeboat station said.\n")


def _write(path: Path, content) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, (dict, list)):
        path.write_text(json.dumps(content), encoding="utf-8")
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seed_folder_reads_as_one_described_article(shared_dir):
    (art,) = iter_articles([shared_dir / "seed"])  # README.md and meta.json are not articles
    meta = json.loads((shared_dir / "seed" / "meta.json").read_text(encoding="utf-8"))
    assert art.id == meta["id"] and art.outlet == meta["outlet"] and art.url == meta["url"]
    assert art.published == dt.date.fromisoformat(meta["published"])
    assert art.title.startswith("Killing of Iran's Soleimani")


def test_pairing_by_name_and_by_folder(tmp_path):
    _write(tmp_path / "a" / "story.txt", STORY)
    _write(tmp_path / "a" / "story.meta.json", {"id": "rnli-1", "outlet": "Coast Post",
                                                "published": "2023-08-06", "author": "J. Tregar"})
    (tmp_path / "a" / "page.html").write_bytes((FIX / "article_page.html").read_bytes())
    _write(tmp_path / "a" / "page.json", {"outlet": "Ledger Weekly", "language": "en"})
    _write(tmp_path / "b" / "only.txt", STORY.replace("three", "four"))
    _write(tmp_path / "b" / "meta.json", {"url": "https://coast.example/four"})
    _write(tmp_path / "b" / "README.md", "Notes about this folder.\n")
    items = list(iter_articles([tmp_path]))
    assert not [x for x in items if isinstance(x, InputError)]
    page, story, only = items
    assert (story.id, story.outlet, story.published, story.author) == (
        "rnli-1", "Coast Post", dt.date(2023, 8, 6), "J. Tregar")
    assert page.outlet == "Ledger Weekly" and page.title.startswith("Lighthouse keepers")
    assert only.url == only.id == "https://coast.example/four"


def test_explicit_values_win_and_explicit_files_find_their_sidecar(tmp_path):
    story = _write(tmp_path / "story.txt", STORY)
    _write(tmp_path / "story.meta.json", {"outlet": "Coast Post", "published": "2023-08-06"})
    (art,) = iter_articles([story], outlet="Given Outlet")
    assert art.outlet == "Given Outlet" and art.published == dt.date(2023, 8, 6)


def test_bad_sidecar_is_reported_and_unpaired_meta_is_an_input(tmp_path):
    _write(tmp_path / "x" / "story.txt", STORY)
    _write(tmp_path / "x" / "story.meta.json", {"published": "06/08/2023"})
    (err,) = iter_articles([tmp_path / "x"])
    assert isinstance(err, MalformedInput) and err.input.endswith("story.meta.json")
    assert "YYYY-MM-DD" in err.message
    _write(tmp_path / "y" / "one.txt", STORY)
    _write(tmp_path / "y" / "two.txt", STORY.replace("three", "two"))
    _write(tmp_path / "y" / "meta.json", {"outlet": "Which one?"})
    items = list(iter_articles([tmp_path / "y"]))
    assert [type(x).__name__ for x in items] == ["MalformedInput", "Article", "Article"]
    assert all(getattr(x, "outlet", None) is None for x in items[1:])
