"""Sentences that attribute the sentence before them ('Das sagte X.', 'Lo ha detto X', 'این خبر
را X اعلام کرد'). Inputs: text, the previous sentence's span, cues and rules from ml_quotes.
"""
from __future__ import annotations

import re

from ..records import Span, Speaker, Via
from .ml_clauses import TR_CONVERB, body_anaphor, inverted_np, trim
from .ml_content import content_before
from .ml_marks import words
from .ml_media import MEDIA_SHAPE, find_vias
from .ml_speakers import clause_end, find_speaker, speaker_in
from .ml_subjects import TIME_LEAD
from .ml_words_back import words_named_after

# "Das hat X mitgeteilt.", "Lo ha reso noto X", "C'est ce qu'a annoncé X", "Así lo dijo X":
# a demonstrative object stands for the sentence before, which is then X's words.
SAID_BEFORE = re.compile(r"(?:Das|Dies|Lo|Así lo|Esto lo|Eso lo|Αυτό|Αυτά|Τα παραπάνω|"
                          r"C['’]est ce qu['’]|C['’]est ce que)\s*(hat\s|haben\s|hatte\s)?")


# "این تصمیم را استانداری تهران ... اعلام کرد": this decision, i.e. the sentence before.
# "یہ بات X نے ایک بیان میں بتائی": this, i.e. the sentence before, X said.
UR_SAID_BEFORE = re.compile(r"(?:یہ|یہی)\s+(?:بات|اطلاع|خبر)\s+()")


FA_SAID_BEFORE = re.compile(r"(?:این|همین)\s+(?:خبر|تصمیم|مطلب|موضوع|اطلاعات|آمار|رقم|ارقام)"
                             r"\s+را\s+()")

# A relative pronoun right after an according-word: "secondo le quali", "según las cuales".
_ACCORDING_WHOM = re.compile(r"\s+(?:le quali|i quali|la quale|il quale|cui|lequel|laquelle|lesquels|"
                             r"lesquelles|los cuales|las cuales|el cual|la cual|quienes)\s*,?")

# Persian auxiliaries and light verbs that may close a sentence after its cue.
FA_AUX = frozenset("کرد کرده کردند است بود اند شد داد داده".split())
# Gerunds of saying that add more of the same speaker's words ('..., precisando che ...').
GERUND = re.compile(r"(?:ando|endo|ant|ώντας|οντας|iendo)$")


def said_before(text, lang, rules, index, roles, s, e, cues, last, prev):
    m = (FA_SAID_BEFORE if lang == "fa" else UR_SAID_BEFORE if lang == "ur" else
         SAID_BEFORE).match(text, s)
    if m is None or not cues or rules.according.fullmatch(cues[0].group()):
        return []
    closing = lang in ("fa", "ur") or bool(m.group(1))
    cue = cues[-1] if closing else cues[0]
    if closing:  # German perfect, Persian: the verb closes the sentence
        rest = text[cue.end():e].replace("\u200c", " ").strip(" .!۔")
        if any(w not in FA_AUX for w in rest.split()) or cue.start() <= m.end():
            return []
    elif cue.start() != m.end() or rules.that.search(text, cue.end(), clause_end(text, cue.end(), e)):
        return []  # "Lo ha detto che ...": its own clause follows
    qs, qe = trim(text, *prev)
    if len(words(text, qs, qe)) < 4:
        return []
    speaker = find_speaker(text, lang, rules, index, roles, m.end() if lang == "ur" else s, e, cue,
                           [(m.end(), e)], last)
    if speaker.name is None:
        stop = clause_end(text, cue.end(), e)
        if lang == "de":  # "Das teilte die Autobahn GmbH des Bundes [am Mittwoch ... mit]"
            toks = words(text, cue.end(), stop)
            low = next((x for k, (x, y) in enumerate(toks) if k >= 2 and text[x].islower()
                        and text[x:y] not in ("des", "der", "dem", "den", "von", "für", "und")), None)
            stop = low if low is not None else stop
        speaker = inverted_np(text, cue.end(), stop)
        speaker = body_anaphor(text, lang, index, speaker, prev)
    if speaker.name is None or (speaker.start is not None and speaker.start < s):
        return []
    via = find_vias(text, rules, index, s, e, speaker, [(qs - 1, qe)])
    rows = [(qs, qe, "indirect", Span(cue.start(), cue.end()), speaker, via)]
    for c in cues[1:]:  # "..., secondo le quali un'offerta ...": the same speaker's claim
        rel = _ACCORDING_WHOM.match(text, c.end()) if rules.according.fullmatch(c.group()) else None
        if rel is not None and len(words(text, rel.end(), e)) >= 3:
            rows.append((*trim(text, rel.end(), e), "indirect", Span(c.start(), c.end()), speaker, ()))
            break
    for c in cues[1:]:  # "..., precisando che non ci sono feriti": more of the same speaker's
        that = rules.that.match(text, c.end() + 1)
        if GERUND.search(c.group()) and that is not None:
            a, b = trim(text, that.end(), e)
            rows.append((a, b, "indirect", Span(c.start(), c.end()), speaker, ()))
            break
    return rows


