"""Quotation marks and sentences of articles without a parser: mark pairs, sentence and word spans.
Inputs: article text; used by ml_entities, ml_quotes and the modules that read their quotations.
"""
from __future__ import annotations

import re

from . import ml_bounds as B

_WORD = re.compile(r"[^\W\d_][\w\u064B-\u065F\u0670\u0640\u200c]*"
                   r"(?:['’\-][\w\u064B-\u065F\u0670\u200c]+)*")
_ARABIC_CHAR = re.compile(r"[\u0600-\u06FF]")
# (“ closes a German quotation; French sets its closing » off by a space: "la date. » La")
_SENT_END = re.compile(r"[.!?؟۔]+(?:[\"»”’)“›]|[ \u00a0\u202f][»›](?=\s))*(?=\s)|\n+")
_ABBREV = frozenset("m mme mm dr sr sra st prof gen col lt mr mrs ms nr vgl bzw etc ca av jr".split())


_QUOTE_CHARS = re.compile(r'[\n«»„‹›“”"]')


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) index pairs, in text order. A paragraph break closes
    nothing, except a quotation that the next paragraph reopens: then the break is its close
    ('« ... lois.\n\n« Ceux qui ... »', Spanish and Greek '»' opening the next paragraph)."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    para = 0  # where the current paragraph starts
    for m in _QUOTE_CHARS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            nxt = len(text[i:]) - len(text[i:].lstrip())
            if stack and text[i + nxt:i + nxt + 1] in _REOPENERS and i + nxt < len(text):
                out.append((stack[0][1], i))
            stack.clear()
            para = i + 1
        elif ch == "»" and not text[para:i].strip():
            stack.append(("«", i))  # "»Los pescadores ...»": a quotation going on
        elif ch in "«„‹":
            stack.append((ch, i))
        elif ch in "»›" and stack and stack[-1][0] in "«‹":
            out.append((stack.pop()[1], i))
        elif ch == "“":
            if stack and stack[-1][0] in "„”":
                out.append((stack.pop()[1], i))
            else:
                stack.append((ch, i))
        elif ch == "”" and stack and stack[-1][0] in "“„":
            out.append((stack.pop()[1], i))
        elif ch == "”" and _ARABIC_CHAR.match(text, i + 1):
            stack.append((ch, i))  # Urdu and Persian type '”ہم ... سکتے۔“', marks mirrored
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                out.append((stack.pop()[1], i))
            elif _opens_straight(text, i):
                stack.append((ch, i))
    # the list is built from the mark pairs alone before += extends it
    out += [p for p in dialogue_pairs(text) if not any(o <= p[0] <= c for o, c in out)]
    return sorted(out)


# A line of dialogue: a paragraph opening on a dash, the words closed by a second dash that a
# lower-case verb follows ("—No vengo a poner multas —dice—.", "— Era ora — commenta").
_DIALOGUE = re.compile(r"(?m)^[ \t]*(?P<o>[—―])[ \t]?(?=\S)[^\n—―]{2,}?[ \t](?P<c>[—―])[ \t]?(?=[a-zà-ÿα-ωά-ώäöüß])")


def dialogue_pairs(text: str) -> list[tuple[int, int]]:
    """(opening dash, closing dash) of the dialogue lines of an interview or a feature."""
    return [(m.start("o"), m.start("c")) for m in _DIALOGUE.finditer(text)]


_REOPENERS = frozenset('«„“"»‹')


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    return not before.isalnum() or before in "بلـ"


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a stop inside a quotation or after an abbreviation does not end one."""
    inside = quote_pairs(text)
    out, start, q = [], 0, 0
    for m in _SENT_END.finditer(text):
        newline = m.group().startswith("\n")
        while q < len(inside) and inside[q][1] < m.start():
            q += 1
        quoted = q < len(inside) and inside[q][0] < m.start() < inside[q][1]
        if quoted and m.end() > inside[q][1] and _new_sentence_at(text, m.end()):
            quoted = False  # '«... بگیرد.» او افزود': the quotation closed its sentence
        if not newline and (quoted or _is_abbreviation(text, m.start())):
            continue
        end = m.start() if newline else m.end()
        if text[start:end].strip():
            out.append(_trim(text, start, end))
        start = m.end()
    if text[start:].strip():
        out.append(_trim(text, start, len(text)))
    return out


def _new_sentence_at(text: str, i: int) -> bool:
    """After a stop and a closing mark, a capital or an uncased script starts a new sentence;
    a lower-case word ('», a-t-il dit') goes on with the old one."""
    rest = text[i:i + 3].lstrip()
    return bool(rest) and rest[0].isalpha() and not rest[0].islower()


def _is_abbreviation(text: str, i: int) -> bool:
    if text[i] != ".":
        return False
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREV or B.ordinal_date(text, i)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word spans inside [start, end)."""
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


# German compares with a participle of saying or expecting ('schneller als erwartet', 'wie
# angekündigt'): the participle reports nothing there.
_DE_COMPARED = re.compile(r"(?<![\w-])(?:als|wie)\s+$", re.I)


def compared(text: str, lang: str, pos: int) -> bool:
    """A German cue at pos that follows 'als' or 'wie' directly: a comparison, no report."""
    return lang == "de" and bool(_DE_COMPARED.search(text, max(0, pos - 6), pos))


__all__ = ["compared", "quote_pairs", "dialogue_pairs", "sentences", "words"]
