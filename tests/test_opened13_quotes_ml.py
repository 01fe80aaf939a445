"""Floor of the thirteenth sealed non-English quote set once opened (session 16):
quotes_gold_ml_opened13.jsonl, written in session 15 by an engineer who tunes nothing."""
from __future__ import annotations

from pathlib import Path

from newsprism.evaluate.quotes import evaluate, report

OPENED13 = Path(__file__).resolve().parent / "data" / "quotes_gold_ml_opened13.jsonl"


def test_ml_quotes_opened13_floor():
    """9 articles fr..ur, 62 quotes, ids -s13, scored once in session 16 with that session's
    starting code 3338166 and once with its end non-English code bb0e4ca, the same both times:
    found 0.968, speaker 0.871, via 0.935, both 0.839 (1 predicted quote matching no gold);
    then opened.
    Session 16's fix pass (tuned on this set, no more a first look): found 1.000, speaker 0.984,
    via 1.000, both 0.984, with general fixes: a person then a body after a preposition with no
    commas speaks ('Lisa Hechenberger vom Lawinenwarndienst Tirol sagte', and her 'fügte sie
    hinzu'); a named spokesperson passing words on is a via ('tramite il portavoce ..., don
    Michele Tosti,') and German 'ließ ... ausrichten,' a cue; a name inside a relative aside is
    no subject ('Claire Delcourt, qui tenait le magasin de la place d'Armes, a confié'); sources
    cited by a medium speak ('Según fuentes policiales citadas por Europa Press, ...'); a word of
    an agency's full name is no second via ('لوكالة تونس إفريقيا للأنباء (وات)'); Turkish 'da'
    after the claim and a dropped subject ('... kaldığını da sözlerine ekledi'); "l'entreprise"
    taking up the firm named by its trade ('Boulangeries Delcourt'). No label here was edited.
    Left (1, a one-off): a company's X post whose account is named only in the next sentence
    ('Paylaşım, Yoldaş uygulamasının resmi hesabından yapıldı'). Floors: end figures less 0.01."""
    res = evaluate(OPENED13, split="all")
    text = report(res, verbose=True)
    assert res["gold"] == 62
    for key, floor in (("found", 0.99), ("speaker", 0.974), ("via", 0.99), ("both", 0.974)):
        assert res[key] >= floor, text
