"""Links the events of one article that are mentions of one happening (the headline's
"killing", the body's "was killed by a drone strike"); reads Event records and the spaCy doc.

An article names its main event many times: in the headline, the standfirst, the lead,
inside each quote that mentions it. Every mention stays an Event (the contract's shape and
each mention's own factuality and source are kept); the later or poorer mentions get
``same_as``: the id of the cluster's most informative mention, as quotes do for a headline
quote shortening a body quote. Consumers that want one row per happening keep the events
whose ``same_as`` is None.

Linking is conservative: two reports of attacks are the same attack only when nothing in
them disagrees and something ties them together.

* Type: the same PLOVER category; a raid (COERCE) and the killing (ASSAULT) it was the
  scene of link only when one sentence ties the words ("killed five in a raid", "raided
  the compound, killing five") and nothing else disagrees, since letting types mix freely
  would let an arrest join a shooting.
* Status: mentions of something that happened (asserted, reported, alleged) link with each
  other; a denial (negated) never links with an assertion of the act, because merging the
  two would hide the disagreement a reader needs to see; hypothetical and future mentions
  link only within their own kind ("will lead to the liberation" said twice).
* Arguments: actors (and targets) agree when one side names none or one set holds the
  other ("killed Soleimani" ~ "killed Soleimani and al-Muhandis"); disjoint sets disagree.
  A party that acts in one and undergoes in the other ("the attack on the IDF" / "the IDF
  response") makes two acts: a retaliation is not its provocation.
* Date: the same value, one missing or vague (PAST_REF), or one a coarser form of the other
  (2012 ~ 2012-07-18, 2020-W05 ~ 2020-01-28); location: the same entity or one missing.
* A tie: a party shared in the same role, the same place on the same named day, or one
  clause chain ("opened fire, killing three and wounding five"; "a strike hit the depot,
  killing two"). A definite singular ("the strike", "blamed X for the attack") naming no
  target or place of its own refers back to the most mentioned compatible act of its type.
  A headline or standfirst mention is the first compatible act of its type in the body.
* A plural trigger ("several attacks", "the strikes") names a series, never one act; acts
  listed together ("the bombing of X and the attack on Y") or set apart ("another attack",
  "an earlier raid") are distinct by the writer's word.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Event
from . import plover_lexicon as lex

HAPPENED = frozenset({"asserted", "reported", "alleged"})
DEFINITE = frozenset({"the", "this", "that"})
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "next"})
# Plural nouns that name one act: "the sanctions freeze assets", "talks resumed".
ONE_ACT_PLURALS = frozenset({"sanctions", "talks", "negotiations", "clashes", "hostilities",
                             "consultations", "reinforcements"})
# Types one happening may be told in: a raid or a storming (COERCE) in which people are
# killed (ASSAULT).
CROSS = {"COERCE": "ASSAULT", "ASSAULT": "COERCE"}
# Prepositions placing another happening before or after the one told.
SEQUENCE = frozenset({"after", "before", "following", "since"})
# Modifiers that set an act apart from the ones already named: "another attack", "an
# earlier raid", "a separate strike".
DISTINCT = frozenset({"another", "previous", "earlier", "prior", "separate", "other",
                      "similar", "past", "new", "fresh", "further", "different", "last",
                      "later", "subsequent"})


# ---------------------------------------------------------------- pairwise checks


def _status(fact: str) -> str:
    return "happened" if fact in HAPPENED else fact


def _sets_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    sa, sb = set(a), set(b)
    return sa <= sb or sb <= sa


def _dates_agree(a: str | None, b: str | None) -> bool:
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return True
    # "2020-02-12TNI" (Wednesday night) is a part of 2020-02-12; "2012" contains 2012-07-18
    return da.startswith(db) or db.startswith(da)


def _day(value: str | None) -> str | None:
    """The calendar part of a TIMEX value, as a prefix: '2020-02-12TNI' -> '2020-02-12';
    a week, quarter or season keeps only its year; 'PAST_REF' and 'XXXX-..' say nothing."""
    if not value or not value[:4].isdigit():
        return None
    day = value.split("T", 1)[0]
    return day if all(p.isdigit() for p in day.split("-")) else day[:4]


def _specific_date(value: str | None) -> bool:
    """A value that names a calendar day (not 'PAST_REF', not a year alone)."""
    day = _day(value)
    return day is not None and len(day) == 10


def compatible(a: Event, b: Event) -> bool:
    """Whether nothing in two mentions says they are different happenings."""
    if a.type != b.type or _status(a.factuality) != _status(b.factuality):
        return False
    return _sets_agree(a.targets, b.targets) and _sides_and_setting_agree(a, b)


def cross_compatible(a: Event, b: Event) -> bool:
    """Whether a raid and a killing (COERCE and ASSAULT) may be one happening: the same
    status, doers that agree, no party on both sides, the same place and day when given.
    Targets may differ: a raid is on a house, the killing of the people in it."""
    if CROSS.get(a.type) != b.type or _status(a.factuality) != _status(b.factuality):
        return False
    return _sides_and_setting_agree(a, b)


def _sides_and_setting_agree(a: Event, b: Event) -> bool:
    """Doers that agree, no party on both sides, the same place and day when both give one."""
    if not _sets_agree(a.actors, b.actors):
        return False
    if set(a.actors) & set(b.targets) or set(a.targets) & set(b.actors):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    return _dates_agree(a.date, b.date)


def _agrees(a: Event, b: Event) -> bool:
    return compatible(a, b) if a.type == b.type else cross_compatible(a, b)


def tied(a: Event, b: Event) -> bool:
    """Whether two compatible mentions share something that makes them one act, not merely
    two acts that happen not to disagree."""
    if set(a.actors) & set(b.actors) or set(a.targets) & set(b.targets):
        return True
    return (a.location is not None and a.location == b.location
            and _specific_date(a.date) and a.date == b.date)


def _given(e: Event) -> bool:
    """A mention that adds no party or place of its own; a definite one ('the strike',
    'blamed X for the attack') is then the act already named, not a new one."""
    return not (e.targets or e.location)


def informativeness(e: Event) -> tuple:
    """Ranks the mentions of one happening: the one saying most about it, told in the
    outlet's own voice, earliest in the text on ties."""
    filled = len(e.actors) + len(e.targets) + (e.location is not None) + (e.date is not None)
    told = {"asserted": 2, "reported": 1}.get(e.factuality, 0)
    return (-(bool(e.actors) + bool(e.targets) + (e.location is not None)
              + (e.date is not None)), -filled, -told, e.trigger.start)


