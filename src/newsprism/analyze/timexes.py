"""The timex stage: finds TIMEX3 expressions, resolves them, infers the publication date.
Inputs: the spaCy Doc (its tags tell past from future), the article blocks, a known date.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from collections.abc import Iterable

from ..records import Timex
from .pipeline import State, stage
from .timex_calendar import iso_week, weekday_near, ymd
from .timex_clock import CLOCK_VALUE as _CLOCK_VALUE
from .timex_clock import DAWN_WORDS as _DAWN_WORDS
from .timex_clock import FULL_DATE as _FULL_DATE
from .timex_clock import (attach_clock_times, bare_hour_ranges, clock_counted,
                          clock_range_order, date_clock_times, day_of_month_edge, part_of_date,
                          past_midnight, said_on)
from .timex_lexicon import DAY_ORDINALS, alternation, weekday_number
from .timex_registry import RESOLVERS
from .timex_resolve import Context
from .timex_rules import RULES, TRIGGERS
from .timex_spans import bare_count_ranges

__all__ = ["find_timexes", "infer_published", "timexes_stage", "Tenses"]

_WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-(\d)")


# --- tense around a position -----------------------------------------------------------
_FUTURE_WORDS = {"will", "'ll", "’ll", "shall", "wo", "gonna"}
_PLAN_WORDS = {"expected", "scheduled", "due", "planned", "slated", "poised", "plans", "plan",
               "planning", "intends", "aims", "ready", "prepared", "preparing"}
# words that look ahead only before "to": "is forecast to reach", not "Cuba predicted Friday"
_PLAN_TO_WORDS = {"forecast", "projected", "likely", "predicted", "tipped", "bound"}
_WEAK_MODALS = {"would", "might", "may", "can", "should", "must", "ca"}  # "could" is often past
_PRESENT_AUX = {"is", "are", "'s", "’s", "'re", "’re", "am"}
_PAST_AUX = {"had", "been", "was", "were", "'d", "’d"}
_BOUNDARY = {".", "!", "?", ";", ":"}
# the words of a clock time told before its day: "5", "p.m.", "EST", "noon", "at"
_CLOCK_WORD = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|[ecmp][sd]t|et|gmt"
                         r"|utc|bst|cet|noon|midnight|at|on|local|time")
_QUOTES = {'"', "''", "``", "`", "“", "”", "«", "»"}
# "the run-up to Saturday's vote": the noun of a build towards a date not yet come
_LEAD_UP = ("run-up", "lead-up", "build-up", "runup", "leadup", "buildup")
# Words just before a date that look ahead whatever the verb's tense: "effective Feb. 1",
# "could leave as soon as Tuesday"; "by" and "until" are not here, they also close spans
# that are over ("remained shut until Tuesday").
_AHEAD_BEFORE = (("as", "soon", "as"), ("as", "early", "as"), ("no", "later", "than"),
                 ("effective",), ("not", "before"),
                 # "set a trial date of Jan. 13": a date fixed for what is to come
                 ("date", "of"), ("deadline", "of"),
                 # "cut its forecast for the fiscal year ending in May", said in December:
                 # a year still under way ends ahead ("ended in May" would be over)
                 ("year", "ending", "in"), ("year", "ending"))


# words that open a clause of its own before its subject ("while schools reopen Monday")
_CLAUSE_OPENERS = {"while", "whereas", "and", "but", "when", "as", "although", "though",
                   "because", "since", "if", "where"}
# the prepositions that lead to a weekday's event from a clause looking ahead: "fans are
# expected for Saturday's final", "will travel to Sunday's race", "will start in Friday's game"
_TOWARDS = {"for", "to", "before", "in", "at"}

# Words that move a date: the weekday after "to" in their clause lies ahead.
_MOVED_WORDS = {"postponed", "postpone", "postpones", "delayed", "delay", "adjourned",
                "adjourn", "deferred", "defer", "pushed", "moved", "rescheduled", "brought"}
# Words that set a limit: a weekday after "until"/"by" in their clause lies ahead.
_DEADLINE_WORDS = {"extended", "extend", "extends", "extending", "postponed", "postpone",
                   "postpones", "delayed", "delay", "adjourned", "adjourn", "deferred", "defer",
                   "deadline", "gave", "given", "give", "gives", "recessed",
                   "pushed", "suspended", "ultimatum",
                   # a court holds a defendant until the next hearing: "remanded until Friday"
                   "remanded", "remand", "bailed",
                   # an order runs from when it is given: "ordered flags lowered through Saturday"
                   "ordered", "orders", "order",
                   # a promise is kept later: "has promised a budget by the summer"
                   "promised", "promises", "promise", "pledged", "pledges"}


# a call or warning whose object after "for"/"of" is still to come: "called for marches"
_CALL_WORDS = {"called", "calls", "call", "calling", "appealed", "appeals", "appealing",
               "warned", "warns", "warning"}
# words before a participle that keep it from telling the past ("will be held", "is due
# to be published")
_NOT_PAST_BEFORE_VBN = {"be", "being", "to", "will", "is", "are", "am", "'s", "’s", "'re",
                        "’re", "would", "shall", "could", "may", "might", "must", "should"}
# pronouns that open a clause as its subject ("said on Monday she expects ...")
_SUBJECT_PRONOUNS = {"i", "he", "she", "we", "they"}
# the prepositions that put a date on the verb before them ("changed its name in December")
_ON_A_DATE = {"in", "on", "during", "at"}


class Tenses:
    """Tells whether the words around a character span narrate the past or the future.

    Built once per Doc; the nearest tensed verb (or "will") to the span decides, because
    a time expression usually modifies the closest clause."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.starts: list[int] | None = None  # filled on first use: many texts never ask

    def _load(self) -> None:
        # one array read instead of a Token object per word: this stage must stay cheap
        arr = self.doc.to_array(["IDX", "LOWER", "TAG"])
        strings = self.doc.vocab.strings
        names: dict[int, str] = {}

        def name(h) -> str:
            h = int(h)
            if h not in names:
                names[h] = strings[h] if h else ""
            return names[h]

        self.starts = [int(i) for i in arr[:, 0]] if len(arr) else []
        self.lower = [name(h) for h in arr[:, 1]] if len(arr) else []
        self.tags = [name(h) for h in arr[:, 2]] if len(arr) else []
        self.tagged = any(self.tags)

    def __call__(self, start: int, end: int) -> str | None:
        if self.starts is None:
            self._load()
        if not self.starts:
            return None
        i = bisect.bisect_left(self.starts, start)
        j = max(i, bisect.bisect_left(self.starts, end))
        before = tuple(self.lower[max(0, i - 3):i])
        if self._ahead_of_phrase(i) or self._called_for(i):
            return "future"  # "ahead of Saturday's referendum": it has not come yet
        possessive = j < len(self.lower) and self.lower[j] in ("'s", "’s")
        if not possessive and (any(before[-len(cue):] == cue for cue in _AHEAD_BEFORE)
                               or self._deadline(i)):
            return "future"
        best: tuple[int, str] | None = None
        for k in range(i - 1, max(-1, i - 25), -1):
            if self._boundary(k):
                break
            cue = self._cue(k, i)
            best = self._better(best, i - k, cue)
            if cue == "modal" and self.tags[k + 1] == "VB" and \
                    self.lower[k + 1] not in ("be", "have"):
                break  # "said it could work through the weekend": the nearer clause's
        if possessive:
            # "Wednesday's ruling" names something that has happened, unless its own clause
            # looks ahead ("Sunday's vote will decide ...") or the clause it hangs on does
            # ("fans are expected for Saturday's final", "will travel to Sunday's race")
            if self._ahead_after(j) or (best is not None and best[1] == "future" and i > 0
                                        and self.lower[i - 1] in _TOWARDS):
                return "future"
            return "past"
        text = self.doc.text
        # "rose at 7:06 p.m. He will ...": the abbreviation's point also ends the sentence
        ends = end > 1 and text[end - 1] == "." and j < len(self.starts) and \
            text[self.starts[j]].isupper()
        for k in range(j, min(len(self.starts), j + 25) if not ends else j):
            if self._boundary(k) or (self.tags[k] in ("CC", ",") and best is not None):
                # "... on Saturday and were planning ...", "will stay shut through Thursday,
                # officials said": the next clause is not ours
                break
            if best is not None and self.tags[k] in ("WRB", "WP") and k > j:
                break  # "won the prize on Monday for discovering how cells move": its own clause
            if best is not None and self.lower[k] in _SUBJECT_PRONOUNS and \
                    k + 1 < len(self.tags) and self.tags[k + 1][:2] in ("VB", "MD"):
                break  # "told reporters on Monday she expects ...": a reported clause's own
            if self.lower[k] in ("that", "which") and self.tags[k] in ("IN", "WDT") and \
                    (best is not None or self._opens_clause(i)):
                # "passed a bill late Wednesday that funds ...", "report on Friday that
                # employers added ...": the clause after "that" has its own time
                break
            best = self._better(best, k - j + 1, self._cue(k, i))
        return best[1] if best else None

    def plain_past(self, start: int, end: int) -> bool:
        """Whether the verb the date hangs on is itself a plain past ("changed its name in
        December", "In December, the firm changed ..."), not a past verb reaching over an
        infinitive, a modal or a plan ("agreed to buy it in February", "was due in May"):
        the date then lies behind publication, not a season ahead of it."""
        if self.starts is None:
            self._load()
        if not self.starts or not self.tagged:
            return False
        i = bisect.bisect_left(self.starts, start)
        j = max(i, bisect.bisect_left(self.starts, end))
        if i > 0 and self._past_verb(i - 1) is None and not self._boundary(i - 1) and \
                self.lower[i - 1] not in _ON_A_DATE:
            return False  # "payable Dec. 7", "through Jan. 14": the date hangs on that word
        for k in range(i - 1, max(-1, i - 12), -1):
            if self._boundary(k) or self.lower[k] in ("that", "which", "who"):
                break
            verdict = self._past_verb(k)
            if verdict is not None:
                return verdict
        for k in range(j, min(len(self.starts), j + 10)):
            if self._boundary(k):
                break
            verdict = self._past_verb(k)
            if verdict is not None:
                return verdict
        return False

    def _past_verb(self, k: int) -> bool | None:
        """None when word k is no verb; else whether it is a plain past one."""
        w, tag = self.lower[k], self.tags[k]
        if tag not in ("VBD", "VBN", "VB", "VBZ", "VBP", "VBG", "MD", "TO"):
            return None
        if w in _PLAN_WORDS or w in _PLAN_TO_WORDS or w in _MOVED_WORDS or \
                w in _DEADLINE_WORDS or w == "set":
            return False  # a plan, a move or a limit: what it sets may lie ahead
        if tag == "VBN":  # "was closed", "had left", "the report, published on Nov. 2"
            if k + 1 < len(self.tags) and self.tags[k + 1][:2] == "NN":
                return None  # "a televised debate": the participle is the noun's adjective
            return not any(x in _NOT_PAST_BEFORE_VBN for x in self.lower[max(0, k - 2):k])
        return tag == "VBD"

    def _bare_present(self, k: int) -> bool:
        """A verb tagged as a bare infinitive that is a present tense after its plural
        subject ("while schools in England reopen on Monday"): a noun just before it, and
        no modal, "to" or other verb back to the start of its clause; or a second verb
        sharing a tensed one's subject ("sittings, which began on Oct. 1 and run until
        Christmas"), no modal, "to" or bare verb before it that it would share."""
        if k > 1 and self.lower[k - 1] in ("and", "but"):
            for n in range(k - 2, max(-1, k - 14), -1):
                tag = self.tags[n]
                if self._boundary(n) or tag in ("MD", "TO", "VB", "VBG", "VBN") or \
                        self.lower[n] in ("to", "did", "does", "do", "let", "help", "make"):
                    return False
                if tag in ("VBD", "VBZ", "VBP"):
                    return True
            return False
        if k == 0 or self.tags[k - 1] not in ("NNS", "NNPS", "NNP", "NN"):
            return False
        # "voters in the district go to the polls on Thursday": the plural subject may
        # stand before a prepositional phrase ending in a singular noun
        plural = self.tags[k - 1] != "NN"
        for n in range(k - 1, max(-1, k - 8), -1):
            tag, w = self.tags[n], self.lower[n]
            if self._boundary(n) or tag == "," or w in _CLAUSE_OPENERS:
                return plural
            if tag[:2] == "VB" or tag in ("MD", "TO") or w in ("to", "let", "help", "make"):
                return False
            if tag in ("NNS", "NNPS") and n + 1 < k and self.tags[n + 1] == "IN":
                plural = True
        return plural and k <= 7  # the text's first clause: no boundary before it

    def _ahead_of_phrase(self, i: int) -> bool:
        """"Ahead of their debut on the exchange on Thursday": the date belongs to the noun
        phrase after "ahead of", which has not come yet, so long as no verb intervenes."""
        for k in range(i - 1, max(0, i - 15), -1):
            if self._boundary(k) or self.tags[k][:2] == "VB" or self.tags[k] in ("MD", ","):
                return False
            if self.lower[k] == "of" and self.lower[k - 1] in ("ahead", "advance"):
                return True
            if self.lower[k] == "to" and "".join(self.lower[max(0, k - 3):k]).endswith(
                    _LEAD_UP):
                return True  # "in the run-up to Saturday's vote": the build towards it
        return False

    def _called_for(self, i: int) -> bool:
        """"Called for marches on Friday", "warned of snow in the north on Wednesday": a
        date after the noun a call or warning asks for dates that noun, still to come (the
        day of the call itself goes next to the verb: "called on Friday for marches")."""
        noun = False
        for k in range(i - 1, max(0, i - 12), -1):
            w, tag = self.lower[k], self.tags[k]
            if self._boundary(k) or tag[:2] == "VB" or tag in ("MD", ","):
                return False
            if w in ("for", "of") and self.lower[k - 1] in _CALL_WORDS:
                return noun
            noun = noun or tag[:2] == "NN"
        return False

    def _opens_clause(self, i: int) -> bool:
        """Whether a verb stands before the time expression in its own clause, so that a
        "that" after it opens another clause rather than continuing this one."""
        for k in range(i - 1, max(-1, i - 12), -1):
            if self._boundary(k):
                return False
            if self.tags[k][:2] == "VB" or self.tags[k] == "MD":
                return True
        return False

    def _ahead_after(self, j: int) -> bool:
        """Whether the first tensed word after a weekday's "'s" looks ahead ("will",
        "could", "is set to"): the possessed thing is then still to come."""
        for k in range(j + 1, min(len(self.starts), j + 8)):
            if self._boundary(k) or self.tags[k] == "CC":
                return False  # "won Sunday's runoff and will be sworn in": another clause
            cue = self._cue(k, j)
            if cue is not None:
                return cue in ("future", "modal")
        return False

    def _deadline(self, i: int) -> bool:
        """"Extended the deadline until 9 a.m. Tuesday", "has until Friday to reply": a
        limit set for what is still to come, whatever the tense of the verb setting it."""
        for k in range(i - 1, max(-1, i - 5), -1):
            if self._boundary(k):
                return False
            if self.lower[k] in ("until", "till", "by", "through", "to"):
                lo = max(0, k - 14)
                words = self.lower[lo:k]
                cut = max((n for n, w in enumerate(words) if w in _BOUNDARY), default=-1)
                if self.lower[k] == "to":  # "postponed the vote to Monday": moved ahead
                    return k == i - 1 and any(w in _MOVED_WORDS for w in words[cut + 1:])
                if any(w in _DEADLINE_WORDS for w in words[cut + 1:]):
                    return True
                if words[-1:] in (["has"], ["have"]) and self.lower[k] != "through":
                    return True  # "has until Friday to reply"
                # "a plan to pay down the loan by February", "a request to wait until the
                # spring": a goal, so still ahead
                return self.lower[k] in ("by", "until", "till") and any(
                    words[n] == "to" and self.tags[lo + n + 1] == "VB"
                    for n in range(cut + 1, len(words) - 1))
        return False

    def _boundary(self, k: int) -> bool:
        w = self.lower[k]
        # a quotation mark too: the quoted words keep their own tense ("'We leave on
        # Thursday,' he said")
        return w in _BOUNDARY or w in _QUOTES or "\n" in w

    @staticmethod
    def _better(best, dist: int, cue: str | None):
        if cue == "modal":  # "would"/"could" often sit in a clause of their own
            cue, dist = "future", dist + 6
        if cue is None or (best is not None and best[0] <= dist):
            return best
        return (dist, cue)

    def _cue(self, k: int, first: int) -> str | None:
        w, tag = self.lower[k], self.tags[k]
        if w in _FUTURE_WORDS and (tag == "MD" or not self.tagged):
            return "future"
        if w in _WEAK_MODALS and (tag == "MD" or not self.tagged):
            if w == "would" and k + 1 < len(self.tags) and self.tags[k + 1] == "VB" \
                    and self.lower[k + 1] != "have":
                return "future"  # "said he would travel ... on Sunday": the future then
            return "modal"
        if w == "could" and tag == "MD" and k < first and self.tags[k + 1] == "VB" and \
                self.lower[k + 1] not in ("be", "have"):
            # "talks could run until Christmas": a possibility still ahead; after the date
            # "could" more often opens a reported clause of its own
            return "modal"
        if w == "going" and k + 1 < len(self.lower) and self.lower[k + 1] == "to":
            return "future"
        if w in ("next", "upcoming") and tag == "JJ" and k < first and \
                k + 1 < first and self.tags[k + 1][:2] == "NN":
            return "future"  # "the next contests are in Kansas on Saturday"
        to_follows = k + 1 < len(self.lower) and self.lower[k + 1] == "to"
        if k > 0 and (self.lower[k - 1] in ("than", "as") or k > 1 and
                      self.tags[k - 1] == "RB" and self.lower[k - 2] == "as") and \
                (w in _PLAN_WORDS or w in _PLAN_TO_WORDS or w in ("anticipated", "hoped")):
            # "rose more than expected in February": a comparison, no plan; "began as
            # previously planned Saturday night": by the plan, whenever it was made
            return None
        # "the final is set for 9 p.m. Saturday": a time fixed for what is to come
        set_for = w == "set" and k + 1 < len(self.lower) and self.lower[k + 1] == "for"
        if (w in _PLAN_WORDS and (tag[:2] in ("VB", "JJ") or not self.tagged)) or set_for or \
                (to_follows and (w == "set" or w in _PLAN_TO_WORDS)):
            if any(x in _PAST_AUX for x in self.lower[max(0, k - 3):k]):
                return None  # "had been scheduled to expire Friday": a plan seen from before
            return "future"
        if w == "since" and k == first - 1:
            return "past"  # "since Tuesday" counts back from now
        if w in _PRESENT_AUX and k + 1 < len(self.lower) and self.lower[k + 1] == "to":
            return "future"  # "is to resume trading Tuesday"
        if not self.tagged:
            return "past" if w in ("said", "was", "were", "had", "did") else None
        if tag in ("VBP", "VBZ", "VB") and w in _STRONG_PAST:
            tag = "VBD"  # "the bells rang on Sunday", tagged a present: the form is past only
        if tag in ("VBD", "VBN") and any(x in ("if", "unless")
                                          for x in self.lower[max(0, k - 4):k]):
            return None  # "could act if the strike lasted beyond Friday": a condition
        if tag == "VBD":
            if w in ("was", "were") and k + 1 < len(self.lower) and \
                    self.lower[k + 1] in _PLAN_WORDS:
                return "future"  # "were planning to drive ... on Monday"; "had planned" is over
            return "past"
        if tag == "VBN":
            lo = max(0, k - 3)
            before = self.lower[lo:k]
            if any(x in _FUTURE_WORDS or x in ("be", "to") for x in before):
                return None  # "will be held Friday": the auxiliary decides
            # a possessive "'s" is no "is": "the company's shares have fallen since May"
            if not any(x in _PRESENT_AUX and self.tags[lo + n] != "POS"
                       for n, x in enumerate(before)):
                return "past"  # "the ruling, announced Wednesday", "has closed"
        if tag in ("VBZ", "VBP") and w not in _PRESENT_AUX or \
                tag == "VB" and self._bare_present(k):
            if any(x in _AHEAD_CLAUSE for x in self.lower[max(0, k - 4):k]):
                return "future"  # "until the season ends in May": a present that looks ahead
            return "present"
        if w in ("is", "are") and 0 < first - k <= 2 and k + 1 < len(self.tags) and \
                self.tags[k + 1][:2] not in ("VB", "RB") and \
                self.lower[k + 1] not in ("not", "n't"):
            return "present"  # a copula before the date: "the deadline is midnight Thursday"
        if w in ("is", "are") and 2 < first - k <= 5 and \
                all(_CLOCK_WORD.fullmatch(x) for x in self.lower[k + 1:first]):
            return "present"  # "the deadline is 5 p.m. EST Friday": a clock time between
        return None


