"""Factuality, session 16 round 4: the reported 'will', reports the parser hung off the
clause they report, a document's finding, and cues that govern another clause. Sentences
written for these tests."""
import pytest

from newsprism.analyze.factuality import assess


@pytest.fixture(scope="module")
def nlp():
    from newsprism.analyze import nlp as _nlp
    return _nlp.load("en")


def _fact(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word.lower())
    return assess(tok)[0]


@pytest.mark.parametrize("text, word, want", [
    # 'would' under a past verb of saying is the reported 'will'
    ("The navy said it would withdraw its frigates from the strait by March.", "withdraw",
     "future"),
    ("The union announced that its members would strike on Friday.", "strike", "future"),
    # ... but not with a condition, inverted or with 'once', nor as 'would have'
    ("The union said its members would strike if the talks failed.", "strike", "hypothetical"),
    ("Should the talks collapse, the rebels would attack the port, an adviser said.",
     "attack", "hypothetical"),
    ("Lagos would deploy 500 police officers once the senate approved the plan, the governor "
     "said.", "deploy", "hypothetical"),
    ("The minister said the army would have shelled the town without the truce.", "shelled",
     "hypothetical"),
    ("The mayor said the city would not ban the march.", "ban", "negated"),
    # 'would' with no report over it stays hypothetical
    ("The army would attack the port.", "attack", "hypothetical"),
])
def test_the_reported_will(nlp, text, word, want):
    assert _fact(nlp, text, word) == want


@pytest.mark.parametrize("text, word, want", [
    # a report the parser split off without a full stop, or hung on a bare noun
    ("Estonia has deployed more border guards along its frontier with Russia near the "
     "Narva Joesuu crossing, the interior ministry said.", "deployed", "reported"),
    ("Ghana and Togo have agreed to reopen their shared border to traders, the Ghanaian "
     "news agency GNA reported.", "agreed", "reported"),
    # a given event in a subject is still told by the report over its clause
    ("Tents donated by the Turkish government reached Latakia on Friday, the Syrian "
     "health ministry said.", "donated", "reported"),
    # the parser made the event noun a second subject of the report
    ("The raid on the town of Bunia by fighters of the CODECO militia left at least nine "
     "villagers dead, the provincial governor's office said on Monday.", "raid", "reported"),
    # a document's finding is a report
    ("Police officers beat dozens of detainees in the Kivu prison, a UN inquiry found.",
     "beat", "reported"),
])
def test_reports_the_parser_hung_elsewhere(nlp, text, word, want):
    assert _fact(nlp, text, word) == want


@pytest.mark.parametrize("text, word, want", [
    # what is blamed happened: only its authorship is alleged
    ("The ferry company cut its forecast, blaming the strike by dock workers in Calais.",
     "strike", "asserted"),
    # an alleging verb the parser made the main verb does not reach an adverbial clause
    ("Hackers tied to the Belarusian state defaced the websites of three Polish ministries "
     "for two days, the ministry said.", "defaced", "reported"),
    # an alleging verb still governs its complement
    ("The army is accused of shelling a hospital in Kharkiv.", "shelling", "alleged"),
    ("Kyiv blamed Moscow for the attack on the dam.", "blamed", "asserted"),
])
def test_alleging_cues_and_their_scope(nlp, text, word, want):
    assert _fact(nlp, text, word) == want


def _built(nlp, rows):
    """A Doc with the given parse (word, head index, dep, pos, tag, lemma): the misparses
    these rules read do not come back for every wording, so the parse is written out."""
    from spacy.tokens import Doc
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=[r[1] for r in rows],
               deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
               lemmas=[r[5] for r in rows])


