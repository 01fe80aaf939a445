"""Reported speech in articles without a spaCy parser: quotes, cue, speaker, via (by marks and cues).
Inputs: article text, language, entities from ml_entities; the blank-'xx' Doc is accepted, unused.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import Entity, Quote, Span, Speaker, Via
from . import ml_lexicon as L
from .ml_canon import canonical_medium, canonical_vias, is_agency, medium_name
from .ml_clauses import (ACRONYM_GLUED, AND_THEN, ANNOUNCE, AS_CUE, CONTRAST, DE_RELAY_CLAUSE,
                         IN_HIS_VIEW, as_said, parenthetical,
                         INFINITIVE, INFINITIVE_OF, KONJUNKTIV,
                         according_pronoun, announced,
                         cited_source,
                         colon_subject, continues_quote, plausible, german_np_end, interrupted,
                         inverted_np, konjunktiv_after,
                         nearest_cue, outside_spans, person_before, run_on_speakers,
                         same_subject_claim, sentence_cues, source_tail, stands_alone, trim)
from .ml_bounds import source_before
from .ml_anaphora import resolve_descriptions
from .ml_fullname import full_names
from .ml_document import document_authors
from .ml_head_noun import head_nouns
from .ml_tr_subject import tr_possessed_subjects
from .ml_fragment import subject_of_fragment
from .ml_fa_split import fa_split_demand
from .ml_asides import FA_PERFECT_SAID, FA_TALK_AT
from .ml_and_that import and_that_before
from .ml_firm import FIRM_NOUNS
from .ml_relative import relative_subjects
from .ml_through import spokesperson_vias
from .ml_asked import asked_by_vias
from .ml_therein import therein_documents
from .ml_headline import headline_quotes
from .ml_read_out import read_out_vias
from .ml_kind_named import kind_named
from .ml_according import according_row, opening_relay, title_name, told_by_holds
from .ml_interview import interview_answers
from .ml_colon import colon_claim
from .ml_claims import (V2_SUBJUNCTIVE, WHOM_AHEAD, according_whom, plural_group, and_that_after, carry_vias, de_as_reported, de_colon_claim,
                        de_nominative, gerund_speakers, object_claim, short_name_after,
                        that_before_quote, tidy_name, tr_and_then, tr_said_by, ur_inner_speaker,
                        words_of_after)
from .ml_clauses import TR_CONVERB, TR_SETTING, quote_paragraphs, sentence_final
from .ml_content import content_before
from .ml_coord import and_clause_after
from .ml_roles import apposed_person, club_anaphor, platform_tail
from .ml_fronted import de_fronted, de_widened
from .ml_sources_of import SOURCES_FIRST, sources_of
from .ml_that import reach, skip_to_that
from .ml_announced import announced_before
from .ml_marks import quote_pairs, sentences, words
from .ml_phrases import interview_intro, paragraph_channel, seen_by_medium
from .ml_prior import (FA_AUX as _FA_AUX, GERUND as _GERUND, after_orphans,
                       citing_medium, said_after_colon, said_before as _said_before, tr_claim_after_converb, tr_claim_after_participle,
                       tr_converb_claim,
                       whom_before)
from .ml_media import (AGENCY_RE, fa_medium_kind, AR_FROM, AR_SAYING, ar_relayed_from, RELAY_RE, TRAILING_RELAY,
                       TOLD_AFTER, find_vias, is_medium, kind_then_named, last_agency, named_in_marks, quoted_medium,
                       quoted_name)
from .ml_speakers import (DATELINE_AT, RELAY_LEAD, SPEAKING_TYPES, clause_end, find_speaker, in_dateline, named,
                          speaker_in, titles_of)


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
            according=re.compile(rf"(?<![\w-])(?:{acc})(?![\w-]){WHOM_AHEAD}", re.I),
            # (an Arabic-script 'that' stands alone: "أن" opens "أنباء" too)
            that=re.compile(rf"(?<![\w-])(?:{that})(?=\s)" if language in ("ar", "fa", "ur")
                            else rf"(?<![\w-])(?:{that})(?=[\s\w])", re.I),
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
                blocks: Iterable = (), outlet: str | None = None) -> tuple[Quote, ...]:
    """Direct, mixed and indirect quotes of one non-English article, ids q1, q2, ...; a via
    naming the outlet that prints the article (outlet, when given) is dropped: words told to
    the paper itself passed through no one."""
    lang = (language or "").lower()[:2]
    entities = tuple(entities)
    try:
        return _not_the_outlet(_find(text, lang, entities), outlet)
    except (ValueError, IndexError, KeyError):  # odd text never stops the article
        return ()


def _not_the_outlet(quotes: tuple[Quote, ...], outlet: str | None) -> tuple[Quote, ...]:
    """The outlet's name, or that name after its kind word ('روزنامہ میدان', 'Diario X'); a
    longer name sharing a word ('الصباح المغاربي' and 'الصباح') is another paper."""
    ws = L.fold(outlet or "").split()
    if not ws:
        return quotes
    own = {" ".join(ws)} | ({" ".join(ws[1:])} if len(ws) > 1 and ws[0] in _PAPER_KINDS else set())
    return tuple(dataclasses.replace(q, via=tuple(v for v in q.via if " ".join(L.fold(v.name).split())
                                                  not in own)) for q in quotes)


_PAPER_KINDS = frozenset(L.fold(w) for w in L.MEDIUM_WORDS + L.AGENCY_WORDS + tuple(
    "روزنامہ روزنامه صحيفة جريدة gazete gazetesi".split()))


def _find(text: str, lang: str, entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    rules = _lang(lang)
    index = _Index(entities)
    roles = titles_of(text, entities, lang)
    pairs = quote_pairs(text)
    found: list[tuple[int, int, str, Span | None, Speaker, tuple[Via, ...]]] = []
    last: Speaker | None = None
    prev_end = -1
    prev: tuple[int, int] | None = None  # the last sentence, while it holds no quotation
    loose = None  # the last sentence, while it holds only quotations with no speaker
    for s, e in sentences(text):
        d = DATELINE_AT.match(text, s, e)
        if d and in_dateline(text, s):
            s = d.end()  # "مشهد — به گزارش ...": the sentence proper starts after the dash
        elif text[s:s + 1] in "—–" and in_dateline(text, s):
            s += 1 + len(text[s + 1:e]) - len(text[s + 1:e].lstrip())  # "MADRID. — La ...": the
            # place's full stop made the dash open a sentence of its own
        inside = [(o, c) for o, c in pairs if s <= o and (c < e or c == e and text[c] == "\n")]
        cues = sentence_cues(text, lang, rules, s, e, inside)
        continuing = last is not None and "\n" not in text[prev_end:s] and prev_end >= 0
        rows = (_direct(text, lang, rules, index, roles, s, e, inside, cues, last, continuing)
                if inside else []) or _indirect(text, lang, rules, index, roles, s, e, cues, last)
        if not inside and lang == "de":  # "warnte vor ...: Eine Galerie koste ...": the claim
            rows = de_colon_claim(text, s, e, cues, (lang, rules, index, roles, last)) \
                or de_as_reported(text, s, e) or rows
        elif not inside and not rows and cues:  # "X ci spiega: senza la provinciale ..."
            rows = colon_claim(text, s, e, cues, (lang, rules, index, roles, last))
        if not inside and loose is not None and "\n" not in text[loose[1]:s]:
            said = after_orphans(text, lang, rules, index, roles, s, e, cues, last, loose[:2])
            for k in loose[2] if said else ():  # "„...“ Das sagte X.": X's words
                found[k] = (*found[k][:3], *said)
            last, rows = (said[1], []) if said else (last, rows)
        if not inside and prev is not None and "\n" not in text[prev[1]:s]:
            # the sentence is then the attribution, with no words of its own beyond a gerund's
            rows = _said_before(text, lang, rules, index, roles, s, e, cues, last, prev) or rows
        if inside and rows:
            rows += _trailing_that(text, rules, index, s, e, inside, cues, rows[-1], lang)
            rows = announced_before(text, lang, rules, index, roles, s, inside, cues, last) + rows
            more = tr_and_then(text, cues, e, rows) + tr_converb_claim(text, s, cues, inside, rows) \
                + tr_claim_after_converb(text, cues, inside, rows) \
                + tr_claim_after_participle(text, cues, inside, rows, e) if lang == "tr" else []
            rows = that_before_quote(text, rules, inside, cues, rows) + and_that_before(text, rules, inside, rows) \
                + gerund_speakers(text, rows, inside) + and_that_after(text, e, inside, rows) + more \
                + and_clause_after(text, lang, e, inside, cues, rows)
        if not inside and rows:
            rows = _second_claim(text, lang, rules, index, roles, s, e, cues, rows)
            rows += same_subject_claim(text, rules, e, cues, rows)
        prev = (s, e) if not rows and not inside else None
        loose = (s, e, range(len(found), len(found) + len(rows))) if rows and all(
            r[4].name is None and r[3] is None for r in rows) else None
        found += according_whom(text, s, e, rows)
        for row in rows:
            if row[4].name:
                last = row[4]
        if not rows:
            last = None if "\n" in text[prev_end:s] else last
            last = interview_intro(text, index, s, e) or last  # "X concedió una entrevista a Y."
        prev_end = e
    found += interview_answers(text, index, found)
    found = ur_inner_speaker(text, found, Speaker, lambda sp: bool(canonical_medium(sp.name)) or is_medium(
        text, rules, sp.start, sp.end)) if lang == "ur" else found
    found = quote_paragraphs(text, run_on_speakers(text, sorted(found, key=lambda r: r[0])))
    found = carry_vias(text, [cited_source(text, rules, index, roles, r) for r in found])
    # a medium told earlier in the paragraph, or one that saw the document, carries these too
    found = paragraph_channel(text, rules, index, seen_by_medium(text, found))
    found = carry_vias(text, found)  # and the continuations of the quotes that took one there
    found = list(dict.fromkeys(found))  # one claim reached by two routes is one quote
    quotes = []
    medium: Speaker | None = None  # the last medium that spoke, for "the agency" after it
    before: Speaker | None = None  # the speaker of the quote before
    vetted: set = set()  # spans already taken as a speaker of an earlier quote
    moved: dict = {}  # a fronted medium's span -> (the subject after the verb, the medium)
    for n, (qs, qe, kind, cue, speaker, via) in enumerate(sorted(found, key=lambda r: r[0]), 1):
        if speaker.name and _STATEMENT_ONLY.fullmatch(speaker.name) and before is not None \
                and before.name and "\n" not in text[before.end or qs:qs]:
            # "... açıklamada ... bildirildi. Açıklamada, ...": the same statement's issuer
            speaker = Speaker(before.entity, before.name, speaker.start, speaker.end)
        if speaker.name and _ASKED_OPENING.match(speaker.name) and cue is not None \
                and speaker.start is not None and "," in text[speaker.start:cue.start]:
            # "Intervistato dalla RSI, il consigliere di Stato ha aggiunto": the subject follows
            a, b = trim(text, text.index(",", speaker.start, cue.start) + 1, cue.start)
            # with only the cue after the comma, the subject is dropped: the one who spoke before
            speaker = speaker_in(text, index, roles, a, b, before) if b > a else before or speaker
        before = speaker if speaker.name else before
        if (speaker.start, speaker.end) in vetted:
            pass  # the name in '« A, a lancé X, B » Puis, elle a assuré que ...' spoke before
        elif lang == "de" and (wide := de_widened(text, speaker)) is not None and (front := de_fronted(
                text, rules, wide, cue, lambda a, b: speaker_in(text, index, roles, a, b, before))) is not None:
            # "Im SWR sagte die Ministerin X, ...": a named medium opened the sentence, the
            # subject follows the verb
            moved[(speaker.start, speaker.end)] = front
            speaker, via = front[0], tuple(via) + ((front[1],) if front[1] else ())
        elif (speaker.start, speaker.end) in moved:  # "..., fügte sie hinzu": the one it named
            front = moved[(speaker.start, speaker.end)]
            speaker, via = front[0], tuple(via) + ((front[1],) if front[1] else ())
        elif not plausible(text, speaker, pairs, cue):
            fronted = de_fronted(text, rules, speaker, cue, lambda a, b: speaker_in(
                text, index, roles, a, b, before)) if lang == "de" else None
            if fronted is not None:  # "Auf Instagram kündigte das Unternehmen an, ..."
                speaker, via = fronted[0], tuple(via) + ((fronted[1],) if fronted[1] else ())
            else:
                speaker = Speaker(None, None, None, None)
        elif speaker.name and _ANAPHOR_ONLY.fullmatch(speaker.name) and \
                (medium is not None or last_agency(text, speaker.start or qs)):
            # "Ajansın haberine göre", "selon l'agence", "وبحسب الوكالة": the agency named
            # before; the span stays the local words, the name becomes the agency's
            if medium is None:
                medium = Speaker(None, last_agency(text, speaker.start or qs), None, None)
            speaker = Speaker(medium.entity, medium_name(medium.name), speaker.start, speaker.end)
            via = tuple(v for v in via if v.name != speaker.name)
        elif lang == "tr" and speaker.name and _TR_GENITIVE.search(speaker.name):
            cut = _TR_GENITIVE.search(speaker.name).start()  # "Sağlık Bakanlığının" -> "Bakanlığı"
            speaker = Speaker(speaker.entity, speaker.name[:cut], speaker.start,
                              (speaker.start or 0) + cut if speaker.start is not None else None)
        elif lang == "tr" and speaker.name and _TR_CASE.search(speaker.name):
            cut = _TR_CASE.search(speaker.name).start()  # "DHA'nın" -> "DHA"
            speaker = Speaker(speaker.entity, speaker.name[:cut], speaker.start,
                              (speaker.start or 0) + cut if speaker.start is not None else None)
        if lang == "tr" and speaker.name and speaker.start is not None and ", " in speaker.name \
                and TR_SETTING.match(speaker.name + " ", speaker.name.index(",") + 1):
            cut = speaker.name.index(",")  # "Kulüp, sosyal medya hesabından yaptığı açıklamada"
            nobody = Speaker(None, None, None, None)  # the setting may name the channel
            via += find_vias(text, rules, index, speaker.start + cut, speaker.end, nobody, [], skip=via)
            speaker = Speaker(speaker.entity, speaker.name[:cut], speaker.start, speaker.start + cut)
        speaker = short_name_after(text, index, named_in_marks(text, source_tail(text, lang, speaker)))
        if lang == "tr" and speaker.name and speaker.end is not None and _TR_DATIVE.search(speaker.name) \
                and _TR_BASED_ON.match(text, speaker.end):
            cut = _TR_DATIVE.search(speaker.name).start()  # "AFAD kaynaklarına dayandırdığı"
            speaker = Speaker(speaker.entity, speaker.name[:cut], speaker.start, speaker.start + cut)
        speaker = tidy_name(source_before(text, apposed_person(text, index, speaker)), Speaker, text)
        speaker = sources_of(text, club_anaphor(text, speaker))
        speaker, via = platform_tail(text, speaker, via) if lang == "tr" else (speaker, via)
        speaker = de_nominative(text, index, speaker) if lang == "de" else speaker
        glued = AGENCY_RE.match(text, speaker.start) if speaker.start is not None else None
        if glued is None and any(v.start == speaker.start for v in via):
            glued = ACRONYM_GLUED.match(text, speaker.start)  # "a la televisión TVN Rosa Pizarro"
            via = tuple(v for v in via if v.start != speaker.start) if glued else via
        rest = text[glued.end():speaker.end].split() if glued else []
        if glued and L.fold((text[max(0, speaker.start - 30):speaker.start].split()[-1:] or [""])[0]) in FIRM_NOUNS:
            rest = []  # "firma Anadolu Raylı Sistemler": a firm's name that opens on an agency's
        if glued and len(rest) >= 2 and all(w[:1].isupper() for w in rest):
            # "all'agenzia Adnkronos Marta Menegus": the agency told, the person spoke
            a = glued.end() + len(text[glued.end():speaker.end]) - len(text[glued.end():speaker.end].lstrip())
            via = (Via(None, medium_name(glued.group("n")), *glued.span("n")),) + tuple(via)
            speaker = Speaker(None, text[a:speaker.end], a, speaker.end)
        speaker, via = kind_then_named(text, plural_group(text, cue, speaker), via)
        known = canonical_medium(speaker.name)
        if known:  # "Tesnim haber ajansının", "وكالة تسنيم": one name in every language
            speaker = Speaker(speaker.entity, known, speaker.start, speaker.end)
        if speaker.name and speaker.start is not None and not _ANAPHOR_ONLY.fullmatch(speaker.name) \
                and (is_agency(known) or not known and is_medium(text, rules, speaker.start, speaker.end)):
            medium = speaker
        for v in via:  # a medium named as a relay is also the one "the agency" means next
            if is_agency(v.name) and v.start is not None:
                medium = Speaker(v.entity, v.name, v.start, v.end)
        if speaker.name and speaker.start is not None:
            vetted.add((speaker.start, speaker.end))
        quotes.append(Quote(f"q{n}", kind, qs, qe, cue, speaker, canonical_vias(via)))
    quotes = asked_by_vias(text, spokesperson_vias(text, tuple(quotes), entities), entities)
    quotes = full_names(text, lang, relative_subjects(text, lang, resolve_descriptions(text, lang, index.rows, quotes)))
    quotes = head_nouns(text, lang, index.rows, document_authors(text, lang, quotes))
    quotes = kind_named(text, index.rows, quotes)
    quotes = read_out_vias(text, lang, tr_possessed_subjects(text, lang, quotes), entities)
    quotes = therein_documents(text, quotes) if lang == "de" else quotes  # "heißt es darin"
    return headline_quotes(text, quotes)  # "Il Mose resta giù: «Guasto ai comandi»": the body's


def _second_claim(text, lang, rules, index, roles, s, e, cues, rows):
    """Split a reported clause at a contrast conjunction followed by a cue of its own: the
    part after it is another speaker's claim."""
    pat = CONTRAST.get(lang)
    first = rows[0]
    m = re.compile(rf"(?<![\w-])(?:{pat})(?![\w-])").search(text, first[0], e) if pat else None
    if m is None and lang in AND_THEN:  # "..., y la Dirección del Trabajo confirmó que ..."
        m = AND_THEN[lang].search(text, first[0], e)
    if m is None or first[4].name is None:
        return rows
    later = [c for c in cues if c.start() >= m.end() and not rules.according.fullmatch(c.group())]
    if not later:
        return rows
    start = m.end() + 1 if lang == "tr" else m.end()  # past the converb's comma
    if lang == "de" and later[-1].end() >= e - 2:  # "während die Landesregierung ... forderte"
        np_end = german_np_end(text, start, later[-1].start())
        who = speaker_in(text, index, roles, start, np_end, None)
        qs, qe = trim(text, np_end, later[-1].start())
        more = [(qs, qe, "indirect", Span(later[-1].start(), later[-1].end()), who,
                 find_vias(text, rules, index, start, e, who, [(qs - 1, qe)]))] \
            if who.name and len(words(text, qs, qe)) >= 3 else []
    else:
        more = [r for r in _by_cue(text, lang, rules, index, roles, start, e, start, later, None)
                if r[4].name and (r[4].start is None or r[4].start >= start)]
    if not more:
        return rows
    if m.start() >= first[1]:  # "ha annunciato una deviazione ..., mentre i vigili ...":
        return [first] + more + rows[1:]  # the first claim already stops before it
    head = (*trim(text, first[0], m.start()), *first[2:])
    return [head] + more + rows[1:]


