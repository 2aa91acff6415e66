"""Specification of `metrics.ingest`: every input is read or skipped with a reason.

All binary inputs (encodings, zips, random bytes) are generated here in `tmp_path`.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.ingest import (
    REPORT_COLUMNS,
    IngestLimits,
    IngestResult,
    read_paths,
    read_uploads,
    report_frame,
)
from metrics.types import IngestRecord

MB = 1024 * 1024
SAMPLE_IDS = [
    "000_b97290b67b2eada6",
    "001_6d826f31de6caac2",
    "002_ff1bc3d9e05ffa66",
    "003_f2308b668f01e3ab",
    "004_1a762d15a278c5ee",
]
CP1252_TEXT = "Café talks: “no limits” partnership, naïve hopes — Moscow’s résumé.\n"
BROKEN_CSV = (
    "id,text,title\n"
    'c1,"First CSV article, about trade.",One\n'
    'c2,"Second row with an unterminated quote,Two\n'
    'c3,"Third CSV article, about energy.",Three\n'
)


def reasons(result: IngestResult) -> dict[str, str]:
    """origin -> reason of the skipped inputs."""
    return {r.origin: r.reason for r in result.report if r.status == "skipped"}


def ids(result: IngestResult) -> list[str]:
    return [article.article_id for article in result.articles]


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def one(data: bytes | str, name: str, tmp_path: Path, **limits: int) -> IngestResult:
    """Read a single file `name` holding `data`."""
    return read_paths([write(tmp_path / name, data)], limits=IngestLimits(**limits))


# --- the sample corpus ------------------------------------------------------------------------


def test_sample_folder_gives_five_articles_in_file_order(sample_dir: Path) -> None:
    result = read_paths([sample_dir])
    assert ids(result) == SAMPLE_IDS


def test_sample_folder_report_has_the_sidecar_and_five_articles(sample_dir: Path) -> None:
    report = read_paths([sample_dir]).report
    assert [(r.status, r.article_id) for r in report] == [("ok", "")] + [
        ("ok", article_id) for article_id in SAMPLE_IDS
    ]
    assert report[0].origin.endswith("articles/metadata.csv")
    assert report[0].reason == "metadata sidecar (5 entries)"
    assert {r.encoding for r in report} == {"utf-8"}


def test_sample_text_keeps_its_header_for_cleaning(sample_dir: Path) -> None:
    article = read_paths([sample_dir]).articles[1]
    assert article.text.startswith(" date 2025-09-02 The Chinese chief of Beijing")


SIDECAR_FIELDS = [
    # (article_id, date, source); titles are checked to be present
    ("000_b97290b67b2eada6", "2018-09", ""),
    ("001_6d826f31de6caac2", "", "AP"),
    ("002_ff1bc3d9e05ffa66", "", ""),
    ("003_f2308b668f01e3ab", "2024-05", ""),
    ("004_1a762d15a278c5ee", "2024-05", ""),
]


@pytest.mark.parametrize(("article_id", "date", "source"), SIDECAR_FIELDS)
def test_sidecar_gives_sample_metadata(
    sample_dir: Path, article_id: str, date: str, source: str
) -> None:
    article = {a.article_id: a for a in read_paths([sample_dir]).articles}[article_id]
    assert (article.date, article.source, article.url) == (date, source, "")
    assert article.title


def test_a_file_named_alone_still_gets_its_sidecar(sample_dir: Path) -> None:
    result = read_paths([sample_dir / "000_b97290b67b2eada6.txt"])
    assert result.articles[0].date == "2018-09"
    assert [r.reason for r in result.report] == ["metadata sidecar (5 entries)", ""]


# --- a messy folder: every good article read, every bad input reported ------------------------


@pytest.fixture
def messy_dir(sample_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(sample_dir, folder)
    write(folder / "empty.txt", b"")
    write(folder / "noise.txt", random.Random(0).randbytes(4096))
    write(folder / "legacy.txt", CP1252_TEXT.encode("cp1252"))
    write(folder / "news.csv", BROKEN_CSV)
    return folder


def test_messy_folder_keeps_every_good_article(messy_dir: Path) -> None:
    result = read_paths([messy_dir])
    assert ids(result) == [*SAMPLE_IDS, "legacy", "c1", "c3"]


MESSY_REASONS = [
    # (origin under the folder, reason)
    ("empty.txt", "empty"),
    ("noise.txt", "not text (binary content)"),
    ("news.csv row 2", "malformed row 2 (unterminated quote: ',' expected after '\"')"),
]


@pytest.mark.parametrize(("origin", "reason"), MESSY_REASONS)
def test_messy_folder_reports_each_bad_input(messy_dir: Path, origin: str, reason: str) -> None:
    result = read_paths([messy_dir])
    assert reasons(result)[f"{messy_dir.as_posix()}/{origin}"] == reason


def test_messy_folder_accounts_for_every_file(messy_dir: Path) -> None:
    result = read_paths([messy_dir])
    files = {path.as_posix() for path in messy_dir.iterdir()} - {f"{messy_dir.as_posix()}/news.csv"}
    origins = [r.origin for r in result.report]
    assert files <= set(origins)
    assert [o for o in origins if "news.csv" in o] == [
        f"{messy_dir.as_posix()}/news.csv row {n}" for n in (1, 2, 3)
    ]
    assert len(origins) == len(set(origins))


def test_cp1252_file_is_decoded_and_its_encoding_reported(messy_dir: Path) -> None:
    result = read_paths([messy_dir / "legacy.txt"])
    assert result.articles[0].text == CP1252_TEXT
    assert result.report[-1].encoding == "cp1252"


# --- encodings --------------------------------------------------------------------------------

TEXT = "Путин и Си: “no limits”, café, 北京.\n"
ENCODINGS = [
    # (bytes, reported encoding)
    (TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("utf-8-sig"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),  # with BOM, native order
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
    (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16"),
    ("Grüße aus München, das Wetter ist schön.".encode("utf-16-le"), "utf-16-le"),  # no BOM
]


@pytest.mark.parametrize(("data", "encoding"), ENCODINGS)
def test_unicode_encodings_are_detected(data: bytes, encoding: str, tmp_path: Path) -> None:
    result = one(data, "a.txt", tmp_path)
    assert result.report[0].encoding == encoding
    assert result.articles[0].text in (TEXT, "Grüße aus München, das Wetter ist schön.")


LEGACY = [
    # (text, codec used to write it, reported encoding)
    (CP1252_TEXT, "cp1252", "cp1252"),
    ("Grüße aus München, schöne Größe, das Wetter ist heute schön.", "latin-1", "cp1252"),
    ("Путин и Си Цзиньпин провели переговоры в Пекине. Торговля выросла.", "cp1251", "cp1251"),
]


@pytest.mark.parametrize(("text", "codec", "encoding"), LEGACY)
def test_legacy_encodings_are_detected(
    text: str, codec: str, encoding: str, tmp_path: Path
) -> None:
    result = one(text.encode(codec), "a.txt", tmp_path)
    assert (result.articles[0].text, result.report[0].encoding) == (text, encoding)


# --- skipped files ----------------------------------------------------------------------------

NOT_TEXT = [
    # (bytes named .txt)
    random.Random(1).randbytes(2048),
    b"\x89PNG\r\n\x1a\n" + b"IHDR image data" * 10,
    b"%PDF-1.7\n%text-looking PDF body\n",
    make_zip({"a.txt": b"hello"}),
    b"plain text with a NUL\x00 byte",
    bytes(range(1, 32)) * 20,  # control characters only
]


@pytest.mark.parametrize("data", NOT_TEXT)
def test_binary_content_is_not_text(data: bytes, tmp_path: Path) -> None:
    result = one(data, "a.txt", tmp_path)
    assert result.articles == []
    assert reasons(result) == {(tmp_path / "a.txt").as_posix(): "not text (binary content)"}


@pytest.mark.parametrize(
    "data", [b"", b"  \n\t \r\n", b"\xef\xbb\xbf", "\ufeff  \n".encode("utf-16")]
)
def test_empty_or_whitespace_files_are_empty(data: bytes, tmp_path: Path) -> None:
    assert list(reasons(one(data, "a.txt", tmp_path)).values()) == ["empty"]


def test_files_over_the_size_limit_are_too_large(tmp_path: Path) -> None:
    result = one(b"x" * (MB + MB // 2), "big.txt", tmp_path, max_file_bytes=MB)
    assert list(reasons(result).values()) == ["too large (1.5 MB > limit 1 MB)"]


def test_missing_paths_are_reported(tmp_path: Path) -> None:
    result = read_paths([tmp_path / "nope.txt"])
    assert reasons(result) == {(tmp_path / "nope.txt").as_posix(): "not found"}


def test_hidden_files_and_folders_are_listed_not_read(tmp_path: Path) -> None:
    write(tmp_path / ".DS_Store", b"\x00\x01")
    write(tmp_path / ".git" / "config", "[core]")
    write(tmp_path / "a.txt", "An article.")
    result = read_paths([tmp_path])
    assert ids(result) == ["a"]
    assert sorted(reasons(result).values()) == ["hidden file", "hidden folder (not read)"]


UNKNOWN_EXTENSIONS = [
    # (name, bytes, article read?)
    ("notes.dat", b"Putin and Xi met in Beijing.", True),
    ("README", b"Putin and Xi met in Beijing.", True),
    ("image.bin", random.Random(2).randbytes(512), False),
]


@pytest.mark.parametrize(("name", "data", "read"), UNKNOWN_EXTENSIONS)
def test_unknown_extensions_are_sniffed(name: str, data: bytes, read: bool, tmp_path: Path) -> None:
    result = one(data, name, tmp_path)
    assert len(result.articles) == int(read)
    if not read:
        assert list(reasons(result).values()) == ["not text (binary content)"]


# --- CSV --------------------------------------------------------------------------------------


def test_csv_gives_one_article_per_row_with_optional_columns(tmp_path: Path) -> None:
    csv_text = (
        "\ufeffID,Text,TITLE,Url,Date,Source\n"
        "x1,Putin met Xi.,Talks,https://e.org/a,2024-05-16,AP\n"
        ',"Second, with comma\nand a newline",,,,\n'
    )
    result = one(csv_text, "news.csv", tmp_path)
    first, second = result.articles
    assert (first.article_id, first.title, first.url, first.date, first.source) == (
        "x1", "Talks", "https://e.org/a", "2024-05-16", "AP"
    )  # fmt: skip
    assert (second.article_id, second.text) == ("news-2", "Second, with comma\nand a newline")
    assert [a.origin for a in result.articles] == [
        f"{(tmp_path / 'news.csv').as_posix()} row {n}" for n in (1, 2)
    ]


MALFORMED_CSV = [
    # (csv text, kept ids, malformed row numbers)
    (BROKEN_CSV, ["c1", "c3"], [2]),
    ('id,text\na,"One."\nb,"Two\nc,"Three."\nd,"Four."\n', ["a", "c", "d"], [2]),
    ('id,text\na,"One."\nb,"Unterminated to the end\nc,no quotes here\n', ["a", "c"], [2]),
    ("id,text\na,One.\nb,Two,extra,values\nc,Three.\n", ["a", "c"], [2]),
]


@pytest.mark.parametrize(("csv_text", "kept", "malformed"), MALFORMED_CSV)
def test_malformed_csv_rows_are_reported_and_the_others_kept(
    csv_text: str, kept: list[str], malformed: list[int], tmp_path: Path
) -> None:
    result = one(csv_text, "news.csv", tmp_path)
    assert ids(result) == kept
    skipped = [r.reason.split(" (")[0] for r in result.report if r.status == "skipped"]
    assert skipped == [f"malformed row {n}" for n in malformed]


def test_csv_without_text_column_is_one_skipped_record(tmp_path: Path) -> None:
    result = one("id,summary\n1,Putin met Xi.\n", "news.csv", tmp_path)
    assert [(r.status, r.reason) for r in result.report] == [
        ("skipped", "no `text` column (columns: id, summary)")
    ]


def test_csv_columns_under_other_common_names_are_read_and_reported(tmp_path: Path) -> None:
    csv_text = (
        "Headline;Body;publishedAt;Link;Publisher\n"
        "Xi meets Putin;Putin met Xi in Beijing.;2024-05-16T08:00:00Z;https://e.com/a;Reuters\n"
    )
    result = one(csv_text, "export.csv", tmp_path)
    [article] = result.articles
    assert (article.title, article.date, article.url, article.source) == (
        "Xi meets Putin", "2024-05-16T08:00:00Z", "https://e.com/a", "Reuters"
    )  # fmt: skip
    assert article.text == "Putin met Xi in Beijing."
    [note] = [r for r in result.report if not r.article_id]
    assert (note.status, note.reason) == (
        "ok",
        "columns read as article fields: date ← `publishedat`, source ← `publisher`, "
        "text ← `body`, title ← `headline`, url ← `link`",
    )


def test_text_wins_over_other_names_and_no_column_is_read_twice(tmp_path: Path) -> None:
    result = one("text,content,body\nThe text.,The content.,The body.\n", "n.csv", tmp_path)
    assert [a.text for a in result.articles] == ["The text."]
    assert all(r.reason == "" for r in result.report)  # nothing renamed, nothing to note


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("index.csv", ",text,title\n0,Moscow signed a deal.,A title\n"),  # pandas' to_csv
        ("trailing.csv", "text,title,\nMoscow signed a deal.,A title,extra\n"),
        ("blank.jsonl", '{"text": "Moscow signed a deal.", "title": "A title", "": "evil"}\n'),
    ],
)
def test_a_column_without_a_name_is_never_read_as_a_field(
    name: str, data: str, tmp_path: Path
) -> None:
    [article] = one(data, name, tmp_path).articles
    assert (article.title, article.url, article.date, article.source) == ("A title", "", "", "")
    assert article.article_id == f"{Path(name).stem}-1"


def test_the_delimiter_that_splits_the_header_most_wins(tmp_path: Path) -> None:
    [article] = one("article;text\n1;Putin met Xi.\n", "semi.csv", tmp_path).articles
    assert article.text == "Putin met Xi."


def test_newsapi_json_is_read_with_its_nested_source(tmp_path: Path) -> None:
    document = {
        "status": "ok",
        "articles": [
            {
                "source": {"id": None, "name": "Reuters"},
                "title": "Russia-China trade hits record",
                "url": "https://www.reuters.com/markets/russia-china-trade",
                "publishedAt": "2024-01-12T04:10:00Z",
                "content": "Trade between Russia and China hit a record $240 billion in 2023.",
            }
        ],
    }
    result = one(json.dumps(document), "newsapi.json", tmp_path)
    [article] = result.articles
    assert (article.source, article.date) == ("Reuters", "2024-01-12T04:10:00Z")
    assert "text ← `content`" in result.report[-1].reason


def test_semicolon_csv_is_read(tmp_path: Path) -> None:
    result = one("id;text\na;Putin met Xi, again.\n", "news.csv", tmp_path)
    assert [(a.article_id, a.text) for a in result.articles] == [("a", "Putin met Xi, again.")]


def test_csv_with_only_a_header_is_empty(tmp_path: Path) -> None:
    assert list(reasons(one("id,text\n", "news.csv", tmp_path)).values()) == ["empty (no rows)"]


# --- JSONL and JSON ---------------------------------------------------------------------------


def test_jsonl_broken_line_is_reported_and_the_others_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "j1", "text": "First.", "date": "2024-05-16"}),
        '{"id": "j2", "text": "Broken',
        json.dumps({"text": "Third."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "j5", "summary": "no text field"}),
    ]
    result = one("\n".join(lines) + "\n", "feed.jsonl", tmp_path)
    assert ids(result) == ["j1", "feed-3"]
    assert result.articles[0].date == "2024-05-16"
    origin = (tmp_path / "feed.jsonl").as_posix()
    found = reasons(result)
    assert found[f"{origin} line 2"].startswith("malformed line 2 (")
    assert found[f"{origin} line 4"] == "not a JSON object"
    assert found[f"{origin} line 5"] == "no `text` field"


JSON_DOCUMENTS = [
    # (document, ids read)
    ([{"id": "a", "text": "A."}, {"text": "B."}], ["a", "doc-2"]),
    ({"articles": [{"id": "a", "text": "A."}]}, ["a"]),
    ({"items": [{"id": 7, "text": "A."}]}, ["7"]),
    ({"Data": [{"ID": "a", "TEXT": "A."}]}, ["a"]),  # keys are case-insensitive
    ({"id": "solo", "text": "One article as an object."}, ["solo"]),
]


@pytest.mark.parametrize(("document", "expected"), JSON_DOCUMENTS)
def test_json_lists_of_articles(document: object, expected: list[str], tmp_path: Path) -> None:
    assert ids(one(json.dumps(document), "doc.json", tmp_path)) == expected


JSON_PROBLEMS = [
    # (text, reason prefix)
    ('{"results": {"a": 1}}', "JSON is not a list of articles"),
    ('"just a string"', "JSON is not a list of articles"),
    ('[{"text": "A."', "malformed JSON ("),
    ("[]", "empty (no items)"),
]


@pytest.mark.parametrize(("text", "reason"), JSON_PROBLEMS)
def test_json_that_is_not_a_list_of_articles(text: str, reason: str, tmp_path: Path) -> None:
    result = one(text, "doc.json", tmp_path)
    assert result.articles == []
    assert next(iter(reasons(result).values())).startswith(reason)


# --- HTML -------------------------------------------------------------------------------------

HTML = """<!doctype html><html><head><title>Putin in Harbin | Example News</title>
<meta property="og:url" content="https://example.org/2024/05/17/putin-harbin">
<meta property="article:published_time" content="2024-05-17T09:00:00Z">
<script>var tracking = "SCRIPT_SECRET_TOKEN";</script><style>.x{color:red}</style></head>
<body><nav>Home | World | Sport</nav><article><h1>Putin in Harbin</h1>
<p>Russian President Vladimir Putin visited Harbin on the second day of his state visit to
China, praising the growth in bilateral trade between the two countries.</p>
<script>document.write("INLINE_SCRIPT_TOKEN")</script>
<p>He laid flowers at a monument to Soviet soldiers who fought for China against Japan during
the Second World War, and visited the China-Russia Expo.</p></article></body></html>"""


def test_html_main_text_and_metadata_are_extracted(tmp_path: Path) -> None:
    result = one(HTML, "putin.html", tmp_path)
    (article,) = result.articles
    assert "visited Harbin" in article.text and "monument to Soviet soldiers" in article.text
    assert "SCRIPT_SECRET_TOKEN" not in article.text
    assert "INLINE_SCRIPT_TOKEN" not in article.text
    assert "color:red" not in article.text
    assert article.title.startswith("Putin in Harbin")
    assert article.url == "https://example.org/2024/05/17/putin-harbin"
    assert article.date == "2024-05-17"
    assert article.article_id == "putin"


def test_html_without_a_date_gets_none(tmp_path: Path) -> None:
    page = HTML.replace("2024-05-17T09:00:00Z", "").replace("/2024/05/17", "")
    assert one(page, "putin.htm", tmp_path).articles[0].date == ""


def test_html_falls_back_to_plain_text_without_trafilatura(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as when lxml lacks lxml_html_clean and `import trafilatura` fails
    monkeypatch.setattr("metrics.ingest._trafilatura", lambda: None)
    (article,) = one(HTML, "putin.html", tmp_path).articles
    assert "visited Harbin on the second day of his state visit to China" in article.text
    assert "SCRIPT_SECRET_TOKEN" not in article.text and "INLINE_SCRIPT_TOKEN" not in article.text
    assert article.url == "https://example.org/2024/05/17/putin-harbin"
    assert article.date == "2024-05-17"


def test_html_without_text_is_reported(tmp_path: Path) -> None:
    result = one("<html><head><script>x()</script></head><body></body></html>", "a.html", tmp_path)
    assert list(reasons(result).values()) == ["no main text found in HTML"]


# --- zip --------------------------------------------------------------------------------------


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    nested = make_zip({"b.txt": b"Nested article about gas."})
    data = make_zip(
        {
            "a.txt": b"Zipped article about trade.",
            "../evil.txt": b"Escaping article.",
            "/abs.txt": b"Absolute article.",
            "inner.zip": nested,
            "sub/c.md": "Markdown article about “energy”.".encode("cp1252"),
            "rows.csv": b"id,text\nr1,A CSV row inside the zip.\n",
        }
    )
    return write(tmp_path / "bundle.zip", data)


def test_zip_members_are_read_without_extracting(bundle: Path, tmp_path: Path) -> None:
    before = sorted(tmp_path.rglob("*"))
    result = read_paths([bundle])
    assert sorted(tmp_path.rglob("*")) == before
    origin = bundle.as_posix()
    assert {a.article_id: a.origin for a in result.articles} == {
        "a": f"{origin}/a.txt",
        "b": f"{origin}/inner.zip/b.txt",
        "r1": f"{origin}/rows.csv row 1",
        "c": f"{origin}/sub/c.md",
    }


def test_zip_members_with_unsafe_paths_are_rejected(bundle: Path) -> None:
    found = reasons(read_paths([bundle]))
    origin = bundle.as_posix()
    assert found == {
        f"{origin}/../evil.txt": "unsafe path in zip (../evil.txt)",
        f"{origin}//abs.txt": "unsafe path in zip (/abs.txt)",
    }


def test_zip_member_encodings_are_reported(bundle: Path) -> None:
    report = {r.article_id: r.encoding for r in read_paths([bundle]).report if r.article_id}
    assert report["c"] == "cp1252"


ZIP_PROBLEMS = [
    # (archive members, limits, reason of the skipped member or archive)
    (
        {"deep.zip": make_zip({"deeper.zip": make_zip({"x.txt": b"Too deep."})})},
        {},
        "nested zip too deep (only one level of nesting is read)",
    ),
    (
        {"bomb.txt": b"a" * (5 * MB)},
        {},
        "zip bomb suspected (expands over 100x its compressed size: ",  # + sizes, zlib's own
    ),
    (
        {f"{n}.txt": random.Random(n).randbytes(300_000).hex().encode() for n in range(3)},
        {"max_zip_total_bytes": MB},
        "zip total size limit reached (1 MB uncompressed)",
    ),
    (
        {"a.txt": b"A.", "b.txt": b"B.", "c.txt": b"C."},
        {"max_zip_members": 2},
        "too many zip members (3 > limit 2)",
    ),
    (
        {
            "big.txt": random.Random(7).randbytes(3 * MB // 4).hex().encode()
        },  # about 2x smaller zipped
        {"max_file_bytes": MB},
        "too large (1.5 MB > limit 1 MB)",
    ),
]


@pytest.mark.parametrize(("members", "limits", "reason"), ZIP_PROBLEMS)
def test_zip_limits_are_enforced(
    members: dict[str, bytes], limits: dict[str, int], reason: str, tmp_path: Path
) -> None:
    result = one(make_zip(members), "bundle.zip", tmp_path, **limits)
    assert any(found.startswith(reason) for found in reasons(result).values())


def test_a_file_that_is_not_a_zip_is_reported(tmp_path: Path) -> None:
    result = one(b"plain text, not an archive", "fake.zip", tmp_path)
    assert next(iter(reasons(result).values())).startswith("not a valid zip file")


# --- ids, duplicates and limits ---------------------------------------------------------------


def test_duplicate_texts_are_skipped_naming_the_first(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Putin met Xi in Beijing.")
    write(tmp_path / "b.txt", "  Putin met\nXi   in Beijing.  ")
    result = read_paths([tmp_path])
    assert ids(result) == ["a"]
    assert reasons(result) == {(tmp_path / "b.txt").as_posix(): "duplicate of a"}


def test_ids_are_made_unique_deterministically(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "File article.")
    write(tmp_path / "b.csv", "id,text\na,First row.\na,Second row.\n,Third row.\n")
    assert ids(read_paths([tmp_path])) == ["a", "a-2", "a-3", "b-3"]


def test_reading_is_deterministic(messy_dir: Path) -> None:
    assert read_paths([messy_dir]) == read_paths([messy_dir])


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B article.")
    write(tmp_path / "a" / "z.txt", "Z article.")
    write(tmp_path / "a" / "y" / "x.txt", "X article.")
    assert ids(read_paths([tmp_path])) == ["x", "z", "b"]


def test_the_file_limit_skips_the_rest(tmp_path: Path) -> None:
    for name in "abc":
        write(tmp_path / f"{name}.txt", f"Article {name}.")
    result = read_paths([tmp_path], limits=IngestLimits(max_files=2))
    assert ids(result) == ["a", "b"]
    assert list(reasons(result).values()) == ["over the file limit (2 files)"]


def test_the_total_text_limit_skips_the_rest(tmp_path: Path) -> None:
    for name in "abc":
        write(tmp_path / f"{name}.txt", f"Article {name} " * 10)
    result = read_paths([tmp_path], limits=IngestLimits(max_total_chars=250))
    assert ids(result) == ["a", "b"]
    assert list(reasons(result).values()) == ["over the total text limit (250 characters)"]


@pytest.mark.parametrize("field", ["max_file_bytes", "max_files", "max_zip_ratio"])
def test_limits_must_be_positive(field: str) -> None:
    with pytest.raises(ValueError, match=field):
        IngestLimits(**{field: 0})


# --- sidecar ----------------------------------------------------------------------------------


def test_sidecar_matches_files_by_name_and_reports_unmatched_entries(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A article.")
    write(tmp_path / "page.html", HTML)
    write(
        tmp_path / "metadata.csv",
        "file,date,title,url,source\na.txt,2024-05,A title,,TASS\n"
        "page.html,2020-01-02,,,\nmissing.txt,2024,,,\n",
    )
    result = read_paths([tmp_path])
    articles = {a.article_id: a for a in result.articles}
    assert (articles["a"].date, articles["a"].title, articles["a"].source) == (
        "2024-05", "A title", "TASS"
    )  # fmt: skip
    assert articles["page"].date == "2020-01-02"  # the sidecar overrides the page
    assert articles["page"].title.startswith("Putin in Harbin")  # empty sidecar cells do not
    assert result.report[0].reason == "metadata sidecar (3 entries); no file for missing.txt"


def test_a_metadata_csv_with_text_is_an_article_table(tmp_path: Path) -> None:
    result = one("file,text\nx.txt,An article in a table.\n", "metadata.csv", tmp_path)
    assert ids(result) == ["metadata-1"]


# --- uploads ----------------------------------------------------------------------------------


def test_uploads_follow_the_same_rules() -> None:
    uploads = [
        ("a.txt", "Uploaded article.".encode("utf-16")),
        ("metadata.csv", b"file,date\na.txt,2024-05-16\n"),
        ("bundle.zip", make_zip({"z.txt": b"Zipped upload.", "../x.txt": b"Evil."})),
        ("noise.txt", random.Random(3).randbytes(256)),
        ("copy.txt", b"Uploaded   article."),
    ]
    result = read_uploads(uploads)
    assert [(a.article_id, a.date, a.origin) for a in result.articles] == [
        ("a", "2024-05-16", "a.txt"),
        ("z", "", "bundle.zip/z.txt"),
    ]
    assert reasons(result) == {
        "bundle.zip/../x.txt": "unsafe path in zip (../x.txt)",
        "noise.txt": "not text (binary content)",
        "copy.txt": "duplicate of a",
    }


def test_uploads_over_the_size_limit_are_too_large() -> None:
    result = read_uploads([("big.txt", b"x" * (3 * MB))], limits=IngestLimits(max_file_bytes=MB))
    assert reasons(result) == {"big.txt": "too large (3.0 MB > limit 1 MB)"}


# --- report frame -----------------------------------------------------------------------------


def test_report_frame_has_the_contract_columns(messy_dir: Path) -> None:
    result = read_paths([messy_dir])
    frame = report_frame(result.report)
    assert list(frame.columns) == REPORT_COLUMNS == [
        "origin", "status", "reason", "article_id", "encoding"
    ]  # fmt: skip
    assert len(frame) == len(result.report)
    assert set(frame["status"]) == {"ok", "skipped"}


def test_report_frame_of_nothing_is_empty_with_columns() -> None:
    frame = report_frame([])
    assert frame.empty and list(frame.columns) == REPORT_COLUMNS


def test_report_records_are_ingest_records(sample_dir: Path) -> None:
    assert all(isinstance(r, IngestRecord) for r in read_paths([sample_dir]).report)


# --- never raises -----------------------------------------------------------------------------

NAMES = ["a.txt", "a.csv", "a.jsonl", "a.json", "a.html", "a.zip", "a.md", "metadata.csv", "a"]


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(max_size=2000) | st.text(max_size=500).map(str.encode),
    name=st.sampled_from(NAMES),
)
def test_read_uploads_never_raises_and_accounts_for_the_input(data: bytes, name: str) -> None:
    result = read_uploads([(name, data)])
    assert result.report
    assert all(record.origin.startswith(name) for record in result.report)
    assert len(result.articles) == sum(1 for r in result.report if r.article_id)
