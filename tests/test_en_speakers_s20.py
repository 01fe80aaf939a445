"""Session 20 (issue 3), speakers on the opened seventeenth English set: general reading steps,
each tested on sentences written for this file (none from the sets).

- A pronoun subject never means a name inside its own fronted opener: 'In an emailed statement
  to the Courier, it said' is not the Courier, as 'Addressing reporters in Lagos, he said' is
  not a person named in the opener (sources.Speakers.resolve, _own_opener now also for 'it'
  and 'they'); the statement's next '"...," the statement said' follows the body found.
- 'the judge' stands for the one person the article styles as a judge: the style 'Justice'
  before the name ('Mrs Justice Okoro', 'Justice Okoro') counts as the role word 'judge'
  (role_names._STYLED_AS, read by _described_as; capitalised and before a name only).
- A colon closing two clauses ('Question Time has started, and the opposition leader, X, opens
  with the cuts: "..."') gives the quotation to the subject of the colon's own verb, not the
  sentence's first subject (speaker_colon.colon_subject).
- 'The committee chair, Senator X, cut in: "..."': a parse that hung the verb on the person's
  phrase as a modifier, with no subject, still gives the quotation to that phrase (a person's
  only), ending before the verb; the quotation's next paragraph and a headline shortening it
  follow (speaker_colon; quotes._direct_from_marks tries the colon when the verb before has no
  subject).
- A colon that ends its paragraph introduces the quotation opening the next one ('..., spoke
  to this paper as he mended a net:' / '"..."'), the way news sets a long quotation apart; its
  cue is the verb of saying before the colon when there is one ('He said:') (speaker_colon,
  colon_may_open / colon_cue). The quotation's next paragraph is a continuation, and a
  continuation is given to whoever its quote was given to, not to its source phrase read
  again after other people have been named (sources.Speakers.resolve, by_source).
- A quotation running over paragraphs, then 'That was how the chief executive, Dr X, put it':
  the sentence opening its paragraph points back to the quotation paragraph before it
  (source_tests.quotation_before), and the first paragraph, opened and left unclosed, takes the
  speaker of the paragraph it runs into (speaker_continued.continued_into).
- A source the text says stays unnamed ('who asked not to be named', 'on condition of
  anonymity', 'not authorised to speak') is never the person a later paragraph names
  (speaker_named_next._UNNAMED_BY_CHOICE).
- A body given by the last two or three words of its name in lower case ('Health board says
  ...' in a standfirst, 'the county council') is the one body of the article whose name ends
  so (speaker_body_tail.body_by_tail; two such bodies: none).
- 'X, a helper from Bato who ... chairs the Workers' Union in Singapore, said': a source
  phrase the candidate took from inside a relative clause of the cue's own subject, a name,
  is that name; a common-noun subject's clause may name it ('Their spokesman, who gives his
  name only as Faizal,') and is left alone (speaker_body_tail.named_subject_around).
- 'Carys Pennant MS': a Member of the Senedd's post-nominal is no part of the name
  (lexicon_roles.POST_NOMINALS gains MS; 'TD' was tried and left out: 'The Fine Gael TD for
  Carlow-Kilkenny, John Corrigan' uses it as a role before the name).
- An embedded post's signing line ('— Malawi High Commission UK (@MalawiHCUK) March 3') gives
  the account's display name; the body keeps the name the prose gives it (entities._canonical
  passes over names on a signing line when the prose names the entity too).
- 'a spokesperson for the council said' is not the person a later entry names as 'The Liberal
  Democrats' finance spokesperson, X': a body the role phrase gives by a common noun must be
  among the named person's role words (role_names._same_body).
"""
from __future__ import annotations

from newsprism.analyze.pipeline import analyze
from newsprism.records import Article


class _Said(dict):
    """Quoted span -> speaker name; looked up by any words the span holds."""

    def __getitem__(self, words: str):
        return next(v for k, v in self.items() if words in k)