# ---------------------------------------------------------------- trigger shape


def _trigger_token(doc, e: Event):
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _plural(tok) -> bool:
    """A plural noun trigger names a series ('several attacks'), never one act; except
    nouns that are plural for one act ('the sanctions', 'talks')."""
    return tok is not None and tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in ONE_ACT_PLURALS


def _means_nouns(tok) -> list:
    """The trigger and, for a verb, the event nouns folded into it: its subject ('the
    strike also wounded dozens') or its 'by'/'in' phrase ('killed in an attack')."""
    nouns = [tok, *(c for c in tok.children if c.dep_ == "nsubj")]
    nouns += [o for p in tok.children if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "in")
              for o in p.children if o.dep_ == "pobj"]
    return [n for n in nouns if n is tok or lex.noun_sense(n.lower_) is not None]


def _set_apart(tok) -> bool:
    """'another attack', 'an earlier strike': the writer says this is not the act named;
    also for a verb whose means-noun was folded into it ('another attack killed a guard')."""
    return tok is not None and any(_sets_apart(n) for n in _means_nouns(tok))


def _sets_apart(noun) -> bool:
    mods = [c for c in noun.children if c.dep_ in ("det", "amod", "advmod")]
    if any(c.lower_ in DISTINCT for c in mods):
        return True
    # "a second protest" is a new one; "it was the second attack" may be the one told
    return any(c.lower_ in ("a", "an") for c in mods) and any(
        c.lower_ in ORDINALS for c in noun.children if c.dep_ == "amod")


def _anaphoric(tok) -> list:
    """'the strike', 'Thursday's attack', 'the strike also wounded dozens': a definite singular
    event noun refers back to an act the article already named; 'the protest in Oradea'
    names its own (even when Oradea was typed as no place)."""
    if tok is None:
        return []
    return [n for n in _means_nouns(tok) if n.pos_ in ("NOUN", "PROPN") and not _plural(n)
            and any(c.dep_ == "det" and c.lower_ in DEFINITE
                    or c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in n.children)
            and not any(x.pos_ == "PROPN" or x.ent_type_ for p in n.children if p.dep_ == "prep"
                        for x in p.subtree)]


