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