def _quotes(text: str, outlet: str | None = None) -> _Said:
    a = analyze(Article(id="t-s20", text=text, language="en", outlet=outlet))
    return _Said({a.text[q.start:q.end]: q.speaker.name for q in a.quotes})


def test_pronoun_not_the_medium_in_its_own_opener():
    text = ("Ferry operator blamed for cancelled crossings\n\n"
            "LERWICK, March 3 (Courier) - Islanders said on Tuesday that the ferry had missed "
            "eleven crossings in a fortnight.\n\n"
            "The Northern Isles Ferry Company rejected the criticism. In an emailed statement "
            "to the Courier, it said the vessel had been \"withdrawn for safety checks\".\n\n"
            "\"No crossing is cancelled lightly,\" the statement said.\n")
    got = _quotes(text, outlet="Courier")
    assert got["withdrawn for safety checks"] == "Northern Isles Ferry Company"
    assert got["No crossing is cancelled lightly"] == "Northern Isles Ferry Company"


def test_the_judge_is_the_person_styled_justice():
    text = ("Court rejects challenge to quarry plan\n\n"
            "Mr Justice Okonkwo-Barry dismissed the residents' claim against the county "
            "council on Friday.\n\n"
            "The residents' counsel, Mairead Flynn, had told the court that the council "
            "ignored the noise survey. The judge said the argument was \"carefully put\" but "
            "did not make the decision unlawful.\n")
    got = _quotes(text)
    assert got["carefully put"] == "Okonkwo-Barry"


def test_colon_quotation_goes_to_the_colon_clause_subject():
    text = ("Budget row in the assembly\n\n"
            "Prime Minister's Questions has begun, and the opposition leader, Maria Okafor, "
            "opens with the school cuts: \"Will the minister tell parents why their children "
            "must travel twenty miles?\"\n")
    got = _quotes(text)
    assert got["Will the minister tell parents why"] == "Maria Okafor"


def test_colon_after_a_verb_the_parse_hung_on_the_speaker():
    text = ("Inquiry presses port authority\n\n"
            "Harbour Secretary Paul Mendes told the inquiry that every container had been "
            "checked. \"We have the logs,\" he said.\n\n"
            "The committee chair, Senator Teresa Villanueva-Santos, cut in: \"Then bring the "
            "logs to this committee, Mr. Secretary. Every page, by Friday.\n\n"
            "\"If the logs are as complete as you say, you have nothing to fear.\"\n")
    got = _quotes(text)
    assert got["We have the logs"] == "Paul Mendes"
    assert got["Then bring the logs"] == "Teresa Villanueva-Santos"
    assert got["If the logs are as complete as you say"] == "Teresa Villanueva-Santos"


def test_colon_ending_its_paragraph_opens_the_quotation_below():
    text = ("Fishermen wait for compensation\n\n"
            "The harbour board's chair, Owen Tregarth, said the money would come by March.\n\n"
            "At the Porthleven quay, the skipper Jory Pascoe, 61, who has fished there for "
            "forty years, spoke to this paper as he mended a net:\n\n"
            "\"I have seen boards promise and forget. I have never waited this long for money "
            "that was mine\n\n"
            "\"When the clerk paid me I did not thank him. Why should I thank a man for "
            "returning my own catch?\"\n")
    a = analyze(Article(id="t-s20", text=text, language="en"))
    said = {a.text[q.start:q.end][:20]: q.speaker for q in a.quotes}
    first, second = said["I have seen boards p"], said["When the clerk paid "]
    assert first.name == second.name == "Jory Pascoe"
    # the colon's clause names him (not a model's guess from the people around)
    assert a.text[first.start:first.end].startswith("the skipper Jory Pascoe")


def test_quotation_over_paragraphs_named_after_by_that_was_how():
    text = ("Hospital board closes ward\n\n"
            "The board voted on Tuesday to close the stroke ward at the county hospital.\n\n"
            "\"We cannot staff the ward safely. That is the whole of it.\n\n"
            "\"I would rather explain a closure to this town than explain a death to a "
            "coroner.\"\n\n"
            "That was how the board's chief executive, Dr Alys Penhallow, put it to the "
            "public meeting on Monday.\n")
    got = _quotes(text)
    assert got["We cannot staff the ward safely"] == "Alys Penhallow"
    assert got["I would rather explain a closure"] == "Alys Penhallow"


