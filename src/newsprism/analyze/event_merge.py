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

* Type: the same PLOVER category. ASSAULT and COERCE mentions of one act ("the arrest",
  "the raid") are rare next to distinct acts of those types in one story.
* Status: mentions of something that happened (asserted, reported, alleged) link with each
  other; a denial (negated) never links with an assertion of the act, because merging the
  two would hide the disagreement a reader needs to see; hypothetical and future mentions
  link only within their own kind ("will lead to the liberation" said twice).
* Arguments: actors (and targets) agree when one side names none or one set holds the
  other ("killed Soleimani" ~ "killed Soleimani and al-Muhandis"); disjoint sets disagree.
  A party that acts in one and undergoes in the other ("the attack on the IDF" / "the IDF
  response") makes two acts: a retaliation is not its provocation.
* Date: the same value, one missing, or one a coarser form of the other (2012 ~ 2012-07-18);
  location: the same entity or one missing.
* A tie: a party shared in the same role, or the same place on the same date; a bare
  definite singular ("the strike", "the attack") with no arguments refers back to the
  nearest earlier compatible mention of its type.
* A plural trigger ("several attacks", "the strikes") names a series, never one act; acts
  listed together ("the bombing of X and the attack on Y") or set apart ("another attack",
  "an earlier raid") are distinct by the writer's word.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Event

HAPPENED = frozenset({"asserted", "reported", "alleged"})
DEFINITE = frozenset({"the", "this", "that"})
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
    if a is None or b is None:
        return True
    da, db = _day(a), _day(b)
    # "2020-02-12TNI" (Wednesday night) is a part of 2020-02-12; "2012" contains 2012-07-18
    return da.startswith(db) or db.startswith(da)


def _day(value: str) -> str:
    return value.split("T", 1)[0]


def _specific_date(value: str | None) -> bool:
    """A value that names a calendar day (not 'PAST_REF', not a year alone)."""
    return value is not None and len(_day(value)) == 10 and value[:4].isdigit()


def compatible(a: Event, b: Event) -> bool:
    """Whether nothing in two mentions says they are different happenings."""
    if a.type != b.type or _status(a.factuality) != _status(b.factuality):
        return False
    if not (_sets_agree(a.actors, b.actors) and _sets_agree(a.targets, b.targets)):
        return False
    if set(a.actors) & set(b.targets) or set(a.targets) & set(b.actors):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    return _dates_agree(a.date, b.date)


def tied(a: Event, b: Event) -> bool:
    """Whether two compatible mentions share something that makes them one act, not merely
    two acts that happen not to disagree."""
    if set(a.actors) & set(b.actors) or set(a.targets) & set(b.targets):
        return True
    return (a.location is not None and a.location == b.location
            and _specific_date(a.date) and a.date == b.date)


def _bare(e: Event) -> bool:
    return not (e.actors or e.targets or e.location or e.date)


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
    """A plural noun trigger names a series ('several attacks'), never one act."""
    return tok is not None and tok.tag_ in ("NNS", "NNPS")


def _set_apart(tok) -> bool:
    """'another attack', 'an earlier strike': the writer says this is not the act named;
    also for a verb whose means-noun was folded into it ('another attack killed a guard')."""
    if tok is None:
        return False
    nouns = [tok, *(c for c in tok.children if c.dep_ == "nsubj")]
    nouns += [o for p in tok.children if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "in")
              for o in p.children if o.dep_ == "pobj"]
    return any(c.dep_ in ("det", "amod", "advmod") and c.lower_ in DISTINCT
               for n in nouns for c in n.children)


def _anaphoric(tok) -> bool:
    """'the strike', 'this attack': a definite singular noun, refers back to an act the
    article already named."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or _plural(tok):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


# ---------------------------------------------------------------- clustering


def _fits(e: Event, cluster: list[Event]) -> bool:
    return all(compatible(e, m) for m in cluster)


def _clusters(events: list[Event], doc) -> list[list[Event]]:
    """Greedy, in text order: each mention joins the earlier cluster it is compatible with
    as a whole and tied to, the one with most ties; an argument-less definite noun joins
    the nearest earlier compatible cluster of its type. A series stays on its own."""
    toks = {e.id: _trigger_token(doc, e) if doc is not None else None for e in events}
    clusters: list[list[Event]] = []
    closed: set[int] = set()  # clusters of a series, which no single act joins
    for e in sorted(events, key=lambda v: v.trigger.start):
        tok = toks[e.id]
        if _plural(tok) or _set_apart(tok):
            closed.update({len(clusters)} if _plural(tok) else ())
            clusters.append([e])
            continue
        # acts coordinated in one list are distinct by the writer's own account
        listed = {c.i for c in tok.conjuncts} if tok is not None else set()
        fitting = [c for n, c in enumerate(clusters) if n not in closed and _fits(e, c)
                   and not any(toks[m.id] is not None and toks[m.id].i in listed for m in c)]
        best, best_ties = None, 0
        for c in fitting:
            ties = sum(tied(e, m) for m in c)
            if ties > best_ties:
                best, best_ties = c, ties
        if best is None and _bare(e) and _anaphoric(tok) and fitting:
            best = max(fitting, key=lambda c: max(m.trigger.start for m in c))
        if best is None:
            clusters.append([e])
        else:
            best.append(e)
    return clusters


def link_events(events: list[Event], doc=None) -> list[Event]:
    """The same events, in the same order, each later mention of a happening pointing
    (``same_as``) at the most informative mention of it."""
    head_of: dict[str, str] = {}
    for cluster in _clusters(list(events), doc):
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
