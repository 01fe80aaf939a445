"""newsprism: who said what, through whom, about whom, when, how sure — across outlets.

    >>> import newsprism
    >>> a = newsprism.analyze_text("...", published="2020-02-13")
    >>> [q.speaker.name for q in a.quotes]
"""
from __future__ import annotations

__version__ = "0.1.0"

# Imported lazily so `import newsprism` stays cheap (spaCy loads only when analysis runs).
_EXPORTS = {
    "Pipeline": ("newsprism.analyze.pipeline", "Pipeline"),
    "analyze": ("newsprism.analyze.pipeline", "analyze"),
    "analyze_text": ("newsprism.api", "analyze_text"),
    "analysis_json": ("newsprism.render", "analysis_json"),
    "read_article": ("newsprism.read", "read_article"),
    "iter_articles": ("newsprism.read", "iter_articles"),
    "ingest": ("newsprism.ingest", "ingest"),
    "Store": ("newsprism.store.db", "Store"),
    "Article": ("newsprism.records", "Article"),
    "Analysis": ("newsprism.records", "Analysis"),
    "NewsprismError": ("newsprism.errors", "NewsprismError"),
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib
        mod, attr = _EXPORTS[name]
        value = getattr(importlib.import_module(mod), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsprism' has no attribute {name!r}")
