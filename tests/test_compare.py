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


def test_tolls_with_who_said_them_bounds_and_updates():
    d = K.compare_analyses(_analyses(), story_id="s1")
    killed = next(g for g in d["figures"] if g["about"] == "people killed")
    vals = {v["value"]: v for v in killed["values"]}
    assert set(vals) == {"32", "at least 56", "64"}
    assert vals["32"]["articles"] == ["a2"] and vals["32"]["said_by"] == ["emergency services"]
    assert vals["at least 56"]["as_written"] == ["At least 56"]
    assert vals["64"]["said_by"] == ["an emergency official via Reuters"]
    # the emergency services' 32 became their 64 a day later: an update, not a dispute;
    # "at least 56" fits 64, so nothing here is a conflict
    assert vals["32"]["superseded_by"] == "64"
    assert killed["status"] == "updated" and d["conflicts"] == []
    # values in the order they were first reported
    assert [v["first_reported"] for v in killed["values"]] == sorted(
        v["first_reported"] for v in killed["values"])
    assert all(g["about"] != "people injured" or g["status"] == "agree" for g in d["figures"])


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
    # every event word here tells the killing of January 3, four days before the story's
    # day (the stampede of January 7); with nothing else to show, the table keeps them
    assert {w["word"] for w in d["event_words"]} == {"killing", "assassinated", "assassination"}
    l1, l2 = cov["a1"]["loaded_language"][0], cov["a2"]["loaded_language"][0]
    assert (l1["text"], l1["voice"], l1["speaker"]) == ("cowardly", "quoted", "Hossein Salami")
    assert (l2["text"], l2["voice"]) == ("terrorist regime", "outlet")
    assert cov["a2"]["background"] == [
        "Soleimani, who was assassinated by the terrorist regime in Washington, was linked "
        "to the 1994 Buenos Aires bombing."]
    assert cov["a3"]["background"] == []  # January 3 is not 30 days back
    assert {"speaker": "Hossein Salami", "via": ["Tasnim"], "quotes": 1, "figures": 0} in \
        cov["a1"]["sources"]
    # a source named only for a figure is a source too
    assert {"speaker": "state television", "via": [], "quotes": 0, "figures": 1} in \
        cov["a1"]["sources"]
    assert "quotes Hossein Salami" in cov["a1"]["only_here"]
    # two of the others report an ASSAULT on Soleimani; the wire story does not
    assert "ASSAULT Qasem Soleimani" in cov["a3"]["omits"] or \
        "ASSAULT Qassem Soleimani" in cov["a3"]["omits"]


