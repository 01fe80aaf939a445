"""Speakers and via chains (analyze/sources.py) on short articles written for these tests:
relays through media, datelines, pronouns and roles, platforms, the outlet's own name."""
from __future__ import annotations

import datetime as dt

import pytest

from newsprism.analyze.pipeline import analyze
from newsprism.records import Article


def _run(text: str, outlet: str = "The Lakeside Courier"):
    return analyze(Article(id="t", text=text, outlet=outlet, language="en",
                           published=dt.date(2025, 3, 4)))


def _quote(a, words: str):
    """The most specific quote holding ``words``."""
    at = a.text.index(words)
    hits = [q for q in a.quotes if q.start <= at and at + len(words) <= q.end]
    assert hits, f"no quote holds {words!r}: {[a.text[q.start:q.end] for q in a.quotes]}"
    return min(hits, key=lambda q: q.end - q.start)


def _vias(q) -> list[str]:
    return [v.name for v in q.via]


@pytest.fixture(scope="module")
def relay():
    return _run(
        "Finance Minister Ruth Oyelaran said the budget gap had narrowed to 2 percent, the "
        "Kestrel news agency reported.\n\n"
        "\"We have turned the corner on spending,\" Oyelaran said, according to the Kestrel "
        "news agency.\n\n"
        "Central bank governor Tomas Ekberg told the Associated Press that rates would stay "
        "on hold until the summer.")


def test_attribution_inside_a_medium_report_gets_the_medium_as_via(relay):
    q = _quote(relay, "budget gap had narrowed")
    assert q.speaker.name == "Ruth Oyelaran"
    assert _vias(q) and "Kestrel" in _vias(q)[0]


def test_according_to_a_medium_is_a_via_not_a_speaker(relay):
    q = _quote(relay, "turned the corner on spending")
    assert q.speaker.name == "Ruth Oyelaran"
    assert len(q.via) == 1 and "Kestrel" in q.via[0].name
    # no second quote of the same words credited to the agency itself
    at = relay.text.index("turned the corner")
    holders = [x for x in relay.quotes if x.start <= at < x.end]
    assert all(x.speaker.name == "Ruth Oyelaran" for x in holders)


def test_told_a_named_agency_is_a_via(relay):
    q = _quote(relay, "rates would stay on hold")
    assert q.speaker.name == "Tomas Ekberg"
    assert _vias(q) == ["Associated Press"] or "Associated Press" in _vias(q)[0]


def test_dateline_is_not_a_speaker():
    a = _run("LISBON (Coastline Wire) — Portugal's largest fishing union vowed on Monday to "
             "fight the new quotas, saying they \"will empty our harbours.\"\n\n"
             "The ministry said the quotas followed scientific advice.")
    q = _quote(a, "will empty our harbours")
    assert q.speaker.name and "LISBON" not in q.speaker.name
    assert "union" in a.text[q.speaker.start:q.speaker.end].lower()


def test_own_outlet_by_initials_is_no_via():
    a = _run("BERGEN (CWS) — Harbour pilot Ingrid Solheim told CWS that the fog had closed the "
             "fjord to large ships for a second day.", outlet="Coastline Wire Service")
    q = _quote(a, "fog had closed the fjord")
    assert q.speaker.name == "Ingrid Solheim"
    assert q.via == ()


def test_he_skips_an_organisation_for_the_reporter_just_named():
    a = _run("The port authority says three ferries were cancelled.\n\n"
             "The Courier's Daniel Okafor is at the terminal.\n\n"
             "\"Hundreds of passengers are sleeping on the floor here,\" he reported.")
    q = _quote(a, "Hundreds of passengers")
    assert q.speaker.name == "Daniel Okafor"


def test_capitalised_role_resolves_to_the_titled_person():
    a = _run("Grand Duke Henrik Valdemar said on Sunday that the palace would open its gardens "
             "to the public.\n\n"
             "\"These gardens belong to everyone,\" the Duke said.")
    q = _quote(a, "These gardens belong to everyone")
    assert q.speaker.name == "Henrik Valdemar"


def test_platform_post_and_speaking_participle_are_vias():
    a = _run("In a post on X, Mayor Clara Jensen said the bridge would reopen on Friday.\n\n"
             "Speaking on national radio, transport chief Omar Haddad said the repairs had cost "
             "more than expected.")
    q = _quote(a, "bridge would reopen")
    assert q.speaker.name == "Clara Jensen" and _vias(q) == ["X"]
    q = _quote(a, "repairs had cost")
    assert q.speaker.name == "Omar Haddad"
    assert _vias(q) and "radio" in _vias(q)[0]


def test_anonymous_official_is_not_the_organisation_named_later():
    a = _run("A senior official told the Kestrel news agency that talks would resume next week."
             "\n\n"
             "The Lantern Institute, a research group, said the talks had little chance of "
             "success.")
    q = _quote(a, "talks would resume")
    assert q.speaker.name is None or "Lantern" not in q.speaker.name


def test_organisation_named_before_its_descriptive_head():
    a = _run("The Dockers United union said the strike would go ahead on Tuesday.")
    q = _quote(a, "strike would go ahead")
    assert q.speaker.name == "Dockers United"


@pytest.fixture(scope="module")
def chains():
    return _run(
        "Reuters, citing the Kestrel news agency, reported that Defence Minister Ivo Marek said "
        "the exercises would last a week.\n\n"
        "The Kestrel news agency quoted General Pavel Horak as saying that no live ammunition "
        "would be used.\n\n"
        "Navy spokesman Captain Emil Dvorak said the ships had left port, the Kestrel news "
        "agency reported. The spokesman said four frigates were taking part.\n\n"
        "According to a statement from the presidency, the president will watch the final "
        "day.")


def test_a_medium_citing_another_chains_both_nearest_first(chains):
    q = _quote(chains, "exercises would last a week")
    assert q.speaker.name == "Ivo Marek"
    assert len(q.via) == 2 and "Kestrel" in q.via[0].name and q.via[1].name == "Reuters"


def test_quoted_as_saying_credits_the_person_quoted(chains):
    q = _quote(chains, "no live ammunition")
    assert q.speaker.name == "Pavel Horak"
    assert len(q.via) == 1 and "Kestrel" in q.via[0].name


def test_medium_reporting_after_the_attribution_is_its_via(chains):
    q = _quote(chains, "ships had left port")
    assert q.speaker.name == "Emil Dvorak"
    assert len(q.via) == 1 and "Kestrel" in q.via[0].name
    q = _quote(chains, "four frigates")
    assert q.speaker.name == "Emil Dvorak"  # 'the spokesman' among the title's words


def test_document_source_is_its_author(chains):
    q = _quote(chains, "president will watch")
    assert q.speaker.name and "presidency" in q.speaker.name


def test_role_named_later_in_an_apposition():
    a = _run("The spokesman for the Harbour Pilots' Guild said the strike would continue, "
             "according to the Kestrel news agency.\n\n"
             "The guild's spokesman, Anders Holm, said pilots had not been paid since March.")
    q = _quote(a, "strike would continue")
    assert q.speaker.name == "Anders Holm"
    assert len(q.via) == 1 and "Kestrel" in q.via[0].name


def test_quote_open_at_a_paragraph_end_belongs_to_the_next_paragraphs_speaker():
    a = _run("Harbour master Sofia Berg said the storm was the worst in decades.\n\n"
             "\"We lost two piers and the old crane. The fish market is under water.\n\n"
             "\"It will take a year to rebuild,\" Berg said.")
    q = _quote(a, "We lost two piers")
    assert q.speaker.name == "Sofia Berg"


def test_statement_on_a_website_speaks_for_the_sites_owner():
    a = _run("A statement posted on the ministry's website said the minister had resigned.")
    q = _quote(a, "minister had resigned")
    assert q.speaker.name and "ministry" in q.speaker.name.lower()
    assert len(q.via) == 1 and "website" in q.via[0].name


