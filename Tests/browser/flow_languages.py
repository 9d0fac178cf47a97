"""Issue 15 in the workspace: the signed-in pages in French and in Spanish, each kind once per language.

For each of French and Spanish, two accounts made with `gpm create-user` (accounts_setup.LANGUAGE_ACCOUNTS)
choose their language the ways a user does, then open the main kinds of workspace page:
1. an admin signs in (the sign-in page is English: nobody is known yet), presses the language switcher's
   button in the header ("Français" / "Español") and comes back to the dashboard in that language; then the
   review queue and a submitted brief's review, compliance, the registry (its lists and the edit form of a
   city, a network, a session and an action), the import, the reporting cycle, countries, a city's
   commitments as the secretariat records them, notifications, the account and every admin page (users, a
   user, invitations, audit log, outbox, settings, a message to the cities), plus whatever else the
   workspace menu links to;
2. a city office signs in, sets its language on /account (the form, not the switcher), and opens its
   dashboard, its city, its commitments and one of them, its briefs, its 2026 draft and the brief editor.
Every page gets the checks of any flow page (status, console, axe, the Nu checker) and the language checks
(language_checks.py: `<html lang>` is the account's language, no English left). The database tells that the
choice was stored (`users.language`).
"""
from accounts_setup import LANGUAGE_ACCOUNTS
from flow import Flow, click_and_check, expect, sign_in

SWITCHER = ".language-switch button[name=language][value='{code}']"


def admin_paths(database):
    """The admin's page kinds (ids from the demo data as the earlier flows left it)."""
    city = database.one("SELECT id FROM cities WHERE slug = 'mannheim'")["id"]
    submitted = database.rows("SELECT id FROM mayor_briefs WHERE status = 'submitted' ORDER BY id LIMIT 1")
    network = database.rows("SELECT id FROM networks ORDER BY id LIMIT 1")[0]["id"]
    session = database.rows("SELECT id FROM strategy_sessions ORDER BY id LIMIT 1")[0]["id"]
    action = database.rows("SELECT id FROM actions ORDER BY id LIMIT 1")[0]["id"]
    user = database.one("SELECT id FROM users WHERE email = 'staff@example.org'")["id"]
    country = database.one("SELECT country_code FROM cities WHERE slug = 'mannheim'")["country_code"]
    paths = [
        "/workspace", "/workspace/reviews", "/workspace/compliance", "/workspace/registry",
        "/workspace/cities", f"/workspace/cities/{city}/edit", "/workspace/networks", f"/workspace/networks/{network}/edit",
        "/workspace/sessions", f"/workspace/sessions/{session}/edit", "/workspace/actions", f"/workspace/actions/{action}/edit",
        "/workspace/cities/new", "/workspace/import/cities", "/workspace/reporting-cycle", "/workspace/countries",
        f"/workspace/countries/{country}/edit", f"/workspace/cities/{city}/commitments", "/workspace/notifications",
        "/account", "/admin/users", f"/admin/users/{user}", "/admin/invitations", "/admin/audit", "/admin/outbox",
        "/admin/settings", "/admin/messages/new",
    ]
    if submitted:
        paths.insert(2, f"/workspace/reviews/{submitted[0]['id']}")
    return paths


def office_paths(database, city_slug):
    """The city office's page kinds: its draft brief of 2026 and one action it has a commitment on."""
    brief = database.one("SELECT b.id FROM mayor_briefs b JOIN cities c ON c.id = b.city_id "
                         "WHERE c.slug = ? AND b.year = 2026", city_slug)["id"]
    action = database.rows("SELECT slug FROM actions ORDER BY id LIMIT 1")[0]["slug"]
    return ["/workspace", "/workspace/city", "/workspace/commitments", f"/workspace/commitments/{action}",
            "/workspace/briefs", f"/workspace/briefs/{brief}", f"/workspace/briefs/{brief}/edit", "/account"]


def run(browser, base_url, results, database, screenshots):
    flow = Flow("issue 15 (the workspace in French and Spanish)", browser, base_url, results, screenshots)
    for code, accounts in LANGUAGE_ACCOUNTS.items():
        _admin_steps(flow, base_url, database, code, accounts["admin"])
        _office_steps(flow, base_url, database, code, accounts["office"])
    return flow


def _stored_language(database, email):
    return database.one("SELECT language FROM users WHERE email = ?", email)["language"]


def _admin_steps(flow, base_url, database, code, account):
    watch = flow.actor(f"admin, {code}")

    def chooses_with_the_switcher():
        flow.current_page = watch.page
        page = sign_in(watch, base_url, account["email"])
        expect(page.url.endswith("/workspace"), f"the admin lands on the dashboard, not {page.url}")
        watch.language = code  # from the switch on, every personal page must be in this language
        click_and_check(watch, page.locator(SWITCHER.format(code=code)))
        expect(page.url.endswith("/workspace"), f"the switcher comes back to the same page, not {page.url}")
        expect(page.evaluate("document.documentElement.lang") == code, "the dashboard is now in the chosen language")
        expect(_stored_language(database, account["email"]) == code, "the account keeps the chosen language")

    def opens_every_kind():
        paths = admin_paths(database)
        watch.goto("/workspace", base_url)
        menu = watch.page.eval_on_selector_all("nav.workspace-nav a[href]", "links => links.map(a => a.getAttribute('href'))")
        for href in menu:
            if href.split("?")[0] not in paths:
                paths.append(href.split("?")[0])
        for path in paths[1:]:
            watch.goto(path, base_url)

    flow.step(f"an admin chooses {code} with the header's switcher", chooses_with_the_switcher)
    flow.step(f"the admin's workspace and admin pages in {code}", opens_every_kind)


def _office_steps(flow, base_url, database, code, account):
    watch = flow.actor(f"city office, {code}")

    def chooses_on_the_account_page():
        flow.current_page = watch.page
        sign_in(watch, base_url, account["email"])
        page = watch.goto("/account", base_url)
        page.locator("#account-language").select_option(code)
        watch.language = code
        click_and_check(watch, page.locator("main form", has=page.locator("#account-language")).locator("button[type=submit]"))
        expect(page.evaluate("document.documentElement.lang") == code, "the account page is now in the chosen language")
        expect(_stored_language(database, account["email"]) == code, "the account keeps the chosen language")

    def opens_every_kind():
        for path in office_paths(database, account["city"]):
            watch.goto(path, base_url)

    flow.step(f"a city office chooses {code} on its account page", chooses_on_the_account_page)
    flow.step(f"the city office's workspace in {code}", opens_every_kind)
