"""TEMPORARY placeholder for the framing stage (being written); provides empty results."""
from __future__ import annotations

from .pipeline import State, stage


@stage("framing", requires=("doc",), provides=("framing",))
def framing_stage(state: State) -> dict:
    return {}
