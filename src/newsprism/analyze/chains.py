"""Links candidate mentions into coreference chains: name variants and acronyms, role and
description noun phrases, and pronouns, by hand-written rules (no model exists offline).

Inputs: the mentions.Context of one article (candidates in text order); entities.py turns the
chains that hold a name into Entity records.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon_roles as L
from .cues import looks_like_medium
from .mention_clues import PORTFOLIOS
from .mentions import AGE_WORD, Cand, Context
from .role_links import PREDICATE_ROLES, by_tenure, give_roles, org_by_head, predicate_roles

PRONOUN_WINDOW = 3      # sentences back a pronoun may reach
DESCRIPTION_WINDOW = 2  # sentences back "the 61-year-old father of five" may reach
CATAPHORA_PARAS = 3     # paragraphs ahead a role NP may find its named speaker
ORG_WINDOW = 5          # sentences back "the committee" may reach a named committee
_NEUTER_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "OTHER"})


@dataclass(slots=True)
class Info:
    """What is known about one chain while it grows."""

    votes: dict[str, float] = field(default_factory=dict)
    gender: str | None = None
    roles: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    named: bool = False       # holds a real name (not a pending acronym)
    person: bool = False      # an unnamed person NP ("a man")
    plural: bool = False
    first: int = 1 << 60
    sents: set[int] = field(default_factory=set)
    words: set[str] = field(default_factory=set)   # singular words of its names

    @property
    def type(self) -> str:
        return max(self.votes, key=self.votes.get) if self.votes else ""

    def absorb(self, o: Info) -> None:
        for k, v in o.votes.items():
            self.votes[k] = self.votes.get(k, 0.0) + v
        self.gender = self.gender or o.gender
        self.roles.extend(o.roles)
        self.named |= o.named
        self.person |= o.person
        self.first = min(self.first, o.first)
        self.sents |= o.sents
        self.words |= o.words


class Chains:
    """Union-find over candidates, with an Info per chain root."""

    def __init__(self, cands: list[Cand]) -> None:
        self.cands = cands
        self.parent = list(range(len(cands)))
        self.index = {id(c): i for i, c in enumerate(cands)}
        self.info = [self._info(c) for c in cands]
        self.names = [i for i, c in enumerate(cands) if c.kind == "name" and not c.pending]
        self.resolved = [c.kind == "name" and not c.pending or c.link is not None or c.pseudo
                         or c.demonym for c in cands]

    @staticmethod
    def _info(c: Cand) -> Info:
        inf = Info(votes=dict(c.votes), gender=c.gender, first=c.start, sents={c.sent},
                   named=c.kind == "name" and not c.pending and not c.pseudo,
                   person=c.person and c.kind == "nominal" or c.gender in ("m", "f"),
                   plural=c.plural)
        if c.kind == "nominal" and c.link is not None and c.person:
            inf.roles.append((c.key, c.mods))
        if c.kind == "name" and c.mods:
            # 'Deputy Transport Minister X': later 'the deputy minister' is X, so each title
            # word keeps the others as its modifiers
            inf.roles.extend((m, c.mods - {m}) for m in c.mods)
        if c.kind == "name":
            inf.words = {L.singular(w) for w in c.key.split()}
        return inf

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        if self.info[a].first > self.info[b].first:
            a, b = b, a
        self.parent[b] = a
        self.info[a].absorb(self.info[b])

    def of(self, c: Cand) -> Info:
        return self.info[self.find(self.index[id(c)])]

    def groups(self) -> list[list[Cand]]:
        out: dict[int, list[Cand]] = {}
        for i, c in enumerate(self.cands):
            if self.resolved[i]:
                out.setdefault(self.find(i), []).append(c)
        return list(out.values())


# ---------------------------------------------------------------- names

def _top(votes: dict[str, float]) -> str:
    return max(votes, key=votes.get) if votes else ""


def _strip_al(word: str) -> str:
    for p in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-"):
        if word.startswith(p):
            return word[len(p):]
    return word


# Particles that belong to a surname ('Ó Ceallaigh', 'Ní Bhriain', 'van der Berg'): the
# surname met alone keeps them, so the key to match is the particles plus the last word.
_SURNAME_PARTICLES = L.NAME_PARTICLES | frozenset("o ó ni ní nic mac mag ui uí".split())


def _surname_key(words: list[str]) -> str:
    """The last word, with the particles right before it that belong to the surname."""
    k = len(words) - 1
    while k > 0 and words[k - 1] in _SURNAME_PARTICLES:
        k -= 1
    return " ".join(words[k:-1] + [_strip_al(words[-1])])


def _bare_surname(words: list[str]) -> bool:
    """'Ceallaigh' or 'O Ceallaigh': one word, or particles and one word."""
    return len(words) == 1 or all(w in _SURNAME_PARTICLES for w in words[:-1])


def _initials(text: str) -> set[str]:
    words = [w for w in text.replace("-", " ").split() if w[:1].isalpha()]
    full = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in L.FUNCTION_WORDS).upper()
    return {full, content}


def _name_groups(ch: Chains) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(ch.cands):
        if c.key and (c.kind == "name" or c.demonym):
            groups.setdefault(c.key, []).append(i)
    return groups


def _group_votes(ch: Chains, idx: list[int]) -> dict[str, float]:
    v: dict[str, float] = {}
    for i in idx:
        for k, w in ch.cands[i].votes.items():
            v[k] = v.get(k, 0.0) + w
    return v


def link_names(ch: Chains, ctx: Context) -> None:
    """Same key, surname, acronym, and shortened organisation names join one chain."""
    groups = _name_groups(ch)
    votes = {k: _group_votes(ch, idx) for k, idx in groups.items()}
    surname_ambiguous = _link_surnames(ch, groups, votes, ctx.text)
    for key, idx in groups.items():
        if key in surname_ambiguous:
            continue
        for i in idx[1:]:
            ch.union(idx[0], i)
    _link_acronyms(ch, ctx, groups, votes)
    _link_org_parts(ch, groups, votes)


def _link_surnames(ch: Chains, groups, votes, text: str = "") -> set[str]:
    """"Soleimani" -> "Qassem Soleimani"; with two Smiths each "Smith" goes to the nearest
    preceding full name of matching gender."""
    longs: dict[str, list[str]] = {}
    for key, v in votes.items():
        words = key.split()
        weak = max(v.values(), default=0) < 2 and not any(L.singular(w) in L.ORG_WORDS for w in words)
        if len(words) >= 2 and (_top(v) == "PERSON" or weak):
            # a weakly typed two-word name ("Omid Rahimi" ORG 1.0) may still be the person
            last, surname = _strip_al(words[-1]), _surname_key(words)
            longs.setdefault(last, []).append(key)
            if surname != last:
                longs.setdefault(surname, []).append(key)
    ambiguous = _link_inner_names(ch, groups, votes, longs, text)
    openers = _org_openers(votes)
    for key, idx in groups.items():
        words = key.split()
        fulls = longs.get(_surname_key(words)) if _bare_surname(words) else None
        if fulls is None and len(words) == 1 and len(openers.get(words[0], ())) == 1:
            # 'Veltrix said' after 'Veltrix Pharma': a body named again by its first word,
            # unless the gazetteer knows the word as a place of its own ('Kenya')
            target = groups[openers[words[0]][0]][0]
            strong = max((w for i in idx for t, w in ch.cands[i].votes.items() if t != "ORG"),
                         default=0)
            if strong < 3 and ch.cands[target].start < ch.cands[idx[0]].start:
                for i in idx:
                    ch.union(target, i)
            continue
        if fulls is None:
            continue
        if len(openers.get(words[0], ())) == 1:
            # 'Meridian said' beside the ship 'Aurora Meridian' and 'Meridian Cruise Line':
            # a body goes by its first word, and that reading wins over a surname
            for i in idx:
                ch.union(groups[openers[words[0]][0]][0], i)
            ambiguous.add(key)
            continue
        v = votes[key]
        strong = max((w for i in idx for t, w in ch.cands[i].votes.items() if t != "PERSON"), default=0)
        if strong >= 3:
            continue  # a country or an agency (gazetteer, media cue) that shares a surname
        if _top(v) != "PERSON" and all(_top(votes[t]) != "PERSON" for t in fulls):
            continue  # neither side is known to be a person
        targets = [t for t in fulls if t != key]
        if any(_top(votes[t]) == "PERSON" for t in targets):
            for i in idx:  # the tagger's "Trump" ORG/GPE labels yield to the full name's PERSON
                _as_person(ch, i)
        if len(targets) == 1:
            ch.union(idx[0], groups[targets[0]][0])
            continue
        ambiguous.add(key)
        for i in idx:
            tg = [groups[t] for t in targets]
            best = _introduced_here(ch, text, ch.cands[i], tg)
            if best is None:
                best = _nearest_full_name(ch, ch.cands[i], tg)
            if best is not None:
                ch.union(i, best)
    return ambiguous


def _org_openers(votes) -> dict[str, list[str]]:
    """First word -> the organisation names ('meridian cruise line') it opens."""
    out: dict[str, list[str]] = {}
    for key in votes:
        words = key.split()
        if len(words) >= 2 and L.singular(words[-1]) in L.ORG_WORDS \
                and words[0] not in L.FUNCTION_WORDS:
            out.setdefault(words[0], []).append(key)
    return out


def _link_inner_names(ch: Chains, groups, votes, longs: dict[str, list[str]],
                      text: str = "") -> set[str]:
    """'Deputy Minister Hasbi Habibollah' ... 'Hasbi said', 'Mohd Yusri Hassan' ... 'Yusri':
    where a person goes by a name that is not the last one (Malay, Indonesian, Thai, Arabic
    patronymics), a lone word that opens no other name joins the one full name holding it.
    Two such names ('Mr Tan Wei Ming', 'Ms Tan Hui Ling'): each 'Tan' goes to the one its
    title's gender and the paragraph point to; those keys are returned, not to be merged."""
    split: set[str] = set()
    inner: dict[str, set[str]] = {}
    for key, v in votes.items():
        words = key.split()
        if len(words) >= 2 and _top(v) == "PERSON":
            for w in words[:-1]:
                if len(w) > 2 and w not in L.TITLES and w.rstrip(".") not in L.TITLES:
                    inner.setdefault(_strip_al(w), set()).add(key)
    for key, idx in groups.items():
        words = key.split()
        if len(words) != 1 or _strip_al(words[0]) in longs:
            continue
        targets = inner.get(_strip_al(words[0]), set())
        if len(targets) > 1 and _top(votes[key]) == "PERSON":
            split.add(key)
            _split_among(ch, text, idx, [groups[t] for t in sorted(targets)])
            continue
        if len(targets) != 1 or _top(votes[key]) not in ("PERSON", "ORG", "GPE"):
            continue
        strong = max((w for i in idx for t, w in ch.cands[i].votes.items() if t != "PERSON"),
                     default=0)
        if strong >= 3:
            continue  # a place or body the gazetteer knows ('Jordan' beside 'Jordan Smith')
        target = groups[next(iter(targets))][0]
        if ch.cands[target].start < ch.cands[idx[0]].start:
            for i in idx:
                _as_person(ch, i)
                ch.union(target, i)
    return split


