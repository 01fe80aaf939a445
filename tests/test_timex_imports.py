"""Each timex module imports on its own, first, in a fresh interpreter (no import cycle)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsprism.analyze as analyze

MODULES = sorted(p.stem for p in Path(analyze.__file__).parent.glob("timex*.py"))


def test_the_timex_modules_are_found():
    assert {"timexes", "timex_resolve", "timex_spans", "timex_fiscal", "timex_registry"} <= \
        set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_imports_first_in_a_fresh_interpreter(name):
    run = subprocess.run([sys.executable, "-c", f"import newsprism.analyze.{name}"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]


def test_every_rule_has_a_resolver():
    from newsprism.analyze.timex_registry import RESOLVERS
    from newsprism.analyze.timex_rules import RULES
    assert all(r.name in RESOLVERS for r in RULES)
