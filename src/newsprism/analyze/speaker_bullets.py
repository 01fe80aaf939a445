"""Reaction round-ups: '- The growers' union, in a statement: "..."' and '- Harbour Union, which
represents dockers: "..."'. A bulleted line that opens on a speaker's phrase and closes it with a
colon before the quotation gives that phrase's speaker, whatever clause, relative or medium
follows the comma. Input: the text, the quotation's content span and the Coref.

The parse of such lines is poor (no verb: the colon is the whole attribution, and a 'which'
after the comma was read as a subject of its own), so the line's own shape is read instead:
the phrase from the bullet to the first comma (or the colon), and in it the last named person
(the name after the title in 'Board member Shona Pirini', not the place in 'Bishop X of
Potosí'), else a body named at its end ('the growers' association ANAPQUI'), else the phrase
itself when it is capitalised (a body the tagger missed: 'Harbour Union').
"""
from __future__ import annotations

from ..records import Speaker

_BULLETS = ("- ", "• ", "* ", "– ")
_SPEAKING = ("PERSON", "ORG")


def bullet_speaker(coref, text: str, content: tuple[int, int]) -> Speaker | None:
    """The speaker a round-up bullet names for the quotation starting at ``content``, or None
    when the quotation is not on such a line."""
    line = text.rfind("\n", 0, content[0]) + 1
    if text[line:line + 2] not in _BULLETS or coref is None:
        return None
    opening = content[0] - 1
    while opening > line and text[opening] not in "\"“":
        opening -= 1
    head = text[line + 2:opening].rstrip()
    if opening <= line or not head.endswith(":") or '"' in head or "“" in head:
        return None
    comma = head.find(",")
    end = line + 2 + (comma if comma >= 0 else len(head) - 1)
    start = line + 2
    names = [(m, e) for m, e in coref.mentions_in(start, end) if m.kind == "name"]
    people = [e for m, e in names if e.type == "PERSON" and len(e.name.split()) > 1]
    if people:
        return Speaker(people[-1].id, people[-1].name, start, end)
    if names and names[-1][0].end == end and names[-1][1].type in _SPEAKING:
        return Speaker(names[-1][1].id, names[-1][1].name, start, end)
    phrase = text[start:end]
    if phrase.startswith(("The ", "the ")):
        phrase = phrase[4:]
    # a body the tagger missed ('FIRST Union'): the capitalised phrase is its name
    if not phrase or not phrase[0].isupper() or len(phrase.split()) > 6:
        return None
    return Speaker(None, phrase, start, end)
