"""The general fixes of the opened7 pass, each on sentences written for it: a document's issuer
speaks, Arabic family names, Persian and Urdu subjects, object relative clauses, radio names."""
from __future__ import annotations

import pytest

from newsprism.analyze.ml_entities import find_entities
from newsprism.analyze.ml_anaphora import issuer
from newsprism.analyze.ml_quotes import find_quotes
from newsprism.records import Speaker


def _quotes(text: str, lang: str):
    ents = find_entities(None, text, lang)
    return [(q.speaker.name, [v.name for v in q.via]) for q in find_quotes(None, text, lang, ents)]


@pytest.mark.parametrize("lang,text,want", [
    ("de", "ERFURT — Laut Umfrage des MDR liegt die Linke vorn.", "MDR"),
    ("es", "LIMA — Según un informe del Banco Central de Reserva, la inflación bajó al 2 por ciento.",
     "Banco Central de Reserva"),
    ("ar", "عمّان — وذكر بيان صادر عن وزارة الخارجية الأردنية أن الوزير سيزور بغداد الأسبوع المقبل.",
     "وزارة الخارجية الأردنية"),
])
def test_a_document_gives_the_word_to_its_issuer(lang, text, want):
    assert want in [sp for sp, _ in _quotes(text, lang)]


def test_issuer_leaves_other_speakers_alone():
    text = "Der Sprecher der Stadt sagte, es gebe keine Gefahr."
    sp = Speaker(None, "Der Sprecher", 0, 12)
    assert issuer(text, "de", sp) is sp


def test_arabic_family_name_before_the_relayed_saying():
    text = ("بيروت — ونقلت الوكالة الوطنية للإعلام عن النائب فادي بن سليم الحايك قوله إن «الانتخابات "
            "ستجري في موعدها».")
    assert any(sp and sp.endswith("الحايك") for sp, _ in _quotes(text, "ar"))


@pytest.mark.parametrize("text,want", [
    ("شیراز — دبیر کل کانون وکلای دادگستری مرکز اعلام کرد که آزمون وکالت از هفته آینده آغاز می‌شود.",
     "دبیر کل کانون وکلای دادگستری مرکز"),
    ("شیراز — یک کارشناس ارشد بازار مسکن و اجاره‌بها به خبرگزاری مهر گفت: «بارش‌ها تا "
     "پنجشنبه ادامه دارد.»", "کارشناس ارشد بازار مسکن و اجاره‌بها"),
])
def test_persian_subject_keeps_its_office_and_drops_the_dative(text, want):
    assert want in [sp for sp, _ in _quotes(text, "fa")]


def test_urdu_ergative_before_a_set_off_relative_clause():
    text = ("لاہور — دکاندار ندیم احمد نے، جو آگ لگنے کے وقت مارکیٹ میں تھے، کہا کہ فائر بریگیڈ "
            "ایک گھنٹے بعد پہنچی۔")
    assert [sp for sp, _ in _quotes(text, "ur")] == ["ندیم احمد"]


def test_urdu_radio_keeps_its_kind_word_and_relays():
    text = ('لاہور — ریڈیو پاکستان کے مطابق گورنر پنجاب نے کہا کہ "امدادی کام رات بھر جاری رہے گا۔"')
    assert _quotes(text, "ur") == [("گورنر پنجاب", ["ریڈیو پاکستان"])]


@pytest.mark.parametrize("lang,text,want", [
    ("es", "QUITO — Los transportistas bloquearon las vías, una medida que el Ministerio de Gobierno "
           "calificó de «inaceptable».", "Ministerio de Gobierno"),
    ("it", "BARI — I pescatori hanno fermato le barche, una protesta che il sindaco Paolo Ferri ha "
           "definito «comprensibile».", "Paolo Ferri"),
])
def test_object_relative_clause_subject_speaks(lang, text, want):
    assert [sp for sp, _ in _quotes(text, lang)] == [want]


def test_turkish_thanks_is_a_cue():
    text = "VAN — Belediye Başkanı Murat Aydın, gönüllülere \"gece boyunca çalıştıkları için\" teşekkür etti."
    assert [sp for sp, _ in _quotes(text, "tr")] == ["Murat Aydın"]


def test_persian_role_in_the_lede_named_in_the_next_paragraph():
    text = ("شیراز — معاون استاندار فارس روز سه‌شنبه در جمع خبرنگاران گفت: «سد درودزن تا پایان "
            "ماه آبگیری می‌شود.»\n\nکامران فرهادی افزود که «کشاورزان نگران آب نباشند».")
    assert [sp for sp, _ in _quotes(text, "fa")] == ["کامران فرهادی", "کامران فرهادی"]


def test_a_new_person_who_only_says_is_not_the_role():
    text = ("LYON — Le porte-parole de la préfecture a déclaré : « Les routes restent fermées. »\n\n"
            "Marc Girard, un habitant, a raconté : « Nous attendons depuis hier. »")
    assert [sp for sp, _ in _quotes(text, "fr")][0] != "Marc Girard"
