"""In-document coreference on short articles written for these tests (invented events), each
built around one hard case: a speaker named later, namesakes, two ministers, acronyms, "they"
for an organisation, appositives, descriptions, pronouns inside quotes."""
from __future__ import annotations

import re

import pytest

from newsprism.analyze.coref import Coref
from newsprism.analyze.entities import entities_stage
from newsprism.analyze.pipeline import Pipeline
from newsprism.analyze.structure import structure_stage
from newsprism.records import Article

SPOKESWOMAN = """Port Authority Defends Night Closures

The closure of the northern container terminal was unavoidable, a spokeswoman for the Varna Port Authority said on Monday, according to the Balkan Wire news agency.

Dock workers had staged a two-day strike over unpaid overtime before the authority shut the terminal.

"We could not guarantee the safety of anyone on the quay," Milena Draganova said. She added that the terminal would reopen once inspectors had finished their work.

Draganova, who joined the authority in 2015, told reporters that her office had received more than forty complaints from shipping firms.
"""

NAMESAKES = """Siblings Split Over Family Brewery Sale

Thomas Becker and his sister Anna Becker have taken opposite sides in the fight over the sale of the family brewery in Bamberg.

Thomas Becker, the brewery's chief executive, said the offer from a Danish group was the only way to save 80 jobs. Anna Becker said she would challenge the sale in court.

Ms. Becker owns a third of the shares. Mr. Becker controls the board, and he has called a shareholder vote for next month.

Becker told the local paper that his sister had refused three invitations to talk.
"""

MINISTERS = """Ministers Clash Over Border Deployment

Foreign Minister Karim Haddad and Defence Minister Youssef Nassar gave conflicting accounts on Tuesday of the army's role along the southern frontier.

Haddad said the troops were there only to help customs officers. The foreign minister said the deployment would end within weeks.

Nassar, speaking at a military academy, said the soldiers would stay as long as necessary. The defence minister rejected any timetable.
"""

REBELS = """Rebels Say They Downed Army Helicopter

The Northern Liberation Front (NLF) said on Sunday that its fighters had shot down an army helicopter near the town of Kessa.

The group did not provide evidence for the claim. The NLF has fought the central government since 2011, and it controls much of the mountainous north.

The army denied the report. Colonel Amadou Sissoko said the helicopter had made an emergency landing because of engine trouble and that its crew was safe.
"""

COURT = """Court Hears Final Appeal in Mining Case

Judge Helena Varga, the president of the regional court, opened the final hearing in the Kestrel Mining case on Wednesday.

The company's founder, Pavel Horak, sat beside his lawyers. Horak has denied every charge of polluting the river.

"Pavel Horak knew about the leaks for two years and he did nothing," prosecutor Ivan Lenz told the court.

Lenz said he would call six witnesses. Varga said she expected a verdict before the end of the month.
"""

OBITUARY = """Veteran Diplomat Dies at 78

Ambassador Roberto Salinas, who negotiated the 1998 fisheries treaty, died on Friday in Lima, the state news agency Andina reported.

The 78-year-old father of four had been ill for several months. He served in Washington, Tokyo and Geneva, and he was twice his country's envoy to the United Nations.

Peruvian officials praised his patience. Americans who worked with him remembered a careful negotiator, and the U.S. embassy sent condolences.
"""

UNION = """Dock Union Rejects Pay Offer

The Harbour Workers Union rejected the latest pay offer from Nordport on Monday. They said the two percent rise did not cover rising rents.

It is unclear whether the union will strike. Union leader Sara Lindqvist said members would vote next week, and she urged Nordport to return to talks.

The company said it had already improved its offer twice.
"""

AUDIT = """Mayor Rejects Audit Findings

Mayor Elena Costa dismissed the audit of the city's water contracts on Thursday.

"He never once asked to see the invoices," Costa said, referring to the chief auditor, Marco Bellini. "I will publish every contract myself."

Bellini said his report stood.
"""

WITNESS = """Warehouse Fire Under Investigation

Police questioned the owner, Daniel Ortiz, on Monday about the fire at his warehouse in Leeds.

The woman who called the fire brigade said she had seen smoke shortly after noon. Ortiz told reporters that his wife had been at home with him all morning.
"""

