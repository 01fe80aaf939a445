"""Session 15 (second non-English pass): the lead's continuation ruling (tests/data/README.md,
'Quote conventions settled in session 15') in the non-English quote path."""
from ml_probe import one


def test_speaker_named_again_inherits_no_medium():
    t = ("La ministra de Sanidad, Carmen Solís, dijo a la Cadena SER que «el plan está listo». "
         "La funcionaria añadió que «no habrá más retrasos». «Lo cumpliremos», añadió.")
    assert [v.name for v in one(t, "es", "el plan está listo").via] == ["Cadena SER"]
    # a role description names her again: no medium, nor for the bare quote going on from it
    assert one(t, "es", "no habrá más retrasos").via == ()
    assert one(t, "es", "Lo cumpliremos").via == ()
    t = ("Le maire, Jean Dupont, a déclaré à l'AFP que « la route restera fermée ». "
         "« Nous attendons les experts », a-t-il ajouté. L'élu a précisé que « rien n'est décidé ».")
    assert [v.name for v in one(t, "fr", "Nous attendons").via] == ["AFP"]
    assert one(t, "fr", "rien n'est décidé").via == ()


def test_the_same_anaphor_keeps_the_medium():
    t = ("Ο υπουργός Γιώργος Νικολάου δήλωσε στην ΕΡΤ ότι «η απόφαση είναι οριστική». "
         "Ο ίδιος τόνισε ότι «δεν θα υπάρξει αναβολή». Ο Νικολάου είπε ότι «όλα είναι έτοιμα».")
    q = one(t, "el", "δεν θα υπάρξει")
    assert q.speaker.name == "Γιώργος Νικολάου" and [v.name for v in q.via] == ["ΕΡΤ"]
    assert one(t, "el", "όλα είναι έτοιμα").via == ()
