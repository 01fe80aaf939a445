"""Session 14, fix pass on the eleventh opened non-English quote set: general mechanisms, each
tested on sentences written for the test (not the set's)."""
from ml_probe import one


def test_manner_gerund_after_an_inverted_cue_is_no_subject():
    # 'ha aggiunto sorridendo': how it was said; the speaker is the one before, medium kept
    text = ("La sindaca, Anna Riva, ha detto a Radio Capital che la piazza «sarà chiusa». "
            "«Non possiamo fare altro», ha spiegato ridendo.")
    q = one(text, "it", "Non possiamo")
    assert q.speaker.name == "Anna Riva" and [v.name for v in q.via] == ["Radio Capital"]
    text = ("La alcaldesa, Marta Gil, dijo a Onda Cero que la plaza «estará cerrada». "
            "«No podemos hacer otra cosa», añadió sonriendo.")
    assert one(text, "es", "No podemos").speaker.name == "Marta Gil"
    # a subject after the gerund is still the subject
    text = ("La sindaca, Anna Riva, ha parlato in piazza. «Non possiamo fare altro», ha "
            "spiegato ridendo il vicesindaco Carlo Neri.")
    assert one(text, "it", "Non possiamo").speaker.name == "Carlo Neri"


def test_day_then_a_body_of_a_place_after_an_inverted_cue():
    # 'a annoncé mardi la préfecture de X': the day is no subject, the body (not the place) is
    text = "Trois écoles resteront fermées jusqu'à lundi après une fuite de gaz, a annoncé mardi la préfecture du Gard."
    assert one(text, "fr", "Trois écoles").speaker.name.endswith("préfecture du Gard")
    text = "Tre scuole resteranno chiuse fino a lunedì, ha annunciato ieri la prefettura di Cremona."
    assert one(text, "it", "Tre scuole").speaker.name.endswith("prefettura di Cremona")
    text = "La prefettura di Cremona ha detto che le scuole «resteranno chiuse»."
    assert one(text, "it", "resteranno").speaker.name.endswith("prefettura di Cremona")