def test_remarks_relayed_in_the_next_sentence_or_cited_in_the_subject():
    a = _run("Guards spokesman Reza Amini said the drills would begin on Friday. His remarks were "
             "cited by the Kestrel news agency.\n\n"
             "Amini's comments, carried by state television, said the navy would take part.")
    q = _quote(a, "drills would begin")
    assert q.speaker.name == "Reza Amini"
    assert len(q.via) == 1 and "Kestrel" in q.via[0].name
    q = _quote(a, "navy would take part")
    assert q.speaker.name == "Reza Amini"
    assert [v.name for v in q.via] == ["state television"]


def test_an_institution_speaks_not_the_country_it_belongs_to():
    a = _run("The Norwegian military said it had tracked two aircraft near the coast.\n\n"
             "A deputy minister, Eva Lunde, was quoted as saying by the Kestrel news agency "
             "that the flights were routine.")
    q = _quote(a, "tracked two aircraft")
    assert q.speaker.name and "military" in q.speaker.name.lower()
    q = _quote(a, "flights were routine")
    assert q.speaker.name == "Eva Lunde"
    assert len(q.via) == 1 and "Kestrel" in q.via[0].name


@pytest.fixture(scope="module")
def second_round():
    return _run(
        "VARNO (LCR) — The runner-up in Sunday's vote alleged that postal ballots had been "
        "discarded.\n\n"
        "Election board chair Marta Kell said the count would be checked. Challenger Ivo "
        "Renner, who lost by 900 votes, said his team had found errors.\n\n"
        "Harbour commissioner Lena Ostrova told the regional channel Nord5 that the port "
        "would reopen on Friday. The ombudsman said she had received 40 complaints.\n\n"
        "Mayor Paul Dessin told Orvo Kurir that the ferries were safe. Army spokesman Colonel "
        "Jan Sedlak was quoted by KTA as saying that the drills were over.\n\n"
        "Varno's transport ministry said in a statement that the bridge was closed. Aid "
        "worker Tove Lind said in a video posted on X that trucks were waiting.\n\n"
        "\"The crews worked all night,\" said Ana Brun, a nurse. \"One driver told me he "
        "had not slept in two days.\"\n\n"
        "\"We will rebuild,\" a fisherman who lost his boat told this newspaper.")


def test_a_role_named_later_by_a_kindred_title_is_that_person(second_round):
    assert _quote(second_round, "postal ballots had been discarded").speaker.name == "Ivo Renner"


def test_ombudsman_is_the_commissioner_just_named(second_round):
    assert _quote(second_round, "40 complaints").speaker.name == "Lena Ostrova"


def test_a_medium_described_then_named_and_an_unknown_name_told(second_round):
    assert _vias(_quote(second_round, "port would reopen")) == ["Nord5"] or \
        "Nord5" in _vias(_quote(second_round, "port would reopen"))[0]
    assert "Orvo Kurir" in _vias(_quote(second_round, "ferries were safe"))[0]
    q = _quote(second_round, "drills were over")
    assert q.speaker.name == "Jan Sedlak" and _vias(q) == ["KTA"]


def test_possessor_is_not_the_speaker_and_a_platform_after_posted_on(second_round):
    assert "ministry" in _quote(second_round, "bridge was closed").speaker.name
    q = _quote(second_round, "trucks were waiting")
    assert q.speaker.name == "Tove Lind" and _vias(q) == ["X"]


def test_someone_named_inside_a_quote_says_what_his_verb_introduces(second_round):
    q = _quote(second_round, "had not slept in two days")
    assert q.speaker.name and "driver" in q.speaker.name
    assert _quote(second_round, "crews worked all night").speaker.name == "Ana Brun"


def test_this_newspaper_is_the_outlet_itself_and_a_relative_clause_is_no_name(second_round):
    q = _quote(second_round, "We will rebuild")
    assert q.via == () and q.speaker.name == "a fisherman"


@pytest.fixture(scope="module")
def flood():
    return _run(
        "The flood reached the village of Orsa at night.\n\n"
        "\"My neighbour told me, 'Get your children out, the dam is gone,'\" said Mara Voss, "
        "42. \"We ran with nothing.\"\n\n"
        "Interior Minister Karl Saar, in remarks carried by the public broadcaster Raadio 4, "
        "said the rescuers had reached 30 homes. Harbour master Rein Oja said in an interview "
        "with Postimees that the harbour would stay closed.\n\n"
        "According to the ombudsman, residents had complained about seepage for a year. The "
        "ombudsman in question, Eva Marsh, says she will publish a report.")


def test_marked_words_inside_a_quotation_belong_to_whoever_the_quote_says_spoke(flood):
    assert _quote(flood, "Get your children out").speaker.name == "My neighbour"
    assert _quote(flood, "We ran with nothing").speaker.name == "Mara Voss"


def test_remarks_carried_by_and_interview_with_name_the_medium(flood):
    assert "Raadio 4" in _vias(_quote(flood, "rescuers had reached 30 homes"))[0]
    assert _vias(_quote(flood, "harbour would stay closed")) == ["Postimees"]


def test_according_to_a_role_named_later(flood):
    assert _quote(flood, "complained about seepage").speaker.name == "Eva Marsh"


def test_a_company_described_by_what_it_runs_is_the_organisation_named_next():
    a = _run("AREQUIPA (LCR) — Nine workers were hurt in a gas blast at a refinery on Friday, "
             "the plant's owner said.\n\n"
             "The blast hit a storage unit at about 3 p.m., according to Andes Energy Group.")
    assert _quote(a, "Nine workers were hurt").speaker.name == "Andes Energy Group"


def test_a_bare_name_told_once_is_an_outlet_but_an_introduced_person_is_not():
    a = _run("Foreign Minister Anna Berg told Kompas that the talks would resume.\n\n"
             "Prime Minister Jonas Vik met Hungarian Prime Minister Viktor Orban on Monday. "
             "Vik told Orban that the sanctions would stay.")
    assert _vias(_quote(a, "talks would resume")) == ["Kompas"]
    assert _vias(_quote(a, "sanctions would stay")) == []


def test_quoted_by_hanging_off_the_speaker_and_no_quote_made_of_as_saying():
    a = _run("Senator Ivan Gromov, quoted by Interfax, said the corridor was closed.\n\n"
             "Regional minister Elisa Banda was quoted by the Mining Times as saying that the "
             "community had responded with courage.")
    assert _vias(_quote(a, "corridor was closed")) == ["Interfax"]
    assert all(a.text[q.start:q.end] != "saying" for q in a.quotes)


def test_names_hung_elsewhere_by_the_parser():
    a = _run("\"We have reached six of the men,\" a spokesperson for Orsa Copper Mines, Lina "
             "Phiri, said in a statement.\n\n"
             "One of the miners who escaped, Daniel Musonda, said the ground shook.\n\n"
             "A woman whose son is trapped, who asked to be named only as Ruth, said he had "
             "called her.\n\n"
             "Presidential chief of staff Agus Salim said the army would help. The head of the "
             "mines agency, Arif Santoso, said the shaft was sealed.")
    assert _quote(a, "reached six of the men").speaker.name == "Lina Phiri"
    assert _quote(a, "ground shook").speaker.name == "Daniel Musonda"
    assert _quote(a, "he had called her").speaker.name == "Ruth"
    assert _quote(a, "army would help").speaker.name == "Agus Salim"


def test_a_company_named_for_its_trade_is_an_organisation():
    a = _run("KITWE (LCR) — Six of the 12 men trapped in a collapsed mine were alive on Monday, "
             "the mine's operator said.\n\n"
             "The collapse happened at about 4 a.m., according to Lorne Copper Mines.")
    assert _quote(a, "Six of the 12 men").speaker.name == "Lorne Copper Mines"


def test_closing_he_told_names_the_medium_and_an_owner_is_not_the_last_speaker():
    a = _run("Paul Lungu promised \"a full and independent inquiry\" by lunchtime, he told the "
             "Copper Times.\n\n"
             "We reached the second mate, Ramon Dizon, by phone. \"There was a flash,\" he "
             "said.\n\nThe ship's owner says the two missing men are from the Philippines.")
    assert _vias(_quote(a, "independent inquiry")) == ["Copper Times"]
    assert _quote(a, "missing men are from").speaker.name != "Ramon Dizon"