# strong verbs' simple past forms, never a present, base form or participle
_STRONG_PAST = {"rang", "sang", "sprang", "swam", "drank", "shrank", "sank", "began", "ran",
                "came", "became", "went", "knew", "grew", "threw", "flew", "drew", "blew",
                "spoke", "broke", "chose", "froze", "stole", "woke", "wrote", "rode", "drove",
                "gave", "took", "shook", "ate", "forgave", "withdrew", "overthrew", "arose"}
# a present tense after these stands for the future ("before its term ends in June")
_AHEAD_CLAUSE = {"until", "till", "before", "once"}


def _no_tense(start: int, end: int) -> None:
    return None


# --- candidates and resolution ---------------------------------------------------------
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")
_LEFT, _RIGHT = 60, 40  # how far an expression reaches beyond its trigger word


@functools.lru_cache(maxsize=2)
def _rules_by_word(english: bool) -> dict[str, list[int]]:
    """Which rules each trigger word wakes, built once per language family."""
    by_word: dict[str, list[int]] = {}
    for idx, rule in enumerate(RULES):
        if (rule.langs == "en" and not english) or (rule.langs == "other" and english):
            continue
        for w in TRIGGERS[rule.name]:
            by_word.setdefault(w, []).append(idx)
    return by_word


def _windows(text: str, lang: str) -> dict[int, list[tuple[int, int]]]:
    """For each rule, the merged stretches of text around its trigger words."""
    by_word = _rules_by_word((lang or "en") == "en")
    digit_rules = by_word.get("#", [])
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in _WORD.finditer(text):
        w = m.group().lower()
        rules = by_word.get(w)
        if not w.isalpha() and _DIGIT.search(w):
            rules = (rules or []) + digit_rules
        if not rules:
            continue
        lo, hi = max(0, m.start() - _LEFT), min(len(text), m.end() + _RIGHT)
        for idx in rules:
            lst = spans.setdefault(idx, [])
            if lst and lo <= lst[-1][1]:
                lst[-1] = (lst[-1][0], hi)
            else:
                lst.append((lo, hi))
    return spans


