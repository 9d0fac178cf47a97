"""Issue 15's right-to-left check: an Arabic Mayor Brief (its title, and a city named "إربد") renders in the
right order on the home page, the brief's page and the review queue.

It runs on a demo install of its own (a fourth server and database): the brief and its city are written into
the database before the server starts, so no page of the crawl's server is cached without them. On each page
the browser, not the markup, is asked: the computed `direction` of the element holding the brief's title is
rtl (its `dir` resolved), the city's name sits in a `<bdi>` whose direction resolved to rtl, and in the
left-to-right line around it the name comes before what follows it ("إربد · 2025": the name's box is left of
the year's), so the line does not read "2025 · دبرإ" as it did when nothing was marked.
"""
import os
import sqlite3

import accounts_setup
from flow import Flow, expect, sign_in
from gpm_server import GPMServer

CITY = "إربد"
TITLE = "مدينة للجميع"
SUMMARY = "برنامج إربد لدمج القادمين الجدد."
REVIEWER = {"role": "staff", "email": "rtl-reviewer@example.org", "name": "Rana Reviewer"}

# The direction the browser resolved for the first element matching `selector` that contains `text`, and
# whether a `<bdi>` holding `city` inside the same line resolved to rtl and sits before the text after it.
PROBE = """([selector, text, city]) => {
  const element = [...document.querySelectorAll(selector)].find(e => e.textContent.includes(text));
  if (!element) return {found: false};
  const result = {found: true, direction: getComputedStyle(element).direction, lang: element.closest('[lang]')?.getAttribute('lang')};
  if (city) {
    const bdi = [...document.querySelectorAll('bdi')].find(b => b.textContent === city);
    result.bdi = !!bdi;
    if (bdi) {
      result.bdiDirection = getComputedStyle(bdi).direction;
      const after = bdi.nextSibling;
      if (after && after.nodeType === Node.TEXT_NODE && after.textContent.trim()) {
        const range = document.createRange();
        range.selectNodeContents(after);
        result.cityBeforeNext = bdi.getBoundingClientRect().right <= range.getBoundingClientRect().left + 1;
      }
    }
  }
  return result;
}"""


def run(browser, results, screenshots, binary, root, scratch):
    flow = Flow("issue 15 (an Arabic brief, right to left)", browser, None, results, screenshots)
    database = os.path.join(scratch, "rtl.sqlite")
    accounts_setup.run([binary, "seed", "--database", database, "--root", root])
    accounts_setup.create_user(binary, root, database, REVIEWER)
    _add_arabic_brief(database)
    server = GPMServer(binary, root, database)
    try:
        server.start()
        flow.base_url = server.base_url
        _steps(flow, server.base_url)
    finally:
        server.stop()
    return flow


def _add_arabic_brief(path):
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO cities (slug, name, country_code, region_id) VALUES ('irbid', ?, 'JO', 6)", (CITY,))
        city = db.execute("SELECT id FROM cities WHERE slug = 'irbid'").fetchone()[0]
        db.execute("""INSERT INTO mayor_briefs (city_id, year, title, summary, results, status, published_at, submitted_at,
                                                language, created_at, updated_at)
                      VALUES (?, 2025, ?, ?, '- ١٢٠٠ أسرة', 'published', '2026-11-20T11:00:00Z', '2026-11-01T10:00:00Z', 'ar',
                              '2026-11-01T10:00:00Z', '2026-11-20T11:00:00Z')""", (city, TITLE, SUMMARY))
        db.execute("""INSERT INTO mayor_briefs (city_id, year, title, summary, results, status, submitted_at, language,
                                                created_at, updated_at)
                      VALUES (?, 2026, ?, ?, '- ١٢٠٠ أسرة', 'submitted', '2026-11-19T10:00:00Z', 'ar',
                              '2026-11-19T10:00:00Z', '2026-11-19T10:00:00Z')""", (city, TITLE, SUMMARY))


def _probe(watch, selector, text, city=None):
    return watch.page.evaluate(PROBE, [selector, text, city])


def _check(what, probe, city_order=True):
    expect(probe.get("found"), f"{what}: the brief's title is on the page")
    expect(probe["direction"] == "rtl", f"{what}: the title's direction resolved to rtl (got {probe['direction']})")
    expect(probe.get("lang") == "ar", f"{what}: the title is marked Arabic (got {probe.get('lang')})")
    if city_order:
        expect(probe.get("bdi"), f"{what}: the city's name is in a <bdi>")
        expect(probe.get("bdiDirection") == "rtl", f"{what}: the <bdi> resolved to rtl (got {probe.get('bdiDirection')})")
        expect(probe.get("cityBeforeNext", True), f"{what}: the city's name comes before what follows it on its line")


def _steps(flow, base_url):
    reader = flow.actor("reader")

    def home():
        reader.goto("/", base_url)
        _check("home page", _probe(reader, "h3", TITLE, CITY))

    def brief_page():
        reader.goto("/briefs/irbid/2025", base_url)
        _check("brief page", _probe(reader, "h1", TITLE, CITY))
        lead = _probe(reader, "p.lead", SUMMARY)
        expect(lead.get("direction") == "rtl", "brief page: the summary's direction resolved to rtl")

    def french_home():
        reader.goto("/fr/", base_url)
        _check("French home page", _probe(reader, "h3", TITLE, CITY))

    def review_queue():
        reviewer = flow.actor("reviewer")
        sign_in(reviewer, base_url, REVIEWER["email"])
        reviewer.goto("/workspace/reviews", base_url)
        _check("review queue", _probe(reviewer, "td span[lang]", TITLE), city_order=False)
        row = reviewer.page.evaluate("""(city) => {
          const bdi = [...document.querySelectorAll('th bdi')].find(b => b.textContent === city);
          return bdi ? getComputedStyle(bdi).direction : null;
        }""", CITY)
        expect(row == "rtl", f"review queue: the city's name is in a <bdi> that resolved to rtl (got {row})")

    flow.step("the home page shows the Arabic brief right to left", home)
    flow.step("the brief's page shows it right to left", brief_page)
    flow.step("the French home page keeps the brief's own direction", french_home)
    flow.step("the review queue shows it right to left", review_queue)
