"""Asides around a subject and its verb of saying, read by the speaker and quote steps (session
18): a phrase of talking to a medium (Persian), an ergative pronoun after a phrase of setting
(Urdu), participles of citing or interviewing (fr/es/it/de), Persian perfect cues.
Inputs: text offsets from ml_speakers.find_speaker and ml_quotes._by_cue / _fa_object_first.
"""
from __future__ import annotations

import re

# A Persian phrase of talking with a medium ('در گفت‌وگو با صدا و سیمای X'): the one talked
# to is a medium, never the subject.
FA_TALK_WITH = re.compile(r"\s(?:در\s+(?:گفت\u200cوگو|گفتگو|گفت و گو|مصاحبه)\s+با)\s")

# An Urdu pronoun marked with the ergative 'نے' is the subject wherever it stands in the clause:
# a phrase of place or channel may come first ("ٹی وی سے گفتگو میں انہوں نے کہا").
_UR_PRONOUN_ERGATIVE = re.compile(r"(?<!\S)(?:انہوں|انھوں|اُنہوں)\s+(?=نے\s)")
_UR_ERGATIVE_MARK = re.compile(r"(?<!\S)نے\s")


def ur_pronoun_subject(text: str, s: int, cue) -> bool:
    """The ergative mark nearest before the cue (or opening it) follows a pronoun."""
    marks = list(_UR_ERGATIVE_MARK.finditer(text, s, cue.end() + 1))
    return bool(marks) and " نے" not in text[marks[-1].end():cue.start()] and bool(
        _UR_PRONOUN_ERGATIVE.search(text, max(s, marks[-1].start() - 8), marks[-1].end()))


# A passive participle of citing or interviewing and its agent's preposition inside the subject
# clause: "Fuentes ... citadas por X", "des experts cités par X", "fonti sentite da X".
RELAYED_BY = re.compile(r"(?<![\w-])(?:cit[ée]e?s? par|citad[oa]s? por|consultad[oa]s? por|"
                        r"citat[oaie] da(?:l|lla|i|gli)?|sentit[oaie] da(?:l|lla|i|gli)?|"
                        r"interrogée?s? par|interviewée?s? par|entrevistad[oa]s? por|"
                        r"zitiert von|befragt von|intervistat[oaie] da(?:l|lla|i|gli)?)\s")
# A participle of being interviewed or reached opening the sentence: "Entrevistada en el programa
# «X» de Univision, la congresista Y explicó", "Joint par téléphone, le maire a dit": an aside
# naming where the words were said; the subject follows its comma (the medium in it is a via).
INTERVIEWED = re.compile(r"(?:[Ee]ntrevistad|[Cc]onsultad|[Cc]ontactad|[Ii]ntervistat|[Cc]ontattat|"
                         r"[Rr]aggiunt|[Ii]nterviewé|[Cc]ontacté|[Jj]oint|[Ii]nterrogé|[Ss]ollicité|"
                         r"[Bb]efragt|[Ii]nterviewt)(?:[oaie]s?|e?s?)")
# The present perfect and the promise verbs, whose content may follow with no 'که' as the
# past's does: 'وزارت نیرو وعده داده است سهمیه گاز ... افزایش یابد'.
FA_PERFECT_SAID = re.compile(r"(?:گفته|اعلام کرده)(?:\u200cاند| است|\u200cاست)|وعده (?:داد|دادند|داده است|"
                             r"داده\u200cاند)")
# The same phrase, or 'to the reporter', set off before an object-first claim up to its comma.
FA_TALK_AT = re.compile(r"(?:در\s+(?:گفت\u200cوگو|گفتگو|گفت و گو|مصاحبه)\s+با|به\s+خبرنگار)\s[^،\n]{1,60}،")

# Urdu 'on behalf of X' before a passive cue: "واسا کی جانب سے جاری پریس ریلیز میں کہا گیا ہے
# کہ ...": the statement X issued speaks for X.
_UR_ON_BEHALF = re.compile(r"\s*(?P<x>[^،,۔:\n«»\"]{2,60}?)\s+(?:کی جانب سے|کی طرف سے)\s")


def ur_on_behalf(text: str, s: int, cue) -> tuple[int, int] | None:
    """The span of X in a sentence opening 'X کی جانب سے ... کہا گیا' (X the issuer), or None."""
    if "جانب سے" not in text[s:cue.start()] and "طرف سے" not in text[s:cue.start()]:
        return None
    m = _UR_ON_BEHALF.match(text, s, cue.start())
    return m.span("x") if m is not None else None


__all__ = ["FA_PERFECT_SAID", "FA_TALK_AT", "FA_TALK_WITH", "INTERVIEWED", "RELAYED_BY",
           "ur_on_behalf", "ur_pronoun_subject"]
