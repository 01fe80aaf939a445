"""Events, session 20: the general fixes of the seventeenth opened set (events_opened17.jsonl),
each a missing reading step rather than a reading of one row; sentences written here.

- A day after 'on' unmakes only the 'call on X' demand ('called her on Friday'); it no
  longer drops a particle's own act: 'reservists were called up on Wednesday' (MOBILIZE),
  'called off the curfew on Monday' (event_refine, lemma 'call').
- An envoy told to go in the passive is expelled as in the active: 'Two diplomats were
  ordered to leave', 'the ambassador was given 72 hours to leave' (SANCTION; people who are no
  envoys, COERCE), the passive's subject the target and its 'by' the actor, also where the
  parser hangs that 'by' on the leaving (event_refine._envoy_ordered_out,
  events._names_envoy, event_light.people_given_notice, event_args._complement_agents).
- A link to the world cut by a state, 'could cut internet nationwide', 'suspended mobile
  internet services', is a restriction on expression (CAMEO 1721, COERCE) with no party for
  the link itself; 'cut broadband prices' stays trade, and an operator's outage ('suspended
  internet services for maintenance') is none: only a state or a force silences
  (plover_senses.LINK_CUTTING, event_refine.LINK_HEADS, event_light.STATE_DOERS).
- 'let a convoy into the town', 'allowed aid trucks through': a permission to cross a line
  told by a preposition or particle alone, the verb of going unsaid, concedes as 'let the
  trucks enter' does (event_light.ACROSS in permission_given).
- 'will grant an amnesty': granting bestows the act its noun names, so the verb's 'will'
  reaches the noun (future outranks the closing 'announced', ruling 7) (factuality.LIGHT).
- 'walked out of talks with X': those the talks were held with are the party the walkout
  rejects (event_args._talks_left).
- A title-case headline's 'X, Y Verb' is 'X and Y Verb': 'Kenya, Somalia Sign Treaty' reads
  the first party as actor and the second as target for agreements and meetings, both as
  actors otherwise (events._comma_pair).
- People named by the body they come from ('Negotiators from Colombia', 'Fighters from the
  Rapid Support Forces') resolve to that body in the record (event_resolve._entity_of); the
  argument's phrase now runs through the name too, so reports and the eval see what the
  record holds (event_resolve._name_end). gold 1 row and wire 1 row fixed, none broken.
- 'the port of Hodeidah' names a facility at a town, not a settlement as 'the town of Nuh'
  does: the port is the first head, the town's name the next (event_args.FACILITIES);
  wire 1 and wire21 1 row fixed, none broken (the record still resolves to the town).
- A full sentence (full stop, determined subject) the parser left with a noun at its root
  and a past form right after it, with no 'by', has that form as its main verb and the noun
  as its doer ('The warring factions consented to a truce'), not a reduced passive
  (event_context._finite_after_root); a headline's bare passive keeps its reading.
  heldout 1 row fixed, none broken.
- 'Both sides accused each other': one plural party with no second to split off keeps the
  reciprocal as its target (events, the 'each other' branch). probe 1 row fixed.
- Probes of our own long subjects (no eval row moved, none broken): a subject before a part
  aside ('Troops ..., many of them deployed last month, withdrew') does the verb the parser
  hung on the aside's participle (event_context._aside_subject); 'some of them armed with
  sticks' describes, it supplies nothing (no AID); 'police backed by armoured vehicles' names
  the force's means, no backer (no SUPPORT; event_refine.BACKING_GEAR).
- 'tariffs on American farm goods': goods named by their country's adjective stay the
  target, as 'Chinese steel' does (event_args._parties). wire19 1 row fixed, none broken.
- 'An airstrike that hit a wedding party ... killed 17 people': the means noun folded into
  the harm verb brings its own relative clause of harm along, one happening, what it hit a
  target too (event_args._absorb). opened4 1 row fixed, none broken; link scores unchanged.
- 'Kenya's opposition leader said he would hold talks': 'he' or 'she' reporting an act of
  one office holder who speaks is that holder (a body's 'he', 'Police said he fired', stays
  'he'); the reported doer now also reaches an event noun's light verb
  (event_context._reported_doer, OFFICES). opened5 1 row fixed, none broken.
- A gerund after a preposition ('is accused of ordering the killing', 'arrested three men
  for attacking', 'After shelling the village, the militia withdrew') is done by the object
  held to account, else the passive's subject, else the governing verb's subject; the light
  verb passes that doer to its event noun (event_context._subjects, HELD_TO_ACCOUNT).
  wire35 1 row fixed, none broken.
- An act's own relative clause of harm names what it hit ('a cyberattack that disrupted the
  water supply') where no party is named otherwise (event_args.HITTING). wire7 1 row fixed.
"""
from __future__ import annotations

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def _hits(nlp, text):
    from newsprism.analyze import events
    return [c for c in events.find_candidates(nlp(text)) if events_eval._kept(c)]


def _typed(nlp, text):
    return {(c.type, c.tok.text) for c in _hits(nlp, text)}


