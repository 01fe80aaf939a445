"""TEMPORARY placeholder for the quotes stage (being written); provides empty results."""
from __future__ import annotations

from .pipeline import State, stage


@stage("quotes", requires=("doc",), provides=("quotes",))
def quotes_stage(state: State) -> dict:
    return {}
