"""A quotation left standing alone, then a sentence that points back at those words and names
who said them: 'Bu sözler, ... Nurcan'a ait' (these words are X's), 'بهذه الكلمات لخّص X'
(with these words X summed up), 'X نے یہ بات ... کہی' (X said this thing). The named one speaks
the quotation before. Inputs: text, the entity index, the sentence after the loose quotation;
called by ml_prior.after_orphans when its own patterns ('Das sagte X', 'Con queste parole X')
find nothing.

Each pattern is anchored at the sentence's start (a cheap match, no scan), so a sentence that
does not open on words pointing back costs one failed match per language.
"""
from __future__ import annotations

import re

from ..records import Span, Speaker

# Turkish: "Bu sözler, Espiye'de ... olan Ayşe Demir'e ait." The owner in the dative before 'ait'.
_TR_WORDS_OF = re.compile(r"Bu\s+(?:sözler|sözleri|cümleler|cümle|ifadeler|ifade|satırlar)\b")
_TR_OWNER = re.compile(r"((?:[A-ZÇĞİÖŞÜ][\w-]+\s+){0,3}[A-ZÇĞİÖŞÜ][\w-]+)['’](?:[ny]?[ae])\s+(?:aitti|ait)\b")
# Arabic: "بهذه الكلمات لخّص X، وهو ...": the verb, then its subject up to the aside's comma.
_AR_WITH_WORDS = re.compile(r"(?:و|ف)?(?:بهذه|بتلك)\s+(?:الكلمات|العبارات|العبارة|الجملة|الكلمة)\s+"
                            r"(?P<v>[^\s،,.]+)\s+(?P<n>[^\s،,.«»\"]+(?:\s+[^\s،,.«»\"]+){0,3}?)\s*(?=[،,]|\s+(?:وهو|وهي|الذي|التي)\s)")
# Urdu: "X نے یہ بات ... کہی": this thing, i.e. the quotation before, X said.
_UR_SAID_THIS = re.compile(r"(?P<n>[^\s۔،,:\"«»][^۔،,:\"«»\n]{1,80}?)\s+نے\s+(?:یہ|یہی)\s+(?:بات|الفاظ|جملہ|جملے)\s")
# After a genitive postposition the head noun and the name: "حسن آباد کے رہائشی X".
_UR_AFTER_GENITIVE = re.compile(r".*\s(?:کے|کی|کا)\s+(?P<h>[^\s]+(?:\s+[^\s]+){0,3})$")


def _person_in(index, a: int, b: int) -> Speaker | None:
    people = [h for h in index.within(a, b) if h[2].type == "PERSON"]
    if not people:
        return None
    ms, me, ent = people[-1]
    return Speaker(ent.id, ent.name, ms, me)


def words_named_after(text: str, lang: str, index, s: int, e: int):
    """(cue span, speaker) when the sentence at s..e points back at the words before it and names
    their speaker, else None."""
    if lang == "tr":
        m = _TR_WORDS_OF.match(text, s)
        own = _TR_OWNER.search(text, m.end(), e) if m else None
        if own is None:
            return None
        a, b = own.span(1)
        sp = _person_in(index, a, b) or Speaker(None, own.group(1), a, b)
        return Span(m.start(), m.end()), sp
    if lang == "ar":
        m = _AR_WITH_WORDS.match(text, s)
        if m is None:
            return None
        a, b = m.span("n")
        sp = _person_in(index, a, b) or Speaker(None, m.group("n"), a, b)
        return Span(m.start(), m.end("v")), sp
    if lang == "ur":
        m = _UR_SAID_THIS.match(text, s)
        if m is None:
            return None
        a, b = m.span("n")
        head = _UR_AFTER_GENITIVE.match(text, a, b)  # (a place before the genitive is no one)
        a = head.start("h") if head else a
        # (the phrase as written: the entity step may hold only part of an Urdu name)
        return Span(b, m.end()), Speaker(None, text[a:b], a, b)
    return None


__all__ = ["words_named_after"]
