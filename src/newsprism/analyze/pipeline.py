"""Runs the per-article stages in order over one spaCy Doc and assembles an Analysis.

Order (each stage names what it needs and what it provides; the pipeline checks this when
it is built, so a stage can never read something no earlier stage made):

    structure  -> blocks                (headline, standfirst, caption, paragraphs)
    [spaCy]    -> doc
    entities   -> entities, coref       (NER corrected in context + in-document coreference)
    timexes    -> timexes, published    (TIMEX3 values; publication date given or inferred)
    quotes     -> quotes                (direct/indirect/mixed, cue, speaker, via chain)
    events     -> events                (PLOVER type, actors, targets, date, factuality)
    framing    -> framing               (loaded language, name calling, event wording)
"""
from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..records import Analysis, Article
from . import nlp as _nlp


@dataclass
class State:
    """What the stages see: the article, its Doc, and every value earlier stages provided."""

    article: Article
    language: str
    given_published: _dt.date | None
    values: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def doc(self):
        return self.values["doc"]

    @property
    def text(self) -> str:
        return self.article.text


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    run: Callable[[State], dict[str, Any]]


def stage(name: str, *, requires: tuple[str, ...] = (), provides: tuple[str, ...] = ()):
    """Decorator declaring a stage function with what it needs and what it provides."""
    def wrap(fn: Callable[[State], dict[str, Any]]) -> Stage:
        return Stage(name, tuple(requires), tuple(provides), fn)
    return wrap


class PipelineError(Exception):
    pass


def check(stages: Iterable[Stage], initial: Iterable[str] = ("doc",)) -> None:
    have = set(initial)
    for s in stages:
        missing = [r for r in s.requires if r not in have]
        if missing:
            raise PipelineError(f"stage '{s.name}' needs {missing}, which no earlier stage provides")
        have.update(s.provides)


def default_stages() -> list[Stage]:
    from .entities import entities_stage
    from .events import events_stage
    from .framing import framing_stage
    from .quotes import quotes_stage
    from .structure import structure_stage
    from .timexes import timexes_stage
    return [structure_stage, entities_stage, timexes_stage, quotes_stage, events_stage,
            framing_stage]


class Pipeline:
    """Analyses articles; build once, reuse (models load lazily and are cached)."""

    def __init__(self, stages: list[Stage] | None = None) -> None:
        self.stages = stages if stages is not None else default_stages()
        check(self.stages)
        # Seconds spent per stage ('spacy' for the Doc), for benchmarks and --profile output.
        self.timings: dict[str, float] = {}

    def analyze(self, article: Article, published: _dt.date | None = None) -> Analysis:
        return next(iter(self.analyze_many([(article, published)])))

    def analyze_many(self, items: Iterable[tuple[Article, _dt.date | None]] | Iterable[Article],
                     batch_size: int = 32) -> Iterator[Analysis]:
        """Analyses a stream of articles, batching spaCy per language; keeps input order."""
        batch: list[tuple[Article, _dt.date | None]] = []
        for item in items:
            art, pub = item if isinstance(item, tuple) else (item, None)
            batch.append((art, pub))
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[tuple[Article, _dt.date | None]]) -> list[Analysis]:
        states = [State(a, a.language or "en", pub if pub is not None else a.published)
                  for a, pub in batch]
        by_lang: dict[str, list[State]] = {}
        for st in states:
            by_lang.setdefault(_nlp.model_lang(st.language), []).append(st)
        for lang, group in by_lang.items():
            nlp = _nlp.load(lang)
            t0 = time.perf_counter()
            for st, doc in zip(group, nlp.pipe([s.article.text for s in group], batch_size=16)):
                st.values["doc"] = doc
            self._tick("spacy", t0)
        return [self._finish(st) for st in states]

    def _tick(self, name: str, t0: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t0

    def _finish(self, st: State) -> Analysis:
        for s in self.stages:
            t0 = time.perf_counter()
            out = s.run(st)
            self._tick(s.name, t0)
            unknown = set(out) - set(s.provides)
            if unknown:
                raise PipelineError(f"stage '{s.name}' returned undeclared {sorted(unknown)}")
            st.values.update(out)
        v = st.values
        published, inferred = v.get("published", (st.given_published, False))
        return Analysis(
            article=st.article, published=published, published_inferred=inferred,
            language=st.language, blocks=tuple(v.get("blocks", ())),
            entities=tuple(v.get("entities", ())), quotes=tuple(v.get("quotes", ())),
            timexes=tuple(v.get("timexes", ())), events=tuple(v.get("events", ())),
            framing=tuple(v.get("framing", ())),
        )


_default: Pipeline | None = None


def analyze(article: Article, published: _dt.date | None = None) -> Analysis:
    """Analyse one article with the default pipeline."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default.analyze(article, published)
