"""The quotes scorer's medium match: a medium named by its kind alone is the one named with its
owner (session 13: gold 'website' against the analysis's "the ministry's website")."""
from __future__ import annotations

from newsprism.evaluate.quotes import same_medium


def test_a_bare_kind_matches_the_kind_with_its_owner():
    assert same_medium("website", "the ministry's website")
    assert same_medium("the party's website", "website")
    assert same_medium("radio", "state radio")


def test_a_kind_does_not_match_another_kind_or_another_owner():
    assert not same_medium("website", "state radio")
    assert not same_medium("the ministry's website", "the party's website")
    assert not same_medium("Reuters", "website")
