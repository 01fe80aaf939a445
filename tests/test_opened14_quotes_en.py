"""Floor of the fourteenth sealed English quote set once opened (session 17):
quotes_gold_opened14.jsonl, written in session 16 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate import quotes as ev

OPENED14 = Path(__file__).parent / "data" / "quotes_gold_opened14.jsonl"


def test_quotes_opened14_floor():
    # sealed set 14 (12 English articles, 116 quotes, 37 with a via: a Philippine dam release, a
    # Chilean presidential pardon, a Bangladeshi exam-paper leak), scored once in session 17 with
    # that session's starting code ee03540 and once after its English round (a87ae0d): found
    # 0.983, speaker 0.922, via 0.922, both 0.879 both times (11 predicted quotes matching no
    # gold); then opened.
    # Session 17's fix pass on it (tuned on; no label of this file edited): found 0.991, speaker
    # 0.966, via 0.991, both 0.966 (extra 9). Fixed, each by a general mechanism tested in
    # tests/test_en_quotes_s17b.py: 'His press secretary, X, read out a message from him' (the
    # pronoun is not the reader: chains._bound; x2), 'a speech to the Senate broadcast by TV
    # Senado' (via_carried._bare_agent), 'The state weather bureau, PAGASA,' (speaker_appos),
    # 'KOLKATA — ... next year, its president said on Wednesday, days after ...' (found:
    # trailing_subject_cues past an adverbial tail; its president = the board president named
    # next), 'warned on the Agos at Ilog podcast' (vias._programme), 'on the federation's own
    # podcast, Bajo Tierra ... he said' and 'posted a video on Facebook ... he says in it'
    # (via_pronoun_before), 'Also on the programme, X, secretary general of ...' (no programme
    # named: via_text._fronted_then_subject), 'the families argue' after 'X, a lawyer for the
    # families' (second_names._introduced_as); extras: 'quoted X as saying' (quoted_person),
    # 'heard about the pardon from' (idle_object). Labels of quotes_gold_late brought to written
    # conventions in the same pass: a broadcaster's named programme is the via
    # (nff-abujaherald-l x2 Channels Television -> Sports Tonight, skybridge-aviationbrief-p
    # RTÉ -> Morning Ireland); the
    # session-17 rulings (cocoa-marketledger-x 'GMB union' -> 'GMB', bank-citybusinessjournal-y
    # 'Accord union' -> 'Accord', hamstring-northgateeveningpost-x 'Duarte said' row: no via).
    # Left: two headline quotes whose words the body never repeats (a farmer, a widow: one
    # given the dateline's province, one not found), 'the nurse' for the person the paragraph
    # before named, 'Tumaliuan, who sends her parents ...' (father and daughter share the
    # surname). Floors: the end figures less 0.01.
    r = ev.evaluate(OPENED14, split="all")
    assert r["gold"] == 116
    assert r["found"] >= 0.982  # (the end 0.991 less 0.01 would be below the old floor: kept)
    assert r["speaker"] >= 0.956
    assert r["via"] >= 0.981
    assert r["both"] >= 0.956
