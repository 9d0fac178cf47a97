"""Issue 15's language checks, over the HTML of every page the suite checked (crawl, flows, error states).

On every page:
- "page language": `<html lang>` is the page's language (a public page's URL prefix: `/fr/…` French, `/es/…`
  Spanish, none English; a personal page's: the language of the account browsing it) and so is the response's
  `Content-Language`;
- "language marking": every `lang` is a well-formed BCP 47 tag, every `dir` is ltr, rtl or auto, content in a
  right-to-left language sits in an element whose direction is rtl, and a page that says a text is "shown in
  English" (the content note's `.content-note__fallback`) has an element marked with another language.

On every French and Spanish page, "no English left": the page's text (text nodes, the document's title, and
the attributes people read or hear: alt, title, aria-label, placeholder, a button input's value, the meta
description) is taken from the HTML, except
- text whose nearest `lang` (on the element or an ancestor) is another language than the page's: content
  marked as untranslated (an action shown in English carries `lang="en"`), a name in its own language, the
  switcher's "English";
- code, keyboard input and sample output (`code`, `kbd`, `samp`: field names of the open data, which stay as
  they are), elements marked `translate="no"`, what a person is editing (`textarea`), scripts and styles;
- proper names: the names the database holds (cities, their mayors, networks, their acronyms and seats,
  session people, users, partnership organisations, attachment file names) and NAMES below, removed as
  whole phrases first (so "Local Governments for Sustainability" in a network's name is not read as "for");
- addresses, URLs and file names.
What is left is split into words, and a word from ENGLISH_WORDS is a finding, reported with the page and
the fragment it is in. The list holds English function words and the platform's own words, but none that is
also a French or Spanish word (a, as, on, or, but, no, me, he, son, page, action, session, invitation,
notification, menu, type, date, source, total, population, description, mayor — Spanish "mayor" —, main,
case, content, office, change, file, data, cycle, audit…): such a word on a French page proves nothing.
Content has no allowance: what the secretariat or a city wrote is shown translated, or inside an element marked
with its own language (a theme's name in an <option lang="en">, a commitment's note with the note's language, a
network's note inside "Membres : <span lang="en">…</span>"); content printed bare on a French page is a finding.
"""
import re
from html.parser import HTMLParser


# English words that are not French or Spanish words (lowercase; matched as whole words).
ENGLISH_WORDS = frozenset("""
the and of with without your yours you this that these those from for to into onto by at in is are was were be been
being have had will would should could can cannot must not it its they them their there here which what when
where who whom whose why how all any each every more most than then yet our we my if so do does did done about after
before between under over above below only also just already still until while since because other others some such
same very please yes none both either neither upon within across through against
new old see view show hide read add remove delete edit save saved cancel submit submitted search filter filters
clear apply reset back next previous first last sign signed out log password account language languages settings
users role staff admin workspace dashboard registry review reviews reviewer reviewed draft drafts
published publish unpublished withdraw withdrawn deadline deadlines late due year years report reports reporting
brief briefs mayors parliament city cities network networks member members observers partnership partnerships
practice practices best study studies strategy principle principles commitment commitments opted opt progress
achieved planned paused evidence theme themes goal goals sustainable development open download upload attachment
attachments country countries region regions home help skip found required optional choose select
enter confirm confirmed yes today week weekly month months digest unread mark send outbox compliance convening
convenings team resource resources peer peers model twinning partner partners website founded seat people
person world map graph feed items item showing shown results result name names title summary changes changed
created updated create update history list lists nothing empty sent expected filed
""".split())

# Names the database does not hold (sources, licences, formats) and the organisation's own acronym in data.
NAMES = ["GeoNames", "Natural Earth", "CC BY 4.0", "OpenStreetMap", "CSV", "JSON", "Atom", "GPM", "UCLG",
         # Names kept as they are inside the secretariat's French and Spanish translations (a programme, an
         # institute, a study's title), which plain text cannot mark with lang="en".
         "Open 311", "Institute for Strategic Dialogue", "City Future", "Smart Cities Study"]

RTL_LANGUAGES = {"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr"}
SKIPPED_ELEMENTS = {"script", "style", "template", "code", "kbd", "samp", "textarea"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
READ_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
BCP47 = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-[a-zA-Z0-9]{5,8}|-[0-9][a-zA-Z0-9]{3})*$")
NOT_WORDS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b[\w.-]+\.(?:csv|json|atom|pdf|png|jpe?g|svg|docx?|xlsx?|txt|html)\b")
WORD = re.compile(r"\w+(?:-\w+)*")


class _Element:
    """An open element: its tag, the language and direction in force inside it, whether its text is skipped."""

    def __init__(self, tag, lang, direction, skipped, classes=()):
        self.tag, self.lang, self.direction, self.skipped, self.classes = tag, lang, direction, skipped, classes


