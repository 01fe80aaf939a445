"""Quotes stage: direct/indirect/mixed quotes, cues, speakers through coreference, via chains,
headline links — on the seed article (read from ../shared) and on articles written for these
tests in several outlets' styles."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze import cues
from newsprism.analyze.entities import entities_stage
from newsprism.analyze.pipeline import Pipeline
from newsprism.analyze.quotes import find_marked, quotes_stage
from newsprism.analyze.structure import structure_stage
from newsprism.records import Article

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline([structure_stage, entities_stage, quotes_stage])


def run(pipe, text, outlet=None, published=dt.date(2024, 3, 5)):
    a = pipe.analyze(Article(id="t", text=text, outlet=outlet, language="en",
                             published=published))
    return a, a.text


def span(text, obj):
    return text[obj.start:obj.end]


def find(a, text, needle):
    """The quote whose content contains ``needle``."""
    hits = [q for q in a.quotes if needle in text[q.start:q.end]]
    assert hits, f"no quote contains {needle!r}: {[text[q.start:q.end] for q in a.quotes]}"
    return hits[0]


# ---------------------------------------------------------------- the seed article

@pytest.fixture(scope="module")
def seed(pipe):
    text = (SEED / "soleimani-liberation-of-jerusalem.txt").read_text(encoding="utf-8")
    meta = json.loads((SEED / "meta.json").read_text(encoding="utf-8"))
    return run(pipe, text, outlet=meta["outlet"],
               published=dt.date.fromisoformat(meta["published"]))


def test_seed_opening_claim_is_indirect_via_tasnim(seed):
    a, text = seed
    q = find(a, text, "The killing of top Iranian commander Qassem Soleimani")
    assert q.kind == "indirect"
    assert span(text, q) == ("The killing of top Iranian commander Qassem Soleimani will "
                             "lead to the liberation of Jerusalem")
    assert span(text, q.cue) == "said"
    assert text[q.speaker.start:q.speaker.end].startswith("the spokesman")
    if q.speaker.entity is not None:  # once coreference links the role to the name
        assert q.speaker.name == "Ramezan Sharif"
    assert [v.name for v in q.via] and "Tasnim" in q.via[0].name


def test_seed_direct_quote_is_sharifs(seed):
    a, text = seed
    q = find(a, text, "The cowardly and craven assassination of commander Soleimani and")
    assert q.kind == "direct"
    assert span(text, q).endswith("by the grace of God")
    assert not span(text, q).startswith('"')
    assert q.speaker.name == "Ramezan Sharif"
    assert text[q.speaker.start:q.speaker.end] == "Ramezan Sharif"
    assert span(text, q.cue) == "said"


def test_seed_standfirst_links_to_body_quote(seed):
    a, text = seed
    body = find(a, text, "The cowardly and craven assassination of commander Soleimani and")
    stand = [q for q in a.quotes if q.same_as == body.id]
    assert stand, "the standfirst pull quote should point at the body quote"
    assert span(text, stand[0]).startswith("The cowardly and craven assassination")
    assert stand[0].start < body.start
    assert stand[0].speaker.name == "Ramezan Sharif"


def test_seed_outlet_is_not_a_via_and_apostrophes_are_not_quotes(seed):
    a, text = seed
    for q in a.quotes:
        assert all("haaretz" not in v.name.lower() for v in q.via)
        assert not span(text, q).startswith("s ")  # "Iran's" never opens a quote


# ---------------------------------------------------------------- outlets' styles

AP = """Port authority says harbor dredging will resume in spring

VALMORA, Freedonia (AP) — The harbor authority of Valmora said Tuesday that dredging of the \
silted northern channel would resume in March, ending a six-month pause that had stranded \
dozens of fishing boats.

"We have the money, we have the crews, and we have the permits," authority director Lena \
Brandt told reporters at the quay. "What we did not have was a dry enough winter."

Brandt said the delay had cost local fishermen an estimated 2 million euros.
"""


def test_ap_dateline_told_reporters_and_continuation(pipe):
    a, text = run(pipe, AP)
    q = find(a, text, "dredging of the silted northern channel")
    assert q.kind == "indirect" and span(text, q.cue) == "said"
    assert span(text, q).startswith("that dredging")
    d = find(a, text, "We have the money")
    assert d.kind == "direct" and span(text, d.cue) == "told"
    assert "Lena Brandt" in text[d.speaker.start:d.speaker.end]
    assert d.via == ()  # reporters are an audience, not an intermediary
    cont = find(a, text, "What we did not have")
    assert cont.cue is None and cont.speaker.name == d.speaker.name
    later = find(a, text, "the delay had cost")
    assert text[later.speaker.start:later.speaker.end] == "Brandt"
    assert "Brandt" in (later.speaker.name or "")


COLON = """Minister rules out early vote

