"""Issue 17's scripted checks, beyond axe and the Nu checker: focus moves to the error summary after a
refused form, focus rings reach 3:1 against the colours actually rendered behind them, no page kind
scrolls sideways at 320 px (public and workspace), chart text stays legible in forced colours, pointer
targets are at least 24×24 px, and the POST error states and the server's own answers are checked like
any page (axe here, the Nu checker with the rest). Every page kind, public and signed in, is also checked
under the text-spacing bookmarklet's CSS (WCAG 1.4.12) at 320 and 1366 px, and every data table on a phone
(320 and 390 px) must fit the screen as stacked rows whose cells carry their column's label.

It also takes the screenshots the note shows (home, a city, best practices, the dashboard and the brief
editor at 390 and 1366 px, light and dark) into `<screenshots>/<label>/`: `--label before` on main's
build, `after` on this one (`screenshots.py` runs them alone).
"""
import os
import re

import accessibility
import url_patterns
from accounts_setup import LANGUAGE_ACCOUNTS
from crawler import VisitedPage
from flow import PASSWORD
from responsive import OVERFLOW_SCRIPT

ACCOUNTS = {"admin": "admin@example.org", "staff": "staff@example.org", "office": "office@mannheim.example.org"}

# The contrast of a focused element's outline against the first opaque background behind it.
FOCUS_RING_SCRIPT = """
(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  let node = el.parentElement, background = null;
  while (node) { const b = parse(getComputedStyle(node).backgroundColor); if (b && b.a > 0.5) { background = b; break; } node = node.parentElement; }
  background = background || parse(getComputedStyle(document.documentElement).backgroundColor) || {r: 255, g: 255, b: 255, a: 1};
  if (background.a === 0) background = {r: 255, g: 255, b: 255, a: 1};
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const ring = parse(style.outlineColor);
  const width = parseFloat(style.outlineWidth) || 0;
  const [a, b] = [lum(ring), lum(background)];
  const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  return {what: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '')
      + ' "' + (el.textContent || el.value || '').trim().slice(0, 30) + '"',
    style: style.outlineStyle, width, contrast: Math.round(contrast * 100) / 100};
})()
"""

# Text of the bar charts (and the graph) against the page's canvas, as rendered.
CHART_TEXT_SCRIPT = """
(() => {
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2]}; };
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const canvas = parse(getComputedStyle(document.body).backgroundColor) || {r: 255, g: 255, b: 255};
  const bad = [];
  const texts = document.querySelectorAll('svg.bar-chart text, svg.graph text');
  for (const t of texts) {
    const fill = parse(getComputedStyle(t).fill);
    if (!fill) { bad.push('no fill: ' + t.textContent.trim().slice(0, 30)); continue; }
    const [a, b] = [lum(fill), lum(canvas)];
    const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (contrast < 4.5) bad.push(t.textContent.trim().slice(0, 30) + ' (' + contrast.toFixed(2) + ':1)');
  }
  return {count: texts.length, bad: bad.slice(0, 10)};
})()
"""

# Pointer targets smaller than 24×24 px that are not links inside running text (WCAG 2.5.8's inline exception).
TARGET_SCRIPT = """
(() => {
  const small = [];
  const selector = '.site-nav a, .site-menu__toggle, .language-switch a, .pagination a, .workspace-nav a, .registry-tabs a,'
    + ' button, input[type=submit], .button, .map a, .network-graph a, .figure > a, .filters-fold > summary';
  for (const el of document.querySelectorAll(selector)) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    if ((box.width < 24 || box.height < 24)) small.push(el.tagName.toLowerCase() + ' "' + (el.textContent || '').trim().slice(0, 25)
      + '" ' + Math.round(box.width) + '×' + Math.round(box.height));
  }
  return small.slice(0, 10);
})()
"""


# WCAG 1.4.12's text spacing, as the usual bookmarklet sets it (line height 1.5, paragraphs 2em apart,
# letters 0.12em and words 0.16em apart).
TEXT_SPACING_CSS = ("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
                    " p { margin-bottom: 2em !important; }")

# Elements that clip their content (overflow hidden or clip) and have more content than room, by more than
# 2 px; visually hidden text (1 px boxes by design) and SVG drawings are not text boxes, and a form field
# scrolls its own value (the caret follows it).
CLIPPED_SCRIPT = """
(() => {
  const clipped = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg, .visually-hidden, .skip-link') || el.matches('input, select, textarea')) continue;
    const style = getComputedStyle(el);
    const clipX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const clipY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (!clipX && !clipY) continue;
    if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
    const overX = clipX && el.scrollWidth > el.clientWidth + 2;
    const overY = clipY && el.scrollHeight > el.clientHeight + 2;
    if (overX || overY) clipped.push(name(el) + ' "' + (el.textContent || '').trim().slice(0, 30) + '" shows '
      + el.clientWidth + '×' + el.clientHeight + ' of ' + el.scrollWidth + '×' + el.scrollHeight);
  }
  return {clipped: clipped.slice(0, 8), scrollWidth: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth};
})()
"""

