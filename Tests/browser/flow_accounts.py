"""Issue 6 in the browser: an admin invites a city office, the invitee joins, the admin keeps the registry.

1. The admin signs in and creates an invitation for a Mannheim city office user.
2. In a fresh browser context the invitee opens the link, sets name and password, and is signed in.
3. The admin edits Mannheim in the registry; the new population shows on the public city page and the
   change (before → after) in the audit log.
4. The admin opens every other item of the workspace navigation, so each workspace page is checked.
"""
import re

from accounts_setup import ADMIN
from flow import PASSWORD, Flow, click_and_check, expect, expect_text, sign_in

INVITEE = {"email": "neu.buero@mannheim.example.org", "name": "Nora Neubürger"}
NEW_POPULATION = 311_742


def run(browser, base_url, results, database, screenshots):
    flow = Flow("issue 6 (admin, invitation, registry)", browser, base_url, results, screenshots)
    admin = flow.actor("admin")
    state = {}

    def admin_signs_in():
        flow.current_page = admin.page
        page = sign_in(admin, base_url, ADMIN["email"])
        expect(page.url.endswith("/workspace"), f"the admin lands on the dashboard, not {page.url}")
        expect_text(page.locator(".site-account__name"), ADMIN["name"], "the header names the admin")

    def admin_invites_office():
        page = admin.page
        click_and_check(admin, page.locator("nav.workspace-nav").get_by_role("link", name="Invitations"))
        page.get_by_label("Email address").fill(INVITEE["email"])
        page.get_by_label("Role").select_option("city_office")
        city = page.get_by_label("City (for a city office)")
        mannheim = city.locator("option").filter(has_text=re.compile(r"^\s*Mannheim\b"))
        expect(mannheim.count() == 1, "the city list offers Mannheim once")
        city.select_option(mannheim.get_attribute("value"))
        click_and_check(admin, page.get_by_role("button", name="Create invitation link"))
        link = page.get_by_label("Invitation link").input_value()
        expect(re.search(r"/invitations/[A-Za-z0-9_-]{20,}$", link), f"an invitation link, not {link!r}")
        expect_text(page.locator("main"), INVITEE["email"], "the pending invitations list the invitee")
        state["link"] = link

    def invitee_accepts():
        invitee = flow.actor("invitee")
        flow.current_page = invitee.page
        page = invitee.page
        page.goto(state["link"])
        invitee.check()
        expect(page.get_by_label("Email address").input_value() == INVITEE["email"], "the invitation names the invited address")
        page.get_by_label("Your name").fill(INVITEE["name"])
        page.get_by_label("Password", exact=False).first.fill(PASSWORD)
        page.get_by_label("Password again").fill(PASSWORD)
        click_and_check(invitee, page.locator("main form button[type=submit]"))
        expect("/workspace" in page.url, f"the new user lands in the workspace, not {page.url}")
        expect_text(page.locator(".site-account__name"), INVITEE["name"], "the new user is signed in under the chosen name")
        expect_text(page.locator("nav.workspace-nav"), "Commitments", "a city office sees its commitments in the workspace menu")
        user = database.one("SELECT u.role, c.slug AS city FROM users u LEFT JOIN cities c ON c.id = u.city_id WHERE u.email = ?",
                            INVITEE["email"])
        expect(user == {"role": "city_office", "city": "mannheim"}, f"the invitee is a Mannheim city office, not {user}")
        state["invitee"] = invitee

    def admin_edits_city():
        flow.current_page = admin.page
        page = admin.page
        # The admin pages (invitations, users, audit) have no workspace menu: back through the header's link.
        click_and_check(admin, page.locator(".site-account").get_by_role("link", name="Workspace"))
        click_and_check(admin, page.locator("nav.workspace-nav").get_by_role("link", name="Registry"))
        page.get_by_label("Search Cities").fill("Mannheim")
        click_and_check(admin, page.get_by_role("button", name="Search"))
        click_and_check(admin, page.locator("main table").get_by_role("link", name="Mannheim", exact=True))
        before = page.get_by_label("Population").input_value()
        expect(before.replace(",", "") == "307960", f"Mannheim's population before the edit is 307960, not {before!r}")
        page.get_by_label("Population").fill(str(NEW_POPULATION))
        click_and_check(admin, page.get_by_role("button", name="Save changes"))
        expect("saved=1" in page.url, f"the save redirects with a saved note, not to {page.url}")
        expect_text(page.locator("main [role=status]"), "Saved.", "the edit page confirms the save")
        row = database.one("SELECT population, version FROM cities WHERE slug = 'mannheim'")
        expect(row["population"] == NEW_POPULATION, f"the database holds the new population, not {row}")

    def public_page_shows_change():
        page = admin.page
        click_and_check(admin, page.get_by_role("link", name="See the public page"))
        expect(page.url.endswith("/cities/mannheim"), f"the public page of Mannheim, not {page.url}")
        expect_text(page.locator("main"), f"{NEW_POPULATION:,}", "the public page shows the new population")

    def audit_log_shows_change():
        page = admin.page
        click_and_check(admin, page.locator(".site-account").get_by_role("link", name="Workspace"))
        click_and_check(admin, page.locator("nav.workspace-nav").get_by_role("link", name="Audit log"))
        page.get_by_label("Kind of record").select_option("city")
        click_and_check(admin, page.get_by_role("button", name="Filter"))
        entry = page.locator("li.audit-event").filter(has_text="Mannheim").first
        expect_text(entry, ADMIN["email"], "the audit entry names who changed Mannheim")
        change = entry.locator("table.audit-changes tr").filter(has_text="population")
        expect(change.count() == 1, "the audit entry lists the population field")
        expect_text(change, "307960", "the audit entry shows the population before")
        expect_text(change, str(NEW_POPULATION), "the audit entry shows the population after")

    def secretariat_records_commitment():
        # Issue 13: the secretariat records a stance and progress for a city without an account.
        page = admin.page
        city_id = database.one("SELECT id FROM cities WHERE slug = 'new-york'")["id"]
        admin.goto(f"/workspace/cities/{city_id}/edit", base_url)
        click_and_check(admin, page.get_by_role("link", name="Commitments of New York: record its stance and progress"))
        page.get_by_label("Action", exact=True).select_option("twinning-cities")
        page.get_by_label("Stance", exact=True).select_option("opted_out")
        page.get_by_label("Progress", exact=True).select_option("achieved")
        page.get_by_label("Note (optional: what the city told the secretariat)").fill("Letter from the mayor's office.")
        click_and_check(admin, page.get_by_role("button", name="Record for New York"), expected_status=422)
        expect_text(page.locator("#progress-error"), "has no progress to report", "a contradiction is refused next to the progress field")
        expect(page.get_by_label("Note (optional: what the city told the secretariat)").input_value() == "Letter from the mayor's office.",
               "the refused form keeps the note")
        page.get_by_label("Stance", exact=True).select_option("opted_in")
        page.get_by_label("Progress", exact=True).select_option("in_progress")
        click_and_check(admin, page.get_by_role("button", name="Record for New York"))
        expect_text(page.locator("main [role=status]"), "Recorded.", "the record is saved")
        admin.goto("/cities/new-york", base_url)
        expect_text(page.locator("main"), "recorded by the secretariat", "the public page says who recorded it")

    def admin_tours_workspace():
        page = admin.page
        admin.goto("/workspace", base_url)
        links = page.locator("nav.workspace-nav a")
        hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
        for href in hrefs:
            if href in admin.checked_paths or href == "/workspace/reviews":
                continue  # already checked above; the review queue is checked in the issue 7 flow
            admin.goto(href, base_url)

    flow.step("the admin signs in", admin_signs_in)
    flow.step("the admin creates an invitation for a Mannheim city office", admin_invites_office)
    flow.step("the invitee opens the link in a fresh browser, sets name and password, is signed in", invitee_accepts)
    flow.step("the admin changes Mannheim's population in the registry", admin_edits_city)
    flow.step("the public page of Mannheim shows the new population", public_page_shows_change)
    flow.step("the audit log shows the change, before and after", audit_log_shows_change)
    flow.step("the secretariat records a stance and progress for a city without an account", secretariat_records_commitment)
    flow.step("the admin opens every page of the workspace menu", admin_tours_workspace)
    return flow
