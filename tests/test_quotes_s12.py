"""Session 12, English quote speakers (issue 3): general mechanisms found by tabulating the
speaker failures of the open sets written by others, each tested on sentences written here."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_a_quotation_signed_on_the_line_below(pipe):
    text = ("Experts react to the bridge report\n\nWe asked two engineers for their view.\n\n"
            "\"The cables were inspected far too rarely for a structure of this age.\"\n"
            "— Dr Imogen Fairley, structural engineer, Northbank University\n\n"
            "\"Nobody should be surprised by these findings.\"\n"
            "— Tobias Grund, former chief inspector of bridges")
    speaker, _ = quote(pipe, text, "inspected far too rarely")
    assert speaker == "Imogen Fairley"
    speaker, _ = quote(pipe, text, "Nobody should be surprised")
    assert speaker == "Tobias Grund"


def test_a_role_named_in_the_next_sentence_by_a_bare_name(pipe):
    text = ("Library to close on Sundays\n\nThe town's head of libraries said "
            "the service had lost a third of its budget since 2020. Marion Oduya said "
            "opening on Sundays cost twice as much as any other day.")
    speaker, _ = quote(pipe, text, "lost a third of its budget")
    assert speaker == "Marion Oduya"


def test_what_follows_a_name_tells_a_described_newcomer_from_a_bare_one():
    # the coreference chains may already join a role to the next name; this is the test the
    # quotes stage itself applies before it names a role by the person who speaks next
    from newsprism.analyze.speaker_roles import _APPOSED, _role_head
    assert _APPOSED.match(", a volunteer at the branch, said")
    assert _APPOSED.match(", President of the union, said")
    assert _APPOSED.match(" of the National Cyber Security Centre said")
    assert not _APPOSED.match(", who has led the council since 2022, added")
    assert not _APPOSED.match(", 52, said")
    assert not _APPOSED.match(" said")
    assert _role_head("the council's principal planning officer") == "officer"
    assert _role_head("The council's leader") == "leader"
    assert _role_head("the Ministry spokesperson") is None   # a name inside
    assert _role_head("the report") is None


def test_an_official_kept_anonymous_is_not_the_next_name(pipe):
    text = ("Port delays\n\nA senior customs officer, speaking on condition of anonymity, "
            "said the scanners had been broken for a month. Aled Rhys said the union would "
            "raise it with the minister.")
    speaker, _ = quote(pipe, text, "scanners had been broken")
    assert speaker != "Aled Rhys"


def test_a_stray_her_in_an_apposition_does_not_turn_a_tom_into_a_woman(pipe):
    # (a guard: here the chains already give 'he' to Tom; the case the sources fix reached,
    # a chain that took the apposition's 'her' and an unresolved 'he', needs a longer text)
    text = ("Flood defences delayed\n\nThe council's engineer, Ruth Adair, said the wall would "
            "be finished in June. Councillor Tom Adair, her brother and a member of the "
            "opposition, said the council had known of the cracks for a year. In a post on "
            "Mastodon, he called the delay \"a disgrace in slow motion\".")
    speaker, _ = quote(pipe, text, "a disgrace in slow motion")
    assert speaker == "Tom Adair"


def test_two_titles_before_a_name_leave_the_name(pipe):
    text = ("Driver jailed\n\nIn a statement read to the court, the widow, Claire Tarrant, said "
            "her life had stopped.\n\nOutside court, Detective Sergeant Owen Tarrant, the "
            "victim's cousin, who was not involved in the investigation, said the sentence sent "
            "a message to every driver.")
    speaker, _ = quote(pipe, text, "sent a message to every driver")
    assert speaker == "Owen Tarrant"


def test_a_bodys_spokesperson_named_in_a_later_apposition():
    # coreference may take 'a Ministry of ... spokesperson' for the ministry it names (as it
    # did on a wire report); the apposition that names the spokesperson later still wins
    from newsprism.analyze.coref import Coref
    from newsprism.analyze.second_names import named_by_head_later
    from newsprism.records import Entity, Mention, Quote, Speaker
    text = ("Lorvania is ready to reopen talks \"at any hour\", a Ministry of Fisheries and "
            "Ports spokesperson said.\n\nThe spokesperson, Ilse Varnow, told a briefing that "
            "Lorvania had \"gone more than halfway\".")
    role = text.index("a Ministry"), text.index(" said")
    again = text.index("The spokesperson"), text.index("The spokesperson") + 16
    name = text.index("Ilse Varnow"), text.index("Ilse Varnow") + 11
    body = text.index("Ministry"), text.index(" spokesperson")

    def mention(span, kind):
        return Mention(start=span[0], end=span[1], kind=kind)

    coref = Coref([Entity(id="e1", type="ORG", name="Ministry of Fisheries and Ports",
                          mentions=(mention(body, "name"), mention(role, "nominal"),
                                    mention(again, "nominal"))),
                   Entity(id="e2", type="PERSON", name="Ilse Varnow",
                          mentions=(mention(name, "name"),))])
    quotes = [Quote(id=f"q{k}", kind="direct", start=s, end=s + 5, cue=None,
                    speaker=Speaker("e1", "Ministry of Fisheries and Ports", *sp), via=())
              for k, (s, sp) in enumerate([(text.index("at any"), role),
                                           (text.index("gone"), again)])]
    out = named_by_head_later(text, quotes, coref)
    assert [q.speaker.name for q in out] == ["Ilse Varnow", "Ilse Varnow"]


def test_a_generic_kind_of_body_is_the_body_named_most_before_it():
    # coreference left 'the snack firm' unlinked (as it did on a results report); the body
    # named most often before it, not the outlet's own initials in the dateline, said it
    from newsprism.analyze.coref import Coref
    from newsprism.analyze.speaker_roles import described_body
    from newsprism.records import Entity, Mention, Quote, Speaker
    text = ("LEEDS (NBW) -- Karrow Foods said profit fell. Karrow Foods shares dropped, and "
            "the snack firm said the price of cocoa was to blame.")

    def at(word, k=0):
        i = -1
        for _ in range(k + 1):
            i = text.index(word, i + 1)
        return Mention(start=i, end=i + len(word), kind="name")

    coref = Coref([Entity(id="e1", type="ORG", name="NBW", mentions=(at("NBW"),)),
                   Entity(id="e2", type="ORG", name="Karrow Foods",
                          mentions=(at("Karrow Foods"), at("Karrow Foods", 1)))])
    s = text.index("the snack firm")
    q = Quote(id="q1", kind="indirect", start=text.index("the price"), end=len(text) - 1,
              cue=None, speaker=Speaker(None, "the snack firm", s, s + 14), via=())
    out = described_body(text, [q], coref, "North Business Wire")
    assert out[0].speaker.name == "Karrow Foods"
    lone = Coref([Entity(id="e1", type="ORG", name="NBW", mentions=(at("NBW"),))])
    assert described_body(text, [q], lone, "North Business Wire")[0].speaker.name \
        == "the snack firm"


def test_a_sentence_closed_by_who_reported_it(pipe):
    # a guard: the trailing 'reported' frame matters where the parser reads the fronted
    # report as a noun phrase hung on the verb (it did on a wire lede); here it parses well
    text = ("Malaria vaccine trial\n\nNAIROBI: A two-dose malaria vaccine, given to 900 children "
            "at clinics in Kisumu and Busia, prevented 74% of severe cases over two seasons, the "
            "trial's doctors reported on Tuesday.")
    speaker, _ = quote(pipe, text, "prevented 74% of severe cases")
    assert speaker is not None and speaker.endswith("doctors")


def test_a_source_who_gave_one_name_only():
    from newsprism.analyze.speaker_roles import only_named
    from newsprism.records import Quote, Speaker
    text = ("A 15-year-old pupil, who asked to be identified only as Kofi, said he had been "
            "moved twice. \"Nobody tells us anything,\" he said.")
    s = text.index("Nobody")
    q = Quote(id="q1", kind="direct", start=s, end=s + 22, cue=None,
              speaker=Speaker(None, "old pupil", text.index(" he said"), len(text) - 5), via=())
    assert only_named(text, [q])[0].speaker.name == "Kofi"
    other = text.replace("asked to be identified only as Kofi", "lives nearby")
    q2 = Quote(id="q1", kind="direct", start=other.index("Nobody"), end=other.index("Nobody") + 22,
               cue=None, speaker=Speaker(None, "old pupil", 0, 5), via=())
    assert only_named(other, [q2])[0].speaker.name == "old pupil"


def test_he_after_a_sentence_about_a_role_is_that_role(pipe):
    text = ("Port talks stall\n\nThe employers' chief negotiator, Harald Vint, told reporters "
            "that his side \"will not pay for a strike\".\n\nThe union's spokesman did not take "
            "questions. In a post on the union's Bluesky account, he said the talks had been "
            "\"slow but honest\". The spokesman, Kofi Mensah-Laryea, later told the broadcaster "
            "coastwave that the union would vote on Friday.")
    speaker, _ = quote(pipe, text, "slow but honest")
    assert speaker == "Kofi Mensah-Laryea"



def test_a_quotation_after_a_sentence_about_an_age(pipe):
    text = ("Rovers coach rues late collapse\n\nHartfield Rovers coach Piet Vandersloot did not "
            "hide his anger after Sunday's 2-0 defeat. \"We switched off for five minutes,\" "
            "Vandersloot said.\n\nAsked whether the board still backed him, the 58-year-old "
            "shrugged. \"You will have to ask the chairman.\"")
    speaker, _ = quote(pipe, text, "ask the chairman")
    assert speaker == "Piet Vandersloot"


def test_a_name_opened_by_initials_is_a_persons():
    from newsprism.analyze.name_shapes import INITIALS_NAME, PLACE_INITIALS
    for name in ("K. Lakshmi Narayana", "R.M.L. Rathnayake", "W. M. Senanayake"):
        assert INITIALS_NAME.match(name) and not PLACE_INITIALS.match(name)
    assert PLACE_INITIALS.match("U.S. Navy") and PLACE_INITIALS.match("U.K. Treasury")
    assert not INITIALS_NAME.match("Kenya Airways")


def test_an_age_in_apposition_makes_a_person(pipe):
    text = ("Fans react to sale\n\nSupporters greeted the news with a mix of hope and dread.\n\n"
            "\"It's our club, not a balance sheet.\" Moira Keane, 70, has held a season ticket "
            "since 1971 and said she had \"seen owners come and go\".\n\nHer grandson Tiernan, "
            "17, was more hopeful. \"Look at what money did for the rugby club,\" he said.")
    speaker, _ = quote(pipe, text, "Look at what money did")
    assert speaker == "Tiernan"


def test_a_document_named_again_speaks_for_whoever_spoke_through_it():
    from newsprism.analyze.speaker_roles import document_again
    from newsprism.records import Quote, Span, Speaker
    text = ("Economists at Harrow Bank said in their quarterly report that rents would rise. "
            "The report warned that \"tenants will pay for this\".")
    first = Quote(id="q1", kind="indirect", start=text.index("rents"), end=text.index(". The"),
                  cue=Span(text.index("said"), text.index("said") + 4),
                  speaker=Speaker(None, "Economists at Harrow Bank", 0, 25), via=())
    s = text.index("The report")
    second = Quote(id="q2", kind="direct", start=text.index("tenants"), end=len(text) - 3,
                   cue=None, speaker=Speaker(None, "The report", s, s + 10), via=())
    out = document_again(text, [first, second])
    assert out[1].speaker.name == "Economists at Harrow Bank"


def test_a_role_named_later_by_a_kin_word():
    from newsprism.analyze.second_names import _apposition_after
    hit = _apposition_after("head").search("Later, the education chief, Dana Roe, said more.")
    assert hit and hit.group(1) == "Dana Roe"
    assert _apposition_after("head").search("The former chief, Dana Roe, said.") is None
    assert _apposition_after("spokesman").search("The spokeswoman, Dana Roe, said.")


def test_a_body_named_with_and_is_one_name(pipe):
    text = ("Floods\n\nRescuers worked through the night. Kelderby Fire and Rescue Service said "
            "on X that crews had carried out 43 rescues.")
    speaker, _ = quote(pipe, text, "43 rescues")
    assert speaker == "Kelderby Fire and Rescue Service"
