"""Second names of a speaker already met: 'the Minister', 'the 24-year-old', 'the Belgian',
'the authority' - the phrase resolved to the person or body the story named before; also
what the text itself says of a speaker (a stated gender, the unnamed noun a 'who' describes,
'one crane driver' named later as 'The driver, Sam Otto,').

Input: a Speaker resolved from a source phrase, with the Speakers state (recent speakers,
coreference, Doc) it mixes into; sources.Speakers calls these after coreference.
"""
from __future__ import annotations

import re
from bisect import insort_right
from dataclasses import replace
from functools import lru_cache

from ..records import Speaker
from . import lexicon_roles as L
from .attribution import text_of
from .vias import UTTERANCES

_DEFINITE_ROLE = re.compile(r"(?i)^the\s+(?:[a-z-]+\s+){0,2}?([a-z]+)$")


# ... or a family ('the mum-of-two', 'the father-of-three': tabloid prose's second name)
_EPITHET = re.compile(r"^[Tt]he\s+(?:(?:(?:[A-Z][\w'’-]+|\d+-year-old)\s+)+([a-z][a-z-]+)"
                      r"|(\d+-year-old|[a-z]+-of-(?:one|two|three|four|five|six|seven|eight|"
                      r"nine|ten|\d+)))$")


# ... or a nationality ('the Belgian said', sports prose's name for a foreign coach)
_NATIONAL = re.compile(r"^[Tt]he ([A-Z][a-z]+)$")


# ... or a party's member by state or seat ('the Ohio Republican', 'the Texas Democrat')
_PARTISAN = re.compile(r"^[Tt]he\s+(?:[A-Z][\w'’.-]+\s+)*(Republican|Democrat|Tory|Conservative|"
                       r"Liberal Democrat|Socialist|Labour MP|Democratic senator|"
                       r"Republican senator)$")


# ... or a compound adjective or praise ('the tough-talking minister', 'the hero')
_COLOURED = re.compile(r"^[Tt]he\s+(?:[a-z]+-[a-z]+\s+)+([a-z]+)$|^[Tt]he\s+(hero|heroine)$")


def org_like(sp: Speaker) -> bool:
    """A speaker with no entity whose name ends like an organisation ('the port authority')."""
    # 'a person close to the board' is a person: the phrase's head comes before its complements
    words = _HEAD_END.split((sp.name or "").lower(), maxsplit=1)[0].split()
    return bool(words) and (words[-1] in L.ORG_WORDS or words[-1] in L.ORG_NOUNS)


_HEAD_END = re.compile(r"\s+(?:close|familiar|near|who|whose|with|from|at|to|for)\s|,")


def role_head(low: str) -> bool:
    return low in L.ROLE_NOUNS or low in L.PERSON_NOUNS or low in L.TITLES


# Where the text itself states a gender: a courtesy title on a name, the head of a
# describing noun phrase before its complements ('the mother of a patient').
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")
_TITLE_AT = re.compile(r"(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s")
_NOMINAL_TAIL = re.compile(r"\s+(?:of|for|at|in|from|with|who|whose|to)\s|,")
# compiled once: these run for every resolved source
_CLAUSE_BREAK = re.compile(r"[,;\n]")
_LEAD_BREAK = re.compile(r"[,.;:\n]")
# the words that open an apposition's complement ('a lawyer for the families of ...')
_COMPLEMENT = re.compile(r"\s(?:of|for|at|with|in|from|to|on|by|who|which)\s")
_THE_WORD = re.compile(r"(?i)the ([a-z]+)")
_MIXED_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")


def _minus_position(item) -> int:
    return -item[0]