def _candidates(text: str, lang: str) -> list[tuple[int, int, int, re.Match]]:
    out = []
    for idx, windows in _windows(text, lang).items():
        pattern = RULES[idx].pattern
        for lo, hi in windows:
            gap = _SPACE.search(text, hi)  # never cut a word at the window's end
            for m in pattern.finditer(text, lo, gap.start() if gap else len(text)):
                if m.end() > m.start():
                    out.append((m.start(), -m.end(), idx, m))
    out.sort(key=lambda c: c[:3])
    return out


def _resolve(cands, ctx: Context) -> list[tuple[int, int, str, str]]:
    """Longest match first at each position; a rejected candidate makes way for the next."""
    found: list[tuple[int, int, str, str]] = []
    taken = 0
    for start, neg_end, idx, m in cands:
        if start < taken:
            continue
        try:
            got = RESOLVERS[RULES[idx].name](m, ctx)
        except (ValueError, OverflowError):  # "10,000 years ago" leaves the calendar
            got = None
        if not got or (RULES[idx].name in _NEVER_TITLES and _title(ctx.text, start, -neg_end)):
            continue
        for item in got:
            found.append(item)
            _remember(ctx, item, RULES[idx].name in _WRITTEN_DATES)
        taken = max(-neg_end, got[-1][1])  # "April 24 and 25, 1999" reaches past its match
    found = _weekday_pairs(ctx.text, _join_durations(ctx.text, found), ctx.anchor)
    found = _told_from_next(ctx.text, found)
    found = _join_date_year(ctx.text, _join_weekday_dates(ctx.text, found))
    found = day_of_month_edge(ctx.text, found)
    found = part_of_date(ctx.text, found)
    out = attach_clock_times(ctx.text, found)
    out = past_midnight(ctx.text, date_clock_times(ctx.text, out, ctx), ctx.anchor)
    out = bare_count_ranges(ctx.text, bare_hour_ranges(ctx.text, clock_counted(ctx.text, out)))
    return _widen(ctx.text, clock_range_order(ctx.text, out))


