"""Words a channel, wire or registry carried: 'an address broadcast on TVN', 'remarks carried
by Prensa Latina', 'a filing to the Tokyo Stock Exchange', 'a speech broadcast by TV Senado'.
Moved out of vias.py (session 17) to keep it under ~880 lines; vias re-exports _CARRYING.
"""
from __future__ import annotations

from .attribution import lemma_of, text_of, tokens_span, trim

# 'a statement read out on KBC': words read on air went out through the station
# ('livestreamed': the tagger's lemma is 'livestreame')
_CARRYING = frozenset("broadcast air carry publish post televise stream livestream livestreame "
                      "run read".split())
# 'said in a filing to Bursa Malaysia': the exchange or registry that published the filing
_FILINGS = frozenset("filing disclosure submission notice".split())
# 'released through', 'issued via': words handed to someone else to put out
_PASSED_ON = _CARRYING | frozenset("release issue distribute circulate send share".split())


def _carried_on(prep, obj) -> tuple[int, int] | None:
    """'an address broadcast on TVN', 'remarks carried by Prensa Latina', 'a filing to the
    Tokyo Stock Exchange': whatever carries the words is a medium, named or not."""
    filed = prep.lower_ in ("to", "with") and lemma_of(prep.head) in _FILINGS
    # 'a statement released through the funeral home': whoever it went out through passed it on
    behalf = prep.lower_ == "by" and _on_behalf(prep.head)
    passed = prep.lower_ in ("through", "via") and lemma_of(prep.head) in _PASSED_ON or behalf
    if not (filed or passed) and (prep.lower_ not in ("on", "by")
                                  or lemma_of(prep.head) not in _CARRYING) \
            or obj.ent_type_ == "PERSON" and not behalf:
        return None
    if obj.pos_ == "NOUN" and passed:
        return trim(text_of(obj.doc), *tokens_span(obj.subtree))  # 'through the club'
    if obj.pos_ != "PROPN":
        # 'read out on the state broadcaster VTN': the common noun's named apposition
        named = [c for c in obj.children if c.dep_ == "appos" and c.i == obj.i + 1
                 and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"]
        return trim(text_of(obj.doc), obj.left_edge.idx, named[0].idx + len(named[0])) \
            if named else None
    return trim(text_of(obj.doc), *tokens_span(obj.subtree))


def _on_behalf(verb) -> bool:
    """'a statement issued by the police on behalf of the family': whoever issued words
    on someone else's behalf passed them on."""
    return lemma_of(verb) in _PASSED_ON and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "behalf" for g in c.children)
        for c in verb.children)


def _bare_agent(dep, kids) -> bool:
    """A participle with its 'by' agent and no subject or auxiliary of its own ('a speech to
    the Senate broadcast by TV Senado', which the tagger may take for a noun object or a
    clause of the cue), not a clause reporting that something was broadcast."""
    deps = {dep[g] for g in kids}
    return "agent" in deps and not deps & {"nsubj", "nsubjpass", "aux", "auxpass"}
