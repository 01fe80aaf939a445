"""Events on unseen copy (session 12: wire23's tuning, session 11's held-out misses);
sentences written here."""
from __future__ import annotations

import events_eval
from events_eval import candidate as _hit, arg_phrases as _args


def _kept_types(nlp, text: str) -> list[str]:
    return [k.split(":")[0] for k in events_eval.kept_events(nlp(text))]


def test_a_raid_by_irregulars_or_one_that_killed_is_an_attack(nlp):
    hit = _hit(nlp, "Bandits raided a cattle market near Korvu on Sunday.", "raided")
    assert hit.type == "ASSAULT", hit.type
    hit = _hit(nlp, "Unknown men raided the village at night, killing four farmers.", "raided")
    assert hit.type == "ASSAULT", hit.type
    # the police searching a house stay coercion
    hit = _hit(nlp, "Police raided the offices of an opposition newspaper in Vessa.", "raided")
    assert hit.type == "COERCE", hit.type


def test_a_capture_needs_ground_arms_or_a_force(nlp):
    assert _kept_types(nlp, "A wildlife photographer captured the eagle's dive on film.") == []
    assert _hit(nlp, "Rebels captured a bridge over the Osla river.", "captured").type == "ASSAULT"
    assert _hit(nlp, "Marvian troops captured the town of Korvu.", "captured").type == "ASSAULT"


def test_people_in_need_helped_are_aided(nlp):
    hit = _hit(nlp, "The Red Cross helped 400 displaced families return to Korvu.", "helped")
    assert hit.type == "AID" and any("families" in p or "displaced" in p
                                     for p in _args(hit)[1]), _args(hit)
    assert _kept_types(nlp, "The coach helped the young players settle in quickly.") == []


def test_an_athletics_meeting_is_play(nlp):
    assert _kept_types(nlp, "The hurdler said she would attack the national record at the "
                            "summer meeting in Osla.") == []


def test_the_resolver_after_by_is_the_reactions_target(nlp):
    hit = _hit(nlp, "Osland welcomed the decision by Marvia to reopen its border.", "welcomed")
    assert hit.type == "SUPPORT" and "Marvia" in _args(hit)[1], _args(hit)
    hit = _hit(nlp, "The opposition condemned the decision by the junta to postpone the "
                    "elections.", "condemned")
    assert any("junta" in p for p in _args(hit)[1]), _args(hit)


def test_a_contest_left_is_no_retreat(nlp):
    assert _kept_types(nlp, "The champion withdrew from the Osla marathon with a knee "
                            "injury.") == []
    assert _kept_types(nlp, "The Marvian team pulled out of the tournament after a fall.") == []
    # ground left stays a retreat; a team withdrawn in protest protests
    assert _hit(nlp, "The rebels withdrew from the town of Korvu.", "withdrew").type == "RETREAT"
    hit = _hit(nlp, "Marvia withdrew its team from the regional games in protest at the ban.",
               "withdrew")
    assert hit.type == "PROTEST", hit.type


def test_sentence_case_reads_only_the_lines_tokens(nlp):
    from newsprism.analyze.event_headlines import _title_case_lines, sentence_case
    text = ("Body text first.\nMarvian Police Arrest Opposition Leader In Korvu  \n"
            "The leader was held overnight.")
    doc = nlp(text)
    (a, b), = _title_case_lines(text)
    out = sentence_case(doc, a, b)
    assert len(out) == b - a and out.lower() == text[a:b].lower()
    assert out.startswith("Marvian police arrest opposition leader"), out


def test_a_copys_headline_reuses_the_first_parse(nlp):
    from newsprism.analyze import events
    text = ("Marvian Police Arrest Opposition Leader in Korvu\n\n"
            "Police in Marvia arrested the leader of the opposition on Monday.")
    first, second = nlp(text), nlp(text)
    got = [[(c.type, c.tok.idx, events.phrases(c.actors[0]) if c.actors else None)
            for c in events.find_candidates(d)] for d in (first, second)]
    assert got[0] == got[1] and any(t == "COERCE" and i < 50 for t, i, _ in got[0]), got
    # one parse of the line serves both copies
    key = ("newsprism.recased", 0)
    assert first.user_data[key] is second.user_data[key]