_AROUND = re.compile(r"\b(?:around|approximately)\s+$", re.I)
_ABOUT = re.compile(r"\babout\s+$", re.I)
_WEEK_OF = re.compile(r"\bthe\s+week\s+of\s+$", re.I)
_COUNTED = re.compile(r"(?:\d|an?\s|half\b|one|two|three|four|five|six|seven|eight|nine|ten"
                      r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred)", re.I)
# "about" as the topic of talk ("spoke about two years in prison") is no approximation
_ABOUT_TOPIC = re.compile(r"\b(?:talk\w*|spoke|speak\w*|told|tell\w*|said|say|says|wr[io]te"
                          r"|written|think\w*|thought|know\w*|knew|learn\w*|heard|hear\w*"
                          r"|worr\w+|care[sd]?|complain\w*|story|stories|film|book|questions?"
                          r"|concerns?|bring\w*|brought|came|come|comes)\s+about\s+$", re.I)
_EARLIER = re.compile(r"\b(?:earlier|later)\s+$", re.I)


def _widen(text: str, found: list) -> list:
    """Words TimeML keeps inside a date's extent: "around Nov. 1" (an approximate date)
    and "the week of March 6", which names the week rather than the day."""
    out = []
    for start, end, type_, value in found:
        before = text[max(0, start - 20):start]
        week = _WEEK_OF.search(before)
        day = _FULL_DATE.match(value)
        if week and day and "T" not in value:
            d = _dt.date(int(day[1]), int(day[2]), int(day[3]))
            y, w, _ = d.isocalendar()
            out.append((start - len(before) + week.start(), end, "DATE", f"{y:04d}-W{w:02d}"))
            continue
        told = _EARLIER.search(before)
        if told and text.startswith(("that ", "That "), start):
            start -= len(before) - told.start()  # "Earlier that day": the whole phrase
        around = _AROUND.search(before)
        about = _ABOUT.search(before) if _CLOCK_VALUE.search(value) else None
        if around and type_ in ("DATE", "TIME") and (value[:1].isdigit() or value[:2] == "BC") and \
                not re.match(r"['’]s\b", text[end:end + 2]):  # "get around Friday's ruling"
            start -= len(before) - around.start()
        elif about and type_ == "TIME":  # "at about 2:50 p.m.": an approximate clock time
            start -= len(before) - about.start()
        elif (type_ == "DURATION" or text[start:end].lower().endswith(" ago")) and \
                _COUNTED.match(text, start):
            about = _ABOUT.search(before)  # "for about two weeks", "about a year ago": APPROX
            if about and not _ABOUT_TOPIC.search(text, max(0, start - 40), start):
                start -= len(before) - about.start()
        out.append((start, end, type_, value))
    return out


