"""Reported speech in articles without a spaCy parser: quotes, cue, speaker, via (by marks and cues).
Inputs: article text, language, entities from ml_entities; the blank-'xx' Doc is accepted, unused.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import Entity, Quote, Span, Speaker, Via
from . import ml_lexicon as L
from .ml_entities import quote_pairs, sentences, titles_of, words
from .ml_media import (AGENCY_RE, AR_FROM, AR_SAYING, DATIVE_AFTER, RELAY_RE, TRAILING_RELAY,
                       agency_like, as_via, find_vias, is_medium, quoted_medium, relayed_by,
                       told_to)


_SPEAKING_TYPES = ("PERSON", "ORG", "NORP")
_TITLE_KEYS = frozenset(L.fold(t) for t in L.ALL_TITLES)


def _is_title(w: str) -> bool:
    """'l'ambassadeur', 'dell'assessore' and 'ambassadeur' are one role word."""
    f = L.fold(w).replace("’", "'")
    return f in _TITLE_KEYS or f.rsplit("'", 1)[-1] in _TITLE_KEYS


_SOURCE_TYPES = ("PERSON", "ORG", "GPE", "NORP", "OTHER")
_END_PUNCT = " \t\n.,;:!?؟،۔»«“”„\"'’‹›"


@dataclass(frozen=True)


class Lang:
    """Compiled cue patterns for one language."""

    cue: re.Pattern[str]
    according: re.Pattern[str]
    that: re.Pattern[str]
    channels: tuple[tuple[str, re.Pattern[str]], ...]
    statement: re.Pattern[str]
    agency_words: re.Pattern[str]


_CACHE: dict[str, Lang] = {}


def _lang(language: str) -> Lang:
    if language not in _CACHE:
        acc = L.ACCORDING.get(language, r"(?!x)x")
        that = L.THAT.get(language, r"(?!x)x")
        _CACHE[language] = Lang(
            cue=L.cue_regex(language),
            according=re.compile(rf"(?<![\w-])(?:{acc})(?![\w-])", re.I),
            that=re.compile(rf"(?<![\w-])(?:{that})(?=[\s\w])", re.I),
            channels=tuple((name, re.compile(rf"(?<![\w-])(?:{pat})(?![\w-])"))
                           for name, pat in L.CHANNELS.items()),
            statement=re.compile(rf"(?<![\w-])(?:{L.STATEMENT_WORDS})(?![\w-])", re.I),
            agency_words=re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
                map(re.escape, L.AGENCY_WORDS + L.AGENCY_WORDS_ARABIC)), re.I),
        )
    return _CACHE[language]


class _Index:
    """Entity mentions of the article in text order, for nearest-mention lookups."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        rows = sorted((m.start, m.end, e) for e in entities for m in e.mentions)
        self.rows = rows
        self.starts = [r[0] for r in rows]

    def within(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.rows) and self.rows[i][0] < end:
            if self.rows[i][1] <= end:
                out.append(self.rows[i])
            i += 1
        return out


def find_quotes(doc, text: str, language: str | None, entities: Iterable[Entity] = (),
                blocks: Iterable = ()) -> tuple[Quote, ...]:
    """Direct, mixed and indirect quotes of one non-English article, ids q1, q2, ..."""
    lang = (language or "").lower()[:2]
    entities = tuple(entities)
    try:
        return _find(text, lang, entities)
    except (ValueError, IndexError, KeyError):  # odd text never stops the article
        return ()


