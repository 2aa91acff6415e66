"""Shared fixtures: keep them tiny; each test file builds its own inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def sample_dir() -> Path:
    """The bundled sample corpus: five messy articles and their `metadata.csv`."""
    return REPO_ROOT / "data" / "articles"