# rules whose phrases, capitalised word by word mid-sentence, name a programme or a work
# ("ABC's This Week", "CBS's 60 Minutes") rather than a time
_NEVER_TITLES = {"relative_unit", "duration", "duration_rel", "ref", "part_of_day", "ago",
                 "the_year", "deictic", "anchored_day", "set_every", "set_per", "the_weekend"}
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’-]*$")
_OPENS = re.compile(r"(?:^|[.!?:;]|\n)[\s\"“'‘`(]*$")


def _title(text: str, start: int, end: int) -> bool:
    """Whether the span is capitalised word by word inside running text: a title."""
    words = text[start:end].split()
    if len(words) < 2 or not all(_TITLE_WORD.match(w) for w in words):
        return False
    if _OPENS.search(text, max(0, start - 12), start):
        return False
    # in a headline every word is capitalised: "Talks To Resume Next Week" is still a date
    line = text[max(0, start - 60):start].rsplit("\n", 1)[-1].split()[-4:]
    capitals = sum(1 for w in line if w[:1].isupper() or w[:1].isdigit())
    return not (len(line) >= 2 and capitals >= len(line) - (len(line) > 3))


_DURATION_PARTS = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?"
                             r"(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_AND_GAP = re.compile(r",?\s+(?:and\s+)?")  # "4 minutes 19 seconds" needs no "and"
