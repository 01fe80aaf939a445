"""'Selon X, ...', '..., según X.', 'به گزارش X، ...', 'nach ihren Angaben': the source an
according-phrase names and the claim it sources. Moved out of ml_quotes (its one caller) in
session 10 when that module passed its size floor; the code is unchanged but for its name.
"""
from __future__ import annotations

import re

from ..records import Span, Speaker, Via
from . import ml_lexicon as L
from .ml_clauses import (cited_by_medium, german_np_end, skip_role_appositive, statement_lead,
                         trim)
from .ml_marks import words
from .ml_media import AGENCY_RE, MEDIA_SHAPE, RELAY_RE, as_via, find_vias, is_medium
from .ml_agent import ur_agent as _ur_agent
from .ml_speakers import clause_end, find_speaker, is_title, named, speaker_in


def according_row(text, lang, rules, index, roles, s, e, acc, cues, last):
    """'Selon X, ...' / '..., selon X.' / 'به گزارش X، ...': X is the source."""
    if lang == "tr" and "," in text[s:acc.start()] and RELAY_RE.search(text, s, acc.start()) and any(
            c.start() > acc.end() and not rules.according.fullmatch(c.group()) for c in cues):
        return None  # "X ise, Cumhuriyet gazetesinin aktardığına göre, ... savundu": X, relayed
    if lang not in ("tr", "ur", "fa", "ar") and text[s:acc.start()].rstrip().endswith(",") and any(
            c.start() > clause_end(text, acc.end(), e) and not rules.according.fullmatch(c.group())
            for c in cues):
        return None  # "La alcaldesa, según informó la agencia EFE, pidió ...": the subject, relayed
    aside = None
    talked = None
    if lang in ("tr", "ur"):  # postpositions: "Kurumun açıklamasına göre, ...", "ان کے مطابق"
        head = text[s:acc.start()]
        cut = max(head.rfind(","), head.rfind("،"))
        src_s, src_e = trim(text, s + cut + 1 if cut >= 0 else s, acc.start())
        qs, qe = trim(text, acc.end(), e)
    else:
        stop = clause_end(text, acc.end(), e)
        if lang == "de":
            acronym = _ACRONYM_SOON.match(text, acc.end(), stop)
            stop = acronym.end() if acronym else german_np_end(text, acc.end(), stop)
        src_s, src_e = trim(text, acc.end(), stop)
        gap = len(text[stop:e]) - len(text[stop:e].lstrip(" ،,"))
        if acc.start() - s <= 3 or (lang in ("fa", "ar") and acc.start() - s <= 6):
            qs, qe = trim(text, stop, e)
        elif rules.that.match(text, stop + gap):  # "وذكرت رويترز، نقلاً عن مصدرين، أن ..."
            qs, qe = trim(text, rules.that.match(text, stop + gap).end(), e)
        elif any(c.end() == len(text[:acc.start()].rstrip()) for c in cues) and len(words(text, stop, e)) >= 3:
            qs, qe = trim(text, stop, e)  # "X betonte nach Angaben des rbb, das Land brauche ..."
            talk = _DE_TALK.search(text, acc.end(), min(e, acc.end() + 120)) if lang == "de" else None
            if talk is not None and len(words(text, talk.end(), e)) >= 3 and "," not in text[acc.end():talk.start()] \
                    and len(words(text, acc.end(), talk.start())) <= 4:
                qs, qe = trim(text, talk.end(), e)  # "sagte laut APA im Gespräch mit Radio X,
                talked = talk.span("m")  # man prüfe ...": the medium talked to is the nearer via
        elif not text[s:acc.start()].rstrip().endswith((",", "،")) \
                and not text[stop:stop + gap].strip() \
                and len(words(text, stop, e)) >= 2:
            qs, qe = trim(text, s, e)  # "Eine Petition hat nach Angaben der Initiatoren schon
            # 11.000 Unterschriften gesammelt": the phrase sits inside the clause it sources
        elif _SUBORDINATOR_COMMA.search(text, max(s, acc.start() - 20), acc.start()) and stop < e \
                and text[stop] in ",،" and len(words(text, stop + 1, e)) >= 3:
            qs, qe = trim(text, stop + 1, e)  # "..., καθώς, σύμφωνα με την ανακοίνωση της ΕΛ.ΑΣ.,
            # λάδι ... πωλούνταν": the clause after the aside is what the source says
        elif text[s:acc.start()].rstrip().endswith((",", "،")) and stop < e and text[stop] in ",،" \
                and 1 <= len(words(text, s, acc.start())) <= 6 and "," not in text[s:acc.start()].rstrip()[:-1] \
                and len(words(text, stop + 1, e)) >= 2:
            qs, qe = trim(text, stop + 1, e)  # "La inflación, según el INE, subió ...": the
            aside = s  # predicate after the aside; the subject before it may be the speaker
        else:
            qs, qe = trim(text, s, acc.start())
    if lang == "de" and _OWN_ACCOUNT.search(acc.group()) and last is not None and last.name \
            and not any(h[2].type in ("PERSON", "ORG") for h in index.within(s, acc.start())):
        # "Die Einigung sieht nach ihren Angaben ... vor": by her account, the one just quoted
        return (qs, qe, "indirect", Span(acc.start(), acc.end()), last, ()) \
            if len(words(text, qs, qe)) >= 3 else None
    verb = rules.cue.match(text, src_s, src_e) if lang not in ("tr", "ur") else None
    if verb is not None and words(text, verb.end(), src_e):  # "Según detalló el ministro"
        src_s = trim(text, verb.end(), src_e)[0]
    modified = _TR_MODIFIED.search(text, src_s, src_e) if lang == "tr" else None
    if modified is not None:  # "Hükümete yakın Sabah gazetesinin haberine göre": the paper
        src_s = modified.end()
    part = _TR_PARTICIPLE.search(text, src_s, src_e) if lang == "tr" else None
    if part is not None and part.start() > src_s:  # "Bakanlığının paylaştığı verilere göre"
        src_s, src_e = trim(text, src_s, part.start())
    relay = RELAY_RE.search(text, src_s, src_e)
    if relay is not None and relay.start() > src_s:  # "DHA'nın aktardığına göre": DHA
        src_s, src_e = trim(text, src_s, relay.start())
    if src_e <= src_s:
        return None
    if len(words(text, qs, qe)) < 3:
        return None
    told_via: tuple[Via, ...] = ()
    told = _TOLD_BY.match(text, src_s, src_e)
    if told is not None and words(text, told.end(), src_e):  # "Secondo quanto riferito all'ANSA
        a, b = told.span("m")  # da fonti investigative": told to the medium by the agent
        medium = speaker_in(text, index, roles, a, b, last)
        if medium.name and (is_medium(text, rules, a, b) or MEDIA_SHAPE.search(medium.name)
                            or AGENCY_RE.search(medium.name)):
            told_via, src_s = (as_via(medium),), told.end()
    speaker = speaker_in(text, index, roles, src_s, src_e, last)
    short = _ACRONYM_NEXT.match(text, speaker.end) if speaker.end is not None else None
    if short is not None and short.end() <= src_e + 1:  # "Según el Servicio ... (Senamhi)"
        speaker = Speaker(speaker.entity, short.group(1), short.start(1), short.end(1))
    people = [h for h in index.within(src_s, src_e) if h[2].type == "PERSON"] if lang == "tr" else []
    if people and speaker.entity != people[0][2].id and (speaker.start or 0) < people[0][0]:
        # "Balıkçılar Derneği Başkanı Hasan Tekin'in ... açıklamasına göre": the chairman
        speaker = named(text, people[0][2], people[0][0], people[0][1])
    sources = _SOURCES_FIRST.match(text, src_s, src_e)
    if sources is not None:  # "Según fuentes de la Comisión ... (Conagua)": the sources speak
        end = text.rfind("(", src_s, src_e)
        end = src_s + len(text[src_s:end if end > src_s else src_e].rstrip(" ,"))
        speaker = Speaker(speaker.entity, text[src_s:end], src_s, end)
    titled = _TITLE_IN_MARKS.search(text, max(0, src_s - 3), min(len(text), src_e + 2))
    if titled and (speaker.start is None or titled.start() <= speaker.start < titled.end()):
        # "Nach Informationen des „Spiegel“": the title, marks and all
        speaker = Speaker(None, titled.group(1), titled.start(), titled.end())
    kind = _KIND_FIRST.match(text, src_s, src_e)
    if kind is not None and 1 <= len(words(text, kind.end(), src_e)) <= 4 \
            and not AGENCY_RE.search(text, src_s, src_e):
        inner = index.within(kind.end(), src_e)
        speaker = Speaker(inner[0][2].id if inner else None, text[kind.end():src_e].strip(),
                          kind.end(), src_e)
    lead = statement_lead(text, rules, src_s, src_e)
    if lead is not None:  # "selon un communiqué (de la préfecture)": the statement's author
        gen = _GENITIVE_LEAD.match(text, lead, src_e)
        if gen and gen.end() < src_e:
            speaker = speaker_in(text, index, roles, gen.end(), src_e, last)
            if lang == "el" and speaker.name and speaker.entity is None:
                speaker = Speaker(None, L.greek_nominative(speaker.name), speaker.start,
                                  speaker.end)  # "απόφαση του υπουργείου X": το υπουργείο X
        elif qe <= acc.start():
            speaker = speaker_in(text, index, roles, qs, clause_end(text, qs, qe), last)
    qs = skip_role_appositive(text, qs, qe)
    relay = RELAY_RE.match(text, qs)
    if relay is not None:  # "D'après X, citée par le quotidien Y, ...": Y relays, not says
        qs = trim(text, clause_end(text, relay.end(), qe) + 1, qe)[0]
    if speaker.end is not None and speaker.end > src_e and qs < speaker.end < qe:
        qs, qe = trim(text, clause_end(text, speaker.end, e), qe)  # "Selon le X, Y, 422 ..."
    via: tuple[Via, ...] = told_via
    cited = None if via else cited_by_medium(text, index, roles, speaker, src_e, qe, last)
    if cited is not None:  # "Según informó la agencia Efe, citando a fuentes de su gabinete, ..."
        speaker, via, qs = cited[0], cited[1], max(qs, trim(text, cited[2] + 1, qe)[0])
    subject = _claim_subject(text, rules, index, speaker, src_s, src_e, qs, qe) \
        if not via and acc.start() - s <= 3 and not any(c.start() >= qs for c in cues) \
        and lang in ("fr", "es", "it", "de", "el") else None
    if aside is not None and subject is None and not via:  # "El Ministerio, según la agencia
        subject = _claim_subject(text, rules, index, speaker, src_s, src_e, aside, qe)  # EFE, ..."
    if subject is None and not via and lang == "ur" and speaker.name and (
            is_medium(text, rules, src_s, src_e) or AGENCY_RE.search(speaker.name)):
        subject = _ur_agent(text, qs, qe)  # "اے پی پی کے مطابق X نے ... کہا کہ": the agent said it
        said = [rules.that.match(text, c.end() + 1) for c in cues if subject is not None
                and c.start() >= subject.end and not rules.according.fullmatch(c.group())]
        said = [m for m in said if m is not None]
        if said:  # the words are the clause after 'کہ'
            qs = trim(text, said[0].end(), qe)[0]
        else:
            subject = None  # "اے پی پی کے مطابق وزیراعظم نے کمیٹی تشکیل دی": an act the agency
            # reports, not words the agent said ('نے کہا کہ ...')
    if subject is not None:  # "Según informó el diario El País, el legislador pedirá ...": the
        # subject, through the paper (named by the via step when it knows it, else as written)
        told = find_vias(text, rules, index, src_s, src_e, subject, [])
        via, speaker = (() if told else (as_via(speaker),)), subject
    person = find_speaker(text, lang, rules, index, roles, s, e, cues[0], [(s, qs), (qe, e)], last) \
        if cues and not rules.according.fullmatch(cues[0].group()) else None
    if (person is not None and person.entity and person.entity != speaker.entity
            and any(ent.id == person.entity and ent.type == "PERSON" for *_, ent in index.rows)):
        via = (as_via(speaker),) if speaker.name else ()
        speaker = person
    cue = Span(acc.start(), acc.end())
    via = via + find_vias(text, rules, index, s, e, speaker, [(qs - 1, qe)], skip=via)
    if talked is not None:  # nearest first: the one talked to, then the one that relayed
        via = tuple(sorted(via, key=lambda v: not (v.start is not None and talked[0] <= v.start < talked[1])))
    return (qs, qe, "indirect", cue, speaker, via)


