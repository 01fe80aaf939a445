"""Session 21 (issue 3), speakers on the opened eighteenth English set: general reading steps,
each tested on sentences written for this file (none from the sets).

- An office the tagger took for a person ('the Menteri Besar', 'the Taoiseach': no list holds
  every office) is named by an apposition anywhere in the article ('the Ombudsman, Ruth
  Kealy,'): every mention of it, a lede's "Westshire's Ombudsman said" before the apposition
  and a 'she' coreference gave the title after it, is that person (speaker_offices).
- A role phrase opened by a possessive pronoun ('said its deputy governor', 'their lawyer
  said') is definite like 'the ...': the body's own holder of that role, whom the next
  paragraphs name ('Deputy Governor X said'), also when the role word is a title
  (role_names: _POSSESSIVES).
- A body given first by a description with a possessor ("Westshire's water regulator says")
  is the one named body nearby whose name holds the description's content word and its kind,
  or for 'regulator'/'watchdog' any body head ('Westshire Water Services Authority'); a
  'mines ministry' is never a 'Copper Mines' firm (speaker_described_body).
- Adjacent names the tagger split, the first a body opening on 'The' ('The Northland Roads
  Agency' + 'Te Ara Nui'), are one body's name, kept a body (mention_spans.joined_ents).
- A firm named with a closed-up plural kind word ('Kestrel Coachlines', 'Harbour Steelworks')
  is a body, not a person, so a following 'It said' takes it up (mentions: _CLOSED_KIND).
- A round-up's bulleted line '- The Growers Federation, in a statement: "..."' or '- Harbour
  Union, which represents dockers: "..."' gives the phrase before its first comma as the
  speaker: the last person named in it, else a body named at its end, else the capitalised
  phrase itself (speaker_bullets).
- 'the elder Mokhothu', 'the younger Pettigrew': of two namesakes, the one the article names as
  a parent ('Her mother, X') or child ('The defendant's son, X'; 'X and her daughter, Y'), or
  by the higher or lower age ('X, 61,'); naming one settles the other; an article that sets
  one namesake apart so keeps the bare surname for the other (speaker_elder).
- Figures a named body puts out ('according to an estimate published by the broker X', 'a
  forecast from the Y Institute') are that body's words; only a named issuer after the noun
  counts (speaker_documents._FIGURES).
- 'Vice Minister of [High Technology] Energy Jane Roe': the first words of a portfolio whose
  capitalised run goes on to the holder's name are no one's name, so no 'she' is given to them
  (mentions.ner_names with _portfolio_office).
- A name before a programme word ('on the Harbour Hour podcast') is a medium, like a station
  named before 'radio' (mentions: _PROGRAMME_AFTER).
- '"...," she said' right after a paragraph whose speaker she fits: when coreference gave the
  pronoun to someone named before that speaker, the speaker named since is whom it takes up
  (sources._last_speaker_since); a chain's pronouns before a person is first named (come with
  a merged description) are no evidence of her gender (sources._gender_ok).
- A two-word name the tagger called a body or place whose last word is the surname of a
  tagged person in the story ('Marisol Dacanay' beside 'Her father, Ramon Dacanay') is a
  relative, a person (mentions.ner_names), so 'the nurse' after her paragraph is she.
- A bare surname two people share ('Dacanay, who sends her parents half her pay, said she')
  is the namesake whom the clause's gender words or courtesy title fit, when only one fits
  (speaker_namesakes); a phrase naming one namesake in full after the bare surname
  ('Another Dacanay, the village's teacher, Luz Dacanay') is that one.
- 'A wholesaler from Cairo, Omar Nabil, who spoke through an interpreter ..., said':
  the person a comma sets in apposition to the phrase's own noun speaks, however long the
  clause after the name (sources._named_in_apposition).
"""
from __future__ import annotations

from newsprism.analyze.pipeline import analyze
from newsprism.records import Article


class _Said(dict):
    """Quoted span -> speaker name; looked up by any words the span holds."""

    def __getitem__(self, words: str):
        for span, name in self.items():
            if words in span:
                return name
        raise KeyError(words)


def _quotes(text: str, outlet: str | None = None) -> _Said:
    a = analyze(Article(id="t-s21", text=text, language="en", outlet=outlet))
    return _Said({a.text[q.start:q.end]: q.speaker.name for q in a.quotes})