The interior minister was blunt on Sunday: "There will be no early election while I hold \
this office."

Minister Ahmed Karimi added that the cabinet would present a budget in June.

Karimi told state TV: "The opposition wants chaos. We want bread on the table."

The ministry said in a statement on its website that the police would guard every polling \
station.
"""


def test_colon_quotes_and_via_chains(pipe):
    a, text = run(pipe, COLON)
    blunt = find(a, text, "There will be no early election")
    assert blunt.kind == "direct" and span(text, blunt.cue) == ":"
    assert text[blunt.speaker.start:blunt.speaker.end] == "The interior minister"
    tv = find(a, text, "The opposition wants chaos")
    assert tv.kind == "direct" and span(text, tv) == ("The opposition wants chaos. We want "
                                                      "bread on the table.")
    assert [v.name for v in tv.via] == ["state TV"]
    web = find(a, text, "the police would guard")
    assert web.kind == "indirect"
    assert any("website" in v.name for v in web.via)


SPANNING = """Veteran coach leaves club after 20 years

Marta Olsen, who coached the Redhill women's team for two decades, announced her departure \
on Friday.

"I came here when the pitch was a cow field," Olsen said. "We built the stands with our own \
hands, and we built a team that nobody expected to win anything.

"Now it is time for someone younger to take over. I will still be in the stands every \
Saturday."

"They gave me the best years of my life," she said.
"""


def test_paragraph_spanning_quote_keeps_its_speaker(pipe):
    a, text = run(pipe, SPANNING)
    first = find(a, text, "I came here")
    assert first.speaker.name == "Marta Olsen"
    spanning = find(a, text, "We built the stands")
    assert spanning.kind == "direct" and spanning.cue is None
    assert spanning.speaker.name == "Marta Olsen"
    assert "\n" not in span(text, spanning)
    nxt = find(a, text, "Now it is time")
    assert nxt.speaker.name == "Marta Olsen"
    she = find(a, text, "best years of my life")
    assert text[she.speaker.start:she.speaker.end] == "she"
    assert she.speaker.name == "Marta Olsen"


GUILLEMETS = """Farmers block highway in protest over diesel tax

«We will stay here until the government listens to us», said Pierre Lambert, a wheat farmer \
from the Beauce region.

Lambert said the new tax would double his fuel bill. «Nobody in Paris understands what a \
tractor costs to run.»

Police did not intervene, according to the regional prefecture.
"""


def test_guillemets_continuation_and_according_to(pipe):
    a, text = run(pipe, GUILLEMETS)
    q = find(a, text, "We will stay here")
    assert q.kind == "direct" and span(text, q) == ("We will stay here until the government "
                                                    "listens to us")
    assert q.speaker.name == "Pierre Lambert"
    cont = find(a, text, "Nobody in Paris")
    assert cont.speaker.name == "Pierre Lambert"
    acc = find(a, text, "Police did not intervene")
    assert span(text, acc.cue) == "according to"
    assert text[acc.speaker.start:acc.speaker.end] == "the regional prefecture"


RELAY = """Navy chief warns of mines in the strait

The mines pose a danger to every tanker in the strait, the navy commander said on Monday, \
according to the Halvard news agency.

"We will clear the channel within a week," Admiral Jonas Vik told Reuters.

Opposition leader Maria Stone accused the government of hiding the scale of the damage.

