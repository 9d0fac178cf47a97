"""Issue 11 in the browser: a real install from scratch, with the papers' data and no invented row.

A second `gpm serve`, with a new database of its own and `--seed documents`, prints the one-time password of
the admin it creates (the suite's main server and its accounts are not used).
1. The admin signs in with that password and must choose a new one first.
2. The dashboard says no reporting cycle is open; the admin opens the first one.
3. The admin adds Kampala (in GeoNames' world cities, not in the papers) from the world-cities suggestion:
   country, region, coordinates and population are filled in; the city is created and has a public page.
4. The admin invites Kampala's office (the role is an explicit choice: "City office").
5. In a fresh browser the office accepts the invitation and sets a password; in another fresh browser it
   signs in and sees Kampala, with the cycle the admin opened, on /workspace/city.
"""
import os
import re

from flow import PASSWORD, DatabaseReader, Flow, click_and_check, expect, expect_text, sign_in
from gpm_server import GPMServer

CITY = {"name": "Kampala", "slug": "kampala", "country": "UG", "search": "Kampa"}
OFFICE = {"email": "office@kampala.example.org", "name": "Grace Namuli"}
ADMIN_PASSWORD = "a new secretariat's own password"  # ≥ 12 characters


def run(browser, results, screenshots, binary, root, scratch):
    """Starts the fresh install, runs the flow against it and stops it; returns the flow (its pages are kept)."""
    flow = Flow("issue 11 (a fresh --seed documents install)", browser, None, results, screenshots)
    database_path = os.path.join(scratch, "fresh-install.sqlite")
    server = GPMServer(binary, root, database_path, seed="documents")
    state = {}
    try:
        _steps(flow, server, database_path, state)
    finally:
        server.stop()
    return flow