def _claim_subject(text, rules, index, source, src_s, src_e, qs, qe) -> Speaker | None:
    """A medium sourcing a claim whose clause opens on its own subject, a named body or person
    or a role with its article ('De acuerdo con la agencia EFE, el Ministerio de Salud enviará
    ...'): the subject's words reached the outlet through the medium."""
    end = source.end if source.end is not None else src_e
    if source.start is None or len(words(text, src_s, source.start)) > 2:
        return None  # "Selon un document de travail consulté par l'agence Reuters": the document
    if not source.name or RELAY_RE.search(text, src_s, src_e) or not (
            is_medium(text, rules, src_s, end) or MEDIA_SHAPE.search(source.name)
            or _MEDIUM_KIND.search(text, src_s, end)):
        return None
    toks = words(text, qs, min(qe, qs + 160))
    if len(toks) < 3 or _HEARSAY.search(text, src_s, src_e) or any(
            _CONDITIONAL.search(text[x:y]) for x, y in toks[:6]):
        return None  # "Secondo quanto appreso dall'agenzia, il ministero starebbe valutando":
        # what the medium learned, in the mood of hearsay, is the medium's own report
    k = 1 if L.fold(text[toks[0][0]:toks[0][1]]) in _CLAIM_ARTICLES else 0
    for ms, me, ent in index.within(qs, qe):
        if ms == toks[k][0] and ent.type in ("PERSON", "ORG", "NORP") and not AGENCY_RE.fullmatch(ent.name):
            return named(text, ent, ms, me)
        break
    if k and is_title(text[toks[k][0]:toks[k][1]]):
        return Speaker(None, text[toks[0][0]:toks[k][1]], toks[0][0], toks[k][1])
    return None


