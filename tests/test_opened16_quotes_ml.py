"""Floor of the sixteenth sealed non-English quote set once opened (session 19):
quotes_gold_ml_opened16.jsonl, written in session 18 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate.quotes import evaluate, report

OPENED16 = Path(__file__).resolve().parent / "data" / "quotes_gold_ml_opened16.jsonl"


def test_ml_quotes_opened16_floor():
    """9 articles fr..ur, 71 quotes, ids -s16, scored once while sealed at the end of session 18
    with that session's starting code 752353c and its end code c27bb9e, identical: found 0.972,
    speaker 0.859, via 0.873, both 0.803 (1 predicted quote matching no gold); then opened and
    tuned on in session 19's non-English pass. Its 14 failing rows, all read as reading errors
    of ours under the written conventions, none a label edit (no gold label was changed; tests
    with sentences of our own in tests/test_ml_quotes_s19.py), fixed by ten mechanisms, each
    counted over all 17 open non-English files (0 rows broken by any):
    - fr, it, ar: words read out from someone else's message ('a lu un message du ministre :',
      'ha letto un messaggio del ministro:', 'تلا X بيانا باسم الرئيس التنفيذي'): the author speaks,
      the reader is the via; a body as author keeps none (ml_read_out; 3 rows);
    - de: 'sagte laut APA im Gespräch mit Radio X, man prüfe ...': the claim after the comma, the
      medium talked to the nearer via (ml_according; 2 rows); 'sagte ein X-Sprecher der dpa':
      'der' before an agency's short name is the dative told (ml_phrases; 1 row);
    - es: '«...», cuenta X' (a narrative present after a closing quote, ml_lexicon._DESCRIBE);
      'informó X, la empresa que gestiona ...' (an apposition's relative is no 'that',
      ml_that/ml_clauses); 'Asociación de Hoteles y Apartamentos de X (Asolan)' one name
      (ml_entities; 1 row each);
    - fr: 'l'Agence régionale de santé X (ARS)': a name cut at a lower-case word runs on to its
      bracket (ml_fullname; 1 row);
    - it: 'Name, description, a Place – aside –, ha scritto su X:' one aside in two parts
      (ml_subjects.appositive_subject; 1 row);
    - el: 'Ένας αστυνομικός της Ασφάλειας X, ..., είπε': a name after a genitive completes the
      noun (ml_subjects.indefinite_subject; 1 row; the late file's -z row also changed);
    - tr: '"..." diyen X, ... kaybettiklerini söyledi': the second claim (ml_prior; 1 row, and
      the late file's -o row);
    - ar: '، متحدثة عبر مترجم،' is no name (ml_bounds; 1 row).
    After: found, speaker, via and both 1.000, no predicted quote matching no gold. Floors: those
    figures less 0.01."""
    res = evaluate(OPENED16, split="all")
    text = report(res, verbose=True)
    assert res["gold"] == 71
    for key, floor in (("found", 0.99), ("speaker", 0.99), ("via", 0.99), ("both", 0.99)):
        assert res[key] >= floor, text
    assert res["unmatched_predictions"] <= 1, text