# On a phone every data table fits the screen (stacked rows, not a sideways scroll) and, where it has a
# header row, each data cell carries its column's label (`data-label`, shown before the value).
TABLE_SCRIPT = """
(() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  document.querySelectorAll('main table').forEach((table, index) => {
    const box = table.getBoundingClientRect();
    if (box.width === 0) return;
    const what = 'table ' + (index + 1) + (table.id ? ' #' + table.id : '') + (table.caption ? ' "' + table.caption.textContent.trim().slice(0, 30) + '"' : '');
    if (box.width > width + 1 || box.right > width + 1) problems.push(what + ' is ' + Math.round(box.width) + ' px wide');
    if (!table.tHead) return;
    for (const cell of table.querySelectorAll('tbody td')) {
      const label = (cell.getAttribute('data-label') || '').trim();
      if (!label) { problems.push(what + ': a cell without data-label ("' + cell.textContent.trim().slice(0, 20) + '")'); break; }
    }
  });
  return problems.slice(0, 8);
})()
"""


def sign_in(context, base_url, email):
    page = context.new_page()
    page.goto(base_url + "/sign-in", wait_until="load")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("form[action$='/sign-in'] button[type=submit]")
    page.wait_for_load_state("load")
    return page


def record_axe(page, label, results, kept, status):
    try:
        problems = accessibility.violations(page)
    except Exception as error:  # axe failing to run is a finding, not a crash
        problems = [f"axe could not run: {error}"]
    results.record(label, "axe WCAG 2.1 A/AA", problems)
    kept.append(VisitedPage(label, re.sub(r"^https?://[^/]+", "", page.url), status, page.content()))


def check_error_states(browser, base_url, results):
    """Focus on the summary, Error: in the title; the error pages and server answers for axe and Nu."""
    kept = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(base_url + "/sign-in", wait_until="load")
        page.fill("#email", "nobody@example.org")
        page.fill("#password", "not the password at all")
        page.click("form[action$='/sign-in'] button[type=submit]")
        page.wait_for_load_state("load")
        problems = []
        focused = page.evaluate("document.activeElement && document.activeElement.className")
        if "error-summary" not in (focused or ""):
            problems.append(f"focus is on `{focused}`, not the error summary")
        if not page.title().startswith("Error: "):
            problems.append(f"title `{page.title()}` does not start with “Error: ”")
        links = page.eval_on_selector_all(".error-summary a", "els => els.map(e => e.getAttribute('href'))")
        for href in links:
            target = page.query_selector(href)
            if not target or target.get_attribute("aria-invalid") != "true":
                problems.append(f"summary link {href} does not lead to a field marked aria-invalid")
        results.record(base_url + "/sign-in (POST, refused)", "focus moves to the error summary", problems)
        record_axe(page, base_url + "/sign-in (POST, refused)", results, kept, 422)
        # The signed-in forms' error states: the account's password and an invitation.
        admin = sign_in(context, base_url, ACCOUNTS["admin"])
        admin.goto(base_url + "/admin/invitations", wait_until="load")
        admin.fill("#email", "not-an-address")
        admin.click("form[action$='/admin/invitations'] button[type=submit]")
        admin.wait_for_load_state("load")
        order = admin.eval_on_selector_all(".error-summary a", "els => els.map(e => e.getAttribute('href'))")
        focused = admin.evaluate("document.activeElement && document.activeElement.className") or ""
        results.record(base_url + "/admin/invitations (POST, refused)", "error summary: focus and form order",
                       ([] if "error-summary" in focused else [f"focus on `{focused}`"])
                       + ([] if order and order == sorted(order, key=["#email", "#role", "#city"].index) else [f"order {order}"]))
        record_axe(admin, base_url + "/admin/invitations (POST, refused)", results, kept, 422)
        admin.goto(base_url + "/account", wait_until="load")
        admin.fill("#current", "wrong password here")
        admin.fill("#password", "a new password 1234")
        admin.fill("#confirm", "a new password 1234")
        admin.click("form[action$='/account/password'] button[type=submit]")
        admin.wait_for_load_state("load")
        record_axe(admin, base_url + "/account (POST, refused)", results, kept, 422)
    finally:
        context.close()
    # The server's own answers and the app's 405, as a browser shows them.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        for path, status in (("/cities?q=%ZZ", 400), ("/es/cities?q=%ZZ", 400), ("/sign-out", 405), ("/no-such-page", 404)):
            response = page.goto(base_url + path, wait_until="load")
            problems = [] if response and response.status == status else [f"HTTP {response.status if response else 0}, expected {status}"]
            lang = page.evaluate("document.documentElement.lang")
            # Under a language prefix the server's page is in that language, and its link home keeps it.
            home = "/es/" if path.startswith("/es/") else "/"
            if not lang or not page.title() or not page.query_selector("h1") or not page.query_selector(f"a[href='{home}']"):
                problems.append("not a page with a language, a title, a heading and a link home")
            if path.startswith("/es/") and lang != "es":
                problems.append(f"lang={lang!r} under /es/")
            results.record(base_url + path, "server answer is a proper page", problems)
            record_axe(page, base_url + path, results, kept, status)
    finally:
        context.close()
    return kept


