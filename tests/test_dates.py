"""Specification of `metrics.dates.resolve_date`: the date cascade, never the clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metrics.clean import clean_text
from metrics.dates import parse_date, resolve_date
from metrics.ingest import read_paths
from metrics.types import Article, Cleaned, DateInfo


def resolve(text: str = "", **fields: str) -> DateInfo:
    """Resolve the date of an article made of `text` (cleaned first) and metadata `fields`."""
    article = Article(article_id="a", text=text, **fields)
    return resolve_date(article, clean_text(text))


def outcome(info: DateInfo) -> tuple[str, str, str]:
    return info.date, info.source, info.precision


# --- the sample corpus ------------------------------------------------------------------------

SAMPLE_DATES = [
    # (article_id, date, source, precision)
    ("000_b97290b67b2eada6", "2018-09-01", "metadata", "month"),  # Vostok-2018, from metadata.csv
    ("001_6d826f31de6caac2", "2025-09-02", "header", "day"),
    ("002_ff1bc3d9e05ffa66", "2023-11-06", "header", "day"),
    ("003_f2308b668f01e3ab", "2024-05-01", "metadata", "month"),  # Putin's state visit to China
    ("004_1a762d15a278c5ee", "2024-05-01", "metadata", "month"),  # Harbin
]


@pytest.mark.parametrize(("article_id", "date", "source", "precision"), SAMPLE_DATES)
def test_sample_articles_are_dated(
    sample_dir: Path, article_id: str, date: str, source: str, precision: str
) -> None:
    articles = {article.article_id: article for article in read_paths([sample_dir]).articles}
    article = articles[article_id]
    info = resolve_date(article, clean_text(article.text))
    assert outcome(info) == (date, source, precision)


# --- metadata values --------------------------------------------------------------------------

METADATA_FORMS = [
    # (Article.date, (ISO date, precision)); None = not a date
    ("2024-05-16", ("2024-05-16", "day")),
    ("2024-05", ("2024-05-01", "month")),
    ("2024", ("2024-01-01", "year")),
    ("2024/05/16", ("2024-05-16", "day")),
    ("2024.05.16", ("2024-05-16", "day")),
    ("20240516", ("2024-05-16", "day")),
    ("2024-05-16T08:30:00+03:00", ("2024-05-16", "day")),
    ("16 May 2024", ("2024-05-16", "day")),
    ("16th May, 2024", ("2024-05-16", "day")),
    ("May 16, 2024", ("2024-05-16", "day")),
    ("Sept. 7, 2018", ("2018-09-07", "day")),
    ("Thursday, 16 May 2024", ("2024-05-16", "day")),
    ("May 2024", ("2024-05-01", "month")),
    # RSS pubDate and other dates with a time and zone: the date as written
    ("Tue, 05 Mar 2024 10:00:00 GMT", ("2024-03-05", "day")),
    ("Mon, 1 Apr 2024 23:59:59 +0000", ("2024-04-01", "day")),
    ("March 5, 2024 10:30 AM EST", ("2024-03-05", "day")),
    ("16 May 2024 at 09:15", ("2024-05-16", "day")),
    ("May 16, 2024 and later", None),
    ("25/12/2024", ("2024-12-25", "day")),  # unambiguous day first
    ("05/06/2024", None),  # ambiguous: 5 June or May 6
    ("9999-99-99", None),
    ("0000-00-00", None),
    ("2024-02-30", None),
    ("1899-12-31", None),
    ("2101-01-01", None),
    ("yesterday", None),
    ("Tuesday", None),
    ("", None),
]


@pytest.mark.parametrize(("value", "expected"), METADATA_FORMS)
def test_metadata_date_forms(value: str, expected: tuple[str, str] | None) -> None:
    assert parse_date(value) == expected


# --- the cascade ------------------------------------------------------------------------------

CASCADE = [
    # (text, article fields, expected (date, source, precision))
    (" date 2023-11-06 Body.", {"date": "2024-05"}, ("2024-05-01", "metadata", "month")),
    (
        " date 2023-11-06 Body.",
        {"url": "https://x.org/2020/01/02/a"},
        ("2023-11-06", "header", "day"),
    ),
    (
        "MOSCOW, Oct 18, 2019 (Reuters) - Body.",
        {"url": "https://x.org/2019/10/18/a"},
        ("2019-10-18", "url", "day"),
    ),
    (
        "MOSCOW, Oct 18, 2019 (Reuters) - Published: 18 Oct 2019",
        {},
        ("2019-10-18", "dateline", "day"),
    ),
    ("Published: 1 May 2021", {"origin": "2024-05-16_putin.txt"}, ("2021-05-01", "text", "day")),
    ("Body.", {"origin": "corpus/2024-05-16_putin.txt"}, ("2024-05-16", "filename", "day")),
    ("Body.", {}, ("", "none", "")),
    # an invalid earlier step falls through to the next one
    (
        "Body.",
        {"date": "not a date", "url": "https://x.org/2025/03/a"},
        ("2025-03-01", "url", "month"),
    ),
    (" date 9999-99-99 Body.", {"origin": "2024-05-16.txt"}, ("2024-05-16", "filename", "day")),
]


@pytest.mark.parametrize(("text", "fields", "expected"), CASCADE)
def test_the_first_step_with_a_valid_date_wins(
    text: str, fields: dict[str, str], expected: tuple[str, str, str]
) -> None:
    assert outcome(resolve(text, **fields)) == expected


# --- header -----------------------------------------------------------------------------------

ABSURD_HEADERS = [
    "9999-99-99",
    "0000-00-00",
    "1850-01-01",
    "2200-01-01",
    "2024-13-01",
    "2023-02-29",
]


@pytest.mark.parametrize("header", ABSURD_HEADERS)
def test_absurd_header_dates_are_rejected(header: str) -> None:
    info = resolve(f" date {header} Putin met Xi.")
    assert outcome(info) == ("", "none", "")
    assert header in info.note and "not a valid date" in info.note


MONTH_HEADERS = [
    # (text, url, expected): a month header is the month, made a day by a witness that agrees,
    # and it states the year a year-less dateline lacks
    (
        " date 2023-03 Gazprom said on Wednesday that exports rose.",
        "",
        ("2023-03-01", "header", "month"),
    ),
    (
        " date 2023-07 MOSCOW, July 15. /TASS/. Car sales rose.",
        "",
        ("2023-07-15", "dateline", "day"),
    ),
    (" date 2023-03 Exports rose.", "https://x.com/2023/03/29/gas", ("2023-03-29", "url", "day")),
    (" date 2023-13 Exports rose.", "", ("", "none", "")),
    # ... and conflicts like any witness: a url of another month, a url stating another year
    (" date 2023-07 Exports rose.", "https://x.com/2023/06/30/gas", ("", "none", "")),
    (
        " date 2023-07 MOSCOW, July 15. /TASS/. Talks.",
        "https://x.com/2022/07/15/a",
        ("", "none", ""),
    ),
    # (a url naming another year leaves the dateline without one: the header's month stands)
    (
        " date 2023-07 MOSCOW, July 15. /TASS/. Talks.",
        "https://x.com/2021/news/a",
        ("2023-07-01", "header", "month"),
    ),
    (" date 2023-13 MOSCOW, July 15. /TASS/. Talks.", "", ("", "none", "")),
    # ... and the page's date bar of that month makes it a day, as it does a url's month
    (
        " date 2022-05 Wednesday, May 11th 2022, 4:06 am\n\nBy: CBS News\n\nThe House voted.",
        "",
        ("2022-05-11", "text", "day"),
    ),
    (
        " date 2022-06 Wednesday, May 11th 2022\n\nBy: CBS News\n\nIt voted.",
        "",
        ("2022-06-01", "header", "month"),
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), MONTH_HEADERS)
def test_a_month_header_is_the_month_or_the_day_a_witness_adds(
    text: str, url: str, expected: tuple[str, str, str]
) -> None:
    assert outcome(resolve(text, url=url)) == expected


# --- url --------------------------------------------------------------------------------------

URLS = [
    # (url, expected (date, precision)); ("", "") = no date
    ("https://apnews.com/2024/05/16/putin-xi-beijing", ("2024-05-16", "day")),
    # a day and a month before the year as a part of the path, the day above 12
    ("https://www.socialistparty.org.uk/articles/26212/27-09-2017/germany", ("2017-09-27", "day")),
    ("https://x.org/articles/05-06-2017/germany", ("", "")),
    # a year and a month joined by a hyphen, never a season
    ("https://agenciabrasil.ebc.com.br/en/noticia/2024-05/guaiba", ("2024-05-01", "month")),
    ("https://x.com/football/2010-11/report", ("", "")),
    ("https://example.com/world/20231107/wang-yi", ("2023-11-07", "day")),
    ("http://www.chinadaily.com.cn/a/202412/27/WS-20241227.htm", ("2024-12-27", "day")),
    ("https://example.com/news/2024-05-16-putin", ("2024-05-16", "day")),
    ("https://example.com/2025/03/putin-xi", ("2025-03-01", "month")),
    ("https://example.com/2025/13/putin-xi", ("", "")),  # no month 13
    ("https://example.com/article/123456789", ("", "")),  # an id, not a date
    ("https://example.com/2024/putin", ("", "")),  # a year alone is no date
    # China Daily and gov.cn: /YYYYMM/DD/; People's Daily: /YYYY/MMDD/; Global Times: /YYYYMM/
    ("https://www.chinadaily.com.cn/a/202412/27/WS676e1b2e.html", ("2024-12-27", "day")),
    ("http://english.www.gov.cn/news/202405/16/content_WS66.html", ("2024-05-16", "day")),
    ("http://en.people.cn/n3/2024/0516/c90000-20169321.html", ("2024-05-16", "day")),
    ("https://www.globaltimes.cn/page/202312/1303726.shtml", ("2023-12-01", "month")),
    ("https://www.globaltimes.cn/page/202313/1303726.shtml", ("", "")),  # no month 13
    ("https://www.reuters.com/world/china/china-russia-trade-2024-01-12/", ("2024-01-12", "day")),
    # Xinhua and China Daily /YYYY-MM/DD/, China News /YYYY/MM-DD/, Reuters' old story ids
    ("http://www.xinhuanet.com/english/2016-09/13/c_135684000.htm", ("2016-09-13", "day")),
    ("http://www.ecns.cn/military/2016/09-14/226404.shtml", ("2016-09-14", "day")),
    ("http://www.reuters.com/article/gazprom-exports-idUSL6E8K58OZ20120905", ("2012-09-05", "day")),
    ("http://uk.reuters.com/article/gazprom-idUKL5E8CV59620121331", ("", "")),  # no month 13
    ("http://x.com/football/2010-11/12/report", ("", "")),  # a season, not a date
    ("http://x.com/archive/2024/10-12/issue.html", ("", "")),
    # Newsquest's story ids look like dates; a date before a dot is one only before an extension
    ("https://www.southwalesargus.co.uk/news/19940316.serious-crash-appeal/", ("", "")),
    ("https://example.com/news/story-20241227.html", ("2024-12-27", "day")),
    # a month by its name: "/30-Jun-2019/", Rediff's "/2004/jul/08bud32.htm", a newsletter's
    # "/2018-may-..." (a month); not "/2018-mayor-race/"
    ("https://timesofislamabad.com/30-Jun-2019/railway-fares", ("2019-06-30", "day")),
    ("http://in.rediff.com/money/2004/jul/08bud32.htm", ("2004-07-08", "day")),
    ("https://www.epsu.org/epsucob/2018-may-epsucobnews-10/strike", ("2018-05-01", "month")),
    ("https://example.com/2018-mayor-race/story", ("", "")),
]


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_dates_in_urls(url: str, expected: tuple[str, str]) -> None:
    info = resolve("Body.", url=url)
    assert (info.date, info.precision) == expected
    assert info.source == ("url" if expected[0] else "none")


# --- dateline ---------------------------------------------------------------------------------

DATELINES = [
    # (first line, article fields, expected date); "" = undated
    ("MOSCOW, Oct 18, 2019 (Reuters) - Russia said", {}, "2019-10-18"),
    ("BEIJING, September 7, 2018. /TASS/. Xi Jinping said", {}, "2018-09-07"),
    ("KYIV, 5 March 2024 (AFP) - Ukraine said", {}, "2024-03-05"),
    # no year: no date, unless the metadata states the year
    ("MOSCOW, Oct 18 (Reuters) - Russia said", {}, ""),
    ("BEIJING, September 7. /TASS/. Xi Jinping said", {}, ""),
    (
        "MOSCOW, Oct 18 (Reuters) - Russia said",
        {"url": "https://x.org/world/2019/russia"},
        "2019-10-18",
    ),
    # only the first line counts
    ("Putin met Xi.\nMOSCOW, Oct 18, 2019 (Reuters) - Russia said", {}, ""),
    # a state after the city, a space before the comma
    ("Anchorage, Alaska, August 16 , 2025\nTrump and Putin met.", {}, "2025-08-16"),
    # the agency credit in brackets (UrduPoint's copies of Sputnik)
    ("ST. PETERSBURG (UrduPoint News / Sputnik - 28th June, 2019) Gazprom said", {}, "2019-06-28"),
    ("Putin visits Beijing (Archive - 18 October 2023)\nBody.", {}, ""),  # no agency, no city
    ("MAR DEL PLATA, March 5, 2024 (Reuters) - Body.", {}, "2024-03-05"),  # a city, not "Mar"
    # a date and its agency without a city (EIR's), not a date that opens prose
    ("Feb. 5, 2024(EIRNS)—On Jan. 31, the bank issued a bond.", {}, "2024-02-05"),
    ("Feb. 5, 2024 was a day to remember (for us) - and then.", {}, ""),
    # day first, a city in brackets (UN News' copies)
    ("[ad_1]\n30 June 2024 (Khartoum) – The IPC says more people face hunger.", {}, "2024-06-30"),
    # a newswire's credit between the city and the date, or a wire's US date after a time
    ("MOSCOW, RUSSIA - Media OutReach Newswire - 30 July 2025 - SIBUR began.", {}, "2025-07-30"),
    ("Xinhua News\n7th December 2022 – (Warsaw) Ten K2 tanks were unloaded.", {}, "2022-12-07"),
    ("04:51 PM EDT, 07/18/2024 (MT Newswires) -- US indexes closed lower.", {}, "2024-07-18"),
    # a weekday's date opening the story, only if the weekday is right
    ("Wednesday, November 20, 2019- A horrific accident left four dead.", {}, "2019-11-20"),
    ("Tuesday, November 20, 2019- A horrific accident left four dead.", {}, ""),
    ("Wednesday, November 20, 2019- a line of prose goes on.", {}, ""),  # no story opens
]


@pytest.mark.parametrize(("text", "fields", "date"), DATELINES)
def test_datelines_at_the_start(text: str, fields: dict[str, str], date: str) -> None:
    info = resolve(text, **fields)
    assert info.date == date
    assert info.source == ("dateline" if date else "none")


def test_a_dateline_may_follow_a_headline_and_a_byline() -> None:
    text = (
        "Putin, Xi to meet in Beijing\nBy Staff\nMOSCOW, Oct 18, 2019 (Reuters) - Russia and China"
        " said on Friday that their leaders would meet next week."
    )
    assert outcome(resolve(text)) == ("2019-10-18", "dateline", "day")


def test_a_dateline_under_a_published_label_below_the_standfirst_counts() -> None:
    # Capital FM: caption, headline, a standfirst sentence, "Published", then the dateline
    text = (
        "Judiciary defends bond terms\nThe suspect was charged on June 25, the Judiciary said.\n"
        "Published\nNAIROBI, Kenya, Jul 3 — The Judiciary has defended the bond terms."
    )
    info = resolve(text, url="https://www.capitalfm.co.ke/news/2024/07/judiciary-bond")
    assert (info.date, info.precision) == ("2024-07-03", "day")
    # ... not without the label: a dateline opens the story, never after its prose
    assert resolve(text.replace("Published\n", ""), url="https://x.co.ke/news/2024/07/x").date == (
        "2024-07-01"
    )


@pytest.mark.parametrize(
    "banner",
    [
        "Wednesday, March 22, 2023",
        "Thursday, 8 December, 2022",
        "Friday 9 May 2025",
        "Wed. Jun 19th, 2024",  # (a weekday cut short: indiansupdate.com)
    ],
)
def test_the_day_a_site_printed_above_the_headline_is_no_publication_date(banner: str) -> None:
    # News sites print the day's date in their page header: a saved page carries the day it
    # was saved, above the headline
    info = resolve(f"{banner}\nXi visits Moscow\nOne of the topics was the war.")
    assert outcome(info) == ("", "none", "")
    assert "date of the day" in info.note


def test_a_banner_of_the_url_s_month_makes_it_a_day() -> None:
    # a blog's post header over "/2023/06/": the day of the url's month, not the day it was saved
    text = "Saturday, June 10, 2023\n\nFirst grain passes through the corridor\n\nBody."
    url = "https://climateerinvest.blogspot.com/2023/06/first-batch-of-grain.html"
    assert outcome(resolve(text, url=url)) == ("2023-06-10", "text", "day")
    # ... another month's banner leaves the url's month; a banner alone dates nothing
    other = "https://climateerinvest.blogspot.com/2023/05/first-batch-of-grain.html"
    assert outcome(resolve(text, url=other)) == ("2023-05-01", "url", "month")


def test_a_blog_s_weekday_line_without_a_year_makes_a_day_of_the_url_s_month() -> None:
    # Blogger's "Monday, April 8" over "/2013/04/": only a day of that month on that weekday
    text = "Monday, April 8\n\nNewspaper Ad Revs Drop Again\n\nBody."
    url = "http://media-shift.blogspot.com/2013/04/newspaper-ad-revs-drop-again.html"
    assert outcome(resolve(text, url=url)) == ("2013-04-08", "text", "day")
    tuesday = "Tuesday, April 8\n\nNewspaper Ad Revs Drop Again\n\nBody."
    assert outcome(resolve(tuesday, url=url)) == ("2013-04-01", "url", "month")
    assert outcome(resolve(text)) == ("", "none", "")


def test_a_by_line_s_date_is_the_story_s_not_the_update_after_it() -> None:
    # FindLaw's "By Admin on July 26, 2007 | Last updated on March 21, 2019"
    text = (
        "Federal Minimum Wage Increase Takes Effect\n\nBy Admin on July 26, 2007 | Last updated on"
        " March 21, 2019\n\nOn Tuesday, the first increase took effect."
    )
    assert outcome(resolve(text, url="https://archive.findlaw.com/blog/federal-minimum-2/")) == (
        "2007-07-26",
        "text",
        "day",
    )


def test_a_slug_ending_in_the_day_and_the_path_s_month_is_that_day() -> None:
    # Barents Observer: "/2014/05/chinas-biggest-arctic-project-22-05"
    url = "https://barentsobserver.com/en/energy/2014/05/chinas-biggest-arctic-project-22-05"
    assert outcome(resolve("China's biggest Arctic project\n\nBody.", url=url)) == (
        "2014-05-22",
        "url",
        "day",
    )
    other = "https://barentsobserver.com/en/energy/2014/05/chinas-biggest-arctic-project-22-06"
    assert outcome(resolve("Body.", url=other)) == ("2014-05-01", "url", "month")


def test_a_line_of_today_s_paper_is_the_day_the_page_was_saved() -> None:
    # Dawn's e-paper link carries the day it was saved; the story's own line is below
    text = "DAWN.COM\n\nToday's Paper | May 02, 2024\n\nUpdated 23 Apr, 2016 07:12am\n\nBody."
    assert outcome(resolve(text, url="https://www.dawn.com/news/amp/1253796")) == (
        "2016-04-23",
        "text",
        "day",
    )


def test_a_sentence_that_tells_of_another_publication_is_no_published_line() -> None:
    # the story reports an estimate "which was published" earlier: that is not its own date
    text = (
        "PERILS has released its final calculation of losses from Cyclone Gabrielle.\n"
        "The loss is NZ$2,174 million, up from an estimate of NZ$2,018 million, which was "
        "published on August 17, 2023.\nBody."
    )
    assert outcome(resolve(text)) == ("", "none", "")
    # ... while the page's own line still dates it
    assert outcome(resolve("Published on August 17, 2023\n\n" + text))[0] == "2023-08-17"
    # ... and a sentence about this very article is its own line
    note = "This article, which was first published on May 3, 2024, has been updated.\nBody."
    assert outcome(resolve(note))[0] == "2024-05-03"


def test_a_banner_with_a_time_is_the_day_the_page_was_saved_too() -> None:
    # MENAFN prints the time it served the page; the article's own date is further down
    text = "Tuesday, 02 January 2024 12:17 GMT\nPutin, Xi talk\n2025-08-09 06:16:10\nBody."
    assert outcome(resolve(text)) == ("2025-08-09", "text", "day")


def test_a_date_line_under_the_headline_still_counts_after_a_banner() -> None:
    text = "Wednesday, March 22, 2023\nXi visits Moscow\nMarch 21, 2023\nBody."
    assert outcome(resolve(text)) == ("2023-03-21", "text", "day")


def test_a_dateline_without_a_year_says_why_it_was_not_used() -> None:
    info = resolve("MOSCOW, Oct 18 (Reuters) - Russia said")
    assert "no year" in info.note


def test_a_bare_date_over_the_page_with_the_story_s_date_below_is_the_site_s_day() -> None:
    text = (
        "August 09, 2022\nyoutube twitter facebook\n\nBudget deficit to fall\n\n"
        "October 25, 2014\n\nBody."
    )
    assert outcome(resolve(text)) == ("2014-10-25", "text", "day")
    assert outcome(resolve("October 25, 2014\n\nBudget deficit to fall.")) == (
        "2014-10-25",
        "text",
        "day",
    )


def test_six_digits_before_a_headline_in_a_url_are_an_id_not_a_month() -> None:
    url = "http://www.worldbulletin.net/america-canada/200704/us-approves-5b-in-weapons-sales"
    assert outcome(resolve("The State Department approved sales.", url=url)) == ("", "none", "")
    url = "https://www.globaltimes.cn/page/202312/1303726.shtml"
    assert outcome(resolve("Body.", url=url)) == ("2023-12-01", "url", "month")


def test_a_blog_listing_s_date_bound_is_no_publication_date() -> None:
    # a page of posts older than a date is no article of that date
    url = (
        "https://aha-duapermata.blogspot.com/search?max-results=25&reverse-paginate=true"
        "&updated-max=2022-12-31T20%3A52%3A00-08%3A00"
    )
    assert outcome(resolve("Trade between Russia and China will grow.", url=url)) == (
        "",
        "none",
        "",
    )
    url = "https://x.blogspot.com/2022/12/trade-grows.html?updated-max=2023-01-01"
    assert outcome(resolve("Body.", url=url)) == ("2022-12-01", "url", "month")


def test_a_headline_that_starts_with_a_number_after_a_month_in_a_url_is_no_day() -> None:
    url = "http://www.topix.com/world/kenya/2017/06/12-000-passengers-have-traveled-on-kenyas-rail"
    assert outcome(resolve("Nearly 12,000 passengers had traveled.", url=url)) == (
        "2017-06-01",
        "url",
        "month",
    )
    url = "http://www.thenewhumanitarian.org/news/2007/08/20-0"
    assert outcome(resolve("Body.", url=url)) == ("2007-08-20", "url", "day")


def test_a_year_the_headline_spells_in_the_url_is_no_publication_year() -> None:
    text = "Tokyo, Aug. 31 (Jiji Press)--Japan's Defense Ministry announced a record request."
    url = "https://www.nippon.com/en/news/yjj2023/japan-seeks-record-7-7-t-yen-in-fy-2024-request.html"
    assert outcome(resolve(text, url=url)) == ("", "none", "")
    url = "https://www.nippon.com/en/news/2023/japan-seeks-record-7-7-t-yen-request.html"
    assert outcome(resolve(text, url=url)) == ("2023-08-31", "dateline", "day")


# --- text lines -------------------------------------------------------------------------------

TEXT_LINES = [
    # (text, expected date); "" = undated
    ("Putin in Harbin\nPublished: 16 May 2024\nBody.", "2024-05-16"),
    ("Updated: 17 May 2024\nPublished: 16 May 2024\nBody.", "2024-05-16"),  # Published preferred
    ("By A. Writer | Updated: 17 May 2024 08:00\nBody.", "2024-05-17"),
    ("Posted on May 16, 2024\nBody.", "2024-05-16"),
    ("Published: Thursday, 16 May 2024\nBody.", "2024-05-16"),
    ("x" * 600 + "\nPublished: 16 May 2024", ""),  # beyond the first 500 characters
    ("Published: Tuesday\nBody.", ""),  # a weekday is never resolved
    ("Published yesterday\nBody.", ""),  # nor a relative phrase
    ("Putin visited on 16 May 2024.", ""),  # a date in prose is not a publication date
    # a time before the date (SCMP), "Published On" (Al Jazeera), "Date of publication" (TASS-style)
    ("Title\nPublished: 8:00pm, 16 May 2024\nUpdated: 9:15pm, 19 May 2024\nBody.", "2024-05-16"),
    ("Published On 16 May 2024\nBody.", "2024-05-16"),
    ("PUBLIſHED: 16 May 2024\nBody.", "2024-05-16"),  # "ſ" is an "s" to the case folding
    ("POSTED ON 16 MAY 2024\nBody.", "2024-05-16"),
    ("LAST MODİFİED: 17 May 2024\nBody.", "2024-05-17"),
    ("Date of publication: 16.05.2024\nBody.", "2024-05-16"),
    # Indian sites: "Updated: 16-05-2024 | Created: 15-05-2024"; "05-06-2024" is ambiguous
    (
        "Title\nReuters | Delhi | Updated: 16-05-2024 09:10 IST | Created: 15-05-2024 20:01\nBody.",
        "2024-05-15",
    ),
    ("Title\nUpdated: 05-06-2024 10:00 IST\nBody.", ""),
    ("NEW DELHI: The fund, created on 12 March 2015, will invest more.", ""),  # prose
    # a line that is only a date with its furniture, near the top
    ("Title\nby A. Writer\nNovember 17, 2024 10:57 AM\n2 min read\nBody.", "2024-11-17"),
    ("Title\nJune 5, 2024 at 3:05 PM GMT+3\nBody.", "2024-06-05"),
    ("Title\n16 MAY 2024, 10:15\nBEIJING, May 16. /TASS/. Body.", "2024-05-16"),
    ("Title\nSource: Xinhua | 2023-11-07 21:14:05\nBody.", "2023-11-07"),
    ("Title\n17.05.2024 14:20\nBody.", "2024-05-17"),
    ("By Guy Faulconbridge and Laurie Chen | May 16, 2024\nBody.", "2024-05-16"),
    # a writer's name and a bar before the date, its update after it (Anadolu)
    ("Title\nSm Najmus Sakib  | 18.11.2023 - Update : 19.11.2023\nBody.", "2023-11-18"),
    ("Title\nSeptember 5, 2012 / 10:10 AM / 5 years ago\nBody.", "2012-09-05"),
    ("Title\n05/06/2024\nBody.", ""),  # day and month ambiguous
    # furniture run into the date (Medium's reading time, a section's name), a zone in brackets,
    # "Posted at" (ABS-CBN)
    ("Hacks\n3Commas Blog\n6 min readApr 16, 2020\nBody.", "2020-04-16"),
    ("Dam bursts\nBy Reuters\nJuly 3, 2019World News\nshare\nBody.", "2019-07-03"),
    ("Title\nBy Jul 08, 2022 (Gmt+09:00)\nBody.", "2022-07-08"),
    ("Title\nKristine Sabillo, ABS-CBN News\nPosted at Feb 18 2020 04:04 PM\nBody.", "2020-02-18"),
    ("Title\nJuly 3, 2019Rain fell hard on the city\nBody.", ""),  # a sentence, no section
    # a site after the date, a kicker before it; a two-digit year after a "Published" label
    ("EC announces 72.69% turnout\nSun, 4 Dec 2016 Source: ghonetv.com\nBody.", "2016-12-04"),
    ("Turnout 42.78 per cent\nBreaking News March 31, 2014 00:00\nBody.", "2014-03-31"),
    ("Title\nAmy Qin New York Published 28.12.22, 12:40 AM\nBody.", "2022-12-28"),
    ("Title\nPublished 05.06.22\nBody.", ""),  # day and month ambiguous
    # a source's credit closing the text (China.org.cn)
    ("Traffic fell 0.8 percent.\n(Shenzhen Daily February 17, 2005)", "2005-02-17"),
    ("Trade grew.\n(Xinhua News Agency 5 March 2005)\n", "2005-03-05"),
    ("Hasina spoke.\nSource: bd News24 February 17, 2021 07:18 UTC", "2021-02-17"),
    # an ISO timestamp on a line of its own
    ("Site\nFloods: insured damage\n2021-07-21T13:44:29.231Z\nBody.", "2021-07-21"),
    # not date lines: a headline with a date, a related link, a copyright line
    ("Xi, Putin sign joint statement (May 16, 2024)\nBody.", ""),
    ("Body.\n© 2024 Thomson Reuters. May 16, 2024", ""),
    ("On May 16, 2024, Putin arrived in Beijing.\nBody.", ""),
]


@pytest.mark.parametrize(("text", "date"), TEXT_LINES)
def test_published_and_updated_lines(text: str, date: str) -> None:
    info = resolve(text)
    assert info.date == date
    assert info.source == ("text" if date else "none")


# --- conflicting and coarse evidence ---------------------------------------------------------

CONFLICTS = [
    # (text, article fields): two witnesses more than a day apart leave the article undated
    ("Title\nPublished: 17 May 2023\nBody.", {"url": "https://x.org/2024/05/16/a"}),
    ("Published: 18 October 2019\nMOSCOW, Oct 18, 2018 (Reuters) - Body.", {}),
    ("Title\nMay 16, 2024\nBody.", {"url": "https://x.org/2023/01/a"}),
    ("Trade grew.\n(Xinhua News Agency 5 March 2005)", {"url": "https://x.org/2005/04/a"}),
]


@pytest.mark.parametrize(("text", "fields"), CONFLICTS)
def test_conflicting_witnesses_leave_the_article_undated(text: str, fields: dict[str, str]) -> None:
    info = resolve(text, **fields)
    assert outcome(info) == ("", "none", "")
    assert "conflicting dates" in info.note


AGREEMENTS = [
    # (text, article fields, expected date): a day apart (time zones) or an update is no conflict
    (
        "Title\nPublished: 17 May 2024 00:30\nBody.",
        {"url": "https://x.org/2024/05/16/a"},
        "2024-05-16",
    ),
    ("Title\nUpdated: 20 June 2024\nBody.", {"url": "https://x.org/2024/05/16/a"}, "2024-05-16"),
]


@pytest.mark.parametrize(("text", "fields", "date"), AGREEMENTS)
def test_agreeing_witnesses_keep_the_first(text: str, fields: dict[str, str], date: str) -> None:
    assert resolve(text, **fields).date == date


@pytest.mark.parametrize(
    "text",
    [
        "Title\nMay 16, 2024\nBody.",
        "Adverse weather: Casualties rise up to 11\nMAY 16 2024\nThe centre says 84,943 people.",
        "Coal exports slump\n16-May-2024\nExports fell.",
        "Port news\n2024 May 16 17:51\nCargo rose.",
        "BLOG — May 16, 2024\nPicture this: the Northern Sea Route\nShips sailed.",  # a section
    ],
)
def test_a_month_url_is_made_a_day_by_an_agreeing_date_line(text: str) -> None:
    # "/2024/05/" says the month; the date line under the headline says the day of it
    info = resolve(text, url="https://x.org/2024/05/a")
    assert outcome(info) == ("2024-05-16", "text", "day")
    assert "agreeing with url" in info.note


def test_dates_in_teasers_after_a_related_posts_header_are_not_the_articles() -> None:
    # a related post's date at the foot of a short page ("- April 9, 2024") is not this one's
    text = (
        "Russia and China have once again conducted a joint bomber patrol over the Sea of Japan."
        "\nRelated Posts\nHave There Ever Been Any Fighter Jets With Three Seats?\n- Guest"
        " authors\n- April 9, 2024\n- 0"
    )
    assert outcome(resolve(text)) == ("", "none", "")
    assert outcome(resolve(text.replace("\nRelated Posts", ""))) == ("2024-04-09", "text", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Storm hits coast\nRelated Topics: Weather, Florida\nMay 23, 2018\nThe storm hit.",
        "Related News\nStorm hits coast\nMay 23, 2018\nThe storm hit the coast.",
        "Storm hits coast\n23-May-2018 | 10:32 IST\nThe storm hit the coast.",
    ],
)
def test_a_related_header_above_the_story_or_a_tag_line_leaves_its_date(text: str) -> None:
    assert outcome(resolve(text)) == ("2018-05-23", "text", "day")


def test_the_site_s_date_of_the_day_under_a_menu_line_is_not_the_article_s() -> None:
    text = "Dark Mode\nFriday, 19 April 2024\nLogo\nLebanon's Banking Crisis\nWhen one thinks..."
    assert outcome(resolve(text)) == ("", "none", "")


def test_a_coarse_metadata_date_is_refined_by_an_agreeing_dateline() -> None:
    info = resolve("MOSCOW, Oct 18 (Reuters) - Russia said", date="2019")
    assert outcome(info) == ("2019-10-18", "dateline", "day")
    assert "metadata" in info.note


def test_a_coarse_metadata_date_is_kept_when_the_text_disagrees() -> None:
    info = resolve("Title\nPublished: 18 Oct 2020\nBody.", date="2019-10")
    assert outcome(info) == ("2019-10-01", "metadata", "month")


# --- file names -------------------------------------------------------------------------------

FILE_NAMES = [
    # (origin, expected date)
    ("corpus/2024-05-16_putin.txt", "2024-05-16"),
    ("putin_20240516.md", "2024-05-16"),
    ("bundle.zip/2023_11_06-wang-yi.txt", "2023-11-06"),
    ("news-2024-05-16.csv row 3", "2024-05-16"),
    ("001_6d826f31de6caac2.txt", ""),
    ("2024-99-16_putin.txt", ""),
    ("2024/05/16/putin.txt", ""),  # folders are not the file name
]


@pytest.mark.parametrize(("origin", "date"), FILE_NAMES)
def test_dates_in_file_names(origin: str, date: str) -> None:
    info = resolve("Body.", origin=origin)
    assert info.date == date
    assert info.source == ("filename" if date else "none")


# --- captions and the clock -------------------------------------------------------------------


def test_dates_in_photo_captions_are_ignored() -> None:
    text = (
        "Putin and Xi held talks on trade.\n\n"
        "Russian President Vladimir Putin, Center, at the start of a bilateral meeting in Beijing, "
        "Tuesday September 2, 2025. (Pool photo via AP)\n\n"
        "Chinese President Xi Jinping in Beijing, China, Tuesday, Sept. 2, 2025. Photo: Reuters"
    )
    assert outcome(resolve(text)) == ("", "none", "")


def test_undated_articles_say_why() -> None:
    info = resolve("Putin met Xi on Tuesday.")
    assert info == DateInfo(note="no date in metadata, header, url, dateline, text or file name")


@pytest.mark.parametrize(
    "text", ["Published: today", "Updated 3 hours ago", "MOSCOW, Tuesday (Reuters) - Russia said"]
)
def test_relative_phrases_never_resolve_against_the_clock(text: str) -> None:
    assert resolve(text).date == ""


# --- never raises -----------------------------------------------------------------------------

FIELD = st.text(max_size=40) | st.sampled_from(["2024-05-16", "2024-13", "16 May 2024", "9999"])


@given(text=st.text(), date=FIELD, url=FIELD, origin=FIELD, header=FIELD)
def test_resolve_date_never_raises_and_returns_valid_iso(
    text: str, date: str, url: str, origin: str, header: str
) -> None:
    article = Article(article_id="a", text=text, date=date, url=url, origin=origin)
    info = resolve_date(article, Cleaned(text=clean_text(text).text, header_date=header))
    if info.date:
        parsed = dt.date.fromisoformat(info.date)
        assert 1900 <= parsed.year <= 2100
        assert info.precision in ("day", "month", "year")
        assert info.source != "none"
    else:
        assert (info.source, info.precision) == ("none", "")
