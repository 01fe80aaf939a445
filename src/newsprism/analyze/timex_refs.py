"""TIMEX3 resolvers for vague references to the present, past and future: "now",
"currently", "recently", "in recent weeks", "the coming months", "the past", "a while".
Moved out of timex_resolve.py (session 15) to keep it small; registered in
timex_registry.py like the other resolver modules.
"""
from __future__ import annotations

import re

from .timex_calendar import duration_value
from .timex_resolve import prev_word

_COUNT_AFTER = re.compile(r"\s+(?:\d+|few|several|couple|two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve|dozen)\b", re.I)


def r_ref(m, ctx):
    w = re.sub(r"\s+", " ", m["w"].lower())
    w = re.sub(r"^(?:more|most) ", "", w)
    after = ctx.text[m.end():m.end() + 12].lower()
    if w == "current" and re.match(r"\s*(account|affairs|events|of|and|through|flow)", after):
        return None
    then = re.search(r"\bthen\s+$", ctx.text[max(0, m.start() - 6):m.start()], re.I)
    if w == "current" and then:  # "the then current price": the present of a past time
        return [(m.start() - len(then.group(0)), m.end(), "DATE", "PAST_REF")]
    if w in ("now", "currently") and _not_the_present(ctx.text, m):
        return None
    if w == "the future" and _future_as_topic(ctx.text, m):
        return None
    if w == "a while":
        return [(m.start(), m.end(), "DURATION", "PXX")]
    if w == "the past" and _COUNT_AFTER.match(ctx.text, m.end()):
        return None  # "the past three summers", "the past few elections": a count, not the past
    if w in ("now", "currently", "nowadays", "these days", "at present", "the present",
             "current"):
        value = "PRESENT_REF"
    elif w in ("recent years", "recent decades"):
        # a past too long to be a counted stretch: TimeBank, like "recently", gives it
        # PAST_REF (three to one), while recent weeks and months stay durations
        value = "PAST_REF"
    elif w.startswith(("recent ", "coming ", "the coming ")) or w.endswith(" ahead"):
        # "in recent weeks", "the weeks ahead", "in the coming months": a stretch of
        # unstated length, counted in the unit named
        unit = next(x for x in w.split() if x not in ("the", "recent", "coming", "ahead"))
        return [(m.start(), m.end(), "DURATION", duration_value("X", unit))]
    elif "future" in w or w in ("soon", "the short term", "the long term", "the near term",
                                "a later date"):
        value = "FUTURE_REF"
    else:
        value = "PAST_REF"
    return [(m.start(), m.end(), "DATE", value)]


_NOW_OPENS = re.compile(r"(?:^|[.!?:;][\"'”’)]*\s+|\n\s*|[\"“`(]\s*)$")


def _not_the_present(text: str, m) -> bool:
    """"Now, the question is ..." and "Currently, organs are rationed ..." open a turn
    of the argument (TBAQ leaves both unmarked), and "from now to X"
    starts a stretch (as "for now" and "until now" do not: they name the present)."""
    if prev_word(text, m.start()) == "from":
        return not re.match(r"\s+on\b", text[m.end():m.end() + 4])  # "from now on" is now
    return text[m.end():m.end() + 1] == "," and \
        bool(_NOW_OPENS.search(text, max(0, m.start() - 4), m.start()))


# "the future of the talks", "the future looks bleak": the future as a topic or a subject
_TOPIC_AFTER = re.compile(r"\s+(?:of|looks?|looked|is|was|seems?|seemed|remains?|"
                          r"remained|holds?|held|belongs?)\b", re.I)


def _future_as_topic(text: str, m) -> bool:
    """Whether "the future" is a thing talked about rather than a time: followed by "of"
    or by its verb as a subject, or the object of a noun's "to" ("a rational approach to
    the future", "important to the future of"); "in/into/about the future" stay. After
    any other preposition the verb that follows is its governor's ("the outlook for the
    future is brighter": the outlook is), so only "of" makes it a topic there."""
    before = prev_word(text, m.start())
    if before == "to":
        return True
    if before in _GOVERNING:
        return bool(re.match(r"\s+of\b", text[m.end():m.end() + 4], re.I))
    return bool(_TOPIC_AFTER.match(text, m.end()))


_GOVERNING = frozenset({"for", "in", "into", "about", "on", "over", "toward", "towards",
                        "from", "with", "at", "of", "beyond", "regarding"})


REF_RESOLVERS = {"ref": r_ref}