def signed_in_paths():
    return ["/workspace", "/workspace/cities/1/edit", "/workspace/sessions/1/edit", "/workspace/registry", "/admin/invitations"]


# The workspace's pages with data tables (admin, then the Mannheim office), for the phone checks.
ADMIN_TABLE_PATHS = ["/workspace", "/workspace/compliance", "/workspace/reviews", "/workspace/cities/1/commitments",
                     "/workspace/registry", "/workspace/cities", "/workspace/networks", "/workspace/cities/1/edit",
                     "/workspace/partnerships/1/edit", "/workspace/sessions/1/edit",
                     "/workspace/countries", "/workspace/reporting-cycle", "/admin/outbox", "/admin/users",
                     "/admin/invitations", "/admin/audit"]
OFFICE_TABLE_PATHS = ["/workspace/city", "/workspace/commitments", "/workspace/briefs"]


def public_kinds(visited):
    """One path of each public page kind the crawl reached with a 200."""
    seen, paths = set(), []
    for visited_page in visited:
        kind = url_patterns.kind(visited_page.path)
        if kind not in seen and visited_page.status == 200:
            seen.add(kind)
            paths.append(visited_page.path)
    return paths


def check_text_spacing(browser, base_url, visited, results):
    """WCAG 1.4.12: with the bookmarklet's spacing, no text box clips its text and nothing scrolls sideways,
    at 320 and 1366 px, on every public page kind and the workspace's."""
    for width in (320, 1366):
        options = dict(viewport={"width": width, "height": 640 if width < 500 else 900}, bypass_csp=True)
        if width < 500:
            options.update(is_mobile=True, has_touch=True)
        context = browser.new_context(**options)
        try:
            page = context.new_page()
            for path in public_kinds(visited):
                check_one_spacing(page, base_url, path, width, results)
            admin = sign_in(context, base_url, ACCOUNTS["admin"])
            for path in signed_in_paths() + [p for p in ADMIN_TABLE_PATHS if p not in signed_in_paths()]:
                check_one_spacing(admin, base_url, path, width, results)
        finally:
            context.close()


def check_one_spacing(page, base_url, path, width, results):
    page.goto(base_url + path, wait_until="load")
    page.add_style_tag(content=TEXT_SPACING_CSS)
    layout = page.evaluate(CLIPPED_SCRIPT)
    problems = [f"clipped: {what}" for what in layout["clipped"]]
    if layout["scrollWidth"] > layout["width"] + 1:
        problems.append(f"page is {layout['scrollWidth']} px wide at {width} px")
    results.record(f"{base_url}{path} [{width} px]", "text spacing (WCAG 1.4.12): nothing clipped, no sideways scroll", problems)


def check_stacked_tables(browser, base_url, visited, results):
    """At 320 and 390 px every data table, public and workspace, fits the screen, each cell labelled."""
    for width in (320, 390):
        context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True, has_touch=True)
        try:
            page = context.new_page()
            for path in public_kinds(visited):
                check_one_table_page(page, base_url, path, width, results)
            admin = sign_in(context, base_url, ACCOUNTS["admin"])
            for path in ADMIN_TABLE_PATHS:
                check_one_table_page(admin, base_url, path, width, results)
            context.clear_cookies()
            office = sign_in(context, base_url, ACCOUNTS["office"])
            for path in OFFICE_TABLE_PATHS:
                check_one_table_page(office, base_url, path, width, results)
        finally:
            context.close()


def check_one_table_page(page, base_url, path, width, results):
    page.goto(base_url + path, wait_until="load")
    if page.query_selector("main table") is None:
        return
    results.record(f"{base_url}{path} [{width} px]", "tables as stacked rows on a phone, each cell labelled",
                   page.evaluate(TABLE_SCRIPT))


