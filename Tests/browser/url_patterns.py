"""Which URLs the crawler visits: one or two of each page kind, not every city.

A URL's kind is its path with every segment after the first replaced by a
placeholder (/cities/mannheim -> /cities/:p) plus the names of its query
parameters (/cities?region=europe&page=2 -> /cities?page&region), so a filter
and a second page count as kinds of their own.
"""
from urllib.parse import parse_qsl, urlsplit

OPEN_DATA_SUFFIXES = (".csv", ".json", ".atom")
ASSET_PREFIXES = ("/css/", "/img/", "/js/", "/favicon", "/robots.txt")

# Pages that are not always linked (forms build them) but must be visited.
EXTRA_START_PATHS = [
    "/cities?q=a",
    "/cities?region=europe",
    "/cities?sort=population",
    "/cities?page=2",
    "/networks?q=cities",
    "/sessions",
    "/partnerships",
    "/partnerships/graph",
    "/best-practices?q=migration",
    "/best-practices?kind=case-study",
    "/best-practices?q=city&page=2",
    "/open-data",
]

# Made-up slugs: each must answer with the real 404 page (which is checked like any page).
NOT_FOUND_PATHS = [
    "/cities/no-such-city-browser-check",
    "/networks/no-such-network-browser-check",
    "/sessions/no-such-session-browser-check",
    "/actions/no-such-action-browser-check",
    "/partnerships/no-such-partnership-browser-check",
    "/case-studies/no-such-case-browser-check",
    "/briefs/no-such-city-browser-check/1999",
    "/no-such-page-browser-check",
]

# The open data documents the URL scheme promises, with the content type each must have.
OPEN_DATA_PATHS = [
    "/cities.csv", "/cities.json", "/networks.csv", "/networks.json", "/actions.csv", "/actions.json",
    "/commitments.csv", "/commitments.json", "/sessions.json", "/partnerships.csv", "/partnerships.json", "/briefs.csv", "/briefs.json",
    "/case-studies.csv", "/case-studies.json", "/feed.atom",
]
CONTENT_TYPES = {".csv": "text/csv", ".json": "application/json", ".atom": "application/atom+xml"}


def kind(path_and_query):
    parts = urlsplit(path_and_query)
    segments = [s for s in parts.path.split("/") if s]
    shape = "/" + "/".join(segments[:1] + [":p"] * (len(segments) - 1))
    names = sorted({name for name, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return shape + ("?" + "&".join(names) if names else "")


def is_page(path):
    """A page the browser should open (not open data, not an asset)."""
    plain = urlsplit(path).path
    return not plain.endswith(OPEN_DATA_SUFFIXES) and not plain.startswith(ASSET_PREFIXES)


def expected_content_type(path):
    plain = urlsplit(path).path
    for suffix, content_type in CONTENT_TYPES.items():
        if plain.endswith(suffix):
            return content_type
    return None
