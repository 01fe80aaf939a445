"""Who said it in non-English reported speech: the mention, role, pronoun or body behind a cue.
Inputs: article text, entity mentions (ml_quotes' index), role words seen with names; ml_quotes calls it.
"""
from __future__ import annotations

import re

from ..records import Entity, Speaker
from . import ml_lexicon as L
from .ml_claims import (ARTICLE_NP, BY_AGENT, FA_INDEFINITE, KIND_BOUND, NAME_NEXT, ORG_ANAPHORS,
                        ROLE_NP, TR_WHERE, apposed_person, dropped_subject, full_name_after,
                        new_subject, paragraph_person, previous_subject,
                        renames_last, ur_ergative, ur_said_by)
from .ml_bounds import PLACE_ADVERBS, genitive_chain
from .ml_holder import recent_holder
from .ml_firm import FIRM_NOUNS, firms_before
from .ml_marks import words
from .ml_role_link import de_newcomer, sentence_before as _sentence_before, sentence_window
from .ml_phrases import (ACRONYM_AFTER, ACRONYM_CLOSING, PREPOSITIONS, RELAY_PARTICIPLE, asked_span,
                         fa_opening_subject, first_name_apposed, has_quote, lower_tail, named, noun_phrase, past_stamp,
                         titles_of, tr_opening_subject)
from .ml_media import (AGENCY_RE, AR_FROM, AR_SAYING, ar_relayed_from, DATIVE_AFTER, MEDIA_SHAPE, TRAILING_RELAY, agency_like,
                       is_medium, relayed_by, told_to)
from .ml_media import ON_PLATFORM as _ON_PLATFORM, PLATFORM as _PLATFORM, TOLD_PP as _TOLD_PP
from .ml_roles import (OF_BEFORE as _OF_BEFORE, ar_role_then_name as _ar_role_then_name, is_title,
                       portfolio_and,
                       body_of_place as _body_of_place,
                       people_of_place as _people_of_place, role_complement as _role_complement,
                       title_complement as _title_complement)
from .ml_asides import FA_TALK_WITH, INTERVIEWED, RELAYED_BY, ur_on_behalf, ur_pronoun_subject
from .ml_subjects import (TIME_LEAD, appositive_subject, introduced_before, INDEFINITE_START as _INDEFINITE_START, clause_end, indefinite_subject as
                          _indefinite_subject, object_relative as _object_relative,
                          relative_head as _relative_head, tr_closing_subject,
                          tr_statement_source, READ_BY_RELATIVE, in_relative_aside)

SPEAKING_TYPES = ("PERSON", "ORG", "NORP")
_SOURCE_TYPES = ("PERSON", "ORG", "GPE", "NORP", "OTHER")
_CONJUNCTIONS = frozenset("و et y e und και ve ama ma pero mais".split())
DATELINE_AT = re.compile(r"[^\n]{1,60}?\s[—–]\s")


def in_dateline(text: str, pos: int) -> bool:
    """'VELIGRAD — ...', 'TEHRAN (AFP) — ...': the place and wire before a line's dash."""
    line = text.rfind("\n", 0, pos) + 1
    m = DATELINE_AT.match(text, line)
    if not m or pos >= m.end():
        return False
    head = text[line:m.end()].strip(" —–")
    return head.upper() == head or len(words(head)) <= 3


