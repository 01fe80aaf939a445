"""Where the words reported before a cue begin and end: Turkish, Persian and Urdu object clauses
before their verb ('Kulivend, yaralıların ... kaldırıldığını söyledi'), and elsewhere the
stretch before a closing cue ('..., a annoncé le Pentagone.'). Moved out of ml_clauses in
session 16 when that module reached its size floor; its callers are ml_quotes and ml_prior.
"""
from __future__ import annotations

import re

from .ml_clauses import AS_CUE, TR_SETTING, _TR_SUBJECT_COMMA, _TR_SUBJECT_END, trim
from .ml_marks import words


# 'de/da' (also) right after a nominalised verb, right before the cue: "kaldığını da söyledi".
_TR_ALSO = re.compile(r"(?:d[ıiuü]ğ|t[ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıiuü](\s+(?:de|da))\s*$")
# A name in the dative opening the clause, the one told: set off by a comma, or a medium by its
# own word ('İskenderun Haber'e, belgelerin ...', 'Kanal 7 TV'ye köprünün ...').
_TR_TOLD_FIRST = re.compile(r"[A-ZÇĞİÖŞÜ][\w]*(?:\s+[A-ZÇĞİÖŞÜ0-9]\w*){0,3}?(\s+(?:Haber|TV|Radyo|FM|Ajansı|"
                            r"Gazetesi|Postası))?['’](?:n|y)?[ae](?!\w)(,)?\s+")
# A Turkish relative participle right before a capitalised name: "... üyesi olan Mehmet Arslan".
_TR_RELATIVE_NAME = re.compile(r"\s(?:olan|bulunan|yapan|yürüten|eden)\s+[A-ZÇĞİÖŞÜ][\w'’]*(?:\s+[A-ZÇĞİÖŞÜ][\w'’]*){0,3}$")
_TR_POSTPOSITION = re.compile(r"\s+(?:gibi|için|kadar|göre|karşı|dair|rağmen)(?!\w)")


def content_before(text: str, s: int, cue, lang: str) -> tuple[int, int]:
    if lang in ("tr", "fa", "ur"):
        # "Kulivend, yaralıların ... kaldırıldığını söyledi": after the subject's comma, or
        # after the subject's name ("Ilona Weiss ise sonuçları tanımadığını duyurdu")
        end = cue.start()
        also = _TR_ALSO.search(text, s, end) if lang == "tr" else None
        if also is not None:  # "... işsiz kaldığını da sözlerine ekledi": 'also' closes the
            end = also.start(1)  # claim, it opens no subject after it
        head = text[s:end]
        k = head.find(",")
        if lang == "tr" and _TR_SUBJECT_COMMA.search(head):
            k = _TR_SUBJECT_COMMA.search(head).start()
        particle = _TR_SUBJECT_END.search(head) if lang == "tr" else None
        if particle and 0 <= k < particle.start() < 160 and _TR_RELATIVE_NAME.search(head, k, particle.start()):
            k = -1  # "Derneğin eski başkanı, bugün ... üyesi olan Mehmet Arslan da ...": the comma
            # sets off a relative clause about the subject, whose name closes it
        if particle and (k < 0 or particle.start() < k) and particle.start() < 160 \
                and (particle.start() < 80 or k < 0):
            start = s + particle.end()  # "Karayolları Genel Müdürlüğü de Rize-Artvin yolunun"
        elif 0 <= k < 120 and (lang == "tr" or k < 60):
            start = s + k + 1
        else:
            caps = [b for a, b in words(text, s, end) if text[a].isupper()]
            start = caps[-1] if caps and not _TR_POSTPOSITION.match(text, caps[-1]) else s
            # ("Kendisi gibi binlerce sürücünün ...": a word a postposition governs is no subject)
            start += len(text[start:cue.start()]) - len(text[start:cue.start()].lstrip())
            if text.startswith("ise ", start):
                start += 4
        m = TR_SETTING.match(text, start, end)
        if m:  # "Anadolu Ajansı'na yaptığı açıklamada 42 kişinin ...": where, not what
            start = m.end()
        told = _TR_TOLD_FIRST.match(text, start, end) if lang == "tr" else None
        if told is not None and (told.group(1) or told.group(2)):
            start = told.end()  # "İskenderun Haber'e, belgelerin ...": whom, not what
        return trim(text, start, end)
    end = cue.start()
    as_cue = AS_CUE.search(text, max(s, end - 16), end)
    if as_cue is not None:
        end = as_cue.start()
    colon = text.rfind(": ", s, end)
    if colon >= 0:  # "X begrüßte die Entscheidung: Sie komme spät, teilte der Verband mit"
        return trim(text, colon + 1, end)
    return trim(text, s, end)


__all__ = ["content_before"]