_SPACE_GAP = re.compile(r"\s+")
_PART_CODES = ("Y", "M", "W", "D", "H", "M", "S")


def _join_durations(text: str, found: list) -> list:
    """"Four minutes and 19 seconds", "two years and three months": one length of time
    told in two units is one TIMEX3 (PT4M19S), the larger unit first."""
    out: list = []
    for item in found:
        prev = out[-1] if out else None
        if prev and prev[2] == item[2] == "DURATION" and \
                _AND_GAP.fullmatch(text, prev[1], item[0]):
            joined = _sum_durations(prev[3], item[3])
            if joined:
                out[-1] = (prev[0], item[1], "DURATION", joined)
                continue
        if prev and prev[2] == "DURATION" and item[2] == "SET" and \
                _SPACE_GAP.fullmatch(text, prev[1], item[0]) and \
                text[item[0]:item[1]].lower().startswith(("a ", "an ", "per ")):
            # "six days a week" is one recurrence (TimeML's SET, its value the period)
            out[-1] = (prev[0], item[1], "SET", item[3])
            continue
        out.append(item)
    return out


def _sum_durations(first: str, second: str) -> str | None:
    a, b = _DURATION_PARTS.match(first), _DURATION_PARTS.match(second)
    if not (a and b):
        return None
    used_a = [i for i in range(7) if a[i + 1]]
    used_b = [i for i in range(7) if b[i + 1]]
    if not used_a or not used_b or max(used_a) >= min(used_b) or 2 in used_a + used_b:
        return None  # "two days and two days", weeks mixed with days: no single value
    parts = [a[i + 1] or b[i + 1] for i in range(7)]
    date = "".join(f"{n}{c}" for n, c in zip(parts[:4], _PART_CODES[:4]) if n)
    clock = "".join(f"{n}{c}" for n, c in zip(parts[4:], _PART_CODES[4:]) if n)
    return "P" + date + ("T" + clock if clock else "")


_PAIR_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|through|to|until|[-–])\s*", re.I)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_BARE_WEEKDAY = re.compile(_WEEKDAY, re.I)
# the first of the pair may look ahead itself: "next Tuesday and Wednesday"
_AHEAD_WEEKDAY = re.compile(rf"(?:(?:next|this\s+coming|coming)\s+)?{_WEEKDAY}", re.I)


def _weekday_pairs(text: str, found: list, anchor: _dt.date | None) -> list:
    """"Flights were canceled for Friday and Saturday" said on a Friday: two weekdays
    joined in one phrase are days in order, so once the first is today or still to come,
    the second follows it rather than lying a week back."""
    if anchor is None:
        return found
    out = list(found)
    for n in range(1, len(out)):
        (s1, e1, t1, v1), (s2, e2, t2, v2) = out[n - 1], out[n]
        if not (t1 == t2 == "DATE" and _AHEAD_WEEKDAY.fullmatch(text, s1, e1)
                and _BARE_WEEKDAY.fullmatch(text, s2, e2) and _PAIR_GAP.fullmatch(text, e1, s2)):
            continue
        d1, d2 = _FULL_DATE.match(v1), _FULL_DATE.match(v2)
        if not (d1 and d2) or len(v1) != 10 or len(v2) != 10:
            continue
        first = _dt.date(int(d1[1]), int(d1[2]), int(d1[3]))
        second = _dt.date(int(d2[1]), int(d2[2]), int(d2[3]))
        step = (second.isoweekday() - first.isoweekday()) % 7
        ranged = not re.fullmatch(r"\s*(?:,\s*)?(?:and|or)\s*", text[e1:s2], re.I)
        # a range never ends before it starts: "from Monday through Wednesday" said on a
        # Tuesday is not Monday to last week's Wednesday
        if (first >= anchor or ranged) and 0 < step <= (6 if ranged else 2) and second < first:
            out[n] = (s2, e2, t2, ymd(first + _dt.timedelta(days=step)))
    return out


