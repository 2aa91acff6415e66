"""Theme counts aggregated per period, zero-filled, in three count modes.

Every row carries the denominator behind its value (articles and words in the period), so a
chart or a CSV never shows a rate without the numbers it was computed from.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from metrics.types import CountMode, Granularity

GRANULARITIES: tuple[Granularity, ...] = ("day", "week", "month", "quarter", "year")
COUNT_MODES: tuple[CountMode, ...] = ("mentions", "per_1k_words", "share_of_articles")
MODE_LABELS: dict[str, str] = {
    "mentions": "Mentions (count)",
    "per_1k_words": "Mentions per 1,000 words",
    "share_of_articles": "Share of articles mentioning the theme (%)",
}
# pandas period aliases; weeks start on Monday (ISO weeks).
_PERIOD_FREQ = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
# How fine a date must be to sit in a period of each granularity.
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_GRANULARITY_NEEDS = {"day": 0, "week": 0, "month": 1, "quarter": 1, "year": 2}

TREND_COLUMNS = [
    "period",
    "period_start",
    "theme",
    "mentions",
    "articles_with_theme",
    "articles",
    "words",
    "value",
    "mode",
]


@dataclass(frozen=True)
class Trend:
    """A trend table plus what it had to leave out, for the chart's note."""

    table: pd.DataFrame
    undated: int  # articles without a date
    too_coarse: int  # dated articles whose date is coarser than the granularity