def test_a_chance_seized_and_beasts_attacking_are_no_events(nlp):
    assert _kept_types(nlp, "The brewer seized the opportunity to open four bars in Osla.") == []
    assert _kept_types(nlp, "Rangers say wolves attack sheep in the valley every winter.") == []
    # a group named after a beast still acts; goods seized are still coercion
    hit = _hit(nlp, "Tamil Tigers attacked an army camp near Jaffna.", "attacked")
    assert hit.type == "ASSAULT", hit.type
    assert _hit(nlp, "Police seized two tonnes of cocaine in Korvu.", "seized").type == "COERCE"


def test_a_datelines_place_is_no_target(nlp):
    hit = _hit(nlp, "KORVU, May 4 — Two reporters were detained by gendarmes in Osla after "
                    "covering a protest.", "detained")
    assert _args(hit) == (["gendarmes"], ["Two reporters"]), _args(hit)


def test_a_trade_measure_in_reply_is_a_sanction(nlp):
    hit = _hit(nlp, "Marvia retaliated with duties of 30 percent on Osland's wine.", "retaliated")
    assert hit.type == "SANCTION", hit.type
    hit = _hit(nlp, "The bloc hit back with tariffs on Marvian steel and motorcycles.", "hit")
    assert hit.type == "SANCTION" and not any(
        k.startswith("ACCUSE") for k in events_eval.kept_events(nlp(
            "The bloc hit back with tariffs on Marvian steel and motorcycles."))), hit.type
    # words hit back with stay no sanction; force hits back in war
    assert "SANCTION" not in _kept_types(nlp, "The minister hit back at her critics on Monday.")


def test_those_kidnappers_free_are_released(nlp):
    hit = _hit(nlp, "The kidnappers released the two nuns unharmed on Sunday.", "released")
    assert hit.type == "CONCEDE" and any("nuns" in p for p in _args(hit)[1]), _args(hit)
    assert _kept_types(nlp, "The rebels released a video of the crash site.") == []


def test_wire23_and_wire22_floors(nlp):
    # wire23: first look 0.867 / 0.867 (its misses all on the odd half); dev 0.733 / 0.733 ->
    # 1.000 / 1.000; final (scored once at the end) 1.000 / 1.000; wire22 after session 12's
    # fixes of its read misses (a raid by fighters, 'the decision by', a marathon left):
    # 0.920 / 0.840 -> 1.000 / 0.960
    r = events_eval.score(nlp, path=events_eval.WIRE23)
    assert r["type_accuracy"] >= 0.96 and r["all_right"] >= 0.96, r["misses"]
    r = events_eval.score(nlp, path=events_eval.WIRE22)
    assert r["type_accuracy"] >= 0.96 and r["all_right"] >= 0.92, r["misses"]


def test_headlines_primed_in_a_batch_read_as_parsed_alone(nlp):
    from newsprism.analyze import events
    texts = ["Marvian Police Arrest Opposition Leader in Korvu\\n\\nThe leader was held.",
             "Osland Expels Two Marvian Diplomats Over Spying Claims\\n\\nThe envoys left.",
             "Farmers Block Roads Into Vessa to Protest Fuel Tax\\n\\nTraffic stopped."]
    texts = [t.replace("\\n", "\n") for t in texts]

    def read(docs):
        return [[(c.type, c.tok.idx, _args(c)) for c in events.find_candidates(d)] for d in docs]
    events._RECASED.clear()
    alone = read([nlp(t) for t in texts])
    events._RECASED.clear()
    docs = [nlp(t) for t in texts]
    events.prime_headlines(docs)
    assert len(events._RECASED) == 3
    assert read(docs) == alone and all(any(i < 40 for _, i, _ in r) for r in alone), alone