Vik said the clearance divers would "work day and night" until the shipping lane reopened.
"""


def test_via_agency_told_reuters_object_and_mixed(pipe):
    a, text = run(pipe, RELAY, outlet="Reuters")
    q = find(a, text, "The mines pose a danger")
    assert q.kind == "indirect"
    assert len(q.via) == 1 and "Halvard" in q.via[0].name
    assert text[q.speaker.start:q.speaker.end] == "the navy commander"
    vik = find(a, text, "We will clear the channel")
    assert vik.via == ()  # told Reuters, but Reuters is the article's own outlet
    acc = find(a, text, "the government of hiding")
    assert span(text, acc.cue) == "accused"
    assert text[acc.speaker.start:acc.speaker.end] == "Opposition leader Maria Stone"
    mixed = find(a, text, "work day and night")
    assert mixed.kind == "mixed"
    assert span(text, mixed.cue) == "said"


def test_told_agency_is_a_via_when_the_outlet_differs(pipe):
    a, text = run(pipe, RELAY, outlet="The Daily Clarion")
    vik = find(a, text, "We will clear the channel")
    assert [v.name for v in vik.via] == ["Reuters"]


def test_scare_quotes_are_not_quotes(pipe):
    text = ("The so-called \"peace plan\" was rejected by both sides.\n\n"
            "Analysts called the talks a 'charade' and moved on.\n")
    a, _ = run(pipe, text)
    assert all("peace plan" != span(text, q) for q in a.quotes)
    assert all("charade" != span(text, q) for q in a.quotes)


# ---------------------------------------------------------------- marks and invariants

@pytest.mark.parametrize("src,inner", [
    ('He said "yes, now" today.', "yes, now"),
    ("She wrote „Ja, bitte“ in the note.", "Ja, bitte"),
    ("They said ''not at all'' twice.", "not at all"),
    ("A sign read ‘closed for good’ yesterday.", "closed for good"),
    ("« Nous restons », dit-il.", "Nous restons"),
])
def test_marks_of_every_style(src, inner):
    found = [src[m.start:m.end] for m in find_marked(src)]
    assert inner in found


def test_apostrophes_are_not_marks():
    text = "Iran’s leaders don't agree, and the Americans’ plan isn’t 'final yet."
    assert find_marked(text) == []


def test_unbalanced_marks_recover():
    text = 'He said "this never closes\n\nNext paragraph is plain.\n\n"Another one," she said.'
    marks = find_marked(text)
    assert [text[m.start:m.end] for m in marks] == ["this never closes", "Another one"]
    assert not marks[0].closed and marks[1].closed


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,.:\n\"'“”‘’«»„")), max_size=80))
def test_marks_never_crash_and_stay_in_text(text):
    for m in find_marked(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start] not in "“”«»„\""


def test_quote_records_hold_valid_spans(pipe, seed):
    for a, text in (seed, run(pipe, AP), run(pipe, SPANNING), run(pipe, RELAY)):
        ids = [q.id for q in a.quotes]
        assert len(ids) == len(set(ids))
        for q in a.quotes:
            assert 0 <= q.start < q.end <= len(text)
            assert text[q.start] not in "\"“”«»" and text[q.end - 1] not in "\"“”«»"
            if q.cue:
                assert 0 <= q.cue.start < q.cue.end <= len(text)
            if q.speaker.start is not None:
                assert q.speaker.start < q.speaker.end <= len(text)
            assert q.same_as is None or q.same_as in ids


def test_cue_lexicon():
    assert cues.is_speech_lemma("say") and cues.is_cue_lemma("believe")
    assert cues.looks_like_medium("the Tasnim news agency")
    assert cues.looks_like_medium("state TV") and cues.looks_like_medium("Reuters")
    assert not cues.looks_like_medium("the spokesman")
    assert cues.is_audience("reporters")


def test_other_languages_get_marked_quotes_without_a_parser(pipe):
    text = ("Le maire a parlé aux habitants.\n\n"
            "« Nous allons reconstruire le pont avant l'hiver », a déclaré le maire.\n")
    a = pipe.analyze(Article(id="fr", text=text, language="fr"))
    q = find(a, text, "Nous allons reconstruire")
    assert q.kind == "direct" and not span(text, q).startswith("«")


def test_empty_and_mark_only_texts_do_not_crash(pipe):
    for text in ("", "\"", "“”", "' ' '", "«\n\n»"):
        a = pipe.analyze(Article(id="e", text=text, language="en"))
        assert isinstance(a.quotes, tuple)


def test_other_languages_find_cue_and_speaker_by_lexicon(pipe):
    text = ("Les agriculteurs bloquent l'autoroute.\n\n"
            "« Nous resterons ici jusqu'à ce que le gouvernement nous écoute », a déclaré "
            "Pierre Lambert, agriculteur.\n")
    a = pipe.analyze(Article(id="fr", text=text, language="fr"))
    q = find(a, text, "Nous resterons ici")
    assert span(text, q.cue) == "a déclaré"
    assert text[q.speaker.start:q.speaker.end] == "Pierre Lambert"
    text = "Die Bauern blockieren die Autobahn.\n\n„Das ist ein schwarzer Tag“, sagte Müller am Abend.\n"
    a = pipe.analyze(Article(id="de", text=text, language="de"))
    de = find(a, text, "Das ist ein schwarzer Tag")
    assert span(text, de.cue) == "sagte"
    assert text[de.speaker.start:de.speaker.end] == "Müller"


VIAS = """Guards commander vows response

