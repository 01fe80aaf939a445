"""The quotes stage: finds who said what — direct, indirect and mixed quotes with their cue,
speaker and source chain (via) — from quotation marks, the dependency parse and coreference.

Inputs (pipeline State): doc (spaCy), blocks (structure stage), entities + coref (entities
stage). Clause-level attributions come from attribution.py, word lists from cues.py.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from ..records import Block, Quote, Span, Speaker
from . import cue_model, cues
from .attribution import (Cand, cue_span, find_candidates, lemma_of, make_cand,
                          remember_text, source_span, subject_of, text_of, trim,
                          verbal_tokens)
from .relays import (carried_vias, chain_vias, earlier_medium, is_medium_span, quoted_reports,
                     posted_before, relay_sentences, reported_within, same_interview,
                     via_records)
from .speaker_of_body import person_of_body
from .speaker_interpreted import interpreted_for
from .speaker_relative import relative_subject
from .speaker_colon import colon_cue, colon_may_open, colon_source
from .speaker_continued import continued_into
from .via_carry import cueless_paragraphs
from .source_clauses import (displaced_that_clauses, that_clause_on_participle,
                             told_clause_on_object)
from .via_spokesman import passed_on_by_spokesman
from .source_frames import (dateline_head, headless_cues, how_described_cues, interview_tail,
                            medium_before_that, noun_read_cues, platform_in_source,
                            reduced_relative_cues, trailing_subject_cues)
from .second_names import named_by_head_later
from .speaker_model import rerank
from .speaker_named_next import named_next
from .speaker_headline_role import headline_roles
from .speaker_epithet import demonym_speakers
from .speaker_roles import (age_epithet_before, described_body, document_again, named_after_role,
                            only_named, pronoun_after_role, signed_lines)
from .sources import Speakers
from .via_programme import one_programme
from .via_exchange import exchange_medium
from .relay_frames import relay_frames
from .via_set_apart import set_apart_posts
from .according_cited import according_cited
from .according_rendered import renderings_dropped
from .via_fronted import fronted_medium
from .via_interview import interview_cited
from .told_medium_that import medium_told_that
from .read_out_words import quotation_read_out, read_out_speakers
from .according_named import according_apposed
from .content_while import while_cut
from .speaker_fullname import full_names
from .speaker_acronym_role import acronym_titles
from .via_pronoun_before import pronoun_media
from .via_occasion import occasion_vias
from .via_relay_slots import relay_slots
from .quote_filters import (deed_after_close, described_as, gerund_source, idle_object, subordinate_cue,
                            quoted_person,
                            medium_named_before, only_a_medium, past_time_phrase,
                            short_answers, split_halves, transcript_answers, well_formed, with_addressee,
                            without_document_echoes, without_nested_reports)
from .pipeline import State, stage

# Opening mark -> the marks that may close it. Straight marks close themselves.
_DOUBLE_CLOSERS = {"“": "”“\"", "„": "“”\"", "«": "»", "‹": "›", "\"": "\"", "”": "”"}
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_OPEN_BEFORE = set(" \t\n([{—–-/:;")
# Every character _scan_paragraph acts on, and those that end _find_single_close's search.
_ANY_MARK = re.compile("[“”„«»‹›\"‘']")
_SINGLE_STOPS = re.compile("[’'“”\"«»]")
_PARA = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"\n")
_WORDS = re.compile(r"\w+")
_STOP = frozenset("""a an the of to in on at for and or but by with from as is was be will
that this it its his her their he she they we i you said says""".split())


@dataclass(frozen=True)
class Marked:
    """Text between a pair of quotation marks; ``start``/``end`` exclude the marks."""

    open: int  # index of the opening mark
    close: int  # index of the closing mark, or the paragraph end when it was never closed
    start: int
    end: int
    closed: bool = True
    spans_paragraph: bool = False  # an unclosed quote the next paragraph continues


# ---------------------------------------------------------------- quotation marks

def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph ranges: blank-line separated, or one per line when no blank line exists."""
    return list(_paragraphs(text))  # a fresh list: callers may change theirs


