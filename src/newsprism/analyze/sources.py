"""Who spoke and through whom: resolves each attribution's source phrase to a speaker (through
coreference) and finds the intermediaries (via) — agencies, state media, websites — nearest first.

Input: attribution.Cand candidates with their spaCy tokens, the entities stage's Coref lookup and
the article's outlet. quotes.py calls these after it has merged clause and quotation-mark candidates.
"""
from __future__ import annotations

import re

from ..records import Speaker, Via
from . import cues
from .attribution import Cand, agent_of, lemma_of, source_span, text_of, tokens_span, trim


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


# ---------------------------------------------------------------- via chains

def _medium_phrase(tok) -> tuple[int, int] | None:
    """The span of a noun phrase if it names a medium ('the Tasnim news agency')."""
    s, e = tokens_span(tok.subtree)
    s, e = trim(text_of(tok.doc), s, e)
    text = text_of(tok.doc)[s:e]
    head = tok.lower_ in cues.MEDIA_NOUNS or tok.lemma_.lower() in cues.MEDIA_NOUNS
    if not head and not (tok.pos_ == "PROPN" or cues.is_media_name(text)):
        return None  # 'a statement on its website': the website is the medium, found below
    # Relative clauses and long appositions are not part of the medium's name.
    for cut in (",", " which ", " that ", " who "):
        k = text.find(cut)
        if k > 0:
            e = s + k
            text = text[:k]
    return (s, e) if cues.looks_like_medium(text) and not cues.is_audience(text) else None


def _preps_deep(tok, depth: int = 3):
    """Prepositional objects under a token, following nested phrases and participles
    ('in a statement posted on his official website')."""
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in ("prep", "agent", "acl", "dative") and c.i > tok.i:
                    for g in c.children:
                        if g.dep_ in ("pobj", "prep"):
                            yield c, g
                            nxt.append(g)
                    nxt.append(c)
        frontier = nxt


