"""Which URLs the crawler visits: one or two of each page kind, not every city, in each language.

A URL's kind is its path with every segment after the first replaced by a
placeholder (/cities/mannheim -> /cities/:p) plus the names of its query
parameters (/cities?region=europe&page=2 -> /cities?page&region), so a filter
and a second page count as kinds of their own. A public page's language prefix
is kept in front of its kind (/fr/cities/mannheim -> /fr/cities/:p), so the
French page of a kind is a kind of its own and never stands in for the English
one (`base_kind` drops it: the kind whatever the language).

The platform's languages follow `LanguageScope` (Sources/GPM/Localization): public
pages are English at `/` and French and Spanish under `/fr/…` and `/es/…`; personal
pages (workspace, admin, account, sign-in…) are never prefixed and follow the
signed-in user's language; files and assets are neutral.
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


LANGUAGES = ("en", "fr", "es")  # English first: the crawl visits each kind in English, then in the others
PREFIXED = ("fr", "es")
PERSONAL_ROOTS = {"workspace", "admin", "account", "sign-in", "sign-out", "invitations", "password-reset"}
NEUTRAL_ROOTS = {"css", "img", "js", "fonts", "attachments", "healthz", "plaintext"}


def split_language(path_and_query):
    """('fr', '/cities?q=a') for '/fr/cities?q=a'; ('en', path) for a path without a language prefix."""
    parts = urlsplit(path_and_query)
    segments = parts.path.split("/")
    if len(segments) > 1 and segments[1] in PREFIXED:
        rest = "/" + "/".join(segments[2:])
        return segments[1], rest + ("?" + parts.query if parts.query else "")
    return "en", path_and_query


def in_language(path_and_query, language):
    """The same public page in `language`: '/cities' -> '/fr/cities', '/' -> '/fr/'."""
    _, base = split_language(path_and_query)
    return base if language == "en" else f"/{language}{base}"


def scope(path_and_query):
    """'public', 'personal' or 'neutral', as LanguageScope decides it from the path (prefix removed)."""
    _, base = split_language(path_and_query)
    segments = [s for s in urlsplit(base).path.split("/") if s]
    if segments and ("." in segments[-1]):
        return "neutral"
    if segments and segments[0] in PERSONAL_ROOTS:
        return "personal"
    if segments and segments[0] in NEUTRAL_ROOTS:
        return "neutral"
    return "public"


def kind(path_and_query):
    """The page kind, its language prefix kept: '/fr/cities/:p' (see the module's comment)."""
    language, base = split_language(path_and_query)
    return ("" if language == "en" else "/" + language) + base_kind(base)


def base_kind(path_and_query):
    """The page kind whatever its language: '/cities/:p' for '/cities/x' and '/fr/cities/x'."""
    _, path_and_query = split_language(path_and_query)
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
