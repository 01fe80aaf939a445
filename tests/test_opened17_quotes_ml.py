"""Floor of the seventeenth sealed non-English quote set once opened (session 20):
quotes_gold_ml_opened17.jsonl, written in session 19 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate.quotes import evaluate, report

OPENED17 = Path(__file__).resolve().parent / "data" / "quotes_gold_ml_opened17.jsonl"


def test_ml_quotes_opened17_floor():
    """9 articles fr..ur, 70 quotes, 36 with a via, ids -s17, scored once while sealed in session
    19 with that session's starting code c27bb9e and its end code 9d23fc6b / 3eb57a85, identical:
    found 0.957, speaker 0.814, via 0.871, both 0.757 (1 predicted quote matching no gold); then
    opened and tuned on in session 20's non-English pass. Its 17 failing rows, all read as
    reading errors of ours under the written conventions (no label changed; tests with sentences
    of our own in tests/test_ml_quotes_s20.py), fixed by eleven mechanisms, each counted over all
    18 open non-English files (0 rows broken by any; every other file's failure list identical):
    - tr, ar, ur: a lone quotation, then a sentence pointing back at the words and naming who said
      them ('Bu sözler, ... X'e ait', 'بهذه الكلمات لخّص X', 'X نے یہ بات ... کہی'): X speaks, and
      the pronoun after is X (ml_words_back from ml_prior.after_orphans; 5 rows);
    - fa: 'وی ادامه داد:' a continuation cue (ml_lexicon; 1 row), '«...»؛ X، ...، با این جمله از ...
      حرف می‌زند' (1 row), 'به گفته او' with no comma (ml_clauses.IN_HIS_VIEW; 1 row);
    - it, tr: a headline quotation takes the speaker and vias of the body quotation sharing most
      of its words (ml_headline; 2 rows);
    - it: 'CLAIM: lo ha spiegato in una nota X' (the clitic after a colon takes up the claim,
      ml_prior.said_after_colon; 1 row);
    - es: 'Según el último boletín del organismo': the body named before, in full
      (ml_issuer.recent_report; 1 row);
    - fr: 'a fait savoir, par la voix de son porte-parole,': an unnamed spokesperson is the via
      of a person or office holder (ml_through; 1 row);
    - de: 'Im Radiosender hr-iNFO sagte er:' a brand with an inner capital after its kind word
      (ml_media._MEDIUM_NAMED; 2 rows, the second the para-spanning continuation);
    - tr: "Habertürk'e yaptığı açıklamada" a one-word medium holding a medium's word
      (ml_media._TR_TOLD; 1 row); 'Toprak Mahsulleri Ofisi (TMO)' mentioned as 'TMO' whose entity
      took in a headline word: the full form (ml_fullname; 1 row).
    After: found, speaker, via and both 1.000, no predicted quote matching no gold. Floors: those
    figures less 0.01."""
    res = evaluate(OPENED17, split="all")
    text = report(res, verbose=True)
    assert res["gold"] == 70
    for key, floor in (("found", 0.99), ("speaker", 0.99), ("via", 0.99), ("both", 0.99)):
        assert res[key] >= floor, text
    assert res["unmatched_predictions"] <= 1, text
