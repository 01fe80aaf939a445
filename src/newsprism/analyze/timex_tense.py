"""Tense around a time expression: whether its clause narrates the past, the present, a
schedule or the future, read from the spaCy Doc's tags (moved out of timexes.py)."""
from __future__ import annotations

import bisect
import re


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
        self.text = self.doc.text  # Doc.text joins every token: read it once, not per timex

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
            if self._aside(k):
                continue  # "will be heard in the autumn, the court said, after ... April 8"
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
        text = self.text
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

    def infinitive_ahead(self, start: int) -> bool:
        """Whether the date hangs on an infinitive a past verb governs ("agreed to meet
        again in January", "voted to buy it in February"): the plan was made in the past,
        but what it sets lies after it, so the date may be well ahead of publication."""
        if self.starts is None:
            self._load()
        if not self.starts or not self.tagged:
            return False
        i = bisect.bisect_left(self.starts, start)
        seen_inf = False
        for k in range(i - 1, max(-1, i - 16), -1):
            if self._boundary(k) or self.lower[k] in ("that", "which", "who", ","):
                return False
            tag = self.tags[k]
            if tag == "VB" and k > 0 and self.tags[k - 1] == "TO":
                seen_inf = True
            elif tag in ("VBD", "VBN"):
                # only a verb whose infinitive is still to come: "agreed to", not "began to"
                return seen_inf and tag == "VBD" and self.lower[k] in _FORWARD_VERBS
            elif tag[:2] == "VB" and tag not in ("VB",) or tag == "MD":
                return False
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

    def _infinitive_next(self, k: int, first: int) -> bool:
        """Whether a "to"-infinitive follows word k (an object may stand between: "expect
        him to be released") before the time expression at token ``first``."""
        for n in range(k + 1, min(first, k + 5)):
            if self.lower[n] == "to" and self.tags[n] == "TO":
                return n + 1 < first and self.tags[n + 1] == "VB"
            if self._boundary(n) or self.tags[n][:2] in ("VB", "MD", "IN"):
                return False
        return False

    def _progressive(self, k: int) -> bool:
        """A present progressive: "is"/"are" (not a possessive "'s"), perhaps an adverb
        between, before the -ing form ("are still gathering")."""
        n = k - 1
        if n >= 0 and self.tags[n] == "RB":
            n -= 1
        return n >= 0 and self.lower[n] in _PRESENT_AUX and self.tags[n] != "POS"

    def _mistagged_present(self, k: int, first: int) -> bool:
        """A verb of a timetable the tagger took for a noun, adverb or adjective ("the ferry
        sails/NNS on Saturday", "schools close/RB on Friday"): it stands right before the
        time expression or its preposition, after its subject (a singular noun for the -s
        form, a plural one for the bare form, as ``_bare_present`` finds it) or after "and"
        joining it to a verb of the same clause ("and returns/NNS on Sunday night"), and no
        verb stands before it in its clause."""
        # a particle may follow the verb: "the season kicks/NNS off on Friday"
        j = k + 2 if k + 1 < first and self.tags[k + 1] == "RP" else k + 1
        if not (j == first or j + 1 == first and self.lower[j] in _SCHEDULE_PREPS
                or self._clock_between(j, first)):
            return False
        if k == 0:
            return False
        if k > 1 and self.lower[k - 1] == "and" and self.lower[k].endswith("s") and \
                self.tags[k - 2] in ("NN", "NNP", "RB"):
            # "left for Rome yesterday and returns/NNS on Friday": an -s form joined by "and"
            # to a tensed verb of its clause shares its subject; it is that subject's
            # present (a plural noun before "and", "sales and returns", is a list)
            for n in range(k - 2, max(-1, k - 12), -1):
                if self._boundary(n) or self.tags[n] in (",", "MD", "TO"):
                    break
                if self.tags[n] in ("VBD", "VBZ", "VBP"):
                    return True
        for n in range(k - 1, max(-1, k - 12), -1):
            if self._boundary(n) or self.tags[n] == ",":
                break
            if self.tags[n][:2] == "VB" or self.tags[n] in ("MD", "TO"):
                return False
        if self.lower[k - 1] == "and":
            return k > 1 and self.tags[k - 2][:2] in ("NN", "JJ", "RB")
        if self.lower[k].endswith("s"):
            return self.tags[k - 1] in ("NN", "NNP")
        return self._bare_present(k)

    def _headline_to(self, k: int) -> bool:
        """Whether "to" at k is a headline's future ("Parliament to vote on budget Tuesday",
        "Rail workers to strike from Monday"): a bare verb after it, a noun just before it,
        and no verb, preposition or comma from there back to the start of its line, which
        ends with no full stop."""
        if k == 0 or k + 1 >= len(self.tags) or \
                self.tags[k - 1] not in ("NN", "NNS", "NNP", "NNPS"):
            return False
        if self.tags[k + 1] != "VB" and not self._title_to(k):
            return False
        for n in range(k + 1, len(self.lower)):
            if self.lower[n] in (".", "!", "?"):
                return False  # a sentence of the body: "The decision to close ... angered"
            if "\n" in self.lower[n]:
                break
        for n in range(k - 1, -1, -1):
            if self._boundary(n):
                return n < k - 1
            if self.tags[n][:2] in ("VB", "MD", "IN", "WD", "WR") or self.tags[n] in (",", ":"):
                return False
        return True

    def _title_to(self, k: int) -> bool:
        """Whether "To" at k opens a bare verb in a title-case headline ("Parliament To
        Debate Budget ... From Tuesday"), where the tagger reads every capitalised word as a
        name: a capitalised word after it that names no place or body ("Visit To Paris"),
        in a line whose longer words are mostly capitalised."""
        text, starts = self.text, self.starts
        if text[starts[k]] != "T" or not text[starts[k + 1]].isupper() or \
                not self.lower[k + 1].isalpha():
            return False
        after = self.doc[k + 1]
        if after.ent_iob_ == "B" and after.ent_type_ in _PLACE_ENTS:
            return False  # a name begins after "To" (one running through it is title case)
        lo = text.rfind("\n", 0, starts[k]) + 1
        hi = text.find("\n", starts[k])
        line = text[lo:hi if hi >= 0 else len(text)]
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.75 * len(words):
            return False
        # "Road To Recovery Began On Monday": a past verb later in the line tells it
        return not _TITLE_PAST.search(line, starts[k + 1] - lo)

    def _aside(self, k: int) -> bool:
        """Whether word k is the verb of a saying set between commas inside the clause it
        reports (", the court said,"; ", officials say,"): the clause keeps its own tense."""
        if self.lower[k] not in _ASIDE_VERBS or k + 1 >= len(self.lower) or \
                self.lower[k + 1] != ",":
            return False
        for n in range(k - 1, max(-1, k - 5), -1):
            if self.lower[n] == ",":
                return n < k - 1
            if self.tags[n][:2] not in ("NN", "DT", "PR", "JJ", "PO"):
                return False
        return False

    def _clock_between(self, a: int, b: int) -> bool:
        """Whether the words from ``a`` to ``b`` are a clock time with its preposition, and
        perhaps its zone, before the date's own: "resume at 6 a.m. on", "at 1430 Kyiv time
        on"."""
        if not 3 <= b - a <= 7 or self.lower[a] not in _SCHEDULE_PREPS or \
                self.lower[b - 1] not in _SCHEDULE_PREPS:
            return False
        for n in range(a + 1, b - 1):
            w = self.lower[n]
            if not (_CLOCK_WORD.fullmatch(w) or re.fullmatch(r"[012]\d[0-5]\d", w) or
                    self.text[self.starts[n]].isupper() and self.lower[n + 1] == "time"):
                return False
        return True

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
        if i > 1 and self.lower[i - 1] == "for":
            # "called a general strike for Monday", "has called a snap election for March":
            # the object the call sets is dated by "for", still to come
            for k in range(i - 2, max(-1, i - 8), -1):
                if self.lower[k] in _CALL_WORDS and self.tags[k][:2] == "VB":
                    return k < i - 2 and self.tags[i - 2][:2] == "NN"
                if self.tags[k] not in ("DT", "JJ", "NN", "NNS", "NNP", "PRP$", "CD", "HYPH"):
                    break
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
        if (tag == "TO" or w == "to") and self._headline_to(k):
            return "future"  # "Parliament to vote on budget Tuesday": "is to vote"
        if w in ("next", "upcoming") and tag == "JJ" and k < first and \
                k + 1 < first and self.tags[k + 1][:2] == "NN" and \
                self.lower[k + 1] not in _NEXT_UNITS:
            # "the next contests are in Kansas on Saturday"; "died the next day, Saturday"
            # counts from the day told, no future
            return "future"
        to_follows = k + 1 < len(self.lower) and self.lower[k + 1] == "to"
        if k > 0 and (self.lower[k - 1] in ("than", "as") or k > 1 and
                      self.tags[k - 1] == "RB" and self.lower[k - 2] == "as") and \
                (w in _PLAN_WORDS or w in _PLAN_TO_WORDS or w in ("anticipated", "hoped")):
            # "rose more than expected in February": a comparison, no plan; "began as
            # previously planned Saturday night": by the plan, whenever it was made
            return None
        # "the final is set for 9 p.m. Saturday": a time fixed for what is to come
        set_for = w == "set" and k + 1 < len(self.lower) and self.lower[k + 1] == "for"
        # "snow is forecast from Thursday night", "growth is projected for 2027": a present
        # passive of foretelling sets what is ahead, as "is expected" does ("was forecast
        # for Sunday" tells a forecast made before: the past auxiliary below keeps it)
        foretold = w in _PLAN_TO_WORDS and tag == "VBN" and k > 0 and \
            self.lower[k - 1] in _PRESENT_AUX
        if (w in _PLAN_WORDS and (tag[:2] in ("VB", "JJ") or not self.tagged)) or set_for or \
                (to_follows and (w == "set" or w in _PLAN_TO_WORDS)) or foretold:
            if any(x in _PAST_AUX for x in self.lower[max(0, k - 3):k]):
                return None  # "had been scheduled to expire Friday": a plan seen from before
            return "future"
        if w == "since" and k == first - 1:
            return "past"  # "since Tuesday" counts back from now
        if w in _PRESENT_AUX and k + 1 < len(self.lower) and self.lower[k + 1] == "to":
            return "future"  # "is to resume trading Tuesday"
        if not self.tagged:
            return "past" if w in ("said", "was", "were", "had", "did") else None
        if tag in ("NN", "NNS", "RB", "JJ") and w in _SCHEDULE_VERBS and \
                self._mistagged_present(k, first):
            tag = "VBZ"  # "the ferry sails on Saturday", "schools close on Friday"
        if tag == "VBG" and self._progressive(k):
            return "present"  # "the president is travelling to Paris on Friday": futurate
        if tag in ("VBP", "VBZ", "VB") and w in _STRONG_PAST:
            tag = "VBD"  # "the bells rang on Sunday", tagged a present: the form is past only
        if tag in ("VBP", "VB") and w in _SAME_PAST and k > 0 and \
                self.lower[k - 1] in _THIRD_SG and (k < 2 or self.tags[k - 2][:2] != "VB"):
            # "wider than it forecast in the autumn": a present would be "forecasts" (not
            # an object before a bare infinitive: "helped it cut costs in the spring")
            tag = "VBD"
        if tag in ("VBZ", "VBP") and w in _EXPECT_VERBS and self._infinitive_next(k, first) \
                and not _BACKGROUND_PREPS.intersection(self.lower[max(k + 1, first - 3):first]):
            # "lawyers expect him to be released before Christmas", "hopes to finish by
            # March": what a present of expecting or hoping governs lies ahead ("expect it
            # to report ... after a weak fourth quarter": the date is the background)
            return "future"
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


