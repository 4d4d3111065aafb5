"""Shared fixtures: the bundled sample corpus, the shared evaluation folder, a fresh database."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample" / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture
def shared() -> Path:
    """The team's shared folder beside the project; tests that need it skip when it is absent."""
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"{SHARED} is absent: evaluation data lives beside the project, not in it")
    return SHARED


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.db"
