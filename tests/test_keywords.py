"""YAKE keywords: deterministic, plain floats, ranked best first."""

from __future__ import annotations

from metrics.keywords import extract_keywords

TEXT = (
    "China is sending 3,200 troops to take part in Russia's vast Vostok military exercises "
    "this month. The Vostok military exercises are scheduled every four years, and Chinese "
    "troops join the Russian war games for the first time."
)


def test_keywords_are_ranked_best_first_with_float_scores() -> None:
    keywords = extract_keywords(TEXT)
    assert 0 < len(keywords) <= 10
    scores = [score for _, score in keywords]
    assert all(type(score) is float for score in scores)
    assert scores == sorted(scores)  # YAKE: lower is more relevant


def test_the_main_subject_is_a_keyword() -> None:
    keywords = [keyword.lower() for keyword, _ in extract_keywords(TEXT)]
    assert any("military exercises" in keyword for keyword in keywords)


def test_keywords_are_deterministic_and_cached() -> None:
    assert extract_keywords(TEXT) == extract_keywords(TEXT)
    assert extract_keywords(TEXT, top=3) == extract_keywords(TEXT)[:3]


def test_phrases_are_at_most_three_words() -> None:
    assert all(len(keyword.split()) <= 3 for keyword, _ in extract_keywords(TEXT))


def test_empty_text_has_no_keywords() -> None:
    assert extract_keywords("") == []
    assert extract_keywords("   \n ") == []


def test_ranking_prefers_keywords_shared_by_more_articles() -> None:
    import pandas as pd

    from metrics.keywords import rank_keywords

    keywords = pd.DataFrame(
        {"article_id": ["a", "b", "a", "b", "c"],
         "keyword": ["Gas pipeline", "gas pipeline", "Putin", "Xi", "Xi"],
         "score": [0.2, 0.3, 0.01, 0.5, 0.4], "rank": [2, 2, 1, 1, 1]}
    )  # fmt: skip
    ranked = rank_keywords(keywords)
    # both in 2 articles: the better (lower) mean YAKE score comes first; case is ignored
    assert list(ranked["keyword"]) == ["gas pipeline", "xi", "putin"]
    assert list(ranked["articles"]) == [2, 2, 1]
    assert ranked.iloc[1]["mean_score"] == 0.45 and ranked.iloc[1]["best_rank"] == 1


def test_a_keyword_that_only_names_a_date_is_dropped() -> None:
    text = (
        "On Tuesday September 2 the leaders met in Beijing. On Tuesday September 2 the parade "
        "marked the war's end. Xi Jinping and Vladimir Putin watched the parade in Beijing on "
        "Tuesday September 2, and the parade in Beijing drew crowds on Tuesday September 2."
    )
    keywords = [keyword.lower() for keyword, _ in extract_keywords(text)]
    assert keywords and "beijing" in " ".join(keywords)
    dates_only = [k for k in keywords if set(k.split()) <= {"tuesday", "september", "2"}]
    assert dates_only == []


def test_a_keyword_that_only_names_an_amount_is_dropped() -> None:
    text = (
        "Trade reached 240 billion dollars. Exports rose 5 percent to 110 billion. Imports rose"
        " 3 percent to 130 billion. Trade with Beijing grew by billions, officials in Moscow said."
    )
    keywords = [keyword.lower() for keyword, _ in extract_keywords(text)]
    assert keywords
    assert not [k for k in keywords if set(k.split()) <= {"billion", "percent", "5", "3"}]
