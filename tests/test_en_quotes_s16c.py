"""Session 16 (issue 3, round 2), English quote speakers: general fixes for failure
categories shared by several writers' open files (counted groups, 'one of them', a filing
lodged on someone's behalf, a signed paper's 'it' and 'the ruling'), each tested on
sentences written for this file."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_a_counted_group_is_named_without_its_count(pipe):
    # source_frames.name_fallback: the count goes, what they know stays (_closeness)
    text = ("Three engineers familiar with the survey said the viaduct's bearings had rusted "
            "through. The regional transport office did not comment.")
    assert quote(pipe, text, "bearings had rusted")[0] == "engineers familiar with the survey"
    text = "Four residents of the tower said the lifts had been broken since June."
    assert quote(pipe, text, "lifts had been broken")[0] == "residents of the tower"


def test_one_of_them_is_one_of_the_counted_group(pipe):
    # sources._one_of: the counted plural, not a plural named inside what they said
    text = ("Talks between the dockers and the port ended without a deal on Friday.\n\n"
            "Two negotiators close to the talks said the dockers had demanded a night-shift "
            "premium. One of them said the port had offered half of it.")
    assert quote(pipe, text, "offered half of it")[0] == "negotiator"


def test_a_notice_of_appeal_lodged_on_someones_behalf_is_theirs(pipe):
    # role_names._on_behalf and _filing ('the notice of appeal')
    text = ("The cyclist was banned for two years in March.\n\n"
            "The notice of appeal, lodged on Orla Brennan's behalf and seen by the Courier, "
            "argues that the tribunal \"ignored the laboratory's own error log\".")
    assert quote(pipe, text, "ignored the laboratory")[0] == "Orla Brennan"


def test_a_signed_papers_it_goes_on_in_the_signers_voice(pipe):
    # sources._document_signer: 'The letter, signed by X, states ... It asks'
    text = ("The letter, signed by head teacher Dorota Malinowska, states that the school had "
            "\"run out of rooms to close\". It asks the council to \"find the money before "
            "the winter\".")
    assert quote(pipe, text, "run out of rooms")[0] == "Dorota Malinowska"
    assert quote(pipe, text, "find the money")[0] == "Dorota Malinowska"


def test_the_ruling_after_the_judges_judgment(pipe):
    # sources._document_signer with _PAPER_KIND: 'In his judgment, X wrote ... The ruling says'
    text = ("In his judgment, Judge Tomasz Ostrowski wrote that the agency had \"ignored its "
            "own rules\". The ruling says the licences must be reissued within 60 days.")
    assert quote(pipe, text, "licences must be reissued")[0] == "Tomasz Ostrowski"


def test_a_mixed_quote_holds_both_quotation_marks_or_neither():
    # quotes._merge: a reported clause opening on the quoted word takes the opening mark
    # with the closing one ('"nobody" was hurt'), one ending on it takes the closing mark
    from newsprism.analyze.pipeline import analyze
    from newsprism.records import Article
    for text in ('The police chief said "nobody" was hurt in the blast on Monday.',
                 'Officials said the flooding was "the worst in living memory".',
                 'The mayor said the plan was "a disgrace" and would be scrapped.'):
        spans = [text[q.start:q.end] for q in analyze(Article(id="m", text=text,
                                                                language="en")).quotes]
        assert spans and all(s.count('"') in (0, 2) for s in spans), spans


def test_an_emphatic_pronoun_is_no_part_of_the_speaker(pipe):
    # sources.resolve: 'The chamber itself said', 'Santos herself said'
    text = ("Maria Santos, the club's captain, was left out of the squad. Santos herself said "
            "she was surprised by the decision.")
    assert quote(pipe, text, "she was surprised")[0] == "Maria Santos"
    text = ("The harbour traders have asked the council to delay the parking charges. The "
            "chamber itself said the charges would cost members two million pounds a year.")
    assert quote(pipe, text, "the charges would cost")[0] == "The chamber"
