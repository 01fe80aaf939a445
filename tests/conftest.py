"""Shared test fixtures: the ../shared folder (required, never skipped), one pipeline and the
English spaCy model."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "soleimani-liberation-of-jerusalem.txt"

if not (SHARED / "seed").is_dir() or not (SHARED / "eval").is_dir():
    raise RuntimeError(f"{SHARED} (seed article and evaluation data) is missing beside the project; "
                       "the tests need it and do not skip without it")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def pipeline():
    from newsprism.analyze.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def nlp():
    from newsprism.analyze import nlp as _nlp
    return _nlp.load("en")