_HEARSAY = re.compile(r"(?i)apprend|appris|apres|aprendi|erfahr|πληροφορ")
_CONDITIONAL = re.compile(r"(?:rebbe|rebbero|rait|raient|ría|rían|θα\s)$")
_CLAIM_ARTICLES = frozenset("el la los las le les l il lo gli der die das ο η οι".split())
_MEDIUM_KIND = re.compile(r"(?i)(?<![\w-])(?:diario|periódico|journal|quotidien|quotidiano|giornale|"
                          r"Zeitung|Blatt|εφημερίδα|cadena|chaîne|canale|emisora|radio)(?![\w-])")


# "quanto riferito all'ANSA da", "lo declarado a EFE por", "ce qui a été dit à l'AFP par": a
# participle of saying, the medium told and the agent who told it.
_TOLD_BY = re.compile(r"(?i)(?:quanto\s+|lo\s+|ce\s+qu\S*\s+(?:a\s+été\s+)?)?[^\W\d]+\s+"
                      r"(?:a|al|all['’]|alla|ai|agli|à|à\s+la|à\s+l['’]|au|aux)\s*"
                      r"(?P<m>[^\W\d][^,;:()]{0,40}?)\s+(?:da|dal|dalla|dall['’]|dai|dagli|dalle|por|par)\s+")