def _split_among(ch: Chains, text: str, idx: list[int], target_groups: list[list[int]]) -> None:
    for i in idx:
        c = ch.cands[i]
        tg = [g for g in target_groups if ch.cands[g[0]].start < c.start]
        best = _introduced_here(ch, text, c, tg) if text else None
        if best is None and c.gender:
            best = _nearest_full_name(ch, c, tg)
        if best is not None:
            ch.union(best, i)


def _as_person(ch: Chains, i: int) -> None:
    c = ch.cands[i]
    c.votes = {"PERSON": max(1.0, c.votes.get("PERSON", 0.0))}
    if ch.find(i) == i:  # surnames are linked first, so a short name is still its own chain
        ch.info[i].votes = dict(c.votes)


def _introduced_here(ch: Chains, text: str, c: Cand, target_groups: list[list[int]]) -> int | None:
    """With two Arriagadas, a bare "Arriagada" in the paragraph that just gave one of them in
    full is that one, however often the other was named before."""
    latest = None
    for idx in target_groups:
        full = [i for i in idx if ch.cands[i].start < c.start and len(ch.cands[i].key.split()) >= 2]
        if full and (latest is None or ch.cands[full[-1]].start > ch.cands[latest].start):
            latest = full[-1]
    if latest is None or "\n\n" in text[ch.cands[latest].start:c.start]:
        return None
    g = ch.info[ch.find(latest)].gender
    return None if c.gender and g and c.gender != g else latest


