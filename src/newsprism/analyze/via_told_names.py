"""Names an attribution's verb is told or quoted by that read as an outlet: an all-capital
agency ('was quoted by KTA'), a name the article gives once ('told Asharq Al-Awsat'), a named
organisation ('told the Financieele Dagblad'), a name with the media noun the parser left outside
('told the Handelsblatt daily'). Moved out of vias.py (which uses them) unchanged.
"""
from __future__ import annotations

import re

from . import cues
from . import lexicon_roles as L
from .attribution import text_of, tokens_span, trim


def _own_words(tok) -> int:
    """How many words a name has, not counting its article or a clause hung on it."""
    return sum(1 for t in tok.subtree if not any(
        a.dep_ in ("acl", "relcl") and a.head.i == tok.i for a in [t, *t.ancestors]
        if a.i != tok.i and tok.is_ancestor(a)) and not (t.dep_ == "det" and t.head.i == tok.i))


def _acronym(tok) -> tuple[int, int] | None:
    """'was quoted by KTA': an all-capital name that quotes someone is an agency."""
    if tok.pos_ == "PROPN" and tok.text.isupper() and len(tok.text) >= 2 \
            and tok.ent_type_ != "PERSON" and _own_words(tok) == 1:
        return tok.idx, tok.idx + len(tok.text)
    return None


_MEMBERS = re.compile(r"[A-Z]{2,4}s")


def _unfamiliar_name(tok) -> tuple[int, int] | None:
    """'told Asharq Al-Awsat': a name told something, which the tagger took for a person but
    which the article never names again and which starts with no known given name, is the
    outlet that interviewed the speaker (people told things are introduced elsewhere: news
    style gives a person's full name, often with a title, before a bare 'Putin')."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "") or _MEMBERS.fullmatch(tok.text):
        return None  # 'told MSPs', 'told MPs': the members of a house, an audience
    based = {t.i for k in tok.children if k.dep_ == "amod" and k.lower_.endswith("based")
             for t in k.subtree}  # 'told Kumasi-based Akwaaba FM': where it is, not its name
    sub = [t for t in tok.subtree
           if not (t.dep_ == "det" and t.lower_ == "the") and t.i not in based]
    words = [t for t in sub if t.pos_ == "PROPN" or t.text == "-"]
    if len(sub) == 1 and words and words[0].text.isalpha() and words[0].text.islower() \
            and not words[0].is_stop and len(words[0].text) > 3:
        return tok.idx, tok.idx + len(tok.text)  # 'told franceinfo': a name styled lower case
    if not words or words != sub or not words[0].text[:1].isupper():
        return None  # 'UN Secretary-General Antonio Guterres': a titled person
    if any(t.lower_ in L.TITLES or t.lower_ in L.ROLE_NOUNS for t in words):
        return None
    if L.gender_of_first_name(words[0].text) is not None:
        return None
    before = tok.doc[words[0].i - 1] if words[0].i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.text.islower() \
            and before.lower_ not in cues.MEDIA_NOUNS:
        return None  # 'told host Raj Patel', 'told anchor Li Wen': a bare title before a person
    s, e = words[0].idx, words[-1].idx + len(words[-1].text)
    text = text_of(tok.doc)
    # counted as whole words: 'CNN Turk' in a story about Turkey is still named once
    if any(len(re.findall(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text)) > 1
           for w in (text[s:e], words[-1].text)):
        return None
    return s, e


_PAPER_WORDS = frozenset("news times post herald tribune gazette journal telegraph".split())


_TITLE_TYPES = frozenset(("", "WORK_OF_ART", "LAW", "PRODUCT"))
# Chambers and benches one addresses, whose names carry no word of ORG_WORDS: 'told the House
# of Representatives', 'told the Lok Sabha', 'told the Magistrates' Court' are audiences in session
CHAMBER_WORDS = frozenset("""house representatives commons lords delegates deputies magistrates
    magistrate sabha majlis duma knesset legislature legislative""".split())


def _named_org(tok) -> tuple[int, int] | None:
    """'told the Financieele Dagblad': a named organisation someone speaks to is, in news
    prose, the outlet that interviewed them (institutions one addresses excepted)."""
    if tok.pos_ != "PROPN" or not (tok.ent_type_ == "ORG" or (
            tok.ent_type_ in _TITLE_TYPES and any(c.lower_ == "the" for c in tok.lefts))
            or _place_led_title(tok)):
        return None  # (a paper's title may be tagged a work, a law or a product: 'the Evening Star')
    s, e = tokens_span(tok.subtree)
    s, e = trim(text_of(tok.doc), s, e)
    words = text_of(tok.doc)[s:e].lower().split()
    if any((w in L.ORG_WORDS or w in L.ORG_NOUNS or w.rstrip("'’") in CHAMBER_WORDS)
           and w not in cues.MEDIA_NOUNS and w not in _PAPER_WORDS for w in words):
        return None  # 'told the Security Council', 'told the ministry'
    return s, e


def _place_led_title(tok) -> bool:
    """'told the Trinidad and Tobago Newsday': a title opening with a place's name, which the
    tagger took for the place, ends on a capitalised word that is no place: the place is only
    part of the name."""
    if tok.ent_type_ != "GPE" or not any(c.lower_ == "the" for c in tok.lefts):
        return False
    last = max(tok.subtree, key=lambda t: t.i)
    return last.i > tok.i and last.pos_ == "PROPN" and last.ent_type_ == "" \
        and last.text[:1].isupper()


def _described_after(tok) -> tuple[int, int] | None:
    """'told the Handelsblatt daily': a name followed by the media noun the parser left
    outside its phrase is that medium."""
    if tok.pos_ != "PROPN":
        return None
    end = tokens_span(tok.subtree)[1]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.idx < end or nxt.lower_ not in cues.MEDIA_NOUNS:
        return None
    return tok.idx, nxt.idx + len(nxt.text)


def _plain_name(tok, allow) -> tuple[int, int] | None:
    """tok's phrase when it is capitalised name words only (plus the tokens allow lets in),
    with no title, role noun or known given name in it: a name a person would not bear."""
    sub = [t for t in tok.subtree if not (t.dep_ == "det" and t.lower_ == "the")
           and not (t.dep_ == "case" and t.head.i == tok.i)]
    words = [t for t in sub if not allow(t)]
    if tok.pos_ != "PROPN" or not words or any(t.pos_ != "PROPN" for t in words) \
            or not words[0].text[:1].isupper():
        return None
    if any(t.lower_ in L.TITLES or t.lower_ in L.ROLE_NOUNS for t in words) \
            or L.gender_of_first_name(words[0].text) is not None:
        return None
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _numbered_name(tok) -> tuple[int, int] | None:
    """'told Khabar 24', 'told France 24 that': a name with a number after it is a channel's;
    people's names carry none."""
    if not any(k.dep_ == "nummod" and k.i == tok.i + 1 and k.text.isdigit()
               for k in tok.children):
        return None
    return _plain_name(tok, lambda t: t.i == tok.i + 1)


# the broadcast a possessor's name owns: 'told Btv's evening news', 'on KTN's bulletin'
BROADCAST_HEADS = frozenset("news bulletin newscast programme program broadcast".split())


def _broadcaster(owner, head) -> tuple[int, int] | None:
    """'told Btv's evening news that': the name owning a news broadcast is the broadcaster,
    whatever the tagger took it for."""
    if head.lower_ not in BROADCAST_HEADS or owner.dep_ != "poss":
        return None
    return _plain_name(owner, lambda t: False)