Iran will respond to any attack on its soil, Guards commander Hossein Salami said on Sunday, \
in remarks cited by Tasnim News Agency.

The commander also said the navy would patrol the Gulf, Iranian media reported.

"Our hand is on the trigger," Salami said. Tasnim News Agency reported the remarks.

Foreign Minister Mohammad Zarif said in a statement posted on his official website that talks \
were still possible.
"""


def test_via_cited_by_media_reported_relay_and_website(pipe):
    a, text = run(pipe, VIAS, outlet="Example Times")
    cited = find(a, text, "Iran will respond")
    assert [v.name for v in cited.via] == ["Tasnim News Agency"]
    media = [q for q in a.quotes if span(text, q) == "the navy would patrol the Gulf"][0]
    assert [v.name for v in media.via] == ["Iranian media"]
    if media.speaker.entity is not None:  # 'The commander' through coreference
        assert media.speaker.name == "Hossein Salami"
    relay = find(a, text, "Our hand is on the trigger")
    assert [v.name for v in relay.via] == ["Tasnim News Agency"]
    site = find(a, text, "talks were still possible")
    assert len(site.via) == 1 and site.via[0].name.endswith("official website")
    assert site.via[0].entity is None


MISC = """Court delays ruling on dam

The judge was quoted by Fars news agency as saying that the hearing would resume in May.

The engineer had one message for the villagers — "Leave before the water comes."

"It is too early to tell," the mayor said in an interview with Radio Nova.
"""


def test_quoted_as_saying_dash_quotes_and_interview_with(pipe):
    a, text = run(pipe, MISC)
    judge = find(a, text, "the hearing would resume")
    assert text[judge.speaker.start:judge.speaker.end] == "The judge"
    assert [v.name for v in judge.via] == ["Fars news agency"]
    dash = find(a, text, "Leave before the water comes")
    assert dash.kind == "direct" and span(text, dash.cue) == "—"
    assert text[dash.speaker.start:dash.speaker.end] == "The engineer"
    mayor = find(a, text, "too early to tell")
    assert [v.name for v in mayor.via] == ["Radio Nova"]


_FUZZ_WORDS = ("He said that “ ” \" ' ‘ ’ « » : — the minister told Reuters according to , . "
               "\n\n In a poll Trump was quoted by Fars as saying Iran's don't").split(" ")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_FUZZ_WORDS), max_size=50))
def test_stage_never_crashes_on_garbled_text(words):
    from newsprism.analyze import nlp
    from newsprism.analyze.quotes import extract
    text = " ".join(words)
    for quote in extract(nlp.load("en")(text)):
        assert 0 <= quote.start < quote.end <= len(text)
        if quote.speaker.start is not None:
            assert 0 <= quote.speaker.start < quote.speaker.end <= len(text)


def test_speaker_after_a_quote_the_parser_ran_into(pipe):
    # The parser reads the name after the closing mark as part of the quoted clause and
    # leaves 'said' without a subject; the name is still the speaker.
    text = ("Harbour fees rise again\n\nThe port authority raised its fees for the third time "
            "this year. “It is not the case that every shipper can absorb this,” Marta "
            "Ilves, a freight broker in Tallinn, said at a trade fair on Monday.\n")
    a, text = run(pipe, text)
    q = find(a, text, "every shipper can absorb")
    assert "Marta" not in span(text, q)
    assert q.speaker.name and "Ilves" in q.speaker.name


HOLLOW = """Ferry operator suspends night crossings

