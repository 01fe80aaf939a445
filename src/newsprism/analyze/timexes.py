"""TEMPORARY placeholder for the timexes stage (being written); provides empty results."""
from __future__ import annotations

from .pipeline import State, stage


@stage("timexes", requires=("doc",), provides=("timexes","published",))
def timexes_stage(state: State) -> dict:
    return {}