def test_figures_reader():
    got = [(f.text, f.value, f.category, f.bound) for f in figures(
        "Dozens were hurt. At least 32 people were killed, 190 injured and police arrested "
        "twelve. Le bilan s'élève à 64 morts. Mindestens 50 Tote. 2,000 protesters marched "
        "in 2020. وأصيب 11 راكبا")]
    assert got == [("Dozens", 24, "people injured", "vague"),
                   ("At least 32", 32, "people killed", "at_least"),
                   ("190", 190, "people injured", "exact"),
                   ("twelve", 12, "people arrested", "exact"),
                   ("64", 64, "people killed", "exact"),
                   ("Mindestens 50", 50, "people killed", "at_least"),
                   ("2,000", 2000, "protesters", "exact"),
                   ("11", 11, "people injured", "exact")]


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Twenty-three people died and about 1,200 were evacuated; nearly 70 are missing.",
     [(23, "exact", "people killed"), (1200, "about", "people displaced"),
      (70, "nearly", "people missing")]),
    ("en", "The toll may be as high as 64. Hundreds of thousands of protesters marched. "
           "He died due to his injuries. 2.5 million people were displaced.",
     [(64, "up_to", "people killed"), (200_000, "vague", "protesters"),
      (2_500_000, "exact", "people displaced")]),
    ("fr", "Plus de 3 200 personnes ont été évacuées, vingt-trois morts et quatre-vingts "
           "blessés ; deux mille manifestants.",
     [(3200, "more_than", "people displaced"), (23, "exact", "people killed"),
      (80, "exact", "people injured"), (2000, "exact", "protesters")]),
    ("de", "Mindestens 1.200 Menschen kamen ums Leben, dreiundzwanzig Kinder wurden verletzt, "
           "1,5 Millionen vertrieben.",
     [(1200, "at_least", "people killed"), (23, "exact", "people injured"),
      (1_500_000, "exact", "people displaced")]),
    ("es", "Al menos cincuenta muertos y unas 1.200 personas evacuadas.",
     [(50, "at_least", "people killed"), (1200, "about", "people displaced")]),
    ("it", "Almeno trentadue morti, 1.200 feriti e sei bambini uccisi.",
     [(32, "at_least", "people killed"), (1200, "exact", "people injured"),
      (6, "exact", "people killed")]),
    ("tr", "50'den fazla kişi hayatını kaybetti, 200'ü aşkın kişi yaralandı. Otuz iki kişi öldü.",
     [(50, "more_than", "people killed"), (200, "more_than", "people injured"),
      (32, "exact", "people killed")]),
    ("el", "Τουλάχιστον 32 νεκροί και τριάντα δύο τραυματίες.",
     [(32, "at_least", "people killed"), (32, "exact", "people injured")]),
    ("ar", "لقي 32 شخصاً على الأقل حتفهم، وقال إن عدد المصابين تجاوز ١٬٢٠٠ شخص. "
           "اثنان وثلاثون قتيلا وعشرات الجرحى.",
     [(32, "at_least", "people killed"), (1200, "more_than", "people injured"),
      (32, "exact", "people killed"), (24, "vague", "people injured")]),
    ("fa", "دست کم ۱۷۶ نفر کشته شدند و سی و دو نفر زخمی.",
     [(176, "at_least", "people killed"), (32, "exact", "people injured")]),
    ("fr", "Mille morts et des dizaines de blessés.",
     [(1000, "exact", "people killed"), (24, "vague", "people injured")]),
    ("it", "Duemila sfollati e trecento feriti, decine di morti.",
     [(2000, "exact", "people displaced"), (300, "exact", "people injured"),
      (24, "vague", "people killed")]),
    ("es", "Más de dos mil desplazados y trescientos heridos.",
     [(2000, "more_than", "people displaced"), (300, "exact", "people injured")]),
    ("tr", "İki bin kişi tahliye edildi, üç yüz kişi yaralandı.",
     [(2000, "exact", "people displaced"), (300, "exact", "people injured")]),
    ("ur", "کم از کم 50 افراد ہلاک، 50 سے زائد زخمی",
     [(50, "at_least", "people killed"), (50, "more_than", "people injured")]),
])
def test_figures_in_ten_languages(lang, text, want):
    """Spelled numbers, digit systems, separators and bounds, each in its own language."""
    assert [(f.value, f.bound, f.category) for f in figures(text, lang)] == want


def test_numbers_of_one_language_are_words_of_another():
    # "due" is two in Italian, "on" ten in Turkish, "sei" six: not in English text
    assert figures("He died due to injuries on Monday; sei killed", "en") == []
    assert figures("The toll rose to 56 in 12 hours, and 12 days later", "en")[0].value == 56
    assert len(figures("The toll rose to 56 in 12 hours, and 12 days later", "en")) == 1
    assert figures("An earthquake of magnitude 5,9 killed nobody", "de") == []
    # numbers that name things or times count nobody
    for text in ("Flight 752 crashed shortly after takeoff, killing all 176 people on board.",
                 "The Boeing 737 came down at 6:12, killing 176.",
                 "Flight PS752 crashed 12 days ago, killing 176."):
        assert [f.value for f in figures(text, "en")] == [176], text
    # a comma ends a number's phrase unless only who is counted stands before it
    assert [(f.value, f.category) for f in figures("Only 3 survived, 40 died.", "en")] == \
        [(40, "people killed")]
    assert [f.value for f in figures("56 people, mostly children, were killed.", "en")] == [56]


def test_who_is_counted_in_arabic_script():
    # "و12 طفلا": Arabic glues "and" to the number; "زندانی" (prisoner) is not "زن" (woman)
    assert [(f.value, f.about) for f in figures(
        "لقي 32 شخصاً على الأقل حتفهم و12 طفلا قتلوا", "ar")] == [
        (32, "people killed"), (12, "children killed")]
    assert [(f.value, f.about) for f in figures(
        "۱۲ زندانی کشته شدند و ۵ زن کشته", "fa")] == [
        (12, "people killed"), (5, "women killed")]