def _descriptors(nouns: list) -> set[str]:
    """Kind words of a definite mention ('the rocket attack', 'the drone strike'): it is
    the act told with them, not any act of its type."""
    return {c.lemma_.lower() for n in nouns for c in n.children
            if c.dep_ == "compound" and c.pos_ == "NOUN"}


def _chain_root(tok):
    """The clause an act hangs from through participles and means-subjects: 'opened fire,
    killing three and wounding five' and 'a strike hit a depot, killing two' each tell one
    act. Coordinated finite verbs ('arrested X and detained Y') are not climbed: they
    often tell separate acts."""
    for _ in range(3):
        if tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and tok.head.pos_ == "VERB" \
                and not any(c.dep_ == "mark" for c in tok.children):
            tok = tok.head
        elif tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":
            tok = tok.head
        else:
            break
    return tok.i


# ---------------------------------------------------------------- clustering


# How far back a mention looks (linear time on a long article): the latest clusters of its
# type, and the latest members of a cluster. Without a bound an article of thousands of
# sentences compared each mention with every earlier one (2,400 sentences: 19 s of 38). No
# article in tests/data comes near either (session 16, 1,141 articles of quotes_gold*,
# stories_* and the demo: at most 6 clusters of one type, 4 members in one cluster), so
# linking there is as without a bound; an article that tells more than 64 distinct acts of
# one type links a late mention only to the latest 64.
RECENT_CLUSTERS = 64
RECENT_MEMBERS = 64


def _recent(items: list, k: int) -> list:
    return items if len(items) <= k else items[-k:]


def _fits(e: Event, cluster: list[Event]) -> bool:
    return all(_agrees(e, m) for m in _recent(cluster, RECENT_MEMBERS))


def _one_scene(a, b) -> bool:
    """Two trigger tokens telling one scene: 'killed five in a raid', 'raided the
    compound, killing five' (the second is the first's means or its participle)."""
    for x, y in ((a, b), (b, a)):
        if y.dep_ == "pobj" and y.head.lower_ in ("in", "during") and y.head.head == x:
            return True
        if y.dep_ == "advcl" and y.tag_ == "VBG" and y.head == x:
            return True
    return False