def find_speaker(text, lang, rules, index, roles, s, e, cue, outside, last) -> Speaker:
    """The mention tied to the cue: nearest PERSON/ORG outside the quotation, else a pronoun
    pointing back to the last speaker, else the role or noun phrase that holds the cue."""
    s = past_stamp(text, s, cue.start())
    talk = FA_TALK_WITH.search(text, s, cue.start()) if lang == "fa" else None
    if talk is not None:  # "X در گفت‌وگو با صدا و سیمای مرکز فارس اعلام کرد": the one talked
        stop = text.find("،", talk.end(), cue.start())  # to is a medium, never the subject
        stop = cue.start() if stop < 0 else stop  # (words before the phrase are its subject;
        before = bool(text[s:talk.start()].strip(" ،,\n"))  # with none, the subject follows it)
        outside = [(a, b) for a, b in ((a, min(b, talk.start())) if a < talk.start() else (max(a, stop), b)
                                       for a, b in outside) if b > a and (a < talk.start() or not before)]
    if lang in ("it", "es", "el") and last is not None and last.name and last.start is not None \
            and re.search(r"\w,\s$", text[max(0, cue.start() - 3):cue.start()]) \
            and text[cue.end():cue.end() + 1] == "," and text.count("\n", last.start, cue.start()) <= 2 \
            and not any(h[2].type == "PERSON" for h in index.within((last.end or last.start) + 1, cue.start())):
        return last  # "Il provvedimento, ha spiegato, è «...»": a cue set off alone drops its
        # subject, the one who spoke last when no one was named since
    aside = _medium_aside(text, rules, index, roles, s, e, cue, last)
    if aside is not None:  # "Το υπουργείο, σύμφωνα με το ΑΠΕ-ΜΠΕ, εξετάζει «...»"
        return aside
    if lang in ("fa", "ar") and rules.according.fullmatch(cue.group()) \
            and not text[s:cue.start()].strip(" \nو"):
        # "به گزارش ایرنا به نقل از روابط عمومی جشنواره، ...": the phrase opening the sentence
        # names its source after it; no subject was dropped
        b = clause_end(text, cue.end(), e)
        sp = speaker_in(text, index, roles, cue.end(), b, None) if b > cue.end() else None
        if sp is not None and sp.name:
            return sp
    lead = RELAY_LEAD.match(text, s, cue.start())
    if lead is not None:  # "Lo riferisce l'ANSA: il direttore ... ha annunciato": the medium
        s = lead.end()  # relays; the subject is the clause's after the colon
        outside = [(max(a, s), b) for a, b in outside if b > s]
    asked = asked_span(text, s, cue.start())
    if asked is not None:  # "Interrogé sur X, il a répondu": who asked, or what about, is no subject
        lead = text[s:asked[0]].strip(" \n«»\"“”„،,")
        if not lead or lead.lower() in _CONJUNCTIONS:
            s = asked[1]
            outside = [(max(a, s), b) for a, b in outside if b > s]
        elif not text[asked[1]:cue.start()].strip(" ,،"):  # "وی در پاسخ به پرسش ... افزود"
            sp = speaker_in(text, index, roles, s, s + len(text[s:asked[0]].rstrip(" ,،")), last)
            if sp.name:
                return sp
    opening = tr_statement_source(text, index, s, cue) or tr_opening_subject(text, index, s, cue.start()) \
        if lang == "tr" else fa_opening_subject(text, index, s, cue.start()) if lang == "fa" else None
    if opening is not None:  # ("Valilik'ten yapılan açıklamada, ...": the statement's body)
        return opening
    closing = tr_closing_subject(text, index, s, cue) if lang == "tr" else None
    if closing is not None:  # '"...," diye konuştu il milli eğitim müdürü Hakan Tuncel.'
        return closing
    if last is not None and dropped_subject(text, rules, s, cue, e):
        return last  # 'وأكد أن "..."', 'Añadió: «...»': the verb opens the sentence, no subject
    said_by = ur_said_by(text, index, cue, e) if lang == "ur" else None
    if said_by is not None:  # '"..."، یہ کہنا تھا اوکاڑہ کے ایک کاشتکار محمد اسلم کا'
        return said_by
    if lang == "ur" and last is not None and ur_pronoun_subject(text, s, cue):
        return last  # "جیو نیوز سے گفتگو میں انہوں نے کہا": a phrase of setting, then the pronoun
    behalf = ur_on_behalf(text, s, cue) if lang == "ur" else None
    if behalf is not None:  # "واسا کی جانب سے جاری بیان میں کہا گیا": the issuer speaks
        sp = speaker_in(text, index, roles, *behalf, last)
        return sp if sp.name else Speaker(None, text[behalf[0]:behalf[1]], *behalf)
    ergative = ur_ergative(text, index, s, cue) if lang == "ur" else None
    if ergative is not None:
        return ergative
    if lang == "ar" and cue.group().startswith("و") and text[s:cue.start()].rstrip().endswith("،"):
        # "حمّل النائب X الحكومة المسؤولية، وكتب ... أن": the clause before has the subject
        people = [h for h in index.within(s, cue.start()) if h[2].type == "PERSON"]
        if people:
            return named(text, people[0][2], people[0][0], people[0][1])
    resumed = _RESUMED.match(text, s, cue.start())
    if resumed is not None:  # "Les associations d'usagers, elles, craignent": the phrase
        a, b = resumed.span(1)
        sp = speaker_in(text, index, roles, a, b, None)
        return sp if sp.name else Speaker(None, text[a:b], a, b)
    near = text[max(s, cue.start() - 12):min(e, cue.end() + 12)].lower()
    if "-t-il" in near or "-t-elle" in near or _pronoun_next_to(text, cue, s, e, lang):
        fresh = new_subject(text, index, s, last) or _role_opened_before(text, index, s, last)
        if fresh is not None:  # "Landrat X zeigte sich enttäuscht. ..., sagte er": X
            return fresh
        if last is not None:
            return last
        back = [r for r in index.within(max(0, s - 600), s) if r[2].type == "PERSON"]
        if back:
            ms, me, ent = back[-1]
            return named(text, ent, ms, me)
    if _GERUND_CUE.search(cue.group()) and relayed_in(text, rules, s, cue.start()):
        # "Το υπουργείο απέρριψε ..., μεταδίδει το πρακτορείο Ρόιτερς, λέγοντας ότι": the
        # participle goes with the sentence's subject, not with the relaying medium
        sp = speaker_in(text, index, roles, s, clause_end(text, s, cue.start()), last)
        if sp.name:
            return sp
    relayed_from = ar_relayed_from(text, cue, e) if lang == "ar" else None
    if relayed_from is not None and (is_medium(text, rules, cue.end(), relayed_from.end())
                                     or _AR_RELAYING.search(cue.group())
                                     and _AR_HIS_SAYING.search(text, relayed_from.end(),
                                                               min(e, relayed_from.end() + 80))):
        # ('نقلت X عن Y قوله': whoever X is, X relays and Y speaks, 'الوكالة الوطنية للإعلام')
        a = relayed_from.end()  # "ونقلت إذاعة X عن الناشطة Y قولها": Y, through X
        b = AR_SAYING.search(text, a, min(e, a + 80))
        return speaker_in(text, index, roles, a, b.start() if b else min(e, a + 60), last)
    after_role = _ar_role_then_name(text, index, cue, e) if lang == "ar" else None
    if after_role is not None:  # "قال الناطق باسم سلطة ... الخاصة، محمد الرواشدة، إن"
        return after_role
    bracketed = _comma_bracketed(text, index, s, cue.start()) if lang in ("fa", "ar", "ur") else None
    if bracketed is not None:  # "رئیس کل بانک مرکزی، علیرضا صادقی، در حاشیه ... گفت"
        return named(text, bracketed[2], bracketed[0], bracketed[1])
    best, dist = None, 10 ** 9
    inverted = lang not in ("ar", "fa", "ur", "tr") and _inverted(text, rules, s, e, cue)
    # a subject is never inside the quoted words: the outside stretch holding the cue
    s_out = max([a for a, b in outside if a <= cue.start() <= b] or [s])
    head = None if inverted else (_relative_head(text, s_out, cue.start())
                                  or _indefinite_subject(text, index, s_out, cue.start())
                                  or first_name_apposed(text, index, s_out, cue.start()))
    if head is not None:  # "Ασθενής που περίμενε ... στα επείγοντα του Ιπποκράτειου είπε"
        return head
    rel_subject = None if inverted else _object_relative(text, index, s_out, cue.start())
    if rel_subject is not None:  # "un gesto que el Gobierno colombiano calificó de «...»"
        return rel_subject
    clause = clause_end(text, cue.end(), e)
    for _ in range(2):  # "replicó horas después, en la red social X, el representante ... Y":
        # asides with no name and no article-led phrase hold no subject; it comes after them
        if not inverted or clause >= e or any(h[2].type in SPEAKING_TYPES
                                              for h in index.within(cue.end(), clause)) \
                or ARTICLE_NP.search(text[cue.end():clause]):
            break
        clause = clause_end(text, clause + 1, e)
    appositive = None
    if clause < e and (any(is_title(text[x:y]) for x, y in words(text, cue.end(), clause))
                       or _PARTITIVE.fullmatch(text[cue.end():clause].strip())
                       or inverted and ROLE_NP.search(text[cue.end():clause])
                       and NAME_NEXT.match(text, clause + 1)):
        # "déplore l'un d'eux, le pédiatre Rafael Souza": the name after 'one of them' 
        nxt = clause_end(text, clause + 1, e)  # "a déclaré le ministre de X, Paul Y, ..."
        people = [r for r in index.within(clause + 1, nxt) if r[2].type == "PERSON"]
        if people and inverted and not any(r[2].type == "PERSON" and not _portfolio(text, r[0], r[2])
                                           and not _title_complement(text, r)
                                           for r in index.within(cue.end(), clause)) \
                and not relayed_by(text, people[0][0]):
            appositive = people[0]
        clause = nxt
    if appositive is not None:
        return named(text, appositive[2], appositive[0], appositive[1])
    # "Le Premier ministre grec, ..., a jugé la proposition de la Commission «...»": a role
    # before a cue that opens no inversion is the subject; names after the cue are its object
    role_before = not inverted and any(is_title(text[x:y]) or lang in ("fa", "ur") and text[x:y] in L.TITLES_ARABIC
                                       for x, y in words(text, s_out, cue.start()))
    role_phrase = None
    for a, b in outside:
        for ms, me, ent in index.within(a, b):
            if role_phrase is not None and role_phrase.start <= ms and me <= role_phrase.end:
                continue  # (a second portfolio inside the role phrase: 'Κοινωνικής Ασφάλισης')
            if role_before and ms >= cue.end() or ms < cue.start() and READ_BY_RELATIVE.search(
                    text, max(0, ms - 60), ms):
                continue  # (the reader of 'a statement that its spokesman X read')
            held = _role_complement(text, max(s_out if ms < cue.start() else cue.end(), ms - 40), ms) \
                if ent.type != "PERSON" and (role_before or inverted and ms > cue.end()) else None
            if held is None and inverted and ent.type in ("GPE", "OTHER") and ms > cue.end():
                held = _body_of_place(text, max(cue.end(), ms - 40), ms)  # "a annoncé la préfecture de X"
            if held is not None:  # "il sindaco di Ancona ha invitato", "Ο υπουργός Υγείας
                # δήλωσε", "استاندار تهران گفت", "aseguró el alcalde de Vigo": the role speaks
                me = portfolio_and(text, me, e) if lang == "el" else me
                role_phrase = role_phrase or Speaker(None, text[held:me], held, me)
                continue
            if _LOCATIVE.search(text, max(0, ms - 6), ms) or lang in ("fa", "ar") \
                    and _LOCATIVE_OF.search(text, max(0, ms - 30), ms):
                continue  # "Die Feuerwehr in Freiburg meldete", "در جلسه شورای تأمین": where
            if ms > cue.end() and _GERUND_AFTER.match(text, cue.end(), ms):
                continue  # "», ha detto, ricordando il motorista X": the gerund's object
            if BY_AGENT.search(text, max(0, ms - 60), ms) and ms < cue.start():
                continue  # "in una nota firmata dal segretario X, parla di": the signer's body speaks
            if ent.type not in _SOURCE_TYPES or told_to(text, ms) or _PLATFORM.fullmatch(ent.name) \
                    or _TR_MODIFIER.match(text, me) \
                    or in_dateline(text, ms) or relayed_by(text, ms) or in_relative_aside(text, ms, me, cue.start()) \
                    or DATIVE_AFTER.match(text, me) or _portfolio(text, ms, ent) \
                    or lang == "tr" and (_TR_RELAYER.match(text, me) or _TR_TOLD_MEDIUM.match(text, me)
                                         or TR_WHERE.match(text, me)):
                continue
            if inverted and not (cue.end() <= ms < clause):
                continue
            d = cue.start() - me if me <= cue.start() else ms - cue.end()
            if ent.type not in SPEAKING_TYPES and d > 30:
                continue
            d = max(d, 0) + (0 if ent.type in SPEAKING_TYPES else 40)
            if agency_like(text, ms, me, ent, rules):
                d += 30
            if d < dist:
                best, dist = (ms, me, ent), d
    if inverted and _INDEFINITE_START.match(text, cue.end() + 1) and clause < e:
        nxt = clause_end(text, clause + 1, e)
        people = [r for r in index.within(clause + 1, nxt) if r[2].type == "PERSON"]
        if people:  # "a confié un viticulteur de Meursault, Pierre Lambert, ..."
            return named(text, people[0][2], people[0][0], people[0][1])
    one = _INDEFINITE_START.match(text, cue.end() + 1) if inverted else None
    if one is not None and best is not None and best[2].type != "PERSON" \
            and one.end() < best[0] <= clause and len(text[one.end():best[0]].split()) <= 4 \
            and _OF_BEFORE.search(text, one.end(), best[0]):
        # "confida una volontaria della Croce Rossa": one of the body's people speaks
        return Speaker(None, text[one.start():best[1]], one.start(), best[1])
    if best is not None and best[2].type != "PERSON":
        best = apposed_person(text, index, best) or best
    if best is not None and best[2].type in ("GPE", "OTHER") and role_phrase is None:
        # "raconte un commerciante di piazza Umberto I": after an inverted cue too
        lo = cue.end() if inverted else s_out
        when = TIME_LEAD.match(text, lo + len(text[lo:best[0]]) - len(text[lo:best[0]].lstrip()), best[0])
        head = _people_of_place(text, when.end() if inverted and when else lo, best[0])
        if head is not None:  # "Vecinos de la colonia Oblatos denunciaron": the neighbours
            return head

    if best is not None and inverted and best[2].type != "PERSON":
        people = [r for r in index.within(cue.end(), clause) if r[2].type == "PERSON"
                  and not _portfolio(text, r[0], r[2]) and not told_to(text, r[0])]
        if people:  # "δήλωσε ο εκπρόσωπος της Πυροσβεστικής Βασίλης Κοντάκης"
            best = people[0]
    if best is not None and inverted and best[2].type == "PERSON":
        best = full_name_after(text, index, best, e)  # "Συλλόγου Τεγέας, Γιάννης Ρούσσος"
    if role_phrase is not None and (best is None or dist >= 160 or best[2].type != "PERSON"):
        return role_phrase
    if best is not None and dist < 160:
        ms, me, ent = best
        tail = _NAME_TAIL.match(text, me, clause) if inverted and ent.type != "PERSON" else None
        if tail is not None and clause_end(text, me, e) == tail.end() and \
                L.fold(text[tail.start(1):tail.end(1)].split()[0]) not in L.ALL_FUNCTION_WORDS:
            # "a indiqué la Direction générale de l'aviation civile": the name runs on in
            # lower case to the end of the clause
            return Speaker(ent.id, text[ms:tail.end(1)], ms, tail.end(1))
        if agency_like(text, ms, me, ent, rules) or AGENCY_RE.fullmatch(ent.name):
            # a medium speaks only when no one else does: "ونقلت وكالة X عن مسؤول محلي",
            # "D'après des diplomates cités par Reuters"
            role = _role_speaker(text, lang, rules, roles, index, s, e, cue, last)
            if role.name and not (role.start is not None and role.start <= ms < (role.end or 0)):
                return role
        gap = words(text, me, cue.start()) if lang == "ur" and ent.type != "PERSON" and me <= cue.start() else []
        if gap and text[gap[-1][0]:gap[-1][1]] in L.TITLES_ARABIC and len(gap) <= 2:
            return Speaker(None, text[ms:gap[-1][1]], ms, gap[-1][1])  # "پولیس ترجمان کے مطابق"
        return named(text, ent, ms, me)
    sp = _role_speaker(text, lang, rules, roles, index, s, e, cue, last)
    return sp if sp.name or lang not in _PRO_DROP else _previous_sentence_person(text, index, s, cue) \
        or (introduced_before(text, index, s, cue) if last is None else None) or sp