_DAY_OR_WEEKEND = re.compile(rf"(?:the\s+)?(?:(?P<wd>{_WEEKDAY})|weekend)", re.I)
_BEFORE_AFTER = re.compile(r"\s+(?P<dir>before|after)\s+", re.I)


def _told_from_next(text: str, found: list) -> list:
    """"The Friday after Thanksgiving", "the weekend before Christmas": a weekday or
    weekend told from the day named right after it, not from publication."""
    out = list(found)
    for n in range(len(out) - 1):
        (s1, e1, t1, _), (s2, e2, t2, v2) = out[n], out[n + 1]
        day = _DAY_OR_WEEKEND.fullmatch(text, s1, e1)
        gap = _BEFORE_AFTER.fullmatch(text, e1, s2)
        d = _FULL_DATE.match(v2)
        if not (day and gap and d and t1 == "DATE" and len(v2) == 10):
            continue
        ref = _dt.date(int(d[1]), int(d[2]), int(d[3]))
        way = gap["dir"].lower()
        if day["wd"]:
            value = ymd(weekday_near(ref, weekday_number(day["wd"]), way))
        else:  # the weekend's Saturday
            value = f"{iso_week(weekday_near(ref, 6, way))}-WE"
        out[n] = (s1, e1, t1, value)
    return out


# the weekday may carry its own modifier: "this coming Sunday, March 8" is one date too
_WEEKDAY_WORD = re.compile(rf"(?:^|\s){_WEEKDAY}$", re.I)


def _join_weekday_dates(text: str, found: list) -> list:
    """"Saturday, April 25" is one date: the explicit date decides the value."""
    out: list = []
    for item in found:
        if out and _FULL_DATE.match(item[3]) and "T" not in item[3]:
            prev = out[-1]
            if _WEEKDAY_WORD.search(text[prev[0]:prev[1]]) and \
                    _WRITTEN_DAY.match(text, item[0], item[1]) and \
                    re.fullmatch(r",?\s*", text[prev[1]:item[0]]):
                value = _weekday_year(text[prev[0]:prev[1]], text[item[0]:item[1]], item[3])
                out[-1] = (prev[0], item[1], "DATE", value)
                continue
        out.append(item)
    return out


# a date written out after a weekday ("Aug. 7", "7 August", "2020-08-07"), not "a day later"
_WRITTEN_DAY = re.compile(rf"(?:[A-Z][a-z]+\.?\s*)?(?:\d|(?:{alternation(DAY_ORDINALS)})\b)",
                          re.I)


_REL_YEAR = re.compile(r"(?i)(?:last|next|this)\s+year$")


def _join_date_year(text: str, found: list) -> list:
    """"On July 4 last year" is one DATE in the year named after it (2025-07-04), as "July
    last year" is; "July 4 next year" is next year's, whatever the month's own reading."""
    out: list = []
    for item in found:
        prev = out[-1] if out else None
        if prev and prev[2] == "DATE" and _FULL_DATE.match(prev[3]) and "T" not in prev[3] \
                and re.fullmatch(r"\d{4}", item[3]) and _REL_YEAR.fullmatch(text, item[0], item[1]) \
                and text[prev[1]:item[0]].strip() == "" \
                and re.search(r"\d", text[prev[0]:prev[1]]) \
                and not re.search(r"\d{4}", text[prev[0]:prev[1]]) \
                and not text.startswith(("'s", "’s"), item[1]):
            out[-1] = (prev[0], item[1], "DATE", f"{item[3]}{prev[3][4:]}")
            continue
        out.append(item)
    return out


def _weekday_year(day_text: str, date_text: str, value: str) -> str:
    """"Friday, Aug. 7" told without a year: the year, next to the one guessed, in which
    Aug. 7 is a Friday."""
    m = _FULL_DATE.match(value)
    wd = weekday_number(_WEEKDAY_WORD.search(day_text).group().strip())
    if not m or wd is None or re.search(r"\d{4}", date_text):
        return value
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    for year in (y, y - 1, y + 1):
        try:
            if _dt.date(year, mo, d).isoweekday() == wd:
                return f"{year:04d}{value[4:]}"
        except ValueError:
            continue
    return value


# rules whose dates are written out rather than counted from the publication date
_WRITTEN_DATES = {"iso", "numeric", "compact", "month_day", "day_month"}
# a date that sets the scene of its sentence: "On Oct. 2, 1999, ..." at a sentence start
_LEADS_SENTENCE = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?:(?:On|In|By)\s+)?$")
# "since the company's May 18 debut": a stretch up to now, no setting for what follows
_SINCE_BEFORE = re.compile(r"\bsince\b[^,.;:!?]{0,24}$"
                           # "results for the three months to March 31": a period's end
                           # dates the accounts, not the story told after it
                           r"|\b(?:months|quarter|year|period|weeks|half)\s+"
                           r"(?:to|ended|ending|through)\s+$", re.I)
_YEAR_VALUE = re.compile(r"^\d{4}(?!\d)")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)(?![\d])")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d\d)$")