# The object clitic or demonstrative that takes up the words before a colon, right before the
# cue (its auxiliary between): "...: lo ha spiegato in una nota X", "...: así lo ha explicado X",
# "... : c'est ce qu'a annoncé X".
_TAKEN_UP = re.compile(r"\s*(?i:lo|così lo|cosi lo|así lo|asi lo|esto lo|c['’]est ce qu['’]|c['’]est ce que)\s*"
                       r"(?:(?:ha|hanno|aveva|avevano|han|había|habían|a|ont|avait|avaient)\s+)?$")


def said_after_colon(text, lang, rules, index, roles, s, e, cues, last):
    """'Le paratoie sono rimaste abbassate per un guasto: lo ha spiegato in una nota l'Autorità':
    the words before the colon are the claim, taken up by the clitic of the cue after it, whose
    subject (after the verb) is the speaker. Rows as said_before's, or []."""
    if lang not in ("it", "es", "fr") or not cues:
        return []
    k = text.find(":", s, cues[0].start())
    if k < 0 or rules.according.fullmatch(cues[0].group()) \
            or _TAKEN_UP.match(text, k + 1, cues[0].start()) is None:
        return []
    cue = cues[0]
    if rules.that.search(text, cue.end(), clause_end(text, cue.end(), e)) is not None \
            and not re.match(r"[^,;]*,\s*(?:dopo|después|après)", text[cue.end():e]):
        return []  # ("...: lo ha detto che ...": its own clause follows)
    qs, qe = trim(text, s, k)
    if len(words(text, qs, qe)) < 4:
        return []
    stop = clause_end(text, cue.end(), e)  # (the subject follows the verb: "... l'Autorità")
    a = cue.end() + len(text[cue.end():stop]) - len(text[cue.end():stop].lstrip())
    lead = TIME_LEAD.match(text, a, stop)  # "así lo ha anunciado este martes la concejala"
    speaker = speaker_in(text, index, roles, lead.end() if lead else a, stop, last)
    if speaker.name is None or speaker.start is None or not cue.end() <= speaker.start < e:
        speaker = find_speaker(text, lang, rules, index, roles, k + 1, e, cue, [(qs, qe)], last)
    if speaker.name is None or speaker.start is None or not cue.end() <= speaker.start < e:
        speaker = inverted_np(text, cue.end(), stop)
    if speaker.name is None:
        return []
    rest = _NAME_GOES_ON.match(text, speaker.end or stop, stop) if speaker.end is not None \
        and speaker.end < stop and speaker.name[:1].isupper() and " " not in speaker.name else None
    if rest is not None and rest.end() > rest.start():  # "l'Autorità per la Laguna di Venezia,"
        end = speaker.end + len(text[speaker.end:rest.end()].rstrip())
        speaker = Speaker(speaker.entity, text[speaker.start:end], speaker.start, end)
    via = find_vias(text, rules, index, k + 1, e, speaker, [(qs, qe)])
    return [(qs, qe, "indirect", Span(cue.start(), cue.end()), speaker, via)]


# A one-word body name going on to the comma in joiners and capitalised words: "Autorità per la
# Laguna di Venezia", "Agence pour la Sécurité", the entity step having kept only its head.
_NAME_GOES_ON = re.compile(r"(?:\s+(?:per|pour|para|de|del|della|delle|dei|di|du|des|la|le|il|los|las|el|"
                           r"l['’](?=[A-ZÀ-Ý])|[A-ZÀ-Ý][\w'’-]*))+(?=\s*$)")


