"""Streaming story clustering: each new article joins the best matching recent story or
founds one, without re-clustering what came before.

Inputs are Analysis records (or their stored Features: embedding, MinHash, keys); outputs
are story ids written through the store (set_story / upsert_story). How a match is scored
is explained above ``Weights``; ``StoryIndex`` is the store-free core that evaluation and
the scaling benchmark drive directly. Per-article features live in features.py.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import math
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..records import Analysis
from . import embed as _embed
from . import kinds as _kinds
from . import neardup as _neardup
# re-exported: callers and the store's hydration read features through this module
from .features import Features, feature_keys, features_from_row, features_of, figures_in


# --- scoring -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Weights:
    """How an article is scored against a story, in units of embedding cosine.

    score = cos                 mean of (cosine to the story centroid, best cosine to one of
                                its recent members): e5 'query:' embeddings of title + lead,
                                each plus calibrate * PAIR_OFFSETS[script pair] (Greek and
                                Arabic-script texts embed farther from Latin ones)
          + names * min(1, shared_idf / names_scale)
                                skeleton keys the article shares with the story, weighted by
                                rarity; a name seen across scripts (Karbalai/الكربلائي) counts
          + figures * min(1, shared_figures / 2)
                                the same toll, magnitude or count in both
          + date_agree | - date_disagree
                                the lead's event day (timex, event date, or weekday name in
                                any of ten languages) is one of the story's | it is two or
                                more days from all of them (times date_same_kind when the
                                kinds of happening agree: follow-ups lead with a later day)
          + type_agree          an event type of the lead in common
          + kind_agree | - kind_disagree
                                the kind of happening the headline names (else headline and
                                first sentence; kinds.py: crash, strike, flood, opening ...)
                                is one the story's reports lead with | both name one and they
                                differ (a drone strike and a plane crash over one city):
                                nothing when each side's opening paragraph also tells the
                                other's happening (a blast and the fire it started), or when
                                only one does and the article came kind_follow_days or more
                                after the story began (a deal ending a strike), times
                                kind_mentioned when only one does in the same news cycle (a
                                crash "hours after the air strike"); times kind_lead_only when a headline names
                                none and the lead's opening decides; a story's kinds are
                                those at least kind_share of its reports name
          - place_disagree      the lead names places and the story mentions none of them
          - gap * days          days between the article and the story's nearest member
          - same_language       same-language texts embed closer whatever they say, so a
                                same-language match must be that much better ...
          + lexical * (lex - lexical_mid)
                                ... unless it also shares rare words: lex is the best
                                rarity-weighted cosine of content-word sets with one of the
                                story's recent same-language members
          - lexical_low * (lexical_mid - lex), when lex < lexical_mid
                                same-language leads that share few rare words tell different
                                happenings (a strike and a terminal opening with the same
                                minister, port and day): agreement on names and day alone
                                must not carry them over the threshold
    The article joins the best candidate when score >= threshold, else founds a story.
    A story that grows is then scored the same way (as one pseudo-article) against its
    neighbours, and merges with one reaching threshold + merge_margin: an early report in
    one language may have founded a story that later reports show to be the same. The
    lexical_low shortfall applies there too, between the stories' same-language members.
    And when an article joins one story while scoring threshold + bridge_margin against the
    runner-up too, the two merge unless their leads name different happenings: a report
    that fits both well is the evidence that two first reports told one event.
    Values were chosen on tests/corpus_articles.py (own text, hard negatives included), the
    demo corpus and tests/data/stories_dev.jsonl, each in its given, reversed and 30 seeded
    random orders; the stories evaluation corpus was not used to choose them.
    """

    names: float = 0.03
    names_scale: float = 12.0
    figures: float = 0.02
    date_agree: float = 0.01
    date_disagree: float = 0.03
    date_same_kind: float = 0.5
    type_agree: float = 0.005
    kind_agree: float = 0.02
    kind_disagree: float = 0.1
    kind_mentioned: float = 0.7
    kind_follow_days: int = 2
    kind_lead_only: float = 0.5
    kind_share: float = 0.25
    calibrate: float = 1.0
    place_disagree: float = 0.02
    gap: float = 0.006
    same_language: float = 0.04
    lexical: float = 0.2
    lexical_mid: float = 0.18
    lexical_low: float = 0.4
    threshold: float = 0.88
    copy_jaccard: float = _neardup.COPY_JACCARD
    # Two stories merge when, after one grows, they match each other this much better than
    # an article must match to join (None: never merge).
    merge_margin: float | None = 0.05
    # An article that joins one story and scores this much above threshold against the
    # runner-up merges the two (None: never).
    bridge_margin: float | None = 0.02


# The embedding model puts texts of some script pairs closer or farther apart whatever
# they say. Offsets bring each pair's midpoint between same-story and other-story mean
# cosines to that of Latin-script pairs; measured on our own tuning corpora
# (tests/corpus_articles.py, the demo corpus, tests/data/stories_dev.jsonl: 2,400 pairs of
# different languages). A: Arabic script (ar, fa, ur), G: Greek, L: Latin script.
_SCRIPT_GROUP = {"ar": "A", "fa": "A", "ur": "A", "el": "G"}
PAIR_OFFSETS = {"LL": 0.0, "AL": 0.005, "GL": 0.018, "AG": 0.035, "AA": -0.025, "GG": 0.0}

_STORY_SETS = ("names", "words", "figures", "dates", "types", "places", "kinds", "lead_kinds")


@dataclass
class _Story:
    id: str
    first: _dt.date | None = None
    last: _dt.date | None = None
    n: int = 0
    centroid_sum: np.ndarray | None = None
    recent: list = field(default_factory=list)  # (language, embedding) of the last few
    recent_terms: list = field(default_factory=list)  # (language, terms, norm) of members
    names: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)
    figures: Counter = field(default_factory=Counter)
    dates: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    lead_kinds: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    members: list = field(default_factory=list)  # (published ordinal | inf, article id)
    title_rank: tuple | None = None
    title: str = ""
    copy_root: dict = field(default_factory=dict)  # article id -> earliest copy's id
    unit: np.ndarray | None = None  # centroid_sum normalised, kept current by _add
    row: int = -1  # this story's row in the index's centroid matrix

    def centroid(self) -> np.ndarray | None:
        return self.unit


@dataclass(frozen=True, slots=True)
class Assignment:
    story_id: str
    copy_of: str | None
    new_story: bool
    score: float
    # earlier copies whose copy_of changed: (article id, new copy_of)
    recopied: tuple[tuple[str, str | None], ...] = ()
    # articles of a story merged into this one: (article id, copy_of)
    moved: tuple[tuple[str, str | None], ...] = ()


def story_id_for(article_id: str) -> str:
    """A story is named after the article that founded it, so re-runs in the same order
    give the same ids."""
    return "s-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def _ord(d: _dt.date | None) -> float:
    return float(d.toordinal()) if d else math.inf


class StoryIndex:
    """The in-memory candidate set of recent stories and the assignment rule.

    An article is only compared with stories that had an article within ``window_days``
    of its date, found through a day index, so the cost of one article does not grow with
    the corpus; stories inactive longer leave the candidate set. Memory is bounded by
    ``max_live`` stories: past it, the stories with the oldest last article are dropped.
    """

    RECENT = 4
    SHORTLIST = 8

    def __init__(self, weights: Weights | None = None, window_days: int = 7,
                 max_live: int = 10000) -> None:
        self.w = weights or Weights()
        self.window = window_days
        self.max_live = max_live
        self.stories: dict[str, _Story] = {}
        self.article_story: dict[str, str] = {}
        self._by_day: dict[int, set[str]] = {}
        self._undated: set[str] = set()
        self._df: Counter = Counter()
        self._tdf: Counter = Counter()
        self._mat: np.ndarray | None = None
        self._terms_memo: tuple = ("", {}, 0.0)
        self._free_rows: list[int] = []
        self._next_row = 0
        self._n_docs = 0
        self._lang_docs: Counter = Counter()
        self._offsets: dict[tuple[str, str], float] = {}
        self._dups = _neardup.NearDupIndex(self.w.copy_jaccard)
        self._dup_story: dict[str, str] = {}

    # -- public --------------------------------------------------------------------------

    def assign(self, f: Features) -> Assignment:
        """Files one article: near-copy of a member -> that story; else best-scoring
        candidate above the threshold; else a new story. Deterministic for a given order."""
        if f.article_id in self.article_story:
            sid = self.article_story[f.article_id]
            return Assignment(sid, self.stories[sid].copy_root.get(f.article_id)
                              if sid in self.stories else None, False, 1.0)
        copy = self._copy_of(f)
        if copy is not None:
            sid, root = copy
            st = self.stories[sid]
            self._add(st, f)
            recopied = self._recopy(st, root, f)
            root_now = st.copy_root[f.article_id]
            return Assignment(sid, root_now if root_now != f.article_id else None, False, 1.0,
                              recopied)
        cands = self.candidates(f)
        block = self._block(cands) if len(cands) > self.SHORTLIST else None
        ranked = sorted(((self.score(f, st), st) for st in self._shortlist(f, cands, block)),
                        key=lambda x: (-x[0], x[1].id))
        best, best_score = ranked[0][1] if ranked else None, ranked[0][0] if ranked else -math.inf
        if best is not None and best_score >= self.w.threshold:
            self._add(best, f)
            keep, moved = self._bridge(best, ranked[1:2])
            keep, moved_more = self._settle(keep, cands, block)
            return Assignment(keep.id, None, False, best_score, moved=moved + moved_more)
        st = _Story(id=story_id_for(f.article_id))
        self.stories[st.id] = st
        self._add(st, f)
        self._evict()
        return Assignment(st.id, None, True, best_score if best else 0.0)

    def load_story(self, story_id: str, members: Iterable[Features], title: str = "",
                   copies: dict[str, str] | None = None) -> None:
        """Rebuilds a stored story's state (members in any order) without re-scoring."""
        st = self.stories.setdefault(story_id, _Story(id=story_id))
        for f in sorted(members, key=lambda x: (_ord(x.published), x.article_id)):
            if f.article_id not in self.article_story:
                self._add(st, f)
        for aid, root in (copies or {}).items():
            if aid in st.copy_root:
                st.copy_root[aid] = root
        if title:
            st.title = title

    def count(self, f: Features) -> None:
        """Counts an article in the term rarities only (a stored story out of reach)."""
        self._df.update(f.names | f.words)
        self._tdf.update((f.language, t) for t in f.terms)
        self._lang_docs[f.language] += 1
        self._n_docs += 1

    def _shortlist(self, f: Features, cands: list[_Story],
                   block: np.ndarray | None = None) -> list[_Story]:
        """The SHORTLIST candidates nearest by centroid, found with one matrix product, so
        a busy news day costs one product plus a few full scores per article. ``block``:
        the candidates' centroid rows, when the caller already gathered them."""
        if f.embedding is None or len(cands) <= self.SHORTLIST:
            return cands
        if block is None:
            block = self._block(cands)
        if block is None or block.shape[1] != f.embedding.shape[0]:
            return cands
        sims = block @ f.embedding
        keep = np.argpartition(-sims, self.SHORTLIST - 1)[:self.SHORTLIST]
        return [cands[i] for i in sorted(keep)]

    def _block(self, cands: list[_Story]) -> np.ndarray | None:
        """The candidates' unit centroids as one matrix (zeros for stories without one)."""
        if self._mat is None:
            return None
        rows = np.array([st.row for st in cands], dtype=np.int64)
        block = self._mat[np.maximum(rows, 0)]
        block[rows < 0] = 0.0
        return block

    def candidates(self, f: Features) -> list[_Story]:
        if f.published is None:
            ids = set(self._undated) | {sid for s in self._by_day.values() for sid in s}
        else:
            day = f.published.toordinal()
            ids = set(self._undated)
            for d in range(day - self.window, day + self.window + 1):
                ids |= self._by_day.get(d, set())
        return [self.stories[i] for i in sorted(ids) if i in self.stories]

    def score(self, f: Features, st: _Story) -> float:
        w = self.w
        s = self._cosine(f, st)
        s += w.names * min(1.0, self._shared_names(f, st) / w.names_scale)
        s += w.figures * min(1.0, sum(1 for x in f.figures if x in st.figures) / 2)
        kind = self._kind_score(f, st)
        agree = self._dates_agree(f, st)
        if agree is True:
            s += w.date_agree
        elif agree is False:
            # a later report of the same happening leads with that day's development;
            # what tells stories apart is the happening, not the day
            s -= w.date_disagree * (w.date_same_kind if kind > 0 else 1.0)
        if f.types and any(t in st.types for t in f.types):
            s += w.type_agree
        s += kind
        if f.places and st.places and not any(
                p in st.places or p in st.names or p in st.words for p in f.places):
            s -= w.place_disagree
        s -= w.gap * self._gap_days(f, st)
        if st.languages.get(f.language):
            s -= w.same_language
            lex = self._lexical(f, st)
            if lex is not None:
                s += w.lexical * (lex - w.lexical_mid)
                s += w.lexical_low * min(0.0, lex - w.lexical_mid)
        return s

    # -- scoring parts --------------------------------------------------------------------

    def _cosine(self, f: Features, st: _Story) -> float:
        c = st.centroid()
        if f.embedding is None or c is None:
            return 0.0
        cen = float(f.embedding @ c)
        off = self._pair_offset
        if self.w.calibrate:
            cen += sum(k * off(f.language, lang) for lang, k in st.languages.items()) / st.n
        best = max((float(f.embedding @ e) + off(f.language, lang) for lang, e in st.recent),
                   default=cen)
        return 0.5 * (cen + best)

    def _pair_offset(self, a: str, b: str) -> float:
        """What to add to the cosine of two texts in languages a and b so that every pair
        of scripts is judged on one scale (see PAIR_OFFSETS)."""
        got = self._offsets.get((a, b))
        if got is None:
            key = "".join(sorted(_SCRIPT_GROUP.get(a, "L") + _SCRIPT_GROUP.get(b, "L")))
            got = 0.0 if a == b else self.w.calibrate * PAIR_OFFSETS.get(key, 0.0)
            self._offsets[(a, b)] = got
        return got

    def _lexical(self, f: Features, st: _Story) -> float | None:
        if not f.terms:
            return None
        if self._terms_memo[0] != f.article_id:
            wa = {t: self._tidf(t, f.language) for t in f.terms}
            self._terms_memo = (f.article_id, wa, math.sqrt(sum(x * x for x in wa.values())))
        _, wa, na = self._terms_memo
        best = None
        for lang, terms, nb in st.recent_terms:
            if lang != f.language:
                continue
            dot = sum(wa[t] * wa[t] for t in terms if t in wa)
            c = dot / (na * nb) if na and nb else 0.0
            best = c if best is None else max(best, c)
        return best

    def _stories_lexical(self, a: _Story, b: _Story) -> float | None:
        """Best rarity-weighted cosine of content words between a same-language member
        of each story; None when the stories share no language."""
        best = None
        for lang, ta, na in a.recent_terms:
            for lang_b, tb, nb in b.recent_terms:
                if lang != lang_b or not na or not nb:
                    continue
                dot = sum(self._tidf(t, lang) ** 2 for t in ta & tb)
                c = dot / (na * nb)
                best = c if best is None else max(best, c)
        return best

    def _tidf(self, term: str, lang: str) -> float:
        """Rarity of a word among the reports of its own language seen so far: with two
        Urdu reports in, every Urdu word would look rare against a mostly Latin-script
        corpus, and any two Urdu leads would seem to share rare words."""
        return math.log((self._lang_docs[lang] + 1) / (self._tdf.get((lang, term), 0) + 0.5))

    def _idf(self, key: str) -> float:
        return math.log((self._n_docs + 1) / (self._df.get(key, 0) + 1)) + 1.0

    def _shared_names(self, f: Features, st: _Story) -> float:
        # Uncased-script words only count against a name from the other side: two Arabic
        # texts share common words, not names.
        shared = {k for k in f.names if k in st.names or k in st.words}
        shared |= {k for k in f.words if k in st.names}
        return sum(self._idf(k) for k in shared)

    def _kind_score(self, f: Features, st: _Story) -> float:
        """+kind_agree when the article's headline happening is one the story's reports
        lead with; -kind_disagree when both lead with a happening and neither so much as
        mentions the other's (a drone strike and a plane crash over one city). Arrests,
        funerals and resignations follow many happenings, so they decide only when no
        other kind is named. A happening named only further down is background."""
        st_kinds = self._story_kinds(st.kinds, st.n)
        st_lead = self._story_kinds(st.lead_kinds, st.n)
        mine, theirs = _kinds.primary(f.kinds), _kinds.primary(st_kinds)
        weight = 1.0
        if not mine or not theirs:
            # a headline naming no happening: the lead's opening speaks, less surely
            weight = self.w.kind_lead_only
            mine = mine or _kinds.primary(f.lead_kinds)
            theirs = theirs or _kinds.primary(st_lead)
            if not mine or not theirs or not weight:
                return 0.0
        if mine & theirs:
            return weight * self.w.kind_agree
        told_there = any(k in st_lead for k in mine)
        told_here = any(k in f.lead_kinds for k in theirs)
        if told_there and told_here:
            # each lead tells the other's happening too: one event seen from two sides
            # (a blast and the fire it started)
            return 0.0
        if told_there or told_here:
            if self._later_cycle(f, st):
                # days on, a lead that recalls the story's happening tells what came of
                # it (a deal ending a strike, a port reopening after an attack)
                return 0.0
            # in the same news cycle it names the other happening as its setting ("hours
            # after the air strike, a helicopter crashed"): the headlines still disagree
            weight *= self.w.kind_mentioned
        return -weight * self.w.kind_disagree

    def _later_cycle(self, f: Features, st: _Story) -> bool:
        """Whether the article came out kind_follow_days or more after the story's first
        report (unknown dates: no)."""
        if f.published is None or st.first is None:
            return False
        return (f.published - st.first).days >= self.w.kind_follow_days

    def _story_kinds(self, counts: Counter, n: int) -> frozenset[str]:
        """The kinds that a fair share of a story's reports name: one stray member (or a
        passing mention) does not make the story about that happening too."""
        return frozenset(k for k, c in counts.items() if c >= self.w.kind_share * n)

    @staticmethod
    def _dates_agree(f: Features, st: _Story) -> bool | None:
        """True when the lead's event day is one of the story's, False when it is two or
        more days from all of them, None (no evidence) when unknown or a day off: "late
        on Thursday" and "on Friday" can be one night told across time zones."""
        if not f.dates or not st.dates:
            return None
        mine = {_dt.date.fromisoformat(d).toordinal() for d in f.dates}
        theirs = {_dt.date.fromisoformat(d).toordinal() for d in st.dates}
        gap = min(abs(a - b) for a in mine for b in theirs)
        return True if gap == 0 else (False if gap >= 2 else None)

    @staticmethod
    def _gap_days(f: Features, st: _Story) -> float:
        if f.published is None or st.first is None:
            return 0.0
        d = f.published
        if d < st.first:
            return float((st.first - d).days)
        if d > st.last:
            return float((d - st.last).days)
        return 0.0

    # -- bookkeeping ----------------------------------------------------------------------

    def _copy_of(self, f: Features) -> tuple[str, str] | None:
        if f.minhash is None:
            return None
        for key, _j in self._dups.copies(f.minhash):
            st = self.stories.get(self._dup_story.get(key, ""))
            # a text republished months later is a new story that reuses old words
            if st is not None and self._gap_days(f, st) <= self.window:
                return st.id, st.copy_root.get(key, key)
        return None

    def _recopy(self, st: _Story, root: str, f: Features) -> tuple[tuple[str, str | None], ...]:
        """Keeps copy_of pointing at the earliest copy (publication date, then id): a copy
        that arrives late but was published first becomes the root of its group. Returns
        the earlier members whose copy_of changed."""
        pubs = {aid: p for p, aid in st.members}
        pubs[f.article_id] = _ord(f.published)
        group = sorted(a for a, r in st.copy_root.items() if r == root)
        new_root = min([*group, f.article_id], key=lambda a: (pubs[a], a))
        for a in (*group, f.article_id):
            st.copy_root[a] = new_root
        if new_root == root:
            return ()
        return tuple((a, None if a == new_root else new_root) for a in group)

    def _add(self, st: _Story, f: Features) -> None:
        self.article_story[f.article_id] = st.id
        st.n += 1
        st.members.append((_ord(f.published), f.article_id))
        st.copy_root.setdefault(f.article_id, f.article_id)
        if f.embedding is not None:
            st.centroid_sum = (f.embedding.astype(np.float32) if st.centroid_sum is None
                               else st.centroid_sum + f.embedding)
            st.unit = _embed.normalise(st.centroid_sum)
            self._set_row(st)
            st.recent = (st.recent + [(f.language, f.embedding)])[-self.RECENT:]
        if f.terms:
            # the member's norm is taken once, with the rarities known when it arrived
            nb = math.sqrt(sum(self._tidf(t, f.language) ** 2 for t in f.terms))
            st.recent_terms = (st.recent_terms + [(f.language, f.terms, nb)])[-self.RECENT:]
        for attr in _STORY_SETS:
            getattr(st, attr).update(getattr(f, attr))
        st.languages[f.language] += 1
        self._df.update(f.names | f.words)
        self._tdf.update((f.language, t) for t in f.terms)
        self._lang_docs[f.language] += 1
        self._n_docs += 1
        rank = (f.language != "en", _ord(f.published), f.article_id)
        if f.title and (st.title_rank is None or rank < st.title_rank):
            st.title_rank, st.title = rank, f.title
        self._index_days(st, f.published)
        if f.minhash is not None:
            self._dups.add(f.article_id, f.minhash)
            self._dup_story[f.article_id] = st.id

    def _set_row(self, st: _Story) -> None:
        """Keeps the story's unit centroid in one preallocated matrix (rows reused after
        eviction), so shortlisting reads candidates' centroids without a Python loop."""
        dim = st.unit.shape[0]
        if self._mat is None:
            self._mat = np.zeros((1024, dim), dtype=np.float32)
        if self._mat.shape[1] != dim:
            return
        if st.row < 0:
            if self._free_rows:
                st.row = self._free_rows.pop()
            else:
                st.row = self._next_row
                self._next_row += 1
                if st.row >= self._mat.shape[0]:
                    grown = np.zeros((2 * self._mat.shape[0], dim), dtype=np.float32)
                    grown[:self._mat.shape[0]] = self._mat
                    self._mat = grown
        self._mat[st.row] = st.unit

    def _index_days(self, st: _Story, d: _dt.date | None) -> None:
        if d is None:
            if st.first is None:
                self._undated.add(st.id)
            return
        self._undated.discard(st.id)
        old = (st.first, st.last)
        st.first = d if st.first is None else min(st.first, d)
        st.last = d if st.last is None else max(st.last, d)
        if old != (st.first, st.last):
            for o in range(st.first.toordinal(), st.last.toordinal() + 1):
                self._by_day.setdefault(o, set()).add(st.id)

    def _settle(self, st: _Story, cands: list[_Story], block: np.ndarray | None
                ) -> tuple[_Story, tuple[tuple[str, str | None], ...]]:
        """Merges a story that just grew with the neighbour it now matches (see Weights);
        local, so nothing is re-clustered. The neighbours looked at are the candidates the
        article that grew it was compared with. Returns the surviving story and the
        articles that changed story, with their copy_of."""
        if self.w.merge_margin is None or st.unit is None:
            return st, ()
        probe = Features(article_id="", published=st.last, language="",
                         embedding=st.unit, names=frozenset(st.names),
                         words=frozenset(st.words), figures=frozenset(st.figures),
                         dates=frozenset(st.dates), types=frozenset(st.types),
                         places=frozenset(st.places),
                         kinds=self._story_kinds(st.kinds, st.n),
                         lead_kinds=self._story_kinds(st.lead_kinds, st.n))
        best, best_score = None, -math.inf
        # the grown story's own row in ``block`` is stale by one article: harmless, as the
        # story itself is skipped
        for other in self._shortlist(probe, cands, block):
            if other.id == st.id or other.id not in self.stories or self._kinds_clash(st, other):
                continue
            sc = self.score(probe, other)
            lex = self._stories_lexical(st, other)
            if lex is not None:
                # same-language members whose leads share few rare words tell different
                # happenings, however close the names, day and embeddings are
                sc += self.w.lexical_low * min(0.0, lex - self.w.lexical_mid)
            if sc > best_score or (sc == best_score and best is not None and other.id < best.id):
                best, best_score = other, sc
        if best is None or best_score < self.w.threshold + self.w.merge_margin:
            return st, ()
        return self._merge(st, best)

    def _bridge(self, best: _Story, runner: list) -> tuple[_Story, tuple]:
        """Merges the story an article just joined with the runner-up it also matches well:
        one event told first in two languages founds two stories, and the report that fits
        both is the evidence that they are one. Stories whose leads name different
        happenings stay apart however well one report fits both."""
        if self.w.bridge_margin is None or not runner:
            return best, ()
        score, other = runner[0]
        if score < self.w.threshold + self.w.bridge_margin or other.id not in self.stories:
            return best, ()
        if self._kinds_clash(best, other):
            return best, ()
        lex = self._stories_lexical(best, other)
        if lex is not None and lex < self.w.lexical_mid:
            return best, ()
        return self._merge(best, other)

    def _kinds_clash(self, a: _Story, b: _Story) -> bool:
        """Whether two stories lead with different happenings: then no report, however
        well it fits both, makes them one."""
        mine = _kinds.primary(self._story_kinds(a.kinds, a.n))
        theirs = _kinds.primary(self._story_kinds(b.kinds, b.n))
        return bool(mine and theirs and not mine & theirs)

    def _merge(self, a: _Story, b: _Story) -> tuple[_Story, tuple]:
        keep, gone = sorted((a, b), key=lambda x: (-x.n, _ord(x.first), x.id))
        self._absorb(keep, gone)
        moved = tuple((aid, None if keep.copy_root[aid] == aid else keep.copy_root[aid])
                      for _, aid in gone.members)
        return keep, moved

    def _absorb(self, keep: _Story, gone: _Story) -> None:
        self._unindex(gone)
        for p, aid in gone.members:
            keep.members.append((p, aid))
            self.article_story[aid] = keep.id
            keep.copy_root[aid] = gone.copy_root.get(aid, aid)
            if aid in self._dup_story:
                self._dup_story[aid] = keep.id
        keep.n += gone.n
        if gone.centroid_sum is not None:
            keep.centroid_sum = gone.centroid_sum.copy() if keep.centroid_sum is None \
                else keep.centroid_sum + gone.centroid_sum
            keep.unit = _embed.normalise(keep.centroid_sum)
            self._set_row(keep)
        keep.recent = (gone.recent + keep.recent)[-self.RECENT:]
        keep.recent_terms = (gone.recent_terms + keep.recent_terms)[-self.RECENT:]
        for attr in (*_STORY_SETS, "languages"):
            getattr(keep, attr).update(getattr(gone, attr))
        if gone.title_rank is not None and (keep.title_rank is None
                                            or gone.title_rank < keep.title_rank):
            keep.title_rank, keep.title = gone.title_rank, gone.title
        for d in (gone.first, gone.last):
            if d is not None:
                self._index_days(keep, d)

    def _evict(self) -> None:
        """Past ``max_live`` stories, drops the tenth whose last article is oldest: memory
        stays bounded while any arrival order still finds every story of its window."""
        if len(self.stories) <= self.max_live:
            return
        by_age = sorted(self.stories.values(), key=lambda st: (_ord(st.last), st.id))
        for st in by_age[:max(1, self.max_live // 10)]:
            self._forget(st)

    def _forget(self, st: _Story) -> None:
        self._unindex(st)
        for _, aid in st.members:
            self._dups.remove(aid)
            self._dup_story.pop(aid, None)
            # article_story keeps a tiny id -> id row so re-adding an old article stays a
            # no-op; it is the one thing that grows with the corpus.

    def _unindex(self, st: _Story) -> None:
        """Takes a story out of the live set: its entry, matrix row and day index."""
        del self.stories[st.id]
        if st.row >= 0:
            self._free_rows.append(st.row)
            st.row = -1
        self._undated.discard(st.id)
        if st.first is not None:
            for o in range(st.first.toordinal(), st.last.toordinal() + 1):
                ids = self._by_day.get(o)
                if ids is not None:
                    ids.discard(st.id)
                    if not ids:
                        del self._by_day[o]


# --- store-backed clusterer ------------------------------------------------------------

_INDEXES: "weakref.WeakKeyDictionary[object, StoryIndex]" = weakref.WeakKeyDictionary()


class StoryClusterer:
    """Files articles into stories as they are ingested: ``StoryClusterer(store).add(a)``.

    The first use on a store rebuilds the recent stories from stored features; each
    article's features are computed once (embedding included) and stored, so re-runs and
    ``recluster`` never embed it again.
    """

    def __init__(self, store, *, weights: Weights | None = None, window_days: int = 7,
                 embedder: _embed.Embedder | None = None) -> None:
        self.store = store
        self.embedder = embedder or _embed.embed_texts
        index = _INDEXES.get(store) if weights is None else None
        if index is None:
            index = StoryIndex(weights, window_days)
            self._hydrate(index)
            if weights is None:
                _INDEXES[store] = index
        self.index = index

    def add(self, analysis: Analysis) -> str:
        """Puts one analysed (and already stored) article in a story; returns its id."""
        f = self.features([analysis])[0]
        a = self.index.assign(f)
        st = self.index.stories.get(a.story_id)
        self.store.set_story(f.article_id, a.story_id, copy_of=a.copy_of)
        for aid, root in (*a.recopied, *a.moved):
            if aid != f.article_id:
                self.store.set_story(aid, a.story_id, copy_of=root)
        if st is not None:
            c = st.centroid()
            self.store.upsert_story(a.story_id, st.title or None,
                                    centroid=_embed.to_bytes(c) if c is not None else None,
                                    first_published=st.first, last_published=st.last)
        return a.story_id

    def features(self, analyses: Sequence[Analysis]) -> list[Features]:
        """Stored features where present, else computed (one embedding batch) and stored."""
        ids = [a.article.id for a in analyses]
        stored = self.store.features(ids)
        out: dict[str, Features] = {}
        todo = []
        for a in analyses:
            row = stored.get(a.article.id)
            if row and row.get("embedding"):
                out[a.article.id] = features_from_row(a.article.id, row)
            else:
                todo.append(a)
        if todo:
            vecs = embed_analyses(todo, self.embedder)
            for a, v in zip(todo, vecs):
                f = features_of(a, v)
                self.store.put_features(f.article_id, _embed.to_bytes(v),
                                        _neardup.minhash_bytes(f.minhash), feature_keys(f))
                out[f.article_id] = f
        return [out[i] for i in ids]

    def _hydrate(self, index: StoryIndex) -> None:
        stories = self.store.stories()
        if not stories:
            return
        # The live index keeps up to max_live stories whatever their age, so that any arrival
        # order finds every story of its window; the rebuilt one keeps as many, newest first
        # (a bound by date would file a second run's older article apart from its story).
        # The others still count in the term rarities, as they did for the run that stored them.
        newest_first = sorted(stories, reverse=True, key=lambda s: (
            s.first_published is not None, s.first_published or _dt.date.min, s.id))
        live = {s.id for s in newest_first[:index.max_live]}
        arrival = {aid: i for i, aid in enumerate(self.store.article_ids())}
        plan, stored = [], []
        for s in stories:
            reachable = s.id in live
            rows = self.store.features(list(s.articles))
            plan += [(arrival.get(aid, len(arrival)), s.id if reachable else None,
                      features_from_row(aid, rows[aid])) for aid in s.articles if aid in rows]
            if not reachable:
                continue
            copies = {r["id"]: r["copy_of"] for r in self.store.story_articles(s.id)
                      if r.get("copy_of")}
            stored.append((s.id, s.title, copies))
        # Members are replayed in the order they arrived, across stories: a story's recent
        # members and the corpus' term rarities depend on it, and a run resumed after an
        # interruption must file the next article as the uninterrupted run would have.
        for _, sid, f in sorted(plan, key=lambda p: p[0]):
            if sid is None:
                index.count(f)
            else:
                index.load_story(sid, [f])
        for sid, title, copies in stored:
            index.load_story(sid, [], title, copies)


def embed_analyses(analyses: Sequence[Analysis],
                   embedder: _embed.Embedder | None = None) -> np.ndarray:
    """One batch of story embeddings: title + lead of each article."""
    texts = [_embed.lead_text(a.article.title, a.text) for a in analyses]
    return (embedder or _embed.embed_texts)(texts)


def cluster_analyses(analyses: Sequence[Analysis], *, weights: Weights | None = None,
                     window_days: int = 7, embedder: _embed.Embedder | None = None,
                     batch: int = 32) -> dict[str, str]:
    """{article id: story id} for analyses taken in the given order, without a store."""
    index = StoryIndex(weights, window_days)
    ids: list[str] = []
    for i in range(0, len(analyses), batch):
        chunk = analyses[i:i + batch]
        vecs = embed_analyses(chunk, embedder)
        for a, v in zip(chunk, vecs):
            index.assign(features_of(a, v))
            ids.append(a.article.id)
    # final membership: a later merge may have moved an article after it was filed
    return {aid: index.article_story[aid] for aid in ids}


def recluster(store, *, weights: Weights | None = None, window_days: int = 7) -> int:
    """Batch mode: files every stored article again, in publication order, from its stored
    features (computed where missing). Returns the number of stories."""
    index = StoryIndex(weights, window_days)
    clusterer = StoryClusterer.__new__(StoryClusterer)
    clusterer.store, clusterer.embedder, clusterer.index = store, _embed.embed_texts, index
    analyses = sorted(store.analyses(), key=lambda a: (_ord(a.published), a.article.id))
    for a in analyses:
        clusterer.add(a)
    _INDEXES[store] = index
    return len({index.article_story[a.article.id] for a in analyses})


__all__ = ["Features", "Weights", "Assignment", "StoryIndex", "StoryClusterer",
           "features_of", "feature_keys", "features_from_row", "figures_in", "story_id_for",
           "embed_analyses", "cluster_analyses", "recluster"]