@pytest.fixture(scope="module")
def third_round():
    return _run(
        "Surgeon Anika Rao works at the Lakeside General Hospital. Invest Norway says the "
        "clinic is busy. She says the wards are full.\n\n"
        "A former trade envoy, who asked not to be named, said talks were stuck. \"They offer "
        "Marcel a deal and leave the rest out,\" she said.\n\n"
        "Records seen by the Courier show the permit lapsed in May, according to "
        "two engineers familiar with the audit.\n\n"
        "Her counterpart in Tellburg, Joris Almqvist, told the Nordland Post that the bridge "
        "was safe.\n\n"
        "A spokeswoman for the operator, Fjordlink, Siri Holm, said the ferry would sail.\n\n"
        "Economy Minister Lars Brekke told the Dagsposten daily that prices would rise.")


def test_a_job_before_a_name_makes_a_person_and_a_country_at_a_names_end_a_body(third_round):
    q = _quote(third_round, "the wards are full")
    assert q.speaker.name == "Anika Rao"


def test_a_name_inside_the_speakers_own_quote_is_not_the_next_she(third_round):
    q = _quote(third_round, "leave the rest out")
    assert q.speaker.name and "envoy" in q.speaker.name


def test_a_speaker_name_drops_what_the_phrase_says_about_them(third_round):
    q = _quote(third_round, "the permit lapsed in May")
    # session 16 (round 2): the count goes and 'familiar with X' stays, as 'close to X' did:
    # the writers' labels name such sources 'officials familiar with the talks'
    assert q.speaker.name == "engineers familiar with the audit"


def test_person_named_after_a_role_and_its_place_or_organisation(third_round):
    assert _quote(third_round, "the bridge was safe").speaker.name == "Joris Almqvist"
    assert _quote(third_round, "the ferry would sail").speaker.name == "Siri Holm"


def test_a_media_noun_left_after_a_name_makes_it_a_medium(third_round):
    q = _quote(third_round, "prices would rise")
    assert q.speaker.name == "Lars Brekke"
    assert _vias(q) and "Dagsposten" in _vias(q)[0]


def test_office_holders_named_by_title_alone():
    a = _run(
        "The city will reopen the tunnel on Friday, Prime Minister Ada Lind said on Monday.\n\n"
        "\"We owe the drivers an apology,\" the Prime Minister told reporters.\n\n"
        "Transport Minister Oskar Dahl said repairs cost 40 million crowns. The Minister said "
        "the contractor would pay \"every last crown of it.\"")
    assert _quote(a, "We owe the drivers").speaker.name == "Ada Lind"
    assert _quote(a, "the contractor would pay").speaker.name == "Oskar Dahl"


def test_a_post_before_a_conjoined_said_is_its_via():
    a = _run("A group calling itself Blackwater Nine claimed the attack in a post on its "
             "leak site and said it had copied payroll files.")
    q = _quote(a, "it had copied payroll files")
    assert q.speaker.name == "Blackwater Nine"
    assert _vias(q) and "site" in _vias(q)[0]


def test_a_headline_quote_loosely_credited_takes_the_body_speaker():
    a = _run("'The roof just folded': shoppers recall mall collapse\n\n"
             "Part of the roof of the Brightwater mall fell in on Sunday.\n\n"
             "\"The roof just folded like paper,\" said Maren Tveit, who was buying shoes.")
    head = [q for q in a.quotes if q.start < a.text.index("\n")]
    assert head and head[0].speaker.name == "Maren Tveit"


def test_a_statements_medium_reaches_a_conjoined_verb_with_a_noun_cue():
    a = _run("Its director, Tom Lund, said in a statement on the company's website that it was "
             "\"cooperating fully\" and had found no evidence that its servers were used.")
    q = _quote(a, "its servers were used")
    assert q.speaker.name == "Tom Lund"
    assert _vias(q) and "website" in _vias(q)[0]


def test_it_with_no_speaker_before_is_the_thing_just_described():
    a = _run("The letter, which this newspaper has seen, runs to three pages. It says the "
             "depot will close \"within the year\" unless a buyer is found.")
    q = _quote(a, "the depot will close")
    assert q.speaker.name and "letter" in q.speaker.name


def test_a_speaker_the_parser_hung_on_the_clause_before_told():
    a = _run("Samples showed lead in the tap water at twice the legal limit, the head of the "
             "Water Inspectorate (WI), Hanne Solberg, told a news conference.")
    q = _quote(a, "lead in the tap water")
    assert q.speaker.name == "Hanne Solberg"


def test_whatever_broadcast_the_words_is_a_medium_named_or_not():
    a = _run("\"Nobody will be left behind,\" the President said in an address broadcast on "
             "KTVR.")
    q = _quote(a, "Nobody will be left behind")
    assert _vias(q) == ["KTVR"]


def test_a_press_briefing_is_an_audience_not_a_medium():
    a = _run("Foreign Ministry spokesperson Lin Qiao told a regular press briefing that the "
             "talks would go on.")
    q = _quote(a, "the talks would go on")
    assert q.speaker.name == "Lin Qiao" and not q.via


def test_a_title_that_adds_goes_on_from_the_speaker_just_before():
    a = _run("Two port commissioners have blamed each other. Port commissioner Eva Lund said on "
             "Monday that the permit came from Nordvik. Her counterpart in Nordvik, Jonas "
             "Berg, told the Fjord Post that the ship had \"never been his problem.\" The "
             "commissioner added that his office had not seen the survey.")
    q = _quote(a, "his office had not seen the survey")
    assert q.speaker.name == "Jonas Berg"


# ---------------------------------------------------------------- other writers' habits

def test_an_office_heading_the_source_gives_way_to_the_person_named_after_it():
    a = _run("The Chief Engineer of the water board, Dr. Amara Lindqvist, said the main pipe "
             "had burst near the depot.\n\n"
             "Harbour Master (HM) Upper Dalsby Jonas Brekke told this paper that the quay was "
             "closed.")
    assert _quote(a, "the main pipe had burst").speaker.name.endswith("Amara Lindqvist")
    assert _quote(a, "the quay was closed").speaker.name.endswith("Jonas Brekke")


def test_a_name_after_a_preposition_is_not_the_speaker():
    a = _run("A spokesman for Mayor Petra Holm said the bridge would reopen on Friday.")
    assert _quote(a, "the bridge would reopen").speaker.name != "Petra Holm"


def test_a_double_barrelled_surname_stays_whole_in_labels_and_repeats():
    a = _run("The union's leader, Dr Chidi Eze-Okafor, spoke to the programme on Monday.\n\n"
             "HOST: Will your members return this week?\n\n"
             "EZE-OKAFOR: Not before the arrears are paid. We have waited long enough.\n\n"
             "Dr Eze-Okafor later said the union would meet again on Friday.")
    assert _quote(a, "Not before the arrears are paid").speaker.name == "Chidi Eze-Okafor"
    assert _quote(a, "the union would meet again").speaker.name == "Chidi Eze-Okafor"


def test_the_printing_outlet_under_a_shorter_form_of_its_name_is_no_via():
    a = _run("Governor Lena Sorvik told the Courier that the shelters were full.",
             outlet="The Lakeside Courier")
    assert _vias(_quote(a, "the shelters were full")) == []
    b = _run("Governor Lena Sorvik told Atlas News that the shelters were full.",
             outlet="Atlas News Agency")
    assert _vias(_quote(b, "the shelters were full")) == []


def test_a_spokesman_who_signs_a_statement_is_no_via():
    a = _run("The Dental Surgeons' Association of Valmora said its members would not be "
             "\"used as strike-breakers\", according to a statement signed by its spokesman, "
             "Dr Ivo Marsh.")
    q = _quote(a, "used as strike-breakers")
    assert "Association" in (q.speaker.name or "")
    assert _vias(q) == []