def told_by_holds(text: str, pos: int, end: int, at: int) -> bool:
    """The cue at `at` is the according word or the participle of a told-to-by phrase opening
    at pos ("Secondo quanto riferito all'ANSA da fonti, ..."): the according-phrase holds it."""
    pos += len(text[pos:end]) - len(text[pos:end].lstrip())
    m = _TOLD_BY.match(text, pos, end)
    return m is not None and at < m.start("m")


# A subordinator, then a comma that opens the according-phrase's aside ("car, selon X, ...").
_SUBORDINATOR_COMMA = re.compile(r"(?i)(?<![\w-])(?:καθώς|επειδή|αφού|car|puisque|parce que|porque|"
                                 r"ya que|perché|poiché|weil)\s*,\s*$")
_OWN_ACCOUNT = re.compile(r"\b(?:seinen|ihren) Angaben")
# Unnamed sources as the according-phrase's head: "fuentes de", "des sources", "Quellen".
_SOURCES_FIRST = re.compile(r"\s*(?:(?:des|de|les|dos|tres|deux|alcune|diverse|zwei|δύο)\s+)?"
                            r"(?:fuentes|sources?|fonti|Quellen|Kreisen|πηγές|πηγών|kaynaklar\w*|"
                            r"مصادر|مصدر|منابع|ذرائع)(?!\w)", re.I)