def via_for(cand: Cand) -> list[tuple[int, int]]:
    """Intermediaries named in the cue's own clause, nearest the cue first."""
    tok = cand.cue_tok
    if tok is None or cand.origin == "according":
        return []
    found: list[tuple[int, int]] = []
    # "told Reuters", "told state TV": the addressee is a medium, not an audience.
    if tok.lemma_.lower() in ("tell", "say", "speak"):
        for c in tok.children:
            if c.dep_ in ("dobj", "dative", "iobj"):
                m = _medium_phrase(c)
                if m:
                    found.append(m)
    # "said in a statement posted on his website", "said on state television",
    # "in an interview with the BBC", "was quoted by Tasnim".
    for prep, obj in _preps_deep(tok):
        if obj.dep_ != "pobj":
            continue
        m = _medium_phrase(obj)
        if m:
            found.append(m)
    # "was quoted by Fars as saying": the agent of the quoting verb above the cue.
    up = tok
    for _ in range(3):
        if up.head is up:
            break
        up = up.head
        if lemma_of(up) in ("quote", "cite"):
            agent = agent_of(up)
            m = _medium_phrase(agent) if agent is not None else None
            if m:
                found.append(m)
            break
    # ", according to the Tasnim news agency" hanging off the cue verb or its sentence.
    text = text_of(tok.doc)
    for t in tok.sent:
        between = text[min(t.idx, tok.idx):max(t.idx, tok.idx)]
        if t.lower_ == "according" and t.i > tok.i - 1 and "\n" not in between:
            to = next((c for c in t.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if pobj is not None:
                found.append(source_span(pobj))
    # ", citing X" / "cited by X".
    for t in tok.sent:
        between = text[min(t.idx, tok.idx):max(t.idx, tok.idx)]
        if t.lemma_.lower() in ("cite", "quote") and t.i > tok.i and "\n" not in between:
            for c in t.children:
                if c.dep_ in ("dobj", "agent"):
                    target = c if c.dep_ == "dobj" else next(
                        (g for g in c.children if g.dep_ == "pobj"), None)
                    if target is not None:
                        m = _medium_phrase(target)
                        if m:
                            found.append(m)
    out: list[tuple[int, int]] = []
    for m in sorted(found, key=lambda m: abs(m[0] - tok.idx)):
        if m not in out and not (cand.source and _overlaps(m, cand.source)):
            out.append(m)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def is_medium_span(doc, span: tuple[int, int] | None) -> bool:
    return span is not None and cues.looks_like_medium(text_of(doc)[span[0]:span[1]])


# ---------------------------------------------------------------- speakers

def _name_fallback(doc, tok, span: tuple[int, int]) -> str:
    """A readable name for a source no entity covers: the proper-name run around the
    head, else the phrase up to its first comma."""
    if tok is not None and tok.pos_ == "PROPN":
        run = [tok]
        left = tok.i - 1
        while left >= 0 and doc[left].pos_ == "PROPN" and doc[left].head.i in {t.i for t in run}:
            run.insert(0, doc[left])
            left -= 1
        right = tok.i + 1
        while right < len(doc) and doc[right].pos_ == "PROPN" and doc[right].dep_ in (
                "flat", "compound") and doc[right].head.i == tok.i:
            run.append(doc[right])
            right += 1
        return text_of(doc)[run[0].idx:run[-1].idx + len(run[-1].text)]
    phrase = text_of(doc)[span[0]:span[1]]
    return phrase.split(",")[0].strip()


def _entity_for(coref, doc, tok, span):
    """The entity of the source's head word; a name inside the phrase ('the authority of
    Valmora') is not the speaker."""
    if coref is None:
        return None
    if tok is not None:
        return coref.entity_at(tok.idx, tok.idx + len(tok.text))
    return coref.entity_at(*span)


class Speakers:
    """Resolves source spans to entities, remembering recent speakers for pronouns."""

    def __init__(self, doc, coref, quotes_so_far: list) -> None:
        self.doc, self.coref = doc, coref
        self.recent: list[tuple[int, Speaker]] = []
        self.quoted = quotes_so_far  # (content span, Speaker) of direct quotes

    def resolve(self, cand: Cand) -> Speaker:
        if cand.source is None:
            return Speaker(None, None, None, None)
        s, e = cand.source
        text = text_of(self.doc)[s:e].strip()
        low = text.lower()
        tok = cand.src_tok
        if low in cues.PRONOUNS_FIRST:
            outer = self._enclosing(s)
            if outer is not None:
                return Speaker(outer.entity, outer.name, s, e)
        ent = _entity_for(self.coref, self.doc, tok, (s, e))
        if ent is not None:
            sp = Speaker(ent.id, ent.name, s, e)
        elif low in cues.PRONOUNS_THIRD or (tok is not None and tok.pos_ == "PRON"):
            prev = self._recent_for(s)
            sp = Speaker(prev.entity, prev.name, s, e) if prev else Speaker(None, None, s, e)
        else:
            sp = Speaker(None, _name_fallback(self.doc, tok, (s, e)), s, e)
        if sp.name:
            self.recent.append((s, sp))
        return sp

    def _enclosing(self, pos: int) -> Speaker | None:
        for (qs, qe), sp in self.quoted:
            if qs <= pos < qe and sp.name:
                return sp
        return None

    def _recent_for(self, pos: int) -> Speaker | None:
        """The last named speaker within ~600 characters: news prose introduces a source by
        name, then goes on with 'he said'."""
        for at, sp in reversed(self.recent):
            if at < pos and pos - at < 600:
                return sp
        return None


# ---------------------------------------------------------------- via records and chains

def via_records(doc, coref, spans, outlet: str | None) -> tuple[Via, ...]:
    out: list[Via] = []
    own = _norm_outlet(outlet)
    for s, e in spans:
        # The entity of the phrase's last word: 'Iranian media' is not Iran, 'his website'
        # is not its owner.
        ent = coref.entity_at(e - 1, e) if coref is not None else None
        if ent is None and coref is not None:
            # 'the Tasnim news agency': the agency's own name inside the phrase.
            ent = next((en for m, en in coref.mentions_in(s, e)
                        if cues.is_media_name(text_of(doc)[m.start:m.end])), None)
        name = ent.name if ent is not None else re.sub(r"^(the|a|an)\s+", "",
                                                       text_of(doc)[s:e].strip(), flags=re.I)
        if own and _norm_outlet(name) == own:
            continue  # the article's own outlet is where the words end, not a relay
        if all(v.name != name for v in out):
            out.append(Via(ent.id if ent is not None else None, name, s, e))
    return tuple(out)


def _norm_outlet(name: str | None) -> str:
    if not name:
        return ""
    low = name.lower().strip()
    low = re.sub(r"^(https?://)?(www\.)?", "", low)
    low = re.sub(r"\.(com|org|net|co\.uk|co\.il|ru|ir|de|fr)(/.*)?$", "", low)
    return re.sub(r"^the\s+", "", low).replace(" ", "")


def chain_vias(doc, cands: list[Cand]) -> None:
    """Adds intermediaries from the structure of the text: a medium whose reported content
    holds another attribution ('state media reported that the minister said ...'), and a
    content-less '..., Tasnim reported.' right after a quote."""
    for c in cands:
        c.via = via_for(c)
    media = [c for c in cands if c.source and cues.looks_like_medium(text_of(doc)[c.source[0]:
                                                                             c.source[1]])]
    for c in cands:
        for m in media:
            if m is c or c.cue is None:
                continue
            if _inside(c.cue, m.content) and m.source not in c.via:
                c.via.append(m.source)


def relay_sentences(doc, cands: list[Cand]) -> None:
    """'Tasnim News Agency reported.' / 'Iranian media reported' with no complement of its
    own: the medium relayed the attribution just before it."""
    for tok in doc:
        if tok.lemma_.lower() not in cues.RELAY_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(ch.dep_ in ("ccomp", "xcomp") or (
                ch.dep_ == "dobj" and ch.lemma_.lower() not in cues.ANAPHORIC_OBJECTS)
               for ch in tok.children):
            continue
        subj = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
        if subj is None:
            continue
        span = source_span(subj)
        if not cues.looks_like_medium(text_of(doc)[span[0]:span[1]]):
            continue
        prev = [c for c in cands if c.cue and c.cue[1] <= tok.idx and c.source != span
                and tok.idx - c.cue[1] < 300]
        if prev and span not in prev[-1].via:
            prev[-1].via.append(span)


__all__ = ["Speakers", "via_for", "via_records", "chain_vias", "relay_sentences", "is_medium_span"]
