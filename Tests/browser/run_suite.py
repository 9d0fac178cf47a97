"""The GPM Platform's browser suite: crawl every public page kind in headless Chromium and check it, in English,
French and Spanish (crawler.py); then the signed-in flows (flows.py): issues 6 and 7 and issue 15's workspace in
French and Spanish on the same server, and the flows of issues 11, 13 and 15 (right to left) on installs of their
own; then the Nu HTML Checker and issue 15's language checks (language_checks.py: `<html lang>`, `lang` marking,
no English left on French and Spanish pages) over every page checked.

Usage: python run_suite.py [--root REPO] [--binary .build/debug/gpm] [--screenshots DIR] [--flows-only]
Prints each problem and a closing line `browser: N passed, M failed` (plus `(K skipped)` when a flow step
could not run because a feature is missing from the build); exits 1 on any failure, never on a skip.

The application's clock: every gpm process this suite starts (servers, `gpm seed`, `gpm create-user`) gets
GPM_CLOCK_FILE, a file in the suite's scratch folder holding SUITE_NOW, 2026-11-20T12:00:00Z — inside the demo's
2026 reporting cycle (Seeds/demo.sql: opens 2026-01-05, deadline 2027-03-31, closes 2027-07-01) and after every
demo timestamp — so the flows that start and submit 2026 briefs pass on any day the suite runs. It governs the
application's rules only (deadlines, sessions, throttles); the suite's own timeouts stay in real time.
"""
import argparse
import os
import sys
import tempfile
import time

from playwright.sync_api import sync_playwright

import a11y_checks
import accounts_setup
import flows
import html_validator
import language_checks
import responsive
import screenshots
import url_patterns
from crawler import Crawler
from flow import DatabaseReader
from gpm_server import GPMServer, default_binary
from link_checker import LinkChecker
from results import Results

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
SUITE_NOW = "2026-11-20T12:00:00Z"  # "now" for the application (see the module's comment)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", default=REPO)
    parser.add_argument("--binary")
    parser.add_argument("--chromium", default=os.environ.get("GPM_CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--screenshots", default="/tmp/gpm-browser-screenshots")
    parser.add_argument("--flows-only", action="store_true", help="skip the public crawl (for work on the flows)")
    parser.add_argument("--artefacts", default=os.path.join(REPO, ".ci", "artefacts", "screenshots"),
                        help="where the issue-17 screenshots go (<folder>/after/…), kept by CI")
    args = parser.parse_args()
    started = time.monotonic()
    results = Results()
    with tempfile.TemporaryDirectory(prefix="gpm-browser-") as scratch:
        database = os.path.join(scratch, "gpm.sqlite")
        clock_file = os.path.join(scratch, "clock")
        with open(clock_file, "w", encoding="utf-8") as handle:
            handle.write(SUITE_NOW + "\n")
        os.environ["GPM_CLOCK_FILE"] = clock_file  # inherited by every gpm process the suite starts
        binary = args.binary or default_binary(args.root)
        accounts_setup.prepare(binary, args.root, database)
        with GPMServer(binary, args.root, database) as server:
            print(f"browser: gpm at {server.base_url}", flush=True)
            crawled, flow_pages, a11y_pages = [], [], []
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
                try:
                    if not args.flows_only:
                        # The public crawl runs first, on the demo data as seeded; the flows change it.
                        crawler = run_crawl(browser, server.base_url, results)
                        crawled = crawler.visited
                        responsive.check(browser, server.base_url, crawled, results, args.screenshots)
                        a11y_pages = a11y_checks.run(browser, server.base_url, crawled, results)
                        shots = screenshots.take(browser, server.base_url, args.artefacts, "after")
                        print(f"browser: {len(shots)} screenshots in {os.path.join(args.artefacts, 'after')}", flush=True)
                    flow_pages = flows.run(browser, server.base_url, results, database, args.screenshots,
                                           fresh_install=(binary, args.root, scratch))
                finally:
                    browser.close()
            if not args.flows_only:
                checker = LinkChecker(server.base_url, results)
                checker.check_links(crawler.links, {page.path for page in crawled})
                checker.check_open_data(crawler.links)
                print("browser: visited " + " ".join(f"{page.path} ({page.status})" for page in crawled), flush=True)
                print(f"browser: {len(crawled)} pages visited, {len(crawler.links)} links", flush=True)
            print("browser: flows checked " + " ".join(page.url for page in flow_pages), flush=True)
            checked = crawled + flow_pages + a11y_pages
            print(f"browser: running the Nu HTML Checker on {len(checked)} pages", flush=True)
            for url, errors in html_validator.validate(checked, scratch).items():
                results.record(url, "Nu HTML Checker", errors)
            # Issue 15: <html lang>, lang marking, and no English left on the French and Spanish pages.
            findings = os.path.join(args.screenshots, "language-findings.tsv")
            os.makedirs(args.screenshots, exist_ok=True)
            translated = language_checks.run(checked, DatabaseReader(database), results, findings)
            print(f"browser: language checks on {len(checked)} pages, {translated} of them in French or Spanish; "
                  f"every finding in {findings}", flush=True)
    print(f"browser: took {time.monotonic() - started:.0f} s; screenshots in {args.screenshots}", flush=True)
    results.print_report(sys.stdout)
    return 1 if results.failed else 0


def run_crawl(browser, base_url, results):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    crawler = Crawler(context, base_url, results)
    crawler.crawl(["/"] + url_patterns.EXTRA_START_PATHS, url_patterns.NOT_FOUND_PATHS)
    context.close()
    return crawler


if __name__ == "__main__":
    sys.exit(main())
