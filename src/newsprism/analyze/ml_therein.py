"""German words quoted from a document the sentence before introduced, taken up by a pronominal
adverb ('Ein internes Papier, das dem „Spiegel“ vorliegt, dämpft die Erwartungen. „...“, heißt
es darin.'): the document's phrase speaks, without its article (the written convention for a
document named alone), and a medium the document 'lies before' saw it: that medium is the via.
Inputs: the quotes of ml_quotes.find_quotes, which calls therein_documents near its end.
"""
from __future__ import annotations

import dataclasses
import re

from ..records import Quote, Speaker, Via

_POINTERS = frozenset(("darin", "dort", "daraus", "dazu"))
# The document introduced with its article, an adjective at most, then the noun.
_DOC = re.compile(r"(?<![\w-])(?:Ein|Eine|Einem|Das|Die|Der|Dem|ein|eine|das|die|der)\s+"
                  r"(?P<np>(?:[a-zäöüß]+(?:es|e|er|en)\s+)?(?:Papier|Bericht|Schreiben|Dokument|Gutachten|"
                  r"Memo|Vermerk|Entwurf|Studie|Protokoll|Konzept|Analyse|Prüfbericht|Strategiepapier|"
                  r"Positionspapier|Lagebild|Lagebericht))(?![\w-])")
# ', das dem „Spiegel“ vorliegt': the medium the document lies before.
_LIES_BEFORE = re.compile(r"\s*,\s*(?:das|die|der|welches)\s+(?:de[mr]|unserer|unserem)\s+[„\"»]?"
                          r"(?P<m>[A-ZÄÖÜ][^„“\"«»,.]{0,40}?)[“\"«]?\s+(?:vorliegt|vorliegen|vorlag)")


def therein_documents(text: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    out = []
    for q in quotes:
        sp = q.speaker
        if sp.name is None or sp.start is None or sp.name.lower() not in _POINTERS:
            out.append(q)
            continue
        para = text.rfind("\n", 0, q.start) + 1
        docs = list(_DOC.finditer(text, max(para, q.start - 400), q.start))
        if not docs:
            out.append(q)
            continue
        doc = docs[-1]
        a, b = doc.span("np")
        via = q.via
        seen = _LIES_BEFORE.match(text, b)
        if seen is not None and not via:
            x, y = seen.span("m")
            via = (Via(None, text[x:y], x, y),)
        out.append(dataclasses.replace(q, speaker=Speaker(None, text[a:b], a, b), via=via))
    return tuple(out)


__all__ = ["therein_documents"]
