"""Analysis time linear in an article's length: the passes that compared every candidate or
event mention with every other one now look only near it (span_index) or at the latest few
(event_merge's bound). Pinned by counting comparisons on synthetic inputs, never by wall time;
the equivalence checks compare the indexed passes with the plain walks they replaced."""
from __future__ import annotations

import random

from newsprism.analyze import attr_model, attr_nesting, event_merge
from newsprism.analyze.span_index import Overlaps
from newsprism.records import Event, Span


def test_overlaps_finds_what_a_full_walk_finds():
    for seed in range(300):
        rnd = random.Random(seed)
        spans = []
        for i in range(rnd.randint(0, 60)):
            lo = rnd.randint(0, 100)
            spans.append((lo, lo + rnd.randint(-2, 20), i))
        index = Overlaps(spans[: len(spans) // 2])
        for s in spans[len(spans) // 2:]:
            index.add(*s)
        for _ in range(15):
            lo = rnd.randint(-5, 120)
            hi = lo + rnd.randint(-2, 30)
            want = sorted(i for a, b, i in spans if a < hi and b > lo)
            assert sorted(index.overlapping(lo, hi)) == want
            assert index.any_overlapping(lo, hi) == bool(want)


class _Cand:
    def __init__(self, name, cue, content):
        self.name, self.cue, self.content = name, cue, content


def _plain_fold(cands, chained, joined):
    """join_chains' fold as it was written before the index: the first candidate any other
    continues joins the first that does, and the walk starts again from the top."""
    out, changed = list(cands), True
    while changed:
        changed = False
        for outer in out:
            if outer.cue is None:
                continue
            near = outer.cue[1] + attr_nesting._MAX_GAP_CHARS
            inner = next((c for c in out if c.cue is not None
                          and outer.cue[1] <= c.cue[0] <= near and chained("", outer, c)), None)
            if inner is None:
                continue
            out = [c for c in out if c is not outer and c is not inner]
            out.append(joined(outer, inner))
            changed = True
            break
    out.sort(key=lambda c: (c.content[0], c.cue or (0, 0)))
    return [c.name for c in out]


def test_join_chains_folds_as_the_plain_walk(monkeypatch):
    monkeypatch.setattr(attr_nesting, "text_of", lambda doc: "")
    for trial in range(400):
        rnd = random.Random(trial)

        def chained(text, a, b, trial=trial):
            if a is b or a.cue is None or b.cue is None:
                return False
            return random.Random(f"{trial}|{a.name}|{b.name}").random() < 0.35

        def joined(a, b, trial=trial):
            keep = random.Random(f"j{trial}|{a.name}|{b.name}").random() < 0.9
            return _Cand(f"({a.name}+{b.name})", (a.cue[0], b.cue[1]) if keep else None,
                         b.content)

        monkeypatch.setattr(attr_nesting, "_chained", chained)
        monkeypatch.setattr(attr_nesting, "_joined", joined)
        cands = []
        for i in range(rnd.randint(1, 14)):
            c0 = rnd.randint(0, 150)
            cue = None if rnd.random() < 0.1 else (c0, c0 + rnd.randint(1, 8))
            cands.append(_Cand(f"c{i}", cue, (rnd.randint(0, 100), rnd.randint(100, 200))))
        got = [c.name for c in attr_nesting.join_chains(None, cands)]
        assert got == _plain_fold(cands, chained, joined)


def test_nesting_reads_only_the_keys_near_a_candidate():
    # 5,000 attributions one after another, each cue before its own content
    keys = attr_model._NestKeys()
    cands = []
    for i in range(5000):
        c = _Cand(i, (100 * i, 100 * i + 5), (100 * i + 6, 100 * i + 90))
        cands.append(c)
        keys.append((c, c.cue[0], c.content[0], c.content[1], "verb", "say"))
    near = keys.near(min(250000, 250006), max(250090, 250001))
    assert [k[0].name for k in near] == [2500]
    # a content holding the next cue: both found, the rest not looked at
    assert len(keys.near(250000, 250150)) == 2


def _event(i: int, actor: str, kind: str = "ASSAULT") -> Event:
    return Event(id=f"e{i}", type=kind, trigger=Span(10 * i, 10 * i + 5), actors=(actor,),
                 targets=(), location=None, date=None, factuality="asserted", source=None)


def test_event_linking_compares_each_mention_with_a_bounded_number(monkeypatch):
    calls = [0]
    agrees = event_merge._agrees

    def counted(a, b):
        calls[0] += 1
        return agrees(a, b)

    monkeypatch.setattr(event_merge, "_agrees", counted)
    n = 1000  # distinct doers: every mention opens its own happening
    linked = event_merge.link_events([_event(i, f"Group {i}") for i in range(n)])
    assert all(e.same_as is None for e in linked)
    assert calls[0] <= n * event_merge.RECENT_CLUSTERS  # against n * (n - 1) / 2 unbounded
    calls[0] = 0
    # one doer throughout: one happening, each mention checked against the latest members
    linked = event_merge.link_events([_event(i, "Group A") for i in range(n)])
    assert sum(e.same_as is None for e in linked) == 1
    assert calls[0] <= 2 * n * event_merge.RECENT_MEMBERS


def test_event_linking_within_the_bound_is_unchanged():
    # an act named again after many other happenings of its type still joins its first
    # mention while those stay under the bound
    k = event_merge.RECENT_CLUSTERS - 2
    events = [_event(0, "Group A")] + [_event(i, f"Group {i}") for i in range(1, k)] \
        + [_event(k, "Group A")]
    linked = event_merge.link_events(events)
    assert linked[-1].same_as == "e0"


def test_last_sentence_starts_read_back_as_the_full_walk():
    from newsprism.analyze import via_text
    letters = list("ab cD. ?!\"“”’‘\nXY  Dr. Gen. J. ")
    for seed in range(400):
        rnd = random.Random(seed)
        text = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 120)))
        for _ in range(8):
            start, end = rnd.randint(0, len(text)), rnd.randint(0, len(text) + 2)
            full = via_text._starts(text, start, end)
            for k in (1, 2):
                assert via_text._last_starts(text, start, end, k) == full[-k:]


def test_last_match_is_the_scan_s_last():
    from newsprism.analyze import relays
    from newsprism.analyze.last_match import last_match
    words = ["posted", "a", "video", "on", "Facebook", "his", "podcast", "The", "Kop", "End",
             ".", ",", "!", "?", "\n", "in", "with", "statement", "X's", "official", "her",
             "show", ";", "shared", "Owners", "he", "said"]
    found = 0
    for seed in range(600):
        rnd = random.Random(seed)
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 60)))
        for pattern in (relays._POSTED_ON, relays._OWN_SHOW):
            for _ in range(6):
                start = rnd.randint(0, len(text))
                end = rnd.randint(start, len(text))
                scan = None
                for scan in pattern.finditer(text, start, end):
                    pass
                got = last_match(pattern, text, start, end)
                assert (scan and scan.span()) == (got and got.span())
                found += scan is not None
    assert found > 20
