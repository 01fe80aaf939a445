"""TEMPORARY placeholder for the events stage (being written); provides empty results."""
from __future__ import annotations

from .pipeline import State, stage


@stage("events", requires=("doc",), provides=("events",))
def events_stage(state: State) -> dict:
    return {}
