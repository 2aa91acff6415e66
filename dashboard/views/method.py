"""Method view: how every number on the page is made, in plain words."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.views import ViewContext
from metrics.keywords import DEDUPLICATION_THRESHOLD, MAX_NGRAM, TOP_KEYWORDS

METHOD = f"""
#### Articles and dates
Each file (or each row of a CSV/JSON Lines file) is one article. Before anything is counted the
text is **cleaned**: the ` date YYYY-MM-DD` header line, photo captions (paragraphs ending in a
credit such as "(… Photo via AP)"), page furniture ("Reading Time", "More From This Section",
share and subscribe lines), trailing lists of unrelated headlines and repeated paragraphs are
removed. All offsets refer to the cleaned text, which the Articles view shows.

An article's **date** comes from the first of: metadata (a `date` column, `metadata.csv`, HTML
metadata), the ` date` header, the URL (`/2024/05/16/`), a dateline with a year
("MOSCOW, Oct 18, 2024 (Reuters) -"), a "Published:" line near the top, or a date in the file
name. A date is **never invented**: no "today", no weekday or "last year" resolved against the
clock, nothing from photo captions. When the pieces of evidence disagree by more than a day, the
article stays undated and its date note (Articles view) says why. Articles without any of
these are *undated*: they are left off time charts (each chart says how many) and still used
everywhere else. A date known only to
the month or year is not placed on a finer time chart; the chart says how many it left out.

#### Themes
A theme is a list of words and phrases (its **lexicon**, editable in the sidebar). Matching is
case-insensitive and whole-word; `*` matches any word ending (`sanction*` finds "sanctioned");
a phrase counts once, not once per word inside it ("natural gas"); listed exclusions never count
("trade union"). A word may belong to two themes and then counts in both.

- **Mentions**: the number of matches in the period's articles.
- **Mentions per 1,000 words**: mentions ÷ all words of the period's articles × 1,000 — the fair
  comparison when periods hold different amounts of text.
- **Share of articles**: the percentage of the period's articles with at least one mention.

The number of articles per period is shown under every trend chart and in each hover and CSV.
Periods between the first and last article with no articles show 0 mentions; their rates are left
blank, because a rate of nothing is not zero. With few articles per period, one article moves
the values a lot: the trends view warns when periods hold fewer than 3.

#### Figures
A figure is a number with what it counts: an amount of money (`$240 billion` → 240,000,000,000
USD), a percentage, a volume of gas (`38 billion cubic metres` → 38 bcm), or a counted object
(`3,200 troops`). Numbers written in words and scale words (`million`, `bn`) are understood;
hedges ("about", "over", "nearly") are kept as the qualifier. Ranges ("70,000 to 80,000") keep
both ends; fractions are percentages, as shares ("a quarter of" → 25%) or changes ("fell by a
third" → 33.33%); the other side of a comparison takes the first one's unit ("48 million tons,
down from 55.5 million"), but only when the two are of a size. Years, dates, ordinals ("80th"),
model and exercise names ("Tu-95", "Vostok-2018"), ages, times of day, page furniture and trivial
counts ("the two leaders") are not figures. Money is *trade* when its sentence talks about trade,
exports or imports. A figure's **theme** is the theme with most mentions in its sentence.
When the sentence ties a figure to a period ("last year", "in 2023", "in the first 10 months
of 2023"), that period is resolved against the article's own date, and the Figures view can
place the figure there instead of at the article date.
Repeated mentions of the same value, unit and period can be collapsed into one claim.

#### Keywords
YAKE (unsupervised, per article, no model download) picks each article's top {TOP_KEYWORDS}
keywords of 1 to {MAX_NGRAM} words, with YAKE's default deduplication ({DEDUPLICATION_THRESHOLD}).
A phrase inside a better-ranked one ("President Vladimir" beside "President Vladimir Putin") is
dropped, and so is a phrase made only of weekdays, months and numbers ("Tuesday September").
A lower YAKE score is more relevant. Across articles, keywords are ranked by how many articles
have them, then by their mean score.
"""


def render(context: ViewContext) -> None:
    """Draw the methodology note and the lexicon in use."""
    st.markdown(METHOD)
    st.markdown("#### The lexicon in use")
    rows = [
        {
            "theme": theme.label,
            "terms": ", ".join(theme.terms),
            "never counted": ", ".join(theme.exclude),
        }
        for theme in context.lexicon.themes
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    articles = context.tables.articles
    dates = articles.loc[articles["status"] == "ok", "date_source"].value_counts()
    st.markdown("#### Where this corpus's dates come from")
    st.dataframe(dates.rename_axis("date source").reset_index(name="articles"), hide_index=True)
