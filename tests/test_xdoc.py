"""Cross-document entities and transliteration keys: one entry per real-world entity across
spellings, scripts and acronyms; surnames join full names; different people stay apart."""
from __future__ import annotations

from newsprism.corpus import names as N
from newsprism.corpus.xdoc import entity_names, names_match, story_entities
from newsprism.records import Analysis, Article, Entity, Mention


def _a(aid, text, ents, lang="en") -> Analysis:
    es = []
    for i, (name, typ, forms) in enumerate(ents):
        ms = []
        for f in forms:
            s = text.index(f)
            ms.append(Mention(s, s + len(f), "name"))
        es.append(Entity(f"e{i}", name, typ, tuple(ms)))
    return Analysis(article=Article(id=aid, text=text, language=lang), published=None,
                    published_inferred=False, language=lang, entities=tuple(es))


def test_transliteration_keys():
    for a, b in [("Qassem Soleimani", "Qasem Soleimani"), ("Qaani", "Ghaani"),
                 ("Qa'ani", "قاآني"), ("Soleimani", "سليماني"), ("Soleimani", "Σουλεϊμανί"),
                 ("Abu Mahdi al-Muhandis", "أبو مهدي المهندس"), ("Baghdad", "ببغداد"),
                 ("Khamenei", "خامنه‌ای"), ("Tehran", "تهران")]:
        assert N.surname_skeleton(a) == N.surname_skeleton(b), (a, b)
    assert N.skeleton("Kerman") != N.skeleton("Tehran")
    assert N.acronym("Islamic Revolution Guards Corps") == "IRGC"
    assert N.name_matches("Sharif", "Ramezan Sharif")  # the first version's contract


def test_name_matching_rules():
    assert names_match("IRGC", "Islamic Revolutionary Guard Corps")
    assert names_match("Revolutionary Guards", "Islamic Revolution Guards Corps")
    assert names_match("Soleimani", "Gen. Qassem Soleimani")
    assert not names_match("Ali", "Ali Khamenei")  # a first name is not a surname
    assert not names_match("Hossein Salami", "Hossein Amir-Abdollahian")


def test_story_entities_join_spellings_scripts_and_acronyms():
    en = _a("en1", "Qassem Soleimani was killed. The Revolutionary Guards said Soleimani "
                   "would be avenged. Hossein Salami spoke in Tehran.",
            [("Qassem Soleimani", "PERSON", ["Qassem Soleimani", "Soleimani"]),
             ("Revolutionary Guards", "ORG", ["Revolutionary Guards"]),
             ("Hossein Salami", "PERSON", ["Hossein Salami"]),
             ("Tehran", "GPE", ["Tehran"])])
    en2 = _a("en2", "The IRGC, or Islamic Revolution Guards Corps, buried Qasem Soleimani. "
                    "Esmail Qaani succeeds him.",
             [("IRGC", "ORG", ["IRGC"]),
              ("Islamic Revolution Guards Corps", "ORG", ["Islamic Revolution Guards Corps"]),
              ("Qasem Soleimani", "PERSON", ["Qasem Soleimani"]),
              ("Esmail Qaani", "PERSON", ["Esmail Qaani"])])
    ar = _a("ar1", "شيع الحرس الثوري في طهران قاسم سليماني وخلفه إسماعيل قاآني", [], "ar")
    ents = {e["name"]: e for e in story_entities([en, en2, ar])}
    sol = next(e for n, e in ents.items() if "Soleimani" in n)
    assert {"Qassem Soleimani", "Qasem Soleimani", "Soleimani", "قاسم سليماني"} <= \
        set(sol["aliases"])
    assert sol["articles"] == ["en1", "en2", "ar1"] and sol["type"] == "PERSON"
    guards = next(e for e in ents.values() if "IRGC" in e["aliases"])
    assert {"Revolutionary Guards", "Islamic Revolution Guards Corps"} <= set(guards["aliases"])
    qaani = next(e for n, e in ents.items() if "Qaani" in n)
    assert "إسماعيل قاآني" in qaani["aliases"] and "ar1" in qaani["articles"]
    assert "طهران" in ents["Tehran"]["aliases"]
    # different people stay different entries
    assert ents["Hossein Salami"]["articles"] == ["en1"]
    canon = entity_names([en, en2, ar])
    assert canon[("en1", "e0")] == canon[("en2", "e2")]
