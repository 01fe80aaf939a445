"""Every command and option of the CLI is documented in the README (sqlite-utils habit)."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from newsprism.cli import build_parser
from newsprism.settings import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _options():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sp in sub.choices.items():
        for action in sp._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    yield name, opt


@pytest.mark.parametrize("command", sorted(next(a for a in build_parser()._actions
                                               if isinstance(a, argparse._SubParsersAction)).choices))
def test_command_documented(command):
    assert f"newsprism {command}" in README


@pytest.mark.parametrize("command,option", sorted(set(_options())))
def test_option_documented(command, option):
    assert option in README, f"{command} {option} is not in README.md"


def test_settings_documented():
    for s in SETTINGS:
        assert str(s.default) in README or s.name in README


def test_public_api_is_exactly_all():
    import newsprism
    expected = {"Analysis", "Article", "NewsprismError", "Pipeline", "Store", "analysis_json",
                "analyze", "analyze_text", "ingest", "iter_articles", "read_article",
                "__version__"}
    assert set(newsprism.__all__) == expected
    for name in newsprism.__all__:
        assert getattr(newsprism, name) is not None
