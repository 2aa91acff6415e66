"""Take a screenshot of the dashboard in Debian's Chromium (for the README and for review).

Usage: python scripts/screenshot.py [OUTPUT.png] [--query "granularity=year"] [--width 1280]
Starts `streamlit run app.py` headless on a free local port, waits for the page to finish
running, and saves a full-page screenshot.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_app(port: int):
    """`streamlit run app.py` on `port` until the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless=true",
         f"--server.port={port}", "--server.address=127.0.0.1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


def wait_for_app(page) -> None:
    """Wait until the script has finished running and the charts have drawn."""
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=90_000)  # fmt: skip
    page.wait_for_timeout(1500)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="screenshots/dashboard.png")
    parser.add_argument("--query", default="", help="query string to open, e.g. mode=per_1k_words")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--tab", default="", help="name of a tab to click before the screenshot")
    args = parser.parse_args()
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with running_app(free_port()) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(f"{url}/?{args.query}" if args.query else url)
        wait_for_app(page)
        if args.tab:
            page.get_by_role("tab", name=args.tab).click()
            page.wait_for_timeout(800)
        page.screenshot(path=str(output), full_page=True)
        browser.close()
    print(output)


if __name__ == "__main__":
    main()