MISSILE = """Iran Tests New Missile

The Islamic Revolutionary Guard Corps (IRGC) said on Tuesday that it had tested a new cruise missile over the Gulf.

The Guards did not say how far the missile flew. The IRGC has expanded its missile programme since 2017, state media reported.
"""

DATELINE = """Ferry Service Halted

MARVALE (Coastal Wire) — Deckhands, who say they have not been paid since June, blocked the ferry ramp at Marvale harbour on Thursday.

The owners said the ramp would reopen soon. It was the third stoppage this year, the harbour master said.
"""

ARTICLES = {"dateline": DATELINE, "missile": MISSILE, "witness": WITNESS, "spokeswoman": SPOKESWOMAN, "namesakes": NAMESAKES, "ministers": MINISTERS,
            "rebels": REBELS, "court": COURT, "obituary": OBITUARY, "union": UNION,
            "audit": AUDIT}


@pytest.fixture(scope="module")
def analyses():
    pipe = Pipeline([structure_stage, entities_stage])
    arts = [Article(k, v, language="en") for k, v in ARTICLES.items()]
    return {a.article.id: a for a in pipe.analyze_many(arts)}


def _at(a, surface: str, nth: int = 1):
    """The entity holding the mention that is exactly the ``nth`` whole-word occurrence of
    ``surface``."""
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", a.text)]
    pos = hits[nth - 1]
    for e in a.entities:
        for m in e.mentions:
            if (m.start, m.end) == (pos, pos + len(surface)):
                return e
    return None


def _same(a, *mentions) -> bool:
    ents = [_at(a, *m) if isinstance(m, tuple) else _at(a, m) for m in mentions]
    return ents[0] is not None and all(e is ents[0] for e in ents)


def test_spokeswoman_named_later(analyses):
    a = analyses["spokeswoman"]
    e = _at(a, "a spokeswoman for the Varna Port Authority")
    assert e is not None and e.name == "Milena Draganova" and e.type == "PERSON"
    assert _same(a, "a spokeswoman for the Varna Port Authority", "Milena Draganova", "She",
                 ("Draganova", 2), "her")
    assert _at(a, "Balkan Wire").type == "ORG"
    assert _at(a, "Varna Port Authority").type == "ORG"
    assert _at(a, "We") is None  # first person inside a quote is the quotes stage's business


def test_namesakes_split_by_title_gender_and_recency(analyses):
    a = analyses["namesakes"]
    thomas, anna = _at(a, "Thomas Becker"), _at(a, "Anna Becker")
    assert thomas is not anna and thomas.type == anna.type == "PERSON"
    assert _at(a, "Ms. Becker") is anna and _at(a, "she") is anna
    assert _at(a, "Mr. Becker") is thomas and _at(a, "he") is thomas
    assert _at(a, "the brewery's chief executive") is thomas
    assert _at(a, "Becker", 7) is thomas  # the last bare "Becker": "Mr. Becker" came last
    assert _at(a, "his sister") is anna
    assert _at(a, "Siblings") is None


def test_two_ministers(analyses):
    a = analyses["ministers"]
    haddad, nassar = _at(a, "Karim Haddad"), _at(a, "Youssef Nassar")
    assert haddad is not nassar
    assert _same(a, "Foreign Minister", "Karim Haddad", ("Haddad", 2), "The foreign minister")
    assert _same(a, "Defence Minister", "Youssef Nassar", ("Nassar", 2), "The defence minister")
    assert not any(e.name == "Defence" for e in a.entities)


def test_acronym_and_organisation_pronouns(analyses):
    a = analyses["rebels"]
    nlf = _at(a, "Northern Liberation Front")
    assert nlf.type == "ORG"
    assert _same(a, "Northern Liberation Front", "NLF", ("NLF", 2), "its", "The group", "it")
    assert _at(a, "The army") is None  # another actor, never the group
    assert _at(a, "Colonel Amadou Sissoko").type == "PERSON"
    assert _at(a, "its", 2) is not nlf  # the helicopter's crew


