"""Session 13, fix pass on the tenth opened non-English quote set: general mechanisms, each
tested on sentences written for the test (not the set's)."""
from ml_probe import one


def test_arabic_channel_told_by_a_number_led_latin_name():
    # 'لقناة 4X': the told clitic on the kind word, the name led by its number
    text = "وقال صاحب المتجر، سعيد الوردي، لقناة 4X إن المبيعات تراجعت، مضيفا: «لم نر مثل هذا الركود»."
    q = one(text, "ar", "لم نر مثل")
    assert [v.name for v in q.via] == ["4X"]
    text = "وصرح سعيد الوردي لقناة 4X بأنه «لم ير مثل هذا الركود منذ عشرين سنة»."
    assert [v.name for v in one(text, "ar", "منذ عشرين").via] == ["4X"]


def test_persian_place_of_saying_after_an_apposition_is_no_speaker():
    # 'در نشست خبری' after 'role، name،' says where it was said; the subject is before it
    text = "رئیس بیمارستان، کاوه رستمی، در نشست خبری گفت: «بخش اورژانس تا پایان ماه باز می‌شود»."
    assert one(text, "fa", "بخش اورژانس").speaker.name == "کاوه رستمی"


def test_name_in_a_gerund_clause_after_the_cue_is_its_object():
    text = ("La alcaldesa, Marta Gil, visitó el barrio. «No vamos a abandonar a nadie», dijo, "
            "citando al concejal Pedro Ruiz.")
    assert one(text, "es", "No vamos").speaker.name == "Marta Gil"
    text = ("Il preside, Carlo Bassi, ha aperto la cerimonia. «Questa scuola è la vostra casa», "
            "ha detto, ringraziando la maestra Anna Ferri.")
    assert one(text, "it", "Questa scuola").speaker.name == "Carlo Bassi"


def test_italian_then_added_goes_on_with_the_medium():
    text = ("Il rettore, Marco Villa, ha detto a Radio Capital che l'ateneo «resterà aperto». "
            "Ha poi aggiunto che le lezioni riprenderanno lunedì.")
    assert [v.name for v in one(text, "it", "le lezioni riprenderanno").via] == ["Radio Capital"]


def test_german_bare_so_goes_on_with_the_medium():
    text = ("Bürgermeisterin Petra Lenz sagte dem NDR, die Brücke sei „nicht mehr sicher“.\n\n"
            "„Wir sperren sie ab Montag für Lastwagen“, so Lenz.")
    # The session-15 ruling (tests/data/README.md): 'so Lenz' names her again, a new
    # attribution with no medium (pinned as NDR before the ruling); a bare quote keeps it.
    assert [v.name for v in one(text, "de", "Wir sperren").via] == []
    text = text.replace("“, so Lenz.", "“")
    assert [v.name for v in one(text, "de", "Wir sperren").via] == ["NDR"]


def test_according_to_what_was_told_to_a_medium_by_sources():
    text = ("La procura ha aperto un fascicolo. Secondo quanto riferito all'ANSA da fonti sanitarie, "
            "i tecnici verificheranno «un secondo focolaio entro l'estate».")
    q = one(text, "it", "un secondo focolaio")
    assert q.speaker.name == "fonti sanitarie" and [v.name for v in q.via] == ["ANSA"]
    text = ("Según lo declarado a EFE por fuentes policiales, los detenidos «no opusieron "
            "resistencia» al ser arrestados.")
    q = one(text, "es", "no opusieron")
    assert q.speaker.name == "fuentes policiales" and [v.name for v in q.via] == ["EFE"]


def test_told_the_agency_points_back_to_the_agency_named_before():
    text = ("Σύμφωνα με το ΑΠΕ-ΜΠΕ, ο δήμος έκλεισε τον δρόμο. Ο δήμαρχος, Πέτρος Λαμπράκης, "
            "δήλωσε στο πρακτορείο ότι η γέφυρα «δεν είναι ασφαλής».")
    assert [v.name for v in one(text, "el", "δεν είναι ασφαλής").via] == ["ANA-MPA"]
    text = ("Lo riporta l'ANSA. Il sindaco, Pietro Lanza, ha detto all'agenzia che il ponte "
            "«non è sicuro».")
    assert [v.name for v in one(text, "it", "non è sicuro").via] == ["ANSA"]


def test_french_pluperfect_reports():
    text = ("Le préfet est arrivé lundi.\n\nLe maire, Paul Brun, avait déclaré la veille que le "
            "pont « ne rouvrirait pas avant l'été ».")
    assert one(text, "fr", "ne rouvrirait pas").speaker.name == "Paul Brun"


def test_turkish_passive_reporting_verbs():
    text = ("Sürücüler eylem yaptı.\n\nValilikten yapılan açıklamada, köprünün \"en geç mart ayında\" "
            "açılacağı vurgulandı.")
    assert one(text, "tr", "en geç mart").speaker.name


def test_words_quoted_from_a_post_named_earlier_in_the_paragraph():
    text = ("Eine Mutter aus Vegesack, Julia Hartmann, beschrieb auf Instagram die lange Nacht in der "
            "Notaufnahme. „Sechs Stunden Warten mit einem fiebernden Kind“, schrieb sie.")
    assert [v.name for v in one(text, "de", "Sechs Stunden").via] == ["Instagram"]


def test_according_aside_after_a_subordinator_sources_the_clause_after_it():
    text = ("La police a saisi 20 tonnes d'huile dans un entrepôt, car, selon le parquet de Lyon, "
            "l'huile venait de Tunisie et portait une fausse étiquette.")
    q = one(text, "fr", "venait de Tunisie")
    assert q.speaker.name == "le parquet de Lyon" and text[q.start:q.end].startswith("l'huile")


def test_greek_dotted_acronym_is_one_body():
    # (written mid-sentence; 'Η ΕΛ.ΑΣ. ανακοίνωσε' opening a sentence still loses its subject
    # at the dot after 'ΑΣ': left alone)
    text = ("Ο λιμενάρχης έκλεισε τον δρόμο, καθώς, σύμφωνα με την ανακοίνωση της ΕΛ.ΑΣ., οι δύο "
            "ύποπτοι συνελήφθησαν στο λιμάνι του Ηρακλείου.")
    assert one(text, "el", "συνελήφθησαν").speaker.name.rstrip(".") == "ΕΛ.ΑΣ"


def test_arabic_role_before_a_told_channel_with_its_clitic_bared():
    # baring 'لقناة' to read the channel's name must not let the role run on into it
    text = "وقال المحامي لقناة 4X إن موكله \"سيطعن في الحكم\" أمام محكمة النقض."
    assert one(text, "ar", "سيطعن").speaker.name == "المحامي"