def _nearest_full_name(ch: Chains, c: Cand, target_groups: list[list[int]]) -> int | None:
    """Among the people whose known gender agrees with a title on ``c`` ("Mrs. Becker"), the
    one named most often before ``c`` (the story's subject), then the one named last; with no
    earlier mention, the first named after it."""
    scored = []
    for idx in target_groups:
        root = ch.find(idx[0])
        g = ch.info[root].gender
        if c.gender and g and c.gender != g:
            continue
        before = [i for i in ch.names if ch.cands[i].start < c.start and ch.find(i) == root]
        if before:
            scored.append((0, -len(before), c.start - ch.cands[before[-1]].start, idx[0]))
        else:
            scored.append((1, 0, ch.cands[idx[0]].start - c.start, idx[0]))
    return min(scored)[3] if scored else None


def _link_acronyms(ch: Chains, ctx: Context, groups, votes) -> None:
    longs = {}
    for key, idx in groups.items():
        c = ch.cands[idx[0]]
        if len(key.split()) >= 2 and not c.demonym:
            for ini in _initials(ctx.text[c.core[0]:c.core[1]]):
                longs.setdefault(ini, set()).add(key)
            if key.split()[0] in L.COUNTRY_ALIASES or key.split()[0] in L.DEMONYMS:
                # 'the FA' for the Ghana Football Association: the country goes unsaid at home
                for ini in _initials(ctx.text[c.core[0]:c.core[1]].split(None, 1)[1]):
                    if len(ini) >= 2:
                        longs.setdefault(ini, set()).add(key)
    for key, idx in groups.items():
        c = ch.cands[idx[0]]
        if not any(ch.cands[i].acronym for i in idx):
            continue
        partner = _parenthesised_partner(ch, ctx, idx, groups)
        hits = longs.get(key.replace(".", "").replace(" ", "").upper(), set()) - {key}
        if partner is None and len(hits) == 1:
            partner = groups[next(iter(hits))][0]
        if partner is not None:
            for i in idx:
                ch.union(partner, i)
                ch.resolved[i] = True
        elif not all(ch.cands[i].pending for i in idx):
            for i in idx:  # the tagger found it elsewhere: every bare occurrence counts
                ch.cands[i].pending = False
                ch.resolved[i] = True
        elif key.upper() not in L.COMMON_CAPS and (
                len(idx) >= 2 or any(ch.cands[i].subj for i in idx)):
            _adopt_acronym(ch, idx)  # "RT said ...": an organisation the tagger missed