# A noun for the words just quoted, then a participle and its agent: "La battuta, pronunciata
# da Marco Sala", "La phrase, prononcée par X", "Die Worte, gesprochen von X", "Η φράση, που
# ειπώθηκε από τον X". The agent, set off by its preposition, spoke the quotation before.
UTTERANCE = re.compile(
    r"(?i)(?:la|le|les|questa|queste|quella|cette|ces|esta|estas|esa|el|las|los|die|diese|"
    r"η|αυτή|τα|αυτά|bu)\s+(?:battuta|frase|parole|affermazione|dichiarazione|phrase|propos|"
    r"mots|déclaration|palabras|declaraciones|afirmación|Worte|Aussage|Sätze|Satz|φράση|λόγια|"
    r"δήλωση|δηλώσεις|sözler|cümle)\b[^.!?\n]{0,80}?(?<![\w-])(?:da|dal|dalla|par|por|von|vom|"
    r"από|tarafından)\s+(?:(?:il|la|le|l['’]|el|der|dem|den|τον|την|το)\s+)?")


# "With these words" opening the sentence after a quotation: its subject said it.
WITH_WORDS = re.compile(r"(?i)(?:con (?:queste|estas|esas) (?:parole|palabras)|par ces (?:mots|paroles)|"
                        r"mit diesen worten|με αυτά τα λόγια|bu sözlerle|بهذه الكلمات|با این سخنان|"
                        r"ان الفاظ کے ساتھ)[\s,]")


def after_orphans(text, lang, rules, index, roles, s, e, cues, last, loose):
    """The sentence right after unattributed quotations names their speaker: 'Das sagte X'
    (a demonstrative for the words before) or 'La battuta, pronunciata da X' (a noun for them
    and its agent). Returns (cue span, speaker, vias) or None; loose is the quotation
    sentence's (start, end)."""
    rows = said_before(text, lang, rules, index, roles, s, e, cues, last, loose)
    if rows:
        return rows[0][3], rows[0][4], rows[0][5]
    m = UTTERANCE.match(text, s)
    if m is None:
        w = WITH_WORDS.match(text, s)  # "Con queste parole il perito ..., Paolo Fabbri, ha aperto"
        people = [h for h in index.within(w.end(), min(e, w.end() + 120))
                  if h[2].type == "PERSON"] if w else []
        if not people:  # "Bu sözler ... X'e ait", "بهذه الكلمات لخّص X", "X نے یہ بات ... کہی"
            back = words_named_after(text, lang, index, s, e)
            return (*back, ()) if back else None
        return (Span(w.start(), w.end()), Speaker(people[0][2].id, people[0][2].name, *people[0][:2]),
                ()) if people else None
    stop = clause_end(text, m.end(), e)
    hits = [h for h in index.within(m.end(), stop) if h[2].type in ("PERSON", "ORG")]
    if not hits or hits[0][0] - m.end() > 40:
        return None
    ms, me, ent = hits[0]
    return Span(m.start(), m.end()), Speaker(ent.id, ent.name, ms, me), ()


# A citing verb or a comma that opens the noun phrase before 'secondo cui': "cita un dirigente".
_CITES = re.compile(r"(?:,|\b(?:cita|citano|citando|cite|citent|citant|cita a|citó|citan|zitiert|"
                    r"zitieren|interpella|riporta)\s)")


def whom_before(text, index, roles, rules, s: int, cue, last) -> Speaker | None:
    """'X cita un dirigente del gruppo secondo cui «...»': an according-word followed by a
    relative pronoun points back to the noun phrase right before it, which speaks (whoever
    cites it is the medium)."""
    if not rules.according.fullmatch(cue.group()) or _ACCORDING_WHOM.match(text, cue.end()) is None:
        return None
    opens = [m.end() for m in _CITES.finditer(text, s, cue.start())]
    if not opens or cue.start() - opens[-1] > 80:
        return None
    a = opens[-1] + len(text[opens[-1]:cue.start()]) - len(text[opens[-1]:cue.start()].lstrip())
    b = a + len(text[a:cue.start()].rstrip(" ,"))
    if b <= a:
        return None
    sp = speaker_in(text, index, roles, a, b, last)
    if sp.entity is not None:
        return sp
    head = re.match(r"(?:un|una|uno|un['’]|une|des|ein|eine|einen|einem|il|la|le|l['’]|el)\s*", text[a:b])
    x = a + (head.end() if head else 0)
    return Speaker(None, text[x:b], x, b)