The ferry operator Baltic Link suspended its night crossings after a storm damaged two \
vessels. The company denies it. The harbour master ordered Thursday that all berths be \
checked. A deckhand, who asked not to be named, said the crew had warned managers about \
the worn mooring lines for months. Baltic Link blamed the weather, which the union disputes.
"""


def test_hollow_contents_are_no_quotes(pipe):
    # A lone pointer ('denies it'), a day name and a request for anonymity report nothing.
    a, text = run(pipe, HOLLOW)
    contents = [span(text, q).strip(" .").lower() for q in a.quotes]
    assert not {"it", "thursday", "which"} & set(contents)
    assert not any(c.startswith(("not to be named", "to be named")) for c in contents)
    q = find(a, text, "worn mooring lines")
    assert q.speaker.name and "deckhand" in q.speaker.name.lower()


def test_hollow_keeps_claims_and_personal_objects():
    from newsprism.analyze.attribution import hollow
    text = "it | Tuesday | not to be named | him | the plan would fail"
    spans = [(m.start(), m.end()) for m in __import__("re").finditer(r"[^|]+", text)]
    assert [hollow(text, s) for s in spans] == [True, True, True, False, False]


def test_naming_verb_reports_its_label(pipe):
    # 'called X Y' / 'described X as Y': the label is the attributed content.
    text = ("Dam dispute sharpens\n\nThe opposition leader described the new dam as a "
            "monument to waste during a rally in the capital on Friday.\n")
    a, text = run(pipe, text)
    q = find(a, text, "monument")
    assert "dam" not in span(text, q)
    assert "opposition leader" in span(text, q.speaker).lower()
    assert text[q.cue.start:q.cue.end].startswith("described")


def test_as_clause_vouches_for_its_host(pipe):
    # 'As X reported, ...': the report's content is the clause the 'as' clause modifies.
    text = ("Bridge repairs to last a year\n\nAs the city engineer warned, the old bridge "
            "will stay closed to lorries until the repairs are finished next spring.\n")
    a, text = run(pipe, text)
    q = find(a, text, "stay closed to lorries")
    assert text[q.cue.start:q.cue.end].endswith("warned")
    assert "engineer" in span(text, q.speaker)


def test_a_deed_is_no_quote_and_a_time_phrase_is_not_what_was_warned(pipe):
    text = ("Vance, 54, has led the union since 2019. She negotiated the last pay agreement in "
            "two days of talks and has warned for months that automation would cost jobs.")
    a, _ = run(pipe, text)
    contents = [text[q.start:q.end] for q in a.quotes]
    assert not any("pay agreement" in c for c in contents)
    warned = [c for c in contents if "automation would cost jobs" in c]
    assert warned and not any("months" in c for c in warned)


def test_a_request_holds_its_addressee_and_a_bare_medium_is_no_content(pipe):
    text = ("The mayor urged residents of the old town to leave before dark.\n\n"
            "The ruling was announced in a statement posted on his official website. "
            "Translation: the bridge stays shut.")
    a, _ = run(pipe, text)
    contents = [text[q.start:q.end] for q in a.quotes]
    urged = [c for c in contents if "to leave before dark" in c]
    assert urged and urged[0].startswith("residents of the old town")
    assert "his official website" not in contents
    assert not any(q.speaker.name == "Translation" for q in a.quotes)


FRAMES = """Council rejects the new bus depot

The city council voted down the bus depot plan on Tuesday by nine votes to four. \
"This is a betrayal of every family on the east side," Councillor Ruth Abara fumed after \
the vote.

Mayor Tomas Reyes exhorted the waiting crowd: "Go home, rest, and come back on Thursday \
with your neighbours."

A resident walked to the microphone: "The depot would have brought two hundred jobs to \
this district."

Older residents still recall the slogan of the 1998 campaign: "Buses for all!" Ines Okafor \
still quotes that slogan in every transport report.
"""


@pytest.fixture(scope="module")
def frames(pipe):
    return run(pipe, FRAMES)


def test_a_verb_outside_the_say_list_cues_a_handed_on_quotation(frames):
    # 'fumed' is in no word list: the comma handing the quotation on to a named subject
    # and its verb is what makes it the cue.
    a, text = frames
    q = find(a, text, "betrayal of every family")
    assert q.kind == "direct"
    assert q.cue is not None and span(text, q.cue) == "fumed"
    assert q.speaker.name and "Abara" in q.speaker.name


def test_a_verb_whose_clause_ends_at_the_colon_cues_the_quotation(frames):
    a, text = frames
    q = find(a, text, "Go home, rest")
    assert q.cue is not None and span(text, q.cue).startswith("exhorted")
    assert q.speaker.name and "Reyes" in q.speaker.name


def test_a_verb_of_doing_before_a_colon_is_not_the_cue(frames):
    # 'walked to the microphone' names a deed and a place; only the colon introduces the words.
    a, text = frames
    q = find(a, text, "two hundred jobs")
    assert q.cue is None or "walked" not in span(text, q.cue)


def test_the_next_sentence_verb_does_not_take_a_quotation_ended_by_a_full_stop_mark(frames):
    a, text = frames
    q = find(a, text, "Buses for all")
    assert q.cue is None or "quote" not in span(text, q.cue)
    assert q.speaker.name is None or "Okafor" not in q.speaker.name


# ---------------------------------------------------------------- session 6: batch -k's causes

CARRIED = """The mayor, Joan Pruitt, said in an interview with Radio Kestrel that the bridge would reopen on Friday. "We owe every driver in this town an apology," she said.