def check_reflow_320(browser, base_url, visited, results):
    """No page kind scrolls sideways at 320 CSS px (WCAG 1.4.10), public and workspace, in each language:
    every public kind under its language prefix (`public_kinds`: /fr/…, /es/…), and the workspace as the
    English admin and as the French one (French words are the longest)."""
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        for path in public_kinds(visited):
            check_one_reflow(page, base_url, path, results)
        staff = sign_in(context, base_url, ACCOUNTS["admin"])
        for path in signed_in_paths():
            check_one_reflow(staff, base_url, path, results)
        context.clear_cookies()
        french = sign_in(context, base_url, LANGUAGE_ACCOUNTS["fr"]["admin"]["email"])
        choose_language(french, "fr")
        try:
            for path in signed_in_paths():
                check_one_reflow(french, base_url, path, results, "admin, fr")
        finally:
            # flow_languages.py later proves the switcher on this account, starting from English.
            choose_language(french, "en")
    finally:
        context.close()


def choose_language(page, code):
    """The signed-in user's language, chosen with the header's switcher (personal pages have no /fr prefix)."""
    # The button itself, not a pointer click: at 320 px the header may fold the switcher away.
    with page.expect_navigation(wait_until="load"):
        page.eval_on_selector(f".language-switch button[name=language][value='{code}']", "button => button.click()")
    if page.evaluate("document.documentElement.lang") != code:
        raise RuntimeError(f"the language switcher did not switch the workspace to {code}")


def check_one_reflow(page, base_url, path, results, who=None):
    page.goto(base_url + path, wait_until="load")
    layout = page.evaluate(OVERFLOW_SCRIPT)
    problems = []
    if layout["scrollWidth"] > layout["width"] + 1:
        problems.append(f"page is {layout['scrollWidth']} px wide at 320 px; too wide: {', '.join(layout['wide']) or 'unknown element'}")
    results.record(base_url + path + (f" [{who}]" if who else ""), "reflow at 320 px", problems)


def check_focus_rings(browser, base_url, results):
    """Tabs through the first stops of a few page kinds, light and dark; each ring ≥ 3:1 and ≥ 2 px."""
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1366, "height": 900}, color_scheme=scheme)
        try:
            page = context.new_page()
            for path in ("/", "/cities", "/best-practices", "/sign-in"):
                page.goto(base_url + path, wait_until="load")
                problems = []
                for _ in range(14):
                    page.keyboard.press("Tab")
                    ring = page.evaluate(FOCUS_RING_SCRIPT)
                    if not ring:
                        continue
                    if ring["style"] == "none" or ring["width"] < 2 or ring["contrast"] < 3:
                        problems.append(f"{ring['what']}: outline {ring['style']} {ring['width']} px, {ring['contrast']}:1")
                results.record(f"{base_url}{path} [{scheme}]", "focus ring contrast ≥ 3:1", problems)
        finally:
            context.close()


def check_forced_colours_and_targets(browser, base_url, results):
    """The dashboard's chart text in forced colours (dark and light); target sizes on a phone."""
    for scheme in ("dark", "light"):
        context = browser.new_context(viewport={"width": 1366, "height": 900}, color_scheme=scheme, forced_colors="active")
        try:
            page = sign_in(context, base_url, ACCOUNTS["staff"])
            for path in ("/workspace", "/partnerships/graph"):
                page.goto(base_url + path, wait_until="load")
                found = page.evaluate(CHART_TEXT_SCRIPT)
                problems = list(found["bad"])
                if path == "/workspace" and found["count"] == 0:
                    problems.append("no chart text found on the dashboard")
                results.record(f"{base_url}{path} [forced colours, {scheme}]", "chart text legible in forced colours", problems)
        finally:
            context.close()
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=2)
    try:
        page = context.new_page()
        for path in ("/", "/cities", "/best-practices", "/partnerships/graph"):
            page.goto(base_url + path, wait_until="load")
            results.record(f"{base_url}{path} [390 px]", "pointer targets ≥ 24×24 px", page.evaluate(TARGET_SCRIPT))
    finally:
        context.close()


def run(browser, base_url, visited, results):
    """All of the above; returns the pages kept for the Nu HTML Checker."""
    kept = check_error_states(browser, base_url, results)
    check_reflow_320(browser, base_url, visited, results)
    check_focus_rings(browser, base_url, results)
    check_forced_colours_and_targets(browser, base_url, results)
    check_text_spacing(browser, base_url, visited, results)
    check_stacked_tables(browser, base_url, visited, results)
    return kept