# A participle of being asked opening a sentence: its agent is the medium, not the speaker.
_ASKED_OPENING = re.compile(r"(?:Intervistat|Interrogé|Consultad|Entrevistad|Befragt|Interpellat|Preguntad|Gefragt|"
                            r"Sentit|Μιλώντας|Ερωτηθ|Interviewé)\w*\s", re.I)
# A speaker that is only "the agency" (with a case ending: "Ajansın", "Ajansa").
_ANAPHOR_ONLY = re.compile(rf"(?:این |همین |هذه |bu |cette |questa |esta |diese )?"
                           rf"(?:{L.AGENCY_ANAPHORS})\w{{0,4}}", re.I)


# A statement named alone in the locative, pointing back to the one just quoted ("Açıklamada",
# "In der Mitteilung", "Dans le communiqué", "وفي البيان").
_STATEMENT_ONLY = re.compile(r"(?i)(?:(?:in der|im|dans le|en el|nel|nella|στην|وفي|في|در)\s+)?"
                             r"(?:açıklamada|açıklamasında|bildiride|Mitteilung|Erklärung|communiqué|"
                             r"comunicado|comunicato|nota|ανακοίνωση|البيان|بیانیه)")


# A lower-case genitive on a body's name ("Bakanlığının yayımladığı verilere göre"); proper
# names take it after an apostrophe, which _TR_CASE handles.
_TR_GENITIVE = re.compile(r"(?<=[a-zçğıöşü][aeıioöuü])n[ıiuü]n$")
_TR_CASE = re.compile(r"['’][a-zçğıöşü]{1,5}$")
# The source a Turkish report rests on stands in the dative: "X'in AFAD kaynaklarına
# dayandırdığı habere göre", "bakanlık yetkililerine dayanarak".
_TR_DATIVE = re.compile(r"(?<=[ıiuü])n[ae]$|(?<=[aeıioöuü])y[ae]$|['’]y?[ae]$")
_TR_BASED_ON = re.compile(r"\s+dayan(?:dırdığı|dıran|arak)")