_TITLE_IN_MARKS = re.compile(r"[„«\"“]\s?([^„«»\"“”]{2,40}?)\s?[“»\"”]")
_TR_MODIFIED = re.compile(r"\S+\s+(?:yakın|bağlı|merkezli|kökenli|destekli)\s+")
# A Turkish relative participle ends the subject it follows: "X'in açıkladığı rakamlara göre".
_TR_PARTICIPLE = re.compile(r"(?<!\S)[a-zçğıöşü]\w*[dt][ıiuü]ğ[ıiuü](?:n[ae])?(?!\S)")
_ACRONYM_NEXT = re.compile(r"\s*\(([A-ZÀ-ÝΑ-Ω][\w.-]{1,9})\)")
_GENITIVE_LEAD = re.compile(r"\s*(?:de la |de l['’]|du |des |de |del |della |dello |dell['’]|di |"
                            r"der |des |της |του |του |από )")


# "nach Einschätzung des Instituts der deutschen Wirtschaft (IW) stehen": to the acronym.
# A German phrase of talking to a medium right after a relay's source, closed by the comma
# before the reported clause: "sagte laut APA im Gespräch mit ORF Radio Tirol, man prüfe ...".
_DE_TALK = re.compile(r"\s+(?:im|in\s+einem)\s+(?:Gespräch|Interview)\s+mit\s+(?:dem\s+|der\s+|den\s+)?"
                      r"(?P<m>[A-ZÄÖÜ][^,.;:«»„“\"]{1,60}?)\s*,")
_ACRONYM_SOON = re.compile(r"[^()]{0,60}?\([A-ZÄÖÜ]{2,6}\)")
_KIND_FIRST = re.compile(r"\s*(?:روزنامه|خبرگزاری|هفته‌نامه|سایت|صحيفة|جريدة|وكالة|موقع|"
                         r"روزنامہ|اخبار)\s+")


# A title named with capitals only (articles and linking words inside it in lower case):
# 'Le Patriote des Coteaux', 'La Voz de Galicia', 'Il Resto del Carlino'.
_TITLE_NAME = re.compile(r"[A-ZÀ-ÝΑ-Ω][\w'’-]*(?:\s+(?:[A-ZÀ-ÝΑ-Ω0-9][\w'’-]*|de|des|du|del|de la|"
                         r"di|della|dello|del|der|von|y|et|e|und))*")


_TITLE_ARTICLE = re.compile(r"(?:Le|La|Les|L['’]|El|Los|Las|Il|Lo|Gli|Der|Die|Das)\s*(?=[A-ZÀ-Ý])")


def title_name(text: str, index, a: int, b: int) -> bool:
    """text[a:b] (trimmed) is a capitalised title of at most six words, no person's name."""
    x, y = trim(text, a, b)
    return y > x and len(text[x:y].split()) <= 6 and bool(_TITLE_NAME.fullmatch(text, x, y)) \
        and (_TITLE_ARTICLE.match(text, x) is not None  # (a person goes without an article)
             or not any(h[2].type == "PERSON" for h in index.within(x, y)))


def opening_relay(text: str, rules, index, s: int, cue_start: int, speaker: Speaker, via: tuple) -> tuple:
    """'D'après Le Patriote des Coteaux, la viticultrice X a évalué ...', 'Según La Voz de
    Galicia, el alcalde X dijo ...': an according-phrase opening the sentence before a clause
    with its own subject and verb of saying names who carried that subject's words, a via,
    whether or not a list knows it for a medium. Only a capitalised title of at most six
    words that names no person counts ('Selon le maire, ...', 'Selon Marie Dupont, ...' stay
    with the rules for roles and people)."""
    a = s + len(text[s:cue_start]) - len(text[s:cue_start].lstrip(" \n"))
    m = rules.according.match(text, a, cue_start)
    if m is None or speaker.start is None or speaker.start <= m.end():
        return via
    stop = clause_end(text, m.end(), cue_start)
    if stop >= cue_start or text[stop] not in ",،" or speaker.start < stop:
        return via
    x, y = trim(text, m.end(), stop)
    if not title_name(text, index, x, y):
        return via  # ('Selon Marie Dupont, ...': a person in the slot is no medium)
    inside = [v for v in via if v.start is not None and x <= v.start < y]
    if inside and not all(v.name == text[v.start:v.end] and v.end - v.start < y - x for v in inside):
        return via  # (a known medium's name, given as the lists write it, stays)
    # a kind word taken alone from the title ('Journal' of 'Le Journal des Causses') gives way
    return tuple(v for v in via if v not in inside) + (Via(None, text[x:y], x, y),)


__all__ = ["according_row", "opening_relay", "title_name", "told_by_holds"]