def default_granularity(dates: pd.Series, precisions: pd.Series | None = None) -> Granularity:
    """A granularity giving a readable number of periods (about 6 to 60) for the date span,
    never finer than most articles' dates (year-only dates get a yearly chart)."""
    parsed = pd.to_datetime(dates, errors="coerce").dropna()
    if parsed.empty:
        return "month"
    span_days = (parsed.max() - parsed.min()).days
    if span_days <= 45:
        suggested: Granularity = "day"
    elif span_days <= 366:
        suggested = "week"
    elif span_days <= 5 * 366:
        suggested = "month"
    elif span_days <= 15 * 366:
        suggested = "quarter"
    else:
        suggested = "year"
    if precisions is not None:
        known = precisions[precisions.isin(_PRECISION_RANK)]
        if not known.empty:
            # the finest precision that at least half of the dated articles have
            ranks = known.map(_PRECISION_RANK).sort_values()
            typical = int(ranks.iloc[(len(ranks) - 1) // 2])
            while _GRANULARITY_NEEDS[suggested] < typical:
                suggested = GRANULARITIES[GRANULARITIES.index(suggested) + 1]
    return suggested


def period_label(start: pd.Timestamp, granularity: Granularity) -> str:
    """A short human label for a period starting at `start` ("2024-05", "2024 Q2", ...)."""
    if granularity == "day":
        return start.strftime("%Y-%m-%d")
    if granularity == "week":
        return f"week of {start.strftime('%Y-%m-%d')}"
    if granularity == "month":
        return start.strftime("%Y-%m")
    if granularity == "quarter":
        return f"{start.year} Q{start.quarter}"
    return str(start.year)


def assign_periods(articles: pd.DataFrame, granularity: Granularity) -> pd.Series:
    """Each article's period start (NaT when undated or dated too coarsely for `granularity`)."""
    dates = pd.to_datetime(articles["date"], errors="coerce", format="%Y-%m-%d")
    precision_ok = (
        articles["date_precision"].map(_PRECISION_RANK).fillna(99)
        <= _GRANULARITY_NEEDS[granularity]
    )
    dates = dates.where(precision_ok)
    periods = dates.dt.to_period(_PERIOD_FREQ[granularity])
    return periods.dt.start_time


def article_periods(articles: pd.DataFrame, granularity: Granularity) -> pd.Series:
    """Each article's period label, indexed by article id ('' when it has no such period)."""
    starts = assign_periods(articles, granularity)
    labels = [period_label(start, granularity) if pd.notna(start) else "" for start in starts]
    return pd.Series(labels, index=articles["article_id"].to_numpy(), dtype=object)


def theme_trends(
    theme_counts: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    granularity: Granularity = "month",
    mode: CountMode = "mentions",
    themes: list[str] | None = None,
) -> Trend:
    """Aggregate per-article theme counts into one row per (period, theme).

    Args:
        theme_counts: the `theme_counts` table (article × theme, zeros included).
        articles: the `articles` table (needs `article_id, date, date_precision, words`).
        granularity: period length; articles dated more coarsely are left out and counted.
        mode: `mentions` (sum of matches), `per_1k_words` (matches / words in the period ×
            1,000) or `share_of_articles` (% of the period's articles with ≥ 1 match).
        themes: themes to keep (all when None).

    Empty periods between the first and last dated article are kept with zero mentions;
    their rates are NaN (no articles, so no rate), never a fake zero.
    """
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {', '.join(GRANULARITIES)}")
    if mode not in COUNT_MODES:
        raise ValueError(f"mode must be one of {', '.join(COUNT_MODES)}")

    articles = articles[articles.get("status", "ok") == "ok"] if "status" in articles else articles
    all_themes = list(dict.fromkeys(theme_counts["theme"])) if themes is None else list(themes)
    undated = int((articles["date"].fillna("") == "").sum())
    starts = assign_periods(articles, granularity)
    too_coarse = int(starts.isna().sum()) - undated
    dated = articles.assign(period_start=starts).dropna(subset=["period_start"])

    if dated.empty or not all_themes:
        return Trend(pd.DataFrame(columns=TREND_COLUMNS), undated, too_coarse)

    freq = _PERIOD_FREQ[granularity]
    full_range = pd.period_range(
        dated["period_start"].min(), dated["period_start"].max(), freq=freq
    ).start_time
    per_period = (
        dated.groupby("period_start")
        .agg(articles=("article_id", "size"), words=("words", "sum"))
        .reindex(full_range, fill_value=0)
    )
    per_period.index.name = "period_start"

    counts = theme_counts[theme_counts["theme"].isin(all_themes)].merge(
        dated[["article_id", "period_start"]], on="article_id", how="inner"
    )
    counts = counts.assign(has_theme=counts["count"] > 0)
    by_theme = counts.groupby(["period_start", "theme"]).agg(
        mentions=("count", "sum"), articles_with_theme=("has_theme", "sum")
    )
    grid = pd.MultiIndex.from_product([full_range, all_themes], names=["period_start", "theme"])
    table = (
        by_theme.reindex(grid, fill_value=0)
        .reset_index()
        .merge(per_period.reset_index(), on="period_start", how="left")
    )
    table["mentions"] = table["mentions"].astype(int)
    table["articles_with_theme"] = table["articles_with_theme"].astype(int)
    table["articles"] = table["articles"].astype(int)
    table["words"] = table["words"].astype(int)

    if mode == "mentions":
        table["value"] = table["mentions"].astype(float)
    elif mode == "per_1k_words":
        table["value"] = table["mentions"] / table["words"].where(table["words"] > 0) * 1000
    else:
        table["value"] = (
            table["articles_with_theme"] / table["articles"].where(table["articles"] > 0) * 100
        )
    table["mode"] = mode
    table["period"] = [period_label(start, granularity) for start in table["period_start"]]
    return Trend(table[TREND_COLUMNS], undated, too_coarse)


def theme_cooccurrence(theme_counts: pd.DataFrame, themes: list[str]) -> pd.DataFrame:
    """Articles mentioning both themes, for every pair (the diagonal: articles mentioning one).

    Returns a square table indexed and columned by theme.
    """
    present = (
        theme_counts[theme_counts["theme"].isin(themes)]
        .pivot_table(index="article_id", columns="theme", values="count", aggfunc="sum")
        .reindex(columns=themes, fill_value=0)
        .fillna(0)
        .gt(0)
        .astype(int)
    )
    return present.T.dot(present).reindex(index=themes, columns=themes, fill_value=0)


def keyword_trends(
    keywords: pd.DataFrame,
    articles: pd.DataFrame,
    chosen: list[str],
    *,
    granularity: Granularity = "month",
) -> pd.DataFrame:
    """Per period, how many articles have each chosen keyword among their top keywords.

    Keywords match case-insensitively. Empty periods are zero-filled; `articles` is the
    number of dated articles in the period (the denominator).
    """
    columns = ["period_start", "period", "keyword", "articles_with_keyword", "articles"]
    starts = assign_periods(articles, granularity)
    dated = articles.assign(period_start=starts).dropna(subset=["period_start"])
    if dated.empty or not chosen:
        return pd.DataFrame(columns=columns)
    freq = _PERIOD_FREQ[granularity]
    full_range = pd.period_range(
        dated["period_start"].min(), dated["period_start"].max(), freq=freq
    ).start_time
    per_period = (
        dated.groupby("period_start")["article_id"].size().reindex(full_range, fill_value=0)
    )
    lowered = [keyword.lower() for keyword in chosen]
    matches = keywords.assign(keyword=keywords["keyword"].str.lower())
    matches = matches[matches["keyword"].isin(lowered)].merge(
        dated[["article_id", "period_start"]], on="article_id"
    )
    counts = matches.groupby(["period_start", "keyword"])["article_id"].nunique()
    grid = pd.MultiIndex.from_product([full_range, lowered], names=["period_start", "keyword"])
    table = counts.reindex(grid, fill_value=0).rename("articles_with_keyword").reset_index()
    table["articles"] = table["period_start"].map(per_period).astype(int)
    table["period"] = [period_label(start, granularity) for start in table["period_start"]]
    return table[columns]