def _direct(text, lang, rules, index, roles, s, e, inside, cues, last, continuing):
    rows = []
    titles = [(o, c) for o, c in inside if quoted_medium(text, o, c) or quoted_name(text, o, c)]
    inside = [p for p in inside if p not in titles]  # "sagte er der „Bild“": a paper, not words
    if titles and not inside:  # "sagte der „Neuen Zürcher Zeitung“, die Initiative hätte ..."
        return _indirect(text, lang, rules, index, roles, s, e, cues, last)
    outside = outside_spans(s, e, inside)
    for o, c in inside:
        split = interrupted(text, rules, index, o, c)
        if split is not None:  # "« Nous allons tout faire, a assuré X, pour rouvrir ... »"
            cue, speaker, parts = split
            if not speaker.name and last is not None:  # '«A — ha aggiunto — B»': no subject
                speaker = last  # between the cue and the dash; the one who spoke before
            via = find_vias(text, rules, index, s, e, speaker, [p for p in parts])
            rows += [(*trim(text, a, b), "direct", Span(cue.start(), cue.end()), speaker, via)
                     for a, b in parts if len(words(text, a, b)) >= 2]
            continue
        qs, qe = trim(text, o + 1, c)
        if qe <= qs:
            continue
        n_words = len(words(text, qs, qe))
        speech = [m for m in cues if not rules.according.fullmatch(m.group())]
        # a verb of saying before an according-phrase that names only the relay
        cue = nearest_cue(speech if speech and not _according_names_source(text, rules, cues, o)
                           else cues, o, c, text)
        kind = "direct" if n_words >= 2 and stands_alone(text, s, e, o, c) else "mixed"
        whom = whom_before(text, index, roles, rules, s, cue, last) if cue is not None else None
        if whom is not None:  # "cita un dirigente del gruppo secondo cui «...»": the dirigente
            rows.append((qs, qe, kind, Span(cue.start(), cue.end()), whom,
                         find_vias(text, rules, index, s, e, whom, inside) or citing_medium(text, s, cue)))
            continue
        acc = according_pronoun(text, rules, s, o)
        if cue is not None and acc is not None and not acc[0] <= cue.start() < acc[1]:
            acc = None  # ('Según dijo a la Cadena SER, ...' holds its own verb)
        who = last or person_before(text, index, s) if acc is not None else None
        if who is not None:  # "Selon lui, l'Iran « agit ... »": the one just named
            told = find_vias(text, rules, index, acc[0], acc[1], who, inside) if cue is not None else ()
            rows.append((qs, qe, kind, Span(*acc), who, told))
            lead = trim(text, acc[1] + 1, o)
            if not rows[:-1] and len(words(text, *lead)) >= 5 and "," not in text[acc[1] + 1:o]:
                # "A su juicio, la flota lleva ... y «...»": the words before the marks too
                rows.append((*lead, "indirect", Span(*acc), who, ()))
            continue
        said_by = tr_said_by(text, index, c) if lang == "tr" else \
            words_of_after(text, index, c, lang) if lang in ("ur", "fa") else None
        if said_by is not None:  # '"..." diyen Milletvekili X', '"..." sözleri X'e ait'
            rows.append((qs, qe, kind, None, said_by, ()))
            continue
        lead = colon_subject(text, index, s, o, last) if cue is None else None
        if lead is not None:  # "El patrón mayor ..., Manuel Ríos, fue tajante: «...»"
            rows.append((qs, qe, kind, None, lead, find_vias(text, rules, index, s, e, lead, inside)))
            continue
        if cue is None and lang == "de" and last is not None and last.start is not None \
                and "\n" not in text[last.start:s] and KONJUNKTIV.search(text, s, o):
            # "Das teilte der Träger mit. Grund sei „ein Mangel an ...“": still its words
            rows.append((qs, qe, kind, None, last, ()))
            continue
        acc = rules.according.match(text, s + len(text[s:o]) - len(text[s:o].lstrip(" «\"“„")), o)
        if acc is not None and cue is not None and not told_by_holds(text, acc.end(), o, cue.start()):
            acc = None  # (a verb of its own, unless it is the according-phrase's "riferito all'X da")
        per = _PER_SOURCE.match(text, s) if acc is None and cue is None and lang in ("it", "fr", "es") else None
        bare = _PER_BARE.match(text, s) if acc is None and cue is None and lang in ("it", "fr", "es") else None
        if per is None and bare is not None and any(  # "Pour Emmanuel Macron, la réforme « ... »"
                h[0] == bare.end() and h[2].type == "PERSON" for h in index.within(bare.end(), o)):
            per = bare
        if per is not None and "," in text[per.end():o] and re.search(  # "Pour la Confédération
                r"[A-ZÀ-Ý]", text[per.end():text.index(",", per.end(), o)]):
            acc = per  # paysanne, l'abattage « ... »": for them, i.e. they say; a named one only
        row = according_row(text, lang, rules, index, roles, s, e, acc, cues, last) if acc else None
        if row and row[4].name:  # "Selon l'AFP, citant l'ARS, le mouvement concerne « ... »":
            # no verb; the phrase sources it ("Selon sa directrice, X, interrogée par Nice-Matin,
            # « ... »": a medium the source was asked by, outside the marks, carried the words)
            via = row[5] or find_vias(text, rules, index, s, o, row[4], inside)
            rows.append((qs, qe, kind, row[3], row[4], via))
            continue
        frag = subject_of_fragment(text, lang, index, s, o) if cue is None and n_words >= 2 else None
        if frag is not None:  # "Aubert espère jouer « avant Noël »": the subject's words
            rows.append((qs, qe, "mixed", None, frag, find_vias(text, rules, index, s, e, frag, inside)))
            continue
        if cue is None and continues_quote(text, o):
            rows.append((qs, qe, "direct", None, Speaker(None, None, None, None), ()))
            continue  # its speaker is the one of the paragraph before (run_on_speakers)
        if cue is None and n_words <= 3 and not (continuing and n_words >= 2
                                                  and stands_alone(text, s, e, o, c)):
            continue  # a scare quote, not reported speech ("„Sicherheit geht vor." goes on)
        whole = n_words >= 2 and stands_alone(text, s, e, o, c)
        kind = "direct" if whole else "mixed"
        if cue is None:
            if not (continuing and whole and last is not None):
                if n_words < 6 and not (last is not None and stands_alone(text, s, e, o, c)
                                        and text[text.rfind("\n", 0, o) + 1:o].strip() == ""):
                    continue  # (a paragraph that is only a quotation may go on: quote_paragraphs)
                rows.append((qs, qe, "direct", None, Speaker(None, None, None, None), ()))
                continue
            speaker = last
        else:
            that = rules.that.search(text, cue.end(), o) if kind == "mixed" and \
                cue.end() <= o and lang in ("ar", "fa", "ur") else None
            if that is not None and text[that.end():o].strip():
                # 'وقال دبلوماسي ... إن الاتحاد سيراقب الوضع "عن كثب"': the reported clause
                # holds the quoted words, and its subject is not the speaker
                qs = trim(text, that.end(), qe)[0]
                mine = [(x, min(y, that.start())) for x, y in outside if x < that.start()]
                speaker = find_speaker(text, lang, rules, index, roles, s, e, cue, mine, last)
            else:
                speaker = find_speaker(text, lang, rules, index, roles, s, e, cue, outside, last)
            lead = colon_subject(text, index, s, o, last) if cue.start() > c and (
                speaker.name is None or speaker == last) else None
            if lead is not None:  # "... il consigliere Marco Bellini: «...», ha scritto su
                speaker = lead  # Facebook": the verb after has no subject; the colon's has
        via = find_vias(text, rules, index, s, e, speaker, inside)
        if cue is not None and not rules.according.fullmatch(cue.group()):
            via = opening_relay(text, rules, index, s, cue.start(), speaker, via)  # "D'après Y, X a dit"
        rows.append((qs, qe, kind, Span(cue.start(), cue.end()) if cue else None, speaker, via))
        lead = _that_before(text, rules, cue, o) if cue is not None and len(rows) == 1 else None
        if lead is not None:  # "ha raccontato che i turni arrivano a dodici ore: «...»"
            rows.append((*lead, "indirect", Span(cue.start(), cue.end()), speaker, via))
    return rows


