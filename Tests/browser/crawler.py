"""Breadth-first crawl of the site in headless Chromium, checking each page as it goes.

Per page: the HTTP status, console errors, failed or erroring sub-requests, axe
violations and fragment links whose target is missing. The raw HTML of each page
is saved for the Nu HTML Checker, and every link is collected for the link check.
"""
from collections import deque
from urllib.parse import urldefrag, urlsplit

import accessibility
import url_patterns

MAX_PER_KIND = 2
MAX_PAGES = 160

LINKS_SCRIPT = "Array.from(document.querySelectorAll('a[href]'), a => a.href)"
MISSING_FRAGMENTS_SCRIPT = """
Array.from(document.querySelectorAll('a[href^="#"]'))
  .map(a => a.getAttribute('href').slice(1))
  .filter(id => id && !document.getElementById(decodeURIComponent(id)))
"""


class VisitedPage:
    def __init__(self, url, path, status, html):
        self.url = url
        self.path = path
        self.status = status
        self.html = html


class Crawler:
    def __init__(self, browser_context, base_url, results):
        self.context = browser_context
        self.base_url = base_url
        self.origin = urlsplit(base_url).netloc
        self.results = results
        self.visited = []  # VisitedPage
        self.links = {}  # same-origin link without fragment -> first page it was found on
        self.page = browser_context.new_page()
        self._events = []
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self._events.append(f"uncaught script error: {error}"))
        self.page.on("requestfailed", self._on_request_failed)
        self.page.on("response", self._on_response)
        self._main_document = None

    def _on_console(self, message):
        if message.type in ("error", "assert"):
            location = message.location or {}
            self._events.append(f"console {message.type}: {message.text} ({location.get('url', '')})")

    def _on_request_failed(self, request):
        self._events.append(f"request failed: {request.method} {request.url} ({request.failure})")

    def _on_response(self, response):
        if response.url != self._main_document and response.status >= 400:
            self._events.append(f"sub-request answered {response.status}: {response.url}")

    def same_origin_path(self, url):
        url, _ = urldefrag(url)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc != self.origin:
            return None
        return (parts.path or "/") + ("?" + parts.query if parts.query else "")

    def crawl(self, start_paths, not_found_paths):
        queue = deque((path, 200) for path in start_paths)
        queue.extend((path, 404) for path in not_found_paths)
        seen_paths = set()
        per_kind = {}
        while queue and len(self.visited) < MAX_PAGES:
            path, expected = queue.popleft()
            if path in seen_paths:
                continue
            seen_paths.add(path)
            kind = url_patterns.kind(path) + ("#404" if expected == 404 else "")
            if per_kind.get(kind, 0) >= MAX_PER_KIND:
                continue
            per_kind[kind] = per_kind.get(kind, 0) + 1
            for link in self.visit(path, expected):
                if link not in seen_paths and url_patterns.is_page(link):
                    queue.append((link, 200))

    def visit(self, path, expected_status):
        url = self.base_url + path
        self._events = []
        self._main_document = url
        problems = []
        try:
            response = self.page.goto(url, wait_until="load", timeout=30_000)
        except Exception as error:  # a navigation that fails is a finding, not a crash of the suite
            self.results.record(url, "status", [f"navigation failed: {error}"])
            return []
        status = response.status if response else 0
        html = response.text() if response else ""
        self.results.record(url, "status", [] if status == expected_status else [f"HTTP {status}, expected {expected_status}"])
        if status == expected_status == 404:
            # Chromium reports the 404 of the document itself as a console error: that one is expected.
            self._events = [e for e in self._events if "status of 404" not in e or path.split("?")[0] not in e]
        self.results.record(url, "console and requests", self._events)
        try:
            problems = accessibility.violations(self.page)
        except Exception as error:
            problems = [f"axe could not run: {error}"]
        self.results.record(url, "axe WCAG 2.1 A/AA", problems)
        missing = self.page.evaluate(MISSING_FRAGMENTS_SCRIPT)
        self.results.record(url, "in-page links", [f'link to "#{m}" has no element with that id' for m in missing])
        self.visited.append(VisitedPage(url, path, status, html))
        found = []
        for href in self.page.evaluate(LINKS_SCRIPT):
            link = self.same_origin_path(href)
            if link is None:
                continue
            self.links.setdefault(link, path)
            found.append(link)
        return found