_AR_RELAYING = re.compile(r"^و?نقل")
_AR_HIS_SAYING = re.compile(r"\s(?:قوله|قولها|قولهم)(?!\w)")


def _medium_aside(text, rules, index, roles, s, e, cue, last) -> Speaker | None:
    """'SUBJECT, according to MEDIUM, VERB ...': an according-phrase set off by commas after the
    sentence's subject names the medium that carried the subject's words, not the speaker."""
    if not rules.according.fullmatch(cue.group()) or not text[s:cue.start()].rstrip().endswith((",", "،")):
        return None
    stop = clause_end(text, cue.end(), e)
    if stop >= e or text[stop] not in ",،" or not (is_medium(text, rules, cue.end(), stop)
                                                   or MEDIA_SHAPE.search(text[cue.end():stop])):
        return None
    end = s + len(text[s:cue.start()].rstrip(" ,،"))
    if not 1 <= len(words(text, s, end)) <= 6 or "," in text[s:end] or "،" in text[s:end]:
        return None
    sp = speaker_in(text, index, roles, s, end, last)
    return sp if sp.name and not is_medium(text, rules, s, end) else None


# A medium relaying the sentence after its colon: "Lo riferisce l'ANSA:", "Le rapporte Le Monde:".
RELAY_LEAD = re.compile(r"\s*(?:(?:lo|la|le|l['’])\s*)?(?:riferisce|riporta|scrive|rapporte|écrit|"
                         r"informa|publica|meldet|berichtet|μεταδίδει|γράφει)\s+[^:\n«»\"“”]{2,50}:\s+",
                         re.I)


# Marks that end a sentence: the Latin-script ones (for roles written in Latin or Greek), and
# those with the Arabic question mark and the Urdu full stop.
_LATIN_ENDS = re.compile(r"[.!?](?=\s)")
_ANY_ENDS = re.compile(r"[.!?؟۔](?=\s)")


# A role opening a sentence: 'Le préfet de Seine-Maritime', 'La consejera de Sanidad'.
_ROLE_OPENING = re.compile(r"(?:Le|La|L['’]|El|Il|Lo|Ο|Η)\s?([^\W\d][\w'’-]+)(?:\s+(?:de|du|des|de la|"
                           r"del|della|dello|di|της|του)\s+[A-ZÀ-ÝΑ-Ω][\w'’-]*(?:[- ][A-ZÀ-ÝΑ-Ω][\w'’-]*)*)?")


def _role_opened_before(text: str, index, s: int, last: Speaker | None) -> Speaker | None:
    """'Le préfet appelle au calme. Dans un communiqué, il rappelle que ...': a pronoun after a
    sentence that opened on a role, named after the last speaker, is that role."""
    start = past_stamp(text, _sentence_before(text, s, _LATIN_ENDS), s)
    start += len(text[start:s]) - len(text[start:s].lstrip())
    m = _ROLE_OPENING.match(text, start, s)
    if m is None or not is_title(m.group(1)) or any(h[2].type == "PERSON" for h in index.within(start, s)) \
            or last is not None and (last.end or 0) > start:
        return None
    return Speaker(None, m.group(), m.start(), m.end())


