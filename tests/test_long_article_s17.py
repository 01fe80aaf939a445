"""Long one-paragraph articles, session 17: sentence look-ups read off the text's sentence ends
and line breaks found once per text, the recent speakers kept in order instead of sorted again
for each quote. Each indexed pass is checked against the plain walk it replaced; counts, never
wall time."""
from __future__ import annotations

import random

import pytest

from newsprism.analyze import last_match, via_carry
from newsprism.analyze.second_names import SecondNames

_PIECES = ["A", "b", " ", "  ", ".", "!", "?", "\"", "”", "’", "“", "‘", "\n", "Dr", "said",
           ". The", "? “", "!\n", ".” He", ". ‘Yes", " x."]


def _random_text(rnd: random.Random) -> str:
    return "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 80)))


def _plain_sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """via_carry._sentence_around as it was: a scan from the paragraph's start."""
    para = text.rfind("\n", 0, start) + 1
    s = para
    for m in via_carry._SENTENCE_END.finditer(text, para, start + 1):
        s = m.start() + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    m = via_carry._SENTENCE_END.search(text, end, stop)
    return s, (m.start() + 1 if m else stop)


def _near(monkeypatch, near: int) -> None:
    """Searches reach this far before the look-ups take over (small: the look-ups run)."""
    monkeypatch.setattr(last_match, "_NEAR", near)
    monkeypatch.setattr(via_carry, "_NEAR", near)


@pytest.mark.parametrize("near", [3, 4096])
def test_sentence_around_is_the_plain_scan(monkeypatch, near):
    _near(monkeypatch, near)
    for seed in range(1500):
        rnd = random.Random(seed)
        text = _random_text(rnd)
        for _ in range(8):
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            assert via_carry._sentence_around(text, a, b) == _plain_sentence_around(text, a, b), \
                (seed, text, a, b)


@pytest.mark.parametrize("near", [3, 4096])
def test_line_breaks_and_pieces_are_rfind_and_find(monkeypatch, near):
    _near(monkeypatch, near)
    for seed in range(500):
        rnd = random.Random(seed)
        text = _random_text(rnd)
        for pos in range(len(text) + 2):
            assert last_match.break_before(text, pos) == text.rfind("\n", 0, pos)
            assert last_match.break_from(text, pos) == text.find("\n", pos)
            for piece in (". ", "? ", "\n\n", "”"):
                assert last_match.last_before(text, piece, pos) == text.rfind(piece, 0, pos)


def test_sentence_ends_found_once_per_text(monkeypatch):
    """A paragraph of 3,000 sentences: the pattern runs over the text once, and near the quote
    (within last_match._NEAR characters), never from the paragraph's start for each quote."""
    text = "The mayor said the bridge would open. " * 3000
    runs = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, *args):
            runs.append(args[1:])
            return self.pattern.finditer(*args)

        def search(self, *args):
            runs.append(args[1:])
            return self.pattern.search(*args)

    monkeypatch.setattr(via_carry, "_SENTENCE_END", Counting(via_carry._SENTENCE_END))
    for k in range(0, len(text) - 100, 997):
        via_carry._sentence_around(text, k, k + 40)
    # the whole text once; otherwise only short reaches, never from the paragraph's start
    assert runs.count(()) == 1
    assert all(len(r) == 2 and r[1] - r[0] <= last_match._NEAR + 1 for r in runs if r != ())


class _Speakers(SecondNames):
    def __init__(self):
        self.recent = []


def test_latest_first_is_the_sorted_list():
    for seed in range(300):
        rnd = random.Random(seed)
        sp = _Speakers()
        for _ in range(rnd.randint(0, 40)):
            sp.recent.append((rnd.randint(0, 30), object()))
            if rnd.random() < 0.5:
                got = sp._latest_first()
                assert got == sorted(sp.recent, key=lambda r: -r[0])
        if sp.recent and rnd.random() < 0.3:  # a list changed otherwise is read again
            sp.recent[-1] = (rnd.randint(0, 30), object())
            assert sp._latest_first() == sorted(sp.recent, key=lambda r: -r[0])
            sp.recent.pop()
            assert sp._latest_first() == sorted(sp.recent, key=lambda r: -r[0])


def test_latest_first_takes_each_speaker_once(monkeypatch):
    """3,000 speakers read after each one: each is put in its place once, never sorted again."""
    from newsprism.analyze import second_names
    placed = []
    real = second_names.insort_right
    monkeypatch.setattr(second_names, "insort_right",
                        lambda a, x, key: (placed.append(x), real(a, x, key=key)))
    sp = _Speakers()
    for k in range(3000):
        sp.recent.append((k * 7 % 1000, object()))
        sp._latest_first()
    assert len(placed) == 3000