def test_a_colon_dateline_is_not_a_speaker():
    a = _run("DALSBY: At least nine people were hurt when a crane fell on a bus stop on Monday "
             "evening, police said.")
    assert _quote(a, "nine people were hurt").speaker.name == "police"


def test_a_press_service_reporting_an_order_is_the_speaker():
    a = _run("DALSBY — President Marta Voss on Monday ordered two army units to the flooded "
             "valley, the presidential press service reported.")
    q = _quote(a, "ordered two army units")
    assert "press service" in (q.speaker.name or "")
    assert _vias(q) == []


def test_the_head_of_state_is_the_president_named_before():
    a = _run("President Marta Voss visited the valley on Monday.\n\n"
             "\"Nobody will be left without a roof,\" the Head of State said.")
    assert _quote(a, "Nobody will be left").speaker.name == "Marta Voss"


def test_media_in_the_order_the_words_travelled():
    a = _run("Speaking to the broadcaster Valmora One, in remarks later carried by the state "
             "news agency VNA, the transport minister, Ilse Brandt, said no engineering could "
             "hold back the slope.")
    vias = _vias(_quote(a, "no engineering could hold back"))
    assert len(vias) == 2 and "Valmora One" in vias[0] and "VNA" in vias[1]


def test_a_medium_after_the_closing_mark_belongs_to_the_cue():
    a = _run("The envoy, Katja Riis, urged both sides to \"return to the table without delay\" "
             "in a post on X.")
    assert [v.rstrip(".") for v in _vias(_quote(a, "return to the table"))] == ["X"]


def test_a_relative_clause_on_a_place_does_not_make_the_place_speak():
    a = _run("\"Half of my class is abroad,\" said Dr. Ada Obi, 31, a resident in Ibadan, who "
             "said she earns about $300 a month.")
    assert _quote(a, "she earns about").speaker.name == "Ada Obi"


def test_the_same_post_and_the_clip_carry_the_platform_named_before():
    a = _run("The Flood Authority said in a post on X that 60 people had died. In the same "
             "post, the authority warned drivers to avoid the coast road.\n\n"
             "A video posted on TikTok by a survivor, Ana Reyes, was viewed a million times. "
             "\"Please pray for the ones still missing,\" she says in the clip.")
    assert [v.rstrip(".") for v in _vias(_quote(a, "avoid the coast road"))] == ["X"]
    assert _vias(_quote(a, "Please pray for the ones")) == ["TikTok"]


def test_what_a_speaker_called_something_is_part_of_the_quote():
    a = _run("The mine's owner, Paul Dwyer, said the dam met every standard. He described the "
             "rainfall as \"exceptional.\"")
    assert _quote(a, "exceptional").speaker.name == "Paul Dwyer"


def test_a_name_runs_on_to_the_acronym_it_spells():
    a = _run("The Valmora Nurses, Midwives and Carers Union (VNMCU) said the strike would "
             "continue.")
    assert _quote(a, "the strike would continue").speaker.name == \
        "Valmora Nurses, Midwives and Carers Union"


def test_speaking_to_a_broadcaster_names_it_as_the_via():
    a = _run("Speaking to Kanal Sever on Monday, Mayor Ivo Kranjc said the dam would hold.")
    assert "Kanal Sever" in _vias(_quote(a, "the dam would hold"))


def test_a_person_after_a_fronted_place_is_not_the_place():
    a = _run("In Valmora, a government official who was not allowed to speak publicly told the "
             "Courier that the troops would stay.")
    assert _quote(a, "the troops would stay").speaker.name != "Valmora"


def test_a_headline_quotation_takes_the_speaker_of_the_body_quote():
    a = analyze(Article(id="t", title="'We heard the shells before dawn': families wait",
                        text="'We heard the shells before dawn': families wait\n\n"
                             "DALSBY — Tomas Berg, 61, grows apples near the border. \"We heard "
                             "the shells before dawn, and then the windows broke,\" he said.",
                        outlet="The Lakeside Courier", language="en",
                        published=dt.date(2025, 3, 4)))
    head = [q for q in a.quotes if q.start < a.text.index("\n")]
    assert head and head[0].same_as and head[0].speaker.name == "Tomas Berg"


def test_said_this_attributes_the_paragraph_before():
    a = _run("At least nine people died when the river burst its banks near Dalsby on Monday "
             "night.\n\n"
             "Relief Minister Anwar Qadir said this while briefing reporters on Tuesday.")
    assert _quote(a, "nine people died").speaker.name == "Anwar Qadir"


def test_a_subjectless_cue_takes_the_name_ending_just_before_it():
    a = _run("Speaking to reporters outside the Assembly, Leader of the Opposition in the Senate "
             "Farid Qasimi said the government was \"hiding behind the rain.\"")
    assert (_quote(a, "hiding behind the rain").speaker.name or "").endswith("Farid Qasimi")


@pytest.fixture(scope="module")
def fourth_round():
    return _run(
        "Minister of Public Works Desmond Achterberg, who toured the bridge with Transport "
        "Minister Alice Kerrigan, said repairs would start in May. The Minister said the "
        "contractor had agreed to pay for the delay.\n\n"
        "A senior official at the roads agency, speaking on condition of anonymity, said the "
        "cracks were spotted in January. \"Nobody wanted to close it,\" the official said.\n\n"
        "Sources close to the contractor said the firm would appeal.\n\n"
        "Former mayor Pieter Vance, in an interview with the BBC quoted by the Harbour "
        "Gazette, said the town had been \"left waiting for a decade\".")


def test_a_portfolio_between_of_and_a_name_does_not_hide_the_holder(fourth_round):
    q = _quote(fourth_round, "repairs would start in May")
    assert q.speaker.name == "Desmond Achterberg"


def test_the_role_word_again_names_the_last_speaker_introduced_by_it(fourth_round):
    assert _quote(fourth_round, "agreed to pay for the delay").speaker.name == \
        "Desmond Achterberg"
    assert "roads agency" in (_quote(fourth_round, "Nobody wanted").speaker.name or "")


def test_sources_keep_whom_they_are_close_to(fourth_round):
    name = _quote(fourth_round, "the firm would appeal").speaker.name or ""
    assert name.lower() == "sources close to the contractor"


def test_an_interview_quoted_by_a_second_medium_chains_both(fourth_round):
    q = _quote(fourth_round, "left waiting for a decade")
    assert q.speaker.name == "Pieter Vance"
    assert [v.lower() for v in _vias(q)] == ["bbc", "harbour gazette"]


@pytest.fixture(scope="module")
def fifth_round():
    return _run(
        "The quota will be halved, Minister of Fisheries Ngaire Holloway has said.\n\n"
        "Speaking in Napier, Ms Holloway said the fleet had been warned twice. \"We gave "
        "them every chance,\" she said.\n\n"
        "Tourism Minister Pita Rangi, who visited the port, was quoted by the Bay Times as "
        "saying that visitors would not be affected.\n\n"
        "The Minister said the fleet owners would be compensated.\n\n"
        "Head coach Liam Farrell was more cautious. He said the squad would travel on "
        "Friday.\n\n"
        "In a statement, the Harbour Board said it regretted the delay. The board would "
        "review its rules, the statement said.\n\n"
        "Tom Farrell's barrister, Grace Farrell (no relation), said her client would plead "
        "not guilty.")


def test_the_minister_past_the_paragraph_is_the_one_the_story_quotes_most(fifth_round):
    q = _quote(fifth_round, "owners would be compensated")
    assert q.speaker.name == "Ngaire Holloway"


def test_a_job_noun_before_a_name_makes_a_person_for_the_next_he(fifth_round):
    assert _quote(fifth_round, "squad would travel").speaker.name == "Liam Farrell"


def test_the_statement_said_is_its_issuer(fifth_round):
    assert "Harbour Board" in (_quote(fifth_round, "review its rules").speaker.name or "")


def test_an_owner_before_the_role_is_no_apposition(fifth_round):
    assert _quote(fifth_round, "plead not guilty").speaker.name == "Grace Farrell"