def _steps(flow, server, database_path, state):
    database = DatabaseReader(database_path)
    admin = flow.actor("fresh admin")

    def install_starts():
        expect(not os.path.exists(database_path), f"the fresh install's database {database_path} is new")
        server.start()
        flow.base_url = server.base_url
        print(f"browser: fresh --seed documents install at {server.base_url}", flush=True)
        state["admin_email"], state["one_time_password"] = server.one_time_admin()
        counts = database.one(
            "SELECT (SELECT count(*) FROM reporting_cycles) AS cycles, (SELECT count(*) FROM users) AS users, "
            "(SELECT count(*) FROM cities) AS cities, (SELECT count(*) FROM cities WHERE is_demo = 1) AS demo_cities, "
            "(SELECT count(*) FROM cities WHERE slug = ?) AS chosen", CITY["slug"])
        expect(counts["cycles"] == 0, f"a new database has no reporting cycle, not {counts['cycles']}")
        expect(counts["users"] == 1, f"the first start creates one admin, not {counts['users']} users")
        expect(counts["cities"] > 0 and counts["demo_cities"] == 0, f"the papers' cities and no demo city, not {counts}")
        expect(counts["chosen"] == 0, f"{CITY['name']} is not in the papers' data: the flow adds it")

    def admin_sets_password():
        flow.current_page = admin.page
        page = sign_in(admin, server.base_url, state["admin_email"], state["one_time_password"])
        expect(page.url.endswith("/account"), f"a one-time password leads to the account page first, not {page.url}")
        expect_text(page.locator("main [role=alert]"), "choose a new password", "the account page asks for a new password")
        page.locator("#current").fill(state["one_time_password"])
        page.locator("#password").fill(ADMIN_PASSWORD)
        page.locator("#confirm").fill(ADMIN_PASSWORD)
        click_and_check(admin, page.get_by_role("button", name="Change password"))
        expect_text(page.locator("main [role=status]"), "Your password has been changed", "the account page confirms the change")
        row = database.one("SELECT must_change_password FROM users WHERE email = ?", state["admin_email"])
        expect(row["must_change_password"] == 0, f"the admin no longer has to change the password, not {row}")

    def admin_opens_first_cycle():
        page = admin.page
        # The account page has no workspace menu: to the dashboard through the header's link.
        click_and_check(admin, page.locator(".site-account").get_by_role("link", name="Workspace"))
        expect(page.url.endswith("/workspace"), f"the header's link leads to the dashboard, not {page.url}")
        expect_text(page.locator("#no-cycle"), "No reporting cycle is open", "the dashboard of a new install says no cycle is open")
        click_and_check(admin, page.locator("nav.workspace-nav").get_by_role("link", name="Reporting cycle"))
        expect_text(page.locator("#no-cycle"), "No reporting cycle is open yet", "the cycle page says none is open")
        expect_text(page.locator("#new-heading"), "Open the first cycle", "the cycle page offers to open the first cycle")
        year = int(page.get_by_label("Reporting year").input_value())
        deadline = f"{year + 1}-03-31"
        # The opening date is offered as today and the closing date after the deadline: only the deadline is typed.
        page.get_by_label("Deadline for Mayor Briefs").fill(deadline)
        page.get_by_label("Note to city offices").fill("The first cycle of this installation.")
        click_and_check(admin, page.get_by_role("button", name="Open the first cycle"))
        expect_text(page.locator("#opening-summary"), f"There is no {year - 1} cycle", "the confirmation says no city is left behind")
        click_and_check(admin, page.get_by_role("button", name=f"Open the {year} cycle"))
        expect(f"opened={year}" in page.url, f"the opening redirects with a notice, not to {page.url}")
        expect_text(page.locator("main [role=status]"), f"The {year} reporting cycle is open", "the page confirms the opening")
        expect_text(page.locator("#cycles-table"), "open", "the new cycle is open")
        rows = database.rows("SELECT year, deadline FROM reporting_cycles")
        expect(rows == [{"year": year, "deadline": deadline}], f"the database holds the one cycle opened, not {rows}")
        state["year"] = year

    def admin_adds_city():
        page = admin.page
        click_and_check(admin, page.locator("nav.workspace-nav").get_by_role("link", name="Registry"))
        click_and_check(admin, page.locator("main").get_by_role("link", name="New city", exact=True))
        search = page.get_by_label("Find the city in GeoNames")
        search.fill(CITY["search"])
        click_and_check(admin, page.locator("section.world-city-search").get_by_role("button", name="Find"))
        match = page.locator("ul.world-cities").get_by_role("link", name=CITY["name"], exact=True)
        expect(match.count() == 1, f"the world-cities search for “{CITY['search']}” suggests {CITY['name']} once")
        click_and_check(admin, match)
        expect_text(page.locator("section.world-city-search [role=status]"), f"Filled in from GeoNames: {CITY['name']}",
                    "the form says where its values come from")
        form = page.locator("form.registry-form")
        filled = {name: form.locator(f"[name={name}]").input_value()
                  for name in ("name", "slug", "country_code", "region_id", "population", "latitude", "longitude")}
        expect(filled["name"] == CITY["name"] and filled["slug"] == CITY["slug"], f"name and slug are filled in, not {filled}")
        expect(filled["country_code"] == CITY["country"], f"the country is suggested, not {filled['country_code']!r}")
        expect(filled["region_id"] != "", "a region is suggested for the country")
        expect(int(filled["population"].replace(",", "")) >= 100_000, f"the population is filled in, not {filled['population']!r}")
        expect(filled["latitude"] and filled["longitude"], f"the coordinates are filled in, not {filled}")
        click_and_check(admin, form.get_by_role("button", name="Create city"))
        expect("saved=1" in page.url, f"creating the city redirects to its edit page with a saved note, not {page.url}")
        row = database.one("SELECT c.name, c.country_code, c.population, c.latitude, c.is_demo, r.id AS region "
                           "FROM cities c JOIN regions r ON r.id = c.region_id WHERE c.slug = ?", CITY["slug"])
        expect(row["country_code"] == CITY["country"] and row["is_demo"] == 0 and str(row["region"]) == filled["region_id"],
               f"the database holds {CITY['name']} as suggested, not {row}")

    def public_page_shows_city():
        page = admin.page
        click_and_check(admin, page.get_by_role("link", name="See the public page"))
        expect(page.url.endswith(f"/cities/{CITY['slug']}"), f"the public page of {CITY['name']}, not {page.url}")
        expect_text(page.locator("h1"), CITY["name"], "the public page names the new city")

    def admin_invites_office():
        page = admin.page
        click_and_check(admin, page.locator(".site-account").get_by_role("link", name="Workspace"))
        click_and_check(admin, page.locator("nav.workspace-nav").get_by_role("link", name="Invitations"))
        role = page.get_by_label("Role")
        expect(role.input_value() == "", "the role has no default: it is an explicit choice")
        page.get_by_label("Email address").fill(OFFICE["email"])
        role.select_option(label="City office")
        city = page.get_by_label("City (for a city office)")
        option = city.locator("option").filter(has_text=re.compile(rf"^\s*{CITY['name']}\b"))
        expect(option.count() == 1, f"the city list offers {CITY['name']} once")
        city.select_option(option.get_attribute("value"))
        click_and_check(admin, page.get_by_role("button", name="Create invitation link"))
        link = page.get_by_label("Invitation link").input_value()
        expect(re.search(r"/invitations/[A-Za-z0-9_-]{20,}$", link), f"an invitation link, not {link!r}")
        expect_text(page.locator("main"), OFFICE["email"], "the pending invitations list the office")
        state["link"] = link

    def office_accepts():
        invitee = flow.actor("Kampala invitee")
        flow.current_page = invitee.page
        page = invitee.page
        page.goto(state["link"])
        invitee.check()
        expect(page.get_by_label("Email address").input_value() == OFFICE["email"], "the invitation names the invited address")
        page.get_by_label("Your name").fill(OFFICE["name"])
        page.locator("#password").fill(PASSWORD)
        page.locator("#confirm").fill(PASSWORD)
        click_and_check(invitee, page.locator("main form button[type=submit]"))
        expect("/workspace" in page.url, f"the new user lands in the workspace, not {page.url}")
        user = database.one("SELECT u.role, c.slug AS city FROM users u LEFT JOIN cities c ON c.id = u.city_id WHERE u.email = ?",
                            OFFICE["email"])
        expect(user == {"role": "city_office", "city": CITY["slug"]}, f"the invitee is {CITY['name']}'s office, not {user}")

    def office_signs_in_and_sees_city():
        office = flow.actor("Kampala office")
        flow.current_page = office.page
        page = sign_in(office, server.base_url, OFFICE["email"])
        expect_text(page.locator(".site-account__name"), OFFICE["name"], "the header names the office user")
        if not page.url.endswith("/workspace/city"):
            click_and_check(office, page.locator("nav.workspace-nav").get_by_role("link", name="My city"))
        expect(page.url.endswith("/workspace/city"), f"the office's home is /workspace/city, not {page.url}")
        expect_text(page.locator("h1"), CITY["name"], "the office sees its city")
        expect_text(page.locator("main .facts"), str(state["year"]), "the office sees the reporting year the admin opened")

    flow.step("a fresh --seed documents install starts with the papers' data, no cycle and a one-time admin password",
              install_starts)
    flow.step("the admin signs in with the one-time password and chooses a new one", admin_sets_password)
    flow.step("the admin opens the first reporting cycle", admin_opens_first_cycle)
    flow.step(f"the admin adds {CITY['name']} from the world-cities suggestion", admin_adds_city)
    flow.step(f"the public page of {CITY['name']} exists", public_page_shows_city)
    flow.step(f"the admin invites {CITY['name']}'s office (role chosen: City office)", admin_invites_office)
    flow.step("the office accepts the invitation in a fresh browser and sets a password", office_accepts)
    flow.step(f"the office signs in and sees {CITY['name']} on /workspace/city", office_signs_in_and_sees_city)