def _adopt_acronym(ch: Chains, idx: list[int]) -> None:
    for i in idx:
        c = ch.cands[i]
        c.pending, c.votes = False, {"ORG": 1.0}
        ch.resolved[i] = True
    inf = ch.info[ch.find(idx[0])]
    inf.named = True
    inf.votes["ORG"] = inf.votes.get("ORG", 0.0) + len(idx)


def _parenthesised_partner(ch: Chains, ctx: Context, idx, groups) -> int | None:
    """"Islamic Revolutionary Guard Corps (IRGC)": the name right before the brackets."""
    by_end = {ch.cands[g[0]].end: g[0] for g in groups.values()}
    for i in idx:
        c = ch.cands[i]
        before = ctx.text[max(0, c.start - 3):c.start]
        if before.endswith("(") or before.endswith("( "):
            j = ctx.text.rfind("(", 0, c.start)
            for end in (j, j - 1):
                k = by_end.get(end)
                if k is None:
                    for g in groups.values():
                        for m in g:
                            if ch.cands[m].end == end:
                                k = m
                if k is not None and k != i:
                    return k
    return None


def _content(key: str) -> frozenset[str]:
    return frozenset(L.singular(w) for w in key.split() if w not in L.FUNCTION_WORDS)


def _link_org_parts(ch: Chains, groups, votes) -> None:
    """"the Guards" / "Revolutionary Guards" -> "Islamic Revolutionary Guards Corps" when the
    shorter name's words are all in exactly one longer organisation name."""
    orgs = [(k, _content(k)) for k, v in votes.items() if _top(v) == "ORG" and k in groups]
    for key, words in orgs:
        if not words:
            continue
        if len(words) >= 2:
            sup = [k for k, w in orgs if k != key and words < w]
        else:
            w0 = next(iter(words))
            sup = [k for k, w in orgs if k != key and len(w) >= 2 and L.singular(k.split()[-1]) == w0]
            if not sup and w0 in L.ORG_WORDS:  # "the Guards" -> "Islamic Revolutionary Guard Corps"
                sup = [k for k, w in orgs if k != key and len(w) >= 2 and w0 in w]
        if len(sup) == 1:
            ch.union(groups[sup[0]][0], groups[key][0])


# ---------------------------------------------------------------- nominals and pronouns

def _sentence_index(ch: Chains) -> dict[int, list[int]]:
    by_sent: dict[int, list[int]] = {}
    for i, c in enumerate(ch.cands):
        by_sent.setdefault(c.sent, []).append(i)
    return by_sent


_PERSONAL = frozenset("he him his himself she her hers herself".split())


def _candidates(ch: Chains, by_sent, a: Cand, window: int, narrated: bool = False):
    """Earlier mentions in salience order: this sentence (subjects, then nearest), then each
    earlier sentence (subjects, then left to right)."""
    counted = 0
    for k in range(a.sent, max(-1, a.sent - (3 if narrated else 1) * window - 1), -1):
        if counted > window:
            return
        inside = by_sent.get(k, ())
        # for a person: a sentence of quoted words ('"Of course.'), or one with no mention,
        # is no step away from the narration the description or pronoun takes up
        counted += k == a.sent or not narrated or any(ch.cands[i].quote < 0 for i in inside)
        rows = [i for i in inside if ch.resolved[i] and ch.cands[i].end <= a.start]
        if k == a.sent:
            rows.sort(key=lambda i: (not ch.cands[i].subj, -ch.cands[i].start))
        else:
            rows.sort(key=lambda i: (not ch.cands[i].subj, ch.cands[i].start, -ch.cands[i].end))
        yield from rows


def _usable(ch: Chains, a: Cand, i: int) -> bool:
    c = ch.cands[i]
    if c.pending or (c.demonym and c.kind == "name" and not c.plural):
        return False  # "Iranian" in "Iranian women" modifies, it is not an antecedent
    if c.dateline:
        return False  # "VALMORA —" heads the story; it is nobody's antecedent
    if a.quote >= 0 and c.quote != a.quote:
        return False  # inside a quote, only the quote's own words can be antecedents
    if a.quote < 0 and c.quote >= 0 and c.kind != "name" or a.quote < 0 and c.quote >= 0 and a.speech:
        return False  # '"... Michelle ...," she said': the speaker is not someone quoted
    return True