def test_appositives_and_quoted_names(analyses):
    a = analyses["court"]
    assert _same(a, "Judge Helena Varga", "the president of the regional court", ("Varga", 2), "she")
    assert _same(a, "The company's founder", "Pavel Horak", ("Horak", 2), ("Pavel Horak", 2),
                 "he")
    assert _same(a, "Ivan Lenz", ("Lenz", 2), ("he", 2))
    assert _at(a, "Pavel Horak") is not _at(a, "Ivan Lenz")


def test_description_demonyms_and_agency(analyses):
    a = analyses["obituary"]
    salinas = _at(a, "Ambassador Roberto Salinas")
    assert salinas.name == "Roberto Salinas" and salinas.type == "PERSON"
    assert _same(a, "Ambassador Roberto Salinas", "The 78-year-old father of four", "He", "him")
    assert _at(a, "Andina").type == "ORG"
    us = _at(a, "U.S.")
    assert us.type == "GPE" and _at(a, "Americans") is us
    assert _at(a, "Peruvian officials").type == "GPE"


def test_they_for_an_organisation_and_pleonastic_it(analyses):
    a = analyses["union"]
    union = _at(a, "Harbour Workers Union")
    assert _same(a, "Harbour Workers Union", "They", "the union")
    assert _at(a, "It") is None
    assert _same(a, "Union leader", "Sara Lindqvist", "she")
    nordport = _at(a, "Nordport")
    assert nordport is not union and _same(a, "Nordport", "The company", "it", "its")


def test_pronoun_inside_a_quote_is_not_the_speaker(analyses):
    a = analyses["audit"]
    costa = _at(a, "Mayor Elena Costa")
    assert costa.name == "Elena Costa" and costa.type == "PERSON"
    assert _at(a, "Costa", 2) is costa
    assert _at(a, "He") is not costa and _at(a, "I") is None
    assert _same(a, "the chief auditor", "Marco Bellini", ("Bellini", 2), "his")


def test_bracketed_acronym_and_short_form(analyses):
    a = analyses["missile"]
    irgc = _at(a, "Islamic Revolutionary Guard Corps")
    assert irgc.type == "ORG" and irgc.name == "Islamic Revolutionary Guard Corps"
    assert _same(a, "Islamic Revolutionary Guard Corps", "IRGC", "it", "Guards", ("IRGC", 2), "its")
    assert _at(a, "Iran") is not irgc


def test_unnamed_people_stay_unnamed(analyses):
    a = analyses["witness"]
    ortiz = _at(a, "Daniel Ortiz")
    assert _same(a, "the owner", "Daniel Ortiz", "his", ("Ortiz", 2), "him")
    assert _at(a, "The woman") is None and _at(a, "she") is None  # a witness nobody names
    assert _at(a, "his wife") is None and _at(a, "his", 2) is ortiz


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_chain_invariants(analyses, key):
    a = analyses[key]
    seen = {}
    for k, e in enumerate(a.entities, 1):
        assert e.id == f"e{k}"
        spans = [(m.start, m.end) for m in e.mentions]
        assert spans == sorted(spans)
        assert all(s2 >= e1 for (_, e1), (s2, _) in zip(spans, spans[1:])), e.name
        # a country seen only through its people ("Peruvian officials") has no name mention
        assert any(m.kind == "name" for m in e.mentions) or e.type == "GPE"
        for s in spans:
            assert s not in seen, (a.text[s[0]:s[1]], e.name, seen.get(s))
            seen[s] = e.name
    firsts = [e.mentions[0].start for e in a.entities]
    assert firsts == sorted(firsts)


def test_dateline_place_stands_alone(analyses):
    a = analyses["dateline"]
    place = _at(a, "MARVALE")
    assert place is not None and place.type == "GPE"
    assert all(m.kind == "name" for m in place.mentions)  # not "Deckhands", not "It"
    assert _at(a, "Deckhands") is not place and _at(a, "It") is not place
    assert _at(a, "Coastal Wire").type == "ORG"


def test_coref_lookup_api(analyses):
    a = analyses["court"]
    co = Coref(a.entities)
    s = a.text.index("Horak has")
    assert co.entity_at(s, s + 5).name == "Pavel Horak"
    assert co.mention_at(s, s + 5).kind == "name"
    inside = co.mentions_in(0, len(a.text))
    assert len(inside) == sum(len(e.mentions) for e in a.entities)
    assert co.chain(co.entity_at(s, s + 5).id)[0].start < s
    assert co.name_at(s, s + 5) == "Pavel Horak" and co.name_at(0, 1) is None


