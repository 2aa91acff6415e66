"""YAKE keywords per article, deterministic and cached by the text's digest.

YAKE scores are "lower is more relevant"; `rank` 1 is the best keyword of an article.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict

import pandas as pd
import yake

from metrics.dates import CALENDAR_WORDS

LOGGER = logging.getLogger(__name__)

MAX_NGRAM = 3
TOP_KEYWORDS = 10
# YAKE's default deduplication threshold; candidates more similar than this to a better one drop.
DEDUPLICATION_THRESHOLD = 0.9
LANGUAGE = "en"
_CACHE_SIZE = 20_000
# YAKE is asked for this many times `top` candidates, before nested phrases are dropped.
_CANDIDATES = 3

# A keyword made only of these (and numbers) names an amount, not a subject: "billion",
# "percent", "2.5 million" (the figures table has the amounts, with what they count).
QUANTITY_WORDS = frozenset((
    "thousand", "million", "billion", "trillion", "mln", "mn", "bln", "bn", "tn", "percent",
    "per", "cent", "pct",
))  # fmt: skip
# ... but alone these are also a name, a noun or a paper ("May", "march", "The Sun").
_ALSO_WORDS = frozenset(("may", "march", "sun"))
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

_cache: OrderedDict[tuple[str, int, int], tuple[tuple[str, float], ...]] = OrderedDict()
_cache_lock = threading.Lock()


def text_digest(text: str) -> str:
    """SHA-256 hex digest of a text (the cache key of its keywords)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _names_no_subject(keyword: str) -> bool:
    """Whether every word of `keyword` is a weekday, a month, a number or an amount word
    ("Tuesday Sept", "billion", "percent")."""
    words = _TOKEN.findall(keyword.lower())
    if len(words) == 1 and words[0] in _ALSO_WORDS:
        return False
    return bool(words) and all(
        word in CALENDAR_WORDS or word in QUANTITY_WORDS or word.isdigit() for word in words
    )


def _drop_contained(ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Drop a keyword whose words all sit, in order, inside a better-ranked keyword or the
    other way round ("President Vladimir" next to "President Vladimir Putin")."""
    kept: list[tuple[str, float]] = []
    kept_words: list[str] = []
    for keyword, score in ranked:
        words = f" {' '.join(keyword.lower().split())} "
        if any(words in other or other in words for other in kept_words):
            continue
        kept.append((keyword, score))
        kept_words.append(words)
    return kept


def extract_keywords(
    text: str, *, top: int = TOP_KEYWORDS, max_ngram: int = MAX_NGRAM
) -> list[tuple[str, float]]:
    """The `top` YAKE keywords of `text` as (keyword, score) pairs, best (lowest score) first.

    Scores are plain floats. A phrase nested in a better-ranked one (or containing it) is
    dropped, so "President Vladimir" does not repeat "President Vladimir Putin", and so is a
    phrase that only names a date or an amount ("Tuesday September", "billion"). Results are
    cached by (digest, top, max_ngram), so the same text is never scored twice in a process.
    """
    if top < 1 or max_ngram < 1:
        raise ValueError("top and max_ngram must be at least 1")
    if not text.strip():
        return []
    key = (text_digest(text), top, max_ngram)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return list(_cache[key])
    extractor = yake.KeywordExtractor(
        lan=LANGUAGE, n=max_ngram, dedup_lim=DEDUPLICATION_THRESHOLD, top=top * _CANDIDATES
    )
    try:
        pairs = extractor.extract_keywords(text)
    except (ValueError, ZeroDivisionError, IndexError) as error:  # YAKE on degenerate text
        LOGGER.warning("YAKE failed on a text of %d characters: %s", len(text), error)
        pairs = []
    # Sort by score, then keyword, so that ties come out in the same order on every machine.
    ranked = sorted(((str(kw), float(score)) for kw, score in pairs), key=lambda p: (p[1], p[0]))
    ranked = [(keyword, score) for keyword, score in ranked if not _names_no_subject(keyword)]
    result = tuple(_drop_contained(ranked)[:top])
    with _cache_lock:
        _cache[key] = result
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return list(result)


def rank_keywords(keywords: pd.DataFrame, *, by: list[str] | None = None) -> pd.DataFrame:
    """Keywords ranked across articles: most articles first, then best mean YAKE score.

    `articles` is the number of articles that have the keyword in their top list (document
    frequency); `mean_score` averages YAKE's score over those articles (lower is better);
    `best_rank` is the keyword's best rank in any article. `by` groups first (e.g. period).
    """
    by = by or []
    columns = [*by, "keyword", "articles", "mean_score", "best_rank"]
    if keywords.empty:
        return pd.DataFrame(columns=columns)
    normalised = keywords.assign(keyword=keywords["keyword"].str.lower())
    ranked = (
        normalised.groupby([*by, "keyword"], sort=False)
        .agg(
            articles=("article_id", "nunique"),
            mean_score=("score", "mean"),
            best_rank=("rank", "min"),
        )
        .reset_index()
        .sort_values(
            [*by, "articles", "mean_score", "keyword"],
            ascending=[True] * len(by) + [False, True, True],
        )
    )
    return ranked[columns].reset_index(drop=True)