class SecondNames:
    """Mixed into sources.Speakers: reads its doc, coref, recent and quoted state."""

    def _latest_first(self) -> list:
        """self.recent ordered latest first (by position, descending; ties in the order
        spoken), kept up to date as speakers are appended: sorting the whole list again for
        each quote was quadratic in a long article. Rebuilt if the list shrank or the last
        item it held is no longer in its place."""
        recent = self.recent
        cache = getattr(self, "_by_latest", None)  # [items taken, last taken, sorted]
        if cache is None or cache[0] > len(recent) \
                or cache[0] and recent[cache[0] - 1] is not cache[1]:
            cache = self._by_latest = [0, None, []]
        if len(recent) > cache[0]:
            for item in recent[cache[0]:]:
                insort_right(cache[2], item, key=_minus_position)
            cache[:2] = [len(recent), recent[-1]]
        return cache[2]

    def _described_again(self, phrase: str, sp: Speaker) -> Speaker:
        """'The Minister said ...', 'the official said' with no name of their own: the
        latest speaker in the same paragraph introduced by that role word (two ministers
        named in one sentence: the one who spoke), else the holder the story quotes most."""
        m = _DEFINITE_ROLE.match(phrase)
        if m is None or sp.start is None:
            return sp
        said_in = m.group(1).lower() in UTTERANCES
        resolved = sp.name and sp.name.lower().removeprefix("the ").strip() != phrase.lower() \
            .removeprefix("the ").strip()
        if not (said_in or role_head(m.group(1).lower())):
            word = m.group(1).lower()
            if resolved or word in L.ORG_WORDS or word in L.ORG_NOUNS or word in L.ORG_ANAPHORS:
                return sp
            # 'Lighthouse keeper Callum MacInnes' ... 'The lighthouse keeper said': a calling
            # no lexicon lists, which the text itself set before a name
            return self._introduced_as(re.compile(rf"(?i)\b{re.escape(word)}\b"), sp) or sp
        # a title several people hold ('the Minister') is weighed among its holders even
        # when coreference picked one; other role words keep what coreference found
        if resolved and (said_in or m.group(1).lower() not in L.TITLES):
            return sp
        head = re.compile(rf"(?i)\b{re.escape(m.group(1))}\b")
        text = text_of(self.doc)
        # only within the paragraph: past it, 'the Minister' is the story's minister, whom
        # coreference already prefers over one named in passing
        para = text.rfind("\n\n", 0, sp.start)
        if resolved and self._named_since(sp.entity, para, sp.start):
            return sp  # coreference's pick was named in this paragraph
        titled: dict = {}  # earlier speakers introduced by the role word -> their turns
        issuer = None  # a document's issuer in an earlier paragraph
        for at, prev in self._latest_first():  # resolved out of order
            if prev.entity is None and not prev.name or prev.start is None \
                    or at >= sp.start or prev.name == sp.name and not resolved:
                continue
            # the role word in the source, its name, or the title just before the name
            # ('..., Minister of Mines Paul Chanda has said')
            before = _CLAUSE_BREAK.split(text[max(0, prev.start - 60):prev.start])[-1]
            named = head.search(text[prev.start:prev.end]) or head.search(prev.name or "") \
                or head.search(before)
            if at > para and named:
                return Speaker(prev.entity, prev.name, sp.start, sp.end)
            if said_in and head.search(self._sentence_at(prev.start)):
                # 'In a statement, the IRFU said ... , the statement said': its issuer
                if at > para:
                    return Speaker(prev.entity, prev.name, sp.start, sp.end)
                if issuer is None and sp.start - at < 1500 and (prev.entity or org_like(prev)):
                    issuer = prev  # the paragraph before: still that statement
            if named and not said_in:
                titled.setdefault(prev.entity or prev.name, prev)
        if said_in and issuer is not None and not resolved:
            return Speaker(issuer.entity, issuer.name, sp.start, sp.end)
        if not titled and not resolved:
            # 'Castlebay harbourmaster Donald Iain Campbell' ... 'The harbourmaster said':
            # the person the text introduced with that word, though not as a speaker
            return self._introduced_as(head, sp) or sp
        if not titled or resolved and (sp.entity or sp.name) not in titled:
            return sp  # coreference found someone else, not one of the title's holders
        # past the paragraph: the holder the story quotes most, first introduced on ties
        turns = {k: sum(1 for _, p in self.recent if (p.entity or p.name) == k) for k in titled}
        best = max(titled, key=lambda k: (turns[k], -min(
            at for at, p in self.recent if (p.entity or p.name) == k)))
        prev = titled[best]
        return Speaker(prev.entity, prev.name, sp.start, sp.end)

    def _epithet(self, phrase: str, sp: Speaker) -> Speaker:
        """'the Munster lock', 'the 24-year-old': a description built on a team, a place or
        an age is sports and court prose's second name for the person just named."""
        # 'The 58-year-old, a former mining engineer': the description before its apposition
        phrase = phrase.split(",")[0].strip()
        if not phrase.startswith(("the", "The")):
            return sp  # each of the four patterns opens with 'the'
        m = _EPITHET.match(phrase) or _PARTISAN.match(phrase) or _NATIONAL.match(phrase)
        if m is not None and m.re is _NATIONAL and m.group(1).lower() not in L.DEMONYMS:
            m = None  # 'the Belgian' is the coach just named, 'the Board' no one
        if m is None and sp.entity is None:
            # 'the tough-talking minister', 'the hero': a colourful description no one
            # else answers to is the person just named
            m = _COLOURED.match(phrase)
            if m is not None and m.group(1) and not role_head(m.group(1).lower()):
                m = None
        if m is None:
            return sp
        # coreference may have named the phrase after its modifier ('Munster')
        modifier = bool(sp.name) and sp.name in phrase.split()
        if m is not None and m.re is _PARTISAN:
            modifier = True  # the tagger's 'Ohio Republican' person is the description itself
        if m is None or sp.start is None or self.coref is None or sp.entity is not None \
                and self._type_of(sp) == "PERSON" and not modifier:
            return sp
        head = next(g for g in m.groups() if g).lower()
        if head in L.ORG_NOUNS or head in L.ORG_WORDS or head in L.ORG_ANAPHORS \
                or head in L.ACTOR_NOUNS \
                or head in UTTERANCES or head.endswith("s") and not head.endswith("ss"):
            return sp  # a body, a document or a group
        named = None
        for mm, ent in self.coref.mentions_in(max(0, sp.start - 600), sp.start):
            if ent.type != "PERSON" or mm.kind != "name" or self._in_quotation(mm.start) \
                    or any(p.start is not None and p.start <= mm.start < p.end
                           and p.entity != ent.id for _, p in self.recent):
                continue  # 'Connacht' in 'the Connacht prop', who was someone else
            if text_of(self.doc)[max(0, mm.start - 4):mm.start].lower() == "the ":
                continue  # 'told the Flash': a paper the tagger took for a person
            named = Speaker(ent.id, ent.name, sp.start, sp.end)
        return named or sp

    def _body_again(self, phrase: str, sp: Speaker) -> Speaker:
        """'But KeNHA maintained ... The authority said ...': a bare 'the authority' that
        coreference left alone is the body that spoke last, if it spoke in this or the
        paragraph before and no person spoke since."""
        m = _THE_WORD.fullmatch(phrase)
        if m is None or sp.entity is not None or sp.start is None \
                or m.group(1).lower() not in L.ORG_ANAPHORS:
            return sp
        named = _kind_named_before(text_of(self.doc), m.group(1).lower(), sp.start)
        if named is not None:
            # 'Skybridge Airways chief executive X resigned, the airline said': the last
            # name of that kind, even one the tagger left in front of a title
            return Speaker(None, named, sp.start, sp.end)
        for at, prev in self._latest_first():
            if at >= sp.start or prev.start is None:
                continue
            if sp.start - at > 600:
                return sp
            kind = self._type_of(prev)
            # 'KeNHA' untagged: a mixed-case acronym names a body, never a person
            acronym = _MIXED_ACRONYM.fullmatch(prev.name or "")
            if prev.entity is None and (acronym or org_like(prev)):
                return Speaker(None, prev.name, sp.start, sp.end)
            if kind == "PERSON" or kind is None:
                return sp  # a person or an unnamed source spoke in between
            if kind != "GPE":
                return Speaker(prev.entity, prev.name, sp.start, sp.end)
        return sp

    def _named_since(self, entity: str | None, after: int, before: int) -> bool:
        ent = self.coref.by_id.get(entity) if self.coref is not None and entity else None
        return ent is not None and any(
            after < m.start < before and m.kind != "pronoun" for m in ent.mentions)

    def _sentence_at(self, pos: int) -> str:
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span.sent.text if span is not None and len(span) else ""

    def _introduced_as(self, head, sp: Speaker) -> Speaker | None:
        """The last person named right after the role word ('harbourmaster Donald Campbell')
        or given it in apposition ('Donald Campbell, the harbourmaster,')."""
        if self.coref is None:
            return None
        text = text_of(self.doc)
        found = None
        for m, ent in self.coref.mentions_in(max(0, sp.start - 3000), sp.start):
            if ent.type != "PERSON" or m.kind != "name" or self._in_quotation(m.start):
                continue
            lead = _LEAD_BREAK.split(text[max(0, m.start - 50):m.start])[-1].rstrip()
            tail = text[m.end:m.end + 60].split(",")
            word = head.search(lead)
            # ('Tomás Herrera, a lawyer for the families of ...': the apposition's own head,
            # not a noun of its complement, is the role he was given)
            own = _COMPLEMENT.split(tail[1], 1)[0] if len(tail) > 1 else ""
            if word and word.end() == len(lead) or own and head.search(own) \
                    and own.strip().lower().startswith(("the ", "a ", "an ")):
                found = Speaker(ent.id, ent.name, sp.start, sp.end)
        return found

    def _told_gender(self, ent) -> str | None:
        """The gender the article states for a person: a courtesy title on a name ('Ms
        Baloch') or a gendered noun describing them ('the 40-year-old mother of a patient');
        None when it states none or both."""
        cache = self.__dict__.setdefault("_told", {})
        if ent.id not in cache:
            text = text_of(self.doc)
            found = {self._mention_gender(text, m) for m in ent.mentions} - {None}
            cache[ent.id] = next(iter(found)) if len(found) == 1 else None
        return cache[ent.id]

    @staticmethod
    def _mention_gender(text: str, m) -> str | None:
        if m.kind == "name":
            t = _TITLE_BEFORE.search(text[max(0, m.start - 6):m.start]) \
                or _TITLE_AT.match(text, m.start, m.end)
            return L.TITLES.get(t.group(1).lower()) if t else None
        if m.kind == "nominal":
            # the head noun before its complements: 'mother' in 'the mother of a patient'
            head = _NOMINAL_TAIL.split(text[m.start:m.end])[0].split()
            word = head[-1].lower() if head else ""
            return L.PERSON_NOUNS.get(word) or L.ROLE_NOUNS.get(word)
        return None

    def _unnamed_antecedent(self, tok, ent, s: int, e: int) -> Speaker | None:
        """'The firm hired auditors, who said the books were clean': the people the clause
        describes, unnamed, not whoever coreference reached for (the mention stays 'who',
        as PolNeAR marks it)."""
        if tok.head.dep_ != "relcl":
            return None
        ante = tok.head.head
        lemma = ante.lemma_.lower()
        for _ in range(2):
            # 'a source in the federation who says': the parser hangs the clause on the
            # nearest noun; 'who' means the person whose phrase holds that noun
            if ante.pos_ == "NOUN" and (lemma in L.PERSON_NOUNS or lemma in L.ROLE_NOUNS) \
                    or ante.dep_ != "pobj" or ante.head.dep_ != "prep" \
                    or ante.head.head.pos_ != "NOUN" or ante.ent_type_ == "PERSON":
                break
            ante = ante.head.head
            lemma = ante.lemma_.lower()
        if ante.pos_ != "NOUN" or (lemma not in L.PERSON_NOUNS and lemma not in L.ROLE_NOUNS
                                   and lemma not in L.ANONYMOUS_HEADS):
            return None  # ('a source in the federation who says': an unnamed source)
        if ent is not None and ent.type not in _BODY_TYPES \
                and any(m.start <= ante.idx < m.end for m in ent.mentions):
            return None  # coreference already has the noun itself (a body is not a 'who')
        return Speaker(None, text_of(self.doc)[ante.left_edge.idx:ante.idx + len(ante.text)], s, e)


