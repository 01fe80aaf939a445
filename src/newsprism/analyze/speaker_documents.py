"""Who spoke for a document: the filer of a lawsuit told before it, the body or person who
issued a statement ('a statement from the presidency', 'signed by the spokesperson of the
Ministry, Mr. X,'), moved out of sources.py (a mixin of its Speakers) to keep it legible.
"""
from __future__ import annotations

import re

from .attribution import lemma_of, source_span, text_of, tokens_span, trim
from .role_names import document_owner, filer_of, issued_within
from .source_frames import dateline_end, phrase_before_verb, phrase_head
from .source_tests import role_word
from .vias import UTTERANCES

# Papers a party lodges with a court or board, which speak for whoever lodged them ('his
# application says', 'the club's appeal argues')
_FILED_PAPERS = frozenset("application appeal submission motion affidavit petition writ".split())
# Figures a named body works out and puts out ('an estimate published by the broker X', 'a
# forecast from the X Institute'): the body that made them asserts them. Only a named issuer
# after the noun counts; a bare 'estimates show' or 'government estimates' is left alone.
_FIGURES = frozenset("estimate forecast projection calculation tally".split())
# A lower-case noun right after a name, ending the phrase at a comma: 'an Arroyo Seco rancher,'.
_KIND_AFTER = re.compile(r" [a-z][a-z-]+(?=,)")


def _after_comma(text: str, at: int) -> bool:
    from .sources import _after_comma as after
    return after(text, at)


class DocumentSources:
    """Needs self.doc and self.coref (the Speakers it is mixed into)."""

    def _document_source(self, tok, text: str):
        """(source span, head token) of a filing's filer or a document's issuer, else None."""
        # (filer_of reads nouns only: the children are not walked for the rest)
        filed = filer_of(tok) if tok is not None and hasattr(tok, "lemma_") \
            and tok.pos_ == "NOUN" \
            and not any(c.dep_ in ("poss", "agent") for c in tok.children) else None
        if filed is not None:
            s, e = source_span(filed)
            cut = dateline_end(text, s)
            toks = phrase_before_verb(self.doc, cut, filed.head.idx) \
                if cut is not None and filed.idx < cut < e else None
            if toks:  # the parse made the dateline the suer
                return trim(text, toks[0].idx, toks[-1].idx + len(toks[-1].text)), \
                    phrase_head(toks)
            return (s, e), filed
        lemma = lemma_of(tok) if tok is not None and hasattr(tok, "lemma_") else None
        figures = lemma in _FIGURES
        if lemma is not None and (lemma in UTTERANCES or lemma in _FILED_PAPERS or figures):
            owner = document_owner(tok) or issued_within(tok)
            if figures and owner is not None and (owner.i < tok.i or owner.pos_ != "PROPN"
                                                  and not any(c.dep_ == "appos"
                                                              and c.pos_ == "PROPN"
                                                              for c in owner.children)):
                owner = None  # (a named issuer: 'by X', 'by the consultancy X')
            if owner is not None:
                words = [t for t in owner.subtree if t.dep_ != "case"]  # not the "'s"
                s, e = trim(text, *tokens_span(words))
                kind = _KIND_AFTER.match(text, e) if owner.pos_ == "PROPN" \
                    and owner.dep_ == "pobj" and owner.i > tok.i else None
                named = self._named_after_comma(kind.end()) if kind is not None else e
                if named > e:
                    # 'by an Arroyo Seco rancher, Ed Garza,': the parse ended the phrase on
                    # the place that describes the person named after the comma
                    return (s, named), self.doc.char_span(s, named, alignment_mode="expand")[-1]
                return (s, self._named_after_comma(e) if role_word(owner) else e), owner
        return None

    def _named_after_comma(self, e: int) -> int:
        """'signed by the spokesperson of the Ministry, Mr. Femi Adeyemi,': the parse hung
        the holder's name on the ministry; the phrase runs on to the name its comma opens."""
        m = re.match(r",\s+", text_of(self.doc)[e:e + 4])
        if m is None or self.coref is None:
            return e
        for mention, ent in self.coref.mentions_in(e, e + 60):
            if mention.start - e < 12 and ent.type == "PERSON" and mention.kind == "name" \
                    and _after_comma(text_of(self.doc), mention.start):
                return mention.end
        return e