@functools.lru_cache(maxsize=2)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """paragraphs(), worked out once per text: the stage asks for one article's ten times
    (and for its text with typewriter quotes rewritten, when it has any)."""
    sep = _PARA if _PARA.search(text) else _LINE
    out, pos = [], 0
    for m in sep.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return tuple(out)


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _opens(text: str, i: int, start: int) -> bool:
    """Whether a mark at ``i`` is placed like an opening mark (after space, before a word)."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_BEFORE or before in "“\"‘'") and not after.isspace()


def _closes_single(text: str, i: int, end: int) -> bool:
    before = text[i - 1]
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and not after.isalnum()


def _find_single_close(text: str, i: int, end: int) -> int | None:
    for m in _SINGLE_STOPS.finditer(text, i + 1, end):
        j = m.start()
        if text[j] in _SINGLE_CLOSE and not _is_apostrophe(text, j) \
                and _closes_single(text, j, end):
            return j
        if text[j] in "“”\"«»":
            return None  # single quotes do not enclose double ones in running text
    return None


def _marked(text: str, o: int, c: int, closed: bool, spans: bool = False) -> Marked | None:
    s, e = trim(text, o + 1, c, " \t\n,;:\"“”«»„‹›")
    if e <= s or not any(ch.isalnum() for ch in text[s:e]):
        return None
    return Marked(o, c, s, e, closed, spans)


def _scan_paragraph(text: str, ps: int, pe: int, next_opens: bool) -> list[Marked]:
    out: list[Marked] = []
    i, open_at, closers = ps, None, ""
    while i < pe:
        # Only quotation marks change the scan's state: jump from one to the next.
        hit = _ANY_MARK.search(text, i, pe)
        if hit is None:
            break
        i = hit.start()
        ch = text[i]
        if open_at is None:
            if ch in "“„«‹" or (ch == "\"" and _opens(text, i, ps)):
                open_at, closers = i, _DOUBLE_CLOSERS[ch]
            elif ch in _SINGLE_OPEN and _opens(text, i, ps) and not _is_apostrophe(text, i):
                j = _find_single_close(text, i, pe)
                if j is not None:
                    m = _marked(text, i, j, True)
                    if m:
                        out.append(m)
                    i = j
        elif ch in closers:
            m = _marked(text, open_at, i, True)
            if m:
                out.append(m)
            open_at = None
        elif ch in "“„«" and text[open_at] != ch:
            pass  # a different family of marks nested inside: part of the quote
        elif ch in "“«" and _opens(text, i, ps) and i > open_at + 1:
            # A second opening mark before any closer: the first quote was never closed.
            m = _marked(text, open_at, i, False)
            if m:
                out.append(m)
            open_at, closers = i, _DOUBLE_CLOSERS[ch]
        i += 1
    if open_at is not None:
        m = _marked(text, open_at, pe, False, spans=next_opens)
        if m:
            out.append(m)
    return out


def find_marked(text: str) -> list[Marked]:
    """Every quoted stretch of text, paragraph by paragraph; never raises on odd marks."""
    # Typewriter doubles (''quote'' and ``quote'') stand for one double mark; rewriting them
    # as a space plus '"' keeps every offset and lets one scanner handle all styles.
    text = text.replace("``", ' "').replace("''", ' "')
    paras = paragraphs(text)
    out: list[Marked] = []
    for k, (ps, pe) in enumerate(paras):
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        next_opens = bool(nxt) and text[nxt[0]:nxt[1]].lstrip()[:1] in ("“", "\"", "«", "„")
        out.extend(_scan_paragraph(text, ps, pe, next_opens))
    return out


# ---------------------------------------------------------------- merging marks and clauses

def _inside(a: tuple[int, int], b: tuple[int, int], slack: int = 2) -> bool:
    return a[0] >= b[0] - slack and a[1] <= b[1] + slack


def _merge(text: str, cands: list[Cand], marks: list[Marked]) -> tuple[list[Cand], list[Marked]]:
    """Turns clause candidates into direct/mixed quotes where quotation marks cover them;
    returns the candidates and the marks no clause claimed."""
    left: list[Marked] = []
    nested: set[int] = set()
    # Only a candidate whose cue or content meets a mark's span is touched, and each is
    # handled on its own: candidates ordered by where their spans began, a bisect finds
    # those near each mark (fwd / back: the most any span reaches past / before its key).
    keys = [min(c.content[0], c.cue[0]) if c.cue else c.content[0] for c in cands]
    order = sorted(range(len(cands)), key=keys.__getitem__)
    starts = [keys[i] for i in order]
    fwd = max((max(c.content[1], c.cue[1]) if c.cue else c.content[1]) - k
              for c, k in zip(cands, keys)) if cands else 0
    back = 0
    for m in marks:
        outer, inner = (m.open, m.close + 1), (m.start, m.end)
        claimed = False
        near = order[bisect.bisect_left(starts, min(outer[0], inner[0]) - fwd):
                     bisect.bisect_left(starts, max(outer[1], inner[1]) + back)]
        for i in near:
            c = cands[i]
            # Overlap tests written out: this loop runs for every mark.
            if c.cue and c.cue[0] < c.cue[1] and c.cue[0] < outer[1] and outer[0] < c.cue[1]:
                # A cue inside a quotation ('"I think ...," he said') is the quoted
                # speaker's own wording, not an attribution the outlet makes.
                if len(_WORDS.findall(text[m.start:m.end])) > 3:
                    nested.add(id(c))
                continue
            if not (c.content[0] < min(c.content[1], inner[1]) and inner[0] < c.content[1]):
                continue
            claimed = True
            if _only_glue(text, c.content, outer):
                c.content, c.kind = inner, "direct"
            else:
                # Reported speech around a partial quotation: one mixed quote over both,
                # holding both marks or neither ('said "nobody" was hurt': the clause opens
                # on the quoted word, so the opening mark comes in with the closing one).
                s0, e0 = min(c.content[0], inner[0]), max(c.content[1], inner[1])
                if s0 == inner[0] and e0 > outer[1]:
                    s0 = outer[0]
                elif e0 == inner[1] and s0 < outer[0]:
                    e0 = outer[1]
                c.content, c.kind = (s0, e0), "mixed"
            fwd = max(fwd, c.content[1] - keys[i])
            back = max(back, keys[i] - c.content[0])
        if not claimed:
            left.append(m)
    return [c for c in cands if id(c) not in nested], left


def _only_glue(text: str, content: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether a clause's words outside the quotation marks are only 'that' and punctuation,
    so the quotation is the whole content (a direct quote)."""
    rest = text[content[0]:max(content[0], outer[0])] + " " + text[outer[1]:
                                                                   max(content[1], outer[1])]
    words = [w for w in _WORDS.findall(rest.lower()) if w != "that"]
    return not words


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """One attribution per cue and per content: a verb's own clause beats an
    'according to' phrase hanging off it, and an earlier duplicate wins."""
    cue_heads = {c.cue_tok.i for c in cands if c.origin == "verb" and c.cue_tok is not None}
    out: list[Cand] = []
    seen_cue: set = set()
    seen_content: set = set()
    for c in cands:
        if c.origin == "according" and c.cue_tok is not None and c.cue_tok.head.i in cue_heads \
                and (c.cue_tok.i > c.cue_tok.head.i or is_medium_span(c.cue_tok.doc, c.source)):
            continue  # '..., X said, according to Tasnim': Tasnim is a via, not a source
        key = c.cue
        if key in seen_cue or (c.kind == "direct" and (c.content, c.kind) in seen_content):
            continue
        seen_cue.add(key)
        seen_content.add((c.content, c.kind))
        out.append(c)
    return out


