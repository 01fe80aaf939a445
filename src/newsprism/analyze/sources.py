"""Who spoke: resolves each attribution's source to a speaker (through coreference, roles,
offices, pronouns, relative clauses, datelines); relays.py chains the intermediaries.

Input: attribution.Cand candidates with their spaCy tokens and the entities stage's Coref
lookup; quotes.py calls Speakers.resolve after merging clause and quotation candidates.
"""
from __future__ import annotations

import re

from ..records import Speaker
from . import cues
from . import lexicon_roles as L
from .cue_model import arrays
from .attribution import Cand, lemma_of, source_span, text_of, tokens_span, trim
from .source_frames import (appos_person, asked_subject, colondateline_end, dateline_end,
                            reduced_relative_subject,
                            bench_holder, entry_time_end, full_name,
                            name_fallback, role_change_holder,
                            named_child, only_placed, participle_subject,
                            person_subject_around, phrase_before_verb, phrase_head,
                            titled_head)
from .second_names import SecondNames, org_like
from .kind_bodies import body_by_kind
from .speaker_recency import RecentSpeakers, gender_fits as _gender_fits
from .speaker_documents import DocumentSources
from .speaker_offices import offices_by_apposition
from .speaker_elder import bare_namesake, elder_or_younger
from .speaker_namesakes import namesake_by_gender, namesakes
from .speaker_bullets import bullet_speaker
from .speaker_described_body import described_body
from .speaker_appos import appos_body
from .speaker_body_tail import body_by_tail, named_subject_around
from .span_index import covers
from .unnamed_sources import (PERSONAL as _PERSONAL, not_since, previous_subject,
                              unnamed_since, unnamed_subject_before)
from .role_names import inverted_pronoun, named_for_role
from .source_tests import (PARTICIPLE_OPENER, fronted_agent, goes_on, governed_by_preposition,
                           hyphen_head,
                           in_place_phrase, indefinite, institution_of, kind_in_apposition,
                           later_subject,
                           object_after_quote, office_aliases, passive_mismatch,
                           without_trailing_paren,
                           past_vocative, person_in_opener, plural_phrase, relative_owner,
                           role_phrase_before, under_preposition,
                           role_word, swallowed_subject, thing_phrase, title_read_as_verb,
                           tucked_away)

_OPENERS = "\"“"
# what follows a role phrase up to its cue: the rest of a hyphenated word, a place or work it
# is in, then a name set off by commas (and an age): "co|-star in The Long Coast, Emma Hart, "
_ROLE_THEN_NAME = re.compile(r"(?:-[a-z]+)?(?: (?:in|at|of|on|for) [^,\n]{1,40})?, "
                             r"((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+), (?:\d{1,3}, )?")
_CLOSERS = "\"”"
_HONOUR_AT_END = re.compile(r"(?<=[a-z])\s+(?:" + "|".join(sorted(L.POST_NOMINALS)) + r")\b")
_EMPHATIC_END = re.compile(r"\s+(?:itself|himself|herself|themselves)\s*$")  # an emphatic pronoun


# ---------------------------------------------------------------- speakers

def _after_comma(text: str, at: int) -> bool:
    """A name set off by a comma, past the titles that open it (', Col. Sani Umar')."""
    before = text[max(0, at - 40):at].rstrip()
    while True:
        m = _TITLE_AT_END.search(before)
        word = m.group(1).lower() if m is not None else ""
        if not (word in L.TITLES or word + "." in L.TITLES or word in ("brig", "cdr", "cmdr")):
            return before.endswith(",")
        before = before[:m.start()].rstrip()


def _has_subject(tok) -> bool:
    """Whether the word has an 'nsubj' or 'nsubjpass' child, read from the Doc's arrays
    (no Token made per child)."""
    ar = arrays(tok.doc)
    dep = ar.dep
    return any(dep[c] in ("nsubj", "nsubjpass") for c in ar.kids[tok.i])


def _entity_for(coref, doc, tok, span):
    """The entity of the source's head word; a name inside the phrase ('the authority of
    Valmora') is not the speaker."""
    if coref is None:
        return None
    if tok is not None:
        return coref.entity_at(tok.idx, tok.idx + len(tok.text))
    exact = next((en for m, en in coref.mentions_in(*span) if (m.start, m.end) == span), None)
    return exact or coref.entity_at(*span)


# Workers the role lexicon leaves out, who speak unnamed in features.


# The end of a quotation, its closing mark and a dash before the name that signs it.
_DASH_SIGNATURE = re.compile(r"[.,!?]?[\"”’]?[.,]?[ \t]*(?:—|–|--| - )[ \t]*")


_NAME_RUN = re.compile(r"\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\s+")
_SIGNATURE_NAME = re.compile(r"((?:Dr\.? |Prof\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?=,|\n|$)")


_OPENER = re.compile(r"(?:Reacting|Responding|Speaking|Commenting|Asked|Addressing|Also speaking|"
                     r"Also|However|Meanwhile|Separately|Earlier|Later)[^,\n]{0,60},\s+")


# where the words leading up to a source begin (a sentence end, a line), and a title in them
_LEAD_BREAK = re.compile(r"(?<=[a-z]{4})[.!?]\s+|\n")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
# Papers a person signs or writes, whose 'it' goes on in the signer's voice.
_PAPER_KIND = {"memo": "memo", "memorandum": "memo", "note": "memo", "letter": "letter",
               "report": "report", "judgment": "ruling", "judgement": "ruling",
               "ruling": "ruling"}
_THE_PAPER = re.compile(r"the (?:" + "|".join(_PAPER_KIND) + ")")
_LEADING_CONJUNCTION = re.compile(r"(?:But|And|Yet|Still|So)\s+(?=[A-Z])")
_AGED, _THE = re.compile(r",\s*\d{1,3}$"), re.compile(r"^the\s+")  # 'Kofi Antwi, 24'
_LONE_NAME, _DESCRIBED = re.compile(r"[A-Z][\w'’-]+"), re.compile(r" (?:who|which|whose) ")
_TITLE_AT_END = re.compile(r"\s*\b([A-Za-z]+)\.?$")
# '"..." Those were the first words Agnieszka Wierzbicka spoke': the name after names the speaker
_WORDS_OF = re.compile(r"(?:Those|These|Such|That|This) (?:were|are|was|is) (?:the|her|his|their) "
                       r"(?:(?:first|last|only|opening|closing|parting) )?(?:words?|thoughts)"
                       r"(?: of| that)? ")