def test_a_team_or_age_epithet_is_the_person_just_named():
    a = _run("Ireland captain Dara Quinlan fronted the press conference on Monday.\n\n"
             "\"It has been a long week,\" the Connacht prop said. \"We move on.\"\n\n"
             "The 31-year-old said the squad had trained well.")
    assert _quote(a, "a long week").speaker.name == "Dara Quinlan"
    assert _quote(a, "trained well").speaker.name == "Dara Quinlan"


@pytest.fixture(scope="module")
def sixth_round():
    # habits of batch -h: namesakes in one debate, Spanish given names, a filing to an
    # exchange, a role the parser hangs on an earlier clause
    return _run(
        "Deputy Tomás Arriagada of the Labour bloc said the levy was fair. \"It costs a "
        "family less than a bus ticket,\" Arriagada said.\n\n"
        "Deputy Paula Arriagada of the Greens said the levy ignored farmers. \"Nobody asked "
        "the growers,\" Arriagada said.\n\n"
        "The party's chair, Rodrigo Benítez, defended the vote. Senator Marisol Ugarte said "
        "the text was rushed. \"We read it in one night,\" she said.\n\n"
        "The supplier Norvale Gas said in a filing to the Lima Stock Exchange that it had "
        "no stake in the project.\n\n"
        "At Santa Rita Hospital, which took in most of the injured, the head of the burns "
        "unit said four patients were critical.")


def test_a_bare_surname_is_the_namesake_just_named_in_its_paragraph(sixth_round):
    assert _quote(sixth_round, "less than a bus ticket").speaker.name == "Tomás Arriagada"
    assert _quote(sixth_round, "Nobody asked the growers").speaker.name == "Paula Arriagada"


def test_she_skips_a_man_named_by_a_spanish_given_name(sixth_round):
    assert _quote(sixth_round, "We read it in one night").speaker.name == "Marisol Ugarte"


def test_a_filing_to_an_exchange_is_a_via(sixth_round):
    q = _quote(sixth_round, "no stake in the project")
    assert "Norvale" in q.speaker.name
    assert _vias(q) and "Lima Stock Exchange" in _vias(q)[0]


def test_a_role_after_a_place_clause_speaks_not_the_place(sixth_round):
    q = _quote(sixth_round, "four patients were critical")
    assert q.speaker.name and "Santa Rita" not in q.speaker.name
    assert "burns unit" in sixth_round.text[q.speaker.start:q.speaker.end]


def test_an_inverted_subject_after_a_quote_speaks_though_parsed_as_object():
    a = _run("\"They are dressing up a cut as efficiency,\" said Senator Beatriz Olmedo of the "
             "Justicialist bloc.\n\n"
             "\"This bill was written in the offices of the chambers of commerce,\" added her "
             "colleague, Senator Ramiro Benegas.")
    assert _quote(a, "written in the offices").speaker.name == "Ramiro Benegas"


@pytest.fixture(scope="module")
def seventh_round():
    return _run(
        "Deputy Transport Minister Hasbi Habibollah visited the victims on Sunday. The deputy "
        "minister said the ministry would review rules on driving hours for company buses.\n\n"
        "\"Drivers must rest,\" Hasbi said.\n\n"
        "One of the passengers, Rajesh Kumar, 29, said most people on the bus were asleep.")


def test_the_deputy_minister_is_the_deputy_minister_named_before(seventh_round):
    q = _quote(seventh_round, "review rules on driving hours")
    assert q.speaker.name == "Hasbi Habibollah"


def test_a_person_called_by_a_first_name_word_is_the_full_name(seventh_round):
    assert _quote(seventh_round, "Drivers must rest").speaker.name == "Hasbi Habibollah"


def test_she_after_an_unnamed_source_is_that_source_not_the_name_before():
    a = _run("The nurses' union said its members were tired. \"Our members are exhausted,\" the "
             "union's general secretary, Shaye Candish, said.\n\n"
             "A 72-year-old patient, who asked not to be named, said she had been waiting for a "
             "hip operation for 14 months. \"Now I wait another week,\" she said.")
    q = _quote(a, "Now I wait another week")
    assert q.speaker.entity is None and "patient" in (q.speaker.name or "")


def test_a_company_statement_a_spokesman_told_an_outlet_goes_through_the_outlet():
    a = _run("The Chinese operator Tsingshan said it was studying the regulation, a company "
             "spokesman told Bloomberg.")
    q = _quote(a, "studying the regulation")
    assert "Tsingshan" in q.speaker.name
    assert _vias(q) == ["Bloomberg"]


# ---------------------------------------------------------------- session 5 (batches -i, -j)

@pytest.fixture(scope="module")
def pier_blog():
    return _run(
        "Pier collapse in Harwick: live updates\n\n"
        "14:05 - Harbour police say the pier was closed to the public at noon.\n\n"
        "13:40 The council's lawyer, Ines Moravec KC, said the operator's permit had lapsed "
        "in May.\n\n"
        "13:15 - Fishing union leader Oskar Lindqvist has urged the council to delay the vote "
        "on the pier, saying his members were \"not consulted at all\".\n\n"
        "12:50 - Maren Solberg, chair of the Pier Traders' Association, which represents 40 "
        "stalls, said trade had halved since the spring.\n\n"
        "12:20 - The operator was fined twice last year, the Harbour Gazette reported, citing "
        "the port authority.\n\n"
        "\"Who signed it off?\" the opposition's harbour spokeswoman, Carla Mendes, asked on X.")


def test_a_live_blog_time_is_not_the_speaker(pier_blog):
    assert _quote(pier_blog, "the pier was closed").speaker.name.lower() == "harbour police"


def test_an_honour_after_a_name_is_not_the_name(pier_blog):
    assert _quote(pier_blog, "permit had lapsed").speaker.name == "Ines Moravec"


def test_a_trailing_saying_speaks_for_the_clause_subject(pier_blog):
    assert _quote(pier_blog, "not consulted at all").speaker.name == "Oskar Lindqvist"


def test_a_body_described_in_the_apposition_is_not_the_speaker(pier_blog):
    assert _quote(pier_blog, "trade had halved").speaker.name == "Maren Solberg"


def test_a_report_citing_a_body_is_the_body_through_the_medium(pier_blog):
    q = _quote(pier_blog, "fined twice last year")
    assert "port authority" in q.speaker.name
    assert _vias(q) and "Harbour Gazette" in _vias(q)[0]


def test_a_question_asked_by_a_long_described_speaker_on_a_platform(pier_blog):
    q = _quote(pier_blog, "Who signed it off?")
    assert q.speaker.name == "Carla Mendes"
    assert _vias(q) and _vias(q)[0].rstrip(".") == "X"


@pytest.fixture(scope="module")
def pier_inquiry():
    return _run(
        "A senior engineer told the Harwick pier hearing on Monday that the piles under the "
        "pier had rotted through.\n\n"
        "Tobias Renner, the council's head of structures, said the 2023 inspection had missed "
        "the damage because divers were not used.\n\n"
        "\"The boards moved under my feet.\" Helga Brandt has walked the pier every morning for "
        "30 years and reported the movement in March.\n\n"
        "Closing the pier tells visitors that the town has given up, traders argue.\n\n"
        "Deputy mayor Lena Kowalczyk, asked about the hearing, told reporters the repairs "
        "would be paid for \"one way or another\".\n\n"
        "Renner said the repair would cost 2 million crowns, according to a filing with the "
        "county court.")


def test_a_role_the_lede_withholds_is_the_person_named_next(pier_inquiry):
    assert _quote(pier_inquiry, "piles under the pier had rotted").speaker.name == "Tobias Renner"


def test_a_quotation_opening_a_paragraph_is_the_next_subject_s(pier_inquiry):
    assert _quote(pier_inquiry, "The boards moved").speaker.name == "Helga Brandt"


def test_a_gerund_tells_nothing(pier_inquiry):
    at = pier_inquiry.text.index("the town has given up")
    assert not any(q.start <= at < q.end and q.speaker.name == "Closing"
                   for q in pier_inquiry.quotes)