def _bound(a: Cand, c: Cand, doc) -> bool:
    """"Smith praised him": an object pronoun is never its own verb's subject."""
    if a.kind != "pronoun" or a.key.endswith("self") or a.key.endswith("selves"):
        return False
    t = doc[a.head]
    if t.dep_ in ("dobj", "iobj", "dative"):
        verb = t.head
    elif t.dep_ == "pobj":
        verb = t.head.head
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb = verb.head  # 'X read out a message from him': the object's own phrase
    else:
        return False
    h = doc[c.head]
    if h.dep_ == "appos":
        h = h.head  # 'His press secretary, Rafiqul Islam, read ...': the subject's apposition
    return h.dep_ in ("nsubj", "nsubjpass") and h.head.i == verb.i


def _fits(ch: Chains, a: Cand, i: int) -> bool:
    c = ch.cands[i]
    inf = ch.of(c)
    typ = inf.type if inf.named else ("PERSON" if inf.person else "")
    if a.key in ("it", "its", "itself"):
        return not c.plural and not inf.person and (typ in _NEUTER_TYPES or not inf.named)
    if a.plural:
        if c.pseudo and not inf.named:
            return c.plural
        return c.plural or typ == "ORG"
    if typ != "PERSON" or c.plural:
        return False
    return inf.gender is None or a.gender is None or inf.gender == a.gender


def _attach(ch: Chains, a: Cand, i: int) -> None:
    j = ch.index[id(a)]
    ch.union(i, j)
    ch.resolved[j] = True
    inf = ch.of(a)
    if inf.gender is None and a.gender in ("m", "f") and inf.named:
        inf.gender = a.gender
    if a.kind == "nominal" and a.key in L.ROLE_NOUNS:
        inf.roles.append((a.key, a.mods))  # later "the spokeswoman" finds this chain


def resolve_pronoun(ch: Chains, ctx: Context, by_sent, a: Cand) -> None:
    """Attach to the first fitting antecedent; an unresolved pronoun still starts a chain,
    so "It ... its" stay together instead of "its" jumping to an unrelated name."""
    # "they": a plural phrase nearby ("show insiders", "McConnell aides") beats an
    # organisation, which only gets "they" when nothing plural is in reach
    for plural_only in ((True, False) if a.plural else (False,)):
        for i in _candidates(ch, by_sent, a, PRONOUN_WINDOW, narrated=a.key in _PERSONAL):
            if plural_only and not ch.cands[i].plural:
                continue
            if _usable(ch, a, i) and not _bound(a, ch.cands[i], ctx.doc) and _fits(ch, a, i):
                _attach(ch, a, i)
                return
    ch.resolved[ch.index[id(a)]] = True


def _premodified_by(ch: Chains, ctx: Context, a: Cand) -> list[int]:
    """Named chains whose name some earlier sentence put right after a's word in lower case
    ('Zambia striker Peter Mwale' for 'the striker'): one name per chain. The word before each
    name is read once per article (ch.premod), not once per nominal."""
    premod = getattr(ch, "premod", None)
    if premod is None:
        premod = {}
        for i in ch.names:
            c = ch.cands[i]
            k = c.head
            while k > 0 and ctx.toks[k - 1].idx >= c.start:
                k -= 1
            if k > 0 and ctx.toks[k - 1].text.islower():
                premod.setdefault(ctx.toks[k - 1].lower_, []).append(i)
        ch.premod = premod
    seen, out = set(), []
    for i in premod.get(a.key, ()):
        if ch.cands[i].start >= a.start:
            break
        r = ch.find(i)
        if r not in seen:
            seen.add(r)
            out.append(i)
    return out


def _role_matches(ch: Chains, a: Cand) -> list[int]:
    """Chains already described by the same role ("Foreign Minister X" ... "the minister")."""
    seen, out = set(), []
    for i in ch.names:
        c = ch.cands[i]
        if c.start >= a.start:
            break
        r = ch.find(i)
        if r in seen:
            continue
        inf = ch.info[r]
        # 'the spokesman' after a spokesman and a spokeswoman: the word's gender decides
        g = a.gender or L.TITLES.get(a.key) or L.ROLE_NOUNS.get(a.key)
        if g in ("m", "f") and inf.gender in ("m", "f") and g != inf.gender:
            continue
        if inf.named and _has_role(inf, a):
            seen.add(r)
            out.append(i)
    return out


def _has_role(inf: Info, a: Cand) -> bool:
    """Whether a chain was described by a's role, or (a bare 'the ombudsman') by another word
    for the same office ('human rights commissioner')."""
    kin = L.role_kin(a.key)
    for lemma, mods in inf.roles:
        # "Army spokesman Colonel X": the spokesman role sits among the title's words
        if (lemma == a.key and a.mods <= mods) or (not a.mods and a.key in mods):
            return True
        if not a.mods and (lemma in kin or kin & mods):
            return True
        if a.key == "minister" and lemma == "secretary" and mods & PORTFOLIOS:
            return True  # 'Health Secretary X' ... 'The minister said'
    return False