def _according_names_source(text: str, rules: Lang, cues, o: int) -> bool:
    """'Selon X, « ... »' with X no medium: the according-phrase names who spoke."""
    acc = [m for m in cues if rules.according.fullmatch(m.group()) and m.end() <= o]
    return bool(acc) and not is_medium(text, rules, acc[-1].end(), min(o, acc[-1].end() + 60))


def _that_before(text: str, rules: Lang, cue, o: int) -> tuple[int, int] | None:
    """The complementiser clause between a cue and the quotation it introduces."""
    if cue.end() > o:
        return None
    that = rules.that.search(text, cue.end(), o)
    if that is None:
        return None
    qs, qe = trim(text, that.end(), o)
    return (qs, qe) if len(words(text, qs, qe)) >= 3 and text[qe:o].strip() == ":" else None


_HERE = re.compile(r"")  # an empty match: the content starts right after the cue


# How words were told, between a cue and its complementiser: a short phrase with no comma.
_CHANNEL = (r"(?:par|por|per|au|al|à|a|in|am|en|σε|στο|στην)\s+[^\s,.;:«»\"“”„]+"
            r"(?:\s+[^\s,.;:«»\"“”„]+)?\s+")


def _trailing_that(text, rules, index, s, e, inside, cues, prev, lang=""):
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
        at = cue.end() + len(gap) - len(gap.lstrip())
        aside = re.compile(_CHANNEL + f"(?={rules.that.pattern})").match(text, at)
        # ("a précisé par courriel que", "dijo por teléfono que": how it was told)
        that = rules.that.match(text, aside.end() if aside else at) or INFINITIVE_OF.match(text, at)
        if that is None and ANNOUNCE.fullmatch(cue.group()) and \
                re.fullmatch(r"[\s,]*(?:y|e|et|und|και)\s*", text[close + 1:cue.start()]):
            that = _HERE.match(text, at)  # "«...» y pidió una auditoría": its object
        if that is None or prev[4].name is None:  # "e ha fatto sapere di essere ..."
            continue
        qs, qe = trim(text, that.end(), e)
        if len(words(text, qs, qe)) < 3:
            continue
        speaker, from_ = prev[4], s
        turn = re.compile(rf"(?<![\w-])(?:{CONTRAST[lang]})(?![\w-])").search(
            text, close, cue.start()) if lang in CONTRAST else None
        if turn is not None:  # '«...» خواند، اما وزارت خارجه پاناما اعلام کرد که': its own
            who = speaker_in(text, index, {}, turn.end(), cue.start(), None)
            np = trim(text, turn.end(), cue.start())
            speaker = who if who.name else Speaker(None, text[np[0]:np[1]], *np) \
                if 1 <= len(words(text, *np)) <= 5 else speaker
            from_ = turn.end()
        via = find_vias(text, rules, index, from_, e, speaker, [(qs - 1, qe)] + list(inside))
        return [(qs, qe, "indirect", Span(cue.start(), cue.end()), speaker, via)]
    return []


