"""Trend metrics for news corpora: themes, reported figures and keywords per article date.

Pure functions from text and DataFrames to DataFrames; no UI code lives here, so the CLI,
the dashboard, tests and batch jobs share them.
"""

import logging

from metrics.pipeline import analyze, analyze_article, analyze_paths
from metrics.themes import Lexicon, load_lexicon, parse_lexicon
from metrics.trends import Trend, default_granularity, theme_trends
from metrics.types import Article, Tables

__all__ = [
    "Article",
    "Lexicon",
    "Tables",
    "Trend",
    "analyze",
    "analyze_article",
    "analyze_paths",
    "default_granularity",
    "load_lexicon",
    "parse_lexicon",
    "theme_trends",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
