"""YAKE keywords per article, deterministic and cached by the text's digest.

YAKE scores are "lower is more relevant"; `rank` 1 is the best keyword of an article.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict

import yake

LOGGER = logging.getLogger(__name__)

MAX_NGRAM = 3
TOP_KEYWORDS = 10
# YAKE's default deduplication threshold; candidates more similar than this to a better one drop.
DEDUPLICATION_THRESHOLD = 0.9
LANGUAGE = "en"
_CACHE_SIZE = 20_000

_cache: OrderedDict[tuple[str, int, int], tuple[tuple[str, float], ...]] = OrderedDict()
_cache_lock = threading.Lock()


def text_digest(text: str) -> str:
    """SHA-256 hex digest of a text (the cache key of its keywords)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract_keywords(
    text: str, *, top: int = TOP_KEYWORDS, max_ngram: int = MAX_NGRAM
) -> list[tuple[str, float]]:
    """The `top` YAKE keywords of `text` as (keyword, score) pairs, best (lowest score) first.

    Scores are plain floats. Results are cached by (digest, top, max_ngram), so the same
    text is never scored twice in a process.
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
        lan=LANGUAGE, n=max_ngram, dedup_lim=DEDUPLICATION_THRESHOLD, top=top
    )
    try:
        pairs = extractor.extract_keywords(text)
    except (ValueError, ZeroDivisionError, IndexError) as error:  # YAKE on degenerate text
        LOGGER.warning("YAKE failed on a text of %d characters: %s", len(text), error)
        pairs = []
    # Sort by score, then keyword, so that ties come out in the same order on every machine.
    result = tuple(
        sorted(((str(kw), float(score)) for kw, score in pairs), key=lambda p: (p[1], p[0]))
    )
    with _cache_lock:
        _cache[key] = result
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return list(result)
