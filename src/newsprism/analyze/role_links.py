"""Offices the text hands a named person ('named X as interim chairperson', 'X became
governor', 'Y replaced X as minister'), and 'the regulator' for the body so named.

Inputs: chains.Chains after names are linked, and the mentions.Context of one article;
chains.py calls give_roles before it resolves role NPs, then by_tenure and org_by_head.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon_roles as L
from .mentions import Cand, Context, _content_mods

if TYPE_CHECKING:
    from .chains import Chains, Info


def _top(votes: dict[str, float]) -> str:
    return max(votes, key=votes.get) if votes else ""


# 'named/appointed/elected X (as) chairperson', 'X was made head of ...': the object (or the
# passive subject) takes the office written after it
_APPOINT_VERBS = frozenset("name appoint elect make nominate choose select pick install "
                           "promote tap confirm designate".split())
_BECOME_VERBS = frozenset("become be remain".split())
_SUCCEED_VERBS = frozenset("replace succeed".split())
_LEAVE_VERBS = frozenset("resign quit step retire".split())  # 'resigned as chairman
_NEW_WORDS = frozenset("new incoming interim acting newly incumbent current".split())
_OLD_WORDS = frozenset("outgoing former previous ousted departing predecessor erstwhile".split())
NEW, OLD = "+new", "+old"   # markers kept among a role's modifiers; no word is spelt so
_ROLE_WINDOW = 6            # tokens after the name within which its office must start


def _role_after(ctx: Context, after: int, sent_end: int):
    """The role noun that opens the phrase starting at token ``after`` ('as the new interim
    chairperson of ...'), with the tenure words read on the way; (None, ...) if none."""
    marks = set()
    for k in range(after, min(sent_end, after + _ROLE_WINDOW)):
        t = ctx.toks[k]
        low = t.lower_
        if low in _NEW_WORDS:
            marks.add(NEW)
        elif low in _OLD_WORDS:
            marks.add(OLD)
        if _is_role(t):
            nxt = ctx.toks[k + 1] if k + 1 < sent_end else None
            if nxt is not None and (_is_role(nxt) or _hyphen_role(ctx, k)
                                    or nxt.tag_ == "POS"):
                continue  # 'board chairperson': the last noun of the compound is the office
            return t, marks
        if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod", "poss") and k > after:
            break  # 'the president's nephew': the phrase's own noun is no office
        if t.pos_ in ("VERB", "AUX") or low in (";", ":", "(") or t.pos_ == "PROPN" and k > after:
            break
        if t.pos_ not in ("ADP", "DET", "ADJ", "NOUN", "PUNCT", "ADV", "CCONJ") \
                and t.dep_ != "poss" or \
                low in (",", ".") and k > after:
            break
    return None, marks


def _as_after(ctx: Context, k: int, sent_end: int):
    """The first 'as' past an apposition, before any verb: where the office is given."""
    for j in range(k, min(sent_end, k + 25)):
        t = ctx.toks[j]
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.lower_ == "as":
            return t
    return None


def _hyphen_role(ctx: Context, k: int) -> bool:
    """'secretary-general': three tokens, the office named by the last."""
    t = ctx.toks[k]
    return k + 2 < len(ctx.toks) and ctx.toks[k + 1].text == "-" and not t.whitespace_ \
        and not ctx.toks[k + 1].whitespace_ and ctx.toks[k + 2].is_alpha


def _is_role(t) -> bool:
    if t.i >= 2 and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_ \
            and _is_role(t.nbor(-2)):
        return True  # the tail of 'secretary-general', as mentions.py keys that NP
    # the tagger calls a lower-case 'minister' after 'as' a proper noun now and then
    return (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.text.islower()) \
        and _role_word(t) in L.ROLE_NOUNS


def _role_word(t) -> str:
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_ \
            and not doc[t.i + 1].whitespace_:
        joined = f"{t.lower_}-{doc[t.i + 2].lower_}"
        if joined in L.ROLE_NOUNS:
            return joined  # 'secretary-general' comes as three tokens
    lem = t.lemma_.lower()
    return lem if lem in L.ROLE_NOUNS else t.lower_


def _tenure_of(ctx: Context, c: Cand) -> set[str]:
    """'the outgoing chairman, X': the tenure words inside a role NP."""
    words = ctx.text[c.start:c.end].lower().split()
    return ({NEW} if _NEW_WORDS.intersection(words) else set()) | \
        ({OLD} if _OLD_WORDS.intersection(words) else set())


def give_roles(ch: Chains, ctx: Context) -> None:
    """Offices the text hands a named person by apposition ('X, treasurer of Y'), by
    appointment ('named X as interim chairperson'), by 'X became governor', or by succession
    ('Y replaced X as minister': Y new, X former); later 'the new chairperson' finds X."""
    for i in ch.names:
        c = ch.cands[i]
        inf = ch.info[ch.find(i)]
        if c.quote >= 0 or _top(inf.votes) != "PERSON" and not _maybe_person(c, inf):
            continue
        span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        head, sent_end = span.root, span.sent.end
        # 'Her successor, Kenji Sato, was appointed ...': the phrase the name stands beside
        # carries the clause's role
        slot = head.head if head.dep_ == "appos" and head.head.i < head.i else head
        verb = slot.head
        got, appos = None, False
        if slot.dep_ in ("dobj", "nsubjpass", "oprd") and verb.lemma_.lower() in _APPOINT_VERBS:
            got = _role_after(ctx, span.end + (ctx.toks[span.end].lower_ == "as"
                                               if span.end < sent_end else 0), sent_end)
            if got[0] is None and slot.dep_ == "nsubjpass":
                got = _role_after(ctx, verb.i + 1, sent_end)
            as_ = _as_after(ctx, span.end, sent_end) if got[0] is None else None
            if as_ is not None:
                # 'named Saira Qureshi, a former Test umpire, as interim chairperson': past
                # the apposition (whose 'former' is the umpire's) to the office given
                got = _role_after(ctx, as_.i + 1, sent_end)
        elif head.dep_ == "compound" and verb.i == span.end and _is_role(verb) \
                and verb.dep_ in ("dobj", "oprd") and verb.head.lemma_.lower() in _APPOINT_VERBS:
            got = (verb, set())  # 'appointed Dmitri Volkan head of ...' parsed as one NP
        elif head.dep_ == "nsubj" and verb.lemma_.lower() in _BECOME_VERBS and verb.i > head.i:
            got = _role_after(ctx, verb.i + 1, sent_end)
        elif head.dep_ == "nsubj" and verb.lemma_.lower() in _LEAVE_VERBS and verb.i > head.i:
            as_ = _as_after(ctx, verb.i + 1, sent_end)
            if as_ is not None:
                role, marks = _role_after(ctx, as_.i + 1, sent_end)
                got = (role, marks | {OLD})  # whoever resigns as X holds it no more
        elif span.end + 1 < sent_end and ctx.toks[span.end].text == ",":
            role, marks = _role_after(ctx, span.end + 1, sent_end)
            appos = True
            if role is not None and (role.dep_ == "appos" and role.head.i in range(span.start, span.end)
                                     or role.head.i == head.i):
                got = (role, marks)
        if head.dep_ in ("nsubj", "dobj") and verb.lemma_.lower() in _SUCCEED_VERBS:
            _succession(ch, ctx, verb, sent_end)
        if got and got[0] is not None:
            role, marks = got[0], set(got[1])
            if not appos and OLD not in marks:
                marks.add(NEW)  # whoever is appointed, or becomes, holds the office now
            if _top(inf.votes) != "PERSON":
                if appos:
                    continue  # apposition alone does not make 'Ade Okafor' (GPE) a person
                _make_person(ch, i)
            key = _role_word(role)
            inf.roles.append((key, _content_mods_of(role) | _phrase_mods(ctx, role, key) | marks))
    for c in ch.cands:
        if c.kind == "nominal" and c.link is not None and c.person:
            marks = _tenure_of(ctx, c)
            if marks:
                ch.of(c).roles.append((c.key, c.mods | marks))


# Roles a clause hands its subject rather than an office: whoever gives evidence is, from
# then on, 'the witness' of a hearing report.
PREDICATE_ROLES = frozenset({"witness"})
_EVIDENCE_NOUNS = frozenset("evidence testimony".split())


def predicate_roles(ch: Chains, ctx: Context) -> None:
    """'X was giving evidence', 'X testified': the chain of X becomes the witness."""
    for i in ch.names:
        c = ch.cands[i]
        span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
        if c.quote >= 0 or span is None or span.root.dep_ != "nsubj":
            continue
        verb = span.root.head
        lemma = verb.lemma_.lower()
        if lemma == "testify" or lemma == "give" and any(
                k.dep_ == "dobj" and k.lemma_.lower() in _EVIDENCE_NOUNS for k in verb.children):
            inf = ch.info[ch.find(i)]
            if _top(inf.votes) == "PERSON":
                inf.roles.append(("witness", frozenset()))


def _content_mods_of(role) -> frozenset[str]:
    """The role's own compound and adjective words ('finance' in 'finance minister')."""
    return frozenset(t.lower_ for t in role.lefts if t.dep_ in ("compound", "amod")
                     and t.lower_ not in _NEW_WORDS and t.lower_ not in _OLD_WORDS
                     and t.lower_ not in L.FUNCTION_WORDS and t.pos_ in ("NOUN", "ADJ", "PROPN")
                     and not t.lower_ in ("top", "senior", "then"))


def _maybe_person(c: Cand, inf: Info) -> bool:
    """A two-word name the tagger typed weakly as a place or body ('Ade Okafor' GPE), with
    no organisation word in it: an office given to it may still show it is a person."""
    words = c.key.split()
    return len(words) >= 2 and max(inf.votes.values(), default=0) < 3 and \
        not any(L.singular(w) in L.ORG_WORDS for w in words)


def _make_person(ch: Chains, i: int) -> None:
    """The whole chain of name ``i`` becomes a person, for the entity built from its votes."""
    root = ch.find(i)
    for k in ch.names:
        if ch.find(k) == root:
            ch.cands[k].votes = {"PERSON": max(1.0, ch.cands[k].votes.get("PERSON", 0.0))}
    ch.info[root].votes = {"PERSON": float(len(ch.info[root].sents))}


def _phrase_mods(ctx: Context, role, key: str) -> frozenset[str]:
    """The modifiers mentions.py would key a role NP by ('secretary' of 'secretary-general'),
    read back to the phrase's first word."""
    k = role.i
    while k > 0 and ctx.toks[k - 1].pos_ in ("NOUN", "ADJ", "PUNCT") and ctx.toks[k - 1].text != ",":
        k -= 1
    return _content_mods(ctx.toks[k:role.i + 1], key)


def _succession(ch: Chains, ctx: Context, verb, sent_end: int) -> None:
    """'Y replaced X as minister of works': Y holds the office now, X held it before."""
    subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    obj = next((t for t in verb.children if t.dep_ == "dobj"), None)
    prep = next((t for t in verb.children if t.dep_ == "prep" and t.lower_ == "as"), None)
    if subj is None or obj is None or prep is None:
        return
    role, _ = _role_after(ctx, prep.i + 1, sent_end)
    if role is None:
        return
    for tok, mark in ((subj, NEW), (obj, OLD)):
        for k in ch.names:
            if ch.cands[k].head == tok.i:
                inf = ch.info[ch.find(k)]
                if _top(inf.votes) != "PERSON":
                    if not _maybe_person(ch.cands[k], inf):
                        continue
                    _make_person(ch, k)
                if (_role_word(role), frozenset({mark})) not in inf.roles:
                    inf.roles.append((_role_word(role), _content_mods_of(role) | {mark}))


def by_tenure(ch: Chains, ctx: Context, a: Cand, hits: list[int]) -> list[int]:
    """'the new chairperson' beside 'the outgoing chairman': keep the holders whose office
    was given with the same tenure as the NP's."""
    want = _tenure_of(ctx, a)
    if len(want) != 1:
        return hits
    kin = L.role_kin(a.key) | {a.key}
    other = {NEW, OLD} - want
    keep = [i for i in hits if any(lemma in kin and want <= mods
                                   for lemma, mods in ch.of(ch.cands[i]).roles)]
    # 'the new chief executive' after 'X, the former chief executive': whoever was not
    # called former
    keep = keep or [i for i in hits if not any(lemma in kin and other <= mods
                                               for lemma, mods in ch.of(ch.cands[i]).roles)]
    return keep or hits


def org_by_head(ch: Chains, a: Cand) -> int | None:
    """'the regulator' for 'the Energy Market Regulator': an office word that is also the
    last word of one organisation named before stands for that body."""
    found: dict[int, int] = {}
    for i in ch.names:
        c = ch.cands[i]
        if c.start >= a.start:
            break
        inf = ch.of(c)
        if inf.named and inf.type == "ORG" and not c.plural and c.key.split() \
                and L.singular(c.key.split()[-1]) == L.singular(a.key):
            found.setdefault(ch.find(i), i)
    return next(iter(found.values())) if len(found) == 1 else None