def _starts(doc) -> list[int]:
    starts = doc.user_data.get("newsprism.starts")
    if starts is None:
        # from the Doc's arrays: a Token object per word only to read its offset cost more
        starts = doc.user_data["newsprism.starts"] = cue_model.arrays(doc).idx.tolist()
    return starts


def _tokens_ending_by(doc, pos: int) -> int:
    """How many leading tokens of the Doc end at or before ``pos``."""
    k = bisect.bisect_right(_starts(doc), pos)
    while k and doc[k - 1].idx + len(doc[k - 1].text) > pos:
        k -= 1
    return k


# Subjects that cannot be the one speaking a quotation: 'it', 'this' and relative pronouns.
_NOT_PERSON_PRONOUNS = frozenset("it its this that which what these those there".split())
# Punctuation that ends a quotation handed on to a speech verb: '"...," she fumed.'
_HANDED_ON = frozenset(",!?—–…")


def _person_subject(tok):
    """The verb's own subject when it can be a speaker: a personal pronoun or a name or a
    noun phrase with a determiner ('the spokesman'), else None."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.pos_ == "PRON":
        return None if subj.lower_ in _NOT_PERSON_PRONOUNS else subj
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "NORP"):
        return subj
    if subj.pos_ == "NOUN" and any(c.dep_ in ("det", "poss", "compound", "amod")
                                   for c in subj.children):
        return subj
    return None


def _known_cue(tok) -> bool:
    """A verb the project already knows introduces words: the speech and attitude lexicons,
    or the learned cue model's decision for this very token."""
    if cues.is_cue_lemma(lemma_of(tok)):
        return True
    model = cue_model.current()
    return model is not None and model.is_cue(tok)


# What may stand between a speech verb and the colon that opens its quotation: the people
# addressed and a manner ('exhorted supporters:', 'wrote simply:'), never a place or an errand.
_BEFORE_COLON = frozenset(("dobj", "dative", "advmod", "prt", "npadvmod"))
_OBJECTS = frozenset(("dobj", "ccomp", "xcomp"))


def _colon_frame(doc, colon):
    """'X exhorted the crowd: "..."': a verb with a speaker for subject whose clause ends at
    the colon; an unknown verb may only be followed by its addressee or an adverb."""
    for t in reversed(doc[max(0, colon.i - 5):colon.i]):
        if t.pos_ != "VERB":
            continue
        if _person_subject(t) is None:
            return None
        tail = [c for c in t.rights if c.i < colon.i]
        if not _known_cue(t) and any(c.dep_ not in _BEFORE_COLON for c in tail):
            return None
        return t if all(c.pos_ != "VERB" for c in doc[t.i + 1:colon.i]) else None
    return None


