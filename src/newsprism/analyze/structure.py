"""TEMPORARY placeholder for the structure stage (being written); provides empty results."""
from __future__ import annotations

from .pipeline import State, stage


@stage("structure", requires=("doc",), provides=("blocks",))
def structure_stage(state: State) -> dict:
    return {}