class PageText(HTMLParser):
    """Reads a page's HTML into (language, text, element) fragments and the marking problems it finds."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_lang = None
        self.stack = [_Element("#document", "", "ltr", False)]
        self.fragments = []  # (primary language of the nearest lang, text, tag)
        self.marking = []  # problems with lang and dir
        self.marked_languages = set()  # languages of the elements marked with one, but <html> and the switcher
        self.has_fallback_note = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        parent = self.stack[-1]
        lang = attributes.get("lang")
        if lang is not None:
            if not BCP47.match(lang):
                self.marking.append(f"<{tag} lang=\"{lang}\"> is not a BCP 47 tag")
            if tag == "html":
                self.html_lang = lang
        element_lang = (lang if lang is not None else parent.lang).split("-")[0].lower()
        direction = attributes.get("dir")
        if direction is not None and direction not in ("ltr", "rtl", "auto"):
            self.marking.append(f"<{tag} dir=\"{direction}\"> is not ltr, rtl or auto")
        direction = direction or parent.direction
        if lang is not None and element_lang in RTL_LANGUAGES and direction not in ("rtl", "auto"):
            self.marking.append(f"<{tag} lang=\"{lang}\"> is right-to-left content without dir=\"rtl\"")
        if lang is not None and tag != "html" and "hreflang" not in attributes and "language-switch" not in self._classes():
            self.marked_languages.add(element_lang)
        if "content-note__fallback" in (attributes.get("class") or "").split():
            self.has_fallback_note = True
        skipped = parent.skipped or tag in SKIPPED_ELEMENTS or attributes.get("translate") == "no"
        if not skipped:
            for name in READ_ATTRIBUTES:
                if attributes.get(name):
                    self.fragments.append((element_lang, attributes[name], f"{tag}[{name}]"))
            if tag == "input" and attributes.get("type") in ("submit", "button", "reset") and attributes.get("value"):
                self.fragments.append((element_lang, attributes["value"], "input[value]"))
            if tag == "meta" and attributes.get("name") == "description" and attributes.get("content"):
                self.fragments.append((element_lang, attributes["content"], "meta description"))
        if tag not in VOID_ELEMENTS:
            classes = (attributes.get("class") or "").split()
            self.stack.append(_Element(tag, lang if lang is not None else parent.lang, direction, skipped, classes))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        element = self.stack[-1]
        if element.skipped or not data.strip():
            return
        self.fragments.append((element.lang.split("-")[0].lower(), data, element.tag))

    def _classes(self):
        return {name for element in self.stack for name in element.classes}

    def feed_page(self, html):
        self.feed(html)
        self.close()
        return self


def english_in(text, names):
    """The English words of ENGLISH_WORDS left in `text` once names, addresses and file names are removed
    (`names`: longest first)."""
    for name in names:
        if name in text:
            text = text.replace(name, " ")
    text = NOT_WORDS.sub(" ", text)
    found = []
    for word in WORD.findall(text.replace("’", " ").replace("'", " ")):
        if (word.isupper() and len(word) > 1) or "_" in word or any(c.isdigit() for c in word):
            continue  # a code, an acronym or an identifier: (IN), UCLG, in_progress, city_id
        if word.lower() in ENGLISH_WORDS and word.lower() not in found:
            found.append(word.lower())
    return found


class LanguageChecks:
    """Runs the checks above over pages; `names` are the proper names to remove (see proper_names)."""

    def __init__(self, results, names):
        self.results = results
        self.names = sorted({n for n in list(names) + NAMES if n and n.strip()}, key=len, reverse=True)
        self.findings = []  # (url, finding): every one, for the report file (the summary shows 25 a page)
        self.pages_read = 0

    def check(self, page):
        text = PageText().feed_page(page.html)
        self.pages_read += 1
        language = page.language
        problems = []
        if text.html_lang != language:
            problems.append(f"<html lang=\"{text.html_lang}\">, expected \"{language}\"")
        if page.content_language is not None and page.content_language != language:
            problems.append(f"Content-Language: {page.content_language}, expected {language}")
        self.results.record(page.url, "page language", problems)
        marking = list(text.marking)
        if text.has_fallback_note and not (text.marked_languages - {language}):
            marking.append("a content note says a text is shown in another language, but no element is marked with one")
        self.results.record(page.url, "language marking", marking)
        if language == "en":
            return
        # Content marked with its language may be quoted where markup cannot mark it (the document's title, an
        # aria-label naming it): such a quote is removed like a name.
        quoted = sorted({" ".join(f.split()) for lang, f, _ in text.fragments if lang != language and len(f.strip()) > 3},
                        key=len, reverse=True)
        findings = []
        for fragment_language, fragment, tag in text.fragments:
            if fragment_language != language:
                continue  # content marked as being in another language
            # Longest first across both lists: a short quoted theme ("Culture") must not cut a longer name
            # ("European Capitals of Culture") before the name is removed whole.
            words = english_in(" ".join(fragment.split()), sorted(quoted + self.names, key=len, reverse=True))
            if not words:
                continue
            shown = " ".join(fragment.split())
            shown = shown if len(shown) <= 120 else shown[:117] + "…"
            findings.append(f"English ({', '.join(words)}) in <{tag}>: “{shown}”")
        self.results.record(page.url, "no English left", findings)
        self.findings.extend((page.url, finding) for finding in findings)

def proper_names(database):
    """The proper names the database holds (DatabaseReader of the suite's database)."""
    queries = [
        "SELECT name AS n FROM cities UNION SELECT mayor_name FROM cities",
        "SELECT name AS n FROM networks UNION SELECT acronym FROM networks UNION SELECT seat FROM networks",
        "SELECT person_name AS n FROM session_people",
        "SELECT name AS n FROM users",
        "SELECT organisation AS n FROM partnership_members",
        "SELECT filename AS n FROM brief_attachments",
    ]
    names = set()
    for sql in queries:
        names.update(row["n"] for row in database.rows(sql) if row["n"])
    return names


def run(pages, database, results, report_file=None):
    """Checks every page; writes every finding to `report_file` (one a line, URL and finding, tab-separated);
    returns how many French or Spanish pages were read."""
    checks = LanguageChecks(results, proper_names(database))
    for page in pages:
        checks.check(page)
    if report_file:
        with open(report_file, "w", encoding="utf-8") as handle:
            for url, finding in checks.findings:
                handle.write(f"{url}\t{finding}\n")
    return sum(1 for page in pages if page.language != "en")