def _frame_cue(doc, toks: list, pos: int, before: bool):
    """Any verb tied to the quotation by the frame itself, whatever its word: '"...," X
    fumed' (the quotation handed on by a comma, '!' or '?', then the speaker and the verb,
    either order) or 'X exhorted: "..."' (the verb's clause ends at the colon)."""
    if before:
        return _colon_frame(doc, toks[0]) if toks[0].text == ":" else None
    # The quotation must end in a mark that hands it on, inside or right after the closer.
    inner = text_of(doc)[max(0, pos - 3):pos - 1].rstrip()
    after = [t for t in toks if not (t.is_punct and t.text in _HANDED_ON)]
    if not (inner[-1:] in _HANDED_ON or toks[0].text in _HANDED_ON) or not after:
        return None
    head = after[0]
    for _ in range(4):  # from the speaker's first word up to its verb
        if head.pos_ == "VERB" or head.head is head:
            break
        head = head.head
    if head.pos_ != "VERB" or not 0 <= head.i - after[0].i <= 5:
        return None
    subj = _person_subject(head)
    if subj is None or not (subj.left_edge.i == after[0].i
                            or (head is after[0] and subj.left_edge.i == head.i + 1)):
        return None
    # '"...," Clinton has gotten the message': a verb with its own object is a deed, unless
    # the project knows it as a verb of saying ('"...," she exhorted the crowd').
    # After a '!' or '?' such a verb more likely opens the next sentence ('"Buses for all!"
    # Okafor still quotes that slogan').
    ends = inner[-1:] if inner[-1:] in _HANDED_ON else toks[0].text
    if any(c.dep_ in _OBJECTS for c in head.children) \
            and (ends in "!?" or not _known_cue(head)):
        return None
    return head


def _sentence_cue(doc, pos: int, before: bool):
    """A speech verb without a complement next to a quote that the parser left alone:
    'He said: "..."' (before) or '"...," he said.' split off as its own sentence (after)."""
    if before:
        k = _tokens_ending_by(doc, pos)
        toks = [doc[j] for j in range(k - 1, max(-1, k - 13), -1)]
        if not toks or toks[0].text not in (":", "—", "–", "-", ","):
            return None
    else:
        k = bisect.bisect_left(_starts(doc), pos)
        toks = list(doc[k:k + 16])
    for n, t in enumerate(toks):
        if "\n" in t.text or (t.is_sent_start and not before and t.i > toks[0].i):
            break  # a cue never reaches across a paragraph
        if t.text in (".", "!", "?") and not before:
            break
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in cues.SAY_VERBS \
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            return t
        if n >= 7 and not before and t.pos_ == "VERB":
            # past eight words only a long speaker ('the minority's sports spokesman,
            # Isaac Adomako-Tetteh, asked') stands between the quote and its verb
            break
    return _frame_cue(doc, toks, pos, before) if toks else None


def _direct_from_marks(doc, marks: list[Marked], cands: list[Cand]) -> tuple[list[Cand],
                                                                             list[Marked]]:
    out, rest = [], []
    # a cue whose only content is where the words appeared ('asked on X') is still free
    used = {c.cue_tok.i for c in cands if c.cue_tok is not None and not only_a_medium(doc, c)}
    for m in marks:
        tok = _sentence_cue(doc, m.close + 1, before=False) if m.closed else None
        if tok is None or tok.i in used or subject_of(tok) is None:
            # A verb after the quote that is taken or has no speaker may be the next
            # sentence's; the words before the quote may still introduce it.
            tok = _sentence_cue(doc, m.open, before=True)
        if tok is None:
            c = _colon_cand(doc, m)
            if c is not None:
                out.append(c)
            else:
                rest.append(m)
            continue
        if tok.i in used or subject_of(tok) is None:
            # a verb whose subject the parse lost ('The chair, Senator X, cut in: "..."'):
            # the clause the colon closes still names who speaks
            c = _colon_cand(doc, m) if tok.i not in used else None
            (rest if c is None else out).append(m if c is None else c)
            continue
        used.add(tok.i)
        c = make_cand(doc, tok, (m.start, m.end), "marks")
        if c is None:
            rest.append(m)
            continue
        c.content, c.kind = (m.start, m.end), "direct"
        out.append(c)
    return out, rest