_BODY_TYPES = frozenset(("ORG", "GPE", "LOC", "FAC", "NORP"))


def _kind_named_before(text: str, word: str, before: int) -> str | None:
    """The last capitalised name ending in the anaphor's kind word ('the airline': '...
    Airways'; 'the union': '... Union') in the 1,500 characters before it."""
    found = None
    for found in _named_of_kind(word).finditer(text, max(0, before - 1500), before):
        pass
    if found is None or found.group(1).split()[0] in ("The", "A", "An"):
        return None
    return found.group(1)


@lru_cache(maxsize=None)
def _named_of_kind(word: str) -> re.Pattern:
    """One pattern per anaphor word, made once: the kind words are a fixed lexicon."""
    kinds = sorted(L.ORG_ANAPHOR_KIN.get(word, frozenset()) | {word})
    alt = "|".join(k.capitalize() for k in kinds)
    return re.compile(rf"\b((?:[A-Z][\w'’&-]*\s+){{1,4}}(?:{alt}))\b")


# 'the minister, Ana Ruiz,', 'The education chief, Deirdre Lyons,' (a kin word of the head,
# up to two modifiers that do not make it another post): compiled once per head word
_OTHER_POST = r"(?!(?:former|new|outgoing|incoming|acting|interim|deputy|assistant|vice)\b)"
_apposition_after = lru_cache(maxsize=512)(lambda head: re.compile(
    rf"\b[Tt]he (?:{_OTHER_POST}[a-z][\w-]*\s+){{0,2}}"
    rf"(?:{'|'.join(re.escape(w) for w in sorted(L.role_kin(head)))}), "
    + r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),"))

_UNNAMED_ONE = re.compile(r"^(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*)$")


def named_by_head_later(text: str, quotes: list, coref) -> list:
    """'"...," said one crane driver.' then 'The driver, Sam Otto, has worked there 19 years':
    the same noun (or its kin: 'head' and 'chief') taken up with a name in apposition names
    the unnamed speaker."""
    from .speaker_roles import _role_head  # (speaker_roles imports this module's helpers)
    if coref is None:
        return quotes
    out = []
    for q in quotes:
        sp = q.speaker
        m = _UNNAMED_ONE.match(sp.name or "") if sp.start is not None and sp.entity is None or (
            sp.entity is not None and sp.name and sp.name[:1].islower()) else None
        head = m.group(1) if m else _body_role(text, sp, coref) or (
            _role_head(text[sp.start:sp.end]) if sp.start is not None and sp.entity is None
            else None)
        ent = _apposed_name(text, coref, sp.start, head) if head else None
        out.append(q if ent is None else replace(q, speaker=type(sp)(ent.id, ent.name,
                                                                     sp.start, sp.end)))
    return out


# 'a Ministry of Industry and Trade spokesperson': a body's name before a person's role
_BODY_ROLE = re.compile(r"^(?:[Tt]he|[Aa]n?|[Oo]ne)\s+"
                        r"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|for|&)\s+)?)*([a-z][\w-]*)$")


def _body_role(text: str, sp, coref) -> str | None:
    """The role word closing a speaker phrase that coreference took for the body it names
    ('a Ministry of Industry and Trade spokesperson', 'The spokesperson' -> the ministry): the
    person who holds it may be named there or later ('The spokesperson, Do Thang Hai, told')."""
    if sp.start is None or sp.entity is None:
        return None
    ent = coref.by_id.get(sp.entity)
    if ent is None or ent.type == "PERSON":
        return None
    m = _BODY_ROLE.match(text[sp.start:sp.end])
    word = m.group(1) if m else None
    return word if word and (word in L.ROLE_NOUNS or L.person_noun(word)) else None


def _apposed_name(text: str, coref, after: int, head: str):
    hit = _apposition_after(head).search(text, after, after + 700)
    if hit is None:
        return None
    ent = coref.entity_at(hit.start(1), hit.end(1))
    if ent is None or ent.type != "PERSON":
        return None
    # 'The spokeswoman said' is not the man 'the opposition spokesman, Denis Carr,' names:
    # a gendered head word and the apposed role word or given name must agree
    want = L.PERSON_NOUNS.get(head)
    first = ent.name.split()[:1]
    words = text[hit.start():hit.start(1)].replace(",", " ").split()
    have = {L.PERSON_NOUNS.get(w.lower()) for w in words} \
        | {L.gender_of_first_name(first[0]) if first else None}
    return None if want and have - {None, want} else ent