def test_office_named_by_apposition_stands_for_its_holder_before_and_after():
    text = ("Drought relief promised for hill farms\n\n"
            "DUNMORE — Westshire's Penghulu said on Friday that every hill farm would receive "
            "a water tank before the summer.\n\n"
            "Visiting a farm near Carrow, the Penghulu, Idris Mansor, said the tanks had "
            "already been ordered.\n\n"
            "\"Nobody here should carry water up a hill in buckets again,\" he said.\n")
    got = _quotes(text)
    assert got["every hill farm would receive a water tank"] == "Idris Mansor"
    assert got["Nobody here should carry water"] == "Idris Mansor"


def test_possessive_title_is_named_in_the_next_paragraph():
    text = ("Central bank orders lenders to pause repossessions\n\n"
            "PORT ELLIS, May 2 -- The Reserve Bank of Karanda has ordered lenders to pause "
            "repossessions in flooded districts for ninety days, said its deputy governor.\n\n"
            "Deputy Governor Amara Okafor said lenders must report every paused case to the "
            "bank each week.\n")
    got = _quotes(text)
    assert got["has ordered lenders to pause repossessions"] == "Amara Okafor"


def test_described_regulator_is_the_named_agency_with_its_second_name():
    text = ("Ferry failed safety check, inquiry finds\n\n"
            "HARBOURTON, June 4 - A ferry that ran aground off Pike Point in March had failed "
            "a hull survey two months earlier, Northland's maritime regulator says.\n\n"
            "The Northland Maritime Agency Te Ara Moana (NMA) published its findings on Tuesday. "
            "In the report, the agency says the operator had \"no record of the repairs it "
            "claimed to have made\".\n")
    got = _quotes(text)
    assert got["had failed a hull survey"] == "Northland Maritime Agency Te Ara Moana"
    assert got["no record of the repairs"] == "Northland Maritime Agency Te Ara Moana"


def test_kind_named_description_needs_its_kind_in_the_name():
    text = ("Copper exports slow\n\n"
            "Ndola Copper Mines said output fell by a tenth in April.\n\n"
            "Separately, the country's mines ministry said it would review every export "
            "licence before June.\n")
    got = _quotes(text)
    assert got["would review every export licence"] != "Ndola Copper Mines"


def test_closed_up_firm_name_is_a_body_taken_up_by_it():
    text = ("Coach firm takes buses off the road\n\n"
            "The regional transport board published its audit on Monday.\n\n"
            "In a statement, Marlow Coachlines said it \"accepts every finding\". It said it "
            "had since hired two new mechanics.\n")
    got = _quotes(text)
    assert got["accepts every finding"] == "Marlow Coachlines"
    assert got["had since hired two new mechanics"] == "Marlow Coachlines"


def test_round_up_bullets_name_the_phrase_before_the_comma():
    text = ("Port closure: the reactions\n\n"
            "The harbour authority closed the container port for a week on Monday.\n\n"
            "Among the reactions:\n\n"
            "- The Growers Federation, in a statement: \"Our fruit will rot on the quay.\"\n\n"
            "- Dock Workers Union, which represents crane drivers: \"Nobody asked the people "
            "who run the cranes.\"\n\n"
            "- Senator Paula Grey of Eastport, on X: \"A week is a long time for a harbour town.\"\n")
    got = _quotes(text)
    assert got["Our fruit will rot"] == "Growers Federation"
    assert got["Nobody asked the people"] == "Dock Workers Union"
    assert got["A week is a long time"] == "Paula Grey"


def test_elder_and_younger_namesakes_by_relation_and_age():
    text = ("Mechanic tells court of soft brakes\n\n"
            "Derek Hollow, 58, denies dangerous driving.\n\n"
            "The defendant's son, Kieran Hollow, a mechanic at the depot, gave evidence on "
            "Tuesday. \"I told him the brakes were soft,\" he said.\n\n"
            "\"Nobody at the depot listened to me,\" the younger Hollow added.\n\n"
            "\"I trusted the depot to fix it,\" the elder Hollow said later.\n")
    got = _quotes(text)
    assert got["Nobody at the depot listened"] == "Kieran Hollow"
    assert got["I trusted the depot"] == "Derek Hollow"


def test_elder_namesake_named_as_parent_in_a_pair():
    text = ("Bakery reopens after fire\n\n"
            "The shop on Mill Road is run by Agnes Toller and her daughter, Ruth Toller.\n\n"
            "\"We baked the first loaves at four this morning,\" the elder Toller said.\n")
    got = _quotes(text)
    assert got["We baked the first loaves"] == "Agnes Toller"


def test_estimate_published_by_a_named_firm_is_the_firms():
    text = ("Storm losses mount\n\n"
            "MANILA — Insured losses from the storm could reach $900 million, according to an "
            "estimate published on Monday by the risk consultancy Halden Analytics.\n")
    got = _quotes(text)
    assert got["Insured losses from the storm could reach"] == "Halden Analytics"