def _colon_cand(doc, m: Marked) -> Cand | None:
    """'The minister was blunt: "..."': a clause ending in a colon (or a dash) right before a
    quotation introduces it; the mark is the cue and the clause's subject the speaker."""
    k = _tokens_ending_by(doc, m.open)
    while k and doc[k - 1].is_space:
        k -= 1
    before = [doc[k - 1]] if k else []
    if not before or before[0].text not in (":", "—", "–") \
            or not colon_may_open(text_of(doc), before[0].idx, m.open):
        return None
    colon = before[0]
    line_start = text_of(doc).rfind("\n", 0, colon.idx) + 1
    # The subject of the clause before the colon, on the colon's own line (the parser may
    # have glued a headline to this sentence).
    subjects = [t for t in doc[colon.sent.start:colon.i] if t.idx >= line_start
                and t.dep_ in ("nsubj", "nsubjpass") and t.head.idx >= line_start
                and t.head.i < colon.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
    found = colon_source(colon, subjects)
    if found is None:
        return None
    subj, source = found
    cue_tok = colon_cue(colon, m.open)
    return Cand(content=(m.start, m.end), cue=cue_span(cue_tok),
                source=source, kind="direct", origin="colon", cue_tok=cue_tok,
                src_tok=subj, sent=colon.sent.start_char)


_LABEL_COLON = re.compile(
    r"(?:^|\s[-–—]\s|(?<=[.!?] ))(?P<name>(?:[A-Z][\w.’'-]*\.?\s+){0,4}[A-Z][\w.’'-]*)"
    r"(?:\s*\([^()\n]{1,20}\))?(?:\s+again)?\s*:\s*(?=[\w\"“‘'])", re.M)


def _has_clause(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in span)


def _dateline_label(text: str, ps: int, name: str) -> bool:
    """A capitalised place before a colon opening the story's first paragraph (after at most
    a headline with no full stop) is a dateline, not a transcript's speaker."""
    if not name.isupper():
        return False  # 'Clinton: ...' opening a story is a headline quote, not a place
    before = text[:ps].strip()
    if before.endswith(":"):
        return False  # 'Part of the exchange:' introduces a transcript's first speaker
    return not before or not re.search(r"[.!?\"”]\s*$", before) and before.count("\n\n") < 2


def _common_word_label(doc, ns: int, ne: int, before: str) -> bool:
    """A one-word label the tagger reads as a common word ('Decision:', 'Update:'), or any
    label opening a sentence inside a paragraph that is not a name, heads what follows."""
    span = doc.char_span(ns, ne, alignment_mode="expand")
    if span is None:
        return False
    if len(span) == 1 and span[0].pos_ != "PROPN" and not span[0].ent_type_:
        # unless the word already named someone ('Rahim Osman' ... 'Rahim again:'), in
        # capitals too, as transcripts set their speakers ('Esther Agbodeka' ... 'AGBODEKA:')
        return not re.search(r"\b" + re.escape(span.text) + r"\b", text_of(doc)[:ns],
                             re.I if span.text.isupper() else 0)
    return not before.strip() and not before.startswith("\n") and ns > 0 \
        and text_of(doc)[ns - 2:ns - 1] in ".!?" and span[-1].ent_type_ != "PERSON" \
        and not all(t.pos_ == "PROPN" for t in span)


def _label_colon_cands(doc) -> list[Cand]:
    """'Trump: My plans are not set in stone' — a headline or transcript line whose speaker
    is the short name before a colon."""
    text = text_of(doc)
    out = []
    for ps, pe in paragraphs(text):
        if text.find(":", ps, min(pe, ps + 200)) < 0:
            continue  # no colon in reach: the search below cannot match
        m = _LABEL_COLON.search(text, ps, min(pe, ps + 200))
        first = m.group("name").split()[0].lower().rstrip(".") if m else ""
        if m is None or first in cues.NOT_SPEAKERS:
            continue
        if m.start() > ps and m.group(0)[0] not in " \t" and text[m.start() - 2] not in ".!?":
            continue
        if _dateline_label(text, ps, m.group("name")):
            continue  # 'KOHISTAN: At least 19 ...': the place the story is filed from
        ns, ne = m.start("name"), m.end("name")
        if _common_word_label(doc, ns, ne, text[m.start():ns]):
            continue  # '15:20 — Decision: eight matches': a live blog's heading, not a speaker
        colon = text.index(":", ne)
        cs, ce = trim(text, m.end(), pe)
        if ce - cs < 8 or not (text[cs] in "\"“‘'" or _has_clause(doc, cs, ce)):
            continue  # 'Sanders: Win in a walk.' is a section label, not a claim
        out.append(Cand(content=(cs, ce), cue=(colon, colon + 1), source=(ns, ne),
                        kind="indirect", origin="colon", sent=ps))
    return out


# ---------------------------------------------------------------- blocks and same_as

def _lead_blocks(text: str, blocks: tuple[Block, ...]) -> list[tuple[int, int]]:
    """Headline/standfirst ranges; without a structure stage, the short paragraphs before
    the first long one stand in for them."""
    lead = [(b.start, b.end) for b in blocks if b.kind in ("headline", "standfirst")]
    if lead or blocks:
        return lead
    out = []
    for s, e in paragraphs(text)[:3]:
        if len(_WORDS.findall(text[s:e])) > 30:
            break
        out.append((s, e))
    return out


def _content_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.lower()) if w not in _STOP}


def _plural_description(name: str) -> bool:
    """'survivors', 'residents', 'Tisza fishermen': a lower-case plural head, at most a
    place or people before it."""
    words = name.split()
    last = words[-1] if words else ""
    return bool(words) and last[:1].islower() and len(words) <= 3 and (
        last.endswith("s") or last.endswith("men") or last in ("people", "children"))


def _same_as(text: str, quotes: list[Quote], lead: list[tuple[int, int]]) -> list[Quote]:
    """Links a headline/standfirst quote to the body quote it shortens (token overlap)."""
    from dataclasses import replace
    in_lead = [q for q in quotes if any(s <= q.start < e for s, e in lead)]
    body = [q for q in quotes if q not in in_lead]
    out = {q.id: q for q in quotes}
    for q in in_lead:
        words = _content_words(text[q.start:q.end])
        best, score = None, 0.0
        for b in body:
            bw = _content_words(text[b.start:b.end])
            if not words or not bw:
                continue
            s = len(words & bw) / len(words)
            if s > score:
                best, score = b, s
        if best is not None and score >= 0.5:
            sp = q.speaker
            if sp.name is None or (sp.entity is None and best.speaker.name is not None
                                   and _plural_description(sp.name)):
                # "'We heard screaming': survivors describe ...": a headline speaks of the
                # people loosely; the body names who said it
                sp = Speaker(best.speaker.entity, best.speaker.name, sp.start, sp.end)
            out[q.id] = replace(q, same_as=best.id, speaker=sp,
                                via=q.via or best.via)
    return [out[q.id] for q in quotes]


