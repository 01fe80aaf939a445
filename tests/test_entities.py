"""The entities stage: the seed article through the pipeline, types corrected in context, the
fallback for languages without NER, robustness on any script, and speed against bare spaCy."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze import nlp
from newsprism.analyze.coref import Coref
from newsprism.analyze.entities import entities_stage, find_entities
from newsprism.analyze.pipeline import Pipeline
from newsprism.analyze.structure import structure_stage
from newsprism.records import ENTITY_TYPES, Article

SEED_PUBLISHED = dt.date(2020, 2, 13)


@pytest.fixture(scope="module")
def seed(pipeline, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    return pipeline.analyze(Article("seed", text, language="en"), SEED_PUBLISHED)


@pytest.fixture(scope="module")
def entities_only():
    return Pipeline([structure_stage, entities_stage])


def _holding(a, surface: str):
    """Every entity with a mention whose text is exactly ``surface``."""
    return [e for e in a.entities if any(a.text[m.start:m.end] == surface for m in e.mentions)]


def _one(a, surface: str):
    hits = _holding(a, surface)
    assert len(hits) == 1, (surface, [e.name for e in hits])
    return hits[0]


def _forms(a, e) -> list[str]:
    return [a.text[m.start:m.end] for m in e.mentions]


# ---------------------------------------------------------------- the seed article

def test_seed_soleimani_is_one_person_with_every_form(seed):
    e = _one(seed, "Qassem Soleimani")
    assert e.type == "PERSON" and e.name == "Qassem Soleimani"
    forms = _forms(seed, e)
    for f in ("Qassem Soleimani", "Soleimani", "commander Soleimani", "The 61-year-old father of five",
              "he", "He"):
        assert f in forms, f
    assert any("Quds Force top commander" in f for f in forms)
    assert {m.kind for m in e.mentions} == {"name", "nominal", "pronoun"}
    for f in forms:  # nothing that is someone else
        assert "Soleimani" in f or f in ("he", "He") or "commander" in f or "father" in f, f
    assert not any(x in f for f in forms for x in ("Sharif", "Muhandis", "Khamenei", "spokesman"))


def test_seed_spokesman_is_sharif(seed):
    e = _one(seed, "Ramezan Sharif")
    assert e.type == "PERSON"
    assert "the spokesman for the elite Revolutionary Guards" in _forms(seed, e)


def test_seed_types_and_merges(seed):
    assert _one(seed, "Tasnim").type == "ORG"
    us = _one(seed, "U.S.")
    assert us.type == "GPE" and "Americans" in _forms(seed, us)
    assert "American forces" in _forms(seed, us)
    idf = _one(seed, "IDF")
    assert idf.type == "ORG" and "Israel Defense Forces" in _forms(seed, idf)
    for name in ("Abu Mahdi al-Muhandis", "Ali Khamenei"):
        assert _one(seed, name).type == "PERSON"
    assert _one(seed, "Revolutionary Guards").type == "ORG"
    assert _one(seed, "Baghdad").type == "GPE"
    assert _one(seed, "Iran’s supreme leader") is _one(seed, "Ali Khamenei")
    assert _one(seed, "Iraqi militia commander") is _one(seed, "Abu Mahdi al-Muhandis")


def test_seed_headline_words_are_not_people(seed):
    for e in seed.entities:
        for f in _forms(seed, e):
            assert "Say" not in f and "Liberation" not in f, (e.name, f)
    people = {e.name for e in seed.entities if e.type == "PERSON"}
    assert people == {"Qassem Soleimani", "Ramezan Sharif", "Abu Mahdi al-Muhandis", "Ali Khamenei"}


def test_seed_output_shape(seed):
    assert [e.id for e in seed.entities] == [f"e{k}" for k in range(1, len(seed.entities) + 1)]
    firsts = [e.mentions[0].start for e in seed.entities]
    assert firsts == sorted(firsts)
    spans = [(m.start, m.end) for e in seed.entities for m in e.mentions]
    assert len(spans) == len(set(spans))
    for e in seed.entities:
        assert e.type in ENTITY_TYPES and e.type not in ("DATE", "CARDINAL")
        assert e.name.strip() == e.name and e.name
        assert all(0 <= m.start < m.end <= len(seed.text) for m in e.mentions)


# ---------------------------------------------------------------- datelines

DATELINES = [
    "KORVASH — Workers at the Korvash shipyard walked out on Tuesday, their union said.\n\n"
    "The strike began after wage talks failed, said Mira Talbot, who leads the union. "
    "She said the yard would stay shut.",
    "PELLINOR (Reuters) — Rescue teams pulled two survivors from a collapsed school on Monday, "
    "officials said.\n\n\"We are still searching,\" said Tomas Varga, the regional governor.",
    "Dock strike spreads\n\nHALBRECK, March 3 (AP) — Dockers, who have not been paid for months, "
    "joined the walkout on Friday, a spokesman said.",
]


@pytest.mark.parametrize("text", DATELINES)
def test_dateline_place_is_a_place_linked_to_nothing_after_it(entities_only, text):
    a = entities_only.analyze(Article("dl", text, language="en"))
    line = next(b for b in a.blocks if b.kind == "dateline")
    place = text[line.start:line.end].split(" ")[0].strip(",")
    e = _one(a, place)
    assert e.type in ("GPE", "LOC"), (place, e.type)
    for m in e.mentions:  # only the place's own name, never "Workers" or a pronoun
        assert m.kind == "name" and text[m.start:m.end].lower() == place.lower(), text[m.start:m.end]
    assert e.name == place.title() or e.name == place
    for ent in a.entities:
        if ent.type == "PERSON":
            assert all(not (line.start <= m.start < line.end) for m in ent.mentions), ent.name


def test_dateline_agency_is_an_organisation(entities_only):
    a = entities_only.analyze(Article("dl", DATELINES[1], language="en"))
    assert _one(a, "Reuters").type == "ORG"


def test_dateline_region_is_a_place_and_the_date_is_not(entities_only):
    t = ("LORSK, Estavia, Jan. 9 (Northern Wire) — Estavia's grid operator cut power to three "
         "districts on Sunday, a spokeswoman said.")
    a = entities_only.analyze(Article("dl", t, language="en"))
    assert _one(a, "Estavia").type == "GPE" and _one(a, "LORSK").type == "GPE"
    assert _one(a, "Northern Wire").type == "ORG"
    assert not _holding(a, "Jan. 9") and not _holding(a, "Jan")


def test_a_speaker_the_tagger_missed_is_still_a_person(entities_only):
    t = ("VALMORA — Workers at the Valmora port walked out on Tuesday, the union said.\n\n"
         "The strike began after talks failed, said Ana Ruiz, a union leader. She said the "
         "workers would stay out.")
    a = entities_only.analyze(Article("untagged", t, language="en"))
    ruiz = _one(a, "Ana Ruiz")
    assert ruiz.type == "PERSON" and {"She", "a union leader"} <= set(_forms(a, ruiz))
    assert _one(a, "VALMORA").type == "GPE"


def test_dateline_place_is_not_the_pronouns_antecedent(entities_only):
    a = entities_only.analyze(Article("dl", DATELINES[0], language="en"))
    she = _holding(a, "She")
    assert not she or she[0].type == "PERSON"


# ---------------------------------------------------------------- types corrected in context

TYPES = """Talks Collapse in Geneva