def _indirect(text, lang, rules, index, roles, s, e, cues, last):
    split = fa_split_demand(text, rules, index, roles, s, e, last, speaker_in, find_vias) if lang == "fa" else []
    if split:  # "X نیز در گفت‌وگو با ایرنا خواستار نظارت بیشتر ... شد": the demand
        return split
    taken_up = said_after_colon(text, lang, rules, index, roles, s, e, cues, last) if cues else []
    if taken_up:  # "...: lo ha spiegato in una nota l'Autorità": the words before the colon
        return taken_up
    lead = RELAY_LEAD.match(text, s, e)
    later = [c for c in cues if c.start() >= lead.end()] if lead is not None else []
    if later and is_medium(text, rules, lead.start(), lead.end()):
        # "Lo riferisce l'ANSA: il direttore ... ha annunciato che ...": the clause after the
        # colon has its own cue and subject; the medium carried it
        return _by_cue(text, lang, rules, index, roles, lead.end(), e, s, later, last)
    acc = rules.according.search(text, s, e)
    per = _PER_SOURCE.match(text, s) if lang in ("it", "fr", "es") else None
    if per is not None and _PER_OCCASION.match(text, per.end()):
        per = None  # "Pour la première fois, ...", "Per il momento, ...": when, not who
    if per is not None and "," in text[per.end():min(e, per.end() + 60)]:
        acc = per  # "Per i meteorologi di 3bmeteo, la pioggia ...": for them, i.e. they say
    elif per is not None and not cues:
        row = _per_name_bare(text, index, roles, per, e)
        if row:  # "Per la Filt Cgil quanto accaduto dimostra ...": no comma after the name
            return row
    if not cues and lang == "de" and last is not None and _KONJUNKTIV_SUBJECT.match(text, s):
        qs, qe = trim(text, _KONJUNKTIV_SUBJECT.match(text, s).start(1), e)
        return [(qs, qe, "indirect", None, last, ())]  # "Sie rechne mit massiven Ausfällen."
    inverted = _KONJUNKTIV_INVERTED.match(text, s, e) if not cues and lang == "de" else None
    if inverted is not None and last is not None and last.start is not None \
            and "\n" not in text[last.start:s]:  # "Einen Rücktritt schließe er aber aus."
        qs, qe = trim(text, s, e)
        return [(qs, qe, "indirect", None, last, ())]
    if not cues and lang == "de" and last is not None and last.start is not None \
            and "\n" not in text[last.start:s] \
            and (KONJUNKTIV.search(text, s, min(e, s + 60)) or V2_SUBJUNCTIVE.match(text, s)) \
            and len(words(text, s, e)) >= 3 and not text.startswith("Ob ", s):
        # ("Ob es Hilfen geben werde, ließ sie offen": a question left open, no claim)
        qs, qe = trim(text, s, e)  # "Ersatzbusse würden eingerichtet.": still the speaker's
        return [(qs, qe, "indirect", None, last, ())]
    view = IN_HIS_VIEW.match(text, s, e)
    if view is not None and last is not None and not [c for c in cues if c.start() >= view.end()]:
        # "A suo dire, la disoccupazione ... è salita": the sentence is the last speaker's
        qs, qe = trim(text, view.end() + 1, e)
        if len(words(text, qs, qe)) >= 3:
            return [(qs, qe, "indirect", Span(view.start(), view.end()), last, ())]
    if acc is not None and _inside_reported(text, rules, cues, acc):
        acc = None  # "ترجمان نے کہا کہ ... معمول کے مطابق جاری ہے": 'as usual', in the claim
    if acc is not None and lang not in ("tr", "ur", "fa", "ar") and acc.start() - s > 3:
        rows = _said_then_relayed(text, lang, rules, index, roles, s, e, acc, cues, last)
        if rows:
            return rows
    if acc is not None:
        relayed = _relayed(text, lang, rules, index, roles, s, e, acc, cues, last)
        if relayed:
            return relayed
        row = according_row(text, lang, rules, index, roles, s, e, acc, cues, last)
        if row:
            return [row]
    return _by_cue(text, lang, rules, index, roles, s, e, s, cues, last) \
        or parenthetical(text, rules, index, roles, s, e, cues, last)