class _Linker:
    """Greedy, in text order: each mention joins the earlier cluster it is compatible with
    as a whole and most tied to; a definite mention adding no party or place joins the most
    talked-about compatible cluster; headline and standfirst mentions join the first
    compatible body cluster of their type, since a headline tells the article's lead event."""

    def __init__(self, events: list[Event], doc, blocks=(), tokens=None) -> None:
        self.toks = {e.id: (tokens or {}).get(e.id) or (
            _trigger_token(doc, e) if doc is not None else None) for e in events}
        self.roots = {i: _chain_root(t) if t is not None else None for i, t in self.toks.items()}
        self.top = [(b.start, b.end) for b in blocks if b.kind in ("headline", "standfirst")]
        self.clusters: list[list[Event]] = []
        self.of_type: dict[str, list[int]] = {}  # cluster indices by PLOVER type, for speed
        # of_type's clusters opened by a headline or standfirst mention, which alone may be
        # all such mentions (_lead_in)
        self.top_of_type: dict[str, list[int]] = {}
        self.opened_top: set[int] = set()
        self.closed: set[int] = set()  # clusters of a series, which no single act joins
        for e in sorted(events, key=lambda v: v.trigger.start):
            self._add(e)

    def _tied(self, e: Event, m: Event) -> bool:
        root = self.roots[e.id]
        return tied(e, m) or (root is not None and root == self.roots[m.id])

    def _open(self, e: Event) -> list[tuple[int, list[Event]]]:
        tok = self.toks[e.id]
        # acts coordinated in one list are distinct by the writer's own account
        listed = {c.i for c in tok.conjuncts} if tok is not None and tok.pos_ != "VERB" else set()
        return [(n, c) for n in _recent(self.of_type.get(e.type, []), RECENT_CLUSTERS)
                if (c := self.clusters[n]) and n not in self.closed and _fits(e, c)
                and not (listed and any(self.toks[m.id] is not None
                                        and self.toks[m.id].i in listed for m in c))]

    def _file(self, kind: str, n: int) -> None:
        self.of_type.setdefault(kind, []).append(n)
        if n in self.opened_top:
            self.top_of_type.setdefault(kind, []).append(n)

    def _new(self, e: Event) -> list[Event]:
        if self._in_top(e):
            self.opened_top.add(len(self.clusters))
        self._file(e.type, len(self.clusters))
        self.clusters.append([e])
        return self.clusters[-1]

    def _add(self, e: Event) -> None:
        tok = self.toks[e.id]
        if _plural(tok) or _set_apart(tok):
            if _plural(tok):
                self.closed.add(len(self.clusters))
            self._new(e)
            return
        fitting = self._open(e)
        best, best_ties = None, 0
        for _, c in fitting:
            ties = sum(self._tied(e, m) for m in _recent(c, RECENT_MEMBERS))
            if ties > best_ties:
                best, best_ties = c, ties
        if best is None and _given(e) and fitting:
            best = self._antecedent(_anaphoric(tok), [c for _, c in fitting])
        if best is None:
            best = self._cross(e)
        if best is None:
            body = self._new(e)
            if not self._in_top(e):
                self._lead_in(body)
        else:
            best.append(e)

    def _cross(self, e: Event) -> list[Event] | None:
        """The cluster of another type that tells the same scene as ``e`` (a raid in which
        people were killed), joined only when one sentence ties the two words."""
        tok, partner = self.toks[e.id], CROSS.get(e.type)
        if tok is None or partner is None:
            return None
        for n in _recent(self.of_type.get(partner, []), RECENT_CLUSTERS):
            c = self.clusters[n]
            if c and n not in self.closed and _fits(e, c) and any(
                    self.toks[m.id] is not None and self.toks[m.id].doc is tok.doc
                    and _one_scene(tok, self.toks[m.id]) for m in _recent(c, RECENT_MEMBERS)):
                self._file(e.type, n)
                return c
        return None

    def _antecedent(self, nouns: list, fitting: list[list[Event]]) -> list[Event] | None:
        """The act a definite mention refers back to: among those told with its kind words,
        the most mentioned, the latest on ties."""
        if not nouns:
            return None
        kinds = _descriptors(nouns)
        if kinds:
            fitting = [c for c in fitting if any(kinds & self._context(m) for m in c)]
        if not fitting:
            return None
        return max(fitting, key=lambda c: (len(c), max(m.trigger.start for m in c)))

    def _context(self, e: Event) -> set[str]:
        """Words told with a mention: its clause, less what happened before or after it
        ('strikes hit Rafah after rocket fire' tells no rocket attack)."""
        tok = self.toks[e.id]
        if tok is None:
            return set()
        root = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok
        other = {t.i for c in root.children if c.lower_ in SEQUENCE and c.dep_ == "prep"
                 for t in c.subtree}
        return {t.lemma_.lower() for t in root.subtree if t.i not in other}

    def _in_top(self, e: Event) -> bool:
        return any(s <= e.trigger.start < t for s, t in self.top)

    def _lead_in(self, body: list[Event]) -> None:
        """A body mention opening a cluster takes in the headline and standfirst mentions of
        its type it agrees with: a headline tells the first such act of the body."""
        # A cluster all of whose mentions are in the headline or standfirst was opened by
        # one of them: only those are looked at (top_of_type, in of_type's order).
        for n in self.top_of_type.get(body[0].type, ()):
            c = self.clusters[n]
            if c and c is not body and n not in self.closed \
                    and all(self._in_top(m) for m in c) and all(_fits(m, body) for m in c):
                body.extend(c)
                c.clear()


def link_events(events: list[Event], doc=None, blocks=(), tokens=None) -> list[Event]:
    """The same events, in the same order, each other mention of a happening pointing
    (``same_as``) at the most informative mention of it; ``tokens`` gives the trigger token
    of an event parsed apart from ``doc`` (a title-case headline re-parsed)."""
    head_of: dict[str, str] = {}
    for cluster in _Linker(list(events), doc, blocks, tokens).clusters:
        if len(cluster) < 2:
            continue
        head = min(cluster, key=informativeness)
        for m in cluster:
            if m.id != head.id:
                head_of[m.id] = head.id
    return [replace(e, same_as=head_of[e.id]) if e.id in head_of else e for e in events]


def happenings(events) -> list[Event]:
    """One event per happening: the mentions no other mention stands for."""
    return [e for e in events if getattr(e, "same_as", None) is None]


__all__ = ["compatible", "happenings", "informativeness", "link_events", "tied"]