Omid Rahimi said on Friday that the talks had failed, the Kavir news agency reported. Kavir quoted him as saying that the delegation would return home.

State television IRINN showed the delegation leaving the hotel. Rahimi, the deputy foreign minister, did not take questions.

The Iranians blamed Washington. Iranian diplomats said the Americans had changed their demands at the last minute.
"""


def test_types_corrected_in_context(entities_only):
    a = entities_only.analyze(Article("types", TYPES, language="en"))
    rahimi = _one(a, "Omid Rahimi")
    assert rahimi.type == "PERSON"
    assert {"Rahimi", "the deputy foreign minister", "him"} <= set(_forms(a, rahimi))
    assert _one(a, "Kavir").type == "ORG"
    assert _one(a, "Iranians") is _one(a, "Iranian diplomats")
    assert _one(a, "Iranians").type == "GPE" and _one(a, "Iranians").name == "Iran"
    assert _one(a, "Americans").name == "United States"
    assert _one(a, "Washington") is not _one(a, "Americans")  # the city is its own place


# ---------------------------------------------------------------- other languages

FRENCH = """L'Iran promet de venger Soleimani

Le porte-parole des Gardiens de la révolution, Ramezan Sharif, a déclaré jeudi que la mort du général Qassem Soleimani mènerait à la libération de Jérusalem, selon l'agence Tasnim.

Soleimani a été tué le 3 janvier à Bagdad avec Abou Mahdi al-Mouhandis. Selon Sharif, les Américains paieront.
"""
GERMAN = """Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron. Die Gespräche dauerten drei Stunden.