def test_the_spokesman_skips_the_spokeswoman_named_last():
    from newsprism.analyze.pipeline import analyze
    from newsprism.records import Article
    text = ("Fire and Emergency spokesman Darren Mills said 20 crews were at the scene. Police "
            "spokeswoman Ana Taufa said cordons would stay overnight.\n\n"
            "\"The smoke is toxic,\" the spokesman said.")
    a = analyze(Article(id="t", text=text, language="en"))
    at = text.index("The smoke is toxic")
    q = next(q for q in a.quotes if q.start <= at < q.end)
    assert q.speaker.name == "Darren Mills"


def test_a_man_called_dean_is_not_the_dean_of_his_namesake():
    from newsprism.analyze.pipeline import analyze as _an
    from newsprism.records import Article as _Art
    a = _an(_Art(id="dean", language="en", outlet="The Courier",
                 text="Gemma Hollis, 34, was on the terrace when the pier fell.\n\n"
                      "Her husband, Dean Hollis, 36, said they had been lucky."))
    names = {e.name for e in a.entities if e.type == "PERSON"}
    assert "Gemma Hollis" in names and "Dean Hollis" in names


def test_a_spokeswoman_is_not_the_next_person_titled_with_another_job():
    from newsprism.analyze.pipeline import analyze as _an
    from newsprism.records import Article as _Art
    a = _an(_Art(id="spk", language="en", outlet="The Courier",
                 text="The Foreign Office said it was ready to help. A spokeswoman added that no "
                      "Britons were hurt.\n\nHarbour fire chief Ottar Lunde told local radio that "
                      "his crews had worked through the night."))
    q = next(q for q in a.quotes if "no Britons" in a.text[q.start:q.end] or
             a.text.find("no Britons") in range(q.start, q.end))
    assert q.speaker.name != "Ottar Lunde"


# Offices the text hands a named person (issue 3). First look, before the links below were
# written, on ten sentences like these: 4 of 10 quotes went to the right holder; now 9 of 10
# (left: 'Ines Carvalho, treasurer of ...' which the tagger does not take for a name at all).
def _speaker_of(text: str, words: str) -> str | None:
    from newsprism.analyze.pipeline import analyze as _an
    a = _an(Article(id="role", text=text, language="en"))
    pos = text.index(words)
    q = next((q for q in a.quotes if q.start <= pos < q.end), None)
    return q.speaker.name if q is not None and q.speaker is not None else None


def test_named_as_interim_role_then_the_new_role():
    text = ("The library trust's board named Leona Farrant as interim chairperson on Monday.\n\n"
            "\"We will publish the accounts in full,\" the new chairperson told reporters.")
    assert _speaker_of(text, "publish the accounts") == "Leona Farrant"


def test_appointed_x_head_parsed_as_one_phrase():
    text = ("The cabinet appointed Dmitri Volkan head of the coast guard on Friday.\n\n"
            "The new head said patrols would double.")
    assert _speaker_of(text, "patrols would double") == "Dmitri Volkan"


def test_x_became_governor():
    text = ("Marta Solvik became governor of the central bank in March.\n\n"
            "The governor said inflation would ease by winter.")
    assert _speaker_of(text, "inflation would ease") == "Marta Solvik"


def test_the_former_minister_is_the_one_replaced():
    text = ("Sani Bello replaced Ade Okafor as minister of works last month.\n\n"
            "The former minister said the roads project had been fully funded.")
    assert _speaker_of(text, "fully funded") == "Ade Okafor"
    text2 = text.replace("The former minister", "The new minister")
    assert _speaker_of(text2, "fully funded") == "Sani Bello"


def test_outgoing_and_incoming_holders_of_one_office():
    base = ("The outgoing chairman, Hamid Rostami, handed over to Kaveh Jalali at a short "
            "ceremony. Jalali, the incoming chairman, thanked staff.\n\n")
    assert _speaker_of(base + "The outgoing chairman said the club's debts were under control.",
                       "debts were") == "Hamid Rostami"
    assert _speaker_of(base + "The new chairman said he would sell two players.",
                       "sell two players") == "Kaveh Jalali"