"The repairs simply took too long," Pruitt added.

Asked about the cost at a council meeting later, Pruitt said the overrun was modest. "Next question, please," she told councillors.

Prosecutors allege the contractor billed the city twice for the same steel beams.

The Chancellor, Miriam Oduya, said the repair fund was sound. The Chancellor added that no new levy was planned.

Pruitt's daughter, Keziah, said the family had received threats. "It has been a hard month," Keziah said."""


def test_bare_cue_continuation_carries_the_medium(pipe):
    # annotators of the sealed sets give a bare '," she said' next to a relayed quote by the
    # same speaker that quote's medium; a new audience does not. Changed deliberately in
    # session 15 to the lead's ruling (tests/data/README.md): a speaker named again
    # ('," Pruitt added') is a new attribution and inherits no medium
    a, text = run(pipe, CARRIED, outlet="The Valley Courier")
    for needle in ("bridge would reopen", "We owe every driver"):
        assert [v.name for v in find(a, text, needle).via] == ["Radio Kestrel"], needle
    assert find(a, text, "repairs simply took").via == ()
    assert find(a, text, "Next question").via == ()


def test_noun_read_allege_and_titled_apposition(pipe):
    a, text = run(pipe, CARRIED, outlet="The Valley Courier")
    q = find(a, text, "billed the city twice")
    assert q.speaker.name == "Prosecutors"
    assert find(a, text, "repair fund was sound").speaker.name == "Miriam Oduya"
    assert find(a, text, "no new levy was planned").speaker.name == "Miriam Oduya"


def test_given_name_takes_the_family_name_kin_gives():
    from newsprism.analyze.source_frames import _KIN_OF
    m = _KIN_OF.search("Pruitt's daughter, Keziah, a nurse")
    assert m and m.groups() == ("Pruitt", "Keziah")


ROLES = """Governor Paul Adeyemi left the central bank on Monday. Ruth Ochieng, the newly appointed interim governor, said the bank would stay independent.

The outgoing governor warned in May that reserves were thin. His successor insists they will last.

Minister for Water Resources Tendai Moyo-Banda said the dams were full.

Judge Mary Collins sentenced the former treasurer on Friday. 'You betrayed the ratepayers' trust for years,' Her Honour said.

United coach Tomas Verhoeven, asked about the defeat on Sunday, was blunt. "We were poor from the first whistle," the Belgian said.

"A total shambles from start to finish" was how one season-ticket holder put it."""


def test_role_changes_portfolios_and_the_bench(pipe):
    a, text = run(pipe, ROLES, outlet="The Valley Courier")
    assert find(a, text, "reserves were thin").speaker.name == "Paul Adeyemi"
    assert find(a, text, "they will last").speaker.name == "Ruth Ochieng"
    assert find(a, text, "the dams were full").speaker.name == "Tendai Moyo-Banda"
    # the possessive apostrophe of "ratepayers'" closes no quotation
    q = find(a, text, "You betrayed the ratepayers' trust for years")
    assert q.speaker.name == "Mary Collins"
    assert find(a, text, "We were poor").speaker.name == "Tomas Verhoeven"  # 'the Belgian'
    assert find(a, text, "A total shambles").speaker.name == "one season-ticket holder"


NESTED = """The lawyer Maria Fenwick spoke outside the hall. "This morning the tribunal told the council that its budget is unlawful," she said.

The ferry captain, Joe Brandt, was shaken. "A passenger told me she had seen the hull crack," he said.

The union chief, Piet Olsen, praised the verdict. It showed, he said, that "no mayor stands above the charter"."""


