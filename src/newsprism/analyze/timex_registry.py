"""Every timex resolver by rule name, gathered from the modules that define them.
Input: the rule names of timex_rules; timexes.py looks a matched rule's resolver up here.
"""
from __future__ import annotations

from . import timex_rules as R
from .timex_clock import CLOCK_RESOLVERS
from .timex_days import DAY_RESOLVERS
from .timex_decades import DECADE_RESOLVERS
from .timex_fiscal import FISCAL_RESOLVERS
from .timex_other import OTHER_RESOLVERS
from .timex_refs import REF_RESOLVERS
from .timex_resolve import BASE_RESOLVERS
from .timex_spans import SPAN_RESOLVERS
from .timex_units import UNIT_RESOLVERS

__all__ = ["RESOLVERS"]

RESOLVERS = {**BASE_RESOLVERS, **FISCAL_RESOLVERS, **OTHER_RESOLVERS, **SPAN_RESOLVERS,
             **DAY_RESOLVERS, **DECADE_RESOLVERS, **CLOCK_RESOLVERS, **REF_RESOLVERS,
             **UNIT_RESOLVERS}

_missing = [r.name for r in R.RULES if r.name not in RESOLVERS]
if _missing:  # a rule without a resolver is a programming error, caught at import
    raise ImportError(f"timex rules without a resolver: {_missing}")