# Languages that drop a subject the sentence before gave.
_AS_RELAYED = re.compile(r"\s*(?:Όπως|Comme|Come|Como|Wie)\s")
_PRO_DROP = frozenset("es it el tr ar fa ur".split())


def _previous_sentence_person(text: str, index, s: int, cue) -> Speaker | None:
    """'El presidente, José Luis Baños, evitó pronunciarse. A la salida del estadio, se limitó a
    decir que ...': with no subject of its own before the cue, the person who opened the
    sentence before, in the same paragraph, speaks."""
    if any(c.isupper() for c in text[s:cue.start()][1:]) or has_quote(text[s:cue.start()]):
        return None
    start = _sentence_before(text, s, _ANY_ENDS)
    people = [h for h in index.within(start, s) if h[2].type == "PERSON"]
    return named(text, people[0][2], people[0][0], people[0][1]) if people else None


# Lower-case words that run a Romance body's name on to the clause's end.
_NAME_TAIL = re.compile(r"((?:\s+(?:[a-zà-ÿ]+|d['’][a-zà-ÿ]+|l['’][a-zà-ÿ]+|dell['’][a-zà-ÿ]+)){1,6})"
                        r"\s*[.!?]?\s*$")


# A comma and a contrastive conjunction opening the clause that holds the cue.
_BUT_CLAUSE = re.compile(r"[,،]\s*(?:όμως|αλλά|pero|sin embargo|mais|cependant|ma|però|aber|jedoch)\s+")
# A Turkish name that only describes the noun after it: "Devrim Muhafızlarına yakın Tesnim",
# "Dubai merkezli armatör şirket", "İstanbul'daki konsolosluk".
_TR_MODIFIER = re.compile(r"(?:['’]?(?:n|y)?[ae])?\s+(?:yakın|bağlı|merkezli|kökenli|destekli)(?!\w)|"
                          r"['’](?:d|t)[ae]ki(?!\w)")
# "Evrensel gazetesine yaptığı açıklamada": the paper told, not the one who spoke.
_TR_TOLD_MEDIUM = re.compile(r"\s+(?:gazetesi|televizyonu|kanalı|radyosu|sitesi|dergisi|ajansı)"
                             r"(?:ne|na)(?!\w)")


# "در گفت‌وگو با روزنامه X", "به خبرنگار X": whom the words were told to, after the subject.
# A Persian time adverbial after the subject: what follows it is when and where, not who.
_FA_WHEN = re.compile(r"\s(?:روز|دیروز|امروز|صبح|عصر|شب|بامداد|شامگاه)\s")
_FA_TALK = re.compile(r"\s(?:در\s+(?:گفت\u200cوگو|گفتگو|گفت و گو|مصاحبه)\s+با|به\s+خبرنگار)\s")
# An indefinite subject with a relative clause after it: "یک داروساز در خیابان X که ...",
# "ایک دکاندار جو ...".
_FA_RELATIVE_HEAD = re.compile(r"\s*((?:یک|یکی از|چند|دو|برخی|ایک|کئی)\s+[^\s،,]+(?:\s+[^\s،,]+){0,4}?)"
                               r"(?:\s+(?:در|از|میں|سے)\s+[^،,\n]{1,40}?)?\s+(?:که|جو|جنہوں)\s")
# "این را" / "اینها را" / "یہ بات": the words just quoted as the object, before the subject.
_FA_THIS = re.compile(r"\s*(?:این|اینها|این‌ها|این سخنان)\s+را\s+")
_FA_THIS_AT = re.compile(r"(?<=[،,»\s])(?:این|اینها|این‌ها|این سخنان)\s+را\s+")
# A subject taken up again by a pronoun between commas ("X, elles, craignent").
_RESUMED = re.compile(r"\s*([^\W\d][^,،\n]{2,60}?)\s*,\s*(?:elle|elles|il|ils|él|ella|ellos|ellas|"
                      r"lui|lei|loro|essi|esse)\s*,")


# A Turkish medium is named before the relay word: "Cumhuriyet gazetesinin aktardığına göre".
_TR_RELAYER = re.compile(rf"(?:['’]\w+)?(?:\s+\w+)?\s+(?:{L.RELAY_WORDS})(?![\w-])", re.I)


_GERUND_CUE = re.compile(r"(?:οντας|ώντας|ant|ando|iendo|endo)$", re.I)


def relayed_in(text: str, rules, a: int, b: int) -> bool:
    """A relaying medium between a and b: 'μεταδίδει το πρακτορείο X', 'riferisce l'Ansa'."""
    return bool(TRAILING_RELAY.search(text[a:b].rstrip(" ,") + ".")) or bool(
        re.search(r"(?:μεταδίδει|μετέδωσε|riferisce|riporta|rapporte|informa|berichtet)\s",
                  text[a:b]))


_PARTITIVE = re.compile(r"(?:l['’]une?|un|une|uno|una|einer|eine|ένας|μία|μια)\s+"
                        r"(?:d['’]eux|d['’]elles|de ellos|de ellas|di loro|von ihnen|από αυτούς)",
                        re.I)


# A comma and a gerund clause straight after the cue: who is named in it is its object.
_GERUND_AFTER = re.compile(r"\s*,\s*(?:en\s+[a-zà-ÿ]+ant|(?!quando|cuando|comando)[a-zà-ÿ]{3,}(?:ando|endo))"
                           r"(?![\w-])[^,.;:!?«»\"]*$")
_LOCATIVE = re.compile(r"(?<![\w-])(?:in|im|à|en|nel|nella|στην|στο|στη|در|في)\s+$")
# A body complementing the noun of a place or meeting: 'در جلسه شورای تأمین', 'في اجتماع مجلس'.
_LOCATIVE_OF = re.compile(r"(?<![\w-])(?:در|في)\s+[^\s،,]+\s+$")


def _named_after(text: str, toks) -> bool:
    """'Il Codacons', 'Il ministro': an article before a name or a role, not a pronoun subject."""
    return len(toks) > 1 and (text[toks[1][0]].isupper() or is_title(text[toks[1][0]:toks[1][1]]))


def _comma_bracketed(text: str, index, s: int, b: int):
    """A PERSON set off by commas after a role, before the cue: the sentence's subject."""
    for ms, me, ent in index.within(s, b):
        if ent.type == "PERSON" and text[max(s, ms - 2):ms].strip() in ("،", ",") \
                and text[me:me + 2].strip() in ("،", ","):
            return ms, me, ent
    for ms, me, ent in index.within(s, b):
        if ent.type == "PERSON" and text[s:ms].strip(" \n«»\"“”") in ("", "و") \
                and text[me:me + 2].strip() in ("،", ",") and re.search(r"[،,]", text[me + 2:b]):
            return ms, me, ent  # "رضا احمدی، استاد دانشگاه تهران، به خبرگزاری مهر گفت"
    for ms, me, ent in index.within(s, b):
        rel = _SET_OFF_RELATIVE.match(text, me, b)
        if ent.type == "PERSON" and rel is not None and not text[rel.end():b].strip():
            return ms, me, ent  # "دکاندار جاوید اختر، جن کا نسرین اختر سے ... نہیں، کہتے ہیں":
    return None  # the relative clause set off by commas names someone else


# A relative clause set off by commas right after a name, up to the cue: "، جو ... تھے،", "، که ...،".
_SET_OFF_RELATIVE = re.compile(r"\s*[،,]\s*(?:جو|جن|جس|جنہیں|جسے|جنہوں|که|کہ)\s[^،,«»\"“”:.؟!]{2,120}[،,]\s*")


