"""Checks the pages a signed-in flow lands on, the same way the crawler checks public pages.

A `PageWatch` listens to one Playwright page for console errors, failed requests and erroring
sub-requests, and remembers the last main-frame document it loaded (after redirects). `check()`
records three checks for the page now shown — console and requests, axe (WCAG 2.1 A/AA) — and keeps
its raw HTML so the Nu HTML Checker can validate every flow page in the suite's one JVM run.
"""
from urllib.parse import urlsplit

import accessibility
import url_patterns
from crawler import VisitedPage


class PageWatch:
    def __init__(self, page, results, actor):
        self.page = page
        self.results = results
        self.actor = actor  # who is browsing, e.g. "admin": shown beside each URL in the report
        self.language = "en"  # the account's language: what personal pages must be in (public ones: their URL's)
        self.visited = []  # VisitedPage, for the Nu HTML Checker
        self.checked_paths = []
        self._events = []
        self._document = None
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self._events.append(f"uncaught script error: {error}"))
        page.on("requestfailed", self._on_request_failed)
        page.on("response", self._on_response)

    def _on_console(self, message):
        if message.type in ("error", "assert"):
            location = message.location or {}
            self._events.append(f"console {message.type}: {message.text} ({location.get('url', '')})")

    def _on_request_failed(self, request):
        failure = request.failure or ""
        if request.is_navigation_request() and "ERR_ABORTED" in failure and request.resource_type == "document":
            # A download (the attachment link) or a superseded navigation aborts the document request: not a fault.
            return
        self._events.append(f"request failed: {request.method} {request.url} ({failure})")

    def _on_response(self, response):
        request = response.request
        if request.is_navigation_request() and response.frame == self.page.main_frame:
            self._document = response
        elif response.status >= 400:
            self._events.append(f"sub-request answered {response.status}: {response.url}")

    def label(self, url=None):
        return f"{url or self.page.url} [{self.actor}]"

    def check(self, expected_status=200):
        """Records status, console and requests, axe for the page now shown; keeps its HTML for vnu."""
        url = self.page.url
        label = self.label(url)
        document = self._document
        status = document.status if document else 0
        self.results.record(label, "status", [] if status == expected_status else [f"HTTP {status}, expected {expected_status}"])
        events = self._events
        if expected_status >= 400:
            events = [e for e in events if f"status of {expected_status}" not in e]
        self.results.record(label, "console and requests", events)
        self._events = []
        try:
            problems = accessibility.violations(self.page)
        except Exception as error:  # axe failing to run is a finding, not a crash of the suite
            problems = [f"axe could not run: {error}"]
        self.results.record(label, "axe WCAG 2.1 A/AA", problems)
        try:
            html = document.text() if document else self.page.content()
        except Exception:  # the body of a redirected or discarded response may be gone
            html = self.page.content()
        path = urlsplit(url).path
        language = self.language if url_patterns.scope(path) == "personal" else url_patterns.split_language(path)[0]
        content_language = document.headers.get("content-language") if document else None
        self.visited.append(VisitedPage(label, path, status, html, language=language, content_language=content_language))
        self.checked_paths.append(path)
        return self.page

    def goto(self, path, base_url, expected_status=200):
        """Opens a path and checks it."""
        self._events = []
        self.page.goto(base_url + path, wait_until="load")
        return self.check(expected_status)