def _fact(nlp, text, word):
    from newsprism.analyze import factuality
    return factuality.assess(_hit(nlp, text, word).tok)[0]


def test_called_up_on_a_day_mobilizes(nlp):
    text = "About 4,000 reservists were called up on Tuesday by the defence ministry."
    assert ("MOBILIZE", "called") in _typed(nlp, text)
    acts, _ = _args(_hit(nlp, text, "called"))
    assert any("ministry" in a for a in acts)


def test_called_off_on_a_day_keeps_its_act(nlp):
    assert ("CONCEDE", "called") in _typed(
        nlp, "The governor called off the curfew on Monday after a week of calm.")


def test_a_call_on_a_day_is_no_demand(nlp):
    assert not any(t == "REQUEST" for t, _ in _typed(
        nlp, "The minister called her on Friday about the flooding."))


def test_envoys_ordered_to_leave_in_the_passive(nlp):
    text = ("Three Belarusian diplomats were ordered to leave Lithuania within 48 hours by the "
            "foreign ministry.")
    c = _hit(nlp, text, "ordered")
    assert c.type == "SANCTION"
    acts, tgts = _args(c)
    assert any("ministry" in a for a in acts) and any("diplomats" in t for t in tgts)


def test_envoy_given_hours_to_leave_in_the_passive(nlp):
    text = "The Iranian ambassador was given 72 hours to leave the country by the government."
    c = _hit(nlp, text, "leave")
    assert c.type == "SANCTION"
    acts, tgts = _args(c)
    assert any("government" in a for a in acts) and any("ambassador" in t for t in tgts)


def test_people_given_hours_to_leave_in_the_passive(nlp):
    c = _hit(nlp, "Foreign reporters were given 48 hours to leave the country.", "leave")
    assert c.type == "COERCE"
    assert any("reporters" in t for t in _args(c)[1])


def test_ordered_to_leave_by_a_day_names_no_doer(nlp):
    c = _hit(nlp, "Two Dutch diplomats were ordered to leave by Friday.", "ordered")
    assert c.type == "SANCTION" and not _args(c)[0]


def test_internet_cut_is_coerce(nlp):
    text = "The military government could cut internet access nationwide if unrest spreads."
    c = _hit(nlp, text, "cut")
    assert c.type == "COERCE" and not _args(c)[1]
    assert _fact(nlp, text, "cut") == "hypothetical"
    assert ("COERCE", "suspended") in _typed(
        nlp, "Authorities suspended mobile internet services in two provinces on Monday.")


def test_prices_cut_is_no_coercion(nlp):
    assert not _typed(nlp, "The operator cut broadband prices by a tenth in March.")
    assert not _typed(nlp, "The earthquake cut internet access to the island.")


def test_convoy_let_into_a_town_concedes(nlp):
    text = "The army let a UN convoy into the besieged city of Marib on Thursday."
    c = _hit(nlp, text, "let")
    assert c.type == "CONCEDE"
    acts, tgts = _args(c)
    assert any("army" in a for a in acts) and any("convoy" in t for t in tgts)
    assert ("CONCEDE", "allowed") in _typed(
        nlp, "The authorities allowed 30 aid trucks through the checkpoint at dawn.")


def test_let_into_without_a_line_is_no_concession(nlp):
    assert not _typed(nlp, "The coach let the players into the stadium early.")
    assert not _typed(nlp, "The new rules allow investors into the bond market.")


def test_granted_amnesty_takes_the_verbs_future(nlp):
    text = ("The government will grant an amnesty to fighters who hand in their guns, the "
            "interior minister announced.")
    assert _fact(nlp, text, "amnesty") == "future"


def test_agreed_to_extend_a_ban_stays_reported(nlp):
    # ruling 7: the ban is a given noun; prolonging it does not make it future
    text = "The bloc agreed to extend its ban on timber imports from Belarus, diplomats said."
    assert _fact(nlp, text, "ban") == "reported"


def test_walkout_from_talks_targets_the_other_side(nlp):
    text = "Union negotiators walked out of talks with the port authority on Monday."
    c = _hit(nlp, text, "walked")
    assert c.type == "REJECT"
    assert any("authority" in t for t in _args(c)[1])


def test_headline_comma_pair_is_two_parties(nlp):
    c = _hit(nlp, "Chile, Peru Sign Fisheries Accord After Long Dispute", "sign")
    acts, tgts = _args(c)
    assert acts == ["Chile"] and tgts == ["Peru"]
    c = _hit(nlp, "Ghana, Togo Hold Talks On Border Security", "talks")
    acts, tgts = _args(c)
    assert any("Ghana" in a for a in acts) and any("Togo" in t for t in tgts)


def test_people_from_a_named_body_name_it(nlp):
    # the record resolves the doer to the body (event_resolve._entity_of); the phrase says so
    acts, _ = _args(_hit(nlp, "Delegates from Bolivia and the miners' union agreed on a truce "
                         "in La Paz on Monday.", "agreed"))
    assert any("Bolivia" in a and "Delegates" in a for a in acts)


def test_people_from_a_common_noun_stay_themselves(nlp):
    acts, _ = _args(_hit(nlp, "Gunmen from the hills attacked a police post on Sunday.",
                         "attacked"))
    assert acts == ["Gunmen"]