# ---------------------------------------------------------------- the stage

def _continuations(text: str, marks: list[Marked], done: list[Cand]) -> list[Cand]:
    """Quotes with no cue that follow a direct quote in the same or the next paragraph
    belong to that quote's speaker; long ones with no speaker in reach are kept as
    unattributed quotes, short ones (scare quotes, titles) dropped."""
    paras = paragraphs(text)
    starts = [s for s, _ in paras]

    def para_of(pos: int) -> int:
        # Paragraphs are sorted and apart: only the last one starting by pos can hold it.
        k = bisect.bisect_right(starts, pos) - 1
        return k if k >= 0 and pos <= paras[k][1] else -1

    out = []
    for m in marks:
        glued = next((c for c in done if c.cue and c.source is not None
                      and 0 <= m.open - c.cue[1] <= 3 and not text[c.cue[1]:m.open].strip(" ,:")),
                     None)
        if glued is not None:
            # 'were holding up, he added, "despite everything".': words however short that
            # the cue's comma hands on are the same speaker's
            out.append(Cand(content=(m.start, m.end), cue=None, source=glued.source,
                            kind="direct", origin="continuation", src_tok=glued.src_tok,
                            via=list(glued.via)))
            continue
        prev = [c for c in done + out if c.content[1] <= m.start and c.source is not None
                and (c.kind != "indirect" or para_of(c.content[0]) == para_of(m.start))]
        words = len(_WORDS.findall(text[m.start:m.end]))
        if prev:
            p = max(prev, key=lambda c: c.content[1])
            later = [c for c in done if p.content[1] <= c.content[0] < m.start]
            if not later and para_of(m.start) - para_of(p.content[0]) <= 1 and words >= 3:
                out.append(Cand(content=(m.start, m.end), cue=None, source=p.source,
                                kind="direct", origin="continuation", src_tok=p.src_tok,
                                via=list(p.via)))
                continue
        if words >= 6:
            out.append(Cand(content=(m.start, m.end), cue=None, source=None, kind="direct",
                            origin="marks"))
    return out


def _said_this(doc, done: list[Cand]) -> list[Cand]:
    """'Minister X said this while briefing reporters': in South Asian and West African
    papers 'this' is the paragraph before, which then carries no attribution of its own."""
    text = text_of(doc)
    ar = cue_model.arrays(doc)
    lemma, kids, dep, lower = ar.lemma, ar.kids, ar.dep, ar.lower  # every word's, at hand
    out = []
    for verb in verbal_tokens(doc):  # verbs only: a Token per word costs
        if lemma[verb.i] not in ("say", "state", "disclose", "reveal", "tell") or not any(
                dep[c] == "dobj" and lower[c] in ("this", "these") for c in kids[verb.i]):
            continue
        ps = text.rfind("\n\n", 0, verb.idx)
        if ps < 0 or text[ps:verb.sent.start_char].strip():
            continue  # only the paragraph's first sentence looks back
        prev = text.rfind("\n\n", 0, ps)
        content = trim(text, prev + 2 if prev >= 0 else 0, ps)
        subj = subject_of(verb)
        if subj is None or content[1] - content[0] < 20 or any(
                c.content[0] < content[1] and content[0] < c.content[1]
                and c.cue_tok is not None and hasattr(c.cue_tok, "lemma_")
                and cues.is_speech_lemma(lemma_of(c.cue_tok)) for c in done):
            continue  # (a verb of doing the cue learner offered does not count)
        out.append(Cand(content=content, cue=cue_span(verb), source=source_span(subj),
                        kind="indirect", origin="anaphoric", cue_tok=verb, src_tok=subj,
                        sent=verb.sent.start_char))
    return out


def _headline_quotes(text: str, marks: list[Marked], done: list[Cand],
                     lead: list[tuple[int, int]]) -> list[Cand]:
    """"'We heard mortars before sunrise': families wait in Isfana": a headline that opens
    with a quotation and a colon quotes someone the body names (same_as finds whom)."""
    out = []
    for m in marks:
        if not m.closed or not any(s <= m.open < e for s, e in lead) \
                or text[m.close + 1:m.close + 3].strip()[:1] != ":" \
                or any(c.content[0] < m.end and m.start < c.content[1] for c in done):
            continue
        out.append(Cand(content=(m.start, m.end), cue=None, source=None, kind="direct",
                        origin="headline", sent=m.start))
    return out