def _cataphora(ch: Chains, ctx: Context, a: Cand) -> int | None:
    """"the spokesman for the Guards said ..." then "Ramezan Sharif said": a role NP speaking
    is the next newly named person who speaks, when no other new speaker competes."""
    if not a.speech or _kept_unnamed(ctx, a):
        return None
    found = []
    for i in ch.names:
        c = ch.cands[i]
        if c.start <= a.start or not c.speech:
            continue
        # 'A U.S. official told Reuters' is an anonymous source far more often than a
        # person the story names later: such an NP looks no further than its paragraph.
        anonymous = not a.definite and a.key in L.ANONYMOUS_HEADS
        if c.para > a.para + (0 if anonymous else CATAPHORA_PARAS):
            break
        inf = ch.of(c)
        if inf.type != "PERSON" or inf.first < a.start:
            continue
        if ch.find(i) not in {ch.find(f) for f in found}:
            found.append(i)
    if found and not ctx.text[a.end:ch.cands[found[0]].start].strip():
        found = found[:1]  # 'Presidential chief of staff Agus Salim': the title's own name
    elif len(found) > 1 and a.definite:
        # "the runner-up alleged ..." before three named speakers: the one later called a
        # candidate is the runner-up.
        found = [i for i in found if _has_role(ch.of(ch.cands[i]), a)]
    if len(found) != 1:
        return None
    inf = ch.of(ch.cands[found[0]])
    if a.gender and inf.gender and a.gender != inf.gender:
        return None
    kin = L.role_kin(a.key)
    if any(lemma not in kin for lemma, _ in inf.roles if lemma in L.ROLE_NOUNS):
        return None
    # 'Awami Justice Party chairman Tariq Jadoon' is no one's 'the premier'
    if any(t in L.ROLE_NOUNS and t not in kin and t != a.key for t in ch.cands[found[0]].mods):
        return None
    if _titled_otherwise(ctx, ch.cands[found[0]], kin | {a.key}):
        return None  # 'Kenyan fire boss Hamisi Baya' is not the spokeswoman before him
    return found[0]


# 'who asked not to be named', 'speaking on condition of anonymity': said so the reader
# knows the source is never named
_UNNAMED = re.compile(r"\bnot (?:to )?be (?:named|identified)|\banonymity\b|"
                      r"\bnot authori[sz]ed to\b")


def _kept_unnamed(ctx: Context, a: Cand) -> bool:
    """'another executive at the company, who asked not to be named': a source kept
    anonymous, or set apart from one already quoted, is no one the story names later."""
    if ctx.text[a.start:a.end].split(" ", 1)[0].lower() == "another":
        return True
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand")
    rest = ctx.text[a.end:span.sent.end_char] if span is not None else ""
    return bool(_UNNAMED.search(rest[:160]))


def _titled_otherwise(ctx: Context, c: Cand, kin) -> bool:
    """Whether a lower-case job word other than the role's own stands right before the name."""
    span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = ctx.doc[span.start - 1]
    return prev.pos_ == "NOUN" and prev.text.islower() and prev.lower_ not in kin \
        and prev.dep_ == "compound"


def _owner_cataphora(ch: Chains, a: Cand) -> bool:
    """"..., the mine's operator said." then "according to Kafue Copper Mines": a company
    described by what it owns or runs is the organisation first named as a source right
    after it (same or next paragraph)."""
    for i in ch.names:
        c = ch.cands[i]
        if c.start <= a.start:
            continue
        if c.para > a.para + 2:  # paragraph numbers count the blank line between
            break
        inf = ch.of(c)
        if c.speech and inf.type == "ORG" and inf.first > a.start:
            _attach(ch, a, i)
            return True
    return False


def _bare(ctx: Context, a: Cand) -> bool:
    """Only a determiner and the noun: "the woman", "the man"."""
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand")
    return span is not None and all(t.i == a.head or t.dep_ in ("det", "poss") for t in span)


def _aged(ctx: Context, a: Cand) -> bool:
    return any(AGE_WORD.match(w) for w in ctx.text[a.start:ctx.doc[a.head].idx].lower().split())


_PLATFORM_KEYS = frozenset(p.lower() for p in L.PLATFORMS)