def test_a_report_split_off_without_a_full_stop(nlp):
    # 'Vietnam deployed boats near the Da Tay | reef, the navy said.': two parse roots
    doc = _built(nlp, [
        ("Vietnam", 1, "nsubj", "PROPN", "NNP", "Vietnam"),
        ("deployed", 1, "ROOT", "VERB", "VBD", "deploy"),
        ("boats", 1, "dobj", "NOUN", "NNS", "boat"),
        ("near", 1, "prep", "ADP", "IN", "near"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("Da", 6, "compound", "PROPN", "NNP", "Da"),
        ("Tay", 3, "pobj", "PROPN", "NNP", "Tay"),
        ("reef", 11, "npadvmod", "NOUN", "NN", "reef"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("the", 10, "det", "DET", "DT", "the"),
        ("navy", 11, "nsubj", "NOUN", "NN", "navy"),
        ("said", 11, "ROOT", "VERB", "VBD", "say"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ])
    assert assess(doc[1])[0] == "reported"


def test_a_named_reporter_hung_on_a_bare_noun(nlp):
    # '..., the news agency GNA reported': 'agency' a bare noun on the main verb, 'reported'
    # a relative clause on it
    doc = _built(nlp, [
        ("Ghana", 1, "nsubj", "PROPN", "NNP", "Ghana"),
        ("reopened", 1, "ROOT", "VERB", "VBD", "reopen"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("border", 1, "dobj", "NOUN", "NN", "border"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("the", 7, "det", "DET", "DT", "the"),
        ("news", 7, "compound", "NOUN", "NN", "news"),
        ("agency", 1, "npadvmod", "NOUN", "NN", "agency"),
        ("GNA", 9, "nsubj", "PROPN", "NNP", "GNA"),
        ("reported", 7, "relcl", "VERB", "VBD", "report"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert assess(doc[1])[0] == "reported"


def test_an_alleging_verb_reaches_no_adverbial_clause(nlp):
    # 'Hackers linked to Minsk defaced the sites, the ministry said': 'linked' the parser's
    # verb, 'defaced' its adverbial clause
    doc = _built(nlp, [
        ("Hackers", 1, "nsubj", "NOUN", "NNS", "hacker"),
        ("linked", 10, "ccomp", "VERB", "VBD", "link"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Minsk", 2, "pobj", "PROPN", "NNP", "Minsk"),
        ("defaced", 1, "advcl", "VERB", "VBD", "deface"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("sites", 4, "dobj", "NOUN", "NNS", "site"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("the", 9, "det", "DET", "DT", "the"),
        ("ministry", 10, "nsubj", "NOUN", "NN", "ministry"),
        ("said", 10, "ROOT", "VERB", "VBD", "say"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ])
    assert assess(doc[4])[0] == "reported"


@pytest.mark.parametrize("text, word, want", [
    # a subject that a verb of taking place only says occurs takes that verb's modality
    ("Talks between the government and the rebels will resume in Doha next week.", "talks",
     "future"),
    ("The strike will go ahead on Monday, the union said.", "strike", "future"),
    ("The summit will take place in Nairobi in May.", "summit", "future"),
    ("Talks resumed in Doha on Monday.", "talks", "asserted"),
    # other verbs leave their subject a given
    ("The bombing of the market killed 20 people on Friday.", "bombing", "asserted"),
    # a copula's subject supposed by 'would' or 'possible'
    ("An attack on Taiwan would be a disaster for the region, the minister warned.", "attack",
     "hypothetical"),
    ("Both sides said a ceasefire was possible within days.", "ceasefire", "hypothetical"),
    # the act a noun of intention names
    ("The United States has no plans to withdraw its troops from Iraq, the Pentagon said.",
     "withdraw", "negated"),
    ("Hezbollah denied any plan to attack Cyprus.", "attack", "negated"),
    ("Vilnius made a threat to expel the Russian envoy.", "expel", "hypothetical"),
])
def test_subjects_and_intentions(nlp, text, word, want):
    assert _fact(nlp, text, word) == want


@pytest.mark.parametrize("text, word, want", [
    ("Doctors are poised to strike over unpaid wages.", "strike", "future"),
    ("Firms that trade with Pyongyang could face sanctions, the Treasury said.", "sanctions",
     "hypothetical"),
    ("Iran faces new sanctions over its drone exports.", "sanctions", "asserted"),
    ("The EU stopped short of imposing sanctions on Ankara.", "sanctions", "negated"),
    ("Nurses fell short of calling a national strike.", "strike", "negated"),
    # what a claim says is alleged, denied with the claim
    ("Moscow rejected claims that its forces had attacked the convoy.", "attacked", "negated"),
    ("Allegations that troops shelled the hospital are being investigated.", "shelled",
     "alleged"),
    # the tagger lemmatises 'hopes' as 'hop'
    ("Sweden hopes to join NATO by July.", "join", "hypothetical"),
])
def test_more_governing_cues(nlp, text, word, want):
    assert _fact(nlp, text, word) == want


@pytest.mark.parametrize("text, word, want", [
    # a negation over an open question leaves the act open
    ("It was not immediately clear whether the rebels had attacked the base.", "attacked",
     "hypothetical"),
    ("Police denied that the rebels had attacked the base.", "attacked", "negated"),
    # a linking verb's subject supposed by 'possible'
    ("A strike on Iran's oil facilities remains possible, analysts said.", "strike",
     "hypothetical"),
])
def test_open_questions_and_linking_verbs(nlp, text, word, want):
    assert _fact(nlp, text, word) == want


@pytest.mark.parametrize("text, word, want", [
    # a passive's subject takes a planning or proposing verb's modality
    ("The withdrawal of French troops is scheduled for December.", "withdrawal", "future"),
    ("A vote is planned for next week.", "vote", "future"),
    ("A summit was proposed by France.", "summit", "hypothetical"),
    ("The strike was cancelled after talks.", "strike", "negated"),
    ("Talks were held in Doha on Monday.", "talks", "asserted"),
    ("Police said the attack was claimed by a local militia.", "attack", "reported"),
    # 'had any intention to' passes the denial on
    ("Russia denied it had any intention to invade Ukraine.", "invade", "negated"),
])
def test_passive_subjects_and_had_intentions(nlp, text, word, want):
    assert _fact(nlp, text, word) == want


def test_a_closing_report_hung_on_a_noun(nlp):
    # the parser makes 'alleged' a participle on 'groups', itself coordinated with the object
    assert _fact(nlp, "Police beat detained protesters, rights groups alleged on Monday.",
                 "beat") == "alleged"
    # a closing noun phrase with no verb of saying reports nothing
    assert _fact(nlp, "Police detained three journalists, reporters based in the city.",
                 "detained") == "asserted"


@pytest.mark.parametrize("text, word, want", [
    ("Ukraine is preparing a counter-offensive in the south.", "offensive", "future"),
    ("The US is pressing Israel to accept a ceasefire.", "ceasefire", "hypothetical"),
    ("Hamas accepted a ceasefire proposal.", "ceasefire", "asserted"),
    ("Moscow said it was open to talks with Kyiv.", "talks", "hypothetical"),
    ("Ministers opened talks in Geneva.", "talks", "asserted"),
])
def test_preparing_accepting_and_open_to(nlp, text, word, want):
    assert _fact(nlp, text, word) == want
