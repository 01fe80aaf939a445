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
