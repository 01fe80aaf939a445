"""Session 15 (fourth non-English pass): the continuation ruling (tests/data/README.md, 'Quote
conventions settled in session 15') for role descriptions in every language: a definite role
noun taking up the speaker of a relayed quote names them again and inherits no medium; an
anaphor of the 'the same' kind keeps it."""
from ml_probe import one


def _via(t, lang, fragment):
    return [v.name for v in one(t, lang, fragment).via]


def test_italian_role_description_inherits_no_medium():
    t = ("La sindaca di Cervia, Elena Rossi, ha detto a Radio Romagna che «il ponte riaprirà "
         "a maggio». La prima cittadina ha aggiunto che «i lavori sono quasi finiti».")
    assert _via(t, "it", "il ponte riaprirà") == ["Radio Romagna"]
    q = one(t, "it", "i lavori sono quasi finiti")
    assert q.speaker.name == "Elena Rossi" and q.via == ()


def test_spanish_and_french_role_descriptions_inherit_no_medium():
    t = ("El alcalde de Tolhuin, Marcos Ríos, dijo a Radio Fueguina que «el agua llegará "
         "mañana». El jefe comunal añadió que «nadie quedará sin servicio».")
    assert _via(t, "es", "el agua llegará") == ["Radio Fueguina"]
    assert one(t, "es", "nadie quedará sin servicio").via == ()
    t = ("La maire de Vienne, Claire Morel, a déclaré à France Bleu que « le marché restera "
         "ouvert ». L'élue a ajouté que « les commerçants seront aidés ».")
    assert _via(t, "fr", "le marché restera") == ["France Bleu"]
    assert one(t, "fr", "les commerçants seront aidés").via == ()


def test_greek_role_description_against_the_same_anaphor():
    t = ("Ο διοικητής του νοσοκομείου Νίκος Παππάς δήλωσε στην ΕΡΤ ότι «η νέα πτέρυγα είναι "
         "έτοιμη». Ο διοικητής υποσχέθηκε ότι «θα λειτουργήσει τον Ιούνιο».")
    assert _via(t, "el", "η νέα πτέρυγα") == ["ΕΡΤ"]
    assert one(t, "el", "θα λειτουργήσει τον Ιούνιο").via == ()
    t = ("Ο διοικητής του νοσοκομείου Νίκος Παππάς δήλωσε στην ΕΡΤ ότι «η νέα πτέρυγα είναι "
         "έτοιμη». Ο ίδιος υποσχέθηκε ότι «θα λειτουργήσει τον Ιούνιο».")
    assert _via(t, "el", "θα λειτουργήσει τον Ιούνιο") == ["ΕΡΤ"]


def test_arabic_role_after_the_verb_inherits_no_medium():
    t = ("قال وزير الزراعة الأردني، في مقابلة مع قناة \"المملكة\"، إن \"الموسم سيكون جيدا هذا العام\".\n\n"
         "وأضاف الوزير أن الحكومة ستدعم المزارعين بقروض ميسرة.")
    assert _via(t, "ar", "الموسم سيكون") == ["المملكة"]
    q = one(t, "ar", "الحكومة ستدعم")
    assert q.speaker.name == "وزير الزراعة الأردني" and q.via == ()


def test_persian_demonstrative_role_inherits_no_medium():
    # Persian has no article: 'این مقام' (this official) is its definite role description
    t = ("رئیس اداره راه شیراز، مهدی کاظمی، به ایرنا گفت که جاده تا فردا بسته است. "
         "این مقام افزود: «تیم‌های ما شبانه کار می‌کنند.»")
    assert _via(t, "fa", "جاده تا فردا") == ["IRNA"]  # (the agency under its shared name)
    assert one(t, "fa", "تیم‌های ما").via == ()
