"""Recency for pronouns: the last fitting speaker, or a person named since, is whom a
'he said' or 'she said' means (moved out of sources.py; Speakers mixes it in)."""
from __future__ import annotations

from ..records import Speaker
from . import lexicon_roles as L
from .second_names import org_like
from .source_tests import plural_phrase, thing_phrase
from .unnamed_sources import PERSONAL as _PERSONAL


def gender_fits(name: str | None, pronoun: str) -> bool:
    """'he' never goes to a Maria, 'she' never to a Pablo (when the given name says)."""
    want = _PERSONAL.get(pronoun)
    got = L.gender_of_first_name(name.split()[0]) if want and name and name.split() else None
    return not (want and got and got != want)


class RecentSpeakers:
    """Needs self.doc, self.coref, self.recent, self.barred and Speakers' _type_of,
    _gender_ok, _entity_gender_ok, _fits and _in_quotation."""

    def _recent_for(self, pos: int, pronoun: str = "") -> Speaker | None:
        """The last fitting speaker within ~600 characters: news prose introduces a source by
        name, then goes on with 'he said'. A person named since then ('Northwind's Selim Arslan
        is in Malatya.') is the likelier 'he'."""
        person = pronoun in _PERSONAL
        thing = pronoun in ("it", "its")
        last = None
        for at, sp in reversed(self.recent):
            if at < pos and pos - at < 600 and not self.barred[0] <= at < self.barred[1]:
                kind = self._type_of(sp)  # ('Asked by X, he replied': never X)
                if person and (kind not in (None, "PERSON") or (kind is None and (
                        org_like(sp) or plural_phrase(sp.name) or thing_phrase(sp.name)))):
                    continue
                if thing and kind == "PERSON":
                    continue  # 'it mocked the minister': a group, never the researcher
                if person and not (gender_fits(sp.name, pronoun) and self._entity_gender_ok(
                        sp.entity, pronoun, pos)):
                    continue
                last = (at, sp)
                break
        if person and self.coref is not None:
            # Names inside the last speaker's own phrase ('a nurse at Middlemore') are not
            # people named since.
            after = max(-1, pos - 601)  # a name opening the article counts too
            if last:
                # nor is whom the speaker told it to ('told host Abena Ntim that ...'): the
                # people named since are those of the sentences after the speaker's own
                after = max(last[0], last[1].end or 0, self._sentence_end(last[0], pos))
            named = self._last_person(after, pos, pronoun)
            if named is not None:
                return named
        return last[1] if last else None

    def _sentence_end(self, at: int, pos: int) -> int:
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or not len(span):
            return 0
        end = span.sent.end_char
        return end if end < pos else 0

    def _own_opener(self, pos: int) -> tuple[int, int]:
        """The stretch before a subject pronoun at ``pos`` that opens its own clause
        ('Addressing journalists at Labour House, Abuja, he disclosed'): the pronoun is whom
        the opener is about, so no name in it is whom the pronoun means."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or not len(span) or span[0].dep_ != "nsubj":
            return (0, 0)
        t = span[0]
        first = t.sent.start
        opener = [c for c in t.head.children if c.i < t.i and c.left_edge.i == first
                  and c.dep_ in ("advcl", "prep", "npadvmod")]
        if not opener:
            return (0, 0)
        return self.doc[first].idx, t.idx

    def _last_person(self, after: int, pos: int, pronoun: str = "") -> Speaker | None:
        best = None
        own = self._own_opener(pos) if pronoun in _PERSONAL else (0, 0)
        for m, ent in self.coref.mentions_in(after + 1, pos):
            if own[0] <= m.start < own[1]:
                continue
            if ent.type == "PERSON" and m.kind == "name" and self._gender_ok(ent, pronoun, pos) \
                    and not self._in_quotation(m.start) and self._fits(ent, pronoun) \
                    and not self.barred[0] <= m.start < self.barred[1]:
                best = Speaker(ent.id, ent.name, m.start, m.end)
        return best
