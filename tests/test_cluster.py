"""Story clustering: multilingual stories, hard negatives kept apart, streaming through the
store, near-copies, determinism and bounded memory."""
from __future__ import annotations

import datetime as dt
import functools
import random

import numpy as np
import pytest

from corpus_articles import ARTICLES, gold
from newsprism.corpus import cluster as C
from newsprism.corpus.embed import embed_texts, lead_text
from newsprism.records import Analysis, Article, Entity, Event, Mention, Span, Timex


def analysis(row, **over) -> Analysis:
    aid, _story, lang, outlet, pub, title, text = row
    art = Article(id=over.get("id", aid), text=over.get("text", text), title=title,
                  outlet=outlet, language=lang, published=dt.date.fromisoformat(pub))
    return Analysis(article=art, published=art.published, published_inferred=False,
                    language=lang, **{k: v for k, v in over.items() if k not in ("id", "text")})


@functools.lru_cache(maxsize=1)
def _vectors() -> dict[str, np.ndarray]:
    texts = [lead_text(r[5], r[6]) for r in ARTICLES]
    return dict(zip(texts, embed_texts(texts)))


def cached_embedder(texts):
    """The real model, computed once per test module for the fixture articles."""
    vecs = _vectors()
    missing = [t for t in texts if t not in vecs]
    extra = dict(zip(missing, embed_texts(missing))) if missing else {}
    return np.stack([vecs.get(t, extra.get(t)) for t in texts])


def bcubed_f1(pred: dict[str, str], truth: dict[str, str]) -> float:
    p = r = 0.0
    for x in pred:
        c = {y for y in pred if pred[y] == pred[x]}
        g = {y for y in pred if truth[y] == truth[x]}
        p += len(c & g) / len(c)
        r += len(c & g) / len(g)
    p, r = p / len(pred), r / len(pred)
    return 2 * p * r / (p + r)


ANALYSES = [analysis(r) for r in ARTICLES]
ROW = {r[0]: r for r in ARTICLES}


@pytest.mark.parametrize("order", ["given", "reversed", "shuffled"])
def test_multilingual_stories_in_any_order(order):
    items = list(ANALYSES)
    if order == "reversed":
        items.reverse()
    elif order == "shuffled":
        random.Random(7).shuffle(items)
    pred = C.cluster_analyses(items, embedder=cached_embedder)
    # measured: 1.0 in all three orders (25 Nov 2026); reversed was 0.93 while a lead's
    # passing mention of the same-night crash could cancel the kind clash
    assert bcubed_f1(pred, gold()) >= (0.95 if order == "given" else 0.85)
    if order == "given":
        # Urdu, Greek: each story's reports in other scripts join its English report
        assert pred["f-ur-1"] == pred["f-en-1"] and pred["e-el-1"] == pred["e-en-1"]


def test_hard_negatives_stay_apart():
    pred = C.cluster_analyses(ANALYSES, embedder=cached_embedder)
    # same port same night, same minister same day, same city same night
    assert pred["a-en-1"] != pred["b-en-1"]
    assert pred["c-en-1"] != pred["d-en-1"]
    assert pred["f-en-1"] != pred["g-en-1"]
    assert pred["f-ar-1"] != pred["g-ar-1"]
    assert pred["h-en-1"] != pred["i-en-1"] and pred["h-de-1"] != pred["i-de-1"]


def test_story_followed_over_days_stays_one():
    pred = C.cluster_analyses(ANALYSES, embedder=cached_embedder)
    # grounded Monday, salvage fails Tuesday, still stuck Wednesday, refloated Thursday
    assert len({pred[a] for a in ("h-en-1", "h-de-1", "h-fr-1", "h-es-1")}) == 1


def test_deterministic_ids():
    a = C.cluster_analyses(ANALYSES, embedder=cached_embedder)
    b = C.cluster_analyses(ANALYSES, embedder=cached_embedder)
    assert a == b
    assert a["a-en-1"] == C.story_id_for("a-en-1")


