"""PolNeAR evaluation: the brat reader and Citron-style scorer on a hand-written file, and the
evaluation gate — the dev split must score at least the pinned floors (it fails, never skips,
when the data folder is missing)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.errors import NotFound, UsageError
from newsprism.evaluate import polnear

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear"

# Measured on dev (84 articles) with `python -m newsprism.evaluate.polnear --split dev`;
# floors sit a little below so that noise passes and a real regression fails. Session 8
# (nested stances dropped, sources of cue nouns and of verbs after a quotation): overlap
# cue / source / content 0.781 / 0.788 / 0.813, exact 0.656 / 0.743 / 0.506 (0.777 / 0.780 /
# 0.806 and 0.652 / 0.736 / 0.504 with those steps off, same run). Session 10 (sources the
# parse lost or misplaced: object control, a second cue on the reported clause, subjects on
# the auxiliary, names swallowed by a fronted phrase): source 0.788 -> 0.790, exact 0.734.
# Session 11 (source conventions from the train fit part: passives of feeling, group
# modifiers of cue nouns, cue adjectives' holders, 'seem'): source 0.790 -> 0.793, exact 0.737.
# Session 12 (gerunds after a preposition, 'from'/'by' holders of cue nouns, verbs read as
# plural nouns, inverted names up to their comma): source 0.793 -> 0.795, exact 0.739.
# Session 13 (a source stops before its own cue and leaves out a focusing adverb; every kept
# indirect content ends before its full stop): overlap unchanged, exact source 0.738 -> 0.740,
# content 0.507 -> 0.510.
# Session 14 (attr_syntax.py: a passive's subject and the noun an object relative clause or
# participle describes as contents, judged by their own small model): overlap cue / source /
# content 0.781 / 0.795 / 0.813 -> 0.783 / 0.796 / 0.815, exact 0.655 / 0.740 / 0.510 ->
# 0.656 / 0.741 / 0.512 (model off and on); floors raised to just under these.
# Then switched off by default for its cost (0.5 points of analysis CPU; attr_syntax.py): dev
# back to 0.781 / 0.795 / 0.813 overlap, 0.655 / 0.740 / 0.510 exact; floors kept.
# Session 16 (another speech act nested in a stance's content dropped; a via after 'according
# to' scored as PolNeAR's relay relation): overlap 0.781 / 0.795 / 0.813 -> 0.784 / 0.797 /
# 0.816, exact 0.655 / 0.740 / 0.510 -> 0.658 / 0.741 / 0.513; floors raised to just under.
# Session 17 (title-case and sentence-case headline lines read by word form, attr_headline):
# overlap 0.7830 / 0.796 / 0.815 -> 0.7838 / 0.7970 / 0.8155, exact 0.657 / 0.740 / 0.512 ->
# 0.6579 / 0.7408 / 0.5120 (headlines off and on, same tree); floors raised to just under.
FLOORS = {
    ("cue", "overlap"): 0.783, ("cue", "exact"): 0.657,
    ("source", "overlap"): 0.796, ("source", "exact"): 0.740,
    ("content", "overlap"): 0.815, ("content", "exact"): 0.511,
}

TEXT = ('The mayor said the bridge would reopen. "It is safe," she said, "and it is ours."\n'
        "Critics doubt it.\n")
ANN = """T1\tSource 0 9\tThe mayor
T2\tCue 10 14\tsaid
T3\tContent 15 38\tthe bridge would reopen
T4\tAttribution 10 14\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tSource 54 57\tshe
T6\tCue 58 62\tsaid
T7\tContent 40 53;64 82\t"It is safe," "and it is ours."
T8\tAttribution 58 62\tsaid
E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5
T9\tCue 91 96\tdoubt
T10\tContent 97 99\tit
T11\tAttribution-no-source 91 96\tdoubt
E3\tAttribution-no-source:T11 Content:T10 Cue:T9
T12\tDiscard 0 3\tThe
"""


def test_parse_ann_reads_relations_and_discontinuous_spans():
    gold = polnear.parse_ann(TEXT, ANN)
    assert [TEXT[s:e] for (s, e), in gold["source"]] == ["The mayor", "she"]
    assert len(gold["cue"]) == 3
    two = [g for g in gold["content"] if len(g) == 2][0]
    assert [TEXT[s:e] for s, e in two] == ['"It is safe,"', '"and it is ours."']


def test_matching_is_greedy_and_one_to_one():
    gold = [((0, 10),), ((20, 30),)]
    assert polnear.match([((0, 10),), ((0, 10),)], gold, exact=True) == 1
    assert polnear.match([((5, 25),)], gold, exact=False) == 1
    assert polnear.match([((5, 25),), ((25, 28),)], gold, exact=False) == 2
    assert polnear.match([((0, 9),)], gold, exact=True) == 0


def test_score_on_own_prediction():
    gold = polnear.parse_ann(TEXT, ANN)
    pred = {"cue": [((10, 14),)], "source": [((0, 9),), ((60, 70),)],
            "content": [((15, 38),)]}
    s = polnear.score([(pred, gold)])
    assert s["cue"]["exact"] == {"p": 1.0, "r": round(1 / 3, 4), "f1": 0.5}
    assert s["source"]["exact"]["p"] == 0.5
    assert s["content"]["overlap"]["r"] == round(1 / 3, 4)


def test_split_layout_on_disk(tmp_path):
    for sub in ("text", "attributions"):
        (tmp_path / "dev" / sub).mkdir(parents=True)
    (tmp_path / "dev" / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a1_beef.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a1_0aaa.ann").write_text("", encoding="utf-8")
    docs = polnear.load_split(tmp_path, "dev")
    assert [d.name for d in docs] == ["a1"]
    assert docs[0].gold["cue"] == []  # the first annotator in sorted order is used
    with pytest.raises(UsageError):
        polnear.load_split(tmp_path, "test")
    with pytest.raises(NotFound):
        polnear.load_split(tmp_path / "missing", "dev")


def test_small_run_and_report(tmp_path):
    for sub in ("text", "attributions"):
        (tmp_path / "dev" / sub).mkdir(parents=True)
    (tmp_path / "dev" / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a1_beef.ann").write_text(ANN, encoding="utf-8")
    result = polnear.evaluate(tmp_path, "dev", limit=1)
    assert result["articles"] == 1
    assert result["cue"]["exact"]["p"] > 0.5 and result["content"]["overlap"]["r"] > 0.6
    table = polnear.report(result)
    assert "content" in table and "overlap" in table


@pytest.fixture(scope="module")
def dev_result():
    assert DATA.is_dir(), f"PolNeAR data missing at {DATA}: the evaluation gate needs it"
    return polnear.evaluate(DATA, "dev")


def test_dev_gate(dev_result):
    print("\n" + polnear.report(dev_result))
    assert dev_result["articles"] == 84
    low = {k: dev_result[k[0]][k[1]]["f1"] for k in FLOORS
           if dev_result[k[0]][k[1]]["f1"] < FLOORS[k]}
    assert not low, f"PolNeAR dev scores fell below their floors: {low}"


def test_overlap_matching_is_maximal_not_first_come():
    # The first prediction overlaps both gold spans; pairing it with the first would leave
    # the second prediction, which overlaps only that one, unmatched.
    gold = [((0, 10),), ((12, 20),)]
    pred = [((5, 15),), ((0, 4),)]
    assert polnear.match(pred, gold, exact=False) == 2
    assert polnear.match([((5, 15),)], gold, exact=False) == 1


def test_according_via_is_a_relation_of_its_own():
    # '"...," X said, according to Y': Y's relay gets PolNeAR's 'according to' cue and Y as
    # a source; the quote's content stands for both relations
    from types import SimpleNamespace

    from newsprism.records import Quote, Span, Speaker, Via
    text = ('"The count is over," Ms. Lind said, according to a campaign transcript.\n\n'
            'According to the council, the road will close.')
    v = text.index("campaign transcript")
    said, who = text.index("said"), text.index("Ms. Lind")
    q = Quote(id="q1", kind="direct", start=1, end=18, cue=Span(start=said, end=said + 4),
              speaker=Speaker(entity=None, name="Ms. Lind", start=who, end=who + 8),
              via=(Via(entity=None, name="campaign transcript", start=v, end=v + 19),))
    spans = polnear.predicted_spans(SimpleNamespace(text=text, quotes=[q]))
    at = text.index("according")
    assert ((at, at + len("according to")),) in spans["cue"]
    assert ((at + len("according to "), v + 19),) in spans["source"]
    assert len(spans["content"]) == 1