def test_bounds_decide_what_conflicts():
    from newsprism.corpus.figures import Figure, compatible
    f = lambda v, b="exact", hi=None: Figure(0, 1, v, str(v), "people killed", b, "people", hi)
    assert compatible(f(50, "at_least"), f(56))          # a lower bound of 50 fits 56
    assert not compatible(f(56, "more_than"), f(56))     # "more than 56" is not 56
    assert compatible(f(60, "about"), f(56)) and not compatible(f(50, "about"), f(56))
    assert compatible(f(60, "nearly"), f(56)) and not compatible(f(64, "up_to"), f(56))
    assert compatible(f(24, "vague", 99), f(56))         # "dozens"


def test_source_keys_join_one_institution_across_languages():
    key = K.source_key
    assert key("Iranian state television") == key("State television") == \
        key("la televisión estatal iraní") == key("İran devlet televizyonunun") == \
        key("التلفزيون الرسمي الإيراني")
    assert key("ministère de la Santé") == key("Gesundheitsministerium") == \
        key("وزارة الصحة") == key("the health ministry")
    assert key("the police") != key("the health ministry")
    assert key("Hossein Salami") == key("Hosein Salami")


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
    assert "copy of a2" in text
    assert "> 2020-01-09 32 - emergency services [a2, a4]; revised by the same source to 64" \
        in text


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


# --- a story through the whole pipeline and the command line ------------------------------
# Five reports of one (invented) ferry disaster in five languages, over two days: the police's
# early "at least 32", the health ministry's 56 revised to 60 the next day, a rights group's 64.
FERRY = [
    ("ferry-harbor-wire", "Harbor Wire", "en", "2021-03-14", "Ferry capsizes on Lake Varna",
     "PORT ARDEL — At least 32 people were killed when an overcrowded ferry capsized on Lake "
     "Varna on Sunday morning, police said.\n\nRescue boats pulled survivors from the cold "
     "water for hours. Dozens of passengers are still missing, according to the coast guard."),
    ("ferry-le-journal", "Le Journal", "fr", "2021-03-14", "Naufrage sur le lac Varna : 56 morts",
     "PORT ARDEL — Le naufrage d'un ferry sur le lac Varna a fait 56 morts dimanche, selon le "
     "ministère de la Santé.\n\nPlus de 1 200 personnes ont été évacuées des villages de la "
     "rive nord. Les secours cherchaient encore des disparus en soirée."),
    ("ferry-tagesblatt", "Tagesblatt", "de", "2021-03-15", "Fährunglück auf dem Varna-See",
     "PORT ARDEL — Bei dem Fährunglück auf dem Varna-See sind nach Angaben der "
     "Menschenrechtsgruppe Ardel Rights Watch 64 Menschen ums Leben gekommen. Das "
     "Gesundheitsministerium sprach am Montag von 56 Toten.\n\nDie Fähre war für 150 "
     "Passagiere zugelassen, hatte aber mehr als 300 an Bord."),
    ("ferry-al-sharq", "الشرق", "ar", "2021-03-15", "ارتفاع حصيلة غرق العبارة في بحيرة فارنا",
     "بورت أرديل — قالت وزارة الصحة يوم الاثنين إن حصيلة غرق العبارة في بحيرة فارنا "
     "ارتفعت إلى ٦٠ قتيلاً.\n\nوأضافت الوزارة أن عشرات الجرحى ما زالوا في المستشفيات."),
    ("ferry-el-sur", "El Sur", "es", "2021-03-15", "Tragedia en el lago Varna",
     "PORT ARDEL — Al menos cincuenta personas murieron en el naufragio del transbordador en "
     "el lago Varna, informó la policía local. Unas 1.200 personas fueron evacuadas."),
]


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory):
    from newsprism.api import analyze_text
    from newsprism.store.db import Store
    path = tmp_path_factory.mktemp("ferry") / "ferry.db"
    with Store(path) as s:
        for aid, outlet, lang, pub, title, text in FERRY:
            s.add(analyze_text(text, published=pub, outlet=outlet, language=lang, title=title,
                               id=aid))
            s.set_story(aid, "s-ferry", copy_of=None)
        s.upsert_story("s-ferry", "Ferry capsizes on Lake Varna")
    return path


