"""Non-English quote fixes of session 16's many-writers round (issue 3): each test's sentences
are written for it."""
from ml_probe import one


def test_role_of_place_is_not_its_holder_es():
    # the place a role is of ('la alcaldesa de X, NAME,') is no holder: the name after it is
    t = ("Según el diario La Voz del Valle, la alcaldesa de Villa Serrana, Marta Ibáñez, pidió "
         "«más bombas de agua». La alcaldesa dijo a Radio Sierra: «El pueblo no aguanta otra semana.»")
    q = one(t, "es", "El pueblo no aguanta")
    assert q.speaker.name == "Marta Ibáñez"


def test_role_of_body_is_not_its_holder_el():
    t = ("Ο πρόεδρος του 3ου Αγροτικού Συνεταιρισμού Κρήτης, Γιάννης Μαρκάκης, δήλωσε στο Ράδιο Ίδη "
         "ότι «οι ζημιές είναι μεγάλες». Ο πρόεδρος υποσχέθηκε «αποζημιώσεις μέσα στο φθινόπωρο».")
    q = one(t, "el", "αποζημιώσεις μέσα")
    assert q.speaker.name == "Γιάννης Μαρκάκης"


def test_honorific_name_before_apposed_description_fa():
    # an honorific takes the name itself; the description set off after it is hers
    t = "دکتر سارا احمدی، کارشناس منابع آب، به روزنامه ما گفت که ذخایر سدهای استان نصف شده است."
    q = one(t, "fa", "ذخایر سدهای")
    assert q.speaker.name == "سارا احمدی"


def test_relative_pronoun_subject_speaks_through_its_antecedent():
    t = "La protesta fue convocada por la plataforma Agua Limpia, que denunció «el abandono del río»."
    assert one(t, "es", "abandono del río").speaker.name == "plataforma Agua Limpia"
    t = ("Dal 1° luglio l'acqua arriverà a giorni alterni. Lo ha stabilito l'Ente idrico della "
         "provincia di Enna, che ha parlato di «una crisi mai vista».")
    assert one(t, "it", "crisi mai vista").speaker.name == "Ente idrico della provincia di Enna"
    t = "L'appel a été lancé par le collectif Vélo Nantes, qui réclame « des pistes séparées »."
    assert one(t, "fr", "pistes séparées").speaker.name == "collectif Vélo Nantes"


def test_relative_pronoun_after_an_apposed_speaker_keeps_the_speaker():
    t = ("« Nous avons tout vu », raconte Paul Morel, gardien du refuge, qui dit avoir entendu "
         "« un grondement énorme ».")
    assert one(t, "fr", "grondement énorme").speaker.name == "Paul Morel"


def test_persian_according_slot_with_a_medium_kind_is_a_via():
    t = "به گزارش شبکه کوه و دشت، فرماندار یاسوج، علی کریمی، گفت: «جاده‌های روستایی تا فردا باز می‌شوند.»"
    q = one(t, "fa", "جاده‌های روستایی")
    assert [v.name for v in q.via] == ["شبکه کوه و دشت"]


def test_persian_according_medium_by_kind_relays_the_subjects_words():
    t = "به گزارش پایگاه خبری آفتاب، وزیر نیرو گفت که سدهای کشور نیمه‌پر هستند."
    q = one(t, "fa", "نیمه‌پر")
    assert q.speaker.name == "وزیر نیرو"
    assert [v.name for v in q.via] == ["پایگاه خبری آفتاب"]


def test_persian_local_office_titles_keep_their_place():
    t = "شهردار شیراز گفت: «کار تا پایان ماه تمام می‌شود.»"
    assert one(t, "fa", "کار تا پایان").speaker.name == "شهردار شیراز"


def test_urdu_according_phrase_holding_a_medium_kind_relays():
    t = "سما ٹی وی کے مطابق وزیر تعلیم نے کہا کہ امتحانات ملتوی نہیں ہوں گے۔"
    q = one(t, "ur", "امتحانات ملتوی")
    assert q.speaker.name == "وزیر تعلیم"
    assert [v.name for v in q.via] == ["سما ٹی وی"]


def test_urdu_advice_noun_object_is_what_was_said():
    t = ("محکمہ صحت کے ترجمان نے کہا کہ ہسپتالوں میں ایمرجنسی نافذ ہے۔ انہوں نے والدین کو بچوں کو "
         "دھوپ میں باہر نہ بھیجنے کا مشورہ دیا۔")
    q = one(t, "ur", "دھوپ میں باہر")
    assert q.speaker.name == "محکمہ صحت کے ترجمان"


def test_german_according_source_keeps_its_genitive():
    t = "Laut einem Sprecher der Wasserwerke ist die Versorgung bis Freitag gesichert."
    q = one(t, "de", "Versorgung bis Freitag")
    assert q.speaker.name.endswith("Sprecher der Wasserwerke")
    assert not text_has(t, q, "Wasserwerke")


def text_has(t, q, word):
    return word in t[q.start:q.end]
