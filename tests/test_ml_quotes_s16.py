"""Session 16, non-English quotes round 6: sentences written for these tests."""
from ml_probe import one


def test_role_description_going_on_takes_up_the_person_just_quoted():
    """'Le syndicaliste a ajouté que ...' right after a named person's words in the same
    paragraph: a role description with a verb of going on names that person again (no medium
    carried, by the session-15 ruling)."""
    text = ("LYON — « Nous ne céderons pas », a déclaré le porte-parole des grévistes, Marc Petit, "
            "à Radio Rhône. Le syndicaliste a ajouté que la grève continuerait lundi.")
    q = one(text, "fr", "la grève continuerait")
    assert q.speaker.name == "Marc Petit" and text[q.speaker.start:q.speaker.end] == "Le syndicaliste"
    assert q.via == ()


def test_urdu_bare_role_with_mazid_takes_up_the_minister():
    text = ("لاہور — وزیر صحت یاسمین قریشی نے کہا کہ ہسپتالوں میں ادویات موجود ہیں۔ "
            "صوبائی وزیر نے مزید کہا کہ نئے ڈاکٹر بھرتی کیے جائیں گے۔")
    q = one(text, "ur", "نئے ڈاکٹر")
    assert "یاسمین قریشی" in q.speaker.name


def test_role_description_with_plain_said_or_an_age_is_left_alone():
    """A new office with a plain 'said' may be someone else ('Le préfet a dit'); an age
    ('ο 52χρονος') is the earlier rule's, which keeps the medium."""
    text = ("LYON — « Nous ne céderons pas », a déclaré le porte-parole des grévistes, Marc Petit. "
            "Le préfet a dit que les bus circuleraient.")
    q = one(text, "fr", "les bus circuleraient")
    assert q.speaker.name != "Marc Petit"
    text = ("ΛΑΡΙΣΑ — Ο διευθυντής του νοσοκομείου, Νίκος Παππάς, δήλωσε στην ΕΡΤ ότι λείπουν "
            "γιατροί. «Δεν αντέχουμε άλλο», πρόσθεσε ο 58χρονος.")
    q = one(text, "el", "Δεν αντέχουμε")
    assert q.speaker.name == "Νίκος Παππάς"


def test_sources_of_an_acronym_body():
    """'Fuentes de la CHE' is no person's name (the sources noun and its linking words are cut
    off the entity: the body is 'CHE'), and an acronym 'CHE' closing a speaker is no Italian
    relative 'che' to cut there; the body's full name before keeps its acronym."""
    from newsprism.analyze.ml_entities import find_entities
    text = ("ZARAGOZA — La Confederación Hidrográfica del Tajo (CHT) avisó que el canal cerrará. "
            "Fuentes de la CHE explicaron a un diario local que \"no hay agua para todos\".")
    names = {e.name: e.type for e in find_entities(None, text, "es")}
    assert "Fuentes de la CHE" not in names and names.get("CHE") == "ORG"
    q = one(text, "es", "no hay agua")
    assert q.speaker.name == "Fuentes de la CHE"


def test_arabic_announced_object_after_a_definite_body_name():
    """'أعلنت هيئة الموانئ البحرية إغلاق ميناء ...': with no comma between them, the body's
    definite run (construct head, then words with the article) ends the subject and the first
    word without the article opens what was announced; 'لحقوق ...' (of, glued on) goes on with
    the body's name, and a title followed by a person's name is no body."""
    text = "الإسكندرية — أعلنت هيئة الموانئ البحرية إغلاق ميناء الإسكندرية أمام السفن بسبب الرياح."
    q = one(text, "ar", "إغلاق ميناء")
    assert text[q.start:q.end].startswith("إغلاق ميناء") and q.speaker.name == "هيئة الموانئ البحرية"
    from ml_probe import quotes
    text = "عمان — وأعلنت اللجنة الوطنية لحقوق الإنسان في بيان أنها تتابع القضية باهتمام."
    assert all(not text[q.start:q.end].startswith("لحقوق") for q in quotes(text, "ar"))
    text = "عمان — وأعلن الرئيس عبد الله حسين خطة جديدة للمياه في البلاد."
    assert quotes(text, "ar") == ()


def test_press_periphrases_for_a_named_mayor_or_prefect():
    """'le représentant de l'État' for the prefect, 'die Rathauschefin' for the mayor named
    before, as 'il primo cittadino' already was."""
    text = ("NANTES — Le préfet de Loire-Atlantique, Paul Mercier, a promis des renforts. "
            "« Personne ne sera oublié », a assuré le représentant de l'État.")
    assert one(text, "fr", "Personne ne sera").speaker.name == "Paul Mercier"
    text = ("KASSEL — Oberbürgermeisterin Ute Krämer kündigte neue Radwege an. "
            "„Das ist erst der Anfang“, sagte die Rathauschefin am Montag.")
    assert one(text, "de", "erst der Anfang").speaker.name == "Ute Krämer"


def test_turkish_agency_resting_on_sources_gives_the_sources():
    """'AA'nın X kaynaklarına dayandırdığı habere göre': the agency relayed, the sources speak
    (with or without quotation marks), and the cited body is no second via."""
    text = ("ANKARA — Anadolu Ajansı'nın Sağlık Bakanlığı kaynaklarına dayandırdığı habere göre, "
            "aşı takvimi değişmeyecek.")
    q = one(text, "tr", "aşı takvimi")
    assert q.speaker.name == "Sağlık Bakanlığı kaynakları" and len(q.via) == 1
    text = ("İZMİR — Demirören Haber Ajansı'nın liman kaynaklarına dayandırdığı habere göre "
            "seferler \"hafta sonuna kadar\" yapılmayacak.")
    q = one(text, "tr", "hafta sonuna")
    assert q.speaker.name == "liman kaynakları" and len(q.via) == 1


def test_volksfreund_is_a_paper_title_word():
    text = "WITTLICH — Der Landrat sagte dem Eifeler Volksfreund, die Brücke werde bis Mai gesperrt."
    q = one(text, "de", "die Brücke werde")
    assert [v.name for v in q.via] == ["Eifeler Volksfreund"]
