"""Hostile input: nothing crashes, nothing is lost, nothing from a file runs.

Every input here is generated in code (no committed binaries) and goes through the command
line (`metrics.cli.main` in-process, and `python -m metrics` once) and through the dashboard's
upload (Streamlit's `AppTest`, a few batched uploads). For each hostile input the ingest report
must carry one specific line, every good article of the same batch must still be analysed,
exported CSVs must be spreadsheet-safe, figure values finite, dates valid or empty, and
nothing may be written outside the output folder.

The expensive inputs (a 100,000-row CSV, a zip of 10,000 files) run once each, on the CLI.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import os
import random
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

from metrics.cli import main
from metrics.export import FORMULA_TRIGGERS
from metrics.ingest import MB, NOT_TEXT, IngestLimits, read_uploads
from metrics.pipeline import TABLE_NAMES

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")

# A good article that goes into every batch: it must always come out analysed.
GOOD_NAME = "good-article.txt"
GOOD_TEXT = (
    "MOSCOW - Trade between Russia and China rose 26% to $240 billion last year, and the two "
    "countries signed a gas pipeline deal worth 38 billion cubic metres a year.\n"
)
# Prose the other generated articles are made from (each text is distinct: no duplicates).
PROSE = "Sanctions on Russian energy exports were tightened as troops gathered near the border."


def make_zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def png_bytes() -> bytes:
    """A small real-looking PNG: signature, IHDR chunk and random image data."""
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
        + random.Random(2).randbytes(600)
    )


def broken_utf8() -> bytes:
    """UTF-8 Russian and French with a stray byte and a character cut at the end."""
    data = ("Путин и Си Цзиньпин обсудили торговлю. Café talks on trade. " * 4).encode("utf-8")
    return data[:40] + b"\xff" + data[40:] + "Пу".encode()[:3]


def five_mb_line() -> bytes:
    rng = random.Random(5)
    words = ["trade", "gas", "pipeline", "troops", "sanctions", "Russia", "China", "the", "of"]
    line = " ".join(rng.choice(words) for _ in range(1_000_000))
    return line.encode()[: 5 * MB]


@functools.cache
def zip_bomb() -> bytes:
    """About 50 KB that inflates to 50 MB, beside an innocent member."""
    return make_zip({"bomb.txt": bytes(50 * MB), "fine.txt": f"Zipped. {PROSE} One.".encode()})


FORMULA_CSV = (
    b"id,title,source,date,text\n"
    b'=cmd,"=HYPERLINK(""http://evil.example"",""click"")",@evil,2024-05-16,"=1+2 trade rose."\n'
    b'+plus,+SUM(A1),-dash,2024-05-17,"+7 gas exports grew."\n'
    b'-minus,-2+3,+plus,2024-05-18,"-3 troops were moved."\n'
    b'@at,@SUM(A1),=src,2024-05-19,"@channel sanctions were eased."\n'
)


@dataclass
class Case:
    """A hostile input: files (name -> bytes) and what the report says about each origin.

    `expect` maps an origin (file name, `file.csv row 2`, `bundle.zip/x.txt`) to `ok` or the
    exact report reason; a reason ending in `…` is a prefix (sizes that depend on zlib).
    """

    name: str
    files: dict[str, bytes]
    expect: dict[str, str]
    on_disk: bool = True  # False: a name the file system cannot hold (uploads only)
    in_app: bool = True  # False: too slow or too big to push through AppTest as well
    cli_options: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.id = self.name


CASES = [
    Case("empty", {"empty.txt": b""}, {"empty.txt": "empty"}),
    Case("whitespace", {"blank.txt": b"  \r\n\t \n  "}, {"blank.txt": "empty"}),
    Case(
        "random-bytes",
        {"noise.txt": random.Random(1).randbytes(4096)},
        {"noise.txt": NOT_TEXT},
    ),
    Case("nul-bytes", {"nuls.txt": bytes(2048)}, {"nuls.txt": NOT_TEXT}),
    Case("png-as-csv", {"photo.csv": png_bytes()}, {"photo.csv": NOT_TEXT}),
    Case(
        "pdf", {"report.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"}, {"report.pdf": NOT_TEXT}
    ),
    Case("invalid-utf8", {"broken-utf8.txt": broken_utf8()}, {"broken-utf8.txt": "ok"}),
    Case(
        "utf16-bom",
        {"utf16-bom.txt": f"UTF-16 with BOM. {PROSE}".encode("utf-16")},
        {"utf16-bom.txt": "ok"},
    ),
    Case(
        "utf16-no-bom",
        {"utf16-le.txt": f"UTF-16 little-endian. {PROSE}".encode("utf-16-le")},
        {"utf16-le.txt": "ok"},
    ),
    Case(
        "cp1252",
        {"legacy.txt": "Café “talks” — naïve résumé of sanctions on gas.".encode("cp1252")},
        {"legacy.txt": "ok"},
    ),
    Case(
        "mixed-line-endings",
        {"endings.txt": b"Line one on trade.\r\nLine two on gas.\rLine three on troops.\n\nEnd."},
        {"endings.txt": "ok"},
    ),
    Case(
        "one-5mb-line",
        {"one-line.txt": five_mb_line()},
        {"one-line.txt": "too long for one article (5,242,880 characters > limit 500,000)"},
    ),
    Case(
        "over-the-size-limit",
        {"huge.txt": b"x" * (3 * MB // 2)},
        {"huge.txt": "too large (1.5 MB > limit 1 MB)"},
        in_app=False,  # the app uses the default limit; see test_app_refuses_an_oversized_file
        cli_options=["--max-file-mb", "1"],
    ),
    Case(
        "csv-without-text",
        {"no-text.csv": b"id,title,summary\n1,A title,A summary about trade.\n"},
        {"no-text.csv": "no `text` column (columns: id, title, summary)"},
    ),
    Case(
        "csv-unbalanced-quotes",
        {
            "quotes.csv": (
                f'id,text\nq1,"An open quote that never closes\nq2,Row two. {PROSE}\n'
            ).encode()
        },
        {
            "quotes.csv row 1": "malformed row 1 (unterminated quote: unexpected end of data)",
            "quotes.csv row 2": "ok",
        },
    ),
    Case(
        "csv-extra-columns",
        {
            "extra.csv": (
                "id,text,views,likes,comments\n"
                f"e1,Extra columns. {PROSE},10,2,1\n"
                f"e2,Too many values. {PROSE},1,2,3,4,5,6\n"
            ).encode()
        },
        {"extra.csv row 1": "ok", "extra.csv row 2": "malformed row 2 (8 values for 5 columns)"},
    ),
    Case(
        "csv-bom-header",
        {"bom.csv": f"\ufeffid,text\nbom1,BOM header. {PROSE}\n".encode()},
        {"bom.csv row 1": "ok"},
    ),
    Case(
        "jsonl-broken-lines",
        {
            "lines.jsonl": (
                f'{{"id": "j1", "text": "Line one. {PROSE}"}}\n'
                '{"id": "j2", "text": "never closed\n'
                f'{{"id": "j3", "text": "Line three. {PROSE}", "title": "\\ud800 \\u0000 lone"}}\n'
                f'{{"id": {"9" * 5000}, "text": "A 5,000-digit id."}}\n'
                '["not", "an", "object"]\n'
            ).encode()
        },
        {
            "lines.jsonl line 1": "ok",
            "lines.jsonl line 2": "malformed line 2 (Unterminated string starting at)",
            "lines.jsonl line 3": "ok",
            "lines.jsonl line 4": "malformed line 4 (a number with more than 4,300 digits)",
            "lines.jsonl line 5": "not a JSON object",
        },
    ),
    Case(
        "json-not-a-list",
        {"object.json": b'{"hello": "world"}', "number.json": b"42"},
        {
            "object.json": "JSON is not a list of articles (expected a list of objects, or an "
            "object with a list under `articles`, `items` or `data`)",
            "number.json": "JSON is not a list of articles (expected a list of objects, or an "
            "object with a list under `articles`, `items` or `data`)",
        },
    ),
    Case(
        "html-script-onerror-javascript",
        {
            "page.html": (
                "<html><head><title>Gas <script>window.pwned=1</script> deal</title>"
                "<script>window.pwned=2</script></head><body><article>"
                f'<p>HTML article. {PROSE} <img src=x onerror="window.pwned=3"></p>'
                '<p>More <a href="javascript:window.pwned=4">on trade with China</a> here, '
                "as officials said the deal was signed in Beijing on Tuesday.</p>"
                "<script>document.write('pwned')</script></article></body></html>"
            ).encode()
        },
        {"page.html": "ok"},
    ),
    Case(
        "markdown-links-and-html",
        {
            "links.md": (
                "# [Title](javascript:window.pwned=1) <b onmouseover=alert(1)>bold</b>\n\n"
                f"Markdown article. {PROSE} See [this](javascript:alert(1)) and "
                "<img src=x onerror=alert(1)> <script>alert(1)</script>.\n"
            ).encode(),
            "html-title.csv": (
                "id,title,text\n"
                'h1,"<img src=x onerror=alert(1)> <script>alert(1)</script>",'
                f'"<a href=""javascript:alert(1)"">click</a> {PROSE} Title row."\n'
            ).encode(),
        },
        {"links.md": "ok", "html-title.csv row 1": "ok"},
    ),
    Case(
        "formula-cells",
        {"formulas.csv": FORMULA_CSV, "=cmd|calc.txt": f"=1+1 formula name. {PROSE}".encode()},
        {
            **{f"formulas.csv row {n}": "ok" for n in (1, 2, 3, 4)},
            "=cmd|calc.txt": "ok",
        },
    ),
    Case(
        "zip-bomb",
        {"bomb.zip": zip_bomb()},
        {
            "bomb.zip/bomb.txt": "zip bomb suspected (expands over 100x its compressed size: …",
            "bomb.zip/fine.txt": "ok",
        },
    ),
    Case(
        "zip-unsafe-paths",
        {
            "paths.zip": make_zip(
                {
                    "../escape.txt": b"Escaping.",
                    "../../etc/cron.d/evil.txt": b"Escaping further.",
                    "/abs/path.txt": b"Absolute.",
                    "C:/Windows/win.txt": b"Drive letter.",
                    "safe/inside.txt": f"Inside. {PROSE}".encode(),
                }
            )
        },
        {
            "paths.zip/../escape.txt": "unsafe path in zip (../escape.txt)",
            "paths.zip/../../etc/cron.d/evil.txt": "unsafe path in zip (../../etc/cron.d/evil.txt)",
            "paths.zip//abs/path.txt": "unsafe path in zip (/abs/path.txt)",
            "paths.zip/C:/Windows/win.txt": "unsafe path in zip (C:/Windows/win.txt)",
            "paths.zip/safe/inside.txt": "ok",
        },
    ),
    Case(
        "nested-zips",
        {
            "outer.zip": make_zip(
                {
                    "inner.zip": make_zip(
                        {
                            "deeper.zip": make_zip({"deepest.txt": b"Too deep to read."}),
                            "nested.txt": f"Nested one level. {PROSE}".encode(),
                        }
                    ),
                    "top.txt": f"Top level of the zip. {PROSE}".encode(),
                }
            )
        },
        {
            "outer.zip/inner.zip/deeper.zip": "nested zip too deep (only one level of nesting "
            "is read)",
            "outer.zip/inner.zip/nested.txt": "ok",
            "outer.zip/top.txt": "ok",
        },
    ),
    Case(
        "duplicates",
        {
            "first-copy.txt": f"Duplicated story. {PROSE}".encode(),
            "second-copy.txt": f"  Duplicated   story.\n{PROSE}  ".encode(),
        },
        {"first-copy.txt": "ok", "second-copy.txt": "duplicate of first-copy"},
    ),
    Case(
        "unicode-names",
        {
            "Пу́тин 北京 🚀.txt": f"Unicode name. {PROSE}".encode(),
            "\u202etxt.exe": f"Right-to-left override name. {PROSE}".encode(),
            "line\nbreak\x1b[31m.txt": f"Control characters in the name. {PROSE}".encode(),
        },
        {
            "Пу́тин 北京 🚀.txt": "ok",
            "\\u202etxt.exe": "ok",
            "line\\x0abreak\\x1b[31m.txt": "ok",
        },
    ),
    Case(
        "long-name-on-disk",
        {"n" * 240 + ".txt": f"A 244-character file name. {PROSE}".encode()},
        {"n" * 240 + ".txt": "ok"},
    ),
    Case(
        "very-long-name",
        {"L" * 5000 + ".txt": f"A 5,000-character upload name. {PROSE}".encode()},
        {"L" * 5000 + ".txt": "ok"},
        on_disk=False,
    ),
    Case(
        "absurd-header-dates",
        {
            "date-9999.txt": f" date 9999-99-99 Far future. {PROSE}".encode(),
            "date-0000.txt": f" date 0000-00-00 Year zero. {PROSE}".encode(),
            "dates.csv": (
                f"id,date,text\nd1,9999-99-99,Row date. {PROSE}\nd2,0000-00-00,Zero. {PROSE}\n"
            ).encode(),
        },
        {
            "date-9999.txt": "ok",
            "date-0000.txt": "ok",
            "dates.csv row 1": "ok",
            "dates.csv row 2": "ok",
        },
    ),
    Case(
        "absurd-numbers",
        {
            "numbers.txt": (
                "Trade was $1e308 last year. They sent 1e308 troops. Exports rose by "
                f"999,999 trillion dollars. A total of {'9' * 400} troops took part, and "
                f"{'9' * 400} billion dollars changed hands, about 1.7976931348623157e308 tonnes."
            ).encode()
        },
        {"numbers.txt": "ok"},
    ),
]
CASE_IDS = [case.name for case in CASES]


def matches(reason: str, expected: str) -> bool:
    if expected.endswith("…"):
        return reason.startswith(expected[:-1])
    return reason == expected


def write_case(case: Case, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / GOOD_NAME).write_text(GOOD_TEXT, encoding="utf-8")
    for name, data in case.files.items():
        (folder / name).write_bytes(data)
    return folder


def tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under `root` with its size and modification time."""
    found = {}
    for directory, _folders, files in os.walk(root):
        for name in files:
            path = Path(directory, name)
            stat = path.lstat()
            found[str(path.relative_to(root))] = (stat.st_size, stat.st_mtime_ns)
    return found