def test_far_apart_in_time_founds_a_new_story():
    late = Analysis(article=Article(id="a-en-late", text=ROW["a-en-1"][6] + " Talks resumed.",
                                    title="Valencia dockers strike again", language="en",
                                    published=dt.date(2024, 5, 20)),
                    published=dt.date(2024, 5, 20), published_inferred=False, language="en")
    pred = C.cluster_analyses([ANALYSES[0], late], embedder=cached_embedder)
    assert pred["a-en-1"] != pred["a-en-late"]


def test_features_use_entities_events_and_timexes():
    text = ROW["f-en-1"][6]
    start = text.index("Hadi")
    a = analysis(ROW["f-en-1"], entities=(
        Entity("e1", "Hadi al-Karbalai", "PERSON", (Mention(start, start + 16, "name"),)),),
        events=(Event("v1", "ASSAULT", Span(2, 7), (), ("e1",), None, "2024-08-13",
                      "asserted", None),),
        timexes=(Timex(0, 7, "DATE", "2024-08-13TNI"),))
    f = C.features_of(a, np.ones(3, dtype=np.float32))
    assert {"krbl", "bkt"} <= f.names
    assert f.dates == {"2024-08-13"} and f.types == {"ASSAULT"}
    back = C.features_from_row(f.article_id, {"embedding": None, "minhash": None,
                                              "keys": C.feature_keys(f)})
    assert (back.names, back.dates, back.types, back.published, back.language, back.title) == \
        (f.names, f.dates, f.types, f.published, f.language, f.title)


def test_figures_read_any_digits_and_skip_years():
    assert C.figures_in("۶۰۰ تختخوابی in 2024, 30,000 vials, 5,9 magnitude, 4 dead") == \
        {"600", "30000", "59"}


# --- through the store ------------------------------------------------------------------

@pytest.fixture
def store(tmp_path):
    from newsprism.store.db import Store
    with Store(tmp_path / "t.db") as s:
        yield s


def _ingest(store, analyses, clusterer=None):
    clusterer = clusterer or C.StoryClusterer(store, embedder=cached_embedder,
                                              weights=C.Weights())
    out = {}
    for a in analyses:
        with store.transaction():
            store.add(a)
            out[a.article.id] = clusterer.add(a)
    return out


def test_clusterer_files_articles_and_titles_stories(store):
    pred = _ingest(store, ANALYSES)
    stories = store.stories()
    assert sum(len(s.articles) for s in stories) == len(ANALYSES)
    for aid, sid in pred.items():
        assert store.article(aid)["story_id"] == sid
    quake = store.story(pred["e-tr-1"])
    assert quake.title == "Magnitude 5.9 earthquake shakes Izmir, 4 killed"
    assert set(quake.languages) == {"en", "tr", "el", "it"}
    assert store.story_centroid(quake.id) is not None
    assert len(store.features(pred)) == len(ANALYSES)


def test_restart_rebuilds_from_stored_features(store, tmp_path):
    _ingest(store, ANALYSES[:3])
    calls = []

    def counting(texts):
        calls.append(len(texts))
        return cached_embedder(texts)

    # a fresh clusterer (new process) finds the story from stored features alone
    fresh = C.StoryClusterer(store, embedder=counting, weights=C.Weights())
    sid = _ingest(store, [ANALYSES[3]], fresh)["a-de-1"]
    assert sid == C.story_id_for("a-en-1")
    assert calls == [1]  # only the new article was embedded
    assert fresh.add(ANALYSES[3]) == sid and calls == [1]


def test_wire_copies_marked_with_earliest_copy(store):
    base = ROW["e-en-1"]
    wire = analysis(base, id="wire-1")
    copy_later = Analysis(
        article=Article(id="wire-2", text=base[6] + " Schools in the city will stay closed "
                        "on Monday while engineers inspect them.",
                        title="Quake hits Izmir", outlet="Other Daily", language="en",
                        published=dt.date(2024, 6, 3)),
        published=dt.date(2024, 6, 3), published_inferred=False, language="en")
    copy_earlier = Analysis(
        article=Article(id="wire-0", text=base[6], title=base[5], outlet="Early Bird",
                        language="en", published=dt.date(2024, 6, 1)),
        published=dt.date(2024, 6, 1), published_inferred=False, language="en")
    pred = _ingest(store, [wire, copy_later, copy_earlier])
    assert len(set(pred.values())) == 1
    assert store.article("wire-0")["copy_of"] is None
    assert store.article("wire-1")["copy_of"] == "wire-0"
    assert store.article("wire-2")["copy_of"] == "wire-0"