def _inside_reported(text: str, rules: Lang, cues, acc) -> bool:
    """An according-phrase after a verb of saying and its 'that' sits in the reported clause
    ("dijo que, según el contrato, ..."): it names no source of the sentence."""
    for c in cues:
        if c.end() <= acc.start() and not rules.according.fullmatch(c.group()):
            that = rules.that.search(text, c.end(), min(acc.start(), c.end() + 12))
            if that is not None and not text[c.end():that.start()].strip(" ،,:") \
                    and not re.search(r"[,،;]", text[that.end():acc.start()]):
                return True  # (", selon des propos rapportés par X" relays the whole)
    return False


def _said_then_relayed(text, lang, rules, index, roles, s, e, acc, cues, last):
    """'Le ministère a fait savoir qu'un médiateur serait nommé, selon des propos rapportés
    par Ouest-France': a closing according-phrase naming a medium is the via of the clause
    before it, whose own cue names the speaker."""
    src = (acc.end(), clause_end(text, acc.end(), e))
    if not (is_medium(text, rules, *src) or RELAY_RE.search(text, *src)) \
            or rules.statement.search(text, *src):
        return []  # "selon un communiqué publié sur son site": the statement's author speaks
    before = [c for c in cues if c.end() <= acc.start() and not rules.according.fullmatch(c.group())]
    rows = (_by_cue(text, lang, rules, index, roles, s, acc.start(), s, before, last) or object_claim(
        text, s, acc.start(), before[-1], (lang, rules, index, roles, last))) if before else []
    after = src[1] + 1 + len(text[src[1] + 1:e]) - len(text[src[1] + 1:e].lstrip())
    if not rows and before and rules.that.match(text, after):
        # "declaró a la radio X, según recogió la agencia Reuters, que ...": the clause after
        # the relay is the words; both media carried them
        return [r for r in _by_cue(text, lang, rules, index, roles, s, e, s, before, last)
                if r[0] >= after]
    if not rows:
        return []
    qs, qe, kind, cue, speaker, via = rows[0]
    more = find_vias(text, rules, index, acc.start(), e, speaker, [], skip=via)
    relay = RELAY_RE.search(text, *src)
    name = _RELAYER.match(text, relay.end(), src[1]) if relay is not None else None
    if not more and name is not None:  # "rapportés par Ouest-France": whatever its name
        more = (Via(None, name.group(1), name.start(1), name.end(1)),)
    return [(qs, qe, kind, cue, speaker, via + more)]


_RELAYER = re.compile(r"\s+(?:l['’]|le |la |les |il |el |der |dem )?"
                      r"([A-ZÀ-ÝΑ-Ω][\w'’-]*(?:\s+[A-ZÀ-ÝΑ-Ω][\w'’-]*){0,3})")