def read_table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", keep_default_na=False)


def assert_spreadsheet_safe(out: Path) -> None:
    """No exported CSV cell (or header) starts a spreadsheet formula."""
    for name in TABLE_NAMES:
        with open(out / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    if re.fullmatch(r"-?\d+(\.\d+)?(e[+-]?\d+)?", cell):
                        continue  # a number in a numeric column
                    stripped = cell.lstrip(" \n\x0b\x0c\u00a0\u3000")
                    assert not stripped.startswith(FORMULA_TRIGGERS), (name, cell)


def assert_values_finite_and_dates_valid(out: Path) -> None:
    figures = read_table(out, "figures")
    for column in ("value", "value_max"):
        values = pd.to_numeric(figures[column].replace("", None), errors="raise").dropna()
        assert values.map(math.isfinite).all(), figures[column].tolist()
    counts = read_table(out, "theme_counts")
    assert pd.to_numeric(counts["per_1k_words"]).map(math.isfinite).all()
    keywords = read_table(out, "keywords")
    assert pd.to_numeric(keywords["score"]).map(math.isfinite).all()
    for date in read_table(out, "articles")["date"]:
        assert date == "" or (
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) and "1900" <= date[:4] <= "2100"
        ), date


def report_by_origin(report: pd.DataFrame, prefix: str) -> dict[str, str]:
    """origin (relative to `prefix`) -> `ok` or the skip reason."""
    return {
        origin.removeprefix(prefix): "ok" if status == "ok" else reason
        for origin, status, reason in zip(
            report["origin"], report["status"], report["reason"], strict=True
        )
    }


