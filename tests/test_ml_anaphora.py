"""ml_anaphora: a speaker given by description after the name ('el ingeniero', 'der 58-Jährige',
'الوزارة', 'Der Betreiber, die X GmbH') takes the name; new unnamed sources keep their words."""
from __future__ import annotations

import pytest

from newsprism.analyze.ml_entities import find_entities
from newsprism.analyze.ml_quotes import find_quotes


def _speakers(text: str, lang: str) -> list[str | None]:
    ents = find_entities(None, text, lang)
    return [q.speaker.name for q in find_quotes(None, text, lang, ents)]


@pytest.mark.parametrize("lang,text,want", [
    ("es", "La alcaldesa de Tarifa, Lucía Ortega, visitó ayer el puerto. Arquitecta de formación, "
           "conoce bien la obra.\n\nLa arquitecta reconoce que el muelle necesita otro dique.",
     "Lucía Ortega"),
    ("tr", "Belediye Başkanı Kemal Sarı, köprünün yıkılacağını açıkladı.\n\n55 yaşındaki başkan, "
           "yeni köprünün iki yılda biteceğini söyledi.", "Kemal Sarı"),
    ("de", "Der Bürgermeister von Lindau, Peter Kohl, besuchte die Baustelle.\n\nDer 58-Jährige sagte, "
           "die Arbeiten lägen im Zeitplan.", "Peter Kohl"),
    ("ar", "أعلنت وزارة الصحة العامة افتتاح مستشفى جديد.\n\nوقالت الوزارة إن المستشفى سيستقبل المرضى "
           "الشهر المقبل.", "وزارة الصحة العامة"),
])
def test_description_takes_the_name_before(lang, text, want):
    assert want in _speakers(text, lang)


def test_apposed_name_after_a_description():
    text = ("Der Betreiber, die Nordwerk Logistik GmbH, erklärte: „Wir prüfen alle Anlagen.“")
    assert _speakers(text, "de") == ["Nordwerk Logistik GmbH"]


def test_new_unnamed_source_keeps_its_words():
    text = ("Der Minister Jan Holm sprach am Morgen.\n\nEin Sprecher der Feuerwehr sagte, "
            "der Brand sei gelöscht.")
    names = _speakers(text, "de")
    assert names and names[-1] and "Holm" not in names[-1]


def test_plural_group_is_not_the_person_before():
    text = ("La maire Anne Roux a inauguré la passerelle.\n\nLes riverains ont dénoncé "
            "« un chantier sans fin ».")
    names = _speakers(text, "fr")
    assert all(n is None or "Roux" not in n for n in names[1:])


@pytest.mark.parametrize("lang,text,want,via", [
    ("it", "L'allevatore, Marco Tassi, ha contato i danni all'alba. «Così non si lavora più», "
           "ha raccontato all'ANSA.", "Marco Tassi", "ANSA"),
    ("fa", "فرماندار کاشان پس از بازدید از سد گفت: «ذخیره آب شهر تنها برای دو ماه کافی است.»",
     "فرماندار کاشان", None),
    ("el", "Μια αγρότισσα από τον Τύρναβο, που ζήτησε να μη γραφτεί το όνομά της, περιγράφει τη "
           "ζημιά. «Χάσαμε όλη τη σοδειά», λέει.", "Μια αγρότισσα από τον Τύρναβο", None),
])
def test_told_medium_opening_subject_and_bare_cue(lang, text, want, via):
    ents = find_entities(None, text, lang)
    q = find_quotes(None, text, lang, ents)[-1]
    assert q.speaker.name and q.speaker.name.split()[-2:] == want.split()[-2:]
    if via:
        assert [v.name for v in q.via] == [via]


def test_own_outlet_is_no_via():
    text = "Die Anwohnerin Petra Lang sagte unserer Zeitung, der Lärm sei unerträglich."
    q = find_quotes(None, text, "de", find_entities(None, text, "de"))[0]
    assert q.via == ()


def test_dialogue_line_is_the_person_introduced():
    text = ("La nueva jueza de paz de Olvera, Carmen Rivas, nos recibe en el juzgado.\n\n"
            "—Aquí se arreglan más cosas con café que con sentencias —dice entre risas.")
    from newsprism.analyze.ml_marks import dialogue_pairs
    assert len(dialogue_pairs(text)) == 1
    q = find_quotes(None, text, "es", find_entities(None, text, "es"))[-1]
    assert text[q.start:q.end].startswith("Aquí se arreglan") and q.speaker.name == "Carmen Rivas"


def test_indefinite_subject_before_its_verb_and_colon():
    text = ("Μια πωλήτρια στην αγορά του Βόλου περιγράφει την κατάσταση: «Δεν μπαίνει "
            "κανείς στο μαγαζί».")
    q = find_quotes(None, text, "el", find_entities(None, text, "el"))[-1]
    assert q.speaker.name and q.speaker.name.endswith("στην αγορά του Βόλου")


def test_time_word_after_an_inverted_cue_is_no_part_of_the_speaker():
    text = "La route restera fermée jusqu'à vendredi, a indiqué mardi la préfecture."
    q = find_quotes(None, text, "fr", find_entities(None, text, "fr"))[0]
    assert q.speaker.name == "la préfecture" and text[q.speaker.start:q.speaker.end] == "la préfecture"