def extract(doc, blocks: tuple[Block, ...] = (), coref=None,
            outlet: str | None = None) -> list[Quote]:
    """All quotes of one parsed article, in text order, as records.Quote."""
    text = text_of(doc)
    marks = find_marked(text)
    cands = find_candidates(doc)
    taken = {c.cue for c in cands}
    cands = _dedupe(cands + [c for c in _label_colon_cands(doc) if c.cue not in taken])
    cands += headless_cues(doc, cands)
    cands += trailing_subject_cues(doc, cands)
    cands += noun_read_cues(doc, cands)
    cands += displaced_that_clauses(doc, cands)
    cands += told_clause_on_object(doc, cands)
    cands += that_clause_on_participle(doc, cands)
    cands += how_described_cues(doc, cands)
    cands += reduced_relative_cues(doc, cands)
    cands += _said_this(doc, cands)
    cands += short_answers(doc, cands)
    cands = [c for c in cands if not deed_after_close(doc, c) and not subordinate_cue(c)
             and not quoted_person(doc, c)]
    quotation_read_out(text, cands)
    according_apposed(text, cands)
    while_cut(text, cands)
    cands, left = _merge(text, cands, marks)
    # English only: other languages go to ml_quotes.py (see quotes_stage).
    extra, left = _direct_from_marks(doc, left, cands) if doc.has_annotation("DEP") else ([], left)
    cands = sorted(cands + extra, key=lambda c: c.content[0])
    cands = renderings_dropped(text, cands)  # 'according to an AFP translation'
    chain_vias(doc, cands)
    cands = sorted(cands + set_apart_posts(doc, cands), key=lambda c: c.content[0])
    cands = according_cited(doc, cands)  # 'According to A, which cited B, ...'
    relay_sentences(doc, cands)
    interview_cited(text, cands)
    medium_told_that(text, cands)
    cands += _continuations(text, left, cands)
    cands += transcript_answers(text, cands)
    exchange_medium(doc, cands, outlet)
    cands += _headline_quotes(text, left, cands, _lead_blocks(text, blocks))
    cands += quoted_reports(doc, cands)
    cands += reported_within(doc, cands)
    cands = [c for c in cands if well_formed(c, len(text)) and not idle_object(c)
             and not only_a_medium(doc, c) and not gerund_source(c)]
    cands = without_document_echoes(text, cands)
    cands = _without_scare_quotes(doc, cands)
    for c in cands:
        past_time_phrase(doc, c)
        with_addressee(doc, c)
        described_as(doc, c)
        platform_in_source(text, c)
        medium_before_that(text, c)
        interview_tail(text, c)
        medium_named_before(doc, c)
        relative_subject(doc, c)
        interpreted_for(doc, c)
        dateline_head(text, c)
    cands.sort(key=lambda c: (c.content[0], c.content[1]))
    quotes: list[Quote] = []
    quoted: list = []
    speakers = Speakers(doc, coref, quoted, outlet)
    for k, c in enumerate(cands, start=1):
        try:
            sp = speakers.resolve(c)
        except (IndexError, ValueError):
            # A slip in speaker resolution on odd text costs this quote its speaker, not
            # the whole article its analysis.
            sp = Speaker(None, None, None, None)
        if sp.name and _MARK_LEFT.search(sp.name):
            # "The 'independent' observers": the outlet's scare marks are no part of who spoke
            sp = replace(sp, name=" ".join(_MARK_LEFT.sub("", sp.name).split()))
        if c.origin == "continuation" and c.source is not None:
            sp = Speaker(sp.entity, sp.name, None, None) if sp.name else sp
        q = Quote(id=f"q{k}", kind=c.kind, start=c.content[0], end=c.content[1],
                  cue=Span(*c.cue) if c.cue else None, speaker=sp,
                  via=via_records(doc, coref, c.via, outlet))
        if c.kind != "indirect":
            quoted.append((c.content, sp))
        quotes.append(q)
    quotes = continued_into(text, without_nested_reports(text, quotes))
    quotes = pronoun_after_role(doc, text, quotes, coref)
    quotes = named_by_head_later(text, named_next(text, quotes, coref), coref)
    quotes = signed_lines(text, named_after_role(text, quotes, coref, paragraphs(text)), coref)
    quotes = only_named(text, described_body(text, quotes, coref, outlet))
    quotes = document_again(text, age_epithet_before(text, quotes, coref, paragraphs(text)))
    quotes = demonym_speakers(doc, text, quotes, coref)  # 'the Italian said'
    quotes = split_halves(text, quotes)
    quotes = one_programme(text, posted_before(doc, coref, quotes, outlet))
    quotes = pronoun_media(doc, coref, text, quotes, outlet)  # 'on its podcast, X. ..., he said
    quotes = passed_on_by_spokesman(text, coref, same_interview(text, quotes))
    quotes = relay_frames(text, coref, quotes)  # 'X said Y had asked him to tell ... that'
    quotes = fronted_medium(text, quotes)  # 'Speaking to Adom FM, in remarks ..., X said'
    quotes = carried_vias(text, quotes, _paragraph_index(text))
    quotes = earlier_medium(text, quotes, _paragraph_index(text))
    quotes = _caps_headline_speakers(text, quotes, coref)
    quotes = acronym_titles(text, full_names(text, read_out_speakers(text, quotes, coref), coref),
                            coref)
    lead = _lead_blocks(text, blocks)
    return headline_roles(text, _same_as(text, quotes, lead), lead, coref)


