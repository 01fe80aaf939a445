"""Session 21 (issue 3), vias and relays on the opened eighteenth English set: general reading
steps, each tested on sentences written for this file (none from the sets).

- Where the words went out, read off the occasion the text names around them (via_occasion):
  a quote with no via takes the medium its own frame names outside the quoted words ('X, on
  X: "..."' in a round-up, 'Y, in a TikTok video watched ...: "..."', 'Z, in a sermon
  broadcast by Radio W: "..."', '"...," she said on the Q podcast'); a pronoun's quote takes
  the medium of the sentence before when that sentence names the same speaker and quotes no
  one ('W defended the plan on the Q podcast on Monday. "...," he said.'); a pronoun's next
  quote of the same speaker ('He added that ...') goes on there, and a headline's shortening of
  those words takes the same medium. Only the occasion words read: 'on', 'via', 'in a' before a
  platform, 'on/to the N podcast/programme/show', 'broadcast/aired/streamed/posted by/on N'
  with N a medium; a frame with none of the gate's words is never searched.
- A document that a person leaked or made public passed its words on through that person
  (via_occasion._leaked_by): 'An internal memo, leaked on Friday by the councillor Ana Ruiz,
  warns that ...' and 'It goes on: "..."' are the memo's, via Ana Ruiz (the last person named in
  the 'by' phrase, titles and places before the name skipped); 'a report published by the
  ministry' names the document's author, not a relay, and only a person leaks.
- A name in a slot only a publisher fills relays the words, whether or not any list knows it
  (via_relay_slots): 'According to N, S told/said ... that' opening a sentence (S speaks, N
  relays; all five such sentences of the open English files are labelled so), never 'according
  to N, which said' (N's own words); 'N reported that S had told it ...'; 'N, citing B, reported
  that S had put it at "..."' (the marked words are S's; B heard them first, then N);
  'According to A, which cited a report by M, S told ... that' (S through M, then A) and
  'According to A, which cited a ministry spokesperson, <clause>' (the spokesperson through A),
  where the parse had taken the according phrase for the speaker.
"""
from __future__ import annotations

import datetime as dt

from newsprism.records import Article
from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def inner(pipe, text, needle):
    """(speaker, vias) of the shortest quote holding needle: the words' own attribution, as the
    evaluation picks it when a relaying sentence is a candidate too."""
    a = pipe.analyze(Article(id="t", text=text, outlet="The Test Courier", language="en",
                             published=dt.date(2026, 5, 4)))
    hits = sorted((q for q in a.quotes if needle in a.text[q.start:q.end]),
                  key=lambda q: q.end - q.start)
    assert hits, [a.text[q.start:q.end] for q in a.quotes]
    return hits[0].speaker.name, [v.name for v in hits[0].via]


def test_round_up_lines_name_their_platform_or_broadcaster(pipe):
    text = ("Reactions came quickly.\n\n"
            "- Councillor Mere Tawhiri, on X: \"Nine months of silence. Now they want "
            "applause.\"\n\n"
            "- Tomas Lindqvist, a ferry skipper in Nordby, in a TikTok video seen by thousands: "
            "\"The pier has been cracked since spring and nobody came.\"\n\n"
            "- Father Anselm Brady, in a sermon broadcast by Radio Maria Kerry: \"Grief asks "
            "for patience, not blame.\"")
    assert quote(pipe, text, "Nine months")[1] == ["X"]
    assert quote(pipe, text, "pier has been cracked")[1] == ["TikTok"]
    assert quote(pipe, text, "Grief asks")[1] == ["Radio Maria Kerry"]


def test_the_podcast_named_the_sentence_before_a_pronoun_carries_on(pipe):
    text = ("The mining company's founder, Pieter Vos, defended the expansion on the Deep Seam "
            "podcast on Monday. \"We followed every rule we were given, and then the rules "
            "moved,\" he said.\n\n"
            "He added that the firm had \"no plans to leave the valley, whatever the court "
            "decides\".")
    assert quote(pipe, text, "followed every rule") == ("Pieter Vos", ["Deep Seam"])
    assert quote(pipe, text, "no plans to leave") == ("Pieter Vos", ["Deep Seam"])


def test_no_medium_named_leaves_the_quote_without_one(pipe):
    text = ("The mining company's founder, Pieter Vos, defended the expansion at a meeting in "
            "Leeuwpan on Monday. \"We followed every rule we were given,\" he said.\n\n"
            "- Councillor Mere Tawhiri, in a statement: \"Nine months of silence.\"")
    assert quote(pipe, text, "followed every rule") == ("Pieter Vos", [])
    assert quote(pipe, text, "Nine months")[1] == []


def test_the_sentence_before_must_name_the_same_speaker(pipe):
    text = ("Anna Berg, the ministry's spokeswoman, appeared on the Morning Ledger podcast. "
            "Later the minister, Karl Huber, met the families. \"We owe them answers,\" he said.")
    assert quote(pipe, text, "owe them answers")[1] == []


def test_a_leaked_memo_speaks_through_the_person_who_leaked_it(pipe):
    text = ("An internal memo dated March 3, leaked on Friday by the Westport councillor Ana "
            "Ruiz, warns that the harbour wall could fail in a winter storm.\n\n"
            "It goes on: \"We cannot sign off these repairs in their present form.\"")
    assert quote(pipe, text, "harbour wall could fail")[1] == ["Ana Ruiz"]
    assert quote(pipe, text, "cannot sign off")[1] == ["Ana Ruiz"]


def test_a_document_published_by_its_author_has_no_via(pipe):
    text = ("A report published on Friday by the Ministry of Transport warns that the harbour "
            "wall could fail in a winter storm.")
    assert quote(pipe, text, "harbour wall could fail")[1] == []


def test_according_to_an_unlisted_paper_then_a_speaker_of_its_own(pipe):
    text = ("According to Semana Lima, Deputy Minister Ana Ruiz told residents on Tuesday that "
            "the government would rebuild the bridge.")
    assert inner(pipe, text, "rebuild the bridge") == ("Ana Ruiz", ["Semana Lima"])


def test_according_to_a_body_which_said_is_its_own_words(pipe):
    text = ("The fire doubled in size, according to the Forest Service, which said it was "
            "\"burning out of control\".")
    assert quote(pipe, text, "burning out")[1] == []


def test_reported_that_someone_had_told_it(pipe):
    text = "Canal Doce reported that the fire chief, Ana Ruiz, had told it the blaze was contained."
    assert inner(pipe, text, "blaze was contained") == ("Ana Ruiz", ["Canal Doce"])


def test_a_medium_citing_another_reports_a_persons_marked_words(pipe):
    text = ("Reuters, citing the Lima daily El Comercio, reported that the firm's chief executive, "
            "Ana Ruiz, had put its losses at \"about $80 million\".")
    assert quote(pipe, text, "about $80 million") == ("Ana Ruiz", ["El Comercio", "Reuters"])


def test_according_to_a_paper_which_cited_a_report_by_a_magazine(pipe):
    text = ("According to the Lima daily El Comercio, which cited a report by the business "
            "magazine Semana Economica, the mining group's parent company, Andes Holdings, told "
            "investors on Friday that it would appeal.")
    assert inner(pipe, text, "would appeal") == ("Andes Holdings",
                                                 ["Semana Economica", "El Comercio"])


def test_according_to_a_paper_which_cited_a_spokesperson(pipe):
    text = ("According to the Ledger, which cited a ministry spokesperson, the regulator is "
            "\"still weighing\" whether to act.")
    assert quote(pipe, text, "still weighing") == ("ministry spokesperson", ["Ledger"])