def test_reports_inside_a_quotation_and_a_thing_beside_a_person(pipe):
    a, text = run(pipe, NESTED)
    # the tribunal is what Fenwick speaks of: her words, no quote of the tribunal's own
    hits = [q for q in a.quotes if "its budget is unlawful" in span(text, q)]
    assert hits and all(q.speaker.name == "Maria Fenwick" for q in hits)
    # a relay the speaker heard firsthand keeps its own speaker
    assert any(q.speaker.name != "Joe Brandt" for q in a.quotes
               if "seen the hull crack" in span(text, q))
    hits = [q for q in a.quotes if "no mayor stands" in span(text, q)]
    assert hits and all(q.speaker.name == "Piet Olsen" for q in hits)


OCCASION = (
    "Transport chief Lena Holt confirmed the timetable change in an interview with Radio "
    "Kestrel. She said the last evening boat would be withdrawn from March.\n\n"
    "Harbour master Tom Reyes said the pier would be repaired, according to the Valley Post. "
    "He said the work would take a month.\n\n"
    "In a post on Facebook on Sunday, Mayor Ana Vidal wrote: \"The budget was built for "
    "another city.\"\n\n"
    "In a message on Telegram to his followers, candidate Omar Sillah urged calm. He wrote "
    "that no seat was worth a single life.")


def test_medium_of_an_occasion_carries_to_the_next_sentence(pipe):
    # an interview or post goes on into the pronoun's next sentence; 'according to' is a
    # one-off relay, and the day in 'on Sunday' is when, not a medium
    a, text = run(pipe, OCCASION, outlet="The Valley Courier")
    assert [v.name for v in find(a, text, "evening boat").via] == ["Radio Kestrel"]
    assert "interview" not in span(text, find(a, text, "timetable change"))
    # changed deliberately in session 15 to the lead's ruling (tests/data/README.md): a pronoun
    # continuation keeps the medium after any relay, 'according to' included
    assert [v.name for v in find(a, text, "take a month").via] == ["Valley Post"]
    assert [v.name for v in find(a, text, "another city").via] == ["Facebook"]
    assert [v.name for v in find(a, text, "single life").via] == ["Telegram"]


def test_capitals_headline_and_wire_dateline(pipe):
    # a headline in capitals names its speaker by role; the body names the role's holder.
    # A dateline heading the first sentence is no one's words.
    text = ("\"WE WILL HOLD THE LINE,\" SAYS FARM MINISTER AS PRICE ROW GROWS\n\n"
            "LISBON, May 4 (Iberia Wire) - Grain prices will be capped from June, the "
            "government said on Thursday.\n\n"
            "Farm Minister Rui Teixeira said growers would be paid for any loss.")
    a, text = run(pipe, text, outlet="Iberia Wire")
    assert find(a, text, "HOLD THE LINE").speaker.name == "Rui Teixeira"
    assert span(text, find(a, text, "Grain prices")).startswith("Grain prices")


def test_the_text_gives_the_gender_not_the_given_name(pipe):
    # 'mother' describes Saira, so 'He' is not her; with nothing said either way a name
    # outside the lexicon takes no default gender
    text = ("Minister Tom Reed visited the ward on Monday. Saira Qazi, the 40-year-old mother "
            "of a patient, met him there. He said the ward would get ten more beds.\n\n"
            "Tom Reed chaired the meeting. Ms Qazi spoke first. He said the beds would come "
            "in May.")
    a, text = run(pipe, text)
    assert find(a, text, "ten more beds").speaker.name == "Tom Reed"
    assert find(a, text, "come in May").speaker.name == "Tom Reed"


def test_live_blog_stamps_are_no_speakers(pipe):
    text = ("14:05 GST - Police said two men had been arrested.\n\n"
            "14:20 GST: \"We are working to restore service,\" a spokesman said.")
    a, text = run(pipe, text)
    assert find(a, text, "two men").speaker.name == "Police"
    assert span(text, find(a, text, "restore service"))[:1] in "\"“"


def test_cue_read_as_a_participle_and_scare_quotes(pipe):
    # 'The opposition alleged on state radio that ...' parsed as a verbless noun phrase;
    # a quoted modifier in the outlet's own voice is no quotation
    text = ("The opposition alleged on state radio that votes had been bought.\n\n"
            "The firm hired 'independent' auditors last year.\n\n"
            "Residents accused the 'temporary' council of stalling.")
    a, text = run(pipe, text)
    q = find(a, text, "votes had been bought")
    assert q.speaker.name and "opposition" in q.speaker.name
    assert [v.name for v in q.via] == ["state radio"]
    assert all(q.kind == "indirect" for q in a.quotes)
    a, text = run(pipe, "A group of 'concerned citizens' said the park should stay open.")
    assert find(a, text, "park").speaker.name == "A group of concerned citizens"


