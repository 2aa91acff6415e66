"""Memory benchmark (not a test): a ~50 MB upload through the dashboard's analysis path.

    python bench/memory.py            # ~50 MB corpus
    python bench/memory.py --mb 10    # a quicker run

Generates a corpus from the bundled sample articles (paragraphs shuffled, numbers and
names varied, so no two articles are duplicates): half as rows of CSV files, half as text
files inside a zip. It then runs what an upload runs — `read_uploads` and
`metrics.pipeline.analyze` with keywords — and prints the peak resident memory (RSS) against
a baseline taken in the same process after importing the stack and building the upload
bytes, the wall time and the articles per second.

Peak RSS comes from `resource.getrusage` (Linux reports kilobytes, macOS bytes), so the
script needs no extra package. Streamlit Community Cloud gives an app about 1 GB.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import resource
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from metrics.ingest import read_uploads  # noqa: E402 - after the path fix, like a script
from metrics.pipeline import analyze  # noqa: E402
from metrics.themes import load_lexicon  # noqa: E402

MB = 1024 * 1024
BUDGET_MB = 1024  # Streamlit Community Cloud's memory budget for an app
CSV_FILE_MB = 15  # under the default 20 MB per-file limit
NAMES = ["Putin", "Xi", "Lavrov", "Wang Yi", "Mishustin", "Li Qiang", "Shoigu", "Novak"]
PLACES = ["Beijing", "Moscow", "Harbin", "Vladivostok", "Kazan", "Shanghai", "Astana"]


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak / 1024


def sample_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", text)
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n|\n", text) if len(p.strip()) > 60]
    return paragraphs


def vary(paragraph: str, rng: random.Random) -> str:
    """The paragraph with its numbers changed and some names and places swapped."""
    paragraph = re.sub(
        r"\d+", lambda m: str(rng.randint(1, 9) * 10 ** (len(m.group()) - 1)), paragraph
    )
    for name in NAMES:
        if name in paragraph and rng.random() < 0.3:
            paragraph = paragraph.replace(name, rng.choice(NAMES))
    for place in PLACES:
        if place in paragraph and rng.random() < 0.3:
            paragraph = paragraph.replace(place, rng.choice(PLACES))
    return paragraph


def make_article(paragraphs: list[str], rng: random.Random, number: int) -> tuple[str, str]:
    """(date, text) of one varied article of 6 to 18 paragraphs (3-4 KB, a typical news story)."""
    body = "\n\n".join(
        vary(p, rng) for p in rng.sample(paragraphs, min(len(paragraphs), rng.randint(6, 18)))
    )
    date = f"{rng.randint(2018, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return date, f"Report {number}. {body}"


def make_corpus(total_mb: float, seed: int = 0) -> list[tuple[str, bytes]]:
    """Upload files (name, bytes): CSV files of up to CSV_FILE_MB and one zip of .txt files."""
    rng = random.Random(seed)
    paragraphs = sample_paragraphs()
    half = int(total_mb * MB / 2)
    files: list[tuple[str, bytes]] = []
    number = 0

    size, buffer, writer = 0, io.StringIO(), None
    for _ in range(10**9):
        if size >= half:
            break
        if writer is None:
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(["id", "date", "title", "text"])
        date, text = make_article(paragraphs, rng, number)
        writer.writerow([f"row-{number}", date, f"Report {number}", text])
        number += 1
        size += len(text)
        if buffer.tell() > CSV_FILE_MB * MB or size >= half:
            files.append((f"news-{len(files) + 1}.csv", buffer.getvalue().encode("utf-8")))
            writer = None

    archive_bytes = io.BytesIO()
    with zipfile.ZipFile(archive_bytes, "w", zipfile.ZIP_DEFLATED) as archive:
        size = 0
        while size < half:
            date, text = make_article(paragraphs, rng, number)
            data = f" date {date} {text}".encode()
            archive.writestr(f"articles/{number:06d}.txt", data)
            number += 1
            size += len(data)
    files.append(("articles.zip", archive_bytes.getvalue()))
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus text size (default 50)")
    args = parser.parse_args()

    lexicon = load_lexicon()
    files = make_corpus(args.mb)
    upload_mb = sum(len(data) for _, data in files) / MB
    baseline = peak_rss_mb()  # the stack imported and the upload's bytes in memory

    start = time.perf_counter()
    ingested = read_uploads(files)
    read_seconds = time.perf_counter() - start
    after_read = peak_rss_mb()
    text_mb = sum(len(article.text) for article in ingested.articles) / MB
    tables = analyze(ingested, lexicon=lexicon)
    seconds = time.perf_counter() - start
    peak = peak_rss_mb()

    analysed = int((tables.articles["status"] == "ok").sum())
    skipped = int((tables.ingest_report["status"] == "skipped").sum())
    print(
        f"corpus:       {len(files)} files, {upload_mb:.1f} MB uploaded, {text_mb:.1f} MB of text"
    )
    print(f"articles:     {analysed} analysed, {skipped} inputs skipped")
    print(
        f"tables:       {len(tables.theme_hits):,} theme hits, {len(tables.figures):,} figures, "
        f"{len(tables.keywords):,} keywords"
    )
    print(f"baseline RSS: {baseline:.0f} MB (stack imported + upload bytes)")
    print(f"after read:   {after_read:.0f} MB (read_uploads, {read_seconds:.1f} s)")
    print(
        f"peak RSS:     {peak:.0f} MB = {peak / baseline:.2f}x baseline "
        f"(+{peak - baseline:.0f} MB for the analysis); budget {BUDGET_MB} MB"
    )
    print(
        f"wall time:    {seconds:.1f} s, {analysed / seconds:.0f} articles/s, "
        f"{text_mb / seconds:.2f} MB/s"
    )
    return 0 if peak < BUDGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
