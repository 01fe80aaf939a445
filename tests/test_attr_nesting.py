"""Attribution sources, chains and quotation contents after the filter (attr_sources.py,
attr_nesting.py, attr_content.py), on sentences written for these tests: PolNeAR's conventions
for passives, raising verbs, documents, lost subjects and quotations beside their cue."""
from __future__ import annotations

from functools import lru_cache

import pytest

from newsprism.analyze import nlp as _nlp
from newsprism.analyze.attr_nesting import join_chains
from newsprism.analyze.attr_sources import settle
from newsprism.analyze.attribution import Cand, find_candidates, remember_text
from newsprism.analyze.quotes import extract


@lru_cache(maxsize=None)
def parse(text: str):
    doc = _nlp.load("en")(text)
    remember_text(doc, text)
    return doc


def quotes_of(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(content, cue, source, kind) of each quote found in ``text``."""
    out = []
    for q in extract(parse(text)):
        cue = text[q.cue.start:q.cue.end] if q.cue else None
        sp = q.speaker
        src = text[sp.start:sp.end] if sp.start is not None else None
        out.append((text[q.start:q.end], cue, src, q.kind))
    return out


def by_cue(text: str, cue: str):
    found = [q for q in quotes_of(text) if q[1] == cue]
    assert found, (cue, quotes_of(text))
    return found[0]


# ---------------------------------------------------------------- sources

def test_passive_without_agent_has_no_source():
    text = "Mr. Okafor was told that his contract would not be renewed."
    content, _, src, _ = by_cue(text, "was told")
    assert src is None
    assert content == "that his contract would not be renewed"


def test_passive_agent_is_the_source():
    text = "The harbour master was asked by reporters whether the new quay would open before winter."
    _, _, src, _ = by_cue(text, "was asked")
    assert src == "reporters"


def test_a_passive_of_feeling_keeps_its_subject():
    # the delegates feel divided: they hold the stance, unlike 'was told' above
    text = "Delegates are sharply divided over whether the treaty should be signed this year."
    content, _, src, _ = by_cue(text, "are sharply divided")
    assert src == "Delegates"
    assert content == "whether the treaty should be signed this year"


def test_expected_to_has_no_source():
    text = "The merger is widely expected to close before the end of the year."
    _, _, src, _ = by_cue(text, "is widely expected")
    assert src is None


def test_bare_participle_has_no_source():
    text = "Asked whether the bridge would reopen, the mayor said it would take weeks."
    assert by_cue(text, "Asked")[2] is None
    assert by_cue(text, "said")[2] == "the mayor"


def test_adjective_cue_takes_the_copula_subject():
    text = "But the fishermen are convinced that the quota could have been much higher."
    content, _, src, _ = by_cue(text, "convinced")
    assert src == "the fishermen" and content.startswith("that the quota")


def test_an_aim_noun_is_no_source():
    # Built by hand as the parse's subject climb makes it: 'pressure' heads the source.
    text = "The senators face growing pressure to pledge that they will block the bill."
    doc = parse(text)
    pledge = next(t for t in doc if t.text == "pledge")
    pressure = pledge.head
    assert pressure.text == "pressure"
    c = Cand(content=(text.index("that they"), len(text) - 1),
             cue=(pledge.idx - 3, pledge.idx + len("pledge")),
             source=(text.index("growing"), len(text) - 1), cue_tok=pledge, src_tok=pressure)
    settle(doc, c)
    assert c.source is not None and text[c.source[0]:c.source[1]] == "The senators"


def test_quoted_by_keeps_the_speaker_not_the_medium():
    text = ("The mayor was quoted by the local radio station as saying that the ferry would "
            "run again on Monday.")
    assert by_cue(text, "saying")[2] == "The mayor"


def test_raising_verb_has_no_source():
    text = "The ferry seemed to drift toward the rocks before the crew regained control."
    content, _, src, _ = by_cue(text, "seemed")
    assert src is None and content.startswith("to drift toward the rocks")


def test_raising_verb_opens_the_chain_of_the_verb_under_it():
    text = "The two ministers seemed to agree that the treaty needed a second look."
    qs = quotes_of(text)
    assert len(qs) == 1, qs
    content, cue, src, _ = qs[0]
    assert cue == "seemed to agree" and src == "The two ministers"
    assert content == "that the treaty needed a second look"


def test_a_coordinated_second_cue_is_no_chain():
    # Parsed with 'urged' as a conjunct inside what was said: two acts of one speaker, not
    # one cue running from 'said' to 'urged'
    text = "The mayor said the budget was balanced and urged the council to approve it."
    content, cue, src, _ = by_cue(text, "urged")
    assert src == "The mayor" and content == "the council to approve it"
    assert by_cue(text, "said")[2] == "The mayor"


def test_placeholder_it_is_no_source():
    text = "It is hard to predict how the vote will go in the northern districts."
    assert all(src is None for _, _, src, _ in quotes_of(text))


def test_seem_with_any_complement_is_no_source():
    text = "The mayor seemed at ease with the idea that the depot could close."
    from newsprism.analyze.attr_sources import _raising
    doc = parse(text)
    seemed = next(t for t in doc if t.text == "seemed")
    c = Cand(content=(0, 1), cue=(seemed.idx, seemed.idx + 6), source=(0, 9), origin="learned",
             cue_tok=seemed, src_tok=doc[1])
    assert _raising(doc, c) and c.source is None


def test_a_cue_after_a_quotation_takes_the_name_past_its_closing_mark():
    # parsed with the quotation's opening words as the subject of 'said'; the cue is the
    # quotes stage's own (a quotation with a verb after it), the fix make_cand's
    text = ("\u201cThe more people who hear about the plan, the better they like it and the "
            "ideas behind it,\u201d Weaver said.")
    _, cue, src, kind = quotes_of(text)[0]
    assert cue == "said" and kind == "direct" and src == "Weaver"
    text = ("\u201cAnybody who attacks him, it's like buyer beware,\u201d Louise Sunshine, who "
            "has known him since the 1970s, said.")
    assert quotes_of(text)[0][2] == "Louise Sunshine, who has known him since the 1970s"


def test_an_infinitive_the_parse_calls_a_relative_clause_is_no_aim_holder():
    # 'words to say' parses as a relative clause on 'words': the words are not the speaker,
    # whoever has them is
    text = "The senators had harsh words to say about the bill."
    doc = parse(text)
    say = next(t for t in doc if t.text == "say")
    assert say.dep_ == "relcl" and say.head.text == "words"
    words = say.head
    c = Cand(content=(text.index("the bill"), len(text) - 1), cue=(say.idx - 3, say.idx + 3),
             source=(text.index("harsh"), len(text) - 1), origin="learned", cue_tok=say,
             src_tok=words)
    settle(doc, c)
    assert c.source is not None and text[c.source[0]:c.source[1]] == "The senators"


def test_it_before_seem_or_appear_is_no_source():
    for text in ("It appears, though, that the final was not dull to everyone.",
                 "It seems that the council will delay the vote again."):
        assert all(src is None for _, _, src, _ in quotes_of(text)), text


def test_subject_of_the_copula_speaks_under_likely():
    text = "Inspector Lena Brandt is likely to argue that the evidence was gathered lawfully."
    assert by_cue(text, "to argue")[2] == "Inspector Lena Brandt"


def test_name_hung_on_a_fronted_phrase_is_found():
    text = ("At the fish market in Bergen, Ingrid Solberg, the market's longtime manager, said "
            "the catch had halved since spring.")
    assert by_cue(text, "said")[2].startswith("Ingrid Solberg")


def test_speaker_hung_on_a_fronted_place_is_found():
    text = ("At the town hall in Bergen, a young woman who had been an exchange student in Oslo "
            "asked the minister what he thought of the plan.")
    content, _, src, _ = by_cue(text, "asked")
    assert src == "a young woman who had been an exchange student in Oslo"
    assert content == "what he thought of the plan"


def test_subject_after_the_verb_is_found():
    text = ('"The numbers simply do not add up," said Tomas Berg, an auditor who reviewed the '
            'accounts for the regional board.')
    content, _, src, kind = by_cue(text, "said")
    assert content == "The numbers simply do not add up" and kind == "direct"
    assert src.startswith("Tomas Berg")


def test_hearers_after_told_are_no_subject():
    text = ("Samples showed lead in the tap water at twice the legal limit, the head of the "
            "Water Inspectorate (WI), Hanne Solberg, told a news conference.")
    assert all(src != "a news conference" for _, _, src, _ in quotes_of(text))


def test_source_never_sits_inside_the_quotation():
    text = ('"We have never seen a tide like this," Mr. Halvorsen, the harbour pilot, said, '
            '"and we hope not to see one again."')
    src = by_cue(text, "said")[2]
    assert src is not None and src.startswith("Mr. Halvorsen")


# ---------------------------------------------------------------- chains and nesting

def test_statement_chain_is_one_attribution():
    text = ("The city council issued a statement saying that the bridge would stay closed "
            "until March.")
    qs = quotes_of(text)
    assert len(qs) == 1, qs
    content, cue, src, _ = qs[0]
    assert cue == "issued a statement saying"
    assert src == "The city council"
    assert content == "that the bridge would stay closed until March"


def test_chain_needs_the_same_speaker():
    # Hand-built candidates: an inner cue whose own subject differs is nested, not chained.
    text = "Ana said Ben claimed that the vote was rigged."
    doc = parse(text)
    outer = Cand(content=(9, 45), cue=(4, 8), source=(0, 3))
    inner = Cand(content=(22, 45), cue=(13, 20), source=(9, 12))
    assert len(join_chains(doc, [outer, inner])) == 2
    same = Cand(content=(22, 45), cue=(13, 20), source=(0, 3))
    joined = join_chains(doc, [outer, same])
    assert len(joined) == 1 and joined[0].cue == (4, 20) and joined[0].content == (22, 45)


def test_outer_content_covers_the_nested_clause():
    text = "Mr. Lund said the minister had accused the railway of hiding the cost overruns."
    content = by_cue(text, "said")[0]
    assert content == "the minister had accused the railway of hiding the cost overruns"


def test_coordinated_speakers_keep_their_own_sources():
    text = ("The governor said the storm would pass by Friday, and her deputy warned that the "
            "roads would stay flooded.")
    assert by_cue(text, "said")[2] == "The governor"
    assert by_cue(text, "warned")[2] == "her deputy"
    assert by_cue(text, "warned")[0] == "that the roads would stay flooded"


# ---------------------------------------------------------------- quotations beside a cue

def test_quote_after_told_is_the_content_not_the_hearers():
    text = 'Ms. Duarte told a packed town hall: "Nobody in this valley will be forgotten."'
    content, _, src, kind = by_cue(text, "told")
    assert content.startswith("Nobody in this valley") and kind == "direct"
    assert src == "Ms. Duarte"


def test_quote_before_cue_beats_a_side_phrase():
    text = ("''Maybe the difference between the farmers and the fishermen,'' he wondered aloud, "
            "comparing himself with the mayor from behind the podium.")
    content, _, src, kind = by_cue(text, "wondered")
    assert content == "Maybe the difference between the farmers and the fishermen"
    assert kind == "direct" and src == "he"


def test_said_of_takes_the_quotation_and_its_speaker():
    text = ("''They were rivals, but also friends,'' Peter Sand, the former chief of staff, said "
            "of their years in the ministry.")
    content, _, src, kind = by_cue(text, "said")
    assert content == "They were rivals, but also friends" and kind == "direct"
    assert src == "Peter Sand, the former chief of staff"


def test_reported_object_stays_the_content():
    text = ("The harbour pilot recalled summer storms on the northern coast, when the ferries "
            "stopped for a week.")
    assert by_cue(text, "recalled")[0].startswith("summer storms")


# ---------------------------------------------------------------- candidates

def test_clause_hung_on_the_medium_phrase_is_the_content():
    text = ("Ana Lind, the port director, said in one of a series of messages that the ferry "
            "was carrying fuel.")
    content, _, src, _ = by_cue(text, "said")
    assert content == "that the ferry was carrying fuel" and src == "Ana Lind, the port director"


def test_quoted_as_saying_gives_the_clause_to_saying():
    text = ("The Kestrel news agency quoted General Pavel Horak as saying that no live "
            "ammunition was used.")
    assert by_cue(text, "saying")[2] == "General Pavel Horak"
    assert not any(q[1] == "quoted" and "ammunition" in q[0] for q in quotes_of(text))


def test_of_two_complements_the_one_after_the_verb_is_said():
    text = ("The ferry crew was not part of the deal; the company insists it does not know "
            "where the captain is.")
    content, _, src, _ = by_cue(text, "insists")
    assert content == "it does not know where the captain is" and src == "the company"


def test_as_reported_by_names_the_source():
    text = ("As reported by the Bergen Herald, last year the city became the first in the "
            "region to ban cars from its centre.")
    content, _, src, _ = by_cue(text, "reported")
    assert src == "the Bergen Herald"
    assert content.startswith("last year the city became")


# ---------------------------------------------------------------- 'reportedly'

def test_reportedly_is_the_cue_of_its_clause():
    text = "The ferry company is reportedly weighing a sale of its northern routes."
    qs = quotes_of(text)
    assert len(qs) == 1, qs
    content, cue, src, _ = qs[0]
    assert cue == "reportedly" and src is None
    assert "weighing a sale of its northern routes" in content


def test_reportedly_said_keeps_the_speaker():
    text = "The minister reportedly said that the ferry would be sold."
    _, _, src, _ = by_cue(text, "said")
    assert src == "The minister"


@pytest.mark.parametrize("text", ["", "said", '"', "It was.", "Reportedly."])
def test_odd_input_yields_no_crash(text):
    find_candidates(parse(text))
    quotes_of(text)


# ---------------------------------------------------------------- session 8: sources of nouns
# and verbs right after a quotation

def test_cue_noun_in_a_preposition_takes_the_verbs_subject():
    text = "At the rally in Dayton, Whitfield opened with a call for lower fuel taxes."
    assert by_cue(text, "call")[2] == "Whitfield"


def test_noun_holder_needs_an_active_verb_with_a_subject():
    from newsprism.analyze.attr_sources import _noun_holder
    doc = parse("A call for calm was issued after the flood.")
    call = next(t for t in doc if t.text == "call")
    assert _noun_holder(call) is None  # a subject, not an object: nobody holds it


def test_after_closing_quote():
    from newsprism.analyze.attribution import after_closing_quote
    doc = parse('"We are ready," said Ana Ruiz. She said more later.')
    said = [t for t in doc if t.text == "said"]
    assert after_closing_quote(said[0]) and not after_closing_quote(said[1])
    doc = parse('He wrote "Fire" and said nothing.')
    assert not after_closing_quote(next(t for t in doc if t.text == "said"))


def test_drop_nested_keeps_speech_and_according():
    from newsprism.analyze.attr_nesting import drop_nested
    text = "The survey showed that residents want a library and said they would pay for it."
    doc = parse(text)
    tok = {t.text: t for t in doc}

    def cand(cue: str, content: str, origin: str = "verb") -> Cand:
        s = text.index(content)
        c = text.index(cue)
        return Cand(content=(s, s + len(content)), cue=(c, c + len(cue)), source=None,
                    origin=origin, cue_tok=tok[cue])

    outer = cand("showed", "residents want a library and said they would pay for it")
    want = cand("want", "a library")
    said = cand("said", "they would pay for it")
    kept = drop_nested([outer, want, said])
    assert outer in kept and said in kept and want not in kept
    # under 'according to X' the nested act is X's report of someone's act: it stays
    outer.origin = "according"
    assert want in drop_nested([outer, want, said])


def test_drop_nested_speech_act_goes_under_a_stance_stays_under_a_report():
    from newsprism.analyze.attr_nesting import drop_nested
    text = ("Many believe that voters accused the mayor of waste. Officials accused "
            "the firm of fraud, the agency reported.")
    doc = parse(text)

    def cand(cue: str, content: str, at: int = 0) -> Cand:
        s = text.index(content, at)
        c = text.index(cue, at)
        tok = next(t for t in doc if t.idx == c)
        return Cand(content=(s, s + len(content)), cue=(c, c + len(cue)), source=None,
                    origin="verb", cue_tok=tok)

    believe = cand("believe", "voters accused the mayor of waste")
    accused = cand("accused", "the mayor of waste")
    # a speech act other than a core verb of saying, nested in a stance's content, goes
    assert drop_nested([believe, accused]) == [believe]
    second = text.index("Officials")
    reported = cand("reported", "Officials accused the firm of fraud", second)
    accused2 = cand("accused", "the firm of fraud", second)
    # under a speech verb it is relayed speech ('..., the agency reported'): it stays
    assert drop_nested([reported, accused2]) == [reported, accused2]



def test_drop_nested_speech_act_stays_inside_an_interview_given():
    from newsprism.analyze.attr_nesting import drop_nested
    text = ("The coach has given an interview to a radio station in which she accused the "
            "league of favouritism. Many believe that fans accused the club of greed.")
    doc = parse(text)

    def cand(cue: str, content: str) -> Cand:
        s = text.index(content)
        c = text.index(cue)
        tok = next(t for t in doc if t.idx == c)
        return Cand(content=(s, s + len(content)), cue=(c, c + len(cue)), source=None,
                    origin="learned", cue_tok=tok)

    given = cand("given", "an interview to a radio station in which she accused the league "
                          "of favouritism")
    accused = cand("accused", "the league of favouritism")
    # the interview's words: an accusation made in it is relayed speech, and stays
    assert drop_nested([given, accused]) == [given, accused]
    believe = cand("believe", "fans accused the club of greed")
    accused2 = cand("accused", "the club of greed")
    # a stance's content still loses the speech act nested in it
    assert drop_nested([believe, accused2]) == [believe]

def test_a_faced_question_has_no_named_asker():
    from newsprism.analyze.attr_sources import _noun_holder, _received
    doc = parse("After the loss, Dana Whitfield faced questions about her campaign.")
    questions = next(t for t in doc if t.text == "questions")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert _received(questions, subject) and _noun_holder(questions) is None