# Where a capitalised headline's speaker phrase stops: 'SAYS TRADE MINISTER AS ROW DEEPENS'.
_CAPS_CLAUSE = re.compile(r"\s+(?:AS|AFTER|AMID|WHILE|OVER|IN|ON|AT|FOLLOWING|BEFORE|DESPITE|WITH|"
                          r"BUT|TO)\b.*$", re.S)


def _caps_headline_speakers(text: str, quotes: list, coref) -> list:
    """"'WE WILL NOT BLINK,' SAYS TRADE MINISTER AS ROW DEEPENS": a headline set in capitals
    names its speaker by role; the body gives the role with a name ('Trade Minister Aurelio
    Santos'), and that person said it. A role the body never names keeps its own words."""
    if coref is None:
        return quotes
    out = []
    for q in quotes:
        sp = q.speaker
        words = text[sp.start:sp.end] if sp.start is not None else ""
        if words.isupper() and len(words.split()) >= 2 and "\n" not in words:
            role = _CAPS_CLAUSE.sub("", words).strip()
            q = replace(q, speaker=_body_holder(text, role, sp.end, coref)
                        or Speaker(sp.entity, role.title(), sp.start, sp.start + len(role)))
        out.append(q)
    return out


def _body_holder(text: str, role: str, after: int, coref) -> Speaker | None:
    """The first person the body names right after the role in ordinary case."""
    if not role or len(role.split()) > 4:
        return None
    pat = r"\b" + r"\s+".join(re.escape(w) for w in role.split()) + \
        r",?\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)"
    for m in re.finditer(pat, text[after:], re.I):
        if m.group(0).isupper():
            continue
        s, e = after + m.start(1), after + m.end(1)
        ent = coref.entity_at(s, e)
        if ent is not None and ent.type == "PERSON":
            return Speaker(ent.id, ent.name, s, e)
    return None


# A short quoted run and the noun it modifies: "'independent' auditors", "the 'temporary'
# council" (the outlet keeping its distance from a word, not quoting anyone).
_SCARE = re.compile(r"[\"“‘'](?P<w>[\w-]+(?:\s[\w-]+){0,2})[\"”’']\s+(?P<n>[a-z][\w-]*)")
_MARK_LEFT = re.compile(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")


def _scare_only(doc, c: Cand) -> bool:
    """Whether every quotation mark in a candidate's content belongs to scare quotes: a
    short quoted run the parser hangs as a modifier on the noun right after it."""
    text = text_of(doc)
    s, e = c.content
    body = text[s:e]
    scares = set()
    for m in _SCARE.finditer(body):
        span = doc.char_span(s + m.start("w"), s + m.end("w"), alignment_mode="contract")
        noun = s + m.start("n")
        if span is not None and len(span) and span[-1].dep_ in ("amod", "compound", "nmod") \
                and span[-1].head.idx == noun and span[-1].head.pos_ in ("NOUN", "PROPN"):
            scares.add(m.span())
    if not scares:
        return False
    rest = _SCARE.sub(lambda m: m.group("w") if m.span() in scares else m.group(0), body)
    return not _MARK_LEFT.search(rest)


def _without_scare_quotes(doc, cands: list[Cand]) -> list[Cand]:
    """'The firm hired 'independent' auditors': a mixed quote made only of scare quotes is
    no quotation; what is left is at most the verb's indirect report."""
    for c in cands:
        if c.kind == "mixed" and _scare_only(doc, c):
            c.kind = "indirect"
    return cands


def _paragraph_index(text: str):
    """pos -> the index of the paragraph it falls in (the last one starting by pos)."""
    starts = [s for s, _ in paragraphs(text)]
    return lambda pos: bisect.bisect_right(starts, pos) - 1



@stage("quotes", requires=("doc", "blocks", "entities", "coref"), provides=("quotes",))
def quotes_stage(state: State) -> dict:
    values = state.values
    if state.doc.lang_ != "en":  # no parser: per-language cue lexicons and rules
        from .ml_quotes import find_quotes
        return {"quotes": find_quotes(state.doc, state.text, state.language,
                                      tuple(values.get("entities") or ()),
                                      tuple(values.get("blocks") or ()),
                                      outlet=state.article.outlet)}
    remember_text(state.doc, state.article.text)
    quotes = extract(state.doc, tuple(values.get("blocks") or ()), values.get("coref"),
                     state.article.outlet)
    quotes = rerank(state.doc, values.get("coref"), quotes, paragraphs(state.text))
    quotes = person_of_body(state.text, quotes, values.get("coref"))
    quotes = cueless_paragraphs(state.text, quotes, _paragraph_index(state.text))
    # 'X, on X: "..."': read once the speakers are final
    quotes = occasion_vias(state.doc, values.get("coref"), state.text, quotes, state.article.outlet)
    quotes = relay_slots(state.doc, values.get("coref"), state.text, quotes, state.article.outlet)
    return {"quotes": tuple(quotes)}


__all__ = ["quotes_stage", "extract", "find_marked", "paragraphs", "Marked"]