def test_recluster_refiles_every_article_once(store):
    _ingest(store, ANALYSES)
    n = C.recluster(store)
    stories = store.stories()
    assert len(stories) == n
    assert sorted(a for s in stories for a in s.articles) == sorted(ROW)
    before = {a: store.article(a)["story_id"] for a in ROW}
    assert C.recluster(store) == n  # publication order, so a re-run files the same way
    assert before == {a: store.article(a)["story_id"] for a in ROW}


# --- memory bound -----------------------------------------------------------------------

def test_live_stories_are_bounded():
    rng = np.random.default_rng(0)
    idx = C.StoryIndex(max_live=50)
    day0 = dt.date(2024, 1, 1)
    for i in range(400):
        v = rng.normal(size=16).astype(np.float32)
        f = C.Features(f"x{i}", day0 + dt.timedelta(days=i // 4), "en",
                       embedding=v / np.linalg.norm(v))
        idx.assign(f)
    assert len(idx.stories) <= 50
    assert all(sid in idx.stories for d in idx._by_day.values() for sid in d)


def test_stories_merge_when_a_bridging_report_arrives():
    rng = np.random.default_rng(3)
    base = rng.normal(size=32)
    other = rng.normal(size=32)
    e1 = base / np.linalg.norm(base)
    tilt = e1 + 0.6 * other / np.linalg.norm(other)
    e2 = tilt / np.linalg.norm(tilt)
    bridge = (e1 + e2) / np.linalg.norm(e1 + e2)
    day = dt.date(2024, 1, 1)
    w = C.Weights(threshold=0.9, merge_margin=0.0)
    idx = C.StoryIndex(w)
    a = idx.assign(C.Features("A", day, "en", embedding=e1.astype(np.float32)))
    b = idx.assign(C.Features("B", day, "fr", embedding=e2.astype(np.float32)))
    assert a.story_id != b.story_id  # too far apart on their own
    c = idx.assign(C.Features("C", day, "de", embedding=bridge.astype(np.float32)))
    assert len(idx.stories) == 1
    assert {idx.article_story[x] for x in "ABC"} == {c.story_id}
    assert [m[0] for m in c.moved] in (["A"], ["B"])
    # without merging, the two first stories stay apart
    idx2 = C.StoryIndex(C.Weights(threshold=0.9, merge_margin=None, bridge_margin=None))
    for aid, lang, v in (("A", "en", e1), ("B", "fr", e2), ("C", "de", bridge)):
        idx2.assign(C.Features(aid, day, lang, embedding=v.astype(np.float32)))
    assert len(idx2.stories) == 2


def _two_stories_and_a_bridge(kinds_a, kinds_b, kinds_c):
    rng = np.random.default_rng(5)
    e1 = rng.normal(size=32)
    e1 /= np.linalg.norm(e1)
    tilt = e1 + 0.55 * rng.normal(size=32) / np.sqrt(32)
    e2 = tilt / np.linalg.norm(tilt)
    bridge = (e1 + e2) / np.linalg.norm(e1 + e2)
    day = dt.date(2024, 1, 1)
    w = C.Weights(threshold=float(e1 @ e2) + 0.01, merge_margin=None, bridge_margin=0.0,
                  kind_agree=0.0)
    idx = C.StoryIndex(w)
    for aid, lang, v, k in (("A", "en", e1, kinds_a), ("B", "fr", e2, kinds_b),
                            ("C", "de", bridge, kinds_c)):
        idx.assign(C.Features(aid, day, lang, embedding=v.astype(np.float32),
                              kinds=frozenset(k), lead_kinds=frozenset(k)))
    return idx


def test_a_report_fitting_two_young_stories_joins_them():
    # one event founded two stories (two languages first); the report that fits both
    # well is the evidence that they are one
    idx = _two_stories_and_a_bridge({"crash"}, {"crash"}, {"crash"})
    assert len({idx.article_story[x] for x in "ABC"}) == 1


def test_no_bridge_between_different_happenings():
    # a drone strike and a plane crash: a report close to both does not join them
    idx = _two_stories_and_a_bridge({"air_attack"}, {"crash"}, set())
    assert idx.article_story["A"] != idx.article_story["B"]


def test_kinds_of_happening_across_languages():
    from newsprism.corpus.kinds import head_text, kinds_in
    assert kinds_in("Cargo plane crashes near the airport, four crew dead", "en") == {"crash"}
    assert kinds_in("Frachtflugzeug bei Bagdad abgestürzt", "de") == {"crash"}
    assert kinds_in("غارة بطائرة مسيرة تستهدف قياديا قرب المطار", "ar") == {"air_attack"}
    assert kinds_in("Los estibadores inician una huelga de 48 horas", "es") == {"labour_strike"}
    assert kinds_in("Σεισμός 6 Ρίχτερ στη Ρόδο", "el") == {"quake"}
    assert kinds_in("Hafenstreik in Kiel", "de") == {"labour_strike"}
    # words that contain a stem but mean something else do not count
    assert kinds_in("Marek kazandı, according to officials", "tr") == set()
    assert kinds_in("Marek won, according to officials", "en") == set()
    head = head_text("Blaze on a ferry", "Blaze on a ferry\nA fire broke out at dawn. "
                     "Last week dockworkers went on strike at the same port.")
    assert kinds_in(head, "en") == {"fire"}



def test_merge_needs_same_language_leads_to_share_words():
    # Two same-language reports of different happenings (a strike, a terminal opening)
    # are not merged by a report that sits between them in embedding space.
    rng = np.random.default_rng(3)
    e1 = rng.normal(size=32)
    e1 /= np.linalg.norm(e1)
    tilt = e1 + 0.6 * rng.normal(size=32) / np.linalg.norm(rng.normal(size=32))
    e2 = tilt / np.linalg.norm(tilt)
    bridge = (e1 + e2) / np.linalg.norm(e1 + e2)
    day = dt.date(2024, 1, 1)
    strike = frozenset({"dockworkers", "walkout", "wages", "union"})
    opening = frozenset({"terminal", "railway", "ribbon", "freight"})

    def stories(low):
        idx = C.StoryIndex(C.Weights(threshold=0.9, merge_margin=0.0, lexical_low=low))
        idx.assign(C.Features("A", day, "en", embedding=e1.astype(np.float32), terms=strike))
        idx.assign(C.Features("B", day, "en", embedding=e2.astype(np.float32), terms=opening))
        idx.assign(C.Features("C", day, "de", embedding=bridge.astype(np.float32)))
        return len(idx.stories)

    assert stories(0.4) == 2
    assert stories(0.0) == 1

def test_merge_refiles_articles_in_the_store(store):
    rng = np.random.default_rng(3)
    e1 = rng.normal(size=32)
    e1 /= np.linalg.norm(e1)
    tilt = e1 + 0.6 * rng.normal(size=32) / np.linalg.norm(rng.normal(size=32))
    e2 = tilt / np.linalg.norm(tilt)
    vec = {"alpha": e1, "beta": e2, "gamma": (e1 + e2) / np.linalg.norm(e1 + e2)}

    def embedder(texts):
        return np.stack([vec[t.split()[-1]] for t in texts]).astype(np.float32)

    items = [Analysis(article=Article(id=w, text=f"report {w}", language=lang,
                                      published=dt.date(2024, 1, 1)),
                      published=dt.date(2024, 1, 1), published_inferred=False, language=lang)
             for w, lang in (("alpha", "en"), ("beta", "fr"), ("gamma", "de"))]
    clusterer = C.StoryClusterer(store, embedder=embedder,
                                 weights=C.Weights(threshold=0.9, merge_margin=0.0))
    pred = _ingest(store, items, clusterer)
    stories = store.stories()
    assert len(stories) == 1 and sorted(stories[0].articles) == ["alpha", "beta", "gamma"]
    assert {store.article(a)["story_id"] for a in pred} == {pred["gamma"]}


def test_disagreeing_day_type_and_place_lower_the_score():
    v = np.ones(8, dtype=np.float32) / np.sqrt(8)
    day = dt.date(2020, 1, 7)
    idx = C.StoryIndex()
    idx.assign(C.Features("s1", day, "en", embedding=v, dates=frozenset({"2020-01-07"}),
                          types=frozenset({"ASSAULT"}), places=frozenset({"krmn"})))
    st = next(iter(idx.stories.values()))
    same = C.Features("x", day, "fr", embedding=v, dates=frozenset({"2020-01-07"}),
                      types=frozenset({"ASSAULT"}), places=frozenset({"krmn"}))
    w = idx.w
    other_day = C.Features("x", day, "fr", embedding=v, dates=frozenset({"2020-01-03"}),
                           types=frozenset({"ASSAULT"}), places=frozenset({"krmn"}))
    other_place = C.Features("x", day, "fr", embedding=v, dates=frozenset({"2020-01-07"}),
                             types=frozenset({"ASSAULT"}), places=frozenset({"trn"}))
    base = idx.score(same, st)
    assert idx.score(other_day, st) == pytest.approx(base - w.date_agree - w.date_disagree)
    assert idx.score(other_place, st) == pytest.approx(base - w.place_disagree)


def test_cosine_is_calibrated_per_script_pair():
    idx = C.StoryIndex()
    # Greek and Latin texts embed farther apart whatever they say; Arabic-script texts of
    # different languages closer; one language needs no offset
    assert idx._pair_offset("el", "fr") > idx._pair_offset("ar", "en") >= 0.0
    assert idx._pair_offset("fa", "ur") < 0.0 == idx._pair_offset("de", "de")
    assert C.StoryIndex(C.Weights(calibrate=0.0))._pair_offset("el", "fr") == 0.0


def test_a_kind_named_by_one_member_of_many_is_not_the_story_s():
    from collections import Counter
    idx = C.StoryIndex()
    assert idx._story_kinds(Counter({"fire": 7, "protest": 1}), 8) == {"fire"}
    assert idx._story_kinds(Counter({"fire": 1, "protest": 1}), 2) == {"fire", "protest"}


def test_every_kind_is_read_in_all_ten_languages():
    from newsprism.corpus.kinds import _LEXICON
    langs = {"en", "ar", "fa", "ur", "fr", "de", "es", "it", "tr", "el"}
    for kind, by_lang in _LEXICON.items():
        assert set(by_lang) == langs, kind
        assert all(isinstance(stems, tuple) and stems for stems in by_lang.values()), kind


def test_the_headline_names_the_news_not_the_setting():
    from newsprism.corpus.kinds import headline_kinds
    # the lead sentence opens on an earlier happening; the headline says what is new
    title = "Vardestan : un hélicoptère militaire s'écrase près d'Ilmaz"
    body = ("ILMAZ — Quelques heures après la frappe aérienne sur un dépôt de munitions, un "
            "hélicoptère de l'armée s'est écrasé dans les collines au nord de la ville.")
    assert headline_kinds(title, body, "fr") == {"crash"}
    # a headline naming only a follow-up lets the first sentence say what it follows
    assert headline_kinds("Funerals held for five crew members",
                          "The army helicopter crashed in fog on Sunday.", "en") \
        == {"funeral", "crash"}
    assert headline_kinds(None, "A fire broke out at the mill on Tuesday.", "en") == {"fire"}


def test_a_closing_paragraph_is_not_the_lead():
    from newsprism.corpus.kinds import kinds_in, lead_paragraph
    body = ("ILMAZ — An air strike hit an ammunition depot on the edge of the town late on "
            "Saturday, killing four guards, the governor said. Residents heard explosions "
            "for hours and the road was sealed off on Sunday morning.\n\n"
            "Separately, an army helicopter crashed in the hills the same night.")
    lead = lead_paragraph(body)
    assert "helicopter" not in lead and kinds_in(lead, "en") == {"air_attack", "explosion"}
    # a one-line opening takes the next paragraph with it
    assert "Second" in lead_paragraph("ROME — Short.\n\nSecond paragraph here.")


def _kind_story(kinds, lead_kinds):
    idx = C.StoryIndex()
    idx.assign(C.Features("A", dt.date(2025, 10, 19), "ar", kinds=frozenset(kinds),
                          lead_kinds=frozenset(lead_kinds)))
    return idx, next(iter(idx.stories.values()))


def test_a_lead_that_names_the_other_happening_as_its_setting_still_disagrees():
    w = C.Weights()
    crash = C.Features("B", dt.date(2025, 10, 19), "fr", kinds=frozenset({"crash"}),
                       lead_kinds=frozenset({"crash", "air_attack"}))
    idx, strike = _kind_story({"air_attack"}, {"air_attack"})
    told_once = idx._kind_score(crash, strike)
    assert -w.kind_disagree < told_once < 0
    idx, strike = _kind_story({"air_attack"}, {"air_attack", "explosion"})
    blind = C.Features("C", dt.date(2025, 10, 19), "fr", kinds=frozenset({"crash"}),
                       lead_kinds=frozenset({"crash"}))
    assert idx._kind_score(blind, strike) == -w.kind_disagree
    # days later, a lead recalling the story's happening tells what came of it
    deal = C.Features("E", dt.date(2025, 10, 22), "el", kinds=frozenset({"agreement"}),
                      lead_kinds=frozenset({"agreement", "air_attack"}))
    assert idx._kind_score(deal, strike) == 0.0
    # each lead telling the other's happening: one event seen from two sides
    idx, blast = _kind_story({"explosion"}, {"explosion", "fire"})
    fire = C.Features("D", dt.date(2025, 10, 19), "fr", kinds=frozenset({"fire"}),
                      lead_kinds=frozenset({"fire", "explosion"}))
    assert idx._kind_score(fire, blast) == 0.0


def test_kind_stems_skip_look_alike_words():
    from newsprism.corpus.kinds import kinds_in
    # "weather conditions" is no treaty, a silo no flood
    assert kinds_in("Εξετάζουμε τις καιρικές συνθήκες", "el") == set()
    assert kinds_in("دو سیلوی گندم آتش گرفت", "fa") == {"fire"}
    assert kinds_in("سیل در شهر", "fa") == {"flood"}
    assert kinds_in("فوجی ہیلی کاپٹر حادثے کا شکار ہو گیا", "ur") == {"crash"}


def _dev_rows(prefixes):
    import json
    from pathlib import Path
    path = Path(__file__).parent / "data" / "stories_dev.jsonl"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["id"].startswith(prefixes):
            rows.append((r["id"], r["story"], r["language"], r["outlet"], r["published"],
                         r["title"], r["text"]))
    return rows


_SEEN: dict[str, np.ndarray] = {}


def _remembering_embedder(texts):
    """The real model, each text embedded once per test module."""
    missing = [t for t in texts if t not in _SEEN]
    if missing:
        _SEEN.update(zip(missing, embed_texts(missing)))
    return np.stack([_SEEN[t] for t in texts])


@pytest.mark.parametrize("order", ["given", "reversed"])
def test_a_strike_and_a_crash_on_one_night_stay_apart_across_languages(order):
    # two same-night pairs (an air strike on a depot and a helicopter crash; a drone
    # strike on a grain terminal and a derailment), each report mentioning the other
    rows = _dev_rows(("dev-depot", "dev-heli", "dev-grain", "dev-train"))
    assert len(rows) == 12
    items = [analysis(r) for r in rows]
    if order == "reversed":
        items.reverse()
    pred = C.cluster_analyses(items, embedder=_remembering_embedder)
    truth = {r[0]: r[1] for r in rows}
    for a, b in ((x, y) for x in truth for y in truth if truth[x] != truth[y]):
        assert pred[a] != pred[b], (a, b)