class Speakers(DocumentSources, SecondNames, RecentSpeakers):
    """Resolves source spans to entities, remembering recent speakers for pronouns."""

    def __init__(self, doc, coref, quotes_so_far: list, outlet: str | None = None) -> None:
        self.doc, self.coref = doc, coref
        # the printing outlet ('told Kickoff Lagos') is never whom a 'he' or 'she' means
        self.outlet = _THE.sub("", (outlet or "").lower().strip())
        self.recent: list[tuple[int, Speaker]] = []
        self.quoted = quotes_so_far  # (content span, Speaker) of direct quotes
        self.content = (0, 0)  # the content of the attribution being resolved
        self.holders: dict[str, tuple] = {}  # title word -> (person last named so, where)
        self.full_names: dict[str, str] = {}  # entity (or given name) -> its full name
        self.placed: dict[str, bool] = {}  # entity -> named only after 'for'/'in'/'at'/'near'
        self.barred = (0, 0)  # the questioner of a fronted 'Questioned by X,' clause
        # title-only entity -> the person holding it (named so by an apposition anywhere)
        self.offices: dict[str, Speaker] = offices_by_apposition(coref, text_of(doc))
        self.by_source: dict[tuple, Speaker] = {}  # a quote's source span -> its speaker
        self.namesakes = namesakes(coref)  # surname -> the people sharing it

    def resolve(self, cand: Cand) -> Speaker:
        """The speaker of one candidate. A continuation (the next paragraph of a quotation,
        cue-less words after a quote) is whoever its quote was given to: the speaker found
        for that quote's source, not the same phrase read again when other people have been
        named since ('... as he waited in line: "..." / "..."' after a 'he' who is someone
        else)."""
        # a round-up's bulleted line ('- The union, in a statement: "..."') names its speaker
        # by its shape, read before the parse (the colon is the line's only attribution, and
        # a line after another's quotation is no continuation of it)
        sp = bullet_speaker(self.coref, text_of(self.doc), cand.content)
        if sp is not None:
            self.recent.append((sp.start, sp))
            if cand.origin != "continuation" and cand.source is not None:
                self.by_source[cand.source] = sp
            return sp
        if cand.origin == "continuation" and cand.source is not None:
            known = self.by_source.get(cand.source)
            if known is not None:
                return known
        sp = self._resolve(cand)
        if cand.origin != "continuation" and cand.source is not None:
            self.by_source[cand.source] = sp
        return sp

    def _resolve(self, cand: Cand) -> Speaker:
        self.content = cand.content
        full = text_of(self.doc)  # read once, not at each test below
        source, tok = self._source(cand)
        if source is None:
            return Speaker(None, None, None, None)
        outer = named_subject_around(tok, cand.cue_tok)
        if outer is not None:
            source, tok = source_span(outer), outer
        later = later_subject(tok.head if getattr(tok, "dep_", "") == "appos" else tok)
        if later is not None:
            source, tok = source_span(later), later
        titled = title_read_as_verb(tok)
        if titled is not None:
            source, tok = (tok.idx, source_span(titled)[1]), titled
        joined = hyphen_head(tok)
        if joined is not None and tok.dep_ == joined.dep_:
            source, tok = (source[0], max(source[1], source_span(joined)[1])), joined
        gap = _ROLE_THEN_NAME.fullmatch(full, source[1], cand.cue[0]) \
            if cand.cue and source[1] < cand.cue[0] else None
        if gap is not None and self._person_at(self.doc.char_span(
                *gap.span(1), alignment_mode="expand")[-1]):
            # "Colby's co-star in The Long Coast, Emma Hart, posted": the parse left the name
            # in apposition (and the rest of a hyphenated role) out of the phrase; it runs up
            # to the cue, and the person at its end speaks
            source = (source[0], gap.end(1))
        if getattr(tok, "pos_", "") in ("VERB", "AUX") and tok.dep_ == "ROOT":
            # 'The union called the plan "careless" and said ...': the parse gave the second
            # verb the first one for a source; both share its subject
            subj = next((k for k in tok.children if k.dep_ == "nsubj"), None)
            if subj is not None:
                source, tok = source_span(subj), subj
        speaker = passive_mismatch(tok, cand.cue_tok)
        if speaker is not None:
            source, tok = source_span(speaker), speaker
        if tok is not None and hasattr(tok, "i") and tok.text in L.POST_NOMINALS and tok.i \
                and self.doc[tok.i - 1].pos_ == "PROPN":
            tok = self.doc[tok.i - 1]  # 'Rebecca Adeyemi KC': the honour heads the parse
        s, e = trim(full, *source, chars=" \t\n\"“”‘’'")  # no stray marks
        honour = _HONOUR_AT_END.search(full, s, e)
        if honour is not None and honour.end() == e:
            e = honour.start()  # 'Counsel for the firm, Ann Ryan SC': the name ends the phrase
        e = without_trailing_paren(full, s, e)  # 'Col. Sani Umar (rtd)'
        # (every emphatic pronoun holds 'sel': most phrases are passed without the pattern)
        emphatic = _EMPHATIC_END.search(full, s, e) if full.find("sel", s, e) >= 0 else None
        if emphatic is not None and emphatic.start() > s:
            e = emphatic.start()  # 'The chamber itself said': the chamber
        s, tok = past_vocative(self.doc, s, e, tok)
        s, tok = self._past_opener(s, e, tok)
        lead = _LEADING_CONJUNCTION.match(full, s, e)
        if lead is not None:
            s = lead.end()  # 'But KeNHA, in a statement, maintained': the body, not 'But'
        text = full[s:e].strip()
        low = text.lower()
        if low in cues.PRONOUNS_FIRST:
            outer = self._enclosing(s)
            if outer is not None:
                return Speaker(outer.entity, outer.name, s, e)
        ent = _entity_for(self.coref, self.doc, tok, (s, e))
        self.barred = fronted_agent(tok) or (0, 0)
        if ent is not None and self.barred[0] < self.barred[1] and any(
                self.barred[0] <= m.start < self.barred[1] for m in ent.mentions):
            ent = None  # 'Questioned by Ms Lindqvist, she agreed': not the questioner
        if low in ("her honour", "his honour", "her honor", "his honor"):
            ent = bench_holder(self.coref, full, s) or ent
        else:
            # 'The outgoing governor', 'His successor': one of two holders of an office,
            # whichever coreference linked the phrase to
            last = self.recent[-1][1].entity if self.recent else None
            ent = role_change_holder(self.coref, full, text, s, last) or ent
        if low in ("who", "which") and tok is not None and hasattr(tok, "head"):
            # 'Dr. Bankole, a resident in Ibadan, who said ...': the clause's noun if it can
            # speak, else whoever spoke last, never a place
            ante = self._antecedent(tok, low) if tok.head.dep_ == "relcl" else None
            placed = tok.head.dep_ == "relcl" and in_place_phrase(tok.head.head)
            unnamed = self._unnamed_antecedent(tok, ent, s, e) if ante is None and not placed \
                and low == "who" else None
            if unnamed is not None:
                return unnamed
            ent = ante or (None if ent is None or placed or ent.type in ("GPE", "LOC", "FAC")
                           else ent)
        if ent is not None and ent.type in ("GPE", "LOC", "FAC") and tok is not None \
                and getattr(tok, "pos_", "") == "NOUN" and tok.lower_ in L.PERSON_NOUNS:
            ent = None  # 'In Dushanbe, a government official ...': a person, not the city
        if ent is not None and indefinite(tok) and not (self._appositive_name(ent, s, e) and (
                ent.type == "PERSON" or not role_word(tok))):
            # 'A hauliers' representative, speaking to the Herald', 'a Meridian spokesperson':
            # an indefinite phrase brings someone new in, never a body named before; a body
            # named after its comma is whom 'A spokesman for the utility' speaks for
            ent = None
        if ent is not None and institution_of(ent, tok):
            # 'the Israeli military said': coreference counts it as Israel acting (events
            # want that), but the words are the military's, not the country's.
            ent = None
        if tok is not None and hasattr(tok, "lower_") and (role_word(tok) or (
                (ent is None or ent.type != "PERSON") and self._ends_on_person(s, e))):
            # 'The Chief Medical Director of the hospital, Prof. Kunle Adesina': the office
            # heads the phrase, the person holding it speaks.
            ent = self._appositive_person(s, e, ent) or self._person_at_end(s, e) or ent
        comma = full.find(", ", s, e + 1) if ent is None or ent.type != "PERSON" else -1
        if comma > 0 and getattr(tok, "pos_", "") == "NOUN" and tok.idx < comma:
            # 'A visiting buyer from Egypt, Mahmoud Fathy, who ...': the person a comma sets
            # in apposition to the phrase's own noun speaks
            ent = self._named_in_apposition(comma) or ent
        titled = titled_head(tok)
        if ent is None or ent.type != "PERSON" or titled:
            holder = self._appos_person(tok, s, e)
            if holder is not None and titled:
                self.holders[tok.lower_] = (holder, s)
            elif holder is None and titled:
                # 'the Taoiseach added': the latest holder named with that title
                holder, at = self.holders.get(tok.lower_, (None, 0))
                holder = holder if at < s else None
            if holder is None and ent is None:
                holder = appos_body(self.coref, tok, s, e)  # 'The state weather bureau, PAGASA,'
            ent = holder or ent
        else:
            # 'The Minister of State for Civil Aviation, Smt. Rekha Joshi': she holds the title
            whole = full
            lead = _LEAD_BREAK.split(whole[max(0, s - 90):s])[-1] + text
            for word in _CAPITALISED.findall(lead.split(",")[0]):
                if word.lower() in L.TITLES:
                    self.holders[word.lower()] = (ent, s)
        if ent is not None and low in ("he", "she", "it", "they"):
            # (also 'In an emailed statement to the Courier, it said': not the paper)
            own = self._own_opener(s)
            named = [m.start for m in ent.mentions if m.start < s and m.kind != "pronoun"]
            if named and own[0] <= max(named) < own[1]:
                ent = None  # 'Addressing journalists at Labour House, Abuja, he disclosed'
        if ent is not None and low in ("he", "she"):
            ent = self._last_speaker_since(ent, s, low)
        unnamed = unnamed_since(self.doc, self.coref, self.recent, ent, s, low) if ent is not None and low in _PERSONAL \
            else None
        one = self._one_of(tok, s, e) if ent is None else None
        if one is not None:
            sp = one
        elif unnamed is not None:
            sp = Speaker(None, unnamed.name, s, e)
        elif ent is not None and low in ("he", "she") and not_since(self.doc, ent, s) \
                and unnamed_subject_before(self.doc, s) is not None:
            # 'Back in Kalgoorlie, a fly-in worker ... had a simpler view. "...," he said':
            # the man this paragraph brings in, not one named paragraphs before
            sp = Speaker(None, unnamed_subject_before(self.doc, s).name, s, e)
        elif ent is not None and (tok is None or tok.pos_ != "PRON" or self._fits(ent, low)
                                  and self._gender_ok(ent, low, s)):
            sp = Speaker(ent.id, ent.name, s, e)
        elif low in ("which", "who") and tok is not None and hasattr(tok, "head") \
                and tok.head.dep_ == "relcl" and self._antecedent(tok, low) is not None:
            # 'shared on X by the KMPDU, which added: "..."': the noun the clause describes
            ante = tok.head.head
            ent = self.coref.entity_at(ante.idx, ante.idx + len(ante.text))
            sp = Speaker(ent.id, ent.name, s, e)
        elif low in cues.PRONOUNS_THIRD or (tok is not None and tok.pos_ == "PRON"):
            misgendered = ent is not None and not self._gender_ok(ent, low, s)
            # coreference gave 'he' to a Jane: the paragraph's unnamed man comes first
            prev = (unnamed_subject_before(self.doc, s) if misgendered else None) \
                or self._recent_for(s, low)
            if prev is None and low == "it" and tok is not None and hasattr(tok, "sent"):
                prev = previous_subject(self.doc, tok)
            if low == "they" and tok is not None and hasattr(tok, "sent"):
                # 'Foreign ministers from ... met X. In a joint statement, they said': the
                # people the sentence before was about, if named after the last speaker
                group = previous_subject(self.doc, tok, plural=True)
                if group is not None and (prev is None or prev.start is None
                                          or prev.start < group.start):
                    prev = group
            para = full.rfind("\n", 0, s)
            if low in ("he", "she") and (prev is None or prev.start is not None
                                         and prev.start < para):
                # 'A second engineer, who ..., was more cautious. The river rose, he said':
                # the man this paragraph brings in, not a speaker from paragraphs before
                prev = unnamed_subject_before(self.doc, s) or prev
            sp = Speaker(prev.entity, prev.name, s, e) if prev else Speaker(None, None, s, e)
        else:
            sp = self._inner_name(text, s) or Speaker(None, name_fallback(self.doc, tok, (s, e)),
                                                      s, e)
        kind = kind_in_apposition(tok) if sp.entity is None else None
        if kind is not None:
            sp = Speaker(None, kind, s, e)
        if sp.entity is None and tok is not None and hasattr(tok, "lower_") and role_word(tok):
            sp = self._name_after_role(cand, sp) or sp
        sp = self._adding(cand, tok, sp)
        sp = self._described_again(text, sp)
        sp = self._epithet(text, sp)
        sp = self._body_again(text, body_by_tail(self.coref, text, sp))
        sp = self._full_name(sp, text)
        sp = described_body(self.coref, full, text, sp)  # "the country's transport regulator"
        sp = elder_or_younger(self.coref, full, text, sp)  # 'the younger Pettigrew'
        if sp.entity is not None and self.namesakes and cand.content[0] > s:
            # 'Tumaliuan, who sends her parents ..., said she': of two namesakes, the one the
            # clause's gender words fit (the clause runs into the content's first words)
            sp = namesake_by_gender(self.namesakes, text, full[s:cand.content[0] + 12], sp,
                                    lambda ent, p: self._gender_ok(ent, p, s)
                                    and _gender_fits(ent.name, p))
            sp = bare_namesake(self.namesakes, full, text, sp)  # not 'the elder Ferguson'
        sp = named_for_role(self.doc, self.coref, sp, tok, cand.origin == "inside"
                            or sp.start is not None and self._in_quotation(sp.start)) or sp
        if low == "it" or _THE_PAPER.fullmatch(low):
            sp = self._document_signer(sp)
        held = self.offices.get(sp.entity) if sp.entity else None
        if held is not None:
            sp = Speaker(held.entity, held.name, sp.start, sp.end)
        self.offices.update(office_aliases(self.coref, sp))
        if sp.name and cand.origin != "inside":
            # someone a quoted speaker mentions is not whom the next 'he said' means
            self.recent.append((s, sp))
        # after the recent speakers: 'the club' said, and a following 'he' is not the club's
        return body_by_kind(full, text, sp)

    def _source(self, cand: Cand):
        """(source span, head token): the candidate's own, past a dateline the parser took
        for a subject, else the name or noun phrase just before a cue that lost its subject
        ('Hatice Kaya, 54, said ...'); a document's author for the document ('a statement
        from the presidency')."""
        text = text_of(self.doc)
        tok = cand.src_tok
        found = self._document_source(tok, text)
        if found is not None:
            return found
        cue = cand.cue_tok
        swallowed = swallowed_subject(tok)
        if swallowed is not None:
            first, person = swallowed
            rel = min((c.left_edge.i for c in person.children if c.dep_ == "relcl"),
                      default=person.i + 1)
            return trim(text, *tokens_span(self.doc[first:rel]), chars=" ,"), person
        named = person_subject_around(cue, cand.source) or participle_subject(cue) \
            or asked_subject(cue) or person_in_opener(cue) or reduced_relative_subject(cue)
        if named is not None:
            s, e = source_span(named)
            timed = entry_time_end(text, text.rfind("\n", 0, s) + 1)
            if timed is not None and s < timed <= named.idx:
                s = timed  # the subject, not a live blog's time the parse hung on it
            return (s, e), named
        if cand.source is not None and cue is not None and getattr(cue, "pos_", "") == "VERB" \
                and self.coref is not None and cand.source[1] <= cue.idx \
                and not _has_subject(cue):
            # the parser found no subject; whatever the clause finder guessed, a name
            # ending right before the cue is the likelier speaker (unless that name closes a
            # relative clause on the person the clause finder took: 'Ravi Sethi, who runs a
            # florist in Bristol, posted ...')
            named = self._name_right_before(cue)
            if named is not None and named[0] is not None:
                inner = self.doc.char_span(*named[0], alignment_mode="expand")
                owner = relative_owner(inner.root, cue) if inner is not None else None
                if owner is not None and tok is not None and getattr(tok, "i", -1) == owner.i:
                    return cand.source, tok
            if named is not None:
                return named
        if cand.source is not None:
            s, e = cand.source
            timed = entry_time_end(text, s)
            if timed is not None and tok is not None and hasattr(tok, "idx") and tok.idx >= timed:
                # the parse kept the subject whole past the entry's time: only the time goes
                return (timed, e), tok
            cut = dateline_end(text, s)
            if cut is None and cand.origin != "colon":
                cut = colondateline_end(text, s)
            if cut is not None and e <= cut:
                found = self._noun_before_cue(cand, cut)
                if found is not None:
                    return found
            if cut is None:
                named = named_child(tok) if tok is not None and hasattr(tok, "i") else None
                if named is not None:
                    return cand.source, named
                return cand.source, cand.src_tok
            stop = cand.cue[0] if cand.cue and cand.cue[0] > cut else e
            toks = phrase_before_verb(self.doc, cut, stop)
            if not toks:
                return None, None
            return trim(text, toks[0].idx, toks[-1].idx + len(toks[-1].text)), phrase_head(toks)
        if cand.source is None and cue is not None and getattr(cue, "pos_", "") == "VERB":
            # 'Economist Dan Rupe, writing in his newsletter X, said': the parser gave the
            # subject to the participle set off by commas; it is the cue's
            subj = next((g for c in cue.children if c.dep_ == "advcl" and c.i < cue.i
                         and c.tag_ == "VBG" and self.doc[c.i - 1].text == ","
                         for g in c.children if g.dep_ == "nsubj" and g.i < c.i
                         and g.pos_ == "PROPN"), None)
            # 'Denning, standing beside him, said': or a person's name opening the sentence,
            # which the parser hung on the cue as a modifier (even tagged a verb), set off by
            # the comma of an aside
            subj = subj or next((c for c in cue.children if c.i < cue.i and c.i == c.sent.start
                                 and c.dep_ in ("advcl", "npadvmod", "dep", "nmod")
                                 and c.text[:1].isupper() and self.doc[c.i + 1].text == ","
                                 and self._person_at(c)), None)
            if subj is not None:
                return source_span(subj), subj
        if cand.source is None and cand.cue_tok is not None and hasattr(cand.cue_tok, "i"):
            # '..., leaving families to sleep in the open, aid agencies said': a parse that
            # hung the subject elsewhere leaves the noun phrase between comma and cue
            found = self._noun_before_cue(cand, 0)
            if found is not None:
                return found
        signed = self._dash_signed(cand) if cand.kind == "direct" else None
        if signed is not None:
            return signed
        if cand.kind == "direct" and cand.cue is None:
            found = self._next_paragraph_source(cand)
            if found[0] is None:
                found = self._named_after(cand)
            return found if found[0] is not None else self._words_of(cand)
        return self._orphan_source(cand)

    def _person_at(self, tok) -> bool:
        ent = self.coref.entity_at(tok.idx, tok.idx + len(tok.text)) if self.coref else None
        return ent is not None and ent.type == "PERSON"

    def _name_after_role(self, cand: Cand, sp: Speaker) -> Speaker | None:
        """'union president-general Ancel Roget-Baptiste told CBW': the parse ended the
        subject on the office; the capitalised name between it and the cue speaks."""
        if sp.end is None or cand.cue is None or cand.cue[0] <= sp.end:
            return None
        m = _NAME_RUN.fullmatch(text_of(self.doc), sp.end, cand.cue[0])
        return Speaker(None, m.group(1), m.start(1), m.end(1)) if m else None

    def _dash_signed(self, cand: Cand):
        """'CLAIM: "Turbidity has fallen by 60 per cent." — Kwabena Asante-Duah, Minister':
        a quotation signed after a dash, as fact-checks and epigraphs print it."""
        if self.coref is None:
            return None
        text = text_of(self.doc)
        e = cand.content[1]
        m = _DASH_SIGNATURE.match(text, e)
        if m is None:
            return None
        for mm, ent in self.coref.mentions_in(m.end(), m.end() + 40):
            if mm.kind == "name" and ent.type in ("PERSON", "ORG") \
                    and not text[m.end():mm.start].strip(" .") or mm.start - m.end() < 25 \
                    and mm.kind == "name" and ent.type == "PERSON" \
                    and text[m.end():mm.start].istitle():
                span = self.doc.char_span(mm.start, mm.end, alignment_mode="expand")
                return ((mm.start, mm.end), span.root) if span is not None else None
            break
        # a name the tagger missed: two to four capitalised words closed by a comma or line
        name = _SIGNATURE_NAME.match(text, m.end())
        span = self.doc.char_span(*name.span(1), alignment_mode="expand") if name else None
        return (name.span(1), span.root) if span is not None else None

    def _noun_before_cue(self, cand: Cand, cut: int):
        """'KOHISTAN: At least 19 were killed ..., officials said': the parser made the
        dateline the subject; the noun phrase right before the cue, after a comma, speaks."""
        cue = cand.cue_tok
        if cue is None or not hasattr(cue, "i"):
            return None
        toks, k = [], cue.i - 1
        while k >= 0 and self.doc[k].idx >= cut and self.doc[k].pos_ in (
                "NOUN", "PROPN", "ADJ", "DET", "NUM"):
            toks.insert(0, self.doc[k])
            k -= 1
        if not toks or toks[-1].pos_ not in ("NOUN", "PROPN") or k < 0 or self.doc[k].text != ",":
            return None
        return (toks[0].idx, toks[-1].idx + len(toks[-1].text)), toks[-1]

    def _next_paragraph_source(self, cand: Cand):
        """A quotation left open at a paragraph's end goes on in the next paragraph, whose
        attribution ('"...," Olsen said.') names the speaker of both."""
        text = text_of(self.doc)
        end = cand.content[1]
        nxt = text.find("\n", end)
        if nxt < 0 or text[end:nxt].strip(" \t.,!?") or text[end - 1:end] in _CLOSERS:
            return None, None
        start = len(text) - len(text[nxt:].lstrip())
        if text[start:start + 1] not in _OPENERS:
            return None, None
        close = min((i for i in (text.find(q, start + 1) for q in _CLOSERS) if i > 0),
                    default=-1)
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if close < 0 or close > line_end:
            return None, None
        span = self.doc.char_span(close + 1, line_end, alignment_mode="expand")
        from .attribution import subject_of
        for t in span if span is not None else ():
            if t.text in (".", "!", "?"):
                break
            if t.pos_ == "VERB" and lemma_of(t) in cues.SAY_VERBS:
                subj = subject_of(t)
                if subj is not None:
                    return trim(text, *tokens_span(subj.subtree)), subj
        return None, None

    def _named_after(self, cand: Cand):
        """'"He called me at half-time ..." Akosua Darko is sitting in the front room',
        '"Everybody knew ..." The steward who says this, ...': a feature opens a paragraph
        on a quotation and introduces its speaker as the subject of the next sentence."""
        text = text_of(self.doc)
        s, e = cand.content
        ps = text.rfind("\n", 0, s) + 1
        ps = dateline_end(text, ps) or ps  # 'TIERRA AMARILLA - "The river was grey ..."'
        if text[ps:s].strip() not in _OPENERS or text[e:e + 1] not in _CLOSERS:
            return None, None
        line_end = text.find("\n", e)
        span = self.doc.char_span(e + 1, len(text) if line_end < 0 else line_end,
                                  alignment_mode="expand")
        words = [t for t in span if not t.is_space] if span is not None else []
        if not words or words[0].is_punct or not words[0].text[:1].isupper():
            return None, None
        root = words[0]
        while root.head.i != root.i and root.dep_ not in ("nsubj", "nsubjpass"):
            root = root.head
        if root.dep_ != "nsubj" or root.left_edge.i != words[0].i:
            return None, None
        if root.pos_ == "PROPN" and root.ent_type_ == "PERSON":
            return tokens_span([words[0], root]), root
        says = any(k.dep_ == "relcl" and lemma_of(k) in cues.SAY_VERBS for k in root.children)
        if root.pos_ == "NOUN" and says:
            return tokens_span([words[0], root]), root  # 'The steward who says this'
        return None, None

    def _words_of(self, cand: Cand):
        """'"It just dropped." / Those were the words of bus conductor Kevin Were': a feature's
        opening quotation credited in the next sentence."""
        text = text_of(self.doc)
        at = cand.content[1]
        while at < len(text) and text[at] in " \t\n\"”.,!?":
            at += 1  # past the closing mark and the paragraph break
        m = _WORDS_OF.match(text, at)
        if m is None or self.coref is None:
            return None, None
        names = [(mm, ent) for mm, ent in self.coref.mentions_in(m.end(), m.end() + 80)
                 if ent.type == "PERSON" and mm.kind == "name"]
        if not names:
            return None, None
        mm, _ = names[0]
        return (mm.start, mm.end), None

    def _orphan_source(self, cand: Cand):
        """A speaker-less speech verb: the closest entity mention before it in its sentence,
        with only commas, appositions and the cue's own words in between."""
        tok = cand.cue_tok
        if tok is None or self.coref is None or not hasattr(tok, "sent"):
            return None, None
        inverted = inverted_pronoun(tok)
        if inverted is not None:
            return (inverted.idx, inverted.idx + len(inverted.text)), inverted
        if tok.pos_ not in ("VERB", "AUX"):
            # 'X said in a statement that ...' may leave the noun as the cue; any other noun
            # cue ('a dispute over X') has no speaker to look for.
            verb = tok.head.head if tok.head.dep_ == "prep" else None
            if verb is None or lemma_of(verb) not in cues.SPEECH_VERBS or verb.i > tok.i:
                return None, None
            tok = verb
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.i < verb.i), None)
            if subj is not None:
                # "Russia's defence ministry said in a statement": the verb's subject speaks,
                # not the nearest name in it (the possessor).
                span = source_span(subj)
                cut = dateline_end(text_of(self.doc), span[0])
                toks = phrase_before_verb(self.doc, cut, verb.idx) if cut else None
                if toks:
                    return trim(text_of(self.doc), toks[0].idx,
                                toks[-1].idx + len(toks[-1].text)), phrase_head(toks)
                return span, subj
        named = object_after_quote(tok) or role_phrase_before(tok) \
            or self._name_right_before(tok)
        if named is not None:
            return named
        sent = tok.sent
        ancestors = {a.i for a in tok.ancestors} | {tok.i}
        for t in reversed(list(self.doc[sent.start:tok.i])):
            if t.pos_ in ("VERB", "AUX") and t.i not in ancestors and t.dep_ != "amod" \
                    and not tucked_away(t, ancestors):
                return None, None  # another clause stands between: its subject is not ours
            if t.pos_ not in ("PROPN", "NOUN") or tucked_away(t, ancestors):
                continue
            m = self.coref.mention_at(t.idx, t.idx + len(t.text))
            ent = self.coref.entity_at(t.idx, t.idx + len(t.text))
            if m is not None and ent is not None and m.kind != "pronoun" \
                    and m.start <= t.idx and t.idx + len(t.text) <= m.end \
                    and ent.type in ("PERSON", "ORG", "NORP", "GPE"):
                return (m.start, m.end), t
        return None, None

    def _inner_name(self, text: str, s: int) -> Speaker | None:
        """'Hasbi said' after 'Deputy Minister Hasbi Habibollah': a lone capitalised word the
        tagger missed that is a non-final name word of exactly one person named before."""
        if self.coref is None or not _LONE_NAME.fullmatch(text) \
                or text.lower() in L.TITLES:
            return None
        hits = {ent.id: ent for ent in self.coref.entities if ent.type == "PERSON"
                and text in ent.name.split()[:-1] and any(
                    m.start < s for m in self.coref.chain(ent.id))}
        if len(hits) != 1 or any(ent.type == "PERSON" and ent.name.split()[-1] == text
                                 for ent in self.coref.entities):
            return None
        ent = next(iter(hits.values()))
        return Speaker(ent.id, ent.name, s, s + len(text))

    def _one_of(self, tok, s: int, e: int) -> Speaker | None:
        """'Ranchers were less patient. "...," said one': one of the group the paragraph
        just named, called by its singular."""
        # also 'one of them', 'one of those': the group is the one just named
        if tok is None or not hasattr(tok, "lower_") or tok.lower_ != "one" \
                or any(c.lower_ == "of" and not any(g.lower_ in ("them", "those")
                                                    for g in c.children)
                       for c in tok.children):
            return None
        ps = text_of(self.doc).rfind("\n", 0, s) + 1
        span = self.doc.char_span(ps, s, alignment_mode="contract")
        toks = list(span) if span is not None else []
        # 'Two officials familiar with the talks said the rebels had asked ... One of them
        # said': a counted group is what 'one of them' is one of, before any plural after it
        counted = [t for t in toks if t.tag_ == "NNS" and not self._in_quotation(t.idx)
                   and any(c.dep_ == "nummod" for c in t.children)
                   and L.singular(t.lower_) in L.PERSON_NOUNS]
        for t in counted[-1:] + list(reversed(toks)):
            if t.tag_ == "NNS" and not self._in_quotation(t.idx) and (
                    t.dep_ == "nsubj" or L.singular(t.lower_) in L.PERSON_NOUNS):
                one = t.lemma_.lower() if t.lemma_.lower() != t.lower_ else L.singular(t.lower_)
                return Speaker(None, one, s, e)
        return None

    def _document_signer(self, sp: Speaker) -> Speaker:
        """'The memo, signed by X, states ... It recommends': 'it' is the document the last
        quote came from, and that quote's person (its signer or author) speaks again."""
        if sp.start is None or not sp.name or not self.recent:
            return sp
        noun = _PAPER_KIND.get(sp.name.split()[-1].lower())
        at, prev = self.recent[-1]
        if noun is None or prev.entity is None or prev.entity == sp.entity \
                or prev.start is None or sp.start - prev.start > 400 \
                or self._type_of(prev) != "PERSON":
            return sp
        # the paper named in the sentence that brought the person in ('The memo, signed by')
        lead = re.split(r"[.!?]\s|\n", text_of(self.doc)[max(0, prev.start - 80):prev.end])[-1]
        if noun not in (_PAPER_KIND.get(w) for w in re.findall(r"\w+", lead.lower())):
            return sp
        return Speaker(prev.entity, prev.name, sp.start, sp.end)

    def _antecedent(self, tok, low: str):
        """The entity a relative clause describes: 'who' a person, 'which' a body."""
        if self.coref is None:
            return None
        ante = tok.head.head
        if in_place_phrase(ante):
            return None
        ent = self.coref.entity_at(ante.idx, ante.idx + len(ante.text))
        if ent is None or (ent.type == "PERSON") != (low == "who") \
                or ent.type in ("GPE", "LOC", "FAC"):
            return None
        return ent

    def _ends_on_person(self, s: int, e: int) -> bool:
        """'MMC for Human Settlements Thandiwe Mahlangu', 'BSS, the minister, Zahid Faruk':
        a phrase closing on a person's name, whatever the parser made its head."""
        if self.coref is None:
            return False
        text = text_of(self.doc)
        aged = _AGED.search(text[s:e]) if text.find(",", s, e) >= 0 else None  # (a comma first)
        e = s + aged.start() if aged else e  # 'Kofi Antwi, 24'
        m = self.coref.mention_at(e - 1, e)
        ent = self.coref.entity_at(e - 1, e)
        if m is None or ent is None or ent.type != "PERSON" or m.kind != "name" \
                or m.end < e - 1 or m.start <= s:
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        t = span.root if span is not None else None
        while t is not None and s <= t.idx < e and t.head.i != t.i:
            if t.dep_ in ("acl", "relcl", "agent"):
                return False  # 'a tabloid owned by People's Daily': inside a description
            t = t.head
        return True

    def _appositive_name(self, ent, s: int, e: int) -> bool:
        """Whether the phrase names the entity after a comma ('A spokesman, Ali Reza,')."""
        text = text_of(self.doc)
        return any(s <= m.start < e and m.kind == "name" and text[:m.start].rstrip().endswith(",")
                   for m in ent.mentions)

    def _person_at_end(self, s: int, e: int):
        """'A fan who was at the northern stand, Kofi Antwi, 24': a description clause
        hides the apposition from _appositive_person; the name closing the phrase speaks."""
        if not _DESCRIBED.search(text_of(self.doc)[s:e]) \
                or not self._ends_on_person(s, e):
            return None
        aged = _AGED.search(text_of(self.doc)[s:e])
        end = s + aged.start() if aged else e
        return self.coref.entity_at(end - 1, end)

    def _past_opener(self, s: int, e: int, tok):
        """'Reacting, the Minister of Health, Prof. X': the parser may take the opening
        participle for the head of the subject; the phrase after its comma is the source."""
        m = _OPENER.match(text_of(self.doc), s, e) \
            or PARTICIPLE_OPENER.match(text_of(self.doc), s, e)  # 'Writing on X, the MP, Y,'
        if m is None or tok is None or not hasattr(tok, "tag_") or tok.idx >= m.end():
            return s, tok
        span = self.doc.char_span(m.end(), e, alignment_mode="expand")
        if span is None or not len(span):
            return s, tok
        words = [t for t in span if not t.is_punct]
        return m.end(), (phrase_head(words) if words else tok)

    def _named_in_apposition(self, e: int):
        """The person whose full name follows ', ' at ``e`` and is closed by a comma."""
        if self.coref is None:
            return None
        text = text_of(self.doc)
        for m, other in self.coref.mentions_in(e + 2, e + 60):
            if m.start != e + 2:
                return None
            if m.kind == "name" and other.type == "PERSON" and len(other.name.split()) > 1 \
                    and text[m.end:m.end + 1] == ",":
                return other
        return None

    def _appositive_person(self, s: int, e: int, ent):
        """The first person named in a source phrase headed by an office, unless a
        preposition governs the name ('a spokesman for President X': X does not speak)."""
        if self.coref is None:
            return None
        text = text_of(self.doc)
        cut = re.search(r",? (?:who|which|while|whose)\b", text[s:e])
        stop = s + cut.start() if cut else e
        for m, other in self.coref.mentions_in(s, stop):
            if other.type != "PERSON" or m.kind != "name" or other is ent \
                    or re.match(r"['’]s?\b", text[m.end:m.end + 2]) \
                    or re.search(r"['’]s$", text[m.start:m.end]):
                continue  # "Conor Byrne's solicitor, Ciara Byrne": the owner is no apposition
            # the name itself, past a portfolio the mention holds ('Minister of Natural
            # Resources Vickram Persaud': 'of' governs the portfolio, not the person)
            at = text.find(other.name, m.start, m.end) if other.name else -1
            if " " not in (other.name or "") and governed_by_preposition(self.doc, s, m.start):
                continue  # 'Minister of Civil Aviation': a portfolio word taken for a name
            if not governed_by_preposition(self.doc, s, at if at > m.start else m.start) \
                    and not under_preposition(self.doc, s, at if at > m.start else m.start) \
                    and not self._in_modifier(m, s, stop, text):
                return other
        return None

    def _in_modifier(self, m, s: int, e: int, text: str) -> bool:
        """'A hauliers' representative, speaking to the Herald': a name reached through a
        participle or a clause describes the speaker; a portfolio's preposition ('Minister
        for Climate Change Romina Khurshid-Alam') does not, nor does a comma's apposition."""
        if _after_comma(text, m.start):
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        t, steps = span.root, 0
        while t.head.i != t.i and s <= t.head.idx < e and steps < 8:
            t, steps = t.head, steps + 1
            if t.dep_ in ("acl", "advcl", "relcl") or t.pos_ == "VERB" \
                    or t.dep_ == "prep" and t.lower_ not in ("of", "for"):
                return True
        return False

    def _name_right_before(self, cue):
        """'..., Leader of the Opposition Kamran Yousafzai said', '..., Dr Funmi Ajayi, who
        leads the association, warned': a subject-less cue's speaker is the name that ends
        just before it, past any clause describing that name."""
        doc = self.doc
        stop = cue.i
        for p in cue.children:
            # 'X, speaking through an interpreter at a news conference reported by Bernama,
            # said': the name before the participle's clause, not the one closing it
            # (an -ing participle: the speaker's own doing; 'quoted by X' tells of a medium)
            if p.dep_ == "advcl" and p.i < cue.i and p.tag_ == "VBG" \
                    and p.right_edge.i >= cue.i - 2 \
                    and p.left_edge.i > cue.sent.start and doc[p.left_edge.i - 1].text == ",":
                stop = min(stop, p.left_edge.i - 1)
        for k in range(stop - 1, max(cue.sent.start, cue.i - 25) - 1, -1):
            t = doc[k]
            if t.pos_ != "PROPN" or not t.text[:1].isupper():
                continue
            between = doc[k + 1:stop]
            if not all(b.is_punct or t.is_ancestor(b) for b in between):
                return None
            end = t.idx + len(t.text)
            names = [(m, en) for m, en in self.coref.mentions_in(max(0, t.idx - 80), end + 1)
                     if m.kind == "name" and m.start <= t.idx and end <= m.end]
            if not names:
                return None
            m, ent = min(names, key=lambda x: x[0].end - x[0].start)
            # no head token: the name's own mention decides the entity, not a wider
            # description the parser hung the head inside
            return ((m.start, m.end), None) if ent.type in ("PERSON", "ORG") else None
        return None

    def _last_speaker_since(self, ent, s: int, low: str):
        """'Dr X said on a podcast that ... / "...," she said': the person who spoke last,
        named after every naming of the one coreference gave the pronoun, is whom it takes
        up (the pronoun's chain reached past her to someone named before)."""
        if not self.recent or self.coref is None:
            return ent
        at, last = self.recent[-1]
        if last.entity is None or last.entity == ent.id or s - at > 600:
            return ent
        other = self.coref.by_id.get(last.entity)
        named = [m.start for m in ent.mentions if m.start < s and m.kind != "pronoun"]
        if other is None or other.type != "PERSON" or not named or at <= max(named) \
                or not self._fits(other, low) or not self._gender_ok(other, low, s) \
                or not _gender_fits(other.name, low):
            return ent
        return other

    def _gender_ok(self, ent, pronoun: str, at: int) -> bool:
        """'he' for a person the given name, or the other pronouns of the chain, say is a
        woman (and 'she' for a man) is coreference's slip."""
        want = _PERSONAL.get(pronoun)
        if not want or ent.type != "PERSON":
            return True
        told = self._told_gender(ent)
        if told is not None:
            return told == want  # the text's own word wins over a guess from the given name
        if not _gender_fits(ent.name, pronoun):
            return False
        if ent.name and L.gender_of_first_name(ent.name.split()[0]) is not None:
            return True  # 'Councillor Tom Lyons, her cousin': a chain's stray 'her' is not his
        text = text_of(self.doc)
        # (only pronouns after the person is first named: one before it came to the chain
        # with a description coreference merged in, and speaks of someone else)
        named = min((m.start for m in ent.mentions if m.kind == "name"), default=-1)
        said = {_PERSONAL.get(text[m.start:m.end].lower()) for m in ent.mentions
                if m.kind == "pronoun" and m.start != at and m.start > named}
        return not (said - {None}) or want in said

    def _entity_gender_ok(self, entity: str | None, pronoun: str, at: int) -> bool:
        ent = self.coref.by_id.get(entity) if self.coref is not None and entity else None
        return ent is None or self._gender_ok(ent, pronoun, at)

    def _fits(self, ent, pronoun: str) -> bool:
        """'he'/'she' refers to a person, 'it' to anything but one."""
        if pronoun in _PERSONAL:
            return ent.type == "PERSON" and not self._only_placed(ent) and not self._outlet_part(ent)
        if pronoun in ("it", "its"):
            return ent.type != "PERSON"
        return True

    def _outlet_part(self, ent) -> bool:
        """'seen by the Gazette' in the Outer Isles Gazette: the paper, tagged as a person."""
        name = _THE.sub("", ent.name.lower())
        if not self.outlet or not name:
            return False
        return f" {name} " in f" {self.outlet} "

    def _appos_person(self, tok, s: int, e: int):
        return appos_person(self.coref, tok, s, e)

    def _full_name(self, sp: Speaker, phrase: str) -> Speaker:
        return full_name(self.coref, self.full_names, sp, phrase)

    def _only_placed(self, ent) -> bool:
        if ent.id not in self.placed:  # asked for every pronoun and every name since
            self.placed[ent.id] = only_placed(self.doc, ent)
        return self.placed[ent.id]

    def _adding(self, cand: Cand, tok, sp: Speaker) -> Speaker:
        """'Laizer told the paper that ... The commissioner added that ...': whoever 'adds'
        goes on from the attribution just before; a title that several people hold names
        that speaker, not an earlier holder."""
        cue = cand.cue_tok
        if cue is not None and tok is not None and hasattr(tok, "lower_") \
                and goes_on(lemma_of(cue), tok.lower_):
            return self._going_on(tok.lower_, sp)
        if cue is None or not hasattr(cue, "lemma_") or lemma_of(cue) != "add" \
                or tok is None or tok.pos_ != "NOUN" or indefinite(tok) \
                or not (tok.lower_ in L.ROLE_NOUNS or tok.lower_ in L.PERSON_NOUNS) \
                or not self.recent:
            return sp
        at, last = self.recent[-1]
        if last.entity is None or last.entity == sp.entity or sp.start is None \
                or sp.start - at > 400 or self._type_of(last) != "PERSON":
            return sp
        return Speaker(last.entity, last.name, sp.start, sp.end)

    def _going_on(self, low: str, sp: Speaker) -> Speaker:
        """'Pruett snapped: "..." He added: "..."': the last speaker, when the pronoun fits
        and that speaker spoke within 400 characters, whoever else coreference chose."""
        if not self.recent or sp.start is None:
            return sp
        at, last = self.recent[-1]
        unnamed = last.entity is None and last.name and not (
            org_like(last) or plural_phrase(last.name) or thing_phrase(last.name))
        if not (unnamed or self._type_of(last) == "PERSON") or last.entity == sp.entity \
                or sp.start - at > 400 or not _gender_fits(last.name, low) \
                or not self._entity_gender_ok(last.entity, low, sp.start):
            return sp
        return Speaker(last.entity, last.name, sp.start, sp.end)

    def _in_quotation(self, pos: int) -> bool:
        """A name inside someone's quoted words ('Brandy for France') is what they talk
        about, not who speaks next."""
        qs, qe = self.content
        return qs <= pos < qe or covers(self.quoted, pos)  # (span_index: a bisect, not a walk)

    def _enclosing(self, pos: int) -> Speaker | None:
        for (qs, qe), sp in self.quoted:
            if qs <= pos < qe and sp.name:
                return sp
        return None

    def _type_of(self, sp: Speaker) -> str | None:
        if self.coref is None or sp.entity is None:
            return None
        ent = self.coref.by_id.get(sp.entity)
        return ent.type if ent is not None else None


__all__ = ["Speakers", "dateline_end"]
