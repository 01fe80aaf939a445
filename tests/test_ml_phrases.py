"""Speaker phrases of non-English quotes (ml_phrases and the session-9 shapes it serves):
questions put, live-blog stamps, Turkish openings, media told or that saw a source. Sentences
written for these tests."""
from __future__ import annotations

from newsprism.analyze.ml_entities import find_entities
from newsprism.analyze.ml_phrases import asked_span, past_stamp
from newsprism.analyze.ml_quotes import find_quotes


def _one(text, lang, fragment):
    hits = [q for q in find_quotes(None, text, lang, find_entities(None, text, lang))
            if fragment in text[q.start:q.end]]
    assert len(hits) == 1, fragment
    return hits[0]


def test_question_put_spans_in_several_languages():
    for text, asked in [
        ("Interrogée sur la réforme, la ministre a dit que", "Interrogée sur la réforme,"),
        ("Preguntada por los recortes, la consejera respondió que", "Preguntada por los recortes,"),
        ("وردا على سؤال عن الموازنة، قال إن", "وردا على سؤال عن الموازنة،"),
    ]:
        span = asked_span(text, 0, len(text) - 4)
        assert span is not None and text[span[0]:span[1]] == asked
    assert asked_span("La ministre a dit que", 0, 15) is None


def test_live_blog_stamp_is_set_aside_only_at_a_line_start():
    text = "Vorher.\n14.20 Uhr: Die Polizei meldet"
    at = text.index("14.20")
    assert text[past_stamp(text, at, len(text)):].startswith("Die Polizei")
    assert past_stamp("Um 14.20 Uhr: x", 3, 15) == 3


def test_a_question_put_names_no_speaker_and_no_medium():
    t = ("Leila Karimi, porte-parole du gouvernement, a ouvert la conférence de presse. "
         "Interrogée par un journaliste de l'AFP sur les retraites, elle a répondu que "
         "« rien n'est décidé ».")
    q = _one(t, "fr", "rien n'est décidé")
    assert q.speaker.name == "Leila Karimi"
    fa = ("سارا رحیمی، سخنگوی وزارت بهداشت، گفت: «واکسن کافی داریم.» وی در پاسخ به پرسش خبرنگار "
          "ایرنا درباره قیمت دارو افزود که «قیمت‌ها ثابت می‌ماند».")
    q = _one(fa, "fa", "قیمت‌ها ثابت")
    assert q.speaker.name == "سارا رحیمی" and not q.via


def test_turkish_subject_opens_the_sentence():
    t = ("Belediye Başkanı Kemal Aydın konuştu. Esnaf temsilcisi ise basın toplantısında, "
         "kiraların \"dayanılmaz\" olduğunu öne sürdü.")
    assert _one(t, "tr", "dayanılmaz").speaker.name == "Esnaf temsilcisi"
    t2 = ("Toplantı sonrası AA'ya konuşan bir sendika yöneticisi, grevin \"yarın da süreceğini\" "
          "söyledi.")
    q = _one(t2, "tr", "yarın da")
    assert q.speaker.name == "bir sendika yöneticisi"


def test_source_an_agency_saw_speaks_through_it():
    t = ("Selon une note interne consultée par l'agence Reuters, le groupe prévoit de fermer "
         "deux usines en 2027.")
    q = _one(t, "fr", "deux usines")
    assert q.speaker.name == "une note interne" and [v.name for v in q.via] == ["Reuters"]


def test_direct_quote_after_telling_a_medium_comes_by_it():
    t = ("Die Bürgermeisterin Anna Vogt bestätigte gegenüber der APA, dass die Brücke gesperrt "
         "bleibt. „Wir prüfen jede Woche neu“, sagte sie.")
    q = _one(t, "de", "jede Woche")
    assert q.speaker.name == "Anna Vogt" and [v.name for v in q.via] == ["APA"]
    # The session-15 ruling (tests/data/README.md): named again, 'sagte Vogt' is a new
    # attribution and inherits no medium (this test pinned the APA before the ruling).
    q = _one(t.replace("sagte sie", "sagte Vogt"), "de", "jede Woche")
    assert q.speaker.name == "Anna Vogt" and q.via == ()


def test_saying_in_the_infinitive_and_italian_di():
    t = ("La presidenta del club, Marta Ruiz, evitó dar detalles. Al salir de la reunión, se "
         "limitó a decir que «habrá cambios pronto».")
    assert _one(t, "es", "habrá cambios").speaker.name == "Marta Ruiz"
    it = "Il sindaco Paolo Neri ha detto di aver scritto alla Regione per chiedere fondi."
    assert _one(it, "it", "aver scritto").speaker.name == "Paolo Neri"


def test_role_qualifier_must_fit_the_holder():
    t = ("Le ministre belge, s'exprimant en néerlandais, a jugé le plan de la Commission "
         "« trop lent ». « Il faut agir », a ajouté la ministre française Claire Dubois.")
    q = _one(t, "fr", "trop lent")
    assert q.speaker.name != "Claire Dubois" and "ministre" in (q.speaker.name or "")