class _C:
    def __init__(self, rnd, n):
        def span(lo_max=n, width=30):
            a = rnd.randint(0, lo_max)
            return (a, a + rnd.randint(-1, width))
        self.origin = rnd.choice(["according", "verb", "verb"])
        self.cue = span(width=6) if rnd.random() < 0.9 else None
        self.content = span()
        self.source = span(width=10) if rnd.random() < 0.9 else None
        self.sent = rnd.randint(0, 3)


def _wraps_or_fails(m, c) -> bool:
    from newsprism.analyze import relays
    try:
        return relays._wraps(m, c)
    except TypeError:  # a medium with no cue: the plain walk fails there too
        return True


def test_media_near_holds_every_medium_that_wraps_in_order():
    from newsprism.analyze.relay_index import media_near
    for seed in range(400):
        rnd = random.Random(seed)
        n = rnd.randint(20, 200)
        media = [_C(rnd, n) for _ in range(rnd.randint(0, 40))]
        cands = media + [_C(rnd, n) for _ in range(30)]
        near = media_near(media)
        for c in cands:
            if c.cue is None:
                continue
            got = near(c)
            assert got == [m for m in media if m in got]  # the list's order
            assert all(m in got for m in media if _wraps_or_fails(m, c))


def _plain_according_apart(text, cands):
    """relays._according_apart as it was: every candidate asked for each phrase."""
    from newsprism.analyze.attribution import trim
    for m in cands:
        if m.origin != "according" or m.source is None:
            continue
        for c in cands:
            if c is not m and c.source is not None and c.cue is not None \
                    and m.source[0] < c.source[0] < m.source[1] <= c.cue[0] \
                    and text[m.source[0]:c.source[0]].rstrip().endswith(","):
                m.source = trim(text, m.source[0], c.source[0], chars=" ,")
                break


def test_according_apart_as_the_plain_walk():
    import copy

    from newsprism.analyze.relay_index import according_apart
    for seed in range(400):
        rnd = random.Random(seed)
        text = "".join(rnd.choice("ab ,") for _ in range(120))
        cands = [_C(rnd, 100) for _ in range(rnd.randint(0, 40))]
        plain = copy.deepcopy(cands)
        according_apart(text, cands)
        _plain_according_apart(text, plain)
        assert [c.source for c in cands] == [c.source for c in plain], seed


def test_relay_span_gates_never_skip_a_pattern_that_matches():
    """relay_span runs a pattern only where one of its words is in the lower-cased clause:
    on random clauses made of the patterns' own words, every match has its gate open."""
    from newsprism.analyze import via_text as V
    gates = [(V._INTERVIEW, ("interview", "conversation")),
             (V._INTERVIEW_KIND, ("interview", "conversation")),
             (V._KIND_THEN_LOWER, V._KINDS_LOWER), (V._IN_THE_CONTAINER, V._CONTAINERS),
             (V._RELEASE_FROM, ("release",)), (V._OWN_KIND_NAMED, V._OWN_KINDS),
             (V._SPEAKING_ON, ("speaking", "spoke")), (V._OWN_WRITING, ("who",)),
             (V._OCCASION_CARRIED, V._CARRIED_WORDS)] + list(V._LAST_OF)
    words = sorted({w for _, ws in gates for w in ws}) + [
        "in an interview with", "in a conversation on", "on the podcast", "with the radio show",
        "said on", "Harbour Times's", "in a message to a", "WhatsApp", "Facebook", "group",
        "released through", "put out via", "who writes the newsletter", "news release from",
        "the Journal of Tides", "on its engineering blog,", "in which", "wrote in the", "speech",
        "broadcast live on", "Speaking on", "spoke to", "the", "Radio Lumen", "Lumen FM", "that",
        ",", "later", "was", "carried by", "state television", "the backstage pass", "by", "Lumen FM, in which",
        "with the arts podcast backstage pass that"]
    hits, met = 0, set()
    for seed in range(6000):
        rnd = random.Random(seed)
        clause = " ".join(rnd.choice(words) for _ in range(rnd.randint(2, 9)))
        clause = clause.replace(" 's", "'s").replace(" ’s", "’s")
        low = clause.lower()
        for pattern, need in gates:
            if pattern.search(clause):
                hits += 1
                met.add(pattern.pattern)
                assert V._has(low, need), (pattern.pattern[:40], clause)
    assert hits > 300 and len(met) == len(gates)  # each pattern met