def shown(name: str) -> str:
    """A file name as the report shows it (control characters escaped)."""
    return name.replace("\n", "\\x0a").replace("\x1b", "\\x1b").replace("\u202e", "\\u202e")


# --- the command line, one hostile input at a time ---------------------------------------------


@pytest.mark.parametrize("case", [c for c in CASES if c.on_disk], ids=lambda c: c.name)
def test_cli_reports_each_hostile_input_and_analyses_the_rest(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_case(case, tmp_path / "in")
    out = tmp_path / "out"
    before = tree(tmp_path)

    code = main(["analyze", str(folder), "--out", str(out), *case.cli_options])

    assert code == 0
    # nothing written anywhere but the output folder
    after = {path: stat for path, stat in tree(tmp_path).items() if not path.startswith("out")}
    assert after == before
    assert {path.name for path in out.iterdir()} == {f"{name}.csv" for name in TABLE_NAMES}

    report = read_table(out, "ingest_report")
    found = report_by_origin(report, f"{folder.as_posix()}/")
    expected = {GOOD_NAME: "ok", **{shown(k): v for k, v in case.expect.items()}}
    assert set(found) == set(expected), "every input accounted for exactly once"
    assert len(report) == len(found)
    for origin, reason in expected.items():
        assert matches(found[origin], reason), (origin, found[origin])

    articles = read_table(out, "articles")
    assert "good-article" in set(articles["article_id"])
    assert (articles["status"] == "ok").all(), articles[["article_id", "error"]]
    assert len(articles) == sum(1 for reason in expected.values() if reason == "ok")

    assert_spreadsheet_safe(out)
    assert_values_finite_and_dates_valid(out)
    stderr_lines = capsys.readouterr().err.splitlines()
    skipped = sum(1 for reason in expected.values() if reason != "ok")
    assert sum(line.startswith("  skipped ") for line in stderr_lines) == skipped


def test_the_cli_skips_files_over_the_default_size_limit(tmp_path: Path) -> None:
    folder = write_case(Case("big", {}, {}), tmp_path / "in")
    with open(folder / "big.txt", "wb") as handle:  # sparse: no 21 MB really written
        handle.truncate(IngestLimits().max_file_bytes + MB)
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out)]) == 0
    found = report_by_origin(read_table(out, "ingest_report"), f"{folder.as_posix()}/")
    assert found == {GOOD_NAME: "ok", "big.txt": "too large (21.0 MB > limit 20 MB)"}


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    folder = write_case(Case("bytes-name", {}, {}), tmp_path / "in")
    try:
        (folder / os.fsdecode(b"caf\xe9.txt")).write_text(f"Latin-1 name. {PROSE}")
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take non-UTF-8 names")
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "--format", "csv"]) == 0
    found = report_by_origin(read_table(out, "ingest_report"), f"{folder.as_posix()}/")
    assert found == {GOOD_NAME: "ok", "caf\\xe9.txt": "ok"}
    assert "caf\\xe9" in set(read_table(out, "articles")["article_id"])


