"""Convenience calls for Python users: analyse a string without building records by hand."""
from __future__ import annotations

import datetime as _dt

from .errors import UsageError
from .records import Analysis, Article


def analyze_text(text: str, *, published: str | _dt.date | None = None, outlet: str | None = None,
                 language: str | None = None, title: str | None = None,
                 id: str | None = None) -> Analysis:
    """Analyse one article given as a string; ``published`` is 'YYYY-MM-DD' or a date."""
    from .analyze.pipeline import analyze
    from .read import article_id, detect_language

    if isinstance(published, str):
        try:
            published = _dt.date.fromisoformat(published)
        except ValueError:
            raise UsageError(f"'published' must be YYYY-MM-DD (got {published!r})") from None
    if not text or not text.strip():
        raise UsageError("the text to analyse is empty")
    lang = language or detect_language(text) or "en"
    art = Article(id=id or article_id(text), text=text, title=title, outlet=outlet,
                  published=published, language=lang)
    return analyze(art, published)
