"""Words quoted from a letter or petition are its authors' (the session-14 document convention):
'In einem offenen Brief an X haben 300 Milchbauern ... gefordert. „...“, heißt es in dem
Schreiben.', 'ڈیجیٹل رائٹس فورم نے ... درخواست دائر کی ہے ... درخواست میں مؤقف اختیار کیا گیا
ہے کہ "..."'. The quote's own sentence names only the document ('in dem Schreiben', 'درخواست
میں'); the author is the subject of the sentence, at most three before in the same or the
previous paragraph, that introduced a document: the German subject after the finite verb that
follows the fronted 'In einem Brief an ...', the Urdu ergative subject before 'نے'."""
from __future__ import annotations

import dataclasses
import re

from ..records import Quote, Speaker
from .ml_marks import sentences

_DOC_DE = (r"(?:Brief|Schreiben|Brandbrief|Appell|Aufruf|Petition|Erklärung|Stellungnahme|Papier|"
           r"Positionspapier|Resolution|Klageschrift|Klage|Eingabe|Beschwerde)")
_DOC_UR = r"(?:درخواست|خط|یادداشت|قرارداد|پٹیشن|عرضداشت)"
# The quote's sentence names the document as where the words stand.
_SAYS_IN = {
    "de": re.compile(r"(?:heißt|hieß|steht|stand)\s+es\s+(?:\w+\s+){0,2}?(?:in|im)\s+"
                     r"(?:(?:de[mr]|einem|einer|diese[mr]|ihrem|ihrer|seinem|seiner)\s+)?"
                     r"(?:[a-zäöüß]+(?:en|em|er)\s+)?" + _DOC_DE + r"\b"),
    "ur": re.compile(r"^(?:اس\s+)?" + _DOC_UR + r"\s+میں(?!\S)"),
}
# The sentence that introduced the document, and its author.
_PP_OBJECT = (r"(?:\s+(?:an|gegen|zu|zur|zum|über)\s+(?:(?:de[mnrs]|die|das)\s+)?"
              r"(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})?")
_INTRO = {
    "de": re.compile(r"(?<![\w-])(?:In|Mit|Per)\s+(?:einem|einer|dem|der|ihrem|ihrer|seinem|seiner)\s+"
                     r"(?:[a-zäöüß]+(?:en|em|er|es|e)\s+)?" + _DOC_DE + r"\b" + _PP_OBJECT +
                     r"\s+(?P<v>[a-zäöüß]{3,})\s+(?P<s>(?:(?:\d[\d.]*|rund|über|mehr als|mehrere|zahlreiche|"
                     r"die|der|das|ein|eine)\s+)*(?:[a-zäöüß]+(?:e|en|er)\s+)?[A-ZÄÖÜ][\w-]+"
                     r"(?:\s+(?:und|sowie)\s+[A-ZÄÖÜ][\w-]+)?(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)*)?)"),
    "ur": re.compile(r"(?P<s>[^\s—،۔\n][^—،۔\n]*?)\s+نے\s+(?:[^۔\n]*?\s)?" + _DOC_UR + r"(?!\S)"),
}
_NOT_VERB = frozenset("""an aus auf bei für gegen mit nach über unter von vor zu zum zur und oder
    sowie des der die das dem den ein eine einem einer""".split())
_ARTICLE = re.compile(r"(?:die|der|das|ein|eine)\s+")


def _author(text: str, lang: str, spans: list[tuple[int, int]], k: int) -> Speaker | None:
    """The author named in one of the three sentences before sentence k, nearest first."""
    for j in range(k - 1, max(-1, k - 4), -1):
        a, b = spans[j]
        if text.count("\n\n", b, spans[k][0]) > 1:
            return None  # (the same or the previous paragraph only)
        m = _INTRO[lang].search(text, a, b)
        if m is None or lang == "de" and m.group("v") in _NOT_VERB:
            continue
        s, e = m.span("s")
        if lang == "de":
            art = _ARTICLE.match(text, s)
            s = art.end() if art else s
        return Speaker(None, text[s:e], s, e)
    return None


def document_authors(text: str, lang: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    if lang not in _SAYS_IN or not quotes:
        return quotes
    spans = sentences(text)
    out = []
    for q in quotes:
        sp = q.speaker
        k = next((i for i, (a, b) in enumerate(spans) if a <= q.start < b), None)
        if k is None or sp.name is not None and not re.fullmatch(_DOC_DE if lang == "de" else _DOC_UR, sp.name):
            out.append(q)
            continue
        a, b = spans[k]
        said_in = _SAYS_IN[lang].search(text[a:b]) if lang == "de" else _SAYS_IN[lang].match(text[a:b])
        author = _author(text, lang, spans, k) if said_in else None
        out.append(dataclasses.replace(q, speaker=author) if author else q)
    return tuple(out)


__all__ = ["document_authors"]
