"""Persian verbs of saying split around their content: 'X خواستار Y شد' (X called for Y), the
demand standing between the noun 'خواستار' and its light verb, so no contiguous cue holds it.
Inputs: one sentence of ml_quotes._find and its helpers (speaker_in, find_vias, the rules).
"""
from __future__ import annotations

import re

from ..records import Span, Speaker

# 'خواستار ... شد': the demand runs to the light verb that closes the sentence.
_DEMAND = re.compile(r"(?<!\S)خواستار\s+(?P<c>[^.!?؟\n«»\"]{3,}?)\s+(?:شد|شدند|شده\u200cاند|شده است|"
                     r"است|هستند|بود|بودند|شده بود)(?=\s*[.!؟]?\s*$)")
# What may stand between the subject and the demand: 'also', and a phrase of talking to a medium.
_TALK = re.compile(r"(?:^|\s)(?:نیز\s+)?در\s+(?:گفت\u200cوگو|گفتگو|گفت و گو|مصاحبه)\s+با\s")
_ALSO = re.compile(r"(?:\s+(?:نیز|هم|اما|همچنین))+\s*$")


def fa_split_demand(text: str, rules, index, roles, s: int, e: int, last, speaker_in, find_vias):
    """'نماینده شیراز، جعفر قادری، نیز در گفت‌وگو با ایرنا خواستار نظارت بیشتر ... شد': the
    demand is what was said, the subject before it said it, and a medium talked to carried it.
    The rows of _indirect's shape, or []."""
    if "خواستار" not in text[s:e]:
        return []
    end = s + len(text[s:e].rstrip(" .!؟\n"))
    m = _DEMAND.search(text[:end + 1], s)
    if m is None:
        return []
    a, b = s, m.start()
    acc = rules.according.match(text, a, b)
    if acc is not None:  # "به گزارش خبرگزاری مهر، انجمن ... خواستار ... شد": the subject after
        comma = text.find("،", acc.end(), b)
        if comma < 0:
            return []
        a = comma + 1
    talk = _TALK.search(text, a, b)
    b = talk.start() if talk is not None else b
    also = _ALSO.search(text, a, b)
    b = also.start() if also is not None else b
    b = a + len(text[a:b].rstrip(" ،,"))
    a = b - len(text[a:b].lstrip(" ،,\n"))
    if b <= a:
        return []
    people = [h for h in index.within(a, b) if h[2].type == "PERSON"]
    speaker = speaker_in(text, index, roles, a, b, last)
    if people and speaker.entity != people[-1][2].id and text[a:b].rstrip().endswith(
            text[people[-1][0]:people[-1][1]]):  # "نماینده ... در مجلس، جعفر قادری": the name
        ms, me, ent = people[-1]
        speaker = Speaker(ent.id, ent.name, ms, me)
    if speaker.name is None:
        speaker = Speaker(None, text[a:b], a, b)
    qs, qe = m.span("c")
    via = find_vias(text, rules, index, s, e, speaker, [(qs - 1, qe)])
    return [(qs, qe, "indirect", Span(m.start(), m.start() + len("خواستار")), speaker, via)]


__all__ = ["fa_split_demand"]