def test_ferry_story_json_lists_every_figure_with_its_source(ferry_db, capsys):
    from newsprism.cli import main
    assert main(["story", "s-ferry", "--db", str(ferry_db), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    killed = next(c for c in d["conflicts"] if c["about"] == "people killed")
    vals = {v["value"]: v for v in killed["values"]}
    assert {"at least 32", "56", "60", "64", "at least 50"} <= set(vals)
    # time order: Sunday's figures before Monday's
    firsts = [v["first_reported"] for v in killed["values"]]
    assert firsts == sorted(firsts) and vals["at least 32"]["first_reported"] == "2021-03-14"
    assert "police" in vals["at least 32"]["said_by"][0].lower()
    # lower bounds fit the larger counts: no disagreement for "at least 32" or "at least 50"
    assert vals["at least 32"]["disagrees_with"] == [] == vals["at least 50"]["disagrees_with"]
    # the ministry's 56 (in French and German) became its 60: an update, not a dispute
    assert set(vals["56"]["articles"]) == {"ferry-le-journal", "ferry-tagesblatt"}
    assert vals["56"]["superseded_by"] == "60" and vals["56"]["disagrees_with"] == []
    # the rights group's 64 against the ministry's latest 60 is the conflict
    assert vals["64"]["disagrees_with"] == ["60"] and vals["60"]["disagrees_with"] == ["64"]
    assert vals["64"]["articles"] == ["ferry-tagesblatt"]
    assert vals["60"]["as_written"] == ["٦٠"]
    # "Plus de 1 200" (fr) and "Unas 1.200" (es) are one count, read right in each language
    moved = next(g for g in d["figures"] if g["about"] == "people displaced")
    assert moved["status"] == "agree" and {v["number"] for v in moved["values"]} == {1200}
    for key in ("id", "title", "articles", "outlets", "languages", "entities", "conflicts"):
        assert key in d
    cov = {r["article"]: r for r in d["coverage"]}
    # Sunday's report cannot leave out what was first published on Monday
    assert not any("2021-03-15" in x for x in cov["ferry-harbor-wire"]["omits"])
    # the German report names the ministry only for its figure: it still cites it
    assert not any("ministère" in x or "وزارة" in x for x in cov["ferry-tagesblatt"]["omits"])
    fig = next(f for f in cov["ferry-al-sharq"]["figures"] if f["about"] == "people killed")
    assert (fig["number"], fig["value"], fig["speaker"]) == (60, "٦٠", "وزارة الصحة")
    # every source of a value points at the figure in its article's text
    texts = {aid: text for aid, *_rest, text in FERRY}
    for v in killed["values"]:
        for src in v["sources"]:
            assert texts[src["article"]][src["start"]:src["end"]] in v["as_written"]


def test_ferry_story_text_reads_as_a_timeline_of_figures(ferry_db, capsys):
    from newsprism.cli import main
    assert main(["story", "s-ferry", "--db", str(ferry_db)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    i = lines.index("  people killed [conflict]")
    block = lines[i + 1:i + 6]
    assert "2021-03-14 at least 32 - police [ferry-harbor-wire]" in block[0]
    assert any("revised by the same source to 60" in x for x in block)
    assert any(x.lstrip().startswith("! 2021-03-15 64") and "disagrees with 60" in x
               for x in block)


def test_background_figures_and_words_stay_out_of_the_story_level():
    # Two reports of a bus crash on 2022-05-10; one recalls a 2019 crash with another toll
    # and the missile strike of last week: context, not a rival figure or the event's name.
    t1 = ("Bus crash\nEleven people died when a bus crashed near Doma on Tuesday.\n\n"
          "In 2019, 40 people were killed in a crash on the same road.")
    t2 = ("Doma crash\nA bus crash near Doma killed 11 people on Tuesday, police said.\n\n"
          "A missile strike hit the town last week.")
    pub = dt.date(2022, 5, 11)

    def words(text, pairs):
        return dict(framing=tuple(Framing(*_span(text, w), "event_word", None)
                                  for w, _ in pairs),
                    events=tuple(Event(f"v{i}", t, Span(*_span(text, w)), (), (), None, None,
                                       "asserted", None) for i, (w, t) in enumerate(pairs)
                                 if t))
    a1 = _article("b1", "Doma Post", t1, pub=pub, timexes=(
        Timex(*_span(t1, "Tuesday"), "DATE", "2022-05-10"), Timex(*_span(t1, "2019"), "DATE",
                                                                  "2019")),
        **words(t1, [("crashed", None), ("killed", "ASSAULT")]))
    a2 = _article("b2", "Valley News", t2, pub=pub, timexes=(
        Timex(*_span(t2, "Tuesday"), "DATE", "2022-05-10"),
        Timex(*_span(t2, "last week"), "DATE", "2022-W18")),
        **words(t2, [("crash", None), ("strike", "ASSAULT")]))
    d = K.compare_analyses([a1, a2], story_id="s3")
    killed = next(g for g in d["figures"] if g["about"] == "people killed")
    vals = {v["value"]: v for v in killed["values"]}
    assert set(vals) == {"11", "40"} and vals["40"]["background"] is True
    assert killed["status"] == "agree" and d["conflicts"] == []
    assert set(vals["11"]["articles"]) == {"b1", "b2"}
    # the leads name an untyped crash; "killed" (2019) and "strike" (last week) are
    # background, so the story's words are the crash's
    assert {w["word"] for w in d["event_words"]} == {"crashed", "crash"}


def test_two_countries_state_televisions_are_two_sources():
    # Iraqi state TV's 20 and Iranian state TV's 35 are a dispute between broadcasters;
    # Iranian state TV's own 35 after its 20 would be an update
    t1 = ("Blast in Basra\nThe blast killed 20 people in the port, Iraqi state "
          "television said.")
    t2 = ("Basra blast toll\nThe toll rose to 35 on Wednesday, Iranian state television "
          "said.")
    t3 = ("Explosión en Basora\nLa televisión estatal iraní informó de 20 muertos.")
    ents = lambda t, *names: tuple(_ent(t, f"e{i}", n, "NORP", n) for i, n in enumerate(names))
    a1 = _article("t1", "Gulf Wire", t1, pub=dt.date(2022, 3, 1), entities=ents(t1, "Iraqi"))
    a2 = _article("t2", "Tehran Desk", t2, pub=dt.date(2022, 3, 2), entities=ents(t2, "Iranian"))
    a3 = _article("t3", "El Golfo", t3, lang="es", pub=dt.date(2022, 3, 1))
    d = K.compare_analyses([a1, a2], story_id="s4")
    killed = next(g for g in d["figures"] if g["about"] == "people killed")
    assert killed["status"] == "conflict", killed
    said = {v["value"]: v["said_by"] for v in killed["values"]}
    assert said == {"20": ["Iraqi state television"],
                    "35": ["Iranian state television"]}
    d = K.compare_analyses([a3, a2], story_id="s5")
    killed = next(g for g in d["figures"] if g["about"] == "people killed")
    assert killed["status"] == "updated"
    assert next(v for v in killed["values"] if v["value"] == "20")["superseded_by"] == "35"


def test_percentages_turnout_and_whose_share_of_the_vote():
    got = [(f.value, f.bound, f.about, f.label) for f in figures(
        "The commission said Marek had won 52.4% of the vote. It put turnout at 61%, but "
        "the opposition said turnout was closer to 58% and her share at 49.6%. Oil prices "
        "rose 4%.", "en")]
    assert got == [(52.4, "exact", "share of the vote", "52.4%"),
                   (61, "exact", "turnout", "61%"), (58, "about", "turnout", "about 58%"),
                   (49.6, "exact", "share of the vote", "49.6%")]
    assert [(f.value, f.category) for f in figures(
        "Die Wahlbeteiligung lag bei 61 Prozent. Das Bürgerforum sprach dagegen von 57 "
        "Prozent. Er erhielt 52,4 Prozent der Stimmen.", "de")] == [
        (61, "turnout"), (57, "turnout"), (52.4, "share of the vote")]
    assert [(f.value, f.category) for f in figures(
        "Katılımın yüzde 61 olduğunu açıkladı; oyların %52,4'ünü aldı.", "tr")] == [
        (61, "turnout"), (52.4, "share of the vote")]
    # about 58% is 57..59 points, so it disputes 61% but not 58.5%
    from newsprism.corpus.figures import compatible
    f = {x.value: x for x in figures("turnout was about 58%; turnout of 61%; turnout of "
                                     "58.5%", "en")}
    assert not compatible(f[58], f[61]) and compatible(f[58], f[58.5])


def test_vote_shares_are_per_candidate():
    t1 = ("Vote count\nThe electoral commission said Anton Marek won 52.4% of the vote.")
    t2 = ("Rival count\nThe opposition said Ilona Weiss took 49.6% of the vote.")
    a1 = _article("v1", "Capital Post", t1, entities=(
        _ent(t1, "e1", "Anton Marek", "PERSON", "Anton Marek"),))
    a2 = _article("v2", "Free Voice", t2, entities=(
        _ent(t2, "e1", "Ilona Weiss", "PERSON", "Ilona Weiss"),))
    d = K.compare_analyses([a1, a2], story_id="s6")
    abouts = {g["about"]: g for g in d["figures"]}
    # two candidates' shares are two figures, not a dispute over one
    assert set(abouts) == {"share of the vote: Anton Marek", "share of the vote: Ilona Weiss"}
    assert d["conflicts"] == []
    assert abouts["share of the vote: Anton Marek"]["values"][0]["said_by"] == \
        ["electoral commission"]


def test_a_figure_belongs_to_the_innermost_quote():
    t = ("Count\nMarek claimed victory after the electoral commission said he had won 52.4% "
         "of the vote.")
    outer = Quote("q1", "indirect", *_span(t, "after the electoral commission said he had won "
                                              "52.4%"),
                  Span(*_span(t, "claimed")), Speaker("e1", "Anton Marek", *_span(t, "Marek")))
    inner = Quote("q2", "indirect", *_span(t, "he had won 52.4% of the vote"),
                  Span(*_span(t, "said")),
                  Speaker(None, "the electoral commission", *_span(t, "the electoral commission")))
    a = _article("n1", "Daily", t, quotes=(outer, inner), entities=(
        _ent(t, "e1", "Anton Marek", "PERSON", "Marek"),))
    row = K.compare_analyses([a])["coverage"][0]["figures"][0]
    assert (row["about"], row["said_by"]) == ("share of the vote: Anton Marek",
                                              "the electoral commission")


def _raid_story(linked: bool):
    """One outlet tells one raid with three words (linked by same_as when ``linked``);
    another tells one march with one word."""
    ta = ("Police storm Dera camp\n"
          "Police raided the Dera camp on Monday; the assault lasted an hour.")
    tb = "Dera residents march\nResidents marched through Dera on Tuesday."
    words = ("raided", "storm", "assault")
    evs = tuple(Event(f"v{i}", "ASSAULT", Span(*_span(ta, w)), (),
                      ("e1",) if w == "storm" else (), None, None, "asserted", None,
                      same_as="v0" if linked and i else None)
                for i, w in enumerate(words))
    a = _article("ra", "Outlet A", ta, events=evs,
                 entities=(_ent(ta, "e1", "Dera camp", "LOC", "Dera camp"),),
                 framing=tuple(Framing(*_span(ta, w), "event_word", None) for w in words))
    b = _article("rb", "Outlet B", tb, events=(
        Event("v0", "PROTEST", Span(*_span(tb, "marched")), (), (), None, None, "asserted",
              None),), framing=(Framing(*_span(tb, "marched"), "event_word", None),))
    return K.compare_analyses([a, b], story_id="s3")


def test_an_outlet_counts_happenings_not_mentions():
    d = _raid_story(linked=True)
    cov = {r["article"]: r for r in d["coverage"]}
    [raid] = cov["ra"]["events"]
    assert (raid["id"], raid["mentions"]) == ("v0", 3)
    assert raid["words"] == ["raided", "storm", "assault"]  # the head's word first
    # the target named by the headline's mention belongs to the happening
    assert raid["targets"] == ["Dera camp"] and "ASSAULT Dera camp" in cov["ra"]["includes"]
    # every mention's word is still the outlet's word for the event
    assert sorted(cov["ra"]["event_words"]) == ["assault", "raided", "storm"]
    # one raid against one march: both are the story's event, whatever the words
    assert {w["word"] for w in d["event_words"]} == {"storm", "raided", "assault", "marched"}
    text = K.compare_text(d)
    assert 'happenings: 1 from 3 mentions (ASSAULT 1); told more than once: ' \
        '"raided"/"storm"/"assault"' in text


def test_unlinked_mentions_are_separate_happenings():
    d = _raid_story(linked=False)
    cov = {r["article"]: r for r in d["coverage"]}
    assert [e["mentions"] for e in cov["ra"]["events"]] == [1, 1, 1]
    assert "happenings: 3 (ASSAULT 3)\n" in K.compare_text(d)
    # three raids outnumber one march, which then is not the story's event
    assert "marched" not in {w["word"] for w in d["event_words"]}


def test_a_day_told_as_a_time_is_a_date_of_the_article():
    # 'Wednesday night' is a TIME (2020-02-12TNI) under TimeML; the day it names still dates
    # the article for background, and a clock time with no day does not
    text = "It began on Wednesday night and ended at noon."
    a = Analysis(article=Article(id="t1", text=text), published=dt.date(2020, 2, 13),
                 published_inferred=False, language="en",
                 timexes=(Timex(12, 27, "TIME", "2020-02-12TNI"), Timex(41, 45, "TIME", "T12:00")))
    assert K._date_values(a) == [(12, 27, "2020-02-12TNI")]
