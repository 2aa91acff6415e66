"""Take a screenshot of the dashboard in Debian's Chromium (for the README and for review).

Usage: python scripts/screenshot.py [OUTPUT.png] [--query "view=Figures"] [--width 1280]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.e2e.browser import CHROMIUM_ARGS, chromium_path, running_app, wait_for_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="screenshots/dashboard.png")
    parser.add_argument("--query", default="", help="query string, e.g. view=Figures")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with running_app() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(f"{url}/?{args.query}" if args.query else url)
        wait_for_app(page)
        page.screenshot(path=str(output))
        browser.close()
    print(output)


if __name__ == "__main__":
    main()