def test_port_of_a_town_is_the_port_then_the_town(nlp):
    _, tgts = _args(_hit(nlp, "Warplanes struck the port of Berbera overnight.", "struck"))
    assert "the port" in tgts and "Berbera" in tgts
    _, tgts = _args(_hit(nlp, "Warplanes struck the town of Berbera overnight.", "struck"))
    assert tgts == ["Berbera"]


def test_past_form_after_a_root_noun_in_a_full_sentence_is_its_verb(nlp):
    # the small model may hang the main verb on the subject as a reduced relative
    for text in ("The warring factions consented to a 72-hour truce brokered by Qatar.",
                 "The rival militias consented to a ceasefire brokered by Oman."):
        hits = [c for c in _hits(nlp, text) if c.type == "AGREE"]
        assert hits, text
        acts, tgts = _args(hits[0])
        assert acts and not tgts, (text, acts, tgts)


def test_headline_bare_passive_stays_a_passive(nlp):
    c = _hit(nlp, "Journalist Detained After Covering Protest In Osla", "detained")
    acts, tgts = _args(c)
    assert any("journalist" in t.lower() for t in tgts) and not acts


def test_one_plural_party_accusing_each_other(nlp):
    c = _hit(nlp, "The two factions blamed each other for the collapse of the truce.", "blamed")
    acts, tgts = _args(c)
    assert acts and tgts == ["each other"]
    c = _hit(nlp, "Armenia and Azerbaijan accused each other of shelling border posts.",
             "accused")
    acts, tgts = _args(c)
    assert acts == ["Armenia"] and tgts == ["Azerbaijan"]


def test_subject_before_a_part_aside_does_the_act(nlp):
    text = ("Soldiers of the peacekeeping mission, many of them sent only in March, withdrew "
            "from three villages near the border.")
    hits = [c for c in _hits(nlp, text) if c.type == "RETREAT"]
    assert hits and any("Soldiers" in a for a in _args(hits[0])[0])


def test_armed_with_describes_and_supplies_nothing(nlp):
    text = "Protesters, some of them armed with sticks, stormed the parliament building."
    assert not any(t == "AID" for t, _ in _typed(nlp, text))
    assert ("AID", "armed") in _typed(nlp, "Iran armed the Houthis with missiles.")


def test_backed_by_gear_is_no_support(nlp):
    text = "Riot police backed by armoured vehicles broke up the sit-in on Sunday."
    assert not any(t == "SUPPORT" for t, _ in _typed(nlp, text))
    assert ("SUPPORT", "backed") in _typed(nlp, "Rebels backed by Rwanda seized the town.")


def test_goods_named_by_their_country_are_the_target(nlp):
    _, tgts = _args(_hit(nlp, "Ottawa imposed tariffs of 20 percent on Chinese farm goods.",
                         "tariffs"))
    assert any("goods" in t for t in tgts)
    assert not _args(_hit(nlp, "Ottawa imposed tariffs on farm goods.", "tariffs"))[1]


def test_means_relative_clause_of_harm_joins_the_event(nlp):
    text = "An army drone strike that hit a funeral procession in Kachin killed 11 people."
    hits = [c for c in _hits(nlp, text) if c.type == "ASSAULT"]
    assert len(hits) == 1
    assert any("procession" in t for t in _args(hits[0])[1])


def test_office_holder_speaking_of_himself_does_the_act(nlp):
    c = _hit(nlp, "The opposition leader said he would hold talks with the president next "
                  "week.", "talks")
    assert any("leader" in a for a in _args(c)[0])
    c = _hit(nlp, "The interior minister said she had expelled two diplomats.", "expelled")
    assert any("minister" in a for a in _args(c)[0])


def test_a_body_reporting_on_him_is_not_him(nlp):
    c = _hit(nlp, "Police said he fired at officers before fleeing.", "fired")
    assert _args(c)[0] == ["he"]


def test_gerund_after_a_preposition_is_done_by_the_one_held_to_account(nlp):
    text = "A retired police chief is accused of ordering the killing of two students."
    hits = [c for c in _hits(nlp, text) if c.tok.text == "killing"]
    assert hits and any("chief" in a for a in _args(hits[0])[0])
    c = _hit(nlp, "Police arrested three men for attacking a synagogue.", "attacking")
    assert any("men" in a for a in _args(c)[0])
    c = _hit(nlp, "After shelling the village for a week, the militia withdrew.", "shelling")
    assert any("militia" in a for a in _args(c)[0])


def test_an_acts_relative_clause_names_what_it_hit(nlp):
    c = _hit(nlp, "Hackers linked to Moscow carried out a cyberattack that crippled the "
                  "national railway network.", "cyberattack")
    assert any("network" in t for t in _args(c)[1])


def test_an_operators_outage_is_no_coercion(nlp):
    assert not _typed(nlp, "The operator suspended internet services for six hours for "
                           "maintenance.")
    assert ("COERCE", "cut") in _typed(nlp, "Iran cut internet access across the country.")
