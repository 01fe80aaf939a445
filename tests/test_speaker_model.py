"""The learned speaker chooser (analyze/speaker_model.py, speaker_features.py): candidates,
features, the gate and the packaged weights, on sentences of our own."""
from __future__ import annotations

import json
from importlib import resources

from newsprism.analyze import speaker_model
from newsprism.analyze.nlp import load
from newsprism.analyze.pipeline import analyze
from newsprism.analyze.speaker_features import all_candidates, relations
from newsprism.records import Article


def _article(text: str) -> Article:
    return Article(id="t-spk", text=text, language="en")


def test_packaged_weights_load_small_and_with_a_margin():
    raw = resources.files("newsprism.data.models").joinpath("speaker.json").read_text("utf-8")
    assert len(raw) < 1_000_000
    data = json.loads(raw)
    assert data["margin"] >= 0 and data["weights"]
    model = speaker_model.packaged()
    assert model is not None and model.threshold == data["margin"]
    # the rules' choice carries the largest positive weight of the plain features
    assert model.weights.get("rules", 0) > 0
    assert max(model.weights.values()) == model.weights["rules"]
    # session 19: 2 epochs (held out by writer, fewer passes carried better: +7 quotes over the
    # rules against +5 at 8); held out, every margin from 0 to FILL_ONLY gave the same +7 (the
    # whole held-out gain is in quotes whose rules' speaker is not among the candidates), so the
    # lead shipped the FILL_ONLY margin: the model only fills, at 0.05 ms per article instead of
    # 0.29 (the late file, a training file, gives one quote back: both 0.975 -> 0.974)
    assert data["epochs"] == 2 and model.threshold >= speaker_model.FILL_ONLY
    assert max(abs(v) for v in model.weights.values()) < 10


def test_relations_name_the_cue_subject_and_according_object():
    nlp = load("en")
    doc = nlp("The harbour master said the pier would reopen on Monday.")
    cue = next(t for t in doc if t.lower_ == "said")
    rels = relations(doc, (cue.idx, cue.idx + len(cue.text)))
    assert any(r[0] == "nsubj" and doc.text[r[1]:r[2]] == "master" for r in rels)
    doc = nlp("The bridge will stay shut, according to Mayor Ilse Brandt.")
    cue = next(t for t in doc if t.lower_ == "according")
    rels = relations(doc, (cue.idx, cue.idx + len(cue.text)))
    assert any(r[0] == "according" and "Brandt" in doc.text[r[3]:r[4]] for r in rels)


def test_candidates_hold_the_rules_choice_and_nearby_people():
    text = ("Mayor Ilse Brandt and the engineer Tomas Wirth inspected the pier on Monday.\n\n"
            "\"The timbers are sound,\" Wirth said. \"We will reopen it by Friday.\"")
    a = analyze(_article(text))
    from newsprism.analyze import quotes as Q
    from newsprism.analyze.coref import Coref
    doc = load("en")(text)
    cands = all_candidates(doc, Coref(a.entities), list(a.quotes), Q.paragraphs(text))
    assert len(cands) == len(a.quotes)
    first = cands[0]
    assert sum(c.rules for c in first) == 1
    names = {c.speaker.name for c in first}
    assert any(n and "Wirth" in n for n in names)
    assert any(n and "Brandt" in n for n in names)
    for c in first:
        assert "bias" in c.feats and any(f.startswith("side=") for f in c.feats)


def test_gate_keeps_a_rules_speaker_that_is_the_cue_subject():
    text = ("Mayor Ilse Brandt and the engineer Tomas Wirth inspected the pier on Monday.\n\n"
            "Wirth said the timbers were sound and the pier would reopen by Friday.")
    a = analyze(_article(text))
    from newsprism.analyze import quotes as Q
    from newsprism.analyze.coref import Coref
    doc = load("en")(text)
    gated = all_candidates(doc, Coref(a.entities), list(a.quotes), Q.paragraphs(text), gate=True)
    q = next(q for q in a.quotes if "timbers" in text[q.start:q.end])
    assert q.speaker.name and "Wirth" in q.speaker.name
    assert gated[list(a.quotes).index(q)] == []


def test_switch_off_gives_the_rules_alone_and_on_keeps_subject_speakers():
    text = ("\"We are pricing in two more cuts,\" said Lena Okafor, chief economist at "
            "Harlow Bank. She added that wages were still rising.")
    speaker_model.use(None)
    try:
        rules = analyze(_article(text)).quotes
    finally:
        speaker_model.use("packaged")
    learned = analyze(_article(text)).quotes
    assert [q.speaker.name for q in rules] == [q.speaker.name for q in learned]
    assert rules and "Okafor" in (rules[0].speaker.name or "")