def _find(text: str, lang: str, entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    rules = _lang(lang)
    index = _Index(entities)
    roles = titles_of(text, entities, lang)
    pairs = quote_pairs(text)
    found: list[tuple[int, int, str, Span | None, Speaker, tuple[Via, ...]]] = []
    last: Speaker | None = None
    prev_end = -1
    for s, e in sentences(text):
        d = _DATELINE_AT.match(text, s, e)
        if d and _in_dateline(text, s):
            s = d.end()  # "مشهد — به گزارش ...": the sentence proper starts after the dash
        inside = [(o, c) for o, c in pairs if s <= o and c < e]
        cues = [m for m in rules.cue.finditer(text, s, e)
                if not any(o < m.start() < c for o, c in inside)]
        continuing = last is not None and "\n" not in text[prev_end:s] and prev_end >= 0
        rows = (_direct(text, lang, rules, index, roles, s, e, inside, cues, last, continuing)
                if inside else _indirect(text, lang, rules, index, roles, s, e, cues, last))
        if inside and rows:
            rows += _trailing_that(text, rules, index, s, e, inside, cues, rows[-1])
        found += rows
        for row in rows:
            if row[4].name:
                last = row[4]
        if not rows:
            last = None if "\n" in text[prev_end:s] else last
        prev_end = e
    quotes = []
    for n, (qs, qe, kind, cue, speaker, via) in enumerate(sorted(found, key=lambda r: r[0]), 1):
        if not _plausible(text, speaker, pairs):
            speaker = Speaker(None, None, None, None)
        elif lang == "tr" and speaker.name and _TR_CASE.search(speaker.name):
            cut = _TR_CASE.search(speaker.name).start()  # "DHA'nın" -> "DHA"
            speaker = Speaker(speaker.entity, speaker.name[:cut], speaker.start,
                              (speaker.start or 0) + cut if speaker.start is not None else None)
        quotes.append(Quote(f"q{n}", kind, qs, qe, cue, speaker, via))
    return tuple(quotes)


_TR_CASE = re.compile(r"['’][a-zçğıöşü]{1,5}$")
# Media nouns in the dative: "Yunan basınına" ('to the Greek press') says whom words reached.
_TR_MEDIA_DATIVE = re.compile(r"(?:basın|medya|gazete|televizyon|ajans|kanal)\w*(?:n|y)[ae]$",
                              re.I)


def _plausible(text: str, sp: Speaker, pairs) -> bool:
    """A speaker is never words inside a quotation, a dateline, an adverbial phrase opening
    on a preposition ('tra le lacrime') or a medium the words were told to."""
    if sp.start is None or sp.end is None:
        return True
    if any(o < sp.start < c for o, c in pairs) or _in_dateline(text, sp.start):
        return False
    if sp.entity is not None:
        return True
    toks = words(text, sp.start, sp.end)
    if not toks:
        return False
    first = text[toks[0][0]:toks[0][1]].lower()
    if first in _PREPOSITIONS or first in _OPENING_PREPS:
        return False
    if _COUNT.search(text, sp.start, sp.end):
        return False  # "about 2", "les 400 habitants": a count, not a source
    line_s = text.rfind("\n", 0, sp.start) + 1
    line_e = text.find("\n", sp.end)
    if len(toks) == 1 and not text[line_s:sp.start].strip() and \
            not text[sp.end:line_e if line_e >= 0 else len(text)].strip(" .:"):
        return False  # "Videos" alone on its line: page furniture
    return not _TR_MEDIA_DATIVE.search(text[toks[-1][0]:toks[-1][1]])


# A number standing alone ("2 000 manifestants"), not one inside a name ("3bmeteo", "A10").
_COUNT = re.compile(r"(?<![\w.])\d[\d .,]*(?![\w])")
_OPENING_PREPS = frozenset("""tra fra con per su dopo senza avec sans pendant après sur pour
    mit nach während ohne für con sin tras durante hacia με μετά χωρίς για""".split())


_DATELINE_AT = re.compile(r"[^\n]{1,60}?\s[—–]\s")


def _in_dateline(text: str, pos: int) -> bool:
    """'VELIGRAD — ...', 'TEHRAN (AFP) — ...': the place and wire before a line's dash."""
    line = text.rfind("\n", 0, pos) + 1
    m = _DATELINE_AT.match(text, line)
    if not m or pos >= m.end():
        return False
    head = text[line:m.end()].strip(" —–")
    return head.upper() == head or len(words(head)) <= 3


_DATELINE = re.compile(r"[^\n]{1,40}? [—–] ")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    m = _DATELINE.match(text, s, e)
    if m and (s == 0 or text[s - 1] == "\n"):
        s = m.end()
    while s < e and text[s] in _END_PUNCT:
        s += 1
    while e > s and text[e - 1] in _END_PUNCT:
        e -= 1
    return s, e


# ---------------------------------------------------------------- direct quotes


def _direct(text, lang, rules, index, roles, s, e, inside, cues, last, continuing):
    rows = []
    titles = [(o, c) for o, c in inside if quoted_medium(text, o, c)]
    inside = [p for p in inside if p not in titles]  # "sagte er der „Bild“": a paper, not words
    if titles and not inside:  # "sagte der „Neuen Zürcher Zeitung“, die Initiative hätte ..."
        return _indirect(text, lang, rules, index, roles, s, e, cues, last)
    outside = _outside(s, e, inside)
    for o, c in inside:
        qs, qe = _trim(text, o + 1, c)
        if qe <= qs:
            continue
        n_words = len(words(text, qs, qe))
        cue = _nearest_cue(cues, o, c)
        if cue is None and n_words <= 3:
            continue  # a scare quote, not reported speech
        whole = n_words >= 2 and _stands_alone(text, s, e, o, c)
        kind = "direct" if whole else "mixed"
        if cue is None:
            if not (continuing and whole and last is not None):
                if n_words < 6:
                    continue
                rows.append((qs, qe, "direct", None, Speaker(None, None, None, None), ()))
                continue
            speaker = last
        else:
            that = rules.that.search(text, cue.end(), o) if kind == "mixed" and \
                cue.end() <= o and lang in ("ar", "fa", "ur") else None
            if that is not None and text[that.end():o].strip():
                # 'وقال دبلوماسي ... إن الاتحاد سيراقب الوضع "عن كثب"': the reported clause
                # holds the quoted words, and its subject is not the speaker
                qs = _trim(text, that.end(), qe)[0]
                mine = [(x, min(y, that.start())) for x, y in outside if x < that.start()]
                speaker = _speaker(text, lang, rules, index, roles, s, e, cue, mine, last)
            else:
                speaker = _speaker(text, lang, rules, index, roles, s, e, cue, outside, last)
        via = find_vias(text, rules, index, s, e, speaker, inside)
        rows.append((qs, qe, kind, Span(cue.start(), cue.end()) if cue else None, speaker, via))
    return rows


def _trailing_that(text, rules, index, s, e, inside, cues, prev):
    """'..."، مضيفا أن فرقا طبية أرسلت', '», ajoutant que ...': after the quotation, a second
    cue with its complementiser reports more words of the same speaker."""
    inside = [p for p in inside if not quoted_medium(text, *p)]
    if not inside:
        return []
    close = inside[-1][1]
    for cue in cues:
        if cue.start() <= close or rules.according.fullmatch(cue.group()):
            continue
        gap = text[cue.end():min(e, cue.end() + 4)]
        that = rules.that.match(text, cue.end() + len(gap) - len(gap.lstrip()))
        if that is None or prev[4].name is None:
            continue
        qs, qe = _trim(text, that.end(), e)
        if len(words(text, qs, qe)) < 3:
            continue
        via = find_vias(text, rules, index, s, e, prev[4], [(qs - 1, qe)] + list(inside))
        return [(qs, qe, "indirect", Span(cue.start(), cue.end()), prev[4], via)]
    return []


def _outside(s: int, e: int, inside) -> list[tuple[int, int]]:
    out, pos = [], s
    for o, c in inside:
        if o > pos:
            out.append((pos, o))
        pos = c + 1
    if pos < e:
        out.append((pos, e))
    return out


def _stands_alone(text: str, s: int, e: int, o: int, c: int) -> bool:
    """Whether the quotation is a whole utterance, not a phrase inside the writer's sentence."""
    before = text[s:o].rstrip()
    after = text[c + 1:e].lstrip()
    capital = not text[o + 1:c].lstrip()[:1].islower()  # a phrase inside a sentence starts lower-case
    return (not before or before.endswith((":", ",", "،", "—"))
            or (capital and after.startswith((",", "،")))
            or (capital and text[c - 1] in ".!?؟" and not after.strip(" .")))


def _nearest_cue(cues, o: int, c: int):
    best, dist = None, 10 ** 9
    for m in cues:
        d = o - m.end() if m.end() <= o else m.start() - c
        if 0 <= d < dist or (d < 0 and dist == 10 ** 9):
            best, dist = m, max(d, 0)
    return best


# ---------------------------------------------------------------- indirect quotes


def _indirect(text, lang, rules, index, roles, s, e, cues, last):
    acc = rules.according.search(text, s, e)
    per = _PER_SOURCE.match(text, s) if lang in ("it", "fr", "es") else None
    if per is not None and "," in text[per.end():min(e, per.end() + 60)]:
        acc = per  # "Per i meteorologi di 3bmeteo, la pioggia ...": for them, i.e. they say
    if not cues and lang == "de" and last is not None and _KONJUNKTIV_SUBJECT.match(text, s):
        qs, qe = _trim(text, _KONJUNKTIV_SUBJECT.match(text, s).start(1), e)
        return [(qs, qe, "indirect", None, last, ())]  # "Sie rechne mit massiven Ausfällen."
    if acc is not None:
        relayed = _relayed(text, lang, rules, index, roles, s, e, acc, cues, last)
        if relayed:
            return relayed
        row = _according(text, lang, rules, index, roles, s, e, acc, cues, last)
        if row:
            return [row]
    return _by_cue(text, lang, rules, index, roles, s, e, s, cues, last)


def _relayed(text, lang, rules, index, roles, s, e, acc, cues, last):
    """'İran devlet televizyonunun aktardığına göre, Vali X ... söyledi' / 'Selon l'agence
    X, le ministre Y a affirmé que ...': the according-phrase names a medium and another cue
    has its own speaker; the medium is then a via, never the speaker."""
    if lang in ("tr", "ur"):
        head = text[s:acc.start()]
        src = (s + max(head.rfind(","), head.rfind("،")) + 1, acc.start())
        rest = _clause_end(text, acc.end(), e) + 1 if acc.end() < e else e
        rest = acc.end() if rest >= e else rest
    else:
        src = (acc.end(), _clause_end(text, acc.end(), e))
        rest = src[1] + 1
    if not is_medium(text, rules, *src):
        return []
    later = [c for c in cues if c.start() >= rest and not rules.according.fullmatch(c.group())]
    if not later:
        return []
    rows = _by_cue(text, lang, rules, index, roles, rest, e, s, later, last)
    return [r for r in rows if r[4].start is None or r[4].start >= rest]


def _null_subject(text: str, s: int, cue, rules: Lang, e: int) -> bool:
    """'Ha aggiunto che ...', 'Πρόσθεσε ότι ...': a sentence opening on its cue and its
    complementiser has the subject of the sentence before."""
    if text[s:cue.start()].strip(" \n\"'«“„—–-"):
        return False
    that = rules.that.match(text, cue.end() + len(text[cue.end():e]) - len(text[cue.end():e].lstrip()))
    return that is not None


def _by_cue(text, lang, rules, index, roles, s, e, sent_s, cues, last):
    for cue in cues:
        if rules.according.fullmatch(cue.group()):
            continue
        that = rules.that.match(text, _skip_to_that(text, cue.end(), e, rules))
        if that is not None and that.start() - cue.end() <= 80:
            qs, qe = _trim(text, that.end(), e)
        elif _sentence_final(text, cue, s, e, lang):
            qs, qe = _content_before(text, s, cue, lang)
            inner = _inner_subject(text, lang, rules, index, roles, s, cue, cues, e, last)
            if inner is not None:  # "Les pompiers craignent ..., a rapporté l'agence."
                via = find_vias(text, rules, index, sent_s, e, inner, [(qs - 1, qs)])
                return [(qs, qe, "indirect", Span(cue.start(), cue.end()), inner, via)]
        elif lang == "de" and _konjunktiv_after(text, cue, e):
            qs, qe = _trim(text, _clause_end(text, cue.end(), e) + 1, e)
        elif _ANNOUNCE.fullmatch(cue.group()) and _announced(text, s, cue, e, lang):
            qs, qe = _announced(text, s, cue, e, lang)
        elif _AS_SAID.fullmatch(cue.group()) and text[s:cue.start()].strip() == "" \
                and text[cue.end():cue.end() + 2].lstrip().startswith(","):
            qs, qe = _trim(text, cue.end(), e)  # "Όπως είπε, μικρές ζημιές ...": as he said
        elif _REQUEST.fullmatch(cue.group()) and _REQUEST_MARK.search(text, cue.end(),
                                                                      min(e, cue.end() + 60)):
            mark = _REQUEST_MARK.search(text, cue.end(), min(e, cue.end() + 60))
            qs, qe = _trim(text, mark.end(), e)  # "κάλεσε την κυβέρνηση να αποσύρει ..."
        elif _as_reported(text, s, cue, e):
            qs, qe, src = _as_reported(text, s, cue, e)
            speaker = _reporter(text, index, roles, *src, last)
            if speaker.name and len(words(text, qs, qe)) >= 3:
                via = find_vias(text, rules, index, sent_s, e, speaker, [(qs - 1, qe)])
                return [(qs, qe, "indirect", Span(cue.start(), cue.end()), speaker, via)]
            continue
        else:
            continue
        tail = TRAILING_RELAY.search(text, qs, qe)
        if tail is not None:  # "..., riferisce l'agenzia Adnkronos": the medium, not the words
            qs, qe = _trim(text, qs, tail.start())
        if len(words(text, qs, qe)) < (2 if lang in ("tr", "fa", "ur") else 3):
            continue
        relayed_from = AR_FROM.match(text, cue.end(), e) if lang == "ar" else None
        if relayed_from is not None:  # "ونقلت وكالة X عن مسؤول محلي قوله": the official
            a = relayed_from.end()
            b = AR_SAYING.search(text, a, min(e, a + 80))
            speaker = _speaker_in(text, index, roles, a, b.start() if b else qs, last)
        elif last is not None and (_null_subject(text, s, cue, rules, e)
                                   or _AS_SAID.fullmatch(cue.group())):
            speaker = last
        else:
            speaker = _speaker(text, lang, rules, index, roles, s, e, cue, [(s, qs), (qe, e)],
                               last)
        if speaker.start is not None and speaker.start < qe and qs < (speaker.end or 0):
            speaker = _speaker_in(text, index, roles, s, qs, last)  # the subject before the clause
        source = _TR_ABLATIVE_SOURCE.search(text, s, qs) if lang == "tr" else None
        if source is not None:  # "Antalya Valiliği'nden yapılan açıklamada, ... bildirildi"
            speaker = _speaker_in(text, index, roles, s, source.start(1), last)
        if _RELAY_VERB.fullmatch(cue.group()) and text[s:cue.start()].rstrip().endswith(",") \
                and is_medium(text, rules, cue.end(), _clause_end(text, cue.end(), e)):
            # "Το υπουργείο απέρριψε ..., μεταδίδει το πρακτορείο Ρόιτερς, λέγοντας ότι ...":
            # the medium relays what the sentence's subject said
            hits = [h for h in index.within(s, _clause_end(text, s, cue.start()))
                    if h[2].type in _SPEAKING_TYPES]
            speaker = _named(text, hits[0][2], hits[0][0], hits[0][1]) if hits else speaker
        if speaker.name is None:
            continue
        via = find_vias(text, rules, index, sent_s, e, speaker, [(qs - 1, qe)])
        return [(qs, qe, "indirect", Span(cue.start(), cue.end()), speaker, via)]
    return []


_AS_SAID = re.compile(r"(?:όπως|comme|come|como|wie)\s+\w+", re.I)
# Verbs of asking whose content follows an infinitive or subjunctive marker ("a appelé à",
# "ha chiesto di", "κάλεσε ... να", "forderte ... zu").
_REQUEST = re.compile(r"κάλεσε|ζήτησε|ha chiesto|hanno chiesto|a appelé|a demandé|ont appelé|"
                      r"ont demandé|pidió|pidieron|خواست|خواستند", re.I)
_REQUEST_MARK = re.compile(r"(?<![\w-])(?:να|di|de|à|a|تا)\s")
# "..., wie die Zeitung „Blick“ berichtete.": the words come first, their reporter last.
_AS_REPORTED = re.compile(r"[,،]\s*(?:wie|comme|come|como|όπως)\s+(?:l['’]\w+\s+)?"
                          r"(?P<src>[^,،.]{2,60}?)\s*$", re.I)


_TR_ABLATIVE_SOURCE = re.compile(r"(['’]n?[dt][ae]n)\s+yapılan\s+(?:\S+\s+)?(?:açıklama|duyuru)")
_PER_SOURCE = re.compile(r"(?:Per|Pour|Para)\s+(?:il|lo|la|i|gli|le|l['’]|les|el|los|las)\s*")
# A sentence opening on a pronoun and a verb in the first subjunctive reports speech by itself.
_KONJUNKTIV_SUBJECT = re.compile(r"(?:Er|Sie|Man|Dieser|Diese)\s+((?:sei|habe|werde|könne|müsse|"
                                 r"dürfe|wolle|solle|\w+[^t\W]e)(?!\w))")
_RELAY_VERB = re.compile(r"a rapporté|rapporte|riferisce|riporta|informó|informa|berichtete|"
                         r"meldete|μεταδίδει|μετέδωσε|ανέφερε", re.I)


def _inner_subject(text, lang, rules, index, roles, s, cue, cues, e, last) -> Speaker | None:
    """A medium's closing relay of a sentence that has its own speech verb and subject: the
    subject speaks, the medium relays."""
    if not _RELAY_VERB.fullmatch(cue.group()):
        return None
    after = text[cue.end():e]
    if not (is_medium(text, rules, cue.end(), e) or _ANAPHOR_MEDIUM.search(after)):
        return None
    inner = [c for c in cues if c.end() <= cue.start() and not rules.according.fullmatch(c.group())]
    if not inner or inner[0].start() <= s:
        return None
    sp = _speaker_in(text, index, roles, s, inner[0].start(), last)
    return sp if sp.name else None


_ANAPHOR_MEDIUM = re.compile(rf"(?<![\w-])(?:{L.AGENCY_ANAPHORS})(?![\w-])", re.I)


def _as_reported(text: str, s: int, cue, e: int):
    if text[cue.end():e].strip(" .!?\n"):
        return None
    m = _AS_REPORTED.search(text, s, cue.start())
    if m is None:
        return None
    qs, qe = _trim(text, s, m.start())
    return qs, qe, m.span("src")


def _reporter(text: str, index, roles, a: int, b: int, last) -> Speaker:
    """The reporter of an 'as X reported' clause; a title in quotation marks is its name."""
    title = re.search(r"[„«\"“]\s?([^„«»\"“”]{2,40}?)\s?[“»\"”]", text[a:b])
    if title:
        return Speaker(None, title.group(1), a, b)
    return _speaker_in(text, index, roles, a, b, last)


# Announcing verbs whose object is the news itself: "anunció el cierre de la refinería",
# "أعلنت الوزارة، الاثنين، ارتفاع عدد الإصابات", "... بند کرنے کا اعلان کیا".
_ANNOUNCE = re.compile(r"(?:a|ont) annoncé|annonce|anunció|anunciaron|ha anunciado|"
                       r"(?:a|ont) décrété|(?:a|ont) ordonné|decretó|ordenó|pidió|prometió|"
                       r"ha ordinato|ha promesso|hanno promesso|ha decretato|forderte|"
                       r"verlangte|versprach|ordnete|"
                       r"ha annunciato|hanno annunciato|annuncia|ανακοίνωσε|ανακοίνωσαν|"
                       r"(?:و)?أعلن(?:ت)?|نے اعلان کیا|اعلان کیا|اعلان کر دیا|"
                       r"حکم (?:بھی )?دیا", re.I)
_UR_OBJECT = re.compile(r"\s(?:کا|کی)\s*$")


def _announced(text: str, s: int, cue, e: int, lang: str) -> tuple[int, int] | None:
    """The announced thing as reported content, when no complementiser follows the verb."""
    if lang == "ur":  # "پنجاب حکومت نے ... بند کرنے کا اعلان کیا": between نے and کا
        head = text[s:cue.start()]
        erg = head.find(" نے ")
        if erg < 0 or not _UR_OBJECT.search(head):
            return None
        qs, qe = _trim(text, s + erg + 4, s + _UR_OBJECT.search(head).start())
    elif lang == "ar":  # VSO: "أعلنت وزارة الصحة، الاثنين، ارتفاع ...": after the last comma
        window = text[cue.end():min(e, cue.end() + 70)]
        commas = [k for k, ch in enumerate(window) if ch == "،"]
        if len(commas) < 2 or len(window[commas[-2] + 1:commas[-1]].split()) > 3:
            return None  # only "، الاثنين،" (a date set off by commas) parts subject and object
        cut = commas[-1]
        qs, qe = _trim(text, cue.end() + cut + 1, e)
    elif lang in ("fr", "es", "it", "el", "de"):
        qs, qe = _trim(text, cue.end(), _clause_end(text, cue.end(), e) if lang != "el" else e)
        first = words(text, qs, qe)[:1]
        if not first or text[first[0][0]:first[0][1]].lower() in L.PRONOUNS:
            return None
    else:
        return None
    return (qs, qe) if len(words(text, qs, qe)) >= 4 else None


_KONJUNKTIV = re.compile(r"\b(?:habe|sei|seien|werde|könne|müsse|dürfe|wolle|solle|hätten?|"
                         r"wären?|würden?)\b")


_DE_SUBORDINATORS = frozenset("""nachdem als bevor während weil obwohl wenn da damit sodass der
    die das den dem deren dessen welche welcher wie wo und aber""".split())


def _konjunktiv_after(text: str, cue, e: int) -> bool:
    """'sagte Pompeo, der General habe ... vorbereitet': German reports speech without 'dass'
    by the subjunctive in the clause after the comma."""
    comma = _clause_end(text, cue.end(), min(e, cue.end() + 80))
    if comma >= min(e, cue.end() + 80) or text[comma] not in ",،":
        return False
    after = words(text, comma, e)
    first = text[after[0][0]:after[0][1]].lower() if after else ""
    article = first in ("der", "die", "das", "den", "dem") and len(after) > 1 \
        and text[after[1][0]].isupper()  # "die Schäden seien": an article, not a relative
    if not after or (first in _DE_SUBORDINATORS and not article):
        return False  # "sagte er, nachdem ...": an adverbial clause, not the words said
    return bool(_KONJUNKTIV.search(text, comma, e)) or len(after) >= 4


def _skip_to_that(text: str, pos: int, e: int, rules: Lang) -> int:
    """After the cue, the complementiser may follow a speaker or an adverbial ("a affirmé
    jeudi que", "وقال المسؤول ... إن"); the first one within reach counts."""
    m = rules.that.search(text, pos, min(e, pos + 80))
    return m.start() if m else pos


def _sentence_final(text: str, cue, s: int, e: int, lang: str) -> bool:
    """', a annoncé le Pentagone.' / Turkish '... söyledi.': the cue closes the sentence."""
    rest = text[cue.end():e]
    if lang in ("fa", "ur"):
        return False  # their reported clauses follow the verb with که / کہ
    if lang == "tr":  # "Kulivend, yaralıların ... kaldırıldığını söyledi."
        before = words(text, s, cue.start())
        last = text[before[-1][0]:before[-1][1]] if before else ""
        return len(words(rest)) <= 1 and ("," in text[s:cue.start()] or bool(_TR_CLAUSE.search(last)))
    comma = text[max(0, cue.start() - 3):cue.start()]
    head = text[s:cue.start()].rstrip()
    return "," in comma and len(words(rest)) <= 8 and not _appositive_subject(head)


# Turkish reported clauses end in a nominalised verb: "kaldırıldığını", "geleceğini".
_TR_SETTING = re.compile(r"\s*(?:\S+\s+){0,5}?(?:yaptığı|verdiği|katıldığı|düzenlediği)\s+"
                         r"(?:\S+\s+)?(?:açıklamada|açıklamasında|demeçte|konuşmada|paylaşımda|"
                         r"mesajda|röportajda|basın toplantısında|toplantıda)\s+")


_TR_CLAUSE = re.compile(r"(?:d[ıiuü]ğ|t[ıiuü]ğ|[ae]c[ae]ğ)[ıiuü](?:n[ıiuü])?$")
# The subject's comma: the first one after which the clause goes on in lower case ("Çevre,
# Şehircilik ve İklim Değişikliği Bakanı Murat Yılmaz, sosyal medya ..."), and the particles
# that close a Turkish subject ("Karayolları Genel Müdürlüğü de ...", "Vali ise ...").
_TR_SUBJECT_COMMA = re.compile(r",\s+(?=[a-zçğıöşü0-9\"“])")
_TR_SUBJECT_END = re.compile(r"\s(?:de|da|ise|dahi)\s")


def _content_before(text: str, s: int, cue, lang: str) -> tuple[int, int]:
    if lang in ("tr", "fa", "ur"):
        # "Kulivend, yaralıların ... kaldırıldığını söyledi": after the subject's comma, or
        # after the subject's name ("Ilona Weiss ise sonuçları tanımadığını duyurdu")
        head = text[s:cue.start()]
        k = head.find(",")
        if lang == "tr" and _TR_SUBJECT_COMMA.search(head):
            k = _TR_SUBJECT_COMMA.search(head).start()
        particle = _TR_SUBJECT_END.search(head) if lang == "tr" else None
        if particle and (k < 0 or particle.start() < k) and particle.start() < 80:
            start = s + particle.end()  # "Karayolları Genel Müdürlüğü de Rize-Artvin yolunun"
        elif 0 <= k < 120 and (lang == "tr" or k < 60):
            start = s + k + 1
        else:
            caps = [b for a, b in words(text, s, cue.start()) if text[a].isupper()]
            start = caps[-1] if caps else s
            start += len(text[start:cue.start()]) - len(text[start:cue.start()].lstrip())
            if text.startswith("ise ", start):
                start += 4
        m = _TR_SETTING.match(text, start, cue.start())
        if m:  # "Anadolu Ajansı'na yaptığı açıklamada 42 kişinin ...": where, not what
            start = m.end()
        return _trim(text, start, cue.start())
    return _trim(text, s, cue.start())


def _according(text, lang, rules, index, roles, s, e, acc, cues, last):
    """'Selon X, ...' / '..., selon X.' / 'به گزارش X، ...': X is the source."""
    if lang in ("tr", "ur"):  # postpositions: "Kurumun açıklamasına göre, ...", "ان کے مطابق"
        head = text[s:acc.start()]
        cut = max(head.rfind(","), head.rfind("،"))
        src_s, src_e = _trim(text, s + cut + 1 if cut >= 0 else s, acc.start())
        qs, qe = _trim(text, acc.end(), e)
    else:
        stop = _clause_end(text, acc.end(), e)
        if lang == "de":
            stop = _german_np_end(text, acc.end(), stop)
        src_s, src_e = _trim(text, acc.end(), stop)
        if acc.start() - s <= 3 or (lang in ("fa", "ar") and acc.start() - s <= 6):
            qs, qe = _trim(text, stop, e)
        else:
            qs, qe = _trim(text, s, acc.start())
    relay = RELAY_RE.search(text, src_s, src_e)
    if relay is not None and relay.start() > src_s:  # "DHA'nın aktardığına göre": DHA
        src_s, src_e = _trim(text, src_s, relay.start())
    if src_e <= src_s:
        return None
    if len(words(text, qs, qe)) < 3:
        return None
    speaker = _speaker_in(text, index, roles, src_s, src_e, last)
    lead = _statement_lead(text, rules, src_s, src_e)
    if lead is not None:  # "selon un communiqué (de la préfecture)": the statement's author
        gen = _GENITIVE_LEAD.match(text, lead, src_e)
        if gen and gen.end() < src_e:
            speaker = _speaker_in(text, index, roles, gen.end(), src_e, last)
        elif qe <= acc.start():
            speaker = _speaker_in(text, index, roles, qs, _clause_end(text, qs, qe), last)
    qs = _skip_role_appositive(text, qs, qe)
    relay = RELAY_RE.match(text, qs)
    if relay is not None:  # "D'après X, citée par le quotidien Y, ...": Y relays, not says
        qs = _trim(text, _clause_end(text, relay.end(), qe) + 1, qe)[0]
    if speaker.end is not None and speaker.end > src_e and qs < speaker.end < qe:
        qs, qe = _trim(text, _clause_end(text, speaker.end, e), qe)  # "Selon le X, Y, 422 ..."
    via: tuple[Via, ...] = ()
    person = _speaker(text, lang, rules, index, roles, s, e, cues[0], [(s, qs), (qe, e)], last) \
        if cues and not rules.according.fullmatch(cues[0].group()) else None
    if (person is not None and person.entity and person.entity != speaker.entity
            and any(ent.id == person.entity and ent.type == "PERSON" for *_, ent in index.rows)):
        via = (as_via(speaker),) if speaker.name else ()
        speaker = person
    cue = Span(acc.start(), acc.end())
    return (qs, qe, "indirect", cue, speaker, via + find_vias(text, rules, index, s, e, speaker,
                                                         [(qs - 1, qe)], skip=via))


_GENITIVE_LEAD = re.compile(r"\s*(?:de la |de l['’]|du |des |de |del |della |dello |dell['’]|di |"
                            r"der |des |της |του |του |από )")


def _statement_lead(text: str, rules: Lang, a: int, b: int) -> int | None:
    """End of a leading 'un communiqué (publié)', 'una nota', 'einer Mitteilung' in a source
    phrase: the statement is how words came out, not who said them."""
    toks = words(text, a, b)[:3]
    for k, (x, y) in enumerate(toks):
        if rules.statement.fullmatch(text[x:y]):
            end = y
            if k + 1 < len(toks) and re.search(r"(?:ée?s?|ad[oa]s?|at[oa]|icad[oa])$",
                                              text[toks[k + 1][0]:toks[k + 1][1]]):
                end = toks[k + 1][1]  # "publié", "difundido", "diffuso" with it
            return end
    return None


_CLAUSE_END = re.compile(r"[,،](?!\d)|[;:]")


def _german_np_end(text: str, a: int, b: int) -> int:
    """'laut der Handelskammer kostet ...': the source ends with its first capitalised word
    (and a name right after it, "der Gewerkschaft Verdi")."""
    toks = words(text, a, b)
    for k, (x, y) in enumerate(toks):
        if text[x].isupper() and text[x:y].lower() not in ("von",):
            nxt = text[toks[k + 1][0]:toks[k + 1][1]] if k + 1 < len(toks) else ""
            odd = _ODD_NAME.match(text, y + 1) if text[y:y + 1] == " " else None
            if odd:
                return odd.end()  # "des Forschungsinstituts gfs.bern"
            if nxt and text[y:toks[k + 1][0]] == " " and nxt[0].isupper():
                return toks[k + 1][1]  # "der Gewerkschaft Verdi"
            if nxt == "für" and k + 2 < len(toks) and text[toks[k + 2][0]].isupper():
                return toks[k + 2][1]  # "dem Verein für Steuergerechtigkeit": one name
            return y
    return b


# Names written in lower case or with dots and digits: "gfs.bern", "t-online", "n-tv".
_ODD_NAME = re.compile(r"[a-z]+[.\-][a-z0-9.\-]+")


def _skip_role_appositive(text: str, qs: int, qe: int) -> int:
    """'به گفته X، استاندار کسار، ...' / 'Selon X, porte-parole du ministère, ...': the role
    after the source belongs to it, not to the reported words."""
    toks = words(text, qs, min(qe, qs + 50))
    if not toks or not (_is_title(text[toks[0][0]:toks[0][1]])
                        or text[toks[0][0]:toks[0][1]] in L.TITLES_ARABIC):
        return qs
    end = _clause_end(text, qs, min(qe, qs + 50))
    return _trim(text, end, qe)[0] if end < min(qe, qs + 50) else qs


def _clause_end(text: str, pos: int, e: int) -> int:
    m = _CLAUSE_END.search(text, pos, e)
    return m.start() if m else e


# ---------------------------------------------------------------- speaker and via


def _speaker(text, lang, rules, index, roles, s, e, cue, outside, last) -> Speaker:
    """The mention tied to the cue: nearest PERSON/ORG outside the quotation, else a pronoun
    pointing back to the last speaker, else the role or noun phrase that holds the cue."""
    near = text[max(s, cue.start() - 12):min(e, cue.end() + 12)].lower()
    if "-t-il" in near or "-t-elle" in near or _pronoun_next_to(text, cue, s, e, lang):
        if last is not None:
            return last
        back = [r for r in index.within(max(0, s - 600), s) if r[2].type == "PERSON"]
        if back:
            ms, me, ent = back[-1]
            return _named(text, ent, ms, me)
    if _GERUND_CUE.search(cue.group()) and relayed_in(text, rules, s, cue.start()):
        # "Το υπουργείο απέρριψε ..., μεταδίδει το πρακτορείο Ρόιτερς, λέγοντας ότι": the
        # participle goes with the sentence's subject, not with the relaying medium
        sp = _speaker_in(text, index, roles, s, _clause_end(text, s, cue.start()), last)
        if sp.name:
            return sp
    relayed_from = AR_FROM.match(text, cue.end(), e) if lang == "ar" else None
    if relayed_from is not None and is_medium(text, rules, cue.end(), relayed_from.end()):
        a = relayed_from.end()  # "ونقلت إذاعة X عن الناشطة Y قولها": Y, through X
        b = AR_SAYING.search(text, a, min(e, a + 80))
        return _speaker_in(text, index, roles, a, b.start() if b else min(e, a + 60), last)
    best, dist = None, 10 ** 9
    inverted = lang not in ("ar", "fa", "ur", "tr") and _inverted(text, rules, s, e, cue)
    clause = _clause_end(text, cue.end(), e)
    appositive = None
    if clause < e and any(_is_title(text[x:y]) for x, y in words(text, cue.end(), clause)):
        nxt = _clause_end(text, clause + 1, e)  # "a déclaré le ministre de X, Paul Y, ..."
        people = [r for r in index.within(clause + 1, nxt) if r[2].type == "PERSON"]
        if people and inverted and not any(r[2].type == "PERSON" and not _portfolio(text, r[0], r[2])
                                           for r in index.within(cue.end(), clause)) \
                and not relayed_by(text, people[0][0]):
            appositive = people[0]
        clause = nxt
    if appositive is not None:
        return _named(text, appositive[2], appositive[0], appositive[1])
    for a, b in outside:
        for ms, me, ent in index.within(a, b):
            if ent.type not in _SOURCE_TYPES or told_to(text, ms) \
                    or _in_dateline(text, ms) or relayed_by(text, ms) \
                    or DATIVE_AFTER.match(text, me) or _portfolio(text, ms, ent):
                continue
            if inverted and not (cue.end() <= ms < clause):
                continue
            d = cue.start() - me if me <= cue.start() else ms - cue.end()
            if ent.type not in _SPEAKING_TYPES and d > 30:
                continue
            d = max(d, 0) + (0 if ent.type in _SPEAKING_TYPES else 40)
            if agency_like(text, ms, me, ent, rules):
                d += 30
            if d < dist:
                best, dist = (ms, me, ent), d
    if best is not None and dist < 160:
        ms, me, ent = best
        if agency_like(text, ms, me, ent, rules) or AGENCY_RE.fullmatch(ent.name):
            # a medium speaks only when no one else does: "ونقلت وكالة X عن مسؤول محلي",
            # "D'après des diplomates cités par Reuters"
            role = _role_speaker(text, lang, rules, roles, index, s, e, cue, last)
            if role.name and not (role.start is not None and role.start <= ms < (role.end or 0)):
                return role
        return _named(text, ent, ms, me)
    return _role_speaker(text, lang, rules, roles, index, s, e, cue, last)


_GERUND_CUE = re.compile(r"(?:οντας|ώντας|ant|ando|iendo|endo)$", re.I)


def relayed_in(text: str, rules: Lang, a: int, b: int) -> bool:
    """A relaying medium between a and b: 'μεταδίδει το πρακτορείο X', 'riferisce l'Ansa'."""
    return bool(TRAILING_RELAY.search(text[a:b].rstrip(" ,") + ".")) or bool(
        re.search(r"(?:μεταδίδει|μετέδωσε|riferisce|riporta|rapporte|informa|berichtet)\s",
                  text[a:b]))


def _inverted(text: str, rules: Lang, s: int, e: int, cue) -> bool:
    """', estiment plusieurs diplomates.' / '», a déclaré M. Trudeau': the subject follows."""
    head = text[s:cue.start()].rstrip()
    if not head or re.search(r"[»”\"“]\s*,?$", head):
        return True
    if not head.endswith((",", "،")) or _appositive_subject(head):
        return False
    tail = text[cue.end():_clause_end(text, cue.end(), e)].strip()
    if not tail or _has_quote(tail) or rules.that.search(tail):
        return False
    return len(words(tail)) <= 7


def _appositive_subject(head: str) -> bool:
    """'Le président X, arrivé jeudi à Beyrouth, a promis': two commas frame an aside about
    the subject, so the words after the cue are its object, not an inverted subject."""
    commas = [m.start() for m in re.finditer(r"[,،](?!\d)", head)]
    if len(commas) == 2 and _LIST_AND.search(head, commas[0], commas[1]):
        return False  # "Frankfurt, München und Hamburg,": a list, not an aside
    return len(commas) == 2 and commas[-1] == len(head) - 1 and commas[0] < 80


_LIST_AND = re.compile(r"\s(?:und|et|y|e|και|ve|and)\s")


def _pronoun_next_to(text: str, cue, s: int, e: int, lang: str = "") -> bool:
    before = words(text, max(s, cue.start() - 12), cue.start())
    after = words(text, cue.end(), min(e, cue.end() + 10))
    near = [text[a:b].lower() for a, b in before[-1:] + after[:1]]
    return any(w in L.PRONOUNS and w not in _ARTICLE_HERE.get(lang, ()) for w in near)


# Pronouns of one language that are articles in another: Italian "ha dichiarato il presidente".
_ARTICLE_HERE = {"it": frozenset({"il"}), "es": frozenset({"el"})}


# Nouns that stand for a body named before them: "el organismo", "l'ente", "die Behörde".
_ORG_ANAPHORS = frozenset(L.fold(w) for w in """organisme organismo ente entidad institution
    institución istituto instituto behörde institut organisation organización organizzazione
    kurum kuruluş φορέας οργανισμός gewerkschaft syndicat sindacato sindicato sendika partei
    parti partito partido konzern unternehmen entreprise empresa azienda şirket ministerium
    ministère ministerio ministero bakanlık υπουργείο الهيئة الجهة المنظمة الوزارة نهاد سازمان ادارے ادارہ
    agence""".split())
# Role nouns that name a person already named, beyond the titles before names ("la
# mandataria", "le chef du gouvernement", "il governatore", "Vali", "ο ίδιος").
_PERSON_ANAPHORS = frozenset(L.fold(w) for w in """mandataria mandatario chef jefe jefa capo
    governatore gouverneur titular titolare ministro ministra ministre minister ministerin
    vali bakan başkan ίδιος ίδια ίδιο υπουργός πρόεδρος δήμαρχος stesso stessa même même""".split())
_AGE = re.compile(r"\d+-(?:jahrige[rn]?|anos|ans|enne|yasındaki|χρονος|χρονη)")
_DEFINITE = frozenset("""le la l les el il lo der die das ο η το τον την του της""".split())


def _anaphor(text: str, index, toks, lang: str, last: Speaker | None, before: int) -> Speaker | None:
    """'La mandataria añadió', 'De acuerdo con el organismo', 'Vali, ... belirtti': a definite
    role or body noun with no name of its own is the person or body last named."""
    if not toks or len(toks) > 4:
        return None
    if _AGE.search(L.fold(text[toks[0][0]:toks[-1][1]])) and last is not None and last.name:
        return last  # "sagte die 64-Jährige": the person just quoted, named or not
    ws = [L.fold(text[a:b]).replace("’", "'") for a, b in toks]
    ws = [w.rsplit("'", 1)[-1] for w in ws]
    if any(text[a:b][:1].isupper() for a, b in toks[2:]):
        return None  # a name of its own follows the role
    bare = len(toks) == 1 and text[toks[0][0]].isupper()  # "Vali, ...", "Bakan, ..."
    head = ws[1:] if ws[0] in _DEFINITE else (ws if lang in ("tr", "ar", "fa", "ur") or bare
                                              else [])
    if not head:
        return None
    if head[0] in ("stesso", "stessa", "ιδιος", "ιδια", "ιδιο"):
        head = head[1:] or head
    person = head[0] in _PERSON_ANAPHORS or _is_title(head[0]) or bool(_AGE.fullmatch(head[0]))
    kind = "ORG" if head[0] in _ORG_ANAPHORS and len(toks) == 2 else "PERSON" if person else None
    # ("El sindicato petrolero" describes a body anew; "el organismo" points back to one)
    if kind is None:
        return None
    a, b = toks[0][0], toks[-1][1]
    if last is not None and last.entity and any(
            ent.id == last.entity and ent.type == kind for *_, ent in index.rows):
        return Speaker(last.entity, last.name, a, b)
    before = min(before, a)
    back = [r for r in index.within(max(0, before - 700), before) if r[2].type == kind]
    if back:
        ms, me, ent = back[-1]
        named = _named(text, ent, ms, me)
        return Speaker(ent.id, named.name, a, b)
    return None


_PREPOSITIONS = frozenset("""à a al au en dans devant lors in im am an auf vor bei beim zu nel
    μπροστά στο στη στην σε από
    nella alla in durante ante""".split())


# "il ministro dell'Istruzione", "la ministre de la Culture": the capitalised word after a
# role and a genitive names a portfolio, not the person.
_PORTFOLIO = re.compile(r"(?:ministr[oaei]s?|ministre|minister\w*|secretari[oa]|segretari[oa]|"
                        r"assessore|consigliere|commissaire|commissario|comisionad[oa]|υπουργός|υπουργού)\s+"
                        r"(?:dell['’]|della |del |dello |de la |de l['’]|des |du |de |di |degli |"
                        r"au |aux |à la |alle |al |ai |agli |allo |all['’]|a la |"
                        r"für |der |des |της |του )$", re.I)


def _portfolio(text: str, ms: int, ent: Entity) -> bool:
    return bool(_PORTFOLIO.search(text[max(0, ms - 40):ms]))


def _role_speaker(text, lang, rules, roles, index, s, e, cue, last) -> Speaker:
    """No named speaker near the cue: a role seen with one person ("la ministre"), else the
    short noun phrase that holds the cue ("Un portavoz del comité", "المسؤول")."""
    after = False
    if lang == "ar":
        a, b, after = cue.end(), _clause_end(text, cue.end(), min(e, cue.end() + 40)), True
    elif lang in ("fa", "ur", "tr"):
        a, b = _clause_start(text, max(s, cue.start() - 60), cue.start()), cue.start()
        if lang == "fa" and text[a:b].lstrip().startswith("به ") and a > s:
            # "دکتر سارا محمدی، به صداوسیما گفت": told to the medium; the subject came before
            b = a - 1
            a = _clause_start(text, s, b)
        opening = next((k for k in range(s, cue.start()) if text[k] in "\"“«"), None)
        if opening is not None and _has_quote(text[a:b]):
            a, b = s, opening  # 'Bakan, "..." diye konuştu': the subject before the quotation
        erg = text.rfind(" نے ", s, cue.start()) if lang == "ur" else -1
        if erg >= 0:  # "میئر کراچی سلمان شیخ نے ... کہا": the subject ends at the ergative
            a, b = _clause_start(text, s, erg), erg
        if toks_first_gerund(text, a, b):
            return last or Speaker(None, None, None, None)
    elif _inverted(text, rules, s, e, cue):
        a, b, after = cue.end(), _clause_end(text, cue.end(), min(e, cue.end() + 50)), True
        if toks_first_gerund(text, s, cue.start()) and not text[a:b].strip():
            return last or Speaker(None, None, None, None)
        first = words(text, a, b)[:1]
        if first and text[first[0][0]:first[0][1]].lower() in _PREPOSITIONS:
            return last or Speaker(None, None, None, None)  # "declaró a la agencia IRNA"
    else:  # the subject: the sentence's first clause ("Le porte-parole ..., cité par ...,")
        a, b = s, min(cue.start(), _clause_end(text, s, cue.start()))
        if toks_first_gerund(text, a, b):  # "Μιλώντας στην τηλεόραση, είπε ότι": no subject
            return last or Speaker(None, None, None, None)
        d = _DATELINE_AT.match(text, a, b)
        if d and _in_dateline(text, a):
            a = d.end()  # "VELIGRAD — Le porte-parole a dit": the subject follows the dash
    toks = words(text, a, b)
    for x, y in toks:
        key = role_key(text[x:y])
        if key in roles:
            ent_id = roles[key]
            name = next((ent.name for *_, ent in index.rows if ent.id == ent_id), None)
            return Speaker(ent_id, name, x, y)
    if toks and len(toks) > 7 and not after and text[toks[-1][0]:toks[-1][1]] in L.TITLES_ARABIC:
        toks = toks[-7:]  # "... اتھارٹی (پی ڈی ایم اے) کے ترجمان": the role and what it serves
    if not toks or (len(toks) > 7 and not after):
        return Speaker(None, None, None, None)
    if not after and toks and text[toks[0][0]:toks[0][1]].lower() in L.PRONOUNS and last:
        return last  # "انہوں نے ... بتایا کہ": a pronoun subject is the last speaker
    toks = _noun_phrase(text, toks, lang, after)
    anaphor = _anaphor(text, index, toks, lang, last, s)
    if anaphor is not None:
        return anaphor
    if not toks and lang == "ar" and last is not None:
        return last
    if not toks or all(L.fold(text[p:q]) in L.ALL_FUNCTION_WORDS or text[p:q].lower() in L.PRONOUNS
                       for p, q in toks):
        return Speaker(None, None, None, None)
    x, y = toks[0][0], toks[-1][1]
    elided = _ELIDED.match(text, x, y)
    if elided and elided.end() < y:  # "L'Anas" is Anas
        x = elided.end()
    return Speaker(None, text[x:y], x, y)


_GERUND = re.compile(r"(?:ώντας|οντας|ώντας|άροντας|ando|iendo|endo)$", re.I)


def toks_first_gerund(text: str, a: int, b: int) -> bool:
    """'Μιλώντας στην κρατική τηλεόραση', 'Hablando con la prensa': an adverbial opening on a
    gerund holds no subject; the speaker is the one before."""
    toks = words(text, a, b)
    return bool(toks) and bool(_GERUND.search(text[toks[0][0]:toks[0][1]])) \
        and text[toks[0][0]].isupper()


_ELIDED = re.compile(r"(?:l|L|d|D|dell|dall|all|nell|sull|Dell|All)['’]")


def role_key(w: str) -> str:
    """'الوزيرة' and 'وزيرة', 'Ministre' and 'ministre' meet."""
    f = L.fold(w)
    return f[2:] if f.startswith("ال") and len(f) > 4 else f


_KEEP_IN_NP = frozenset("""suo sua suoi sue son sa ses leur leurs su sus sein seine seiner ihr ihre
    le la les l un une der die das des dem den ein eine einer el los las
    il lo gli i uno de del di della dello dei degli du d o η το οι ο του της των""".split())


_ARTICLES = frozenset("le la les un une il lo gli el los las die das ein eine".split())
_GENITIVE = frozenset("de del di della dello dei degli du des der von".split())
_OBJECT_MARKERS = frozenset("را این آن کو".split())

_AR_MEDIA_KINDS = frozenset("قناة وكالة صحيفة موقع تلفزيون إذاعة".split())
_FA_PARTITIVE = frozenset("یکی برخی تعدادی بسیاری شماری گروهی".split())


def _noun_phrase(text: str, toks, lang: str, after: bool):
    """The speaker's words, cut before an adverbial: 'der Generalstab [am Samstag mit]',
    'الوزيرة [خلال حفل]', 'مقام‌های ایرانی [این ادعا را]'."""
    out: list[tuple[int, int]] = []
    for x, y in toks:
        w = text[x:y]
        lw = w.lower()
        if not out and lang in ("ar", "fa", "ur") and w in L.STOP_ARABIC:
            continue
        if out and _has_quote(text[out[-1][1]:x]):
            break
        if lang == "ar" and w.startswith(("إن", "أن", "بأن")) and len(w) <= 5:
            break  # "وقالت إنها ...": the subject is a pronoun suffix
        if out and lang == "ar" and w.startswith("ل") and w[1:] in _AR_MEDIA_KINDS:
            break  # "شاهد عيان [لقناة الجزيرة]": told to a channel
        if out and lang == "fa" and w == "از" and text[out[-1][0]:out[-1][1]] in _FA_PARTITIVE:
            out.append((x, y))  # "یکی از کشاورزان": one of the farmers
            continue
        if out and lang == "ur" and w in ("کے", "کی", "کا"):
            out.append((x, y))  # "اسٹیٹ بینک کے ترجمان": a genitive inside the phrase
            continue
        if out and lang in ("ar", "fa", "ur", "tr") and (w in L.STOP_ARABIC or w in _OBJECT_MARKERS):
            break
        if out and lang == "tr" and lw in ("de", "da", "ise", "dahi"):
            break  # "Karayolları Genel Müdürlüğü [de] ...": the particle closes the subject
        if out and after and (lw in L.ALL_FUNCTION_WORDS or lw in _PREPOSITIONS) \
                and lw not in _KEEP_IN_NP and not (lw == "für" and _capital_next(text, y)):
            break
        if out and _RELAY_PARTICIPLE.fullmatch(lw):
            break  # "Economistas [consultados por la agencia]": the medium, not the speaker
        prev = text[out[-1][0]:out[-1][1]].lower() if out else ""
        if len(out) >= 2 and lw in _ARTICLES and prev not in _GENITIVE:
            break  # "l'ordine dei medici [il piano ...]": a second article starts a new phrase
        out.append((x, y))
    while out and lang == "ur" and text[out[-1][0]:out[-1][1]] in ("کے", "کی", "کا"):
        out.pop()
    return out[:8]


_RELAY_PARTICIPLE = re.compile(r"(?:consultad|citad|entrevistad|cité|citat|intervistat|"
                               r"interrogé|sondé|befragt|zitiert)\w*", re.I)


def _capital_next(text: str, pos: int) -> bool:
    """'Verein für Steuergerechtigkeit': German 'für' before a capital stays inside a name."""
    rest = text[pos:pos + 3].lstrip()
    return bool(rest) and rest[0].isupper()


_NAME_LINKS = frozenset("di de del della dello degli des du e et y und für für la las los".split())


def _lower_tail(text: str, me: int, b: int) -> bool:
    """Romance names of bodies run on in lower case after their first word ('Istituto
    nazionale di geofisica e vulcanologia'); the whole source phrase then names it."""
    toks = words(text, me, b)
    if not toks or len(toks) > 6 or text[me:toks[0][0]].strip():
        return False
    for x, y in toks:
        w = text[x:y]
        if w in _NAME_LINKS:
            continue
        if not w[:1].islower() or L.fold(w) in L.ALL_FUNCTION_WORDS or not w.isalpha():
            return False
    return text[toks[-1][0]:toks[-1][1]] not in _NAME_LINKS


def _clause_start(text: str, a: int, b: int) -> int:
    """Start of the clause ending at b: after the last comma, quotation mark or colon."""
    cut = max(text.rfind(ch, a, b) for ch in ",،:")
    return cut + 1 if cut >= 0 else a


def _has_quote(chunk: str) -> bool:
    return any(c in chunk for c in "«»„“”\"")


def _speaker_in(text, index, roles, a, b, last) -> Speaker:
    hits = [(ms, me, ent) for ms, me, ent in index.within(a, b)]
    role = any(_is_title(text[x:y]) for x, y in words(text, a, b))
    if role and text[b:b + 2].strip() in (",", "،") and not any(h[2].type == "PERSON" for h in hits):  # "le gouverneur de la région, Luca Ferrand,"
        nxt = _clause_end(text, b + 1, min(len(text), b + 60))
        hits = [h for h in index.within(b + 1, nxt) if h[2].type == "PERSON"]
    if hits and not all(h[2].type in ("GPE", "OTHER") for h in hits) or (
            hits and len(words(text, a, b)) <= 2):
        ms, me, ent = min(hits, key=lambda h: (h[2].type not in _SPEAKING_TYPES, h[0]))
        if ent.type == "ORG" and _lower_tail(text, me, b):  # "l'Istituto nazionale di geofisica"
            return Speaker(ent.id, text[ms:b].rstrip(), ms, b)
        return _named(text, ent, ms, me)
    toks = words(text, a, b)
    if toks and text[toks[0][0]:toks[0][1]].lower() in L.PRONOUNS:
        back = [r for r in index.within(max(0, a - 200), a) if r[2].type == "PERSON"]
        if back:  # "Paul Keller a reconnu un retard, dû selon lui à ..."
            ms, me, ent = back[-1]
            return _named(text, ent, ms, me)
        if last:
            return last
    for x, y in toks:
        key = role_key(text[x:y])
        if key in roles:
            name = next((ent.name for *_, ent in index.rows if ent.id == roles[key]), None)
            return Speaker(roles[key], name, x, y)
    while toks and text[toks[0][0]:toks[0][1]].lower() in ("von", "de", "di", "del", "des", "du",
                                                          "dem", "der", "den"):
        toks = toks[1:]
    closing = _ACRONYM_CLOSING.search(text, a, b) if toks else None
    if closing and closing.group(1).isupper() and closing.end() >= b - 1:
        return Speaker(None, closing.group(1), toks[0][0], closing.end(1))  # "... (SOPFEU)"
    acronym = _ACRONYM_AFTER.match(text, toks[-1][1]) if toks else None
    if acronym and acronym.group(1).isupper() and len(toks) <= 4:
        return Speaker(None, acronym.group(1), toks[0][0], toks[-1][1])  # "des Landeskriminalamts (LKA)"
    toks = _noun_phrase(text, toks, "", True)[:8]
    anaphor = _anaphor(text, index, toks, "", last, a)
    if anaphor is not None:
        return anaphor
    if toks:
        return Speaker(None, text[toks[0][0]:toks[-1][1]], toks[0][0], toks[-1][1])
    return Speaker(None, None, None, None)


_ACRONYM_AFTER = re.compile(r"\s*\((\w[\w.-]{1,9})\)")
_ACRONYM_CLOSING = re.compile(r"\((\w[\w.-]{1,9})\)\s*$")
# A body's name going on with a genitive or 'for' and capitalised words to the clause's end:
# "Autostrade per l'Italia", "Γεωδυναμικό Ινστιτούτο του Αστεροσκοπείου Αθηνών".
_ORG_TAIL = re.compile(r"\s+(?:του|της|των|per l['’]|per la |per il |für |für die )\s*"
                       r"[A-ZÀ-ÝΑ-Ω][\w'’-]*(?:\s+[A-ZÀ-ÝΑ-Ω][\w'’-]*){0,3}(?=\s*[.,;:]|\s*$)")


def _named(text: str, ent: Entity, ms: int, me: int) -> Speaker:
    """'Afet ve Acil Durum Yönetimi Başkanlığı (AFAD)': the bracketed acronym is the name the
    outlets share, and the one the entity step never cuts short."""
    m = _ACRONYM_AFTER.match(text, me)
    if m and (m.group(1).isupper() or not m.group(1)[:1].isascii()) and len(m.group(1)) <= 6:
        return Speaker(ent.id, m.group(1), ms, me)
    tail = _ORG_TAIL.match(text, me) if ent.type in ("ORG", "OTHER") else None
    if tail is not None and "\n" not in tail.group():
        return Speaker(ent.id, text[ms:tail.end()], ms, tail.end())
    return Speaker(ent.id, ent.name, ms, me)


__all__ = ["find_quotes"]
