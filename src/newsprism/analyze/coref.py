"""Lookup over the entities of one article: which entity a character span refers to.

The entities stage builds it; quotes, events and framing use it to turn a token span into an
entity id (entity_at, name_at, mention_at, mentions_in, chain) without knowing how coreference
was done (that is mentions.py + chains.py).
"""
from __future__ import annotations

import bisect

from ..records import Entity, Mention


class Coref:
    def __init__(self, entities: tuple[Entity, ...] | list[Entity]) -> None:
        self.entities = tuple(entities)
        self.by_id = {e.id: e for e in self.entities}
        rows = sorted((m.start, m.end, m, e) for e in self.entities for m in e.mentions)
        self._starts = [r[0] for r in rows]
        self._rows = rows

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Mentions lying inside [start, end), in text order."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self._rows) and self._rows[i][0] < end:
            s, e, m, ent = self._rows[i]
            if e <= end:
                out.append((m, ent))
            i += 1
        return out

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity of the mention best matching [start, end) (same span, else the
        largest overlap, else the mention whose head lies inside)."""
        best, best_ov = None, 0
        i = max(0, bisect.bisect_left(self._starts, start) - 8)
        while i < len(self._rows) and self._rows[i][0] < end:
            s, e, m, ent = self._rows[i]
            ov = min(e, end) - max(s, start)
            if ov > best_ov:
                best, best_ov = ent, ov
                if s == start and e == end:
                    return ent
            i += 1
        return best

    def chain(self, entity_id: str) -> tuple[Mention, ...]:
        """All mentions of one entity in text order (empty for an unknown id)."""
        e = self.by_id.get(entity_id)
        return e.mentions if e is not None else ()

    def name_at(self, start: int, end: int) -> str | None:
        """Canonical name of the entity a span refers to ("he" -> "Qassem Soleimani")."""
        e = self.entity_at(start, end)
        return e.name if e is not None else None

    def mention_at(self, start: int, end: int) -> Mention | None:
        best, best_ov = None, 0
        i = max(0, bisect.bisect_left(self._starts, start) - 8)
        while i < len(self._rows) and self._rows[i][0] < end:
            s, e, m, _ = self._rows[i]
            ov = min(e, end) - max(s, start)
            if ov > best_ov:
                best, best_ov = m, ov
            i += 1
        return best
