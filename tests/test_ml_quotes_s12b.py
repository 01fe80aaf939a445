"""Session 12 fix pass on the ninth sealed non-English quote set (opened9): general patterns,
each on sentences written here about invented events."""
from ml_probe import one


def test_de_pronoun_after_comma_opens_the_words_not_the_subject():
    # 'erklärte, er sehe ...': 'er' is the reported clause's subject; the speaker is the
    # apposed name before the cue, even after an earlier quote with no speaker
    text = ("Auf Facebook teilte der Verein mit, die Halle werde „im Frühjahr wieder offen“ sein.\n\n"
            "Der Insolvenzverwalter, der Chemnitzer Anwalt Jörg Albrecht, erklärte, er sehe "
            "„keinen Grund zur Sorge“.")
    q = one(text, "de", "keinen Grund")
    assert q.speaker.name.endswith("Jörg Albrecht")  # (the descriptor may stay in front)


def test_it_name_apposed_after_a_relative_clause():
    text = ("La frana ha bloccato la provinciale per sei ore.\n\n"
            "Il pastore che per primo ha dato l'allarme, Sergio Bellini, ha detto: «Ho visto la "
            "montagna muoversi e ho chiamato i vigili».")
    q = one(text, "it", "Ho visto la montagna")
    assert q.speaker.name == "Sergio Bellini"


def test_it_fronted_medium_before_a_dropped_subject():
    # 'Ai microfoni del X ha poi aggiunto che il Comune ...': the one who spoke before, not
    # the subject of the clause reported
    text = ("L'assessora ai trasporti, Giulia Ferri, ha scritto su Facebook che la linea è "
            "«una priorità». Ai microfoni di Radio Norba ha poi aggiunto che il Comune "
            "chiederà i fondi «entro la fine dell'anno».")
    q = one(text, "it", "entro la fine")
    assert q.speaker.name == "Giulia Ferri"
    assert [v.name for v in q.via] == ["Radio Norba"]


def test_it_subject_after_a_fronted_medium_is_kept():
    text = "In un'intervista a Repubblica il sindaco Paolo Conti ha detto che «la città è pronta»."
    q = one(text, "it", "la città è pronta")
    assert q.speaker.name == "Paolo Conti"