def test_portfolio_words_before_the_holder_take_no_pronoun():
    text = ("Ministry keeps door open\n\n"
            "In a video posted by the ministry on Friday, Vice Minister of High Mountain Affairs "
            "Carla Mendes said the tender remained open. \"Every bidder meets the same rules,\" "
            "she said.\n")
    a = analyze(Article(id="t-s21m", text=text, language="en"))
    assert [e.name for e in a.entities if e.type == "PERSON"] == ["Carla Mendes"]
    got = _Said({a.text[q.start:q.end]: q.speaker.name for q in a.quotes})
    assert got["Every bidder meets the same rules"] == "Carla Mendes"


def test_programme_named_before_podcast_is_a_medium():
    from newsprism.analyze.pipeline import analyze as run
    a = run(Article(id="t-s21p", text=("Families wait for answers\n\n"
                                      "Dr Ana Lui, a surgeon, said on the Harbour Hour podcast "
                                      "that families were told too little.\n"),
                    language="en"))
    types = {e.name: e.type for e in a.entities}
    assert types.get("Harbour Hour") == "ORG"


def test_she_after_a_speaker_named_since_an_earlier_person():
    text = ("Families wait for answers\n\n"
            "The Island Herald reported, citing the state broadcaster's Radio 2XY, that the "
            "minister of the family's home church in Vailele, Rev. Tomas Vale, had told his "
            "congregation that the village was praying for the injured.\n\n"
            "Dr Sione Tapueluelu, a paediatrician who treated several of the children, said on "
            "the Harbour Hour podcast that families were often the last to be told anything.\n\n"
            "\"Nobody decides to leave them out. Nobody decides to bring them in,\" she said.\n")
    got = _quotes(text)
    assert got["Nobody decides to leave them out"] == "Sione Tapueluelu"


def test_namesakes_told_apart_by_the_clause_gender_words():
    text = ("Typhoon cuts off village\n\n"
            "TAMUNING — Marisol Dacanay finished a night shift at the island's main hospital on "
            "Monday and spent the morning trying to call her parents in Barangay Pinili.\n\n"
            "\"The line just kept ringing. I watched the pictures with my hands shaking,\" the "
            "nurse said.\n\n"
            "Her father, Ramon Dacanay, posted a video from the roof of the chapel on Tuesday. "
            "\"We are safe. The harvest is gone,\" he said.\n\n"
            "Dacanay, who sends her parents half her pay every month, said she would now have "
            "to send more.\n")
    got = _quotes(text)
    assert got["The line just kept ringing"] == "Marisol Dacanay"
    assert got["We are safe"] == "Ramon Dacanay"
    assert got["she would now have to send more"] == "Marisol Dacanay"


def test_namesake_named_in_full_inside_the_phrase():
    text = ("Island waits for its ferry\n\n"
            "Speaking at a meeting in the village hall on Monday, fisherman Ewan Rennie, 74, "
            "said: \"The boat used to be late. Now the boat is broken.\"\n\n"
            "Another Rennie, the island's pharmacist, Dr Isla Rennie — no relation — said "
            "three patients had missed hospital appointments since the ferry stopped.\n")
    got = _quotes(text)
    assert got["The boat used to be late"] == "Ewan Rennie"
    assert got["three patients had missed hospital appointments"] == "Isla Rennie"


def test_bare_surname_is_the_namesake_not_set_apart_by_generation():
    text = ("Skier hurt in lift accident\n\n"
            "A Jamaican sprinter turned skier, Tanya Whyte, broke her ankle when a chairlift "
            "stopped suddenly in Austria on Saturday.\n\n"
            "Her mother, Claudette Whyte, a teacher in Kingston, said she heard about the "
            "accident from a neighbour. \"I did not sleep until she called,\" the elder Whyte "
            "said.\n\n"
            "Whyte said she hoped to race again \"before the end of the season.\"\n")
    got = _quotes(text)
    assert got["I did not sleep until she called"] == "Claudette Whyte"
    assert got["before the end of the season"] == "Tanya Whyte"


def test_person_in_apposition_to_an_indefinite_phrase_speaks():
    text = ("Tea prices slide at auction\n\n"
            "Prices fell for a third week at the Mombasa auction on Tuesday.\n\n"
            "A wholesaler from Cairo, Omar Nabil, who spoke to Coast FM through an interpreter "
            "at the Kericho factory on Tuesday, said his firm would wait for the next sale "
            "before buying again.\n")
    got = _quotes(text)
    assert got["his firm would wait for the next sale"] == "Omar Nabil"