def test_x_comma_role_of_body():
    text = ("Halvard Brekke, treasurer of the rowing federation, met the mayor on Tuesday.\n\n"
            "The treasurer said the federation could not pay for the repairs.")
    assert _speaker_of(text, "could not pay") == "Halvard Brekke"


def test_the_regulator_is_the_body_named_with_that_word():
    text = ("The Energy Market Regulator fined three suppliers last year. Prices rose again in "
            "May.\n\nThe regulator said it would open a new inquiry.")
    assert _speaker_of(text, "new inquiry") == "Energy Market Regulator"


def test_the_new_holder_is_the_one_not_called_former():
    # second batch of eight, written after the code above: first look 6/8, now 8/8
    text = ("Aiko Mori, the former chief executive, sued the company. Her successor, Kenji Sato, "
            "was appointed chief executive in June.\n\n"
            "The new chief executive said the lawsuit had no merit.")
    assert _speaker_of(text, "no merit") == "Kenji Sato"


def test_elected_as_their_new_secretary_general():
    text = ("Members elected Bartosz Nowicki as their new secretary-general at the congress.\n\n"
            "The secretary-general promised to cut fees.")
    assert _speaker_of(text, "cut fees") == "Bartosz Nowicki"


def test_an_appointed_body_is_not_made_a_person():
    text = ("The ministry appointed Harbour Logistics Group as operator of the new terminal.\n\n"
            "The ministry said the contract ran for ten years.")
    from newsprism.analyze.pipeline import analyze as _an
    a = _an(Article(id="org", text=text, language="en"))
    assert all(e.type != "PERSON" for e in a.entities if "Harbour" in e.name)


def test_the_presidents_nephew_is_not_the_president():
    text = ("Rafael Quintero is the president's nephew. President Lucia Ibarra opened the dam "
            "on Friday.\n\nThe president said the dam would end the water cuts.")
    assert _speaker_of(text, "water cuts") == "Lucia Ibarra"


# Session 8, opened6 (issue: a sealed set's Irish hearing and Dáil sketch): three ways a
# named person fell apart into two entities.
def test_surname_with_particle_meets_its_full_name():
    text = ("Siobhán Ní Dhonnchadha, the harbour master, gave evidence on Tuesday. Under "
            "questioning, Ms Ní Dhonnchadha said the crane had been tested in May.\n\n"
            "Piet van der Merwe, the crane's maker, said Mr van der Merwe's firm kept the logs.")
    a = Pipeline([structure_stage, entities_stage]).analyze(Article("p", text, language="en"))
    assert _same(a, "Siobhán Ní Dhonnchadha", "Ms Ní Dhonnchadha")
    assert _same(a, "Piet van der Merwe", "Mr van der Merwe")


def test_honour_after_a_name_is_no_second_name():
    text = ("Questioned by Fergal Moriarty SC, counsel for the council, the surveyor said the "
            "wall had moved. \"Did anyone tell you to stop?\" Mr Moriarty asked.")
    a = Pipeline([structure_stage, entities_stage]).analyze(Article("h", text, language="en"))
    assert not any(e.name == "SC" for e in a.entities)
    assert _same(a, "Fergal Moriarty", "Mr Moriarty")
    assert _at(a, "Fergal Moriarty").type == "PERSON"


def test_the_before_an_office_tagged_as_a_name_leaves_it_a_role():
    text = ("The Tánaiste, Clodagh Breathnach, would not be drawn. \"The report comes first,\" "
            "she said.")
    assert _speaker_of(text, "The report comes first") == "Clodagh Breathnach"


def test_whoever_gave_evidence_is_the_witness():
    text = ("The planning tribunal sat for a third day on Wednesday.\n\nGráinne Tuohy, a retired "
            "surveyor, gave evidence about the cracked wall. Asked whether the builder had been "
            "warned, Ms Tuohy said he had. \"I put it in writing twice,\" the witness said.")
    assert _speaker_of(text, "I put it in writing twice") == "Gráinne Tuohy"
