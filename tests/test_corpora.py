"""Checks the two corpora the project wrote: the bundled demo corpus and the stories eval set.

Inputs: src/newsprism/data/demo/demo.jsonl and tests/data/stories_eval.jsonl (JSONL records
with a gold "story" label); both are read as plain JSON and through newsprism's own reader.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

import newsprism
from newsprism.read.jsonl import read_jsonl_records
from newsprism.read.langid import detect_language
from newsprism.records import Article

ROOT = Path(__file__).resolve().parent.parent
DEMO = Path(newsprism.__file__).parent / "data" / "demo" / "demo.jsonl"
DEMO_README = DEMO.with_name("README.md")
EVAL = ROOT / "tests" / "data" / "stories_eval.jsonl"
EVAL_README = EVAL.with_name("README.md")

FIELDS = ("id", "text", "title", "url", "outlet", "language", "published", "story")
CORPORA = {"demo": DEMO, "eval": EVAL}

# The floors the corpora were written to meet; a later edit must not fall below them.
DEMO_FLOOR = {"articles": 36, "stories": 7, "non_english": 8, "words": (120, 300),
              "languages": {"en", "fr", "es", "de", "ar"}}
EVAL_FLOOR = {"articles": 70, "stories": 12, "languages": 6, "words": (70, 180),
              "per_story": (3, 8), "hard_negative_pairs": 5}

# Capitalised words that two unrelated stories share without being about the same people.
_COMMON_CAPS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December", "Minister", "President", "Prime", "Health",
    "Ministry", "Police", "Officials", "According", "Their", "They", "This", "That",
}


def _load(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request) -> tuple[str, list[dict]]:
    return request.param, _load(CORPORA[request.param])


def _by_story(records: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for rec in records:
        groups[rec["story"]].append(rec)
    return groups


def _words(text: str) -> int:
    return len(text.split())


# ---- shape, shared by both corpora ----

def test_every_line_is_a_json_object_with_the_record_fields(corpus):
    name, records = corpus
    raw_lines = CORPORA[name].read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in raw_lines), "blank lines in the middle of the file"
    for rec in records:
        assert isinstance(rec, dict)
        assert set(rec) == set(FIELDS), rec.get("id")
        for key in FIELDS:
            assert isinstance(rec[key], str) and rec[key].strip(), (rec.get("id"), key)


def test_ids_and_urls_are_unique(corpus):
    _, records = corpus
    for key in ("id", "url"):
        counts = Counter(rec[key] for rec in records)
        assert [k for k, n in counts.items() if n > 1] == []
    for rec in records:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rec["id"]), rec["id"]
        assert re.fullmatch(r"https://[a-z0-9.-]+\.test/\S+", rec["url"]), rec["url"]


def test_published_dates_parse_and_are_plausible(corpus):
    _, records = corpus
    for rec in records:
        day = dt.date.fromisoformat(rec["published"])
        assert dt.date(2000, 1, 1) <= day <= dt.date.today(), rec["id"]
        assert rec["published"] == day.isoformat()


def test_languages_are_iso_codes_and_match_the_text(corpus):
    _, records = corpus
    for rec in records:
        assert re.fullmatch(r"[a-z]{2}", rec["language"]), rec["id"]
        # The label is what a reader would detect from the body; a mislabelled article would
        # teach the language-aware stages the wrong thing.
        assert detect_language(rec["text"]) == rec["language"], rec["id"]


def test_text_is_news_shaped(corpus):
    _, records = corpus
    for rec in records:
        text = rec["text"]
        assert text == text.strip() and "\r" not in text and "\n\n\n" not in text, rec["id"]
        paragraphs = text.split("\n\n")
        assert len(paragraphs) >= 3, rec["id"]
        assert all("\n" not in p and p == p.strip() for p in paragraphs), rec["id"]
        # Dateline: a place name in capitals before the dash that opens the lead.
        assert re.match(r"^[^\n—]{2,60} — ", text), rec["id"]
        assert rec["title"] not in text, rec["id"]


def test_each_story_is_told_by_several_outlets_and_dates_stay_close(corpus):
    _, records = corpus
    for story, recs in _by_story(records).items():
        assert len({r["outlet"] for r in recs}) >= 3, story
        days = sorted(dt.date.fromisoformat(r["published"]) for r in recs)
        assert (days[-1] - days[0]).days <= 7, story


def test_quotes_are_balanced(corpus):
    _, records = corpus
    pairs = [("«", "»"), ("„", "“"), ("“", "”")]
    for rec in records:
        text = rec["text"]
        assert text.count('"') % 2 == 0, rec["id"]
        for open_, close in pairs[:2]:
            assert text.count(open_) == text.count(close), (rec["id"], open_)


def test_the_project_reader_takes_every_record(corpus):
    name, records = corpus
    read = list(read_jsonl_records(CORPORA[name]))
    assert len(read) == len(records)
    for (article, raw), rec in zip(read, records):
        assert isinstance(article, Article), article
        assert raw["story"] == rec["story"]
        assert (article.id, article.text, article.outlet, article.language) == (
            rec["id"], rec["text"], rec["outlet"], rec["language"])
        assert article.published == dt.date.fromisoformat(rec["published"])


# ---- the demo corpus ----

def test_demo_counts():
    records = _load(DEMO)
    stories = _by_story(records)
    languages = Counter(r["language"] for r in records)
    assert len(records) >= DEMO_FLOOR["articles"]
    assert len(stories) >= DEMO_FLOOR["stories"]
    assert sum(n for lang, n in languages.items() if lang != "en") >= DEMO_FLOOR["non_english"]
    assert DEMO_FLOOR["languages"] <= set(languages)
    low, high = DEMO_FLOOR["words"]
    assert [r["id"] for r in records if not low <= _words(r["text"]) <= high] == []


def _paragraph_overlap(a: dict, b: dict) -> float:
    pa, pb = set(a["text"].split("\n\n")), set(b["text"].split("\n\n"))
    return len(pa & pb) / min(len(pa), len(pb))


def test_demo_holds_a_near_duplicate_pair_from_two_outlets():
    records = _load(DEMO)
    pairs = [(a["id"], b["id"]) for a, b in itertools.combinations(records, 2)
             if a["outlet"] != b["outlet"] and _paragraph_overlap(a, b) >= 0.8]
    assert pairs, "no wire story republished by two outlets"
    for left, right in pairs:
        a = next(r for r in records if r["id"] == left)
        b = next(r for r in records if r["id"] == right)
        assert a["story"] == b["story"] and a["title"] != b["title"] and a["text"] != b["text"]


def test_demo_readme_names_every_story_and_the_count():
    records = _load(DEMO)
    readme = DEMO_README.read_text(encoding="utf-8")
    for story in _by_story(records):
        assert f"| {story} |" in readme, story
    assert f"{len(records)} news articles" in readme
    assert "written for newsprism" in readme


# ---- the stories evaluation corpus ----

def test_eval_counts():
    records = _load(EVAL)
    stories = _by_story(records)
    languages = {r["language"] for r in records}
    assert len(records) >= EVAL_FLOOR["articles"]
    assert len(stories) >= EVAL_FLOOR["stories"]
    assert len(languages) >= EVAL_FLOOR["languages"]
    low, high = EVAL_FLOOR["per_story"]
    for story, recs in stories.items():
        assert low <= len(recs) <= high, story
        assert len({r["language"] for r in recs}) >= 3, story
    low, high = EVAL_FLOOR["words"]
    assert [r["id"] for r in records if not low <= _words(r["text"]) <= high] == []


def _proper_names(recs: list[dict]) -> set[str]:
    names = set()
    for rec in recs:
        if rec["language"] != "en":
            continue
        for sentence in re.split(r"(?<=[.!?\"])\s+|\n\n", rec["text"]):
            # The first word of a sentence is capitalised whatever it is.
            names.update(re.findall(r"(?<=\s)([A-Z][a-z]{3,})\b", sentence))
    return names - _COMMON_CAPS


def test_eval_has_hard_negative_story_pairs():
    stories = _by_story(_load(EVAL))
    first = {s: min(dt.date.fromisoformat(r["published"]) for r in recs)
             for s, recs in stories.items()}
    names = {s: _proper_names(recs) for s, recs in stories.items()}
    hard = [(a, b) for a, b in itertools.combinations(sorted(stories), 2)
            if abs((first[a] - first[b]).days) <= 7 and names[a] & names[b]]
    assert len(hard) >= EVAL_FLOOR["hard_negative_pairs"], hard


def test_eval_is_disjoint_from_the_demo():
    demo, evals = _load(DEMO), _load(EVAL)
    assert not {r["id"] for r in demo} & {r["id"] for r in evals}
    assert not {r["outlet"] for r in demo} & {r["outlet"] for r in evals}
    demo_paragraphs = {p for r in demo for p in r["text"].split("\n\n")}
    assert not any(p in demo_paragraphs for r in evals for p in r["text"].split("\n\n"))


def test_eval_readme_names_every_story_and_the_count():
    records = _load(EVAL)
    readme = EVAL_README.read_text(encoding="utf-8")
    for story, recs in _by_story(records).items():
        assert f"| {story} |" in readme, story
    assert f"{len(records)} short news articles" in readme