def citing_medium(text: str, s: int, cue) -> tuple[Via, ...]:
    """The subject of the citing verb before 'secondo cui', when shaped like a medium ('Il
    Corriere della Sera, che per primo ha dato la notizia, cita ...')."""
    verb = next((m for m in _CITES.finditer(text, s, cue.start()) if m.group() != ","), None)
    if verb is None:
        return ()
    end = min([i for i in (text.find(",", s, verb.start()),) if i > 0] or [verb.start()])
    m = re.match(r"\s*(?:il|la|lo|l['’]|le|el|der|die|das)?\s*([A-ZÀ-Ý][^,]*?)\s*$", text[s:end])
    if m is None or not MEDIA_SHAPE.search(m.group(1)):
        return ()
    return (Via(None, m.group(1), s + m.start(1), s + m.end(1)),)


def tr_converb_claim(text: str, s: int, cues, inside, rows) -> list:
    """'Selin Kaya, kuraklığın ... bağlantılı olduğunu belirterek, "..." diye konuştu': the
    clause a converb closes before the quotation is the quotation's speaker's claim too."""
    if not rows or not inside or rows[0][4].name is None:
        return []
    o = inside[0][0]
    for cue in cues:
        if cue.end() > o or not TR_CONVERB.search(cue.group()):
            continue
        qs, qe = content_before(text, s, cue, "tr")
        if len(words(text, qs, qe)) >= 2 and not any(a < qe and qs < b for a, b in inside):
            return [(qs, qe, "indirect", Span(cue.start(), cue.end()), rows[0][4], ())]
    return []


# A Turkish clause made a noun to be said: '... sürdürüleceğini', '... gerilediğini'.
_TR_SAID_CLAUSE = re.compile(r"(?:d[ıiuü]ğ|t[ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıiuü]$")


def tr_claim_after_converb(text: str, cues, inside, rows) -> list:
    """'Banka, ... "belirgin biçimde gerilediğini" belirterek sıkı duruşun sürdürüleceğini
    vurguladı': after the converb that closes the quotation's clause, the clause made a noun
    before the sentence's last cue is the same speaker's second claim."""
    if not rows or not inside or rows[0][4].name is None:
        return []
    conv = [m for m in cues if m.start() >= inside[-1][1] and TR_CONVERB.search(m.group())]
    final = [m for m in cues if conv and m.start() > conv[0].end()]
    if not final:
        return []
    qs, qe = trim(text, conv[0].end(), final[-1].start())
    toks = words(text, qs, qe)
    if len(toks) < 2 or not _TR_SAID_CLAUSE.search(text[toks[-1][0]:toks[-1][1]]) \
            or any(a < qe and qs < b for a, b in inside):
        return []
    return [(qs, qe, "indirect", Span(final[-1].start(), final[-1].end()), rows[0][4], rows[0][5])]


# '"..." diyen X, ...': the participle of saying that turns the quotation into X's description.
_TR_SAYING_PARTICIPLE = re.compile(r"[\s,]*(?:diyen|diye\s+konuşan|ifadesini\s+kullanan)\s")
# A clause made a noun, singular or plural possessor ('geldiğini', 'kaybettiklerini', 'olacağını').
_TR_NOUN_CLAUSE = re.compile(r"(?:d[ıiuü]|t[ıiuü]|[ae]c[ae])[ğk](?:l[ae]r)?[ıiuü]n[ıiuü]$")


def tr_claim_after_participle(text: str, cues, inside, rows, e: int) -> list:
    """'"..." diyen ... Murat Kaya, sezonu kaybettiklerini söyledi': after the quotation that
    describes its speaker ('diyen'), the clause made a noun before the sentence's last cue is the
    same speaker's second claim."""
    if not rows or not inside or rows[-1][4].name is None:
        return []
    m = _TR_SAYING_PARTICIPLE.match(text, inside[-1][1] + 1)
    comma = text.find(",", m.end(), min(e, m.end() + 120)) if m is not None else -1
    final = [c for c in cues if comma >= 0 and c.start() > comma]
    if not final:
        return []
    qs, qe = trim(text, comma + 1, final[-1].start())
    toks = words(text, qs, qe)
    if len(toks) >= 3 and text[toks[-1][0]:toks[-1][1]] in ("da", "de", "ta", "te"):
        toks = toks[:-1]  # "... başlatıldığını da sözlerine ekledi": the particle 'also'
        qe = toks[-1][1]
    if len(toks) < 2 or not _TR_NOUN_CLAUSE.search(text[toks[-1][0]:toks[-1][1]]) \
            or any(a < qe and qs < b for a, b in inside):
        return []
    return [(qs, qe, "indirect", Span(final[-1].start(), final[-1].end()), rows[-1][4], ())]