def resolve_org_nominal(ch: Chains, ctx: Context, by_sent, a: Cand) -> None:
    """"The group did not provide evidence": the most salient organisation named just before,
    unless an unnamed one of that kind was introduced ("a group of farmers")."""
    # 'the association' may look back further than 'the group': only an organisation with
    # that word in its name will do
    window = DESCRIPTION_WINDOW if a.key in L.GENERIC_ORG_ANAPHORS else ORG_WINDOW
    if not any(s < a.start for s in ctx.introduced.get(a.key, ())):
        medium = _nearest_medium(ch, ctx, by_sent, a, window)
        if medium is not None:
            _attach(ch, a, medium)
            return
        for i in _candidates(ch, by_sent, a, window):
            inf = ch.of(ch.cands[i])
            if ch.cands[i].key in _PLATFORM_KEYS:
                continue  # 'the agency' is never TikTok
            if _usable(ch, a, i) and inf.named and inf.type == "ORG" and not ch.cands[i].plural \
                    and (a.key in L.GENERIC_ORG_ANAPHORS and not _public_body(a.key, inf)
                         or L.singular(a.key) in inf.words
                         or L.ORG_ANAPHOR_KIN.get(a.key, frozenset()) & inf.words):
                _attach(ch, a, i)
                return
        if a.key not in L.GENERIC_ORG_ANAPHORS:
            only = _only_body_of_kind(ch, a)
            if only is not None:
                _attach(ch, a, only)
                return
        again = _same_description_before(ch, a)
        if again is not None:
            _attach(ch, a, again)
            return
    ch.resolved[ch.index[id(a)]] = True  # unresolved, it still competes for "it"
    a.pseudo = True


# Last words of a public body's name: 'the company' and 'the firm' are never one of these
_PUBLIC_BODIES = frozenset("""ministry commission council authority agency department court
police parliament assembly government committee union party embassy tribunal army navy
directorate inspectorate regulator senate congress cabinet board bureau""".split())


def _public_body(key: str, inf: Info) -> bool:
    """'The New Mexico Public Regulation Commission has opened an inquiry into Sangre Power &
    Light ... The company says': the commission is no company."""
    return key in ("company", "firm") and bool(inf.words & _PUBLIC_BODIES)


# 'quoted by the news agency', 'told the broadcaster': a description of a news medium
_MEDIUM_HEADS = frozenset("agency broadcaster newspaper paper channel station network wire "
                          "daily outlet".split())


# The last word of a newspaper's title ('the Hartfield Gazette', 'The Irish Times'): what
# 'the newspaper' / 'the paper' takes up; a station's name says radio or television
_PRINT_TITLES = frozenset("gazette times post herald chronicle courier echo journal telegraph "
                          "tribune mirror standard observer guardian independent express mail "
                          "star sun record ledger sentinel argus examiner advertiser gleaner "
                          "nation globe inquirer dispatch enquirer clarion packet citizen "
                          "messenger leader".split())
_PRINT_KIND, _AIR_KIND = frozenset("newspaper paper daily".split()), \
    frozenset("broadcaster channel station network".split())
_ON_AIR = re.compile(r"(?i)\b(?:radio|tv|television|fm|broadcasting)\b|[a-z](?:fm|tv)\b")


def _kind_fits(kind: str, name: str) -> bool | None:
    """Whether a medium's name fits the kind noun that takes it up: True (a paper's title for
    'the newspaper'), False (a station for 'the newspaper', a paper for 'the station'), None
    when the name says nothing of its kind."""
    words = re.findall(r"[a-z]+", name.lower())
    titled = bool(words) and words[-1] in _PRINT_TITLES
    aired = _ON_AIR.search(name) is not None
    if kind in _PRINT_KIND:
        return False if aired else True if titled else None
    if kind in _AIR_KIND:
        return True if aired else False if titled else None
    return None


def _nearest_medium(ch: Chains, ctx: Context, by_sent, a: Cand, window: int) -> int | None:
    """'told PTI ... was quoted as saying by the news agency': a description of a news medium
    names the medium the text just named, not a body that is more often the subject; 'the
    newspaper' a paper ('told the Hartfield Gazette ... According to the newspaper'), never a
    station named nearer."""
    if not a.key or a.key.split()[-1] not in _MEDIUM_HEADS:
        return None
    kind = a.key.split()[-1]
    for i in _candidates(ch, by_sent, a, window):
        c = ch.cands[i]
        inf = ch.of(c)
        if c.key in _PLATFORM_KEYS or not _usable(ch, a, i) or not inf.named or c.plural \
                or inf.type not in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT"):
            continue
        name = ctx.text[c.start:c.end]
        fits = _kind_fits(kind, name)  # (the tagger may call a paper's title a building)
        if fits is True or fits is None and inf.type == "ORG" and looks_like_medium(name):
            return i
    return None


def _same_description_before(ch: Chains, a: Cand) -> int | None:
    """'the company announced' ... two paragraphs on, 'The company said': past the window,
    the same description still names the body it named last, if no other body of the
    article was called so."""
    for i in range(ch.index[id(a)] - 1, -1, -1):
        c = ch.cands[i]
        if c.kind != "nominal" or c.key != a.key or c.start >= a.start:
            continue
        inf = ch.of(c)
        return i if inf.named and inf.type == "ORG" else None
    return None


