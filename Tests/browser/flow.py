"""The frame of a signed-in flow: named steps, each one check in the summary, run in order.

A step that raises fails (with a screenshot) and the rest of its flow does not run: later steps
build on it. A step can also be skipped for a known reason (a feature that is not in this build):
it is listed as SKIP and counts neither as passed nor as failed.
"""
import os
import re
import sqlite3
import traceback

from page_checks import PageWatch

PASSWORD = "correct horse battery staple"  # ≥ 12 characters, as the platform asks
STEP_TIMEOUT_MS = 15_000


class StepSkipped(Exception):
    """Raised inside a step: the step and the rest of its flow are skipped with this reason."""


class Flow:
    def __init__(self, name, browser, base_url, results, screenshots):
        self.name = name
        self.browser = browser
        self.base_url = base_url
        self.results = results
        self.screenshots = screenshots
        self.watches = []
        self.stopped = None  # why the remaining steps do not run
        self.current_page = None

    def actor(self, who):
        """A fresh browser context (its own cookies) for one person, with a watched page."""
        context = self.browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(STEP_TIMEOUT_MS)
        watch = PageWatch(context.new_page(), self.results, who)
        self.watches.append(watch)
        return watch

    def step(self, title, action):
        what = f"flow {self.name}: {title}"
        if self.stopped:
            self.results.skip(what, self.stopped)
            return None
        try:
            value = action()
        except StepSkipped as reason:
            self.stopped = str(reason)
            self.results.skip(what, self.stopped)
            return None
        except Exception as error:  # a failing step is a finding: record it, keep the suite going
            self.stopped = f"not run: the step “{title}” failed"
            detail = traceback.format_exception_only(type(error), error)[-1].strip()
            self.results.record(what, "flow step", [detail[:1500], *self._screenshot(title)])
            return None
        self.results.record(what, "flow step", [])
        return value

    def _screenshot(self, title):
        pages = [w.page for w in self.watches if not w.page.is_closed()]
        if not pages:
            return []
        os.makedirs(self.screenshots, exist_ok=True)
        file = os.path.join(self.screenshots, "flow-" + re.sub(r"[^a-z0-9]+", "-", f"{self.name} {title}".lower()).strip("-") + ".png")
        try:
            page = self.current_page or pages[-1]
            page.screenshot(path=file, full_page=True)
            return [f"page {page.url}; screenshot {file}"]
        except Exception:
            return []

    @property
    def visited(self):
        return [page for watch in self.watches for page in watch.visited]

    def close(self):
        for watch in self.watches:
            watch.page.context.close()


def sign_in(watch, base_url, email, password=PASSWORD):
    """Signs in through the form and checks the sign-in page and the page it lands on."""
    watch.goto("/sign-in", base_url)
    page = watch.page
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    watch.check()
    expect_text(page.locator(".site-account"), "Sign out", "the header offers to sign out once signed in")
    return page


def click_and_check(watch, locator, expected_status=200):
    """Clicks a link or button that navigates, waits for the new page and checks it."""
    with watch.page.expect_navigation():
        locator.click()
    return watch.check(expected_status)


def expect_text(locator, text, why):
    content = locator.inner_text()
    if text not in content:
        raise AssertionError(f"{why}: expected “{text}” in “{content[:400]}”")


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


class DatabaseReader:
    """Read-only access to the platform's SQLite file, only to verify what the browser did."""

    def __init__(self, path):
        self.path = path

    def rows(self, sql, *parameters):
        connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
        try:
            connection.row_factory = sqlite3.Row
            return [dict(row) for row in connection.execute(sql, parameters)]
        finally:
            connection.close()

    def one(self, sql, *parameters):
        rows = self.rows(sql, *parameters)
        if len(rows) != 1:
            raise AssertionError(f"expected one row from {sql!r} {parameters}, found {len(rows)}")
        return rows[0]
