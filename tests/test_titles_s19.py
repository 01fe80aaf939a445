"""Session 19: a speaker named by a title or honorific standing before the name (English).

The pattern: a title word ('Chief', 'Dr', 'Hon'), an office noun ('Chairman', 'Secretary') or
an office abbreviation of a provincial, city or cabinet government ('MEC', 'MMC', 'CS', 'PS')
stands before a person's name, possibly with an 'of/for <body>' complement between them
('MMC for Transport X', 'President of the Tailors Union Chief X'). The tagger may make the
title its own name (an ORG 'MMC', a PERSON 'Chief' glued to the body before it), and the
speaker finder then took the title. speaker_of_body.title_person gives such a quote to the
first person's name after the title's own mention, when only the complement (capitalised
words joined by of/for/the/and) stands between; another name first, a body's or a title's, or
anything else between (a full stop, a lower-case clause) leaves the speaker as it was. Gated by
one set lookup on the speaker's name, so the pass scans nothing for ordinary speakers.

All sentences below were written for this file.
"""
from __future__ import annotations

from newsprism.analyze.coref import Coref
from newsprism.analyze.speaker_of_body import person_of_body, title_person
from newsprism.records import Entity, Mention, Quote, Speaker
from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_office_abbreviation_with_its_portfolio(pipe):
    text = ("The bridge had been unsafe for years, according to MMC for Transport Sipho "
            "Ndlovu.\n\nSpeaking to reporters, Ndlovu said the city would rebuild it.")
    assert quote(pipe, text, "unsafe for years")[0] == "Sipho Ndlovu"
    assert quote(pipe, text, "rebuild it")[0] == "Sipho Ndlovu"


def test_honorific_after_an_office_of_a_body(pipe):
    text = ("President of the Kano Tailors Union Chief Musa Danladi said about 50 stalls had "
            "burned.")
    assert quote(pipe, text, "50 stalls")[0] == "Musa Danladi"


def test_plain_honorific_name_unchanged(pipe):
    assert quote(pipe, "Chief Emeka Obi said the road was closed.", "road was closed")[0] \
        == "Emeka Obi"


def _q(start, end, name, entity):
    return Quote("q1", "indirect", 0, 1, None, Speaker(entity, name, start, end))


def _coref(*ents):
    return Coref([Entity(id=i, name=n, type=t, mentions=tuple(Mention(s, e, "name")
                                                              for s, e in ms))
                  for i, n, t, ms in ents])


def test_title_person_takes_the_name_past_the_complement():
    text = "according to MEC for Roads Anele Khumalo."
    s = text.index("MEC")
    p = text.index("Roads")
    coref = _coref(("e1", "MEC", "ORG", [(s, s + 3)]),
                   ("e2", "Anele Khumalo", "PERSON", [(p, len(text) - 1)]))
    out = person_of_body(text, [_q(s, s + 3, "MEC", "e1")], coref)
    assert out[0].speaker == Speaker("e2", "Anele Khumalo", s, len(text) - 1)


def test_title_person_stops_at_a_sentence_or_a_body():
    text = "according to the MEC. Anele Khumalo was away."
    s = text.index("MEC")
    p = text.index("Anele")
    coref = _coref(("e1", "MEC", "ORG", [(s, s + 3)]),
                   ("e2", "Anele Khumalo", "PERSON", [(p, p + 13)]))
    q = _q(s, s + 3, "MEC", "e1")
    assert title_person(text, q, coref) is q  # a full stop between: not the title's name
    text = "said Chief of the Roads Agency Anele Khumalo"
    s = text.index("Chief")
    b = text.index("Roads")
    p = text.index("Anele")
    coref = _coref(("e1", "Chief", "PERSON", [(s, s + 5)]),
                   ("e3", "Roads Agency", "ORG", [(b, b + 12)]),
                   ("e2", "Anele Khumalo", "PERSON", [(p, p + 13)]))
    q = _q(s, s + 5, "Chief", "e1")
    assert title_person(text, q, coref) is q  # a body named first: the first name decides


def test_bare_honorific_takes_the_name_the_clause_gives():
    """'A listener, who gave his name as Baba Sule, said': a parse that left the bare
    honorific as the speaker (no entity) gets the name the description's clause gives, the
    honorific kept as part of it (speaker_roles.only_named)."""
    from newsprism.analyze.speaker_roles import only_named
    text = ("A listener to City Radio, who gave his name as Baba Sule, said he had lost "
            "his stall.")
    end = text.index(", said")
    q = Quote("q1", "indirect", end + 7, len(text) - 1, None, Speaker(None, "Baba", 0, end))
    assert only_named(text, [q])[0].speaker.name == "Baba Sule"
    named = Quote("q1", "indirect", end + 7, len(text) - 1, None,
                  Speaker(None, "Baba", 0, end))
    text2 = "A listener to City Radio. He gave his name as Baba Sule, said he had lost it."
    assert only_named(text2, [named])[0].speaker.name == "Baba"  # another sentence's clause