def _inverted(text: str, rules, s: int, e: int, cue) -> bool:
    """', estiment plusieurs diplomates.' / '», a déclaré M. Trudeau': the subject follows."""
    head = text[s:cue.start()].rstrip()
    if not head or re.search(r"[»”\"“]\s*,?$", head):
        return True
    tail = text[cue.end():clause_end(text, cue.end(), e)].strip()
    if not head.endswith((",", "،")) or appositive_subject(head, tail):
        return False
    if not tail or has_quote(tail) or rules.that.search(tail):
        return False
    return len(words(tail)) <= 7


def _pronoun_next_to(text: str, cue, s: int, e: int, lang: str = "") -> bool:
    before = words(text, max(s, cue.start() - 12), cue.start())
    after = words(text, cue.end(), min(e, cue.end() + 10))
    if after and re.search(r"[,،:]", text[cue.end():after[0][0]]):
        after = []  # "erklärte, er sehe ...": the pronoun opens the words reported, no subject
    near = [text[a:b].lower() for a, b in before[-1:] + after[:1]]
    if before and lang == "fr" and near[0] in ("lui", "leur") and \
            text[before[-1][1]:cue.start()] == " ":
        near = near[1:]  # "X lui a répondu": an object before the auxiliary, not a subject
    return any(w in L.PRONOUNS and w not in _ARTICLE_HERE.get(lang, ()) for w in near)


# Pronouns of one language that are articles in another: Italian "ha dichiarato il presidente".
_ARTICLE_HERE = {"it": frozenset({"il"}), "es": frozenset({"el"})}


# Role nouns that name a person already named, beyond the titles before names ("la
# mandataria", "le chef du gouvernement", "il governatore", "Vali", "ο ίδιος").
_PERSON_ANAPHORS = frozenset(L.fold(w) for w in """mandataria mandatario chef jefe jefa capo
    governatore gouverneur titular titolare ministro ministra ministre minister ministerin
    funcionario funcionaria élu élue eletto eletta vali bakan başkan ίδιος ίδια ίδιο υπουργός πρόεδρος δήμαρχος stesso stessa même même""".split())
_AGE = re.compile(r"\d+-(?:jahrige[rn]?|anos|ans|enne|yasındaki|χρονος|χρονη)")
_DEFINITE = frozenset("""le la l les el il lo der die das ο η το τον την του της""".split())


def _kind_fits(text: str, noun: str):
    if noun not in KIND_BOUND:
        return lambda ms, name: True
    stem = noun[:5]
    return lambda ms, name: stem in L.fold(name) or stem in L.fold(text[max(0, ms - 30):ms])


_OF_WORDS = frozenset("de del della dello dell di des du von vom der des του της των".split())


def _anaphor(text: str, index, toks, lang: str, last: Speaker | None, before: int) -> Speaker | None:
    """'La mandataria añadió', 'De acuerdo con el organismo', 'Vali, ... belirtti': a definite
    role or body noun with no name of its own is the person or body last named."""
    if not toks or len(toks) > 4:
        return None
    if _AGE.search(L.fold(text[toks[0][0]:toks[-1][1]])) and last is not None and last.name:
        return last  # "sagte die 64-Jährige": the person just quoted, named or not
    ws = [L.fold(text[a:b]).replace("’", "'") for a, b in toks]
    elided = ws[0].split("'", 1)[0] in ("l", "ll", "dell", "all") and "'" in ws[0]
    ws = [w.rsplit("'", 1)[-1] for w in ws]
    if elided:  # "l'élue socialiste": the elided article makes the role definite
        ws = ["la"] + ws
        toks = [(toks[0][0], toks[0][0])] + list(toks)
    if any(text[a:b][:1].isupper() for a, b in toks[2:]):
        return None  # a name of its own follows the role
    bare = len(toks) == 1 and text[toks[0][0]].isupper()  # "Vali, ...", "Bakan, ..."
    head = ws[1:] if ws[0] in _DEFINITE else (ws if lang in ("tr", "ar", "fa", "ur") or bare
                                              else [])
    if not head:
        return None
    if head[0] in ("stesso", "stessa", "ιδιος", "ιδια", "ιδιο"):
        head = head[1:] or head
    arabic_title = head[0] in L.TITLES_ARABIC and role_key(head[0]) != head[0]  # "الوزير"
    person = head[0] in _PERSON_ANAPHORS or is_title(head[0]) or bool(_AGE.fullmatch(head[0])) \
        or arabic_title
    kind = "ORG" if head[0] in ORG_ANAPHORS and len(toks) == 2 else "PERSON" if person else None
    # ("El sindicato petrolero" describes a body anew; "el organismo" points back to one)
    newcomer = de_newcomer(text, index, ws[0], before, last) if lang == "de" and kind != "ORG" else None
    if newcomer is not None:  # "Eine Pendlerin am Hauptbahnhof atmete auf. „...“, erzählte die
        return newcomer  # Krankenpflegerin": the woman just introduced, not the last speaker
    if kind is None and renames_last(text, toks, head, last):
        return Speaker(last.entity, last.name, toks[0][0], toks[-1][1])
    if kind is None:
        return None
    holder = recent_holder(text, index, head[0], lang, toks[0][0]) \
        if kind == "PERSON" and len(head) <= 2 and (is_title(head[0]) or arabic_title) else None
    if holder is not None:  # "وأضاف الوزير" after two ministers: the one named last
        return Speaker(holder.entity, holder.name, toks[0][0], toks[-1][1])
    # "le ministre de l'Industrie": a role with its capitalised portfolio introduces someone;
    # "le chef du gouvernement" only renames the premier just quoted
    tail = text[toks[-1][0]:toks[-1][1]].replace("’", "'")  # "dell'Ambiente": genitive elided
    described = (len(head) >= 3 and head[1] in _OF_WORDS or L.fold(tail).split("'")[0] in ("dell", "d")) \
        and tail.rsplit("'", 1)[-1][:1].isupper()
    if kind == "PERSON" and (head[0] not in _PERSON_ANAPHORS or described) \
            and (is_title(head[0]) or arabic_title) and last is not None and last.start is not None \
            and role_key(head[0])[:5] not in L.fold(text[max(0, last.start - 80):
                                               min((last.end or 0) + 60, toks[0][0])]):
        return None  # "El gobernador" after a mother of three: a new person, not her
    a, b = toks[0][0], toks[-1][1]
    fits = _kind_fits(text, head[0]) if kind == "ORG" else (lambda ms, name: True)
    if last is not None and last.entity and any(
            ent.id == last.entity and ent.type == kind for *_, ent in index.rows) \
            and fits(last.start or 0, last.name or ""):
        return Speaker(last.entity, last.name, a, b)
    opening = [r for r in index.within(before, min(a, before + 40)) if r[2].type == kind
               and fits(r[0], r[2].name)]
    if kind == "ORG" and opening:  # "Der Naturschutzbund begrüßte ...: ..., teilte der Verband
        ms, me, ent = opening[0]  # mit": the body that opens the sentence
        return Speaker(ent.id, named(text, ent, ms, me).name, a, b)
    before = min(before, a)
    back = [r for r in index.within(max(0, before - 700), before) if r[2].type == kind
            and not AGENCY_RE.fullmatch(r[2].name) and fits(r[0], r[2].name)]
    if kind == "PERSON" and (head[0] not in _PERSON_ANAPHORS or described) \
            and (is_title(head[0]) or arabic_title):
        # "Le ministre de l'Industrie" after "Le directeur général, Philippe Arnaud": only a
        # person named with that role is the one it points back to
        key = role_key(head[0])[:5]
        back = [r for r in back if key in L.fold(sentence_window(text, r[0], r[1], 80, 60, before))]
    if kind == "ORG" and head[0] in FIRM_NOUNS:  # "das Unternehmen" after "Die Bäckereikette
        back = firms_before(text, index, before, back, fits)  # Kornmeister ...": a firm named before
    if back:
        ms, me, ent = back[-1]
        return Speaker(ent.id, named(text, ent, ms, me).name, a, b)
    return None


