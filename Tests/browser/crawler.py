"""Breadth-first crawl of the site in headless Chromium, checking each page as it goes, in each language.

Per page: the HTTP status, console errors, failed or erroring sub-requests, axe
violations and fragment links whose target is missing. The raw HTML of each page
is saved for the Nu HTML Checker and the language checks (language_checks.py), and
every link is collected for the link check.

The languages are explicit (issue 15): first the English site, breadth-first from `/`
over its links, at most MAX_PER_KIND pages of each kind (links into `/fr/…` and
`/es/…` wait); then, for each English kind, its first page once in French and once
in Spanish, reached through that English page's language switcher, which must lead
to the same page under the language's prefix (a 404 page's switcher leads to each
language's home, so its French page is the same made-up path under `/fr`). Every
page's switcher is checked, and on a French or Spanish page every link to a public
page must keep the page's language.
"""
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import accessibility
import url_patterns

MAX_PER_KIND = 2  # in English; each English kind is then visited once in French and once in Spanish
MAX_PAGES = 160  # English pages

LINKS_SCRIPT = "Array.from(document.querySelectorAll('a[href]'), a => a.href)"
MISSING_FRAGMENTS_SCRIPT = """
Array.from(document.querySelectorAll('a[href^="#"]'))
  .map(a => a.getAttribute('href').slice(1))
  .filter(id => id && !document.getElementById(decodeURIComponent(id)))
"""


# The switcher's links (language -> path) and the page's other links to public pages of another language.
LANGUAGE_LINKS_SCRIPT = """
(() => ({
  switcher: Object.fromEntries(Array.from(document.querySelectorAll('.language-switch a[hreflang]'),
    a => [a.getAttribute('hreflang'), a.getAttribute('href')])),
  current: Array.from(document.querySelectorAll('.language-switch [aria-current]'), a => a.getAttribute('lang')),
  links: Array.from(document.querySelectorAll('a[href]:not([hreflang])'), a => a.getAttribute('href')),
}))()
"""


class VisitedPage:
    """A checked page kept for the checks that read its HTML (the Nu checker, language_checks).

    `language` is the language the page must be in (None: the path's prefix decides, English without one);
    `content_language` the response's Content-Language header, when known."""

    def __init__(self, url, path, status, html, language=None, content_language=None):
        self.url = url
        self.path = path
        self.status = status
        self.html = html
        self.language = language or url_patterns.split_language(path)[0]
        self.content_language = content_language


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
        """English breadth-first, then each English kind once in each other language (see the module's comment)."""
        queue = deque((path, 200) for path in start_paths)
        queue.extend((path, 404) for path in not_found_paths)
        seen_paths = set()
        per_kind = {}
        first_of_kind = {}  # kind -> (its first English path, the status expected)
        while queue and len(self.visited) < MAX_PAGES:
            path, expected = queue.popleft()
            if path in seen_paths:
                continue
            seen_paths.add(path)
            kind = url_patterns.kind(path) + ("#404" if expected == 404 else "")
            if per_kind.get(kind, 0) >= MAX_PER_KIND:
                continue
            per_kind[kind] = per_kind.get(kind, 0) + 1
            links = self.visit(path, expected)
            first_of_kind.setdefault(kind, (path, expected))
            for link in links:
                if link not in seen_paths and url_patterns.is_page(link) and url_patterns.split_language(link)[0] == "en":
                    queue.append((link, 200))
        for language in url_patterns.PREFIXED:
            for path, expected in first_of_kind.values():
                if url_patterns.scope(path) != "public":
                    continue  # the sign-in page and other personal pages follow the account, not the URL
                # The English page's switcher was checked to lead exactly here (a 404's leads home instead).
                self.visit(url_patterns.in_language(path, language), expected)

    def _check_language_links(self, path, expected_status):
        """The switcher leads to this page in each language (a 404 page's to each home); a French or Spanish
        page's links to public pages keep its language."""
        if url_patterns.scope(path) != "public":
            return  # a personal page has the account's switcher (a form), checked by flow_languages
        found = self.page.evaluate(LANGUAGE_LINKS_SCRIPT)
        switcher = found["switcher"]
        language, _ = url_patterns.split_language(path)
        same_page = "/" if expected_status == 404 else path
        problems = []
        for other in url_patterns.LANGUAGES:
            want = url_patterns.in_language(same_page, other)
            if switcher.get(other) != want:
                problems.append(f"the switcher's {other} link is {switcher.get(other)!r}, expected {want!r}")
        if found["current"] != [language]:
            problems.append(f"the switcher marks {found['current']} as current, expected [{language!r}]")
        if language != "en":
            for href in found["links"]:
                link = self.same_origin_path(urljoin(self.base_url + path, href))
                if link and url_patterns.is_page(link) and url_patterns.scope(link) == "public" \
                        and url_patterns.split_language(link)[0] != language:
                    problems.append(f"link {href!r} leaves the page's language ({language})")
        self.results.record(self.base_url + path, "language switcher and links", problems)

    def visit(self, path, expected_status):
        """Opens and checks one page; returns its same-origin links."""
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
        self._check_language_links(path, expected_status)
        content_language = response.headers.get("content-language") if response else None
        self.visited.append(VisitedPage(url, path, status, html, content_language=content_language))
        found = []
        for href in self.page.evaluate(LINKS_SCRIPT):
            link = self.same_origin_path(href)
            if link is None:
                continue
            self.links.setdefault(link, path)
            found.append(link)
        return found