def _relayed(text, lang, rules, index, roles, s, e, acc, cues, last):
    """'İran devlet televizyonunun aktardığına göre, Vali X ... söyledi' / 'Selon l'agence
    X, le ministre Y a affirmé que ...': the according-phrase names a medium and another cue
    has its own speaker; the medium is then a via, never the speaker."""
    if lang in ("tr", "ur"):
        head = text[s:acc.start()]
        src = (s + max(head.rfind(","), head.rfind("،")) + 1, acc.start())
        rest = clause_end(text, acc.end(), e) + 1 if acc.end() < e else e
        rest = acc.end() if rest >= e else rest
    else:
        src = (acc.end(), clause_end(text, acc.end(), e))
        rest = src[1] + 1
    if not (is_medium(text, rules, *src) or lang in ("fa", "ur") and fa_medium_kind(text, *src, lang)
            # "Según La Gaceta del Sur, el alcalde X dijo que": a title opening the sentence
            or lang in ("fr", "es", "it", "de") and acc.start() - s <= 3 and title_name(text, index, *src)) \
            or lang not in ("tr", "ur") and SOURCES_FIRST.match(text, *src):
        return []  # ("Según fuentes policiales citadas por Europa Press, ...": the sources speak)
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
        that = rules.that.match(text, skip_to_that(text, cue.end(), e, rules))
        if that is not None and any(cue.end() < c.start() and c.end() <= that.start()
                                    and "," in text[cue.end():c.start()]
                                    and not _GERUND.search(c.group()) for c in cues):
            that = None  # "confirmó X, aunque aseguró que ...": that 'que' is the next verb's
        if that is not None and that.start() - cue.end() <= reach(text, cue.end(), e):
            qs, qe = trim(text, that.end(), e)
        elif sentence_final(text, cue, s, e, lang):
            qs, qe = content_before(text, s, cue, lang)
            if AS_CUE.search(text, max(s, cue.start() - 16), cue.start()) and lang != "tr":
                # "..., όπως μετέδωσε η ΕΡΤ": the one named after the verb reported it
                who = speaker_in(text, index, roles, cue.end(), e, None)
                if who.name is None:
                    who = inverted_np(text, cue.end(), e - len(text[cue.end():e]) + len(
                        text[cue.end():e].rstrip(" .!\n")))
                if who.name and len(words(text, qs, qe)) >= 3:
                    return [(qs, qe, "indirect", Span(cue.start(), cue.end()), who, ())]
            inner = _inner_subject(text, lang, rules, index, roles, s, cue, cues, e, last)
            if inner is not None:  # "Les pompiers craignent ..., a rapporté l'agence."
                via = find_vias(text, rules, index, sent_s, e, inner, [(qs - 1, qs)])
                return [(qs, qe, "indirect", Span(cue.start(), cue.end()), inner, via)]
        elif lang in INFINITIVE and INFINITIVE[lang].match(text, cue.end(), e):
            # "a dit attendre depuis quinze heures": the infinitive clause is what was said
            qs, qe = trim(text, cue.end(), e)
        elif lang == "de" and konjunktiv_after(text, cue, e):
            qs, qe = trim(text, clause_end(text, cue.end(), e) + 1, e)
            relay = DE_RELAY_CLAUSE.match(text, qs, qe)
            if relay is not None:  # "..., über das die Nachrichtenagentur Reuters berichtete, X"
                qs = trim(text, relay.end(), qe)[0]
        elif ANNOUNCE.fullmatch(cue.group()) and announced(text, s, cue, e, lang):
            qs, qe = announced(text, s, cue, e, lang)
        elif lang == "ar" and _AR_DEMAND.fullmatch(cue.group()) and \
                _AR_DEMAND_OBJECT.search(text, cue.end(), min(e, cue.end() + 80)):
            obj = _AR_DEMAND_OBJECT.search(text, cue.end(), min(e, cue.end() + 80))
            qs, qe = trim(text, obj.start(), e)
            if last is not None and not text[s:cue.start()].strip() and \
                    not text[cue.end():obj.start()].strip():
                via = find_vias(text, rules, index, sent_s, e, last, [(qs - 1, qe)])
                return [(qs, qe, "indirect", Span(cue.start(), cue.end()), last, via)]  # "وتعهد بـ"
        elif lang == "fa" and cue.group() in ("خبر داد", "خبر دادند") and \
                " از " in text[s:cue.start()]:
            qs, qe = trim(text, text.index(" از ", s) + 4, cue.start())  # "از کاهش X خبر داد"
        elif lang == "fa" and cue.group() in ("خواست", "خواستند") and \
                len(words(text, cue.end(), e)) >= 3:
            qs, qe = trim(text, cue.end(), e)  # "از شهروندان خواست مصرف آب را کاهش دهند"
        elif lang == "fa" and (cue.group() in ("گفت", "افزود", "نوشت", "گفتند", "اعلام کرد", "اعلام کردند")
                               or FA_PERFECT_SAID.fullmatch(cue.group())) and \
                len(words(text, cue.end(), e)) >= 4 and not text[cue.end():e].lstrip().startswith(":"):
            qs, qe = trim(text, cue.end(), e)  # "به روزنامه شرق گفت این توقیف پیامی ... است"
        elif lang in ("fr", "es") and L.INFINITIVE_AFTER.match(text, cue.end(), e):
            # "a confié à l'AFP craindre des tensions": the infinitive opens the content
            qs, qe = trim(text, L.INFINITIVE_AFTER.match(text, cue.end(), e).start("v"), e)
        elif lang == "fa" and " را " in text[s:cue.start()] and \
                not text[cue.end():e].strip(" .").replace("\u200c", " ").strip(_FA_AUX_CHARS) and \
                _fa_object_first(text, lang, rules, index, roles, s, e, cue, last):
            qs, qe, speaker = _fa_object_first(text, lang, rules, index, roles, s, e, cue, last)
            via = find_vias(text, rules, index, sent_s, e, speaker, [(qs - 1, qe)])
            return [(qs, qe, "indirect", Span(cue.start(), cue.end()), speaker, via)]
        elif as_said(text, s, cue) \
                and text[cue.end():cue.end() + 2].lstrip().startswith(","):
            qs, qe = trim(text, cue.end(), e)  # "Όπως είπε, μικρές ζημιές ...": as he said
        elif L.DEMAND.fullmatch(cue.group()) and L.DEMAND_OBJECT.match(text, cue.end()):
            qs, qe = trim(text, cue.end(), e)  # "Elle demande l'intervention de l'État"
        elif _REQUEST.fullmatch(cue.group()) and _REQUEST_MARK.search(text, cue.end(),
                                                                      min(e, cue.end() + 60)):
            mark = _REQUEST_MARK.search(text, cue.end(), min(e, cue.end() + 60))
            qs, qe = trim(text, mark.end(), e)  # "κάλεσε την κυβέρνηση να αποσύρει ..."
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
            qs, qe = trim(text, qs, tail.start())
        short = lang in ("tr", "fa", "ur") or _REQUEST.fullmatch(cue.group())  # "di chiudere X"
        if len(words(text, qs, qe)) < (2 if short else 3):
            continue
        relayed_from = ar_relayed_from(text, cue, e) if lang == "ar" else None
        if relayed_from is not None:  # "ونقلت وكالة X عن مسؤول محلي قوله": the official
            a = relayed_from.end()
            b = AR_SAYING.search(text, a, min(e, a + 80))
            speaker = speaker_in(text, index, roles, a, b.start() if b else qs, last)
        elif last is not None and (_null_subject(text, s, cue, rules, e) or as_said(text, s, cue)
                                   or lang == "tr" and not text[s:qs].strip(" \n\"“”")):
            speaker = last
        else:
            # a Turkish converb's subject comes before its clause; after it stand the
            # main verb's objects ("TTB ... belirterek Bakanlığı ... çağırdı")
            after = [] if lang == "tr" and TR_CONVERB.search(cue.group()) else [(qe, e)]
            speaker = find_speaker(text, lang, rules, index, roles, s, e, cue, [(s, qs)] + after,
                                   last)
        if speaker.start is not None and speaker.start < qe and qs < (speaker.end or 0) \
                or speaker.name is None and lang == "tr" and text[s:qs].rstrip().endswith(","):
            speaker = speaker_in(text, index, roles, s, qs, last)  # the subject before the clause
        source = _TR_ABLATIVE_SOURCE.search(text, s, qs) if lang == "tr" else None
        if source is not None:  # "Antalya Valiliği'nden yapılan açıklamada, ... bildirildi"
            speaker = speaker_in(text, index, roles, s, source.start(1), last)
        if _RELAY_VERB.fullmatch(cue.group()) and text[s:cue.start()].rstrip().endswith(",") \
                and not TOLD_AFTER.match(text, cue.end()) \
                and is_medium(text, rules, cue.end(), clause_end(text, cue.end(), e)):
            # "Το υπουργείο απέρριψε ..., μεταδίδει το πρακτορείο Ρόιτερς, λέγοντας ότι ...":
            # the medium relays what the sentence's subject said, so the name must open the
            # sentence (a name deep inside the clause is what the words are about)
            hits = [h for h in index.within(s, clause_end(text, s, cue.start()))
                    if h[2].type in SPEAKING_TYPES and len(words(text, s, h[0])) <= 2]
            speaker = named(text, hits[0][2], hits[0][0], hits[0][1]) if hits else speaker
        if speaker.name is None and lang == "fa" and cue.group() in ("خبر داد", "خبر دادند"):
            speaker = _fa_announcer(text, s, qs)
        speaker = plural_group(text, Span(cue.start(), cue.end()), speaker) if speaker.name is None else speaker
        if speaker.name is None:
            continue
        via = find_vias(text, rules, index, sent_s, e, speaker, [(qs - 1, qe)])
        if not rules.according.fullmatch(cue.group()):
            via = opening_relay(text, rules, index, sent_s, cue.start(), speaker, via)  # "Según Y, X dijo"
        return [(qs, qe, "indirect", Span(cue.start(), cue.end()), speaker, via)]
    return []


def _fa_announcer(text: str, s: int, qs: int) -> Speaker:
    """'مدیرکل هواشناسی فارس از ادامه بارش‌ها خبر داد': in 'X از Y خبر داد' the words before
    'از' are the one announcing, named or not."""
    a, b = trim(text, s, max(s, qs - 4))
    if not 1 <= len(words(text, a, b)) <= 5 or re.search(r"[،,:«»\"]", text[a:b]):
        return Speaker(None, None, None, None)
    return Speaker(None, text[a:b], a, b)