# verbs of saying that may stand as an aside between commas: ", the court said,"
_ASIDE_VERBS = {"said", "says", "say", "added", "adds", "told", "noted", "warned", "insisted",
                "argued", "explained", "stressed", "wrote", "writes", "reported", "announced"}
# strong verbs' simple past forms, never a present, base form or participle
_STRONG_PAST = {"rang", "sang", "sprang", "swam", "drank", "shrank", "sank", "began", "ran",
                "came", "became", "went", "knew", "grew", "threw", "flew", "drew", "blew",
                "spoke", "broke", "chose", "froze", "stole", "woke", "wrote", "rode", "drove",
                "gave", "took", "shook", "ate", "forgave", "withdrew", "overthrew", "arose"}
# a title-case headline's past verb before its date: "Began On Monday", "Ended Up In May"
_TITLE_PAST = re.compile(r"\b[A-Z][a-z]+ed(?:\s+(?:Up|Out|Off|Down|Back))?\s+(?:On|In|At|Last)\b"
                         r"|\b(?:" + "|".join(w.title() for w in sorted(_STRONG_PAST)) + r")\b")
# what a capitalised word after a headline's "To" names when it is no verb ("Visit To Paris")
_PLACE_ENTS = {"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"}
# verbs whose simple past is their base form: after a third-person singular pronoun the
# bare form can only be that past ("it forecast", "she cut"; the present takes -s)
_SAME_PAST = {"forecast", "broadcast", "cut", "put", "set", "hit", "let", "shut", "cost",
              "spread", "cast", "hurt", "quit", "bid", "split", "upset", "burst", "shed",
              "bet", "offset", "undercut", "reset", "outbid", "overcast", "thrust"}
