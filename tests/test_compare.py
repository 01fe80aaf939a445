"""Story comparison: facts kept and dropped, event words, loaded language by voice,
background, sources, copies, and conflicting figures with who gave them."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from newsprism.corpus import compare as K
from newsprism.corpus.figures import figures
from newsprism.records import (Analysis, Article, Entity, Event, Framing, Mention, Quote,
                               Span, Speaker, Timex, Via)

PUB = dt.date(2020, 1, 9)


def _span(text: str, s: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)


def _ent(text, eid, name, typ, *forms):
    return Entity(eid, name, typ, tuple(Mention(*_span(text, f), "name") for f in forms))


def _article(aid, outlet, text, lang="en", pub=PUB, **kw) -> Analysis:
    art = Article(id=aid, text=text, title=text.split("\n")[0], outlet=outlet, language=lang,
                  published=pub)
    return Analysis(article=art, published=pub, published_inferred=False, language=lang, **kw)


T1 = ("Stampede at Kerman funeral kills 56\n"
      "At least 56 people were killed in a stampede at the funeral of Qassem Soleimani in "
      "Kerman on Tuesday, state television said. The killing of Soleimani was a cowardly "
      "crime, said Hossein Salami, the IRGC commander. \"We will take revenge,\" Salami said, "
      "according to the Tasnim news agency.")
T2 = ("Dozens die in crush at Soleimani burial\n"
      "A crush at the burial of General Qasem Soleimani in Kerman killed 32 people, the "
      "emergency services said on Tuesday. Soleimani, who was assassinated by the terrorist "
      "regime in Washington, was linked to the 1994 Buenos Aires bombing.")
T3 = ("Kerman stampede toll rises\n"
      "The death toll rose to 64, an emergency official told Reuters, and 200 people were "
      "injured. The assassination of Soleimani on January 3 sparked mass mourning.")


def _analyses():
    q1s, q1e = _span(T1, "The killing of Soleimani was a cowardly crime")
    q2s, q2e = _span(T1, "We will take revenge")
    a1 = _article("a1", "Tehran Daily", T1, entities=(
        _ent(T1, "e1", "Qassem Soleimani", "PERSON", "Qassem Soleimani", "Soleimani"),
        _ent(T1, "e2", "Hossein Salami", "PERSON", "Hossein Salami"),
        _ent(T1, "e3", "Kerman", "GPE", "Kerman"),
        _ent(T1, "e4", "IRGC", "ORG", "IRGC")),
        quotes=(
            Quote("q1", "indirect", q1s, q1e, Span(*_span(T1, "said", 1)),
                  Speaker("e2", "Hossein Salami", *_span(T1, "Hossein Salami"))),
            Quote("q2", "direct", q2s, q2e, Span(*_span(T1, "said", 2)),
                  Speaker("e2", "Hossein Salami", *_span(T1, "Salami", 1)),
                  (Via(None, "Tasnim"),))),
        framing=(Framing(*_span(T1, "killing"), "event_word", None),
                 Framing(*_span(T1, "cowardly"), "loaded_language", "q1")),
        events=(Event("v1", "ASSAULT", Span(*_span(T1, "killing")), (), ("e1",), None,
                      "2020-01-03", "reported", "q1"),),
        timexes=(Timex(*_span(T1, "Tuesday"), "DATE", "2020-01-07"),))
    a2 = _article("a2", "Gulf Courier", T2, entities=(
        _ent(T2, "e1", "Qasem Soleimani", "PERSON", "Qasem Soleimani", "Soleimani"),
        _ent(T2, "e2", "Kerman", "GPE", "Kerman")),
        framing=(Framing(*_span(T2, "assassinated"), "event_word", None),
                 Framing(*_span(T2, "terrorist regime"), "name_calling", None)),
        events=(Event("v1", "ASSAULT", Span(*_span(T2, "assassinated")), (), ("e1",), None,
                      "2020-01-03", "asserted", None),),
        timexes=(Timex(*_span(T2, "Tuesday"), "DATE", "2020-01-07"),
                 Timex(*_span(T2, "1994"), "DATE", "1994")))
    q3s, q3e = _span(T3, "The death toll rose to 64")
    a3 = _article("a3", "Wire Service", T3, pub=dt.date(2020, 1, 10), entities=(
        _ent(T3, "e1", "Soleimani", "PERSON", "Soleimani"),),
        quotes=(Quote("q1", "indirect", q3s, q3e, Span(*_span(T3, "told")),
                      Speaker(None, "an emergency official", *_span(T3, "an emergency official")),
                      (Via(None, "Reuters"),)),),
        framing=(Framing(*_span(T3, "assassination"), "event_word", None),),
        timexes=(Timex(*_span(T3, "January 3"), "DATE", "2020-01-03"),))
    return [a1, a2, a3]


def test_conflicting_tolls_with_who_said_them():
    d = K.compare_analyses(_analyses(), story_id="s1")
    killed = next(c for c in d["conflicts"] if c["about"] == "people killed")
    vals = {v["value"]: v for v in killed["values"]}
    assert set(vals) == {"32", "At least 56", "64"}
    assert vals["32"]["articles"] == ["a2"] and vals["32"]["said_by"] == ["Gulf Courier"]
    assert vals["64"]["said_by"] == ["an emergency official via Reuters"]
    # one figure for injuries only: no conflict about it
    assert all(c["about"] != "people injured" for c in d["conflicts"])


def test_contract_keys_and_cross_document_entities():
    d = K.compare_analyses(_analyses(), story_id="s1")
    for key in ("id", "title", "articles", "outlets", "languages", "entities", "conflicts"):
        assert key in d
    json.dumps(d)
    sol = next(e for e in d["entities"] if "Soleimani" in e["name"])
    assert {"Qassem Soleimani", "Qasem Soleimani", "Soleimani"} <= set(sol["aliases"])
    assert sol["articles"] == ["a1", "a2", "a3"]


def test_per_outlet_words_voice_background_sources():
    d = K.compare_analyses(_analyses(), story_id="s1")
    cov = {r["article"]: r for r in d["coverage"]}
    assert cov["a1"]["event_words"] == ["killing"]
    assert cov["a2"]["event_words"] == ["assassinated"]
    assert {w["word"] for w in d["event_words"]} == {"killing", "assassinated", "assassination"}
    l1, l2 = cov["a1"]["loaded_language"][0], cov["a2"]["loaded_language"][0]
    assert (l1["text"], l1["voice"], l1["speaker"]) == ("cowardly", "quoted", "Hossein Salami")
    assert (l2["text"], l2["voice"]) == ("terrorist regime", "outlet")
    assert cov["a2"]["background"] == [
        "Soleimani, who was assassinated by the terrorist regime in Washington, was linked "
        "to the 1994 Buenos Aires bombing."]
    assert cov["a3"]["background"] == []  # January 3 is not 30 days back
    assert {"speaker": "Hossein Salami", "via": ["Tasnim"], "quotes": 1} in cov["a1"]["sources"]
    assert "quotes Hossein Salami" in cov["a1"]["only_here"]
    # two of the others report an ASSAULT on Soleimani; the wire story does not
    assert "ASSAULT Qasem Soleimani" in cov["a3"]["omits"] or \
        "ASSAULT Qassem Soleimani" in cov["a3"]["omits"]


def test_figures_reader():
    got = [(f.text, f.value, f.category) for f in figures(
        "Dozens were hurt. At least 32 people were killed, 190 injured and police arrested "
        "twelve. Le bilan s'élève à 64 morts. Mindestens 50 Tote. 2,000 protesters marched "
        "in 2020. وأصيب 11 راكبا")]
    assert got == [("At least 32", 32, "people killed"), ("190", 190, "people injured"),
                   ("twelve", 12, "people arrested"), ("64", 64, "people killed"),
                   ("Mindestens 50", 50, "people killed"), ("2,000", 2000, "protesters"),
                   ("11", 11, "people injured")]


def test_compare_story_through_store_with_copies(tmp_path):
    from newsprism.store.db import Store
    items = _analyses()
    copy = _article("a4", "Reprint Weekly", T2 + " Schools were closed on Wednesday.",
                    pub=dt.date(2020, 1, 10))
    with Store(tmp_path / "c.db") as s:
        for a in [*items, copy]:
            s.add(a)
            s.set_story(a.article.id, "s1", copy_of="a2" if a is copy else None)
        s.upsert_story("s1", "Kerman stampede")
        d = K.compare_story(s, "s1")
    assert d["title"] == "Kerman stampede" and len(d["articles"]) == 4
    cov = {r["article"]: r for r in d["coverage"]}
    assert cov["a2"]["copies"] == ["a4"] and cov["a4"]["copy_of"] == "a2"
    assert cov["a4"]["copy_diff"]["added"] == ["Schools were closed on Wednesday."]
    text = K.compare_text(d)
    assert "people killed: 32" in text and "copy of a2" in text


def test_unknown_story_is_not_found(tmp_path):
    from newsprism.errors import NotFound
    from newsprism.store.db import Store
    with Store(tmp_path / "c.db") as s, pytest.raises(NotFound):
        K.compare_story(s, "nope")


def test_story_event_words_keep_the_main_event_types():
    # Two reports tell the raid (ASSAULT); one also says who "asked" for a halt (REQUEST):
    # the story-level list names the raid, the article's own row keeps every word.
    texts = ("Raid on Dera depot\nAn air raid hit the Dera fuel depot on Monday.",
             "Depot bombed\nJets bombed the Dera depot. The mayor asked for calm.")
    items = []
    for i, (text, pairs) in enumerate(zip(texts, ((("raid", "ASSAULT"),),
                                                  (("bombed", "ASSAULT"),
                                                   ("asked", "REQUEST"))))):
        items.append(_article(f"r{i}", f"Outlet {i}", text, framing=tuple(
            Framing(*_span(text, w), "event_word", None)
            for w, _ in pairs), events=tuple(
            Event(f"v{j}", t, Span(*_span(text, w)),
                  (), (), None, None, "asserted", None) for j, (w, t) in enumerate(pairs))))
    d = K.compare_analyses(items, story_id="s2")
    assert {w["word"] for w in d["event_words"]} == {"raid", "bombed"}
    assert next(r for r in d["coverage"] if r["article"] == "r1")["event_words"] == \
        ["bombed", "asked"]