# What may follow a Persian verb of saying at the sentence's end ("اعلام کرده است").
_FA_AUX_CHARS = " کردهاستبودندشداینم"
_FA_LEAD = re.compile(r"[\s،,]*(?:(?:اما|نیز|هم|همچنین)(?!\S)[\s،,]*)*")


def _fa_object_first(text, lang, rules, index, roles, s, e, cue, last):
    """'مرکز آمار ایران اما رقم تورم را ۴۱ درصد اعلام کرده است', 'دلیل آلودگی را یک کارشناس،
    علی رحیمی، سوزاندن مازوت دانست': with a 'را' object, what was said runs from the speaker's
    name to the closing verb, whichever side of the object the speaker stands."""
    if any(w not in _FA_AUX for w in text[cue.end():e].replace("\u200c", " ").strip(" .").split()):
        return None
    speaker = find_speaker(text, lang, rules, index, roles, s, e, cue, [(s, cue.start())], last)
    if speaker.name is None or speaker.end is None or not s <= speaker.start < cue.start():
        return None
    lead = _FA_LEAD.match(text, speaker.end, cue.start())
    qs, qe = trim(text, lead.end(), cue.start())
    talk = FA_TALK_AT.match(text, qs, qe)
    if talk is not None:  # "X، در گفت‌وگو با شبکه خبر، Y را ... دانست": told to the medium
        qs = trim(text, talk.end(), qe)[0]  # (a via, found outside the words)
    if len(words(text, qs, qe)) < 2:
        return None
    return qs, qe, speaker




# "وطالب الاتحاد الحكومة بتعويض ...", "ودعت المنظمة إلى وقف ...": the demand is the content.
_AR_DEMAND = re.compile(r"(?:و|ف)?(?:طالب|طالبت|دعا|دعت|ناشد|ناشدت|تعهد|تعهدت)")
_AR_DEMAND_OBJECT = re.compile(r"(?<!\S)(?:ب(?!أن|ين|يان)\S{3,}|إلى\s)")
# Verbs of asking whose content follows an infinitive or subjunctive marker ("a appelé à",
# "ha chiesto di", "κάλεσε ... να", "forderte ... zu").
_REQUEST = re.compile(r"κάλεσε|ζήτησε|προτείνουν|προτείνει|πρότεινε|πρότειναν|ha chiesto|hanno chiesto|a appelé|a demandé|ont appelé|"
                      r"ont demandé|pidió|pidieron|خواست|خواستند", re.I)
_REQUEST_MARK = re.compile(r"(?<![\w-])(?:να|di|de|à|a|تا)\s")
# "..., wie die Zeitung „Blick“ berichtete.": the words come first, their reporter last.
_AS_REPORTED = re.compile(r"[,،]\s*(?:wie|comme|come|como|όπως)\s+(?:l['’]\w+\s+)?"
                          r"(?P<src>[^,،.]{2,60}?)\s*$", re.I)


_TR_ABLATIVE_SOURCE = re.compile(r"(['’]n?[dt][ae]n)\s+yapılan\s+(?:\S+\s+)?(?:açıklama|duyuru)")
_PER_BARE = re.compile(r"(?:Per|Pour|Para)\s+")
# A name in capitals after 'Per la', then the clause in lower case ("Per la Filt Cgil quanto ...").
_CAPITAL_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|d[ei]l?|della|de la|des?|du))*?(?=\s+[a-zà-ÿ])")


def _per_name_bare(text, index, roles, per, e):
    """'Per/Pour/Para' and a body or person named in capitals with no comma before the clause:
    the name holds the view the clause states. A place ('Per l'Italia ...') holds none, and the
    clause must be a sentence of its own (four words at least, no verb of saying)."""
    run = _CAPITAL_RUN.match(text, per.end(), e)
    if run is None:
        return []
    sp = speaker_in(text, index, roles, run.start(), run.end(), None)
    if sp.name is None or sp.start is None or sp.start != run.start() or sp.end != run.end() \
            or any(h[2].type in ("GPE", "LOC") for h in index.within(run.start(), run.end())):
        return []
    qs, qe = trim(text, run.end(), e)
    if len(words(text, qs, qe)) < 4 or _FOR_THEM.match(text, qs):
        return []  # ("Per la Juventus è una vittoria importante": for it, not in its view)
    return [(qs, qe, "indirect", Span(per.start(), per.end()), sp, ())]


# A clause opening on a copula or an impersonal verb after 'Per X' says what is so for X.
_FOR_THEM = re.compile(r"(?:è|era|sarà|sono|erano|saranno|c['’]è|ci|si|est|était|sera|c['’]est|il y a|"
                       r"es|era|será|fue|hay|se|resta|rimane|reste|queda)\b", re.I)
_PER_OCCASION = re.compile(r"(?:(?:première|premier|dernière|seconde|prima|primo|ultima|primera|primer|"
                           r"última|segunda)\s+)?(?:fois|volta|vez|moment|momento|instant|instante|"
                           r"heure|ora|hora|reste|resto)\b", re.I)
_PER_SOURCE = re.compile(r"(?:Per|Pour|Para)\s+(?:(?:il suo|la sua|il|lo|la|i|gli|les|le|el|los|las|son|sa|ses|"
                         r"leur|sus|su)\s+|l['’]\s*)")
# A sentence opening on a pronoun and a verb in the first subjunctive reports speech by itself.
_KONJUNKTIV_SUBJECT = re.compile(r"(?:Er|Sie|Man|Dieser|Diese)\s+((?:sei|habe|werde|könne|müsse|"
                                 r"dürfe|wolle|solle|\w+[^t\W]e)(?!\w))")
# The same with the pronoun after its verb, an object or adverbial first (German word order):
# "Einen Rücktritt schließe er aber aus", "Mit einer Einigung rechne sie bis Freitag". A third
# person verb ending in -e (not the past's -te) after which 'er' or 'sie' stands is subjunctive.
_KONJUNKTIV_INVERTED = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+[\wäöüß-]+){0,5}?\s+"
                                  r"(?:\w+[^t\W]e|sei|hätte|wäre|würde|könnte|müsste|dürfte)"
                                  r"\s+(?:er|sie)(?!\w)")
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
    sp = speaker_in(text, index, roles, s, inner[0].start(), last)
    return sp if sp.name else None


_ANAPHOR_MEDIUM = re.compile(rf"(?<![\w-])(?:{L.AGENCY_ANAPHORS})(?![\w-])", re.I)


def _as_reported(text: str, s: int, cue, e: int):
    if text[cue.end():e].strip(" .!?\n"):
        return None
    m = _AS_REPORTED.search(text, s, cue.start())
    if m is None:
        return None
    qs, qe = trim(text, s, m.start())
    return qs, qe, m.span("src")


def _reporter(text: str, index, roles, a: int, b: int, last) -> Speaker:
    """The reporter of an 'as X reported' clause; a title in quotation marks is its name."""
    title = re.search(r"[„«\"“]\s?([^„«»\"“”]{2,40}?)\s?[“»\"”]", text[a:b])
    if title:
        return Speaker(None, title.group(1), a, b)
    return speaker_in(text, index, roles, a, b, last)


__all__ = ["find_quotes"]