_THIRD_SG = {"it", "he", "she"}
# present verbs of expecting or hoping: the infinitive they govern looks ahead
_EXPECT_VERBS = {"expect", "expects", "anticipate", "anticipates", "hope", "hopes", "predict",
                 "predicts", "want", "wants"}
# prepositions that set a date as the background of an expectation, not its object
_BACKGROUND_PREPS = {"after", "since", "from", "between", "than", "following"}
# verbs of timetables and plans the tagger may read as nouns or adverbs after their subject
_SCHEDULE_BASES = ("open", "reopen", "close", "sail", "return", "leave", "depart", "arrive",
                   "start", "restart", "end", "finish", "resume", "run", "play", "meet",
                   "vote", "race", "land", "fly", "launch", "march", "rally", "sit", "kick",
                   "air", "debut", "premiere", "expire", "travel", "head", "tour", "host")


def _s_form(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x")):
        return base + "es"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


_SCHEDULE_VERBS = set(_SCHEDULE_BASES) | {_s_form(b) for b in _SCHEDULE_BASES}
_SCHEDULE_PREPS = {"on", "in", "at", "from", "until", "till", "after", "before", "this",
                   "next", "late", "early"}
# "the next day": a day counted from the one told, looking nowhere ahead of publication
_NEXT_UNITS = {"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month",
               "year"}
# past verbs of deciding or committing: their infinitive lies after them ("agreed to meet
# again in January"), unlike "began to", "tried to" or "managed to"
_FORWARD_VERBS = {"agreed", "decided", "voted", "promised", "pledged", "vowed", "planned",
                  "resolved", "offered", "proposed", "threatened", "undertook", "committed",
                  "arranged", "intended", "chose", "opted", "elected", "hoped"}
# a present tense after these stands for the future ("before its term ends in June")
_AHEAD_CLAUSE = {"until", "till", "before", "once"}

