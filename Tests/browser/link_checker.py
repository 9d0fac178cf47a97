"""Every same-origin link found on the visited pages, fetched with a plain HTTP client.

Open data documents also get their content type checked and are parsed (CSV,
JSON, Atom XML) so a link to a broken export fails here, not in a reader's tool.
"""
import csv
import http.client
import io
import json
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlsplit

import url_patterns

MAX_LINKS = 4000


class LinkChecker:
    def __init__(self, base_url, results):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.base_url = base_url
        self.results = results
        self.connection = None

    def fetch(self, path):
        for attempt in (1, 2):  # the server may close an idle keep-alive connection: reconnect once
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=15)
            try:
                self.connection.request("GET", path)
                response = self.connection.getresponse()
                body = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.connection.close()
                    self.connection = None
                return response.status, response.getheader("Content-Type", ""), body
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise

    def check_links(self, links, visited_paths):
        """`links` maps each same-origin path to the page it was found on; visited pages had their status checked."""
        for path, source in list(links.items())[:MAX_LINKS]:
            if path in visited_paths or url_patterns.expected_content_type(path):
                continue  # checked in the browser, or by check_open_data with its content type
            try:
                status, _, _ = self.fetch(path)
                problems = [] if status < 400 else [f"HTTP {status} (linked from {source})"]
            except OSError as error:
                problems = [f"{error} (linked from {source})"]
            self.results.record(self.base_url + path, "link", problems)

    def check_open_data(self, links):
        paths = dict.fromkeys(url_patterns.OPEN_DATA_PATHS, "the URL scheme")
        for path, source in links.items():
            if url_patterns.expected_content_type(path):
                paths.setdefault(path, source)
        for path, source in paths.items():
            self.results.record(self.base_url + path, "open data", self._open_data_problems(path, source))

    def _open_data_problems(self, path, source):
        try:
            status, content_type, body = self.fetch(path)
        except OSError as error:
            return [f"{error} (linked from {source})"]
        if status != 200:
            return [f"HTTP {status} (linked from {source})"]
        expected = url_patterns.expected_content_type(path)
        problems = []
        if content_type.split(";")[0].strip().lower() != expected:
            problems.append(f"Content-Type is {content_type!r}, expected {expected}")
        try:
            text = body.decode("utf-8")
            if expected == "text/csv":
                rows = list(csv.reader(io.StringIO(text, newline="")))
                if not rows or len({len(row) for row in rows}) != 1:
                    problems.append("CSV rows do not all have the header's number of fields")
            elif expected == "application/json":
                json.loads(text)
            else:
                ElementTree.fromstring(body)
        except (UnicodeDecodeError, ValueError, ElementTree.ParseError, csv.Error) as error:
            problems.append(f"does not parse: {error}")
        return problems
