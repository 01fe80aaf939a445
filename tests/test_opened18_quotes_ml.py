"""Floor of the eighteenth sealed non-English quote set once opened (session 21):
quotes_gold_ml_opened18.jsonl, written in session 20 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate.quotes import evaluate, report

OPENED18 = Path(__file__).resolve().parent / "data" / "quotes_gold_ml_opened18.jsonl"


def test_ml_quotes_opened18_floor():
    """9 articles fr..ur, 75 quotes, 40 with a via, ids -s18, scored once while sealed in session
    20 with that session's starting code 697df413 and its end code 7a10871a, identical: found
    0.947, speaker 0.787, via 0.813, both 0.747 (no predicted quote matching no gold); then opened
    and tuned on in session 21's non-English pass. Of its 19 failing rows, 16 read as reading
    errors of ours, 2 as conventions the text does not settle (the Spanish headline's 'dice la
    ANI' labelled as the president's body quote via EFE; the Turkish headline 'Vali Aydoğan:
    "..."' via AA, fixed below) and 1 as a label against the session 15 ruling ('añadió el
    funcionario', a role description named again, labelled with the EFE via); no label changed.
    Fixed by these mechanisms (tests with sentences of our own in tests/test_ml_quotes_s21.py),
    each counted over all 19 open non-English files (0 rows broken by any; every other file's
    failure list identical; opened17 shahinat-aqaba's speaker tidied, already scored right):
    - a medium that only relayed another's words is the via, the source speaks: ur 'M نے N کے
      حوالے سے بتایا کہ X نے کہا ہے کہ' (X via N > M, ml_claims.ur_inner_speaker), es 'Según M,
      que citó un informe del X' (ml_clauses.cited_source), de 'Im SWR sagte die Ministerin X,'
      and '..., fügte sie hinzu' after it (ml_fronted.de_widened); 4 rows;
    - de 'sagt der Niederländer': a definite -er/-erin noun of origin or trade takes up the one
      just named (ml_anaphora._person_noun; 1 row);
    - de 'heißt es darin' after 'Ein internes Papier, das dem „Spiegel“ vorliegt': the
      document's phrase speaks, the medium it lies before is the via (ml_therein; 1 row);
    - a headline quotation naming its own speaker takes the via of that speaker's body quotation
      sharing most words (ml_headline; 1 row);
    - verbs of saying: el 'έκανε λόγο, <aside>, για', fr 'a pointé', tr 'diyor' with the subject
      after it (ml_lexicon; 3 rows); tr the particle 'da' before 'sözlerine ekledi' (ml_prior; 1
      row);
    - fr 'Interrogé par <capitalised medium>,' opening the speaker's sentence gives the via
      (ml_asked; 1 row);
    - a closing cue's eight-word subject limit no longer counts a told medium, a time or an
      apposed name ('a précisé à l'AFP la procureure de la République, X', 'ha fatto sapere in
      serata l'Autorità ...'; ml_clauses._content_words; 2 rows);
    - it 'Per la Filt Cgil <clause>' with no comma (ml_quotes._per_name_bare; 1 row);
    - ar/fa an anonymity clause run on after a source is cut ('... فضّل عدم ذكر اسمه'; 1 row), a
      Persian body's name runs on by its written ezafe past the limit (ml_entities; 1 row).
    After: found 1.000, speaker 0.987, via 0.973, both 0.973, no predicted quote matching no
    gold. Floors: those figures less 0.01."""
    res = evaluate(OPENED18, split="all")
    text = report(res, verbose=True)
    assert res["gold"] == 75
    for key, floor in (("found", 0.99), ("speaker", 0.977), ("via", 0.963), ("both", 0.963)):
        assert res[key] >= floor, text
    assert res["unmatched_predictions"] <= 1, text