Scholz sagte, die Zusammenarbeit sei eng. Macron lobte die Regierung.
"""
ARABIC = "قال المتحدث باسم الحرس الثوري إن اغتيال قاسم سليماني في بغداد سيؤدي إلى تحرير القدس. وأضاف أن إيران لن تنسى."


def test_french_fallback_groups_by_surname(entities_only):
    a = entities_only.analyze(Article("fr", FRENCH, language="fr"))
    sol = _one(a, "Qassem Soleimani")
    assert sol.type == "PERSON" and _forms(a, sol).count("Soleimani") == 2
    assert _one(a, "Sharif") is _one(a, "Ramezan Sharif")
    assert _one(a, "Iran").type == "GPE"
    assert _one(a, "Tasnim").type == "ORG"
    assert _one(a, "Abou Mahdi al-Mouhandis").type == "PERSON"
    assert not _holding(a, "Selon Sharif") and not _holding(a, "Le")


def test_german_titles_and_capitalised_nouns(entities_only):
    a = entities_only.analyze(Article("de", GERMAN, language="de"))
    assert _one(a, "Olaf Scholz") is _one(a, "Scholz") and _one(a, "Olaf Scholz").type == "PERSON"
    assert _one(a, "Emmanuel Macron") is _one(a, "Macron")
    assert not _holding(a, "Regierung") and not _holding(a, "Gespräche")


def test_arabic_script_gazetteer(entities_only):
    a = entities_only.analyze(Article("ar", ARABIC, language="ar"))
    assert _one(a, "بغداد").type == "GPE" and _one(a, "إيران").type == "GPE"


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_fallback_never_crashes_and_spans_hold(text):
    for e in find_entities(nlp.load("fr")(text), text, (), "fr"):
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start:m.end].strip()


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "...", "“”", "'", "He said it.",
                                  "ИРАН заявил. Тегеран ответил.", "伊朗革命卫队发言人周四表示。",
                                  "A" * 50, "U.S. U.S. U.S.", "(IDF) (IDF)", "the the the",
                                  "Mr. Mr. Mr.", "\"He\" 'she' «it»"])
def test_odd_english_inputs_do_not_crash(text):
    doc = nlp.load("en")(text)
    for e in find_entities(doc, text):
        assert e.mentions and all(0 <= m.start < m.end <= len(text) for m in e.mentions)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab Cd.\n\"'’-,ÉéسقIt he She They US")), max_size=120))
def test_english_stage_never_crashes(text):
    doc = nlp.load("en")(text)
    seen = set()
    for e in find_entities(doc, text):
        for m in e.mentions:
            assert (m.start, m.end) not in seen
            seen.add((m.start, m.end))


# ---------------------------------------------------------------- speed

def test_entities_cost_little_next_to_spacy(seed_path):
    """All stages together should add < 25% to bare spaCy; this one stays well under that."""
    text = seed_path.read_text(encoding="utf-8")
    long_text = "\n\n".join([text] * 8)
    en = nlp.load("en")
    t0 = time.perf_counter()
    doc = en(long_text)
    parse = time.perf_counter() - t0
    mine = []
    for _ in range(3):  # best of three: the machine is shared, a blowup shows in all of them
        t0 = time.perf_counter()
        ents = find_entities(doc, long_text)
        mine.append(time.perf_counter() - t0)
    assert ents and min(mine) < 0.25 * parse, (mine, parse)


# ---------------------------------------------------------------- a gate on real news (proxy)

PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "his", "their", "its"}


def _sources(path):
    """(start, end) of every Source span in one PolNeAR brat file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[1].startswith("Source "):
            offs = parts[1].split(" ", 1)[1].split(";")
            yield int(offs[0].split()[0]), int(offs[-1].split()[1])


def test_polnear_dev_sources_land_in_entities(shared_dir, entities_only):
    """PolNeAR has no coreference gold, so this gates coverage, not correctness: named sources
    (short capitalised spans) and pronoun sources of every 4th dev article must be mentions of
    some entity. Measured 0.957 / 0.824 when pinned; a hand check of linked pronouns found about
    four in five pointing at the right person (see the entities report)."""
    dev = shared_dir / "eval" / "polnear" / "dev"
    anns: dict[str, object] = {}
    for f in sorted((dev / "attributions").glob("*.ann")):
        anns.setdefault(f.name.rsplit("_", 1)[0], f)
    picked = sorted(anns.items())[::4]
    arts = [Article(b, (dev / "text" / f"{b}.txt").read_text(encoding="utf-8"), language="en")
            for b, _ in picked]
    found = {"name": [0, 0], "pronoun": [0, 0]}
    for (_, ann), a in zip(picked, entities_only.analyze_many(arts)):
        co = Coref(a.entities)
        for s, e in _sources(ann):
            surface = a.text[s:e]
            words = surface.split()
            if surface.lower() in PRONOUNS:
                kind = "pronoun"
            elif surface[:1].isupper() and words[0].lower() not in ("the", "a", "an") and len(words) <= 4:
                kind = "name"
            else:
                continue
            found[kind][0] += 1
            found[kind][1] += co.entity_at(s, e) is not None
    assert found["name"][0] > 200 and found["pronoun"][0] > 80
    assert found["name"][1] / found["name"][0] >= 0.90, found
    assert found["pronoun"][1] / found["pronoun"][0] >= 0.75, found