def test_a_source_who_asked_not_to_be_named_stays_unnamed():
    text = ("Nurses fear for the ward\n\n"
            "The trust said the ward would close in April.\n\n"
            "A nurse on the ward, who asked not to be named because staff had been told not to "
            "talk to reporters, said: \"We heard in January. Since then half our patients have "
            "asked where they should go.\"\n\n"
            "\"My father was treated there in an hour. I would never have reached the city,\" "
            "said Gwen Morvah, from Hayle, who rang the station on Friday.\n")
    got = _quotes(text)
    assert "Gwen Morvah" not in got["We heard in January"]
    assert "nurse" in got["We heard in January"]
    assert got["My father was treated there"] == "Gwen Morvah"


def test_a_body_given_by_the_last_words_of_its_name():
    text = ("'We will appeal': campaigners take the ward fight to court\n\n"
            "Health board says the last patients will leave \"no later than April 30\"\n\n"
            "Campaigners will ask the Court of Appeal to overturn the ruling.\n\n"
            "Kernow Valley University Health Board said the ward would close by April 30.\n")
    got = _quotes(text)
    assert got["no later than April 30"] == "Kernow Valley University Health Board"


def test_a_name_in_the_subjects_relative_clause_does_not_speak():
    text = ("Helpers run their own relief line\n\n"
            "Lualhati Ponce Vargas, a 48-year-old domestic helper from the town of Gigmoto who "
            "has worked for the same family in Mid-Levels for twelve years and who chairs the "
            "Gigmoto Workers' Union in Singapore, said the union had sent 90 boxes in three "
            "weeks.\n")
    got = _quotes(text)
    assert got["the union had sent 90 boxes"] == "Lualhati Ponce Vargas"


def test_member_of_the_senedd_post_nominal_is_no_part_of_the_name():
    text = ("Ferry row reaches the Senedd\n\n"
            "The Welsh Conservatives' transport spokesperson, Carys Pennant MS, has posted on "
            "X:\n\n"
            "The ferry company hides behind the weather. The minister hides behind the ferry "
            "company. Islanders have nowhere to hide\n\n"
            "— Carys Pennant AS/MS (@CarysPennantMS) March 3, 2027\n")
    got = _quotes(text)
    assert got["The ferry company hides behind the weather"] == "Carys Pennant"


def test_a_signing_line_does_not_rename_the_body():
    text = ("Visa queue eases\n\n"
            "The Malawi High Commission said on Monday that it had cleared the backlog.\n\n"
            "It posted on X on Tuesday:\n\n"
            "Visa appointments for students have resumed. Families making enquiries may "
            "contact the Consular Section\n\n"
            "— Malawi High Commission UK (@MalawiHCUK) March 3, 2027\n")
    a = analyze(Article(id="t-s20", text=text, language="en"))
    ent = next(e for e in a.entities if "Commission" in e.name)
    assert ent.name == "Malawi High Commission"
    assert any(a.text[m.start:m.end] == "Malawi High Commission UK" for m in ent.mentions)


def test_a_spokesperson_for_a_body_is_not_another_partys_spokesperson():
    text = ("Budget row\n\n16:12\nThe county council has sent us a statement.\n\n"
            "\"The library will stay open until March,\" a spokesperson for the council "
            "said.\n\n15:48\nThe Liberal Democrats' finance spokesperson, Ewan Tremayne, has "
            "posted on X:\n\nThe council hides behind the budget. The budget hides behind the "
            "council. Readers have nowhere to read\n\n"
            "— Ewan Tremayne (@EwanTremayne) February 2, 2027\n")
    got = _quotes(text)
    assert got["The library will stay open until March"] != "Ewan Tremayne"
    assert got["The council hides behind the budget"] == "Ewan Tremayne"