# "il ministro dell'Istruzione", "la ministre de la Culture": the capitalised word after a
# role and a genitive names a portfolio, not the person.
_PORTFOLIO = re.compile(r"(?:ministr[oaei]s?|ministre|minister\w*|secretari[oa]|segretari[oa]|"
                        r"assessore|consigliere|commissaire|commissario|comisionad[oa]|υπουργός|υπουργού)\s+"
                        r"(?:dell['’]|della |del |dello |de la |de l['’]|des |du |de |di |degli |"
                        r"au |aux |à la |alle |al |ai |agli |allo |all['’]|a la |"
                        r"für |der |des |της |του )$", re.I)


def _portfolio(text: str, ms: int, ent: Entity) -> bool:
    return bool(_PORTFOLIO.search(text[max(0, ms - 40):ms]))


# A document named after an impersonal cue ("hieß es in einer Mitteilung der Stadtwerke",
# "si legge in una nota del Comune"): its issuer, in the genitive that follows, is the source.
# A lower-case gerund straight after an inverted cue says how it was said ('sorridendo',
# 'riendo', 'en souriant', 'χαμογελώντας'); it is no subject.
_MANNER_GERUND = re.compile(r"\s+(?:en\s+[a-zà-ÿ]{2,}ant|(?!quando|cuando|comando)[a-zà-ÿ]{3,}(?:ando|endo)"
                            r"|[α-ωάέήίόύώϊϋΐΰ]{2,}(?:ώντας|οντας))(?![\w-])")
_ISSUED_IN = re.compile(r"\s*(?:es\s+)?(?:in|im|dans|en|nel|nella|σε|στην|στο)\s+(?:(?:einer|einem|der|dem|un|une|"
                        r"le|la|una|uno|un|el|la|ένα|μία|μια|την|το)\s+)?(?:\w+\s+)?"
                        r"(?:Aussendung|Presseaussendung|Mitteilung|Pressemitteilung|Erklärung|"
                        r"Stellungnahme|Schreiben|communiqué|déclaration|nota|comunicato|comunicado|"
                        r"declaración|ανακοίνωση|δήλωση)\s+(?:des|der|vom|von|de la|de l['’]|du|des|"
                        r"del|della|dello|dell['’]|de|di|της|του|των)\s*", re.I)


def _qualifier_fits(text: str, after, ent_id: str, index) -> bool:
    """'Le Premier ministre grec' is not the 'Première ministre danoise' the role map holds:
    a lower-case qualifier after the role word must be seen beside one of the holder's names."""
    quals = [L.fold(text[x:y])[:4] for x, y in after[:2] if text[x:y].islower()
             and L.fold(text[x:y]) not in L.ALL_FUNCTION_WORDS and len(text[x:y]) > 3]
    if not quals:
        return True
    near = " ".join(L.fold(text[max(0, ms - 60):me + 30]) for ms, me, ent in index.rows
                    if ent.id == ent_id)
    return all(q in near for q in quals)