def test_who_speaks_for_the_unnamed_noun_it_describes(pipe):
    a, text = run(pipe, "The firm hired auditors, who said the books were clean.\n\n"
                        "Police questioned three men, who said they had been at home.")
    said = {span(text, q): q.speaker.name for q in a.quotes}
    assert said["the books were clean"] == "auditors"
    assert said["they had been at home"] == "three men"


BROADCAST_DAY = (
    "Flood waters rose again in Kisima on Tuesday.\n\n"
    "In a statement read out on the state broadcaster VTN, the water minister, Halima Odhiambo, "
    "said a review would be ready \"before the end of June\".\n\n"
    "Speaking to Radio Mwangaza, district officer Samuel Kiptoo called the warnings "
    "\"too little and too late\". He said the district would \"hire two more pumps\" this "
    "week.\n\n"
    "A market analyst, Choi Eun-ji of Ridgeway Capital, wrote to clients that prices would "
    "\"settle within a month\".")


def test_read_on_air_speaking_to_and_hyphenated_given_name(pipe):
    # a statement read on a station went out through it; 'Speaking to X' opens an interview
    # the pronoun's next sentence goes on in; a lower-case syllable after a hyphen stays in
    # the given name even when the tagger calls it a common noun
    a, text = run(pipe, BROADCAST_DAY, outlet="The Lakeside Ledger")
    assert [v.name for v in find(a, text, "end of June").via] == ["VTN"]
    assert [v.name for v in find(a, text, "too little").via] == ["Radio Mwangaza"]
    assert [v.name for v in find(a, text, "two more pumps").via] == ["Radio Mwangaza"]
    assert find(a, text, "settle within").speaker.name == "Choi Eun-ji"


INTERVIEW_PROSE = (
    "Tomasz Wrona has farmed beet outside Lublin for thirty years. We met him at the "
    "co-operative's yard.\n\n"
    "Did the new quota take him by surprise? Hardly, he says. \"We saw the figures in "
    "spring.\"\n\n"
    "Is the farm for sale? The farm stays in the family, he says.")


def test_answer_to_the_writers_question_is_the_speakers(pipe):
    # a verbless answer right after the writer's question is the speaker's word; the
    # quotation that follows in the paragraph goes on in his voice
    a, text = run(pipe, INTERVIEW_PROSE, outlet="Field & Furrow")
    assert span(text, find(a, text, "Hardly")) == "Hardly"
    assert find(a, text, "Hardly").speaker.name == "Tomasz Wrona"
    assert find(a, text, "figures in spring").speaker.name == "Tomasz Wrona"
    assert not any(span(text, q).startswith("Did the new") for q in a.quotes)


AGENCY_AFTER_BODY = (
    "Athletics Kenya chairman Paul Otieno, a former champion who raced at two Games, told "
    "AFP he was sad for the crews. \"They are our friends. I hope we meet them soon,\" Otieno "
    "was quoted as saying by the news agency.")


def test_the_news_agency_is_the_medium_just_named(pipe):
    # 'the news agency' looks back to the agency the text named, not to the body whose
    # chairman is the sentence's subject
    a, text = run(pipe, AGENCY_AFTER_BODY, outlet="Lake Region Sport")
    assert [v.name for v in find(a, text, "our friends").via] == ["AFP"]


QUOTED_NO_AGENT = (
    "The transport ministry has replied, through the news agency Reuters. Its spokesman, "
    "Daniel Achieng, is quoted as saying that the licences were \"never in doubt\".\n\n"
    "Daniel Achieng was quoted as saying the fares would \"stay where they are\".")


def test_quoted_as_saying_without_by_goes_through_the_medium_just_named(pipe):
    # no 'by': the medium named earlier in the same paragraph carried the words, and only
    # that paragraph's
    a, text = run(pipe, QUOTED_NO_AGENT, outlet="Harbour Daily")
    assert [v.name for v in find(a, text, "never in doubt").via] == ["Reuters"]
    assert find(a, text, "stay where").via == ()
