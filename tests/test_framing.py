"""Framing: loaded language (with coordination and intensifiers), name calling, doubt, scare
quotes, exaggeration, event words in English and fr/es/de/ar, quote ownership; the seed
article through the full pipeline. Sentences are written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from newsprism.analyze import framing as fr
from newsprism.analyze import nlp as _nlp
from newsprism.records import Article, Quote, Speaker


def _spans(text, items, technique=None):
    return [text[f.start:f.end] for f in items if technique is None or f.technique == technique]


def _frame(nlp, text, quotes=()):
    from newsprism.analyze.events import build_events
    from newsprism.analyze.coref import Coref
    doc = nlp(text)
    return fr.find_framing(doc, "en", tuple(quotes), build_events(doc, Coref(()), (), quotes))


def test_coordinated_evaluative_adjectives_form_one_span(nlp):
    text = "Officials condemned the brutal and senseless massacre of villagers."
    items = _frame(nlp, text)
    assert "brutal and senseless" in _spans(text, items, "loaded_language")
    assert "massacre" in _spans(text, items, "event_word")


def test_stacked_adjectives_on_an_event_noun_are_loaded_even_if_unlisted(nlp):
    text = "It was a calculated and deliberate bombing of the market."
    assert "calculated and deliberate" in _spans(text, _frame(nlp, text), "loaded_language")


def test_intensifier_joins_the_loaded_word(nlp):
    text = "The minister called the raid utterly barbaric."
    assert "utterly barbaric" in _spans(text, _frame(nlp, text), "loaded_language")


def test_name_calling_doubt_and_exaggeration(nlp):
    text = ("The so-called government in the north is a puppet regime run by thugs, and the "
            "siege was the worst humanitarian disaster ever, an unprecedented blow.")
    items = _frame(nlp, text)
    assert {"regime", "thugs", "puppet"} <= set(_spans(text, items, "name_calling"))
    assert "so-called" in _spans(text, items, "doubt")
    exaggeration = _spans(text, items, "exaggeration")
    assert "unprecedented" in exaggeration
    assert any(s.startswith("worst") and s.endswith("ever") for s in exaggeration)


def test_scare_quotes_but_not_attributed_fragments(nlp):
    text = ('The junta promised a "transition" to civilian rule. Critics called the plan '
            '"a sham", and the mayor said there was "no evidence" of progress. Her aide, '
            'nicknamed "Bobby", agreed.')
    items = _frame(nlp, text)
    assert _spans(text, items, "doubt") == ["transition"]


def test_event_words_carry_framing_modifiers_and_death_words(nlp):
    text = ("The terror attack on the checkpoint left two dead; "
            "the death of the officer shocked many.")
    words = _spans(text, _frame(nlp, text), "event_word")
    assert "terror attack" in words and "death" in words


def test_words_inside_a_quote_belong_to_the_quote(nlp):
    text = '"This heinous crime will not go unpunished," the spokesman said of the shooting.'
    q = Quote("q3", "direct", 1, text.index(',"'), None, Speaker(None, "the spokesman", None, None))
    items = _frame(nlp, text, [q])
    heinous = [f for f in items if text[f.start:f.end] == "heinous"]
    assert heinous and heinous[0].technique == "loaded_language" and heinous[0].quote == "q3"
    shooting = [f for f in items if text[f.start:f.end] == "shooting"]
    assert shooting and shooting[0].quote is None


@pytest.mark.parametrize("lang,text,words", [
    ("fr", "L'assassinat lâche du général par une frappe de drone.",
     {"assassinat", "frappe", "lâche"}),
    ("es", "El asesinato cobarde del general en un ataque con drones.",
     {"asesinato", "ataque", "cobarde"}),
    ("de", "Die Tötung des Generals durch einen Drohnenangriff des sogenannten Regimes.",
     {"Tötung", "Drohnenangriff", "sogenannten"}),
    ("ar", "الاغتيال الجبان للقائد في غارة أمريكية", {"الاغتيال", "الجبان", "غارة"}),
    ("it", "L'uccisione del generale in un attacco: un atto codardo del regime.",
     {"uccisione", "attacco", "codardo", "regime"}),
    ("tr", "Generalin suikastı ve hava saldırısında ölümü sonrası protestolar başladı.",
     {"suikastı", "saldırısında", "ölümü", "protestolar"}),
    ("el", "Η δολοφονία του στρατηγού σε επίθεση προκάλεσε διαδηλώσεις.",
     {"δολοφονία", "επίθεση", "διαδηλώσεις"}),
    ("fa", "ترور سردار در حمله پهپادی اعتراضات گسترده را برانگیخت.",
     {"ترور", "حمله", "اعتراضات"}),
    ("ur", "جنرل کے قتل کے بعد امریکی حملے کے خلاف احتجاج ہوا۔", {"قتل", "حملے", "احتجاج"}),
])
def test_foreign_word_lists(lang, text, words):
    doc = _nlp.load("xx")(text)
    items = fr.find_framing(doc, lang)
    assert words <= set(_spans(text, items))


def test_spans_are_valid_and_ordered(nlp):
    text = "The brutal regime launched a savage assault on the so-called rebels in Homs."
    items = _frame(nlp, text)
    assert items == sorted(items, key=lambda f: (f.start, -f.end, f.technique))
    for f in items:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end].strip() == text[f.start:f.end]


# ---------------------------------------------------------------- seed, full pipeline

@pytest.fixture(scope="module")
def seed(pipeline, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    return pipeline.analyze(Article(id="seed", text=text), dt.date(2020, 2, 13))


def test_seed_cowardly_and_craven_is_sharifs_loaded_language(seed):
    t = seed.text
    loaded = [f for f in seed.framing if t[f.start:f.end] == "cowardly and craven"]
    assert loaded and all(f.technique == "loaded_language" and f.quote for f in loaded)
    speakers = {q.id: q.speaker.name for q in seed.quotes}
    assert any("Sharif" in (speakers.get(f.quote) or "") for f in loaded)


def test_seed_event_words(seed):
    t = seed.text
    words = {t[f.start:f.end].lower() for f in seed.framing if f.technique == "event_word"}
    assert {"assassination", "killing", "strike"} <= words


def test_event_words_name_happenings_not_speech_or_attitude(nlp):
    text = ("The governor asked residents to stay calm, rejected calls to resign and blamed "
            "the contractor; the collapse of the bridge followed the bombing of the depot.")
    words = _spans(text, _frame(nlp, text), "event_word")
    assert not {"asked", "rejected", "blamed", "calls"} & set(words)
    assert "collapse" in words and "bombing" in words


def test_accident_words_are_event_words_though_not_events(nlp):
    text = "Eleven people were killed in a stampede and two more died in the crash."
    words = _spans(text, _frame(nlp, text), "event_word")
    assert {"killed", "stampede", "crash", "died"} <= set(words)


# ---------------------------------------------------------------- neutral senses, new classes

@pytest.mark.parametrize("text", [
    "A new tax regime for small firms starts in April.",
    "Under the sanctions regime, exports of dual-use goods are banned.",
    "Prosecutors opened a criminal investigation into the collapse.",
    "The exhibition looks at the Reign of Terror after the revolution.",
    "The bacteria had developed resistance to three antibiotics.",
    "The dog showed signs of aggression towards other animals.",
    "Pirates hijacked a bulk carrier off the coast on Tuesday.",
    "He was treated in hospital for a minor heart attack.",
])
def test_neutral_senses_of_charged_words_stay_unflagged(nlp, text):
    assert [f for f in _frame(nlp, text) if f.technique != "event_word"] == []


def test_charged_senses_of_the_same_words_are_flagged(nlp):
    text = ("The regime answered with savage aggression against the villages, and activists "
            "say the resistance hijacked the debate.")
    items = _frame(nlp, text)
    assert "regime" in _spans(text, items, "name_calling")
    loaded = _spans(text, items, "loaded_language")
    assert "aggression" in loaded and "hijacked" in loaded


def test_euphemism_needs_a_person_as_object(nlp):
    text = 'The army said it had neutralised four suspects. The firm will eliminate tariffs.'
    assert _spans(text, _frame(nlp, text), "euphemism") == ["neutralised"]


def test_adverbs_of_loaded_adjectives_and_joined_stacks(nlp):
    text = "It was a callous, cold-blooded killing, and the bloc is recklessly pushing for war."
    loaded = _spans(text, _frame(nlp, text), "loaded_language")
    assert "callous, cold-blooded" in loaded and "recklessly" in loaded
    assert "cold-blooded" not in loaded


def test_evaluative_adjectives_stay_out_of_the_event_word(nlp):
    text = "Officials condemned the cowardly attack and the martyrdom operation that followed."
    words = _spans(text, _frame(nlp, text), "event_word")
    assert "attack" in words and "martyrdom operation" in words


# ------------------------------------------------ wording past the lists (framing_rules)

def _judged(nlp, text):
    return [text[f.start:f.end] for f in _frame(nlp, text) if f.technique != "event_word"]


@pytest.mark.parametrize("text, span", [
    ("Hordes of tourists are infesting the old town every summer.", "infesting"),
    ("Hordes of tourists are infesting the old town every summer.", "Hordes"),
    ("They scurried away like rats when the cameras arrived.", "like rats"),
    ("The councillors, the developers' poodles, approved the tower.", "poodles"),
    ("Critics said the ruling was staggeringly naive.", "staggeringly naive"),
    ("The cravenness of the committee shocked nobody.", "cravenness"),
    ("Tax-dodging tycoons rake in millions while nurses queue at food banks.", "rake in"),
    ("Reporters complained of Stasi-style surveillance by the interior ministry.",
     "Stasi-style"),
    ("Ministers blew £40m on a failed app, the audit office found.", "blew"),
    ("The senator slammed the decision as reckless.", "slammed"),
])
def test_patterns_reach_unlisted_wording(nlp, text, span):
    assert span in _judged(nlp, text)


@pytest.mark.parametrize("text", [
    "Rats infested the granary after the flood.",
    "Bats feed on insects at dusk.",
    "She slammed the door and left.",
    "A herd of cattle blocked the road near the border.",
    "Inspectors said toxic waste had leaked into the river.",
    "Doctors treated the patient for an aggressive form of leukaemia.",
    "The lecture covered the history of the crusades and the fall of Acre.",
    "The town council spent £2m on a new swimming pool.",
    "The regime change in 1979 ended the monarchy.",
    "The minister's dog, a poodle named Max, attended the ceremony.",
    "Dog handlers searched the rubble for survivors.",
    "Pig farmers protested outside parliament over feed prices.",
    "A flood of applications followed the announcement, the university said.",
    "The report said the rats had been breeding in the sewers for years.",
])
def test_literal_senses_of_pattern_words_stay_plain(nlp, text):
    assert _judged(nlp, text) == []


def test_junta_is_an_agency_term_of_art_in_wire_copy_or_as_military_junta(nlp):
    body = "The junta said on Tuesday it would hold elections in May."
    assert _judged(nlp, "YANGON, March 3 (Wire) - " + body) == []
    assert "junta" in _judged(nlp, body)
    assert _judged(nlp, "The military junta said it would hold elections in May.") == []


@pytest.mark.parametrize("text, span", [
    ("The outside-funded militias answer to their overseas handlers.", "outside-funded"),
    ("The outside-funded militias answer to their overseas handlers.", "handlers"),
    ("A sleaze-ridden council awarded the contract to a friend.", "sleaze-ridden"),
    ("Up to 500 engineers will be let go by the end of the year.", "let go"),
    ("Traitor MP defects to rivals.", "Traitor"),
    ("The usual rumourmongers spread panic about the vaccine.", "rumourmongers"),
    ("The trigger-happy guards opened fire on the crowd.", "trigger-happy"),
    ("Critics dismissed the report as pseudo-science.", "pseudo-science"),
    ("The power-hungry governor rewrote the rules again.", "power-hungry"),
    ("Terrified shoppers flee as gunman opens fire.", "Terrified"),
    ("Protesters claimed the election had been stolen by the ruling party.", "stolen"),
    ("The senator accused the minister of doing Beijing's bidding.", "doing Beijing's bidding"),
])
def test_compounds_possessed_labels_and_headline_capitals(nlp, text, span):
    assert span in _judged(nlp, text)


@pytest.mark.parametrize("text", [
    "Baggage handlers at the airport walked out over pay.",
    "Iran-backed Houthi forces fired two missiles, the coalition said.",
    "Drought-hit farmers will receive compensation from the ministry.",
    "She let go of the rope and fell into the water.",
    "Fans swarmed onto the pitch after the final whistle.",
    "The buildings are typical Soviet-style apartment blocks.",
    "The local fishmonger closed his shop after forty years.",
    "Residents of flood-prone areas were told to leave.",
    "The music-loving mayor opened the festival.",
    "The child was terrified when the rescuers reached her, a witness said.",
    "A terror-stricken child was pulled from the rubble, a rescuer said.",
    "Thieves stole a van and two bicycles from the depot, police said.",
])
def test_plain_compounds_and_idioms_stay_plain(nlp, text):
    assert _judged(nlp, text) == []


def test_a_label_inside_an_overstatement_keeps_its_span(nlp):
    text = "Rebels called him the worst dictator in history."
    judged = _judged(nlp, text)
    assert "dictator" in judged and any(s.startswith("worst") for s in judged)


def test_a_wider_judgement_swallows_the_word_inside_it(nlp):
    text = "The council presided over an utterly catastrophic collapse of services."
    assert _judged(nlp, text) == ["utterly catastrophic"]


def test_framing_probe_figures_hold(pipeline):
    """The probe (tests/framing_eval.py) stays near its measured level; a drop means a
    lexicon or rule change broke general behaviour. All batches together, the -d to -h
    batches included (first looks in framing_eval's docstring: -d .641, -e .646, -f .783,
    -g .641, -h .738, -i .593, -j .615, -k .571, -l .500, -m .673, -n .554 overlap F1;
    all 461 rows .928 overlap, .846 exact after session 8)."""
    import importlib.util
    import pathlib
    spec = importlib.util.spec_from_file_location(
        "framing_eval", pathlib.Path(__file__).with_name("framing_eval.py"))
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    rows = ev.load_rows(batch=None)
    # Session 10's -s batch was written to find what the stage misses (first look .613,
    # .762 after its fixes), so the older floors stay on the 585 rows they were set on,
    # and -s has its own below.
    newer = [r for r in rows if r["id"].endswith("-s")]
    held = [r for r in rows if r["id"].endswith("-t")]  # held out, scored once: .851
    rows = [r for r in rows if not r["id"].endswith(("-s", "-t"))]
    figures = ev.score(pipeline, rows=rows)
    assert figures["overlap"]["f1"] >= 0.9 and figures["neutral_fp_rate"] <= 0.05
    s_figures = ev.score(pipeline, rows=newer)
    assert s_figures["overlap"]["f1"] >= 0.74 and s_figures["neutral_fp_rate"] == 0.0
    t_figures = ev.score(pipeline, rows=held)
    assert t_figures["overlap"]["f1"] >= 0.83 and t_figures["neutral_fp_rate"] <= 0.1
    assert figures["exact"]["f1"] >= 0.8
    assert figures["in_quote_acc"] >= 0.85
    # Session 7's and 8's batches (-i to -n) list economic and administrative verbs as event words
    # ('fell', 'raised', 'approved'), which event_word leaves out by design (physical acts
    # and happenings only), so the event-word floor stays on the rows it was set on.
    older = [r for r in rows if not r["id"].endswith(("-i", "-j", "-k", "-l", "-m", "-n"))]
    assert ev.score(pipeline, rows=older)["event_word_exact"] >= 0.7


def test_prefixed_field_words_are_not_judgements(nlp):
    text = "He was detained by anti-terror police and questioned by counter-terrorism officers."
    assert [f for f in _frame(nlp, text) if f.technique != "event_word"] == []


def test_event_word_keeps_its_particle(nlp):
    text = "Air defences shot down two drones over the capital on Sunday."
    assert "shot down" in _spans(text, _frame(nlp, text), "event_word")
