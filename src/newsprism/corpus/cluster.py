"""TEMPORARY placeholder story clusterer (being written): one story per article."""
from __future__ import annotations


class StoryClusterer:
    def __init__(self, store) -> None:
        self.store = store

    def add(self, analysis) -> str:
        return "s-" + analysis.article.id