def test_a_speaker_asked_about_something_still_speaks(pier_inquiry):
    assert _quote(pier_inquiry, "one way or another").speaker.name == "Lena Kowalczyk"


def test_a_filing_after_the_speakers_clause_is_no_source(pier_inquiry):
    q = _quote(pier_inquiry, "2 million crowns")
    assert q.speaker.name == "Tobias Renner" and not q.via


def test_a_family_epithet_is_the_person_just_named():
    a = _run("Ruth Pellow, 41, from Truro, was on the beach when the pier fell.\n\n"
             "\"The whole thing folded like paper,\" the mother-of-three told the Courier.")
    assert _quote(a, "folded like paper").speaker.name == "Ruth Pellow"


def test_words_said_in_the_same_interview_share_its_medium():
    a = _run("Harbour master Nils Ekdahl told Radio Kestrel the pier had been shut twice "
             "this year.\n\n\"We warned them in writing,\" he said in the same interview.")
    q = _quote(a, "We warned them in writing")
    assert q.speaker.name == "Nils Ekdahl" and _vias(q) == ["Radio Kestrel"]


def test_she_with_no_one_named_before_is_the_paragraph_s_unnamed_worker():
    a = _run("At dawn a night porter at the Harbour Hotel saw the pier sag. \"I thought the tide "
             "had turned strange,\" she says.")
    assert "night porter" in (_quote(a, "the tide had turned strange").speaker.name or "")


def test_hyphenated_given_name_keeps_its_lower_case_half():
    a = _run("\"Orders have not slowed,\" said Choi Min-jun, a Daewon Motors spokesman. "
             "Lee Ha-eun, an analyst, said margins \"will be thin this year.\" She added that "
             "buyers \"are waiting for the new models.\"")
    assert _quote(a, "Orders have not slowed").speaker.name == "Choi Min-jun"
    assert _quote(a, "will be thin this year").speaker.name == "Lee Ha-eun"
    assert _quote(a, "are waiting for the new models").speaker.name == "Lee Ha-eun"


def test_a_labelled_statement_is_its_issuer_s_and_so_is_the_statement_later():
    a = _run("The coast guard has towed a trawler into Vardo harbour, an NCA statement said "
             "on Friday.\n\n"
             "The crew of nine was unhurt, the statement said.")
    assert _quote(a, "towed a trawler").speaker.name == "NCA"
    assert _quote(a, "crew of nine was unhurt").speaker.name == "NCA"


def test_an_unsigned_circular_belongs_to_the_body_whose_act_it_reports():
    a = _run("The Inland Water Authority has suspended night ferries on the lake, according "
             "to a circular issued on Monday.")
    assert _quote(a, "suspended night ferries").speaker.name == "Inland Water Authority"


def test_a_circular_issued_by_a_body_is_that_body_s():
    a = _run("Fares will rise by a tenth in May, according to a circular issued by the "
             "Transport Ministry.")
    assert "Transport Ministry" in _quote(a, "Fares will rise").speaker.name


def test_a_news_conference_broadcast_on_state_television_is_the_via():
    a = _run("Speaking at a news conference in Windhoek that was broadcast on state television, "
             "the minister said the mine's owners owed \"several million\" in royalties.")
    assert _vias(_quote(a, "owners owed")) == ["state television"]


def test_a_request_reported_while_speaking_to_an_agency_shares_its_via():
    a = _run("Speaking to KNA, a port official in Mombasa said the ferry operator had been "
             "asked to publish its passenger lists.")
    assert _vias(_quote(a, "publish its passenger lists")) == ["KNA"]


def test_a_colourful_description_is_the_person_just_named():
    a = _run("Fisheries Minister Tomas Ekberg toured the harbour on Monday. Speaking to Radio "
             "Kestrel, the straight-talking minister said the quotas \"will not be cut.\"\n\n"
             "Fisherman Sven Ahlgren, 34, pulled three men from the water and told the Clarion "
             "about it. \"I just jumped in,\" the hero said.")
    assert _quote(a, "will not be cut").speaker.name == "Tomas Ekberg"
    assert "Sven Ahlgren" in _quote(a, "I just jumped in").speaker.name


def test_a_source_kept_anonymous_is_not_the_person_named_next():
    a = _run("Nordvik Ferries said the timetable would not change. But another manager at the "
             "firm, who asked not to be named because he was not authorised to speak, said "
             "fuel costs had already cut two routes.\n\n"
             "Analyst Petra Lind of Kestrel Bank said the firm \"can absorb the costs.\" She "
             "added that a merger was \"not on the table.\"")
    assert "Petra Lind" not in (_quote(a, "fuel costs had already cut").speaker.name or "")
    assert _quote(a, "can absorb the costs").speaker.name == "Petra Lind"


def test_a_capitalised_word_tagged_common_stays_in_the_body_s_name():
    a = _run("The province's Kivu Relief agency said it would send tents to the valley.")
    assert _quote(a, "send tents").speaker.name == "Kivu Relief"
    # a sentence start capitalises a common noun without making it a name
    a = _run("The toll rose. State television first reported 12 deaths in the morning, "
             "then revised the figure, citing Lena Ortiz, the head of the ambulance service.")
    assert all(q.speaker.name != "State" for q in a.quotes)


def test_he_is_the_unnamed_man_this_paragraph_brings_in_not_a_woman_quoted_before():
    a = _run("Wanjiru Kamau, a hydrologist at Egerton University, said the river had risen "
             "fast. \"The banks could not hold it,\" she said.\n\n"
             "A second engineer, who has surveyed the basin for the water board and spoke on "
             "condition of anonymity, was more careful. The rains were unusual, he said, and "
             "the levees were old.")
    name = _quote(a, "The rains were unusual").speaker.name or ""
    assert "Wanjiru" not in name and "engineer" in name


def test_one_is_one_of_the_group_the_paragraph_just_named():
    a = _run("In Montero, ranchers were less patient. \"We hear promises every month,\" said "
             "one, who meant the mayor.\n\n"
             "Fishermen at the quay were angry. \"Nobody listens,\" one said.")
    assert _quote(a, "We hear promises").speaker.name == "rancher"
    assert _quote(a, "Nobody listens").speaker.name == "fisherman"


def test_an_abbreviated_rank_does_not_end_the_sentence_before_the_name():
    a = _run("\"The channel is open again,\" Capt. Lars Vinter, the harbour master, said on "
             "Tuesday.\n\n"
             "The port authority, in a notice signed by its chief Eng. Tomas Ruud, maintained "
             "that the quay was sound.")
    assert _quote(a, "The channel is open again").speaker.name == "Lars Vinter"
    assert "Tomas Ruud" not in (_quote(a, "the quay was sound").speaker.name or "")


def test_those_were_the_words_of_credits_an_opening_quotation():
    a = _run("FERRY HORROR\n\n"
             "\"The deck just tipped. One minute we were dry and the next we were swimming.\"\n\n"
             "Those were the words of deckhand Omari Juma, 31, one of the few to swim ashore.")
    assert _quote(a, "One minute we were dry").speaker.name == "Omari Juma"


def test_the_authority_is_the_body_that_spoke_just_before():
    a = _run("But NaviCorp, in a statement, maintained that the lock had passed its last "
             "inspection in May. The authority said its early finding was that \"freak "
             "currents\" had undermined the gates.")
    assert _quote(a, "lock had passed").speaker.name == "NaviCorp"
    assert _quote(a, "early finding").speaker.name == "NaviCorp"


def test_a_sentence_final_said_frames_a_report_the_parser_read_as_a_noun_phrase():
    a = _run("Of the 30 workers rescued, eleven hail from Mwanza, six from Dodoma and the rest "
             "from Arusha, officials said.")
    q = _quote(a, "eleven hail from Mwanza")
    assert q.speaker.name == "officials"


