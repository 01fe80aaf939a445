"""Session 15 (issue 3): speakers and vias on new writers' non-English reports. Sentences
written for these tests."""
from ml_probe import one


def test_french_spaced_closing_guillemet_ends_the_sentence():
    # "... la date. » La directrice, elle, assure ..." : the stop inside the closing mark ends
    # the sentence, so the next one neither takes the medium told before nor loses its subject.
    text = ("La directrice du musée, Anne Vidal, a parlé d'une « perte immense ».\n\n"
            "Un gardien, Paul Roux, a raconté à France Inter : « Je n'ai rien entendu cette nuit. » "
            "La directrice, elle, assure que « les caméras fonctionnaient ».")
    q = one(text, "fr", "les caméras fonctionnaient")
    assert q.speaker.name == "Anne Vidal"
    assert q.via == ()
    q = one(text, "fr", "Je n'ai rien entendu")
    assert [v.name for v in q.via] == ["France Inter"]