def _role_speaker(text, lang, rules, roles, index, s, e, cue, last) -> Speaker:
    """No named speaker near the cue: a role seen with one person ("la ministre"), else the
    short noun phrase that holds the cue ("Un portavoz del comité", "المسؤول")."""
    after = False
    rel = _FA_RELATIVE_HEAD.match(text, s, cue.start()) if lang in ("fa", "ur") else None
    if rel is not None:  # "یک داروساز ... که نخواست نامش فاش شود ... گفت": the one described
        return Speaker(None, rel.group(1), rel.start(1), rel.end(1))
    if lang == "ar":
        a, b, after = cue.end(), clause_end(text, cue.end(), min(e, cue.end() + 40)), True
    elif lang in ("fa", "ur", "tr"):
        a, b = _clause_start(text, max(s, cue.start() - 60), cue.start()), cue.start()
        talk = _FA_TALK.search(text, s, b) if lang == "fa" else None
        if talk is not None and len(words(text, s, talk.start())) <= 7 \
                and not re.search(r"[،,]", text[s:talk.start()]):
            a, b = _clause_start(text, s, talk.start()), talk.start()  # "X در گفت‌وگو با Y گفت"
        elif talk is not None and len(words(text, s, talk.start())) <= 7 \
                and text[s:talk.start()].rstrip().endswith("،") \
                and not re.search(r"[،,]", text[s:talk.start()].rstrip()[:-1]):
            # "سخنگوی شرکت آب، در گفت‌وگو با شبکه خبر، کمبود بارش را ... دانست": the subject
            # set off by a comma before the phrase of talking to a medium
            a, b = s, s + len(text[s:talk.start()].rstrip()) - 1
        elif lang == "fa" and text[a:b].lstrip().startswith(("به ", "در ")) and a > s:
            # "دکتر سارا محمدی، به صداوسیما گفت": told to the medium; "X، Y، در مراسم ... گفت":
            # where it was said; the subject came before
            b = a - 1
            a = _clause_start(text, s, b)
        when = _FA_WHEN.search(text, a, b) if lang == "fa" else None
        if when is not None and words(text, a, when.start()):  # "X روز دوشنبه در نشست خبری گفت"
            b = when.start()
        also = text.find(" نیز ", a, b) if lang == "fa" else -1
        if also > a and words(text, a, also):  # "رئیس سازمان ... نیز در حاشیه جلسه گفت": 'also'
            b = also  # closes the subject, as Turkish 'de' does; where and when follow it
        where = text.find(" در ", a, b) if lang == "fa" else -1
        if where > a and len(words(text, a, where)) >= 2 and not _FA_RELATIVE_HEAD.match(text, a, cue.start()):
            b = where  # "یکی از نمایندگان مجلس در کانال تلگرام خود نوشت": where it was written
        told = text.rfind(" به ", a, b) if lang == "fa" else -1
        if told > a and words(text, a, told):  # "یک عضو ... به خبرگزاری ایسنا گفت": told to it
            b = told
        back = _FA_THIS_AT.search(text, max(s, b - 120), b) if lang == "fa" else None
        if back is not None and back.end() <= a:  # the clause start stopped at an apposition's comma
            a = back.start()
        this = _FA_THIS.match(text, a, b)
        if this is not None:  # '«...»، این را یک خریدار ... گفت': 'this' is the object
            a = this.end()
            fa = FA_INDEFINITE.match(text, a, b)
            if fa is not None:
                return Speaker(None, fa.group(1), *fa.span(1))
            comma = text.find("،", a, b)
            if comma > a and 1 <= len(words(text, a, comma)) <= 4:  # 'این را X، کشاورز ...، گفت'
                hit = next((h for h in index.within(a, comma) if h[2].type == "PERSON"), None)
                return named(text, hit[2], hit[0], hit[1]) if hit else \
                    Speaker(None, text[a:comma].strip(), a, a + len(text[a:comma].rstrip()))
        opening = next((k for k in range(s, cue.start()) if text[k] in "\"“«"), None)
        if opening is not None and has_quote(text[a:b]):
            a, b = s, opening  # 'Bakan, "..." diye konuştu': the subject before the quotation
            comma = text.find(",", a, b) if lang == "tr" else -1
            if comma > a and words(text, a, comma):  # 'Bir veli, okul kapısında "..." diye':
                b = comma  # the comma closes a Turkish subject; a place or time follows
            ws = words(text, a, b)
            if lang == "tr" and ws and _TR_NOT_SUBJECT.fullmatch(text[ws[-1][0]:ws[-1][1]].lower()) \
                    and last is not None:
                return last  # 'Yardım kampanyası için "..." diye ekledi': an adjunct; subject dropped
        erg = text.rfind(" نے ", s, cue.start()) if lang == "ur" else -1
        if erg >= 0:  # "میئر کراچی سلمان شیخ نے ... کہا": the subject ends at the ergative
            a, b = _clause_start(text, s, erg), erg
        if toks_first_gerund(text, a, b):
            return last or Speaker(None, None, None, None)
    elif _inverted(text, rules, s, e, cue):
        a, b, after = cue.end(), clause_end(text, cue.end(), min(e, cue.end() + 50)), True
        manner = _MANNER_GERUND.match(text, a, b)
        if manner is not None:  # '», ha aggiunto sorridendo.', 'añadió riendo el alcalde': how
            a = manner.end()  # it was said; the subject, if any, follows the gerund
        when = TIME_LEAD.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()), b)
        if when is not None and words(text, when.end(), b):
            a = when.end()  # "a annoncé mardi la préfecture": the day, then the subject
        if lang == "de" and rules.according.fullmatch(cue.group()):
            from .ml_clauses import german_np_end  # (ml_clauses reads this module)
            b = german_np_end(text, a, b)  # "Laut dem Landeskriminalamt [gibt es]": the verb ends it
        if not text[a:b].strip(" .!?") and last is not None:
            return last  # '"No vamos a criminalizar la protesta", subrayó.': the one before
        if lang == "de" and cue.group().startswith(("hieß", "heißt")) \
                and re.fullmatch(r"(?:\s+es)?[\s.!?]*", text[cue.end():b]):
            return previous_subject(text, s) or Speaker(None, None, None, None)  # "hieß es"
        if toks_first_gerund(text, s, cue.start()) and not text[a:b].strip():
            return last or Speaker(None, None, None, None)
        issuer = _ISSUED_IN.match(text, a, b)
        if issuer is not None and words(text, issuer.end(), b):
            a = issuer.end()  # "heißt es in einer Aussendung des Landes": the issuer speaks
        first = words(text, a, b)[:1]
        told = _TOLD_PP.match(text, a, b)
        if told and any(x < told.end() < y for x, y, _ in index.within(a, b)):
            # "ha assicurato ai microfoni della Tgr Toscana.": one medium's name, no subject
            return last or paragraph_person(text, index, s) or Speaker(None, None, None, None)
        on = _ON_PLATFORM.match(text, a, b)
        if on is not None and (ARTICLE_NP.match(text[on.end():b].lstrip())
                               or re.match(r"\s*(?:το|τα|την|τον)\s", text[on.end():b])):
            a = on.end()  # "escribió en X el ayuntamiento": where it was posted, then who
            first = words(text, a, b)[:1]
        if told and words(text, told.end(), b):  # "ha detto al Mattino un uomo di 74 anni"
            a = told.end()
        elif first and text[first[0][0]:first[0][1]].lower() in PREPOSITIONS:
            # "declaró a la agencia IRNA", '«...», dijo a Radio Nihuil.' after a sentence that
            # introduced the speaker without quoting them
            return last or paragraph_person(text, index, s) or Speaker(None, None, None, None)
    else:  # the subject: the sentence's first clause ("Le porte-parole ..., cité par ...,")
        a, b = s, min(cue.start(), clause_end(text, s, cue.start()))
        opener = words(text, a, b)[:1]
        while opener and b < cue.start() and (text[opener[0][0]:opener[0][1]].lower() in PREPOSITIONS | PLACE_ADVERBS
                                              or a > s and _ASIDE_PARTICIPLE.fullmatch(text[opener[0][0]:opener[0][1]])
                                              or INTERVIEWED.fullmatch(text[opener[0][0]:opener[0][1]])):
            # ("Nella sentenza, depositata mercoledì, i giudici definiscono": past the participle's aside too)
            # "Dans un communiqué, la direction affirme": the subject follows the adverbial;
            # "Por la noche, en un mensaje ..., el gobernador pidió": after each of them
            a, b = b + 1, min(cue.start(), clause_end(text, b + 1, cue.start()))
            opener = words(text, a, b)[:1]
        relay = RELAYED_BY.search(text, a, b)
        if relay is not None and words(text, a, relay.start()):
            # "Fuentes de la investigación citadas por Europa Press señalaron": the participle
            # and its medium are an aside; the subject ends before them
            b = a + len(text[a:relay.start()].rstrip(" ,"))
        acc = rules.according.match(text, a + len(text[a:b]) - len(text[a:b].lstrip())) \
            if b < cue.start() else None
        if acc is not None:
            from .ml_clauses import CITING  # (ml_clauses reads this module)
            if CITING.match(text, b) and words(text, acc.end(), b):
                # "Selon Franceinfo, qui cite une source ..., l'administration réclame «...»":
                # the relay that names its own source holds the words; that source speaks
                x = acc.end() + len(text[acc.end():b]) - len(text[acc.end():b].lstrip())
                return Speaker(None, text[x:b], x, b)
            a, b = b + 1, min(cue.start(), clause_end(text, b + 1, cue.start()))  # "Selon l'AFP,
            # le ministre a déclaré": the source named first relays; the subject comes after it
        elif b < cue.start() and _AS_RELAYED.match(text, a) and is_medium(text, rules, a, b):
            a, b = b + 1, min(cue.start(), clause_end(text, b + 1, cue.start()))  # "Όπως μετέδωσε η
            opener = words(text, a, b)[:1]  # ΕΡΤ, ο δήμαρχος δήλωσε": the relay, then the subject
        if b < cue.start() and _ADVERB_OPENER.fullmatch(text[a:b].strip()):
            # "Poco dopo, intervistato da Rai News 24, ha aggiunto": a time adverbial, then a
            # participle; the subject is dropped and is the one before
            a, b = b + 1, min(cue.start(), clause_end(text, b + 1, cue.start()))
            if not text[a:b].strip() or RELAY_PARTICIPLE.match(text[a:b].strip()) \
                    or toks_first_gerund(text, a, b):
                return last or Speaker(None, None, None, None)
        if b == cue.start() and last is not None and _ADVERB_OPENER.fullmatch(text[a:b].strip()):
            return last  # "Poi ha aggiunto: «...»": an adverb, no subject; the one before
        if opener and b == cue.start() and text[opener[0][0]:opener[0][1]] in L.AS_OPENERS:
            a = opener[0][1]  # "Wie die Polizei mitteilte, ...": the subject after 'as'
            adv = L.AS_ADVERBIAL.search(text, a, b)
            b = adv.start() if adv else b  # "Wie die Stadt [am Montag] mitteilte"
            told = re.search(r"\s(?:der|dem)\s", text[a:b])  # "Wie die Polizei [der dpa] mitteilte"
            if told is not None and (is_medium(text, rules, a + told.end(), b)
                                     or MEDIA_SHAPE.search(text, a + told.end(), b)):
                b = a + told.start()
        turn = _BUT_CLAUSE.search(text, s, cue.start())
        if turn is not None:  # "Οι αρχές ... δεν έχουν σχολιάσει, όμως ένας αξιωματούχος ... δήλωσε"
            a, b = turn.end(), min(cue.start(), clause_end(text, turn.end(), cue.start()))
        if toks_first_gerund(text, a, b):  # "Μιλώντας στην τηλεόραση, είπε ότι": no subject
            return last or Speaker(None, None, None, None)
        d = DATELINE_AT.match(text, a, b)
        if d and in_dateline(text, a):
            a = d.end()  # "VELIGRAD — Le porte-parole a dit": the subject follows the dash
    acronym = ACRONYM_CLOSING.search(text, a, b) if not after else None
    if acronym is not None and acronym.group(1)[:1].isupper():
        return Speaker(None, acronym.group(1), a, acronym.end(1))  # "Il Comitato ... (Cipess)"
    toks = words(text, a, b)
    if after and lang == "ar" and toks and text[toks[0][0]:toks[0][1]] in _AR_PREPOSITIONS:
        toks = []  # 'وأضاف في تصريح لوكالة ... أن': verb first, then a phrase; the subject dropped
    for i, (x, y) in enumerate(toks):
        key = role_key(text[x:y])
        if key in roles and _qualifier_fits(text, toks[i + 1:], roles[key], index):
            ent_id = roles[key]
            name = next((ent.name for *_, ent in index.rows if ent.id == ent_id), None)
            return Speaker(ent_id, name, x, y)
    if toks and len(toks) > 7 and not after and text[toks[-1][0]:toks[-1][1]] in L.TITLES_ARABIC:
        toks = toks[-7:]  # "... اتھارٹی (پی ڈی ایم اے) کے ترجمان": the role and what it serves
    if not toks and (after or lang in ("fa", "ur", "tr")):
        # 'وأضاف: "..."', '"...", dedi': a dropped subject is the one before, or the person
        # the paragraph just introduced ("Yolculardan Ayşe Yılmaz, ... tutamadı. "...", dedi")
        para = text.rfind("\n", 0, s) + 1
        back = [r for r in index.within(max(para, s - 300), s) if r[2].type == "PERSON"]
        if last is not None:
            return last
        if back:
            return named(text, back[-1][2], back[-1][0], back[-1][1])
    if not toks or (len(toks) > 7 and not after and not genitive_chain(text, toks)):
        return Speaker(None, None, None, None)
    first = text[toks[0][0]:toks[0][1]].lower() if toks else ""
    if not after and toks and first in L.PRONOUNS and last and not (lang == "it" and first == "il") \
            and not _named_after(text, toks):  # Italian "Il ministro" opens on an article
        return last  # "انہوں نے ... بتایا کہ": a pronoun subject is the last speaker
    toks = noun_phrase(text, toks, lang, after)
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


