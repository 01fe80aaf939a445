"""Near-duplicates: wire copies and light edits are found, rewrites are not, and the diff
names what an outlet added, cut or reworded."""
from __future__ import annotations

from newsprism.corpus import neardup as D

WIRE = ("ANKARA - Turkey's central bank raised its main interest rate by five percentage "
        "points on Thursday, the largest increase in two years. The bank said inflation "
        "had risen faster than expected in the autumn. Economists had forecast a rise of "
        "three points. The lira gained 2 percent against the dollar after the decision. "
        "The governor will speak to reporters on Friday.")
EDITED = (WIRE.replace("The governor will speak to reporters on Friday.",
                       "The governor will brief parliament on Friday.")
          + " Local exporters said the move would make credit harder to get.")
REWRITE = ("Interest rates in Turkey went up sharply on Thursday: the central bank lifted "
           "its benchmark by five points, more than analysts expected, citing autumn "
           "inflation. The currency strengthened after the announcement.")


def test_copies_found_and_rewrites_not():
    idx = D.NearDupIndex()
    idx.add("wire", D.minhash(WIRE))
    hits = idx.copies(D.minhash(EDITED))
    assert [h[0] for h in hits] == ["wire"] and hits[0][1] >= D.COPY_JACCARD
    assert idx.copies(D.minhash(REWRITE)) == []


def test_signature_round_trip_and_removal():
    m = D.minhash(WIRE)
    back = D.minhash_from_bytes(D.minhash_bytes(m))
    assert D.jaccard(m, back) == 1.0
    idx = D.NearDupIndex()
    idx.add("wire", m)
    idx.remove("wire")
    assert "wire" not in idx and idx.copies(m) == []


def test_shingles_are_case_and_punctuation_blind():
    assert D.shingles("The Bank, raised RATES!") == D.shingles("the bank raised rates")


def test_diff_copies_names_added_cut_and_changed():
    d = D.diff_copies(WIRE, EDITED)
    assert d["added"] == ["Local exporters said the move would make credit harder to get."]
    assert d["removed"] == []
    assert d["changed"] == [("The governor will speak to reporters on Friday.",
                             "The governor will brief parliament on Friday.")]
    cut = D.diff_copies(WIRE, WIRE.replace(" Economists had forecast a rise of three points.",
                                           ""))
    assert cut["removed"] == ["Economists had forecast a rise of three points."]
    assert D.diff_copies(WIRE, WIRE.replace("  ", " ")) == {"added": [], "removed": [],
                                                           "changed": []}