def _remember(ctx: Context, item: tuple, written: bool) -> None:
    """Keeps the last dates named, for expressions told relative to them."""
    value = item[3]
    if item[2] == "DURATION" and value == "P9M":
        ctx.last_nine = item[1]  # "for the nine months": a report's year to date
    if item[2] == "TIME" and (_CLOCK_VALUE.search(value) or
                              ctx.text[item[0]:item[1]].lower() in _DAWN_WORDS):
        # "at 7 a.m.", "at dawn" take their day later, from the days around them: they
        # name none ("left on Tuesday and arrived at dawn the next day": Wednesday)
        return
    if item[2] != "DURATION" and _YEAR_VALUE.match(value):
        ctx.ref_year = int(value[:4])  # "in June 1998 ... later that year"
    mv = _MONTH_VALUE.match(value)
    if mv and 1 <= int(mv[2]) <= 12:
        ctx.ref_month = (int(mv[1]), int(mv[2]))
        # "last October ... that same day": the day lies in the month last named
        ctx.month_last = mv.end() == len(value)
        ctx.dated_end = item[1]
        ctx.dated_said = said_on(ctx.text, item[0])
    w = _WEEK_VALUE.match(value)
    if w and item[2] == "DATE":
        try:
            ctx.ref_week = _dt.date.fromisocalendar(int(w[1]), int(w[2]), 1)
        except ValueError:
            pass
    m = _FULL_DATE.match(value)
    if m:
        ctx.ref_week = None
        try:
            ctx.ref = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            ctx.ref_year = ctx.ref.year
        except ValueError:
            return
        if ctx.story_day is None and ctx.anchor and 0 <= (ctx.anchor - ctx.ref).days <= 3 \
                and not said_on(ctx.text, item[0]):
            ctx.story_day = ctx.ref  # the lede's day: the one the story is about
        if written:
            ctx.named_year = (item[1], ctx.ref.year)
            ctx.told, ctx.told_end = ctx.ref, item[1]
            ctx.told_lead = bool(_LEADS_SENTENCE.search(ctx.text, max(0, item[0] - 40), item[0]))
            ctx.told_since = bool(_SINCE_BEFORE.search(ctx.text, max(0, item[0] - 30), item[0]))


def find_timexes(doc, published: _dt.date | None, lang: str = "en") -> list[Timex]:
    """TIMEX3 expressions in ``doc`` (a spaCy Doc, or a plain string without tense cues),
    resolved against ``published``; sorted by position."""
    text = doc if isinstance(doc, str) else doc.text
    tense = _no_tense if isinstance(doc, str) else Tenses(doc)
    ctx = Context(text=text, anchor=published, lang=lang or "en", tense=tense)
    return [Timex(s, e, t, v) for s, e, t, v in _resolve(_candidates(text, lang), ctx)]


# --- publication date ------------------------------------------------------------------
_HEAD_KINDS = ("headline", "standfirst", "caption", "dateline", "byline")


def infer_published(doc, blocks: Iterable = (), lang: str = "en",
                    _cands=None, _tense=None, _text: str | None = None) -> _dt.date | None:
    """The publication date the text itself implies, or None.

    A dateline date wins. Otherwise explicit full dates give a lower bound, and weekdays
    told in past narration ("said on Thursday") move it to the nearest such weekday on or
    after that bound; a full date alone counts only where articles put their own date
    (headline, caption, dateline, byline, the opening lines)."""
    text = _text if _text is not None else doc if isinstance(doc, str) else doc.text
    tense = _tense or (_no_tense if isinstance(doc, str) else Tenses(doc))
    cands = _cands if _cands is not None else _candidates(text, lang)
    found = _resolve(cands, Context(text=text, anchor=None, lang=lang or "en", tense=tense))
    blocks = list(blocks)
    dated: list[tuple[_dt.date, int]] = []
    weekdays: list[int] = []
    for start, end, _type, value in found:
        m = _FULL_DATE.match(value)
        if m:
            # a date the text looks forward to ("the vote is set for ...") bounds nothing
            if tense(start, end) != "future" or _block_kind(blocks, start) == "dateline":
                try:
                    dated.append((_dt.date(int(m[1]), int(m[2]), int(m[3])), start))
                except ValueError:
                    pass
            continue
        w = _WEEKDAY_VALUE.match(value)
        if w and _type != "SET" and tense(start, end) in ("past", None):
            weekdays.append(int(w[1]))
    for d, start in dated:
        if _block_kind(blocks, start) == "dateline":
            return d
    if not dated:
        return None
    bound = max(d for d, _ in dated)
    if weekdays:
        return max(weekday_near(bound - _dt.timedelta(days=1), wd, "after") for wd in weekdays)
    latest_start = max(s for d, s in dated if d == bound)
    if _block_kind(blocks, latest_start) in _HEAD_KINDS or latest_start < 300:
        return bound
    return None


def _block_kind(blocks: list, pos: int) -> str | None:
    for b in blocks:
        if b.start <= pos < b.end:
            return b.kind
    return None


@stage("timexes", requires=("doc", "blocks"), provides=("timexes", "published"))
def timexes_stage(state: State) -> dict:
    lang = (state.language or "en").replace("_", "-").split("-")[0].lower() or "en"
    doc = state.doc
    text = doc.text  # spaCy rebuilds this string on every access
    cands = _candidates(text, lang)
    tense = Tenses(doc)
    published, inferred = state.given_published, False
    if published is None:
        published = infer_published(doc, state.values.get("blocks", ()), lang, cands, tense,
                                    text)
        inferred = published is not None
    ctx = Context(text=text, anchor=published, lang=lang, tense=tense)
    timexes = tuple(Timex(s, e, t, v) for s, e, t, v in _resolve(cands, ctx))
    return {"timexes": timexes, "published": (published, inferred)}
