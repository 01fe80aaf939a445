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
"""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


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