def test_parquet_output_takes_hostile_text_too(tmp_path: Path) -> None:
    case = next(case for case in CASES if case.name == "jsonl-broken-lines")
    folder = write_case(case, tmp_path / "in")
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "--format", "parquet"]) == 0
    titles = pd.read_parquet(out / "articles.parquet").set_index("article_id")["title"]
    assert titles["j3"] == "\ufffd lone"  # lone surrogate replaced, NUL dropped


# --- what the exports and tables hold ----------------------------------------------------------


@pytest.fixture(scope="module")
def formula_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    case = next(case for case in CASES if case.name == "formula-cells")
    folder = write_case(case, tmp_path_factory.mktemp("formula") / "in")
    out = folder.parent / "out"
    assert main(["analyze", str(folder), "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize(
    ("article_id", "title", "source"),
    [
        ("'=cmd", '\'=HYPERLINK("http://evil.example","click")', "'@evil"),
        ("'+plus", "'+SUM(A1)", "'-dash"),
        ("'-minus", "'-2+3", "'+plus"),
        ("'@at", "'@SUM(A1)", "'=src"),
        ("'=cmd|calc", "", ""),  # a file name starting with `=`
    ],
)
def test_formula_cells_are_neutralised_in_the_export(
    formula_out: Path, article_id: str, title: str, source: str
) -> None:
    articles = read_table(formula_out, "articles").set_index("article_id")
    assert articles.loc[article_id, ["title", "source"]].tolist() == [title, source]


def test_numeric_columns_stay_numbers_in_the_export(formula_out: Path) -> None:
    articles = read_table(formula_out, "articles")
    assert pd.api.types.is_integer_dtype(articles["words"])
    assert (articles["words"] > 0).all()
    counts = read_table(formula_out, "theme_counts")
    assert pd.api.types.is_integer_dtype(counts["count"])
    hits = read_table(formula_out, "theme_hits")
    assert pd.api.types.is_integer_dtype(hits["start"]) and (hits["start"] >= 0).all()
    # every row of every table refers to a neutralised id when the id is a formula
    for name in ("theme_counts", "theme_hits", "keywords"):
        ids = set(read_table(formula_out, name)["article_id"])
        assert not {i for i in ids if i[:1] in "=+-@"}, name


def uploads_of(cases: list[Case]) -> list[tuple[str, bytes]]:
    files = [(GOOD_NAME, GOOD_TEXT.encode())]
    for case in cases:
        files.extend(case.files.items())
    return files


@pytest.fixture(scope="module")
def upload_result():
    return read_uploads(uploads_of([case for case in CASES if not case.cli_options]))


def test_uploads_report_every_hostile_input_like_the_cli(upload_result) -> None:
    found = {
        record.origin: "ok" if record.status == "ok" else record.reason
        for record in upload_result.report
    }
    expected = {GOOD_NAME: "ok"}
    for case in CASES:
        if not case.cli_options:  # those need their CLI option to mean what they say
            expected.update({shown(origin): reason for origin, reason in case.expect.items()})
    long_name = "L" * 5000 + ".txt"
    assert set(found) == set(expected)
    assert len(upload_result.report) == len(expected)
    for origin, reason in expected.items():
        assert matches(found[origin], reason), (origin[:80], found[origin])
    assert long_name in found


def test_nothing_from_html_scripts_or_attributes_reaches_the_text(upload_result) -> None:
    page = next(a for a in upload_result.articles if a.article_id == "page")
    assert "pwned" not in page.text and "onerror" not in page.text
    assert "javascript:" not in page.text
    assert "on trade with China" in page.text  # the link's words are kept, not its target


def test_markup_in_plain_text_and_titles_is_kept_as_text(upload_result) -> None:
    # Nothing is lost: markup in a .md or a CSV cell is data, escaped wherever it is shown.
    articles = {a.article_id: a for a in upload_result.articles}
    assert "<img src=x onerror=alert(1)>" in articles["links"].text
    assert articles["h1"].title == "<img src=x onerror=alert(1)> <script>alert(1)</script>"


def test_broken_utf8_keeps_its_good_characters(upload_result) -> None:
    article = next(a for a in upload_result.articles if a.article_id == "broken-utf8")
    record = next(r for r in upload_result.report if r.article_id == "broken-utf8")
    assert "Цзиньпин обсудили торговлю" in article.text and "Café" in article.text
    assert record.encoding == "utf-8 (2 invalid byte sequences replaced)"


@pytest.mark.parametrize(
    ("article_id", "encoding"),
    [
        ("utf16-bom", "utf-16"),
        ("utf16-le", "utf-16-le"),
        ("legacy", "cp1252"),
        ("bom1", "utf-8-sig"),
    ],
)
def test_encodings_are_decoded_and_reported(upload_result, article_id: str, encoding: str) -> None:
    record = next(r for r in upload_result.report if r.article_id == article_id)
    article = next(a for a in upload_result.articles if a.article_id == article_id)
    assert record.encoding == encoding
    assert "\ufffd" not in article.text and "\x00" not in article.text


def test_very_long_names_give_short_stable_ids(upload_result) -> None:
    ids = [a.article_id for a in upload_result.articles if a.article_id.startswith("LLL")]
    assert len(ids) == 1 and len(ids[0]) == 120
    assert re.fullmatch(r"L{111}-[0-9a-f]{8}", ids[0])


def test_absurd_header_dates_leave_articles_undated(tmp_path: Path) -> None:
    case = next(case for case in CASES if case.name == "absurd-header-dates")
    out = tmp_path / "out"
    assert main(["analyze", str(write_case(case, tmp_path / "in")), "--out", str(out)]) == 0
    articles = read_table(out, "articles").set_index("article_id")
    for article_id in ("date-9999", "date-0000", "d1", "d2"):
        assert articles.loc[article_id, ["date", "date_precision"]].tolist() == ["", ""]


@pytest.fixture(scope="module")
def numbers_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    case = next(case for case in CASES if case.name == "absurd-numbers")
    folder = write_case(case, tmp_path_factory.mktemp("numbers") / "in")
    out = folder.parent / "out"
    assert main(["analyze", str(folder), "--out", str(out)]) == 0
    return out


def test_absurd_numbers_give_finite_values(numbers_out: Path) -> None:
    figures = read_table(numbers_out, "figures")
    assert pd.to_numeric(figures["value"]).map(math.isfinite).all()
    assert (
        figures.loc[figures["surface"] == "999,999 trillion dollars", "value"] == 9.99999e17
    ).all()


def test_scientific_notation_is_not_misread_as_a_small_figure(numbers_out: Path) -> None:
    figures = read_table(numbers_out, "figures")
    numbers = read_table(numbers_out, "articles")  # noqa: F841 - the article was analysed
    misread = figures[(figures["value"] == 1.0) & figures["sentence"].str.contains("1e308")]
    assert misread.empty, misread[["surface", "value", "unit"]].to_dict("records")


# --- the expensive ones, once each on the command line -----------------------------------------


def test_a_csv_of_100k_rows_is_read_row_by_row(tmp_path: Path) -> None:
    # 100,000 rows over 50 distinct texts: 50 articles analysed, the rest reported as
    # duplicates, one line each (the analysis of 100k articles is the speed benchmark's job).
    texts = [f"Story {n}. {PROSE} Volume {n} rose." for n in range(50)]
    lines = ["id,date,text"] + [
        f"r{n},2024-05-{n % 28 + 1:02d},{texts[n % 50]}" for n in range(100_000)
    ]
    (tmp_path / "big.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(tmp_path / "big.csv"), "--out", str(out)]) == 0
    report = read_table(out, "ingest_report")
    assert len(report) == 100_000
    assert report["origin"].is_unique
    assert (report["status"] == "ok").sum() == 50
    assert report.loc[99_999, "reason"] == "duplicate of r49"
    assert len(read_table(out, "articles")) == 50


def test_a_zip_of_10000_files_is_read_member_by_member(tmp_path: Path) -> None:
    # 10,000 members over 20 distinct texts: every member gets its line in the report.
    members = {f"a/{n:05d}.txt": f"Story {n % 20}. {PROSE}".encode() for n in range(10_000)}
    (tmp_path / "many.zip").write_bytes(make_zip(members))
    out = tmp_path / "out"
    assert main(["analyze", str(tmp_path / "many.zip"), "--out", str(out)]) == 0
    report = read_table(out, "ingest_report")
    assert len(report) == 10_000 and report["origin"].is_unique
    assert (report["status"] == "ok").sum() == 20
    assert report["reason"].str.startswith("duplicate of ").sum() == 10_000 - 20


LIMIT_CASES = [
    # (CLI option, files, origin, reason)
    (
        ["--max-files", "2"],
        {"a.txt": b"First. ", "b.txt": b"Second.", "c.txt": b"Third."},
        "c.txt",
        "over the file limit (2 files)",
    ),
    (
        ["--max-article-chars", "200"],
        {"long.txt": b"word " * 60},
        "long.txt",
        "too long for one article (300 characters > limit 200)",
    ),
    (
        ["--max-total-chars", "100"],
        {"a.txt": b"a " * 40, "b.txt": b"b " * 40},
        "b.txt",
        "over the total text limit (100 characters)",
    ),
    (
        ["--max-zip-members", "3"],
        {"four.zip": make_zip({f"{n}.txt": f"Member {n}.".encode() for n in range(4)})},
        "four.zip",
        "too many zip members (4 > limit 3)",
    ),
    (
        ["--max-zip-ratio", "2"],
        {"ratio.zip": make_zip({"r.txt": b"trade " * 400_000})},
        "ratio.zip/r.txt",
        "zip bomb suspected (expands over 2x its compressed size: …",
    ),
    (
        ["--max-zip-mb", "1"],
        {
            "total.zip": make_zip(
                {f"{n}.txt": random.Random(n).randbytes(300_000).hex().encode() for n in range(3)}
            )
        },
        "total.zip/2.txt",
        "zip total size limit reached (1 MB uncompressed)",
    ),
]


@pytest.mark.parametrize(
    ("options", "files", "origin", "reason"), LIMIT_CASES, ids=[c[0][0] for c in LIMIT_CASES]
)
def test_every_limit_can_be_set_from_the_cli(
    options: list[str], files: dict[str, bytes], origin: str, reason: str, tmp_path: Path
) -> None:
    folder = write_case(Case("limits", files, {}), tmp_path / "in")
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), *options]) == 0
    found = report_by_origin(read_table(out, "ingest_report"), f"{folder.as_posix()}/")
    assert matches(found[origin], reason), found
    assert found[GOOD_NAME] == "ok" or options[0] in ("--max-files", "--max-total-chars")


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "lots"])
def test_limit_options_must_be_positive_numbers(value: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as error:
        main(["analyze", str(tmp_path), "--out", str(tmp_path / "out"), "--max-file-mb", value])
    assert error.value.code == 2


def test_python_dash_m_metrics_survives_a_hostile_folder(tmp_path: Path) -> None:
    # everything at once, in a separate process, run from a different working directory
    folder = tmp_path / "in"
    for case in CASES:
        if case.on_disk and not case.cli_options:
            write_case(case, folder)
    out = tmp_path / "out"
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    before_repo = tree(ROOT / "metrics")
    result = subprocess.run(
        [sys.executable, "-m", "metrics", "analyze", str(folder), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.count("\n") == 1 and " articles analysed " in result.stdout
    assert list(cwd.iterdir()) == []
    assert tree(ROOT / "metrics") == before_repo
    assert "\x1b" not in result.stderr  # no terminal escape from a file name reaches the screen
    assert all(line.startswith(("  skipped ", "WARNING")) for line in result.stderr.splitlines())
    assert_spreadsheet_safe(out)
    assert_values_finite_and_dates_valid(out)


# --- the dashboard's upload --------------------------------------------------------------------


# The uploader itself refuses other extensions (`report.pdf`, `\u202etxt.exe`) before the engine
# sees them; those are covered by the CLI and `read_uploads` tests above.
APP_TYPES = (".txt", ".md", ".html", ".htm", ".csv", ".jsonl", ".json", ".zip")


def run_app_upload(files: list[tuple[str, bytes]]):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    at.file_uploader[0].set_value(
        [(name, data, "application/octet-stream") for name, data in files]
    ).run()
    assert not at.exception, at.exception
    metrics = {metric.label: metric.value for metric in at.metric}
    skipped_tables = [
        frame.value
        for frame in at.dataframe
        if {"origin", "reason"} <= set(frame.value.columns) and "status" not in frame.value
    ]
    return at, metrics, skipped_tables[0] if skipped_tables else pd.DataFrame()


def test_app_upload_of_every_hostile_input_lists_each_and_analyses_the_rest() -> None:
    cases = [case for case in CASES if case.in_app]
    files = [(name, data) for name, data in uploads_of(cases) if name.endswith(APP_TYPES)]
    result = read_uploads(files)
    at, metrics, skipped = run_app_upload(files)
    expected_skipped = {r.origin: r.reason for r in result.report if r.status == "skipped"}
    assert metrics["Articles analysed"] == str(len(result.articles))
    assert metrics["Inputs not used"] == str(len(expected_skipped))
    assert dict(zip(skipped["origin"], skipped["reason"], strict=True)) == expected_skipped
    assert "no article could be analysed" not in " ".join(i.value for i in at.info).lower()


def test_app_refuses_an_oversized_file_and_keeps_working() -> None:
    big = b"x" * (IngestLimits().max_file_bytes + 1)
    files = [(GOOD_NAME, GOOD_TEXT.encode()), ("huge.txt", big), ("bomb.zip", zip_bomb())]
    _at, metrics, skipped = run_app_upload(files)
    assert metrics["Articles analysed"] == "2"  # the good article and the zip's fine.txt
    reasons = dict(zip(skipped["origin"], skipped["reason"], strict=True))
    assert reasons["huge.txt"] == "too large (20.0 MB > limit 20 MB)"
    assert reasons["bomb.zip/bomb.txt"].startswith("zip bomb suspected")


def test_app_with_nothing_usable_says_so_without_crashing() -> None:
    files = [("empty.txt", b""), ("noise.txt", random.Random(9).randbytes(512))]
    _at, metrics, skipped = run_app_upload(files)
    assert metrics["Articles analysed"] == "0"
    assert set(skipped["reason"]) == {"empty", NOT_TEXT}


def test_help_states_every_limit_and_its_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for option, default in [
        ("--max-file-mb", "20"),
        ("--max-files", "20,000"),
        ("--max-article-chars", "500,000"),
        ("--max-total-chars", "200,000,000"),
        ("--max-zip-members", "20,000"),
        ("--max-zip-ratio", "100"),
        ("--max-zip-mb", "500"),
    ]:
        assert re.search(rf"{option} N .*?\(default: {default}\)", text), option
