"""TEMPORARY placeholder for the entities stage (being written); provides empty results."""
from __future__ import annotations

from .pipeline import State, stage


@stage("entities", requires=("doc",), provides=("entities","coref",))
def entities_stage(state: State) -> dict:
    return {}
