"""Ingest: read inputs, analyse new articles in batches, store them and place them in stories.

Inputs: paths (files, folders, JSONL, WARC, feeds) read by ``newsprism.read.iter_articles``
and a database path (or an open ``Store``).

Each batch is analysed, then stored and clustered in one transaction, so an interrupted run
keeps every finished batch and a re-run skips the ids already stored and picks up the rest.
Bad inputs and articles whose analysis fails become rejections with a reason; the run goes on.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, NewsprismError, UsageError
from .records import Analysis, Article
from .store.db import Store, content_hash

Reader = Callable[..., Iterator[Article | InputError]]


@dataclass
class IngestReport:
    """What one ingest run did. ``rejected`` holds one error per input or article refused."""

    added: int = 0
    skipped: int = 0
    revisions: int = 0  # later versions of a page already stored under its URL (see _admit)
    rejected: list[InputError] = field(default_factory=list)
    stories: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {"added": self.added, "skipped": self.skipped, "revisions": self.revisions,
                "stories": self.stories,
                "seconds": round(self.seconds, 3),
                "rejected": [e.to_dict() for e in self.rejected]}


def ingest(paths: Iterable[str | Path], db_path: str | Path | Store, *, pipeline=None,
           outlet: str | None = None, language: str | None = None,
           published: _dt.date | str | None = None, batch_size: int = 32,
           progress: bool = True, reader: Reader | None = None,
           clusterer=None) -> IngestReport:
    """Reads, analyses, stores and clusters every article under ``paths``.

    ``reader`` replaces ``newsprism.read.iter_articles`` and ``clusterer`` the default
    ``StoryClusterer(store)`` (tests, evaluation harnesses); both keep the same call shapes.
    """
    if batch_size < 1:
        raise UsageError(f"'batch_size' must be at least 1 (got {batch_size})")
    pub = _published(published)
    if reader is None:
        from .read import iter_articles as reader
    started = time.perf_counter()
    own = not isinstance(db_path, Store)
    store = Store(db_path) if own else db_path
    try:
        items = reader(list(paths), outlet=outlet, language=language, published=pub)
        report = _Run(store, pipeline, clusterer, batch_size, progress).run(
            _without_own_files(items, store.path))
    finally:
        if own:
            store.close()
    report.seconds = time.perf_counter() - started
    return report


# SQLite's files beside a database: the write-ahead log, its index, the rollback journal
_SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def _without_own_files(items: Iterable[Article | InputError], db_path: str
                       ) -> Iterator[Article | InputError]:
    """The reader's items less the refusals of the database being written and its side files.

    ``newsprism ingest . --db news.db`` walks a folder that holds the database itself: those
    files are this run's own output, not inputs someone meant to give, so they are not named
    as rejected (and do not turn every run's exit status to 1).
    """
    try:
        base = Path(db_path).resolve()
    except (OSError, ValueError):
        yield from items
        return
    own = {str(base) + side for side in _SQLITE_SIDE_FILES}
    for item in items:
        if isinstance(item, InputError) and item.input:
            try:
                if str(Path(item.input).resolve()) in own:
                    continue
            except (OSError, ValueError):
                pass
        yield item


def _published(value: _dt.date | str | None) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"'published' must be YYYY-MM-DD (got {value!r})") from None


class _Run:
    """State of one ingest: the open store, the lazily built pipeline, the tallies."""

    def __init__(self, store: Store, pipeline, clusterer, batch_size: int, progress: bool):
        self.store = store
        self.pipeline = pipeline
        self.clusterer = clusterer
        self.batch_size = batch_size
        self.report = IngestReport()
        self.bar = _progress_bar(progress)
        self._detect: Callable[[str], str | None] | None = None

    def run(self, items: Iterable[Article | InputError]) -> IngestReport:
        batch: list[Article] = []
        pending: dict[str, Article] = {}
        try:
            for item in items:
                if isinstance(item, InputError):
                    self._reject(item)
                    continue
                item = self._admit(item, pending)
                if item is None:
                    continue
                batch.append(self._with_language(item))
                pending[item.id] = item
                if len(batch) >= self.batch_size:
                    self._batch(batch)
                    batch, pending = [], {}
            if batch:
                self._batch(batch)
        finally:
            if self.bar is not None:
                self.bar.close()
        self.report.stories = len(self.store.stories())
        return self.report

    def _admit(self, item: Article, pending: dict[str, Article]) -> Article | None:
        """The article to store, or None when its id is taken.

        The same text again is skipped, as a re-run must be. Another text under an id that is
        the article's own URL is a later version of that page (a WARC re-capture, a page saved
        twice): it is stored beside the first under ``URL#rev-HASH``, so both versions can be
        compared and a re-run still adds nothing twice. Another text under an id the input gave
        is refused by name, never dropped in silence."""
        taken = self._taken(item, pending)
        if taken is None:
            return item
        same, where = taken
        if same:
            self._skip()
            return None
        if item.url and item.id == item.url:
            revision = dataclasses.replace(
                item, id=f"{item.url}#rev-{content_hash(item.text)[:12]}")
            again = self._taken(revision, pending)
            if again is None:
                self.report.revisions += 1
                return revision
            self._skip()
            return None
        self._reject(InputError(f"id {item.id!r} is already used by a different article "
                                f"(in {where}); give this one its own id: it was not "
                                "stored", input=_name(item)))
        return None

    def _taken(self, item: Article, pending: dict[str, Article]) -> tuple[bool, str] | None:
        """(same text?, where) when ``item.id`` is already pending or stored, else None."""
        earlier = pending.get(item.id)
        if earlier is not None:
            return content_hash(earlier.text) == content_hash(item.text), _name(earlier)
        stored = self.store.stored_hash(item.id)
        if stored is None:
            return None
        return stored == content_hash(item.text), "the database"

    def _skip(self) -> None:
        self.report.skipped += 1
        self._tick()

    # --- one batch -------------------------------------------------------------------------

    def _batch(self, batch: list[Article]) -> None:
        results = self._analyse(batch)
        with self.store.transaction():
            stored: list[Analysis] = []
            for art, res in zip(batch, results):
                if isinstance(res, InputError):
                    self._reject(res)
                    continue
                added = self._attempt(art, "store", lambda res=res: self.store.add(res))
                if added:
                    stored.append(res)
                elif added is False:  # stored meanwhile by another run
                    self.report.skipped += 1
                    self._tick()
            self._prepare(stored)
            for a in stored:
                if self._attempt(a.article, "cluster", lambda a=a: self._cluster(a)) is None:
                    # stored but in no story would break "every article is in one story"
                    self.store.remove(a.article.id)
                    continue
                self.report.added += 1
                self._tick()

    def _analyse(self, batch: list[Article]) -> list[Analysis | InputError]:
        """Analyses the batch together (spaCy batching is much faster); when that fails,
        goes one by one so a single bad article costs only itself."""
        pipeline = self._pipeline()
        try:
            out = list(pipeline.analyze_many([(a, None) for a in batch],
                                             batch_size=self.batch_size))
            if len(out) == len(batch):
                return out
        except Exception:  # noqa: BLE001 - isolated below, article by article
            pass
        results: list[Analysis | InputError] = []
        for art in batch:
            try:
                results.append(next(iter(pipeline.analyze_many([(art, None)]))))
            except Exception as exc:  # noqa: BLE001 - one article's failure is its rejection
                results.append(InputError(f"analysis failed ({type(exc).__name__}: {exc}); "
                                          "the article was not stored",
                                          input=_name(art)))
        return results

    def _attempt(self, art: Article, what: str, step: Callable[[], Any]) -> Any:
        """Runs one article's step in a savepoint; a failure undoes that step only, becomes
        the article's rejection, and gives None."""
        try:
            with self.store.transaction():
                return step()
        except Exception as exc:  # noqa: BLE001 - rejection for this article; batch goes on
            reason = exc.message if isinstance(exc, NewsprismError) \
                else f"{type(exc).__name__}: {exc}"
            self._reject(InputError(f"could not {what} the article ({reason}); it was not "
                                    "stored", input=_name(art)))
            return None

    def _prepare(self, analyses: list[Analysis]) -> None:
        """Lets a clusterer that can compute features for many articles at once do so (one
        embedding batch instead of one call per article); best effort, as ``add`` computes
        whatever is missing."""
        warm = getattr(self._clusterer(), "features", None)
        if len(analyses) < 2 or not callable(warm):
            return
        try:
            with self.store.transaction():
                warm(analyses)
        except Exception:  # noqa: BLE001 - each article's own add() retries and reports
            pass

    def _clusterer(self):
        if self.clusterer is None:
            from .corpus.cluster import StoryClusterer
            self.clusterer = StoryClusterer(self.store)
        return self.clusterer

    def _cluster(self, analysis: Analysis) -> bool:
        story_id = self._clusterer().add(analysis)
        # The full clusterer files articles itself; a simpler one only names the story, and
        # then the article is filed here so that every article ends up in exactly one story.
        aid = analysis.article.id
        if story_id and self.store.article(aid)["story_id"] is None:
            self.store.set_story(aid, story_id)
            self.store.upsert_story(story_id)
        return True

    # --- helpers ---------------------------------------------------------------------------

    def _pipeline(self):
        if self.pipeline is None:
            from .analyze.pipeline import Pipeline
            self.pipeline = Pipeline()
        return self.pipeline

    def _with_language(self, art: Article) -> Article:
        if art.language:
            return art
        if self._detect is None:
            try:
                from .read import detect_language
            except ImportError:  # reader package without language id: leave it to the pipeline
                def detect_language(text: str) -> str | None:
                    return None
            self._detect = detect_language
        lang = self._detect(art.text)
        return dataclasses.replace(art, language=lang) if lang else art

    def _reject(self, err: InputError) -> None:
        self.report.rejected.append(err)
        self._tick()

    def _tick(self) -> None:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(added=self.report.added, skipped=self.report.skipped,
                                 rejected=len(self.report.rejected), refresh=False)


def _name(art: Article) -> str:
    return art.source or art.id


def _progress_bar(enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    return tqdm(unit="article", file=sys.stderr, dynamic_ncols=True, leave=True)


__all__ = ["IngestReport", "ingest"]