def test_an_office_tagged_as_a_person_before_its_holder_is_no_name():
    from spacy.tokens import Span as SpacySpan

    from newsprism.analyze import nlp
    from newsprism.analyze.mentions import _office_before_name
    doc = nlp.load("en")("The Rail Safety Inspector, Amara Oduya, said the line was closed.")
    # the tagger's slip, set by hand: the capitalised office read as a person's name
    doc.ents = [SpacySpan(doc, 1, 4, label="PERSON"), SpacySpan(doc, 5, 7, label="PERSON")]
    assert _office_before_name(doc, doc[1:4])
    assert not _office_before_name(doc, doc[5:7])  # the holder's own name stays a name
    other = nlp.load("en")("Inspector Amara Oduya, a veteran, said the line was closed.")
    other.ents = [SpacySpan(other, 0, 3, label="PERSON")]
    assert not _office_before_name(other, other[0:3])


PLEDGES = """Striker Leon Abara told sports website GoalLine that the club had misled him. The player later told the website that "nobody called me back".

The new coach, Marco Reyes, spoke to Welsh broadcaster CymruNet on Monday. He has promised to make youth football his first priority, the broadcaster reported.

Health Minister Lena Koval urged hospitals to "keep every ward open", according to a statement posted on the ministry's website."""


def test_pledges_pleas_and_a_medium_taken_up_by_its_noun():
    a = _run(PLEDGES)
    q = _quote(a, "make youth football his first priority")
    assert q.speaker.name == "Marco Reyes" and _vias(q) == ["CymruNet"]
    assert _vias(_quote(a, "nobody called me back")) == ["GoalLine"]
    q = _quote(a, "keep every ward open")
    assert q.speaker.name == "Lena Koval" and any("website" in v for v in _vias(q))


def test_a_moment_is_no_magazine():
    from newsprism.analyze import cues
    assert cues.is_media_name("Time") and not cues.is_media_name("the time")
    a = _run('Former mayor Jan Holt had said at the time that the bridge would "never be closed".')
    assert _vias(_quote(a, "never be closed")) == []


def test_the_platform_a_reader_wrote_on_is_a_via_not_part_of_the_writer():
    a = _run('Turnout looked high. "Best night ever! Now sort the buses out," writes one voter on X.')
    q = _quote(a, "Best night ever")
    assert q.speaker.name == "one voter" and _vias(q) == ["X"]


def test_a_clause_hung_on_the_paper_told_is_what_was_told():
    a = _run("But one driver, Sam Otto, told local paper The River Post he could not afford to "
             "work.\n\nThe mayor told the story he had heard as a boy.")
    q = _quote(a, "he could not afford to work")
    assert q.speaker.name == "Sam Otto" and _vias(q) == ["The River Post"]
    assert not any("had heard as a boy" in a.text[q.start:q.end] and q.start > a.text.index("story")
                   for q in a.quotes)


def test_a_medium_the_parser_took_for_a_verb_heads_no_content():
    a = _run("Pieter Smit, chief executive of the National Rail Operator, told South African "
             "broadcaster SABN that the strike was unprotected under labour law.")
    q = _quote(a, "the strike was unprotected")
    assert a.text[q.start:q.end].startswith("that the strike")
    assert q.speaker.name == "Pieter Smit" and _vias(q) == ["SABN"]


def test_an_unnamed_speaker_named_when_the_noun_is_taken_up_with_a_name():
    a = _run('"Our children need books, not slogans," said one bus driver as he left the depot. '
             "The driver, Tomas Keller, has worked there for 19 years.")
    assert _quote(a, "need books").speaker.name == "Tomas Keller"


def test_an_interview_reported_by_another_outlet_reaches_us_through_both():
    a = _run("Trade minister Kofi Mensah spoke on Monday. In an interview with Ghana's Joy FM, "
             'reported by the Graphic newspaper, he said the ban "hurts every honest trader".')
    vias = _vias(_quote(a, "hurts every honest trader"))
    assert vias[0] == "Joy FM" and len(vias) == 2 and "Graphic" in vias[1]


# ---------------------------------------------------------------- session 7: second names,
# honorific gender, signatures, split quotations, the outlet's own newsroom


def test_an_age_description_with_an_apposition_is_the_person_just_quoted():
    a = _run("Harbour board chair Ingrid Solberg said the quay would reopen in spring.\n\n"
             "The 61-year-old, a former tug captain, added that the dredging would cost less "
             "than feared.")
    assert _quote(a, "dredging would cost less").speaker.name == "Ingrid Solberg"


def test_a_courtesy_title_picks_the_family_member_of_that_gender():
    a = _run("Mr Lim Kok Wah, 70, was on the bus when it overturned. His daughter, Ms Lim Mei "
             "Yee, 41, said he had broken two ribs.\n\n"
             '"The doctors say he will walk again," Ms Lim said.')
    assert _quote(a, "will walk again").speaker.name == "Lim Mei Yee"


def test_a_quotation_signed_after_a_dash_is_the_signers():
    a = _run('CLAIM: "Bus fares have not risen in five years." — Oskar Lindqvist-Berg, '
             "transport councillor, on local radio.\n\nVERDICT: False.")
    assert _quote(a, "Bus fares have not risen").speaker.name == "Oskar Lindqvist-Berg"


def test_the_first_half_of_a_split_quotation_has_the_second_halfs_speaker():
    a = _run("The club's captain, Maria Estevez, spoke after training.\n\n"
             '"If the fans want us to fight, we will fight," she said, "and we will not '
             'apologise for it."')
    assert _quote(a, "we will fight").speaker.name == "Maria Estevez"


def test_a_role_word_the_text_gave_a_name_takes_that_name_back():
    a = _run("Lighthouse keeper Callum Reid MacInnes has kept the lamp for thirty years.\n\n"
             "Storms are worse now, locals say. The lighthouse keeper said the last one "
             "tore the door off its hinges.")
    q = _quote(a, "tore the door off")
    assert q.speaker.name and "MacInnes" in q.speaker.name


def test_an_indefinite_speaker_is_never_the_paper_it_spoke_to():
    a = _run("A warehouse foreman, speaking to the Courier on condition of anonymity, said "
             "three loaders had been sent home without pay.")
    q = _quote(a, "three loaders had been sent home")
    assert q.speaker.name and "foreman" in q.speaker.name and "Courier" not in q.speaker.name


def test_the_station_sent_a_statement_is_the_outlet_itself_not_a_via():
    a = _run("The water board, in a reply sent to the station on Monday, said the pipes would "
             "be replaced by June.", outlet="Lakeside FM 98.2")
    assert _vias(_quote(a, "pipes would be replaced")) == []


def test_members_of_a_parliament_told_something_are_no_medium():
    a = _run("Housing Minister Ailsa Grant told MSPs on Tuesday that 400 homes had been "
             "approved.")
    q = _quote(a, "400 homes had been approved")
    assert q.speaker.name == "Ailsa Grant" and _vias(q) == []


def test_a_quoted_verdict_after_as_is_said_whatever_the_verb():
    a = _run('Opposition leader Tendai Moyo slammed the new levy as "daylight robbery" on '
             "Thursday.")
    q = _quote(a, "daylight robbery")
    assert q.speaker.name == "Tendai Moyo"


def test_the_outgoing_holder_is_whoever_resigned_from_the_office():
    a = _run("Mark Ellison resigned as chairman of the water board on Monday. The board named "
             "Priya Nair, a retired engineer, as interim chairperson.\n\nThe outgoing chairman "
             "told reporters that he had done nothing wrong. The new chairperson told them the "
             "audit would be published.")
    assert _quote(a, "he had done nothing wrong").speaker.name == "Mark Ellison"
    assert _quote(a, "audit would be published").speaker.name == "Priya Nair"


def test_an_honour_closing_an_appositive_leaves_the_name_speaking():
    a = _run("The hearing resumed on Monday.\n\nCounsel for the company, Maeve Kinsella SC, put "
             "it to the witness that he had never paid the rent on time. He accepted that he had "
             "not.")
    assert _quote(a, "never paid the rent on time").speaker.name == "Maeve Kinsella"


def test_according_to_a_report_in_a_paper_makes_the_paper_the_via():
    a = _run("According to a report in The Harbour Times, Okafor had told the board in May that "
             "he would not stand again.")
    q = _quote(a, "he would not stand again")
    assert q.speaker.name == "Okafor" and _vias(q) == ["The Harbour Times"]