def test_choose_takes_the_best_when_the_rules_have_none_and_respects_the_margin():
    from newsprism.analyze.speaker_features import Candidate
    from newsprism.records import Speaker
    m = speaker_model.SpeakerModel({"a": 1.0, "b": 3.0, "rules": 1.0}, threshold=2.5)
    none = [Candidate(Speaker("e1", "A", 0, 1), False, ("a",)),
            Candidate(Speaker("e2", "B", 2, 3), False, ("b",))]
    assert m.choose(none) == 1
    with_rules = [Candidate(Speaker("e1", "A", 0, 1), True, ("a", "rules")),
                  Candidate(Speaker("e2", "B", 2, 3), False, ("b",))]
    assert m.choose(with_rules) is None          # 3.0 - 2.0 is within the margin
    m.threshold = 0.5
    assert m.choose(with_rules) == 1
    assert m.choose(with_rules[:1]) is None      # a single candidate keeps the rules' choice


def test_has_rules_candidate_names_and_entities_outside_the_quote():
    from newsprism.analyze.coref import Coref
    from newsprism.analyze.speaker_features import has_rules_candidate
    from newsprism.records import Entity, Mention, Quote, Speaker
    ents = [Entity("e1", "Ilse Brandt", "PERSON", (Mention(0, 11, "name"),)),
            Entity("e2", "Tomas Wirth", "PERSON", (Mention(30, 35, "name"),))]
    coref = Coref(ents)

    def quote(speaker):
        return Quote("q1", "direct", 20, 60, None, speaker)

    assert has_rules_candidate(coref, quote(Speaker("e1", "Ilse Brandt", 0, 11)))
    # the entity's only mention lies inside the quoted words: no rules' candidate
    assert not has_rules_candidate(coref, quote(Speaker("e2", "Tomas Wirth", 30, 35)))
    assert has_rules_candidate(coref, quote(Speaker(None, "a spokeswoman", 62, 75)))
    assert not has_rules_candidate(coref, quote(Speaker(None, None, None, None)))
    assert not has_rules_candidate(coref, quote(Speaker("e9", "Nobody", 62, 68)))


def test_fill_only_margin_makes_the_same_quotes_as_the_full_scan():
    """With an infinite margin rerank makes candidates only for the quotes whose rules' choice
    is not among them; the speakers are the same as when every quote is scanned."""
    texts = [
        "Mayor Ilse Brandt and the engineer Tomas Wirth inspected the pier on Monday.\n\n"
        "\"The timbers are sound,\" Wirth said. \"We will reopen it by Friday.\"\n\n"
        "\"That is too late for the ferry,\" the mayor told reporters.",
        "Ada Quist, the board's chair, spoke after the vote.\n\n\"We cannot wait another "
        "winter. The pier is rotten.\"\n\nThe board will meet again in May.",
        "\"Prices will fall,\" a trader at the Kisumu market said. Aisha Noor, who runs a stall "
        "there, disagreed. \"Nothing will change before the rains,\" she said.",
    ]
    from newsprism.analyze import quotes as Q
    from newsprism.analyze.coref import Coref
    from newsprism.analyze.speaker_features import has_rules_candidate
    nlp = load("en")
    blanks = 0
    model = speaker_model.SpeakerModel(dict(speaker_model.packaged().weights),
                                       speaker_model.FILL_ONLY)
    for text in texts:
        speaker_model.use(None)
        try:
            a = analyze(_article(text))
        finally:
            speaker_model.use("packaged")
        doc = nlp(text)
        quotes, coref, paras = list(a.quotes), Coref(a.entities), Q.paragraphs(text)
        blanks += sum(not has_rules_candidate(coref, q) for q in quotes)
        speaker_model.use(model)
        try:
            fill = speaker_model.rerank(doc, coref, quotes, paras)
            old = speaker_model.FILL_ONLY
            speaker_model.FILL_ONLY = float("inf")   # force the scan of every quote
            try:
                full = speaker_model.rerank(doc, coref, quotes, paras)
            finally:
                speaker_model.FILL_ONLY = old
        finally:
            speaker_model.use("packaged")
        assert quotes and fill == full
    assert blanks  # the unattributed quote of the second text takes the fill path