# An Arabic subject follows its verb at once; a preposition there opens an adverbial.
_AR_PREPOSITIONS = frozenset("في خلال عبر أمام على لدى".split())


# A Turkish subject never ends in a postposition: a phrase ending so right before the
# quotation of a '"..." diye ekledi' sentence is an adjunct, and the subject is dropped.
_TR_NOT_SUBJECT = re.compile(r"için|göre|kadar|gibi|ile|karşı|sonra|önce|dair|rağmen|beri|üzere")


# Time and linking adverbials that open a sentence before its subject or its dropped subject.
_ASIDE_PARTICIPLE = re.compile(r"[a-zà-ÿ]{3,}(?:at[oaie]|ut[oaie]|ée?s?|ad[oa]s?|id[oa]s?)")
_ADVERB_OPENER = re.compile(r"(?i:poco dopo|più tardi|in seguito|successivamente|poi|inoltre|"
                            r"peu après|plus tard|ensuite|puis|par ailleurs|poco después|más tarde|"
                            r"luego|después|además|asimismo|kurz darauf|später|danach|zudem|"
                            r"außerdem|αργότερα|στη συνέχεια|επίσης|λίγο αργότερα)")
# ('-άροντας' and '-iendo' end in '-οντας' and '-endo', so the shorter endings cover them)
_GERUND = re.compile(r"(?:ώντας|οντας|ando|endo)$", re.I)


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


def _clause_start(text: str, a: int, b: int) -> int:
    """Start of the clause ending at b: after the last comma, quotation mark or colon."""
    cut = max(text.rfind(ch, a, b) for ch in ",،:")
    return cut + 1 if cut >= 0 else a


def speaker_in(text, index, roles, a, b, last) -> Speaker:
    hits = [(ms, me, ent) for ms, me, ent in index.within(a, b) if not _TR_MODIFIER.match(text, me)]
    role = any(is_title(text[x:y]) for x, y in words(text, a, b))
    if role and text[b:b + 2].strip() in (",", "،") and not any(h[2].type == "PERSON" for h in hits):  # "le gouverneur de la région, Luca Ferrand,"
        nxt = clause_end(text, b + 1, min(len(text), b + 60))
        hits = [h for h in index.within(b + 1, nxt) if h[2].type == "PERSON"]
    ws = words(text, a, b)
    place_of_role = bool(ws) and all(h[2].type == "GPE" for h in hits) and hits[0][0] > ws[0][0] \
        and text[ws[0][0]:ws[0][1]] in L.TITLES_ARABIC if hits else False
    if hits and not all(h[2].type in ("GPE", "OTHER") for h in hits) or (
            hits and len(ws) <= 2 and not place_of_role):  # ('محافظ حلب': the governor)
        ms, me, ent = min(hits, key=lambda h: (h[2].type not in SPEAKING_TYPES, h[0]))
        apposed = [h for h in hits if h[2].type == "PERSON" and text[max(a, h[0] - 2):h[0]] in (", ", "، ")]
        if role and ent.type != "PERSON" and apposed:  # "Il presidente dell'Anci Campania, Luigi
            ms, me, ent = apposed[0]  # Ferraro, interpellato ...": the role's holder, named after it
        if ent.type == "ORG" and lower_tail(text, me, b):  # "l'Istituto nazionale di geofisica"
            end = ms + len(text[ms:b].rstrip(" ,;:،\n"))  # "Tesnim haber ajansı, ... duyurdu"
            return Speaker(ent.id, text[ms:end], ms, end)
        return named(text, ent, ms, me)
    toks = words(text, a, b)
    if toks and text[toks[0][0]:toks[0][1]].lower() in L.PRONOUNS and not _named_after(text, toks):
        back = [r for r in index.within(max(0, a - 200), a) if r[2].type == "PERSON"]
        if back:  # "Paul Keller a reconnu un retard, dû selon lui à ..."
            ms, me, ent = back[-1]
            return named(text, ent, ms, me)
        if last:
            return last
    for i, (x, y) in enumerate(toks):
        key = role_key(text[x:y])
        if key in roles and _qualifier_fits(text, toks[i + 1:], roles[key], index):
            name = next((ent.name for *_, ent in index.rows if ent.id == roles[key]), None)
            return Speaker(roles[key], name, x, y)
    while toks and text[toks[0][0]:toks[0][1]].lower() in ("von", "de", "di", "del", "des", "du",
                                                          "dem", "der", "den"):
        toks = toks[1:]
    elided = _ELIDED.match(text, toks[0][0], toks[-1][1]) if toks else None
    if elided and elided.end() < toks[-1][1]:  # "l'Observatoire local des loyers"
        toks = [(elided.end(), toks[0][1])] + toks[1:] if elided.end() < toks[0][1] else toks[1:]
    closing = ACRONYM_CLOSING.search(text, a, b) if toks else None
    if closing and closing.group(1)[:1].isupper() and closing.end() >= b - 1:
        return Speaker(None, closing.group(1), toks[0][0], closing.end(1))  # "... (SOPFEU)"
    acronym = ACRONYM_AFTER.match(text, toks[-1][1]) if toks else None
    if acronym and acronym.group(1).isupper() and len(toks) <= 4:
        return Speaker(None, acronym.group(1), toks[0][0], toks[-1][1])  # "des Landeskriminalamts (LKA)"
    toks = noun_phrase(text, toks, "", True)[:8]
    anaphor = _anaphor(text, index, toks, "", last, a)
    if anaphor is not None:
        return anaphor
    if toks:
        return Speaker(None, text[toks[0][0]:toks[-1][1]], toks[0][0], toks[-1][1])
    return Speaker(None, None, None, None)


__all__ = ["DATELINE_AT", "PREPOSITIONS", "SPEAKING_TYPES", "appositive_subject", "clause_end",
           "find_speaker", "in_dateline", "is_title", "named", "speaker_in", "titles_of"]
