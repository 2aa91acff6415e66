"""Shared fixtures: keep them tiny; each test file builds its own inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def sample_dir() -> Path:
    """The bundled sample corpus: five messy articles and their `metadata.csv`."""
    return REPO_ROOT / "data" / "articles"


# Hypothesis: the same examples on every run (CI stays deterministic and quick); no deadline,
# since the first call of an extractor compiles its rules. `HYPOTHESIS_PROFILE=explore` runs
# more, random examples locally.
from hypothesis import settings  # noqa: E402 - kept below the original fixtures on purpose

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", deadline=None, max_examples=2_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