def test_an_interview_given_to_a_channel_in_which_he_spoke_has_the_channel_for_via():
    a = _run("The former coach, Arvid Lund, has since given an interview to Nordlys TV in which "
             "he called the ban \"a witch hunt\".")
    q = _quote(a, "a witch hunt")
    assert q.speaker.name == "Arvid Lund" and _vias(q) == ["Nordlys TV"]


@pytest.fixture(scope="module")
def named_later():
    return _run(
        "Tessaly Mining will keep its 20 percent stake in the Norrland copper project, a "
        "Tessaly Mining executive said on Thursday.\n\n"
        "\"We are here for the long run,\" said Marta Quell, Tessaly Mining's executive "
        "director for Europe, at a conference in Oslo.\n\n"
        "\"The subsidy scheme is protectionism by another name,\" a spokesperson for the "
        "Ministry said in a statement.\n\n"
        "Foreign Ministry spokesperson Dana Whitfield told a briefing that talks would resume "
        "in May.")


def test_indefinite_role_in_the_lede_is_the_person_named_later_with_that_role(named_later):
    q = _quote(named_later, "will keep its 20 percent stake")
    assert q.speaker.name == "Marta Quell"


def test_role_of_another_body_is_not_the_person_named_later(named_later):
    q = _quote(named_later, "protectionism by another name")
    assert q.speaker.name != "Dana Whitfield"


def test_readout_speaks_for_whoever_released_it_past_a_misattached_clause():
    a = _run("A readout of Monday's call between the two leaders, released by the Velorian "
             "foreign ministry, said they had agreed to meet again in March.")
    q = _quote(a, "agreed to meet again in March")
    assert "foreign ministry" in (q.speaker.name or "").lower()


def test_said_he_after_the_quotation_is_the_man_named_before():
    a = _run("Ramesh Kothari, a farmer, said the canal had been dry since April. \"We have "
             "sold two cows to buy water. Next month there is nothing left to sell,\" said he, "
             "wiping his face.")
    q = _quote(a, "We have sold two cows")
    assert q.speaker.name == "Ramesh Kothari"


def test_the_envoy_goes_on_about_the_one_ambassador_just_named():
    a = _run("Velmora's Permanent Representative to the United Nations, Ambassador Kojo "
             "Mensah-Adjei, has asked the council to meet again before the rains.\n\n"
             "Speaking in New York on Monday, the envoy said the region had \"waited long "
             "enough\" for a decision.")
    q = _quote(a, "waited long enough")
    assert q.speaker.name == "Kojo Mensah-Adjei"


def test_a_role_phrase_with_a_possessor_is_someone_new():
    a = _run("Ambassador Kojo Mensah-Adjei spoke first at the hearing on Monday.\n\n"
             "The manufacturer's lawyer said the company was \"as surprised as anyone\".")
    q = _quote(a, "as surprised as anyone")
    assert q.speaker.name != "Kojo Mensah-Adjei"


def test_lede_spokesman_is_the_spokesman_named_with_his_title_later():
    a = _run("Velmora's presidency has ordered an inquiry into the bridge collapse, a "
             "presidential spokesman said on Wednesday.\n\n"
             "The president \"is deeply troubled\" by the deaths, spokesman Emeka Adebayo-Lawal "
             "said in a statement.")
    q = _quote(a, "ordered an inquiry into the bridge collapse")
    assert q.speaker.name == "Emeka Adebayo-Lawal"


def test_a_nationality_goes_on_about_the_coach_just_named():
    a = _run("Head coach Pieter van der Merwe said he had not been consulted on the "
             "selection. \"I coach the players I am sent,\" the South African said.")
    q = _quote(a, "I coach the players I am sent")
    assert q.speaker.name == "Pieter van der Merwe"


# ---------------------------------------------------------------- opened7 general fixes

def test_a_pronoun_tagged_onto_a_bare_title_goes_to_the_holder_named_beside_it():
    a = _run("Lorvania's Deputy Chief of Mission to the World Bank, Mrs. Ilse Marwick, stated "
             "that the loan would be signed in May. Speaking to reporters later, she said: "
             "\"We expect the first payment within weeks.\"")
    assert _quote(a, "first payment").speaker.name == "Ilse Marwick"


def test_a_post_nominal_in_brackets_does_not_hide_the_appositive_name():
    a = _run("A former naval attaché in Tunis, Cdr. Omar Belkadi (rtd), told our correspondent "
             "that the convoy had sailed at night.")
    assert _quote(a, "the convoy had sailed").speaker.name == "Omar Belkadi"


def test_a_body_after_the_comma_of_a_spokesman_for_it_is_not_the_spokesman():
    a = _run("A spokeswoman for the ferry operator, Northern Straits Shipping Ltd., said the "
             "company would \"cooperate fully\" with the inquiry.")
    sp = _quote(a, "cooperate fully").speaker
    assert "spokeswoman" in (sp.name or "").lower()


def test_an_opening_participle_clause_is_not_the_subject():
    a = _run("Addressing farmers at the district office on Friday, the agriculture officer "
             "stated that seed would be distributed next week.")
    assert "officer" in (_quote(a, "seed would be distributed").speaker.name or "")


def test_he_added_goes_on_from_the_last_speaker_not_a_man_named_in_the_question():
    a = _run("Asked whether Tomas Ekberg had called him, Pavel Rusnak replied: \"We have not "
             "spoken in months.\"\n\nHe added: \"The board will decide in June.\"")
    assert _quote(a, "board will decide").speaker.name == "Pavel Rusnak"


def test_words_that_go_on_after_a_relay_keep_its_medium():
    a = _run("Speaking to Radio Kestrel, harbour master Jonas Petrov said the pier was safe. "
             "Two cranes had been inspected on Monday, he added.\n\n"
             "Mayor Edda Lind has posted on Facebook that the town \"will rebuild\". She went "
             "on: \"Nobody will be left without a roof.\"")
    assert _vias(_quote(a, "Two cranes had been inspected")) == ["Radio Kestrel"]
    assert _vias(_quote(a, "Nobody will be left")) == ["Facebook"]


def test_a_lawsuit_speaks_for_whoever_brought_it():
    a = _run("KESTREL BAY (AWS) — A tenants' association in the old port has sued the city "
             "over mould in council flats.\n\nThe lawsuit, filed on Monday, alleges that the "
             "city \"ignored 300 complaints\" over two years.")
    assert "association" in (_quote(a, "ignored 300 complaints").speaker.name or "")


def test_a_leaked_memo_speaks_as_itself_not_as_the_body_it_is_labelled_with():
    a = _run("A Harbour Authority internal memo, seen by this newspaper, says the dredger "
             "\"cannot operate safely\" before August.")
    name = _quote(a, "cannot operate safely").speaker.name or ""
    assert "memo" in name.lower()


def test_a_dateline_with_two_places_is_not_the_subject():
    a = _run("GENEVA/KESTREL BAY, June 3 (PAP) — The harbour council on Tuesday threatened "
             "\"further closures\" if the strike went on.")
    assert "council" in (_quote(a, "further closures").speaker.name or "").lower()


def test_a_split_apposition_before_the_real_subject_does_not_speak():
    a = _run("In a statement read by the board's chair for the year, Kestrel's delegate Anna "
             "Voss, the board said it was \"deeply concerned\" by the delays.")
    assert "board" in (_quote(a, "deeply concerned").speaker.name or "").lower()


def test_a_quotation_closing_a_post_its_paragraph_opened_went_out_there():
    a = _run("The harbour master, in a video message posted on Instagram, thanked the "
             "volunteers. \"You kept this town afloat,\" the harbour master said.")
    assert _vias(_quote(a, "kept this town afloat")) == ["Instagram"]


def test_a_mission_is_not_the_body_that_sent_it():
    a = _run("At least 12 people were hurt in the clashes, according to the UN mission there.")
    assert (_quote(a, "12 people were hurt").speaker.name or "").endswith("mission")
