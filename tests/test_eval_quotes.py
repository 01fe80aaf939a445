"""Gate for quote attribution on multi-outlet reports: the scorer's name matching, and the
speaker / via rates on tests/data/quotes_gold.jsonl (dev -a, held-out -b, blind -c,
fresh -d)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from newsprism.evaluate import quotes as ev

GOLD = Path(__file__).parent / "data" / "quotes_gold.jsonl"


@lru_cache(maxsize=None)
def _result(split: str) -> dict:
    return ev.evaluate(GOLD, split=split)


# ---------------------------------------------------------------- the gold file itself

def test_gold_file_shape():
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 60
    outlets = {r["outlet"] for r in rows}
    assert len(outlets) == 5
    for r in rows:
        assert r["id"].endswith(("-a", "-b", "-c", "-d"))
        words = len(r["text"].split())
        assert 150 <= words <= 350, (r["id"], words)
        for g in r["gold_quotes"]:
            assert r["text"].count(g["quote"]) == 1, (r["id"], g["quote"])
            assert g["speaker"] and isinstance(g["via"], list)
    assert sum(r["id"].endswith("-a") for r in rows) == 15
    assert sum(r["id"].endswith("-c") for r in rows) == 15
    assert sum(r["id"].endswith("-d") for r in rows) == 15


# ---------------------------------------------------------------- name matching

@pytest.mark.parametrize("gold,pred", [
    ("Ramezan Sharif", "Sharif"),
    ("Ramezan Sharif", "ramezan sharif"),
    ("Hossein Delavari", "Hossein Delavarí"),
    ("Revolutionary Guards", "Iran's Revolutionary Guards"),
    ("U.S. defence official", "A U.S. defence official"),
    ("officials", "Officials in Kyiv"),
    ("Fars", "the semi-official Fars news agency"),
    ("UAE", "United Arab Emirates"),
    # an elided article glued to its noun is a determiner all the same
    ("l'agence", "agence"),
    # a preposition with an accent is one once names are folded
    ("μητέρα", "Μια μητέρα από το Περιστέρι"),
    # a postnominal adjective opening a complement ends the head
    ("people", "people familiar with the matter"),
    ("a source close to the talks", "source"),
])
def test_same_speaker_accepts_one_entity_named_two_ways(gold, pred):
    assert ev.same_speaker(gold, pred)


@pytest.mark.parametrize("gold,pred", [
    ("Ramezan Sharif", "Ramezan Kazemi"),
    ("Karim Jafarzadeh", "IRNA"),
    ("Hatice Kaya", None),
    ("Revolutionary Guards", "TEHRAN"),
    ("Iran", "Iraq"),
    ("people familiar with the matter", "officials familiar with the matter"),
    ("Close Brothers", "Close"),
])
def test_same_speaker_rejects_other_entities(gold, pred):
    assert not ev.same_speaker(gold, pred)


def test_same_via_matches_in_order():
    assert ev.same_via(["Tasnim"], [("the Tasnim news agency", "the Tasnim news agency")])
    assert ev.same_via(["X"], [("his official account on X", "his official account on X")])
    assert ev.same_via([], [])
    assert not ev.same_via([], [("Reuters", "Reuters")])
    assert not ev.same_via(["Telegram channel", "Reuters"],
                           [("Reuters", "Reuters"), ("Telegram channel", "Telegram channel")])
    assert not ev.same_via(["Tasnim"], [("Fars", "Fars")])


def test_report_lists_failures_when_verbose():
    result = {"file": "f", "split": "dev", "articles": 1, "gold": 1, "found": 1.0,
              "speaker": 0.0, "via": 1.0, "both": 0.0, "unmatched_predictions": 0,
              "seconds": 0.1,
              "failures": [{"article": "a-a", "quote": "q", "gold_speaker": "A B",
                            "gold_via": [], "found": True, "speaker": "C", "mention": "he",
                            "via": [], "speaker_ok": False, "via_ok": True}]}
    assert "speaker 'C'" in ev.report(result, verbose=True)
    assert "speaker 'C'" not in ev.report(result)


# ---------------------------------------------------------------- floors

def test_dev_floors():
    # Measured 1.000 on each rate (125 gold quotes) with `newsprism eval quotes
    # tests/data/quotes_gold.jsonl --split dev`; floors leave room for parser noise.
    r = _result("dev")
    assert r["gold"] >= 120
    assert r["found"] >= 0.98
    assert r["speaker"] >= 0.95
    assert r["via"] >= 0.96
    assert r["both"] >= 0.94


def test_heldout_floors():
    # First look 0.885 both right; after the second round, which fixed the held-out failure
    # categories generally, found 0.991, speaker 0.991, via 0.991, both 0.991 (113 gold quotes).
    r = _result("heldout")
    assert r["gold"] >= 110
    assert r["found"] >= 0.97
    assert r["speaker"] >= 0.95
    assert r["via"] >= 0.95
    assert r["both"] >= 0.94


def test_blind_floors():
    # Measured once, written before the second round of fixes and scored after them
    # (found 0.992, speaker 0.893, via 0.983, both 0.884 on 121 gold quotes, `newsprism eval
    # quotes tests/data/quotes_gold.jsonl --split blind`); floors a little below.
    r = _result("blind")
    assert r["gold"] >= 115
    assert r["found"] >= 0.97
    assert r["speaker"] >= 0.86
    assert r["via"] >= 0.95
    assert r["both"] >= 0.85


def test_fresh_floors():
    # Written in a later session and scored once before any fix: found 0.992, speaker 0.841,
    # via 0.952, both 0.802 (126 gold quotes, `newsprism eval quotes
    # tests/data/quotes_gold.jsonl --split fresh`). After fixing the general causes of its
    # failures: speaker 0.960, via 0.992, both 0.960 (no longer clean); floors a little below.
    r = _result("fresh")
    assert r["gold"] >= 120
    assert r["found"] >= 0.97
    assert r["speaker"] >= 0.93
    assert r["via"] >= 0.96
    assert r["both"] >= 0.92


# ---------------------------------------------------------------- other writers' habits

LATE = Path(__file__).parent / "data" / "quotes_gold_late.jsonl"
OPENED = Path(__file__).parent / "data" / "quotes_gold_opened.jsonl"


OPENED2 = Path(__file__).parent / "data" / "quotes_gold_opened2.jsonl"


def test_late_and_opened_floors(tmp_path):
    # quotes_gold_late.jsonl, each batch scored once before the fixes that followed it
    # (both right: -e 0.680, -f 0.847, -g 0.692 with found 0.969, speaker 0.738, via 0.908
    # on 65 quotes; -h 0.940 with found 1.000, speaker 0.952, via 0.976 on 83 quotes;
    # session 5: -i 0.826 with found 0.988, speaker 0.849, via 0.942 on 86 quotes; -j,
    # written after the -i fixes, 0.830 with found 1.000, speaker 0.868, via 0.943 on 53);
    # after the -j fixes 0.966 on all 469 (found 0.994, speaker 0.974, via 0.979; -i 0.977,
    # -j 0.925; `newsprism eval quotes tests/data/quotes_gold_late.jsonl --split all`); the
    # opened set 1.000; the second opened set (a sealed set scored once in session 4 at
    # 0.841) 0.925 after session 5's fixes, 0.935 after session 6's, 0.944 after 7's.
    # Session 6: -k (10 articles, 101 quotes, written
    # before any change) first look found 0.990, speaker 0.871, via 0.970, both 0.851; after
    # its general fixes (titles in apposition, 'allege' read as a noun, given names, bare
    # continuations carrying the medium, 'as quoted by'; later 'the Belgian', 'was how X
    # described him') -k 0.970. -l (9 articles, 80
    # quotes, written after the -k fixes) first look found 0.988, speaker 0.812, via 0.900,
    # both 0.762; after its fixes (courtesy titles, 'Minister for X Name', 'Her Honour',
    # role changes, 'said this while ... that') 0.950. All 650 quotes: found 0.995, speaker
    # 0.972, via 0.982, both 0.965 (the 469 before -k 0.966, the session's starting code
    # 0.964 on them after the continuation convention edit). Session 7: -m (10 articles, 97
    # quotes: Ghanaian, Scottish, Caribbean, Canadian, Singaporean outlets, a fact-check, radio
    # Q&A as prose, a press-release rewrite), written before any change, first look found
    # 0.990, speaker 0.722, via 0.938, both 0.680; after its general fixes (descriptions cut
    # at their apposition, courtesy-title gender, companies by their first word, indefinite
    # phrases as someone new, the outlet's own newsroom, dash signatures) 0.979. -n (9
    # articles, 72 quotes, written after the -m fixes) first look found 0.986, speaker 0.875,
    # via 0.958, both 0.847; after its fixes (split quotations, quoted verdicts after 'as',
    # 'they' for the plural subject, 'the FA') 0.986. The 650 before -m 0.966; all 819:
    # found 0.995, speaker 0.978, via 0.983, both 0.969. Session 7, issue 3: -o (6 articles,
    # 39 quotes probing known weak spots: media named in an earlier clause, given names
    # outside the lexicon, live-blog stamps, capitals headlines, scare quotes, 'alleged on
    # local radio'), written before any change, first look found 1.000, speaker 0.974, via
    # 0.821, both 0.795 (3 of its 8 misses were our labels against the carried-medium
    # convention of relays.carried_vias, relabelled to it after the look); after its fixes
    # 1.000. All 858: found 0.995, speaker 0.979, via 0.984, both 0.971. Floors a little below.
    late = ev.evaluate(_late_batches(tmp_path, before="p"), split="all")
    assert late["gold"] >= 645
    assert late["found"] >= 0.98
    assert late["speaker"] >= 0.96
    assert late["via"] >= 0.96
    assert late["both"] >= 0.95
    opened = ev.evaluate(OPENED, split="all")
    assert opened["both"] >= 0.97
    opened2 = ev.evaluate(OPENED2, split="all")
    assert opened2["both"] >= 0.90


def _late_batches(tmp_path, before: str | None = None, only: str | None = None) -> Path:
    """The late file cut to its batches written before ``before`` (ids end '-x'), or to the
    one batch ``only``; each later batch is floored on its own."""
    keep = []
    for line in LATE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        batch = json.loads(line)["id"].rsplit("-", 1)[-1]
        # 'before' counts the single-letter batches only: '-a3' (session 14) is later than '-p'
        early = len(batch) == 1 and before is not None and batch < before
        if (only is not None and batch == only) or early:
            keep.append(line)
    out = tmp_path / f"late_{before or only}.jsonl"
    out.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return out


def test_session8_late_batches(tmp_path):
    # Session 8, issue 3: -p (10 articles, 101 quotes: a parliamentary sketch, an inquest with
    # witness, counsel and coroner, an obituary of tributes, a business page with an earnings
    # call and analyst notes, a study that 'found', TV and social relays, nested reports),
    # written before any change, first look found 0.990, speaker 0.782, via 0.871, both
    # 0.703 (four labels were then brought to the project's conventions: an 'added that'
    # continuation keeps no via, a broadcaster's programme is the broadcaster; the starting
    # code 0.733 after them). -q (9 articles, 75 quotes: a Q&A transcript, fans named after
    # their words, wire copy with people familiar with the matter, a radio phone-in, a
    # fact-check's CLAIM signed after a dash, a joint statement), written after the -p fixes,
    # first look found 0.960, speaker 0.853, via 0.907, both 0.800 (one label then given to
    # the named issuer of a study, as for statements; starting code 0.787). After the fixes
    # (`newsprism eval quotes tests/data/quotes_gold_late.jsonl --split all`, per batch):
    # -p 0.911 (found 1.000, speaker 0.921, via 0.990), -q 0.933 (found 0.987, speaker 0.933,
    # via 0.987); the 858 quotes before them 0.972 (0.971 before). Floors a little below.
    p = ev.evaluate(_late_batches(tmp_path, only="p"), split="all")
    assert p["gold"] == 101
    assert p["found"] >= 0.97
    assert p["both"] >= 0.86
    q = ev.evaluate(_late_batches(tmp_path, only="q"), split="all")
    assert q["gold"] == 75
    assert q["both"] >= 0.87


OPENED3 = Path(__file__).parent / "data" / "quotes_gold_opened3.jsonl"


def test_third_opened_floors():
    # quotes_gold_opened3.jsonl: sealed, scored once by the lead at the end of session 5 at
    # found 0.968, speaker 0.789, via 0.916, both 0.737 (95 quotes; the session's starting
    # code the same); after fixing the general bugs its failures showed (hyphenated given
    # names, documents as speakers, vias of broadcast occasions, colourful descriptions,
    # abbreviated ranks, 'said one', 'the authority', a final 'officials said'): found 0.979,
    # speaker 0.947, via 0.947, both 0.916; session 6 (bare continuations carry the medium,
    # role changes) speaker 0.968, via 0.968, both 0.958 (`newsprism eval quotes
    # tests/data/quotes_gold_opened3.jsonl --split all`).
    r = ev.evaluate(OPENED3, split="all")
    assert r["gold"] >= 95
    assert r["speaker"] >= 0.94
    assert r["both"] >= 0.93


OPENED4 = Path(__file__).parent / "data" / "quotes_gold_opened4.jsonl"


def test_fourth_opened_floors():
    # quotes_gold_opened4.jsonl: written by an engineer who tunes nothing, sealed, scored once
    # by the lead at the end of session 6 at found 0.979, speaker 0.854, via 0.875, both 0.792
    # (96 quotes; the session's starting code both 0.781); after fixing the general bugs its
    # failures showed (reports inside a quotation, 'it showed, he said', offices tagged as
    # names, pledges inside a medium's report, 'the website' taking up the medium named
    # before, 'at the time', a platform closing the writer's phrase, clauses hung on the
    # paper told, a name parsed as a verb, 'one driver' ... 'The driver, X,', an interview
    # reported by another outlet): found 0.990,
    # speaker 0.927, via 0.958, both 0.917; session 7 (an office given past an apposition)
    # speaker 0.958, both 0.938 (`newsprism eval quotes
    # tests/data/quotes_gold_opened4.jsonl --split all`).
    r = ev.evaluate(OPENED4, split="all")
    assert r["gold"] >= 96
    assert r["speaker"] >= 0.90
    assert r["both"] >= 0.88


OPENED5 = Path(__file__).parent / "data" / "quotes_gold_opened5.jsonl"


def test_fifth_opened_floors():
    # quotes_gold_opened5.jsonl: written by an engineer who tunes nothing, sealed, scored once
    # at the end of session 7 at found 0.990, speaker 0.850, via 0.900, both 0.790 (100
    # quotes; the session's starting code both 0.750); after fixing the general causes its
    # failures showed (a hyphen syllable tagged a common noun cut from a given name, a
    # statement read out on a broadcaster, 'Speaking to X' going on into the next sentence,
    # a verbless answer to the writer's question, 'the news agency' taken for the body named
    # beside it, 'is quoted as saying' with no 'by' after a medium the paragraph named):
    # found 1.000, speaker 0.880, via 0.960, both 0.870 (`newsprism eval quotes
    # tests/data/quotes_gold_opened5.jsonl --split all`); session 8 ('"..." — that is how X
    # sums up'): 0.880.
    r = ev.evaluate(OPENED5, split="all")
    assert r["gold"] >= 100
    assert r["speaker"] >= 0.85
    assert r["both"] >= 0.84


OPENED6 = Path(__file__).parent / "data" / "quotes_gold_opened6.jsonl"


def test_sixth_opened_floors():
    # quotes_gold_opened6.jsonl: written by an engineer who tunes nothing, sealed, scored once
    # at the end of session 8's tuning at found 1.000, speaker 0.825, via 0.913, both 0.777
    # (103 quotes; the session's starting code the same, the same quotes failing); after
    # fixing general causes its failures showed (a surname's particles 'Ó', 'Ní' cut from its
    # full name, a post-nominal 'SC' taken for a second name, 'the' + an office the tagger
    # called a person, an honour closing an appositive hiding the name, 'the witness' not
    # found in whoever gave evidence, 'according to a report in X' and 'an interview to X in
    # which he ...' leaving X no via): found 1.000, speaker 0.893, via 0.932, both 0.864
    # (`newsprism eval quotes tests/data/quotes_gold_opened6.jsonl --split all`).
    r = ev.evaluate(OPENED6, split="all")
    assert r["gold"] >= 100
    assert r["speaker"] >= 0.87
    assert r["via"] >= 0.91
    assert r["both"] >= 0.84


def test_session9_late_batches(tmp_path):
    # Session 9, issue 3: two batches written before any change, in habits not used before:
    # live blogs of a Security Council meeting and a summit, readouts, briefings with a
    # question put ('Asked whether ..., Ms Lee said'), interpreters, leaked memos and court
    # petitions, local papers quoting residents, South Asian and West African English ('said
    # he', 'informed that', 'This was disclosed by'), press conferences, a speaker given by
    # role, then name, then pronoun. -r (8 articles, 65 quotes) first look found 0.985,
    # speaker 0.846, via 0.969, both 0.831 (one label then brought to the 'added that'
    # convention: the starting code 0.846 after it). -s (8 articles, 59 quotes) first look
    # found 1.000, speaker 0.797, via 0.983, both 0.780, then held out: scored once with the
    # end code before its errors were read, 0.831 (speaker 0.847), the start code 0.780. The
    # fixes, each from -r's or opened6's failures (a bare role phrase named by the person whose
    # parse-linked title carries that role, a document's issuer past a misattached 'released
    # by', 'said he' after a trailing cue, 'readout' as an utterance): -r 0.908 (found 0.985,
    # speaker 0.908, via 0.985). Floors a little below.
    r = ev.evaluate(_late_batches(tmp_path, only="r"), split="all")
    assert r["gold"] == 65
    assert r["found"] >= 0.97
    assert r["both"] >= 0.88
    s = ev.evaluate(_late_batches(tmp_path, only="s"), split="all")
    assert s["gold"] == 59
    assert s["both"] >= 0.80


OPENED7 = Path(__file__).parent / "data" / "quotes_gold_opened7.jsonl"


def test_seventh_opened_floors():
    # quotes_gold_opened7.jsonl: written by an engineer who tunes nothing (live blogs of a
    # Security Council meeting, West African and Indian English, readouts, interpreters, a
    # lawsuit, a memo, a headline quote), sealed, scored once at the end of session 9's
    # English tuning at found 0.991, speaker 0.802, via 0.943, both 0.755 (106 quotes; the
    # session's starting code 0.991 / 0.792 / 0.943 / 0.745), then opened. One pass of general
    # fixes on its failures reached 0.991 / 0.962 / 0.972 / 0.943 (causes fixed: a pronoun
    # coreference gave to a bare title beside its holder's name, '(rtd)' closing an appositive
    # name, a body after the comma of 'a spokesman for X', a verb's second subject past an
    # opening participle clause or a split apposition, 'He added' / 'went on' continuing the
    # last speaker and keeping its medium, a lawsuit's words its filer's, an internal memo
    # speaking as itself, 'UNITED NATIONS/JUBA' datelines, a quote closing a post its
    # paragraph opened, 'the UN mission' kept whole); the other English files held.
    r = ev.evaluate(OPENED7, split="all")
    assert r["gold"] >= 100
    assert r["found"] >= 0.98
    assert r["speaker"] >= 0.94
    assert r["via"] >= 0.96
    assert r["both"] >= 0.92


def test_session10_late_batch(tmp_path):
    # Session 10, issue 3: -t (8 articles, 76 quotes) written before any change in habits
    # new to the file (science and health reporting, a cloud outage told through a blog, an
    # earnings call and anonymous staff, a football press conference and an agent, an
    # obituary with a family statement released through a funeral home, a council meeting, a
    # wire roundup with a Telegram channel, two doctors sharing a surname, US titles). First
    # look 0.803 both right (0.855 once 5 labels took the file's convention that words told to
    # the printing outlet itself carry no via); after the session's general fixes found 0.987,
    # speaker 0.987, via 0.987, both 0.987. Floors a little below.
    t = ev.evaluate(_late_batches(tmp_path, only="t"), split="all")
    assert t["gold"] == 76
    assert t["found"] >= 0.98
    assert t["both"] >= 0.96


def test_session10_heldout_batch(tmp_path):
    # -u (8 articles, 61 quotes), written with -t and held out: nobody read its texts or
    # errors until the session's end code scored it once, 0.885 both right (the starting code
    # 0.885); one label then took the own-outlet via convention: 0.902. Not tuned on.
    u = ev.evaluate(_late_batches(tmp_path, only="u"), split="all")
    assert u["gold"] == 61
    assert u["found"] >= 0.98
    assert u["both"] >= 0.88


def test_session11_late_batch(tmp_path):
    # Session 11, issue 3: -v (6 articles, 63 quotes: a refugee camp with UNHCR, WFP and MSF
    # staff and a resident, an army statement on Telegram and a colonel's briefing with 'a
    # senior defence official', a summit's joint statement and officials familiar with the
    # talks, a film festival with a publicist, a stabbing with police, prosecutor, a victim's
    # brother and a neighbour, a water outage with a Mastodon post and two people sharing a
    # surname; lower-case media names), written before any change: first look found 1.000,
    # speaker 0.889, via 0.937, both 0.825; after the session's general fixes (found by
    # tabulating the open sets' failures as well) found 1.000, speaker 0.984, via 1.000, both
    # 0.984 (the one left: 'Officials familiar with the talks', a naming convention the scorer
    # and the older labels disagree on). Floors a little below.
    v = ev.evaluate(_late_batches(tmp_path, only="v"), split="all")
    assert v["gold"] == 63
    assert v["found"] >= 0.98
    assert v["both"] >= 0.95


def test_session11_heldout_batch(tmp_path):
    # -w (6 articles, 57 quotes), written with -v and held out: nobody read its texts or
    # errors until the session's end code scored it once, 0.754 both right (found 1.000,
    # speaker 0.842, via 0.912), the same as the starting code's first look: the session's
    # fixes reached none of its 14 failures (a platform group named with 'of', an anaphoric
    # 'the group', 'One of them' after a counted group, a role named later by another word,
    # a pronoun after a definite role subject, two people sharing a surname, a podcast
    # named in lower case, a bare 'the prosecutor' given to the officer named before; three
    # are naming conventions). Not tuned on.
    w = ev.evaluate(_late_batches(tmp_path, only="w"), split="all")
    assert w["gold"] == 57
    assert w["found"] >= 0.98
    assert w["both"] >= 0.74


OPENED8 = Path(__file__).parent / "data" / "quotes_gold_opened8.jsonl"


def test_quotes_opened8_floor():
    # quotes_gold_opened8.jsonl: sealed set 8 (12 English articles, 106 quotes, written by an
    # engineer who tunes nothing), scored once at the end of session 11 at found 0.972,
    # speaker 0.849, via 0.840, both 0.736, then opened. Session 12's general fixes (speaker
    # side: a quotation signed on the line under it, a role named by the bare name speaking in
    # the next sentence, a generic 'the firm' for the body named most, a trailing 'X
    # reported'; via side: the via engineer's fixes in the same tree) reached found 0.981,
    # speaker 0.906, via 0.953, both 0.896 (committed code, measured after the via engineer's
    # last commit). Floor: that figure minus 0.01.
    r = ev.evaluate(OPENED8, split="all")
    assert r["gold"] == 106
    assert r["found"] >= 0.97
    assert r["speaker"] >= 0.89
    assert r["both"] >= 0.886


OPENED9 = Path(__file__).parent / "data" / "quotes_gold_opened9.jsonl"


def test_quotes_opened9_floor():
    # quotes_gold_opened9.jsonl: sealed set 9 (12 English articles, 110 quotes, written in
    # session 12 by an engineer who tunes nothing), scored once with session 12's end code at
    # found 1.000, speaker 0.882, via 0.773, both 0.691 (session start code: speaker 0.891,
    # via 0.727, both 0.655), then opened. Annotation edits since, each where the writer
    # departed from a written project convention: 1937992 (via fields of two rate-karachi-s9
    # continuations, by the via engineer) and b33d79d (rate-phonein-s9 'a tax on production':
    # 'MAN, in a press release signed by its Director-General, Dr. X, described ...' speaks as
    # the body that is the subject, as opened3's KeNHA does, not as the signer). Round 2's
    # general fixes (speaker side: an abbreviated title as its office, words closed by a full
    # stop not handed to the next sentence's deed, a 'by'-phrase ended on a place before the
    # person named after the comma, a role's gender against the next name's, 'told the
    # programme' + clause, an indefinite caller's only name, an -ing clause between name and
    # cue, live-blog labels ('Decision:' heads, 'Faizal again:' speaks); via side: the via
    # engineer's fixes in the same tree) reached found 1.000, speaker 0.964, via 0.982, both
    # 0.955 (committed code 44d3c86, measured after the via engineer's last commit 06470bd).
    # Floor: that figure minus 0.01.
    r = ev.evaluate(OPENED9, split="all")
    assert r["gold"] == 110
    assert r["found"] >= 0.99
    assert r["speaker"] >= 0.954
    assert r["both"] >= 0.945


def test_session12_late_batch(tmp_path):
    # Session 12, issue 3: -x (6 articles, 59 quotes: a planning committee with the council
    # leader and a planning officer named after their role, objectors sharing a surname, a
    # manager's press conference and an agent, an embargoed seagrass paper with an independent
    # expert, flash floods with a mayor and a fire service on X, a results call with analysts'
    # notes and a union, a sentencing with a victim impact statement and two people sharing a
    # surname), written before any change: first look found 0.966, speaker 0.864, via 0.932,
    # both 0.831; after the session's general fixes found 0.966, speaker 0.932, via 0.949,
    # both 0.915 (left: 'The club' for a club named as a place, a medium name with '!', 'with
    # the words', a union's name without 'union').
    x = ev.evaluate(_late_batches(tmp_path, only="x"), split="all")
    assert x["gold"] == 59
    assert x["found"] >= 0.95
    assert x["both"] >= 0.90
    # -y (6 articles, 55 quotes), written with -x by the same brief and held out: scored
    # with totals only at the start (found 1.000, speaker 0.855, via 0.982, both 0.836) and
    # once with the session's end code (speaker 0.873, both 0.855), then moved in
    y = ev.evaluate(_late_batches(tmp_path, only="y"), split="all")
    assert y["gold"] == 55
    assert y["found"] >= 0.98
    assert y["both"] >= 0.84


OPENED10 = Path(__file__).parent / "data" / "quotes_gold_opened10.jsonl"


def test_quotes_opened10_floor():
    # quotes_gold_opened10.jsonl: sealed set 10 (12 English articles, 139 quotes: a Ghana
    # gold-mine rescue, a Maltese museum returning Kandyan regalia, a Jamaican teachers'
    # strike; written in session 12 by an engineer who tunes nothing), scored once in session
    # 13 with that session's starting code fd107bb (found 1.000, speaker 0.921, via 0.885,
    # both 0.842) and once with its end code 3fdbd9c (found 1.000, speaker 0.928, via 0.878,
    # both 0.835), then opened. One general-fix pass in session 13 (no gold label changed):
    # 'Power 106 FM' (a station named by its band) and 'the Jamaica Observer' (a paper named by
    # its masthead noun) are media; 'Curtis Ferguson, Claudette's husband' (a run the tagger
    # left out, ending on a tagged person's surname) is a person of his own, no longer merged
    # into his wife; 'Quoting an inspectorate official, AP said' gives the official as speaker
    # and AP as via; "Speaking on RTHK Radio 3's morning programme" gives the station whole
    # (its owner hung as an nmod with its 's); 'said in a press release' has no via (a press
    # release or statement is a document, as a press briefing is a gathering). 0.835 -> found
    # 1.000, speaker 0.950, via 0.921, both 0.892. Session 14 (issue 3, general fixes found
    # on the -a3 batch): an 'according to' agency named by 'Press', a rally streamed on a
    # platform, and words a reporting speaker passes on from the person who asked or directed
    # that they be given ('said the Minister, Mr X, had directed the High Commission to give
    # the family "..."': X, through the spokesperson): both 0.914 (speaker 0.964, via 0.942).
    # Floor: that figure minus 0.01.
    r = ev.evaluate(OPENED10, split="all")
    assert r["gold"] == 139
    assert r["found"] >= 0.99
    assert r["speaker"] >= 0.954
    assert r["via"] >= 0.932
    assert r["both"] >= 0.904


def test_session14_late_batch(tmp_path):
    # Session 14, issue 3: -a3 (5 articles, 48 quotes: a nurses' strike told by a regional
    # paper, a sprinter's doping ban on the wire, an ash-cloud flight ban on a broadcaster's
    # site, a council library-budget row, a singer's lawsuit), written before any change:
    # first look found 0.979, speaker 0.958, via 0.833, both 0.812; after the session's
    # general fixes ('Writing on Bluesky, the MP, X, said' parsed with the participle as
    # subject; 'X, writing in his newsletter Y, said'; 'said through a spokeswoman' / 'Through
    # her publicist, X said' for a person; 'According to the Press Association, ..., X, said')
    # found 1.000, speaker 0.979, via 0.917, both 0.896; then a broadcaster's named programme
    # spans owner and programme ('told the BBC's Sportsweek programme', which the -p and -z
    # batches name differently): via 1.000, both 0.979 (left: a complaint's words given to
    # its filer, as opened10 gives a filing's). Floor: those figures minus 0.01.
    a3 = ev.evaluate(_late_batches(tmp_path, only="a3"), split="all")
    assert a3["gold"] == 48
    assert a3["found"] >= 0.99
    assert a3["speaker"] >= 0.969
    assert a3["via"] >= 0.99
    assert a3["both"] >= 0.969
    # -b3 (5 articles, 36 quotes), written with -a3 by the same brief and held out: scored
    # with totals only at the start (found 0.944, speaker 0.889, via 0.806, both 0.750) and
    # once with the session's end code 24f2c23 (found 1.000, speaker 0.944, via 0.889, both
    # 0.833), then moved in. Misses read then, not fixed: a named programme with no kind word
    # ("Port Ellis Radio's Morning Line") given as its station; 'told the Sports Hour on Radio
    # Meridian' given as two hops; 'she told the paper' after 'Quoted by the Ellis Herald' not
    # taken up; 'The spokeswoman' linked to a spokesman named later; "Colby's co-star in The
    # Long Coast, Emma Hart" cut at the hyphen.
    b3 = ev.evaluate(_late_batches(tmp_path, only="b3"), split="all")
    assert b3["gold"] == 36
    assert b3["found"] >= 0.99
    assert b3["both"] >= 0.82


OPENED11 = Path(__file__).parent / "data" / "quotes_gold_opened11.jsonl"


def test_quotes_opened11_floor():
    # quotes_gold_opened11.jsonl: sealed set 11 (12 English articles, 109 quotes: a Fiji ferry
    # capsizing, a Bank of Namibia rate cut, a Pokhara stadium contract; written in session 13
    # by an engineer who tunes nothing), scored once in session 14 with that session's starting
    # code 5777ac7 (found 0.982, speaker 0.927, via 0.862, both 0.807) and once with its end
    # English code 0ad592f (found 0.982, speaker 0.927, via 0.881, both 0.826), then opened.
    # Session 14's pass of general fixes on it (both 0.826 -> 1.000; tests in
    # test_opened11_quotes_en.py): a name before '-based/-listed' is a place, and a bare name the
    # tagger alone calls a person is one after locative 'in' or joined to a place (no 'she' or
    # apposition takes it up); 'shares of X' make X a company and 'the contractor' after it is
    # that company; a body's name runs on past of/for, and a bracketed acronym's spelt-out name
    # is the body's; a charge sheet speaks for whoever filed the case; a told clause the parser
    # read as a second object, or hung on a participle ('livestreamed on ..., that'), is what
    # was told; vias: a participle after the cue saying what carried the occasion, 'Calling in
    # to X's programme', a clause on the day ('..., which was livestreamed on its Facebook
    # page'), 'a Radio Forth phone-in', 'at the same news conference', 'told the caller' a show
    # brought in, a passer named after a comma with a calling ('his lawyer, advocate X'), the
    # one 'asked ... to pass on', and a passer before the reported 'that' inside the content.
    # Two labels brought to written conventions: stadium-ktm-s11 'not been served with any
    # charge' via [] -> ['Singapore Exchange'] (a filing to an exchange is a via,
    # test_sources::test_a_filing_to_an_exchange_is_a_via); ferry-suva-s11 '"Whatever the
    # inquiry finds, ...," Mr Naidu said' opening the paragraph after 'told FBC News' via [] ->
    # ['FBC News'] (tests/data/README.md, session 6: a bare 'said' in the next paragraph keeps
    # the via). Floor: the end figure minus 0.01.
    r = ev.evaluate(OPENED11, split="all")
    assert r["gold"] == 109
    assert r["found"] >= 0.99
    assert r["speaker"] >= 0.99
    assert r["both"] >= 0.99