def _only_body_of_kind(ch: Chains, a: Cand) -> int | None:
    """'The airline, in a statement, said' far below the lede's 'a SkyVista Airways flight':
    when one organisation of that kind is named before, however far, it is the one."""
    kin = L.ORG_ANAPHOR_KIN.get(a.key, frozenset()) | {L.singular(a.key)}
    found: dict[int, int] = {}
    for i in ch.names:
        c = ch.cands[i]
        if c.start >= a.start:
            break
        inf = ch.of(c)
        if inf.named and inf.type == "ORG" and not c.plural and kin & inf.words:
            found.setdefault(ch.find(i), i)
    return next(iter(found.values())) if len(found) == 1 else None


_POSSESSIVES = frozenset("his her their its my our your".split())


def resolve_nominal(ch: Chains, ctx: Context, by_sent, a: Cand) -> None:
    # "his wife", "her lawyer": someone related to the possessor, never the possessor, and
    # nobody the salience order can name; only an appositive or a premodifier links them
    if ctx.text[a.start:a.end].split(" ", 1)[0].lower() not in _POSSESSIVES:
        _resolve_person_nominal(ch, ctx, by_sent, a)
    ch.resolved[ch.index[id(a)]] = True  # unresolved, it still competes for "he"/"she"


def _resolve_person_nominal(ch: Chains, ctx: Context, by_sent, a: Cand) -> None:
    if not a.definite:
        j = _cataphora(ch, ctx, a)
        if j is not None:
            _attach(ch, a, j)
        return
    if a.key in PREDICATE_ROLES and a.definite and not a.mods:
        hits = _role_matches(ch, a)
        if len(hits) == 1:
            _attach(ch, a, hits[0])  # 'the witness' after 'X was giving evidence'
            return
    if a.key in L.ROLE_NOUNS:
        hits = _role_matches(ch, a)
        if len(hits) > 1:
            hits = by_tenure(ch, ctx, a, hits)
        if len(hits) > 1:
            near = [i for i in hits if ch.of(ch.cands[i]).sents & {a.sent, a.sent - 1}]
            hits = near if len(near) == 1 else []
        if len(hits) == 1:
            _attach(ch, a, hits[0])
            return
        j = _cataphora(ch, ctx, a)
        if j is None and a.key in L.ORG_ANAPHORS and not hits:
            j = org_by_head(ch, a)
        if j is not None:
            _attach(ch, a, j)
        if j is not None or not _aged(ctx, a):
            return  # an unmatched office is left alone rather than guessed from salience
    if a.key not in L.ROLE_NOUNS:
        # 'a lawyer who represents Zambia striker Peter Mwale ... The striker himself': the one
        # named person the word described already, not the more salient one around him
        hits = _premodified_by(ch, ctx, a)
        if len(hits) == 1:
            _attach(ch, a, hits[0])
            return
    if any(s < a.start for s in ctx.introduced.get(a.key, ())):
        return  # "a man ... the man": a new, unnamed person
    if _bare(ctx, a):
        return  # a bare "the woman" is as often someone left unnamed on purpose
    if a.key in L.OWNER_NOUNS and a.definite:
        return  # "the ship's owner" is not whoever spoke last (the second mate)
    for i in _candidates(ch, by_sent, a, DESCRIPTION_WINDOW, narrated=True):
        c = ch.cands[i]
        if c.sent == a.sent and ctx.toks[c.head].dep_ == "poss":
            continue  # 'Pressed on the minister's claim, the retired corporal laughed'
        if _usable(ch, a, i) and _fits(ch, a, i):
            if ch.of(ch.cands[i]).named or ch.cands[i].pseudo:
                _attach(ch, a, i)
            return


def resolve(ctx: Context) -> list[list[Cand]]:
    """The chains of one article; each is a list of candidates in text order."""
    ch = Chains(ctx.cands)
    link_names(ch, ctx)
    for i, c in enumerate(ctx.cands):
        if c.link is not None:
            ch.union(ch.index[id(c.link)], i)
    give_roles(ch, ctx)
    predicate_roles(ch, ctx)
    by_sent = _sentence_index(ch)
    for c in ctx.cands:
        if c.kind == "nominal" and c.link is None and c.speech and c.key in L.OWNER_NOUNS \
                and not c.plural and _owner_cataphora(ch, c):
            continue
        if c.kind == "pronoun":
            resolve_pronoun(ch, ctx, by_sent, c)
        elif c.kind == "nominal" and c.link is None and not c.pseudo and c.person \
                and not c.plural:
            resolve_nominal(ch, ctx, by_sent, c)
        elif c.kind == "nominal" and c.orgref and c.link is None:
            resolve_org_nominal(ch, ctx, by_sent, c)
    return [sorted(g, key=lambda c: (c.start, -c.end)) for g in ch.groups()]
