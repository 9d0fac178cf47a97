"""Issue 13 in the browser: the reporting year as the secretariat runs it, across a deadline.

A third `gpm serve`, with a demo database of its own and its clock read from a file (`GPM_CLOCK_FILE`), so
the flow moves "now" the way a year moves it (the suite's main server runs on the real time).
1. On 15 February 2027 (the 2026 cycle is open, its deadline 31 March 2027 ahead) Barcelona's office confirms
   one commitment with "No change" and the rest with "Confirm all unchanged", starts its 2026 brief, fills
   it, links one of its own commitments and submits it.
2. The reviewer (staff) sees the unread notification, opens "Who reported", finds Barcelona submitted on
   time and in review, follows the row to the review page, sees the evidence (stance, progress, last
   confirmation) beside the brief and publishes it; a visitor reads it on its public page.
3. The clock moves to 15 April 2027: past the 2026 deadline, before the 2026 cycle closes (1 July 2027).
   The admin opens the 2027 cycle; the confirmation lists the cities still without a 2026 brief, Copenhagen
   among them (Barcelona not), and the admin confirms.
4. Copenhagen's office sees both 2026 and 2027, confirms its commitments, files its 2026 brief; the
   dashboard has a line per open cycle and "Who reported" for 2026 shows Copenhagen submitted late and
   Barcelona on time and published, the late count agreeing with the database.
Sessions last 12 hours, so after the clock moves everyone signs in again, as they would two months later.
"""
import os
import re

from accounts_setup import create_user, run as run_command
from flow import DatabaseReader, Flow, click_and_check, expect, expect_text, sign_in
from gpm_server import GPMServer

BEFORE_DEADLINE = "2027-02-15T10:00:00Z"  # inside the 2026 cycle (opened 2026-01-05, due 2027-03-31)
AFTER_DEADLINE = "2027-04-15T09:00:00Z"  # past the 2026 deadline, before it closes on 2027-07-01
PROGRESS_LABELS = {"planned": "Planned", "in_progress": "In progress", "achieved": "Achieved", "paused": "Paused"}
NEXT_DEADLINE, NEXT_CLOSES = "2028-03-31", "2028-07-01"

# Two member cities with commitments and no 2026 brief in the demo data (checked in the first step).
ON_TIME = {"slug": "barcelona", "name": "Barcelona"}
LATE = {"slug": "copenhagen", "name": "Copenhagen"}
ADMIN = {"role": "admin", "email": "admin@year.example.org", "name": "Yara Admin"}
REVIEWER = {"role": "staff", "email": "reviewer@year.example.org", "name": "Rui Reviewer"}
OFFICE_A = {"role": "city_office", "email": "office@barcelona.example.org", "name": "Berta Office", "city": ON_TIME["slug"]}
OFFICE_B = {"role": "city_office", "email": "office@copenhagen.example.org", "name": "Carl Office", "city": LATE["slug"]}

BRIEF_A = {
    "title": "Barcelona 2026: Superilles that cool the school streets",
    "summary": "Barcelona turned the streets around twelve schools into shaded, car-free squares.",
    "context": "Summer heat in dense districts falls hardest on children and older residents.",
    "results": "- 12 school streets closed to through traffic\n- Surface temperature 4 °C lower at noon",
    "next_steps": "Twenty more school streets in 2027.",
}
BRIEF_B = {
    "title": "Copenhagen 2026: cloudburst parks in Østerbro",
    "summary": "Copenhagen opened two parks that hold rainwater during cloudbursts and stay green in summer.",
    "context": "Cloudbursts flooded basements in 2011 and 2014; the city plans for heavier ones.",
    "results": "- Two cloudburst parks opened\n- 18,000 m³ of water held in the July storm",
    "next_steps": "A third park in Nordhavn.",
}


def run(browser, results, screenshots, binary, root, scratch):
    """Starts the year's own server, runs the flow and stops it; returns the flow (its pages are kept)."""
    flow = Flow("issue 13 (a reporting year across a deadline)", browser, None, results, screenshots)
    database_path = os.path.join(scratch, "year.sqlite")
    clock_file = os.path.join(scratch, "year-clock")
    environment = {"GPM_CLOCK_FILE": clock_file}
    server = GPMServer(binary, root, database_path, environment=environment)
    try:
        _steps(flow, server, DatabaseReader(database_path), clock_file, (binary, root, database_path, environment))
    finally:
        server.stop()
    return flow


def set_clock(clock_file, instant):
    """Moves the server's "now" (it reads the file on every call)."""
    temporary = clock_file + ".partial"
    with open(temporary, "w", encoding="utf-8") as file:
        file.write(instant + "\n")
    os.replace(temporary, clock_file)  # never a half-written instant


def _steps(flow, server, database, clock_file, setup):
    state = {}
    binary, root, database_path, environment = setup

    def year_starts():
        set_clock(clock_file, BEFORE_DEADLINE)
        run_command([binary, "seed", "--database", database_path, "--root", root], environment=environment)
        for account in (ADMIN, REVIEWER, OFFICE_A, OFFICE_B):
            create_user(binary, root, database_path, account, environment)
        server.start()
        flow.base_url = server.base_url
        print(f"browser: the year's gpm (clock file {clock_file}) at {server.base_url}", flush=True)
        for city in (ON_TIME, LATE):
            row = database.one(
                "SELECT c.membership, (SELECT count(*) FROM commitments m WHERE m.city_id = c.id AND m.status = 'opted_in') AS opted_in, "
                "(SELECT count(*) FROM mayor_briefs b WHERE b.city_id = c.id AND b.year = 2026) AS briefs_2026 "
                "FROM cities c WHERE c.slug = ?", city["slug"])
            expect(row["membership"] == "member" and row["opted_in"] > 0 and row["briefs_2026"] == 0,
                   f"{city['name']} is a member with commitments and no 2026 brief in the demo data, not {row}")
        cycles = database.rows("SELECT year FROM reporting_cycles WHERE opens_on <= '2027-02-15' AND closes_on > '2027-02-15'")
        expect(cycles == [{"year": 2026}], f"on {BEFORE_DEADLINE} only the 2026 cycle is open, not {cycles}")

    office_a = flow.actor("Barcelona office")

    def office_a_sees_2026():
        flow.current_page = office_a.page
        page = sign_in(office_a, server.base_url, OFFICE_A["email"])
        if not page.url.endswith("/workspace/city"):
            click_and_check(office_a, page.locator("nav.workspace-nav").get_by_role("link", name="My city"))
        expect_text(page.locator("h1"), ON_TIME["name"], "the office sees its city")
        expect(page.locator("#office-cycle-2026").count() == 1, "the office's home shows the 2026 cycle")
        expect(page.locator("#office-cycle-2027").count() == 0, "no 2027 cycle exists yet")
        expect_text(page.locator("#office-cycle-2026"), "31 March 2027", "the 2026 deadline is shown")

    def office_a_confirms():
        page = office_a.page
        click_and_check(office_a, page.locator("nav.workspace-nav").get_by_role("link", name="Commitments"))
        expect_text(page.locator("#confirm-heading"), "Confirm your commitments for the 2026 cycle", "the page asks for 2026")
        total = database.one("SELECT count(*) AS n FROM commitments m JOIN cities c ON c.id = m.city_id WHERE c.slug = ?",
                             ON_TIME["slug"])["n"]
        expect_text(page.locator("#confirmed-count"), f"0 of {total} confirmed", "nothing is confirmed for 2026 yet")
        # One commitment with its own "No change" button, the rest with one click.
        click_and_check(office_a, page.locator("table.commitments-table").get_by_role("button", name=re.compile(r"^No change")).first)
        expect_text(page.locator("#confirmed-count"), f"1 of {total} confirmed", "one commitment is confirmed without change")
        click_and_check(office_a, page.get_by_role("button", name="Confirm all unchanged"))
        expect_text(page.locator("main [role=status]"), f"Confirmed: {total - 1} commitment{'' if total - 1 == 1 else 's'} for the 2026 cycle", "the rest are confirmed")
        expect_text(page.locator("#confirmed-count"), f"{total} of {total} confirmed", "every commitment is confirmed")
        expect(page.get_by_role("button", name="Confirm all unchanged").count() == 0, "nothing is left to confirm")
        rows = database.rows("SELECT cc.kind, count(*) AS n FROM commitment_confirmations cc JOIN commitments m ON m.id = cc.commitment_id "
                             "JOIN cities c ON c.id = m.city_id WHERE c.slug = ? AND cc.cycle_year = 2026 GROUP BY cc.kind", ON_TIME["slug"])
        expect(rows == [{"kind": "unchanged", "n": total}], f"{total} confirmations without change for 2026, not {rows}")

    def office_a_writes_brief():
        page = office_a.page
        click_and_check(office_a, page.locator("nav.workspace-nav").get_by_role("link", name="Mayor Briefs"))
        expect(page.locator("#cycle-2026").count() == 1 and page.locator("#cycle-2027").count() == 0, "the list offers the 2026 cycle only")
        click_and_check(office_a, page.get_by_role("link", name="Start the 2026 Mayor Brief"))
        expect_text(page.locator("h1"), "New Mayor Brief for 2026", "the new brief is for 2026")
        page.get_by_label("An empty brief").check()
        click_and_check(office_a, page.get_by_role("button", name="Create the draft"))
        expect(re.search(r"/workspace/briefs/\d+/edit\?created=1$", page.url), f"the new draft's edit page, not {page.url}")
        state["brief_a"] = int(page.url.split("/")[-2])
        fill_brief(page, BRIEF_A)
        # The form lists the city's own commitments first: the first action is one Barcelona is opted in to.
        first = page.locator("input[name=action]").first
        state["action_a"] = page.locator(f"label[for={first.get_attribute('id')}]").inner_text().strip()
        first.check()
        click_and_check(office_a, page.get_by_role("button", name="Save the brief"))
        expect("saved=1" in page.url, f"the save redirects with a saved note, not to {page.url}")
        linked = database.one(
            "SELECT m.status FROM brief_actions ba JOIN commitments m ON m.action_id = ba.action_id "
            "JOIN mayor_briefs b ON b.id = ba.brief_id AND m.city_id = b.city_id WHERE ba.brief_id = ?", state["brief_a"])
        expect(linked["status"] == "opted_in", f"the linked action is one of Barcelona's commitments, not {linked}")

    def office_a_submits():
        page = office_a.page
        click_and_check(office_a, page.get_by_role("link", name="View, versions and submit"))
        evidence = page.locator(".brief-evidence")
        expect_text(evidence, state["action_a"], "the office's brief page shows the linked commitment as evidence")
        click_and_check(office_a, page.get_by_role("button", name="Submit for review"))
        expect_text(page.locator("main [role=status]"), "Submitted.", "the brief page confirms the submission")
        row = database.one("SELECT b.status, v.submitted_at FROM mayor_briefs b JOIN brief_versions v ON v.brief_id = b.id "
                           "AND v.number = 1 WHERE b.id = ?", state["brief_a"])
        expect(row["status"] == "submitted" and row["submitted_at"].startswith("2027-02-15T"),
               f"submitted on the clock's day, 15 February 2027, not {row}")

    reviewer = flow.actor("reviewer")

    def reviewer_is_notified():
        flow.current_page = reviewer.page
        page = sign_in(reviewer, server.base_url, REVIEWER["email"])
        expect_text(page.locator("nav.workspace-nav .nav-unread"), "unread", "the reviewer's navigation counts the submission as unread")
        click_and_check(reviewer, page.locator("nav.workspace-nav").get_by_role("link", name=re.compile(r"^Notifications")))
        notice = page.locator("ol.notifications li.notification--unread").filter(has_text=BRIEF_A["title"])
        expect(notice.count() == 1, "an unread notification names Barcelona's brief")

    def reviewer_finds_it_in_compliance():
        page = reviewer.page
        click_and_check(reviewer, page.locator("nav.workspace-nav").get_by_role("link", name="Who reported"))
        expect_text(page.locator("h1"), "Who reported in 2026", "the page shows the open cycle, 2026")
        row = page.locator(f"#compliance-table tbody tr[data-city='{ON_TIME['name']}']")
        expect(row.count() == 1, "Barcelona has a row")
        expect(row.get_attribute("data-timeliness") == "on_time" and row.get_attribute("data-review") == "in_review",
               f"Barcelona is on time and in review, not {row.get_attribute('data-timeliness')}/{row.get_attribute('data-review')}")
        expect_text(row, "Submitted on time", "the row says on time")
        late = page.locator(f"#compliance-table tbody tr[data-city='{LATE['name']}']")
        expect(late.get_attribute("data-timeliness") == "not_started", "Copenhagen has not started")
        click_and_check(reviewer, row.get_by_role("link", name=BRIEF_A["title"]))
        expect(page.url.endswith(f"/workspace/reviews/{state['brief_a']}"), f"the row leads to the review page, not {page.url}")
        expect_text(page.locator("h1"), BRIEF_A["title"], "the review page shows the brief")

    def reviewer_sees_evidence_and_publishes():
        page = reviewer.page
        item = page.locator(".brief-evidence__item").filter(has_text=state["action_a"])
        expect(item.count() == 1, f"the evidence lists the linked action {state['action_a']!r}")
        expect_text(item, "Opted in", "the evidence shows the city's stance")
        expect_text(item, "Last confirmed 15 February 2027", "the evidence shows the office's confirmation this cycle")
        commitment = database.one(
            "SELECT m.progress FROM commitments m JOIN brief_actions ba ON ba.action_id = m.action_id "
            "JOIN cities c ON c.id = m.city_id WHERE ba.brief_id = ? AND c.slug = ?", state["brief_a"], ON_TIME["slug"])
        expect(commitment["progress"] in PROGRESS_LABELS, f"the demo records a progress for the linked commitment, not {commitment}")
        expect_text(item, "progress " + PROGRESS_LABELS[commitment["progress"]], "the evidence shows the city's progress")
        expect(page.locator(".brief-evidence__flag").count() == 0, "no contradiction is flagged")
        for key in ("evidence_of_results", "integrated_approach", "transferability"):
            page.locator(f"#{key}").select_option("4")
        click_and_check(reviewer, page.get_by_role("button", name="Approve and publish"))
        expect("decided=publish" in page.url, f"the decision redirects with a note, not to {page.url}")
        status = database.one("SELECT status FROM mayor_briefs WHERE id = ?", state["brief_a"])["status"]
        expect(status == "published", f"the brief is published, not {status}")

    def visitor_reads_it():
        visitor = flow.actor("visitor")
        flow.current_page = visitor.page
        page = visitor.goto(f"/briefs/{ON_TIME['slug']}/2026", server.base_url)
        expect_text(page.locator("h1"), BRIEF_A["title"], "the public page shows the published brief")
        expect_text(page.locator("main"), "12 school streets", "the public page shows its results")

    def clock_passes_deadline():
        set_clock(clock_file, AFTER_DEADLINE)
        admin = flow.actor("admin")
        state["admin"] = admin
        flow.current_page = admin.page
        page = sign_in(admin, server.base_url, ADMIN["email"])
        click_and_check(admin, page.locator("nav.workspace-nav").get_by_role("link", name="Reporting cycle"))
        expect_text(page.locator("main"), "Today is 15 April 2027", "the page reads the moved clock")
        row_2026 = page.locator("#cycles-table tbody tr").filter(has=page.get_by_role("rowheader", name=re.compile(r"^2026")))
        expect_text(row_2026, "open", "the 2026 cycle is still open after its deadline")

    def admin_opens_2027():
        admin = state["admin"]
        page = admin.page
        expect_text(page.locator("#new-heading"), "Open the 2027 cycle", "the page offers the next year")
        expect(page.locator("#new-opens-on").input_value() == "2027-04-15", "the opening date is offered as today")
        page.locator("#new-deadline").fill(NEXT_DEADLINE)
        page.locator("#new-closes-on").fill(NEXT_CLOSES)
        click_and_check(admin, page.get_by_role("button", name="Open the 2027 cycle"))
        expect_text(page.locator("h1"), "Open the 2027 reporting cycle?", "opening asks for a confirmation first")
        expected = database.rows(
            "SELECT c.name FROM cities c WHERE c.membership = 'member' "
            "AND EXISTS (SELECT 1 FROM commitments m WHERE m.city_id = c.id AND m.status = 'opted_in') "
            "AND NOT EXISTS (SELECT 1 FROM mayor_briefs b JOIN brief_versions v ON v.brief_id = b.id WHERE b.city_id = c.id AND b.year = 2026) "
            "AND NOT EXISTS (SELECT 1 FROM no_brief_declarations d WHERE d.city_id = c.id AND d.year = 2026)")
        summary = page.locator("#opening-summary")
        expect_text(summary, f"{len(expected)} cities have not reported for 2026", "the confirmation counts the cities without a 2026 brief")
        expect_text(summary, "they can still file until 1 July 2027", "and says until when they can file")
        table = page.locator("#outstanding-table")
        expect(table.get_by_role("rowheader", name=LATE["name"], exact=True).count() == 1, "Copenhagen is listed as still without a brief")
        expect(table.get_by_role("rowheader", name=ON_TIME["name"], exact=True).count() == 0, "Barcelona, which reported, is not")
        expect(database.rows("SELECT year FROM reporting_cycles WHERE year = 2027") == [], "nothing is created before the confirmation")
        click_and_check(admin, page.locator("main form").get_by_role("button", name="Open the 2027 cycle"))
        expect("opened=2027" in page.url, f"the opening redirects with a notice, not to {page.url}")
        expect_text(page.locator("main [role=status]"), "The 2027 reporting cycle is open", "the page confirms the opening")
        cycle = database.one("SELECT opens_on, deadline, closes_on FROM reporting_cycles WHERE year = 2027")
        expect(cycle == {"opens_on": "2027-04-15", "deadline": NEXT_DEADLINE, "closes_on": NEXT_CLOSES}, f"the 2027 cycle as typed, not {cycle}")

    office_b = flow.actor("Copenhagen office")

    def office_b_sees_both():
        flow.current_page = office_b.page
        page = sign_in(office_b, server.base_url, OFFICE_B["email"])
        if not page.url.endswith("/workspace/city"):
            click_and_check(office_b, page.locator("nav.workspace-nav").get_by_role("link", name="My city"))
        expect_text(page.locator("h1"), LATE["name"], "the office sees its city")
        expect(page.locator("#office-cycle-2026").count() == 1 and page.locator("#office-cycle-2027").count() == 1,
               "the office's home shows both the 2026 and the 2027 cycle")
        click_and_check(office_b, page.locator("nav.workspace-nav").get_by_role("link", name="Mayor Briefs"))
        expect_text(page.locator("#cycle-2026"), "The deadline has passed", "the 2026 cycle says the deadline has passed")
        expect_text(page.locator("#cycle-2026"), "1 July 2027", "and until when a late brief is taken")
        expect(page.get_by_role("link", name="Start the 2026 Mayor Brief").count() == 1, "the late office can still start its 2026 brief")
        expect(page.get_by_role("link", name="Start the 2027 Mayor Brief").count() == 1, "and its 2027 brief")

    def office_b_confirms():
        page = office_b.page
        click_and_check(office_b, page.locator("nav.workspace-nav").get_by_role("link", name="Commitments"))
        click_and_check(office_b, page.get_by_role("button", name="Confirm all unchanged"))
        expect_text(page.locator("main [role=status]"), "Confirmed:", "the commitments page confirms them")
        counts = database.one("SELECT count(*) AS total, sum(EXISTS (SELECT 1 FROM commitment_confirmations cc "
                              "WHERE cc.commitment_id = m.id AND cc.cycle_year >= 2026)) AS confirmed "
                              "FROM commitments m JOIN cities c ON c.id = m.city_id WHERE c.slug = ?", LATE["slug"])
        expect(counts["total"] == counts["confirmed"], f"every commitment of Copenhagen is confirmed, not {counts}")

    def office_b_files_late():
        page = office_b.page
        click_and_check(office_b, page.locator("nav.workspace-nav").get_by_role("link", name="Mayor Briefs"))
        click_and_check(office_b, page.get_by_role("link", name="Start the 2026 Mayor Brief"))
        expect_text(page.locator("h1"), "New Mayor Brief for 2026", "the new brief is for 2026, not 2027")
        expect_text(page.locator("main"), "counted as late", "the form says the brief will count as late")
        page.get_by_label("An empty brief").check()
        click_and_check(office_b, page.get_by_role("button", name="Create the draft"))
        state["brief_b"] = int(page.url.split("/")[-2])
        fill_brief(page, BRIEF_B)
        page.locator("input[name=action]").first.check()
        click_and_check(office_b, page.get_by_role("button", name="Save the brief"))
        click_and_check(office_b, page.get_by_role("link", name="View, versions and submit"))
        click_and_check(office_b, page.get_by_role("button", name="Submit for review"))
        expect_text(page.locator("main [role=status]"), "Submitted.", "the brief page confirms the submission")
        row = database.one("SELECT b.year, b.status, v.submitted_at FROM mayor_briefs b JOIN brief_versions v ON v.brief_id = b.id "
                           "AND v.number = 1 WHERE b.id = ?", state["brief_b"])
        expect(row["year"] == 2026 and row["status"] == "submitted" and row["submitted_at"].startswith("2027-04-15T"),
               f"a 2026 brief submitted on 15 April 2027, not {row}")

    def compliance_shows_late():
        flow.current_page = reviewer.page
        page = sign_in(reviewer, server.base_url, REVIEWER["email"])  # two months on, the earlier session has expired
        if not page.url.endswith("/workspace"):
            click_and_check(reviewer, page.locator("nav.workspace-nav").get_by_role("link", name="Dashboard"))
        late_count = database.one(
            "SELECT count(*) AS n FROM mayor_briefs b JOIN brief_versions v ON v.brief_id = b.id AND v.number = 1 "
            "WHERE b.year = 2026 AND v.submitted_at >= '2027-03-31T22:00:00Z'")["n"]  # end of 31 March in Amsterdam (CEST)
        expect(late_count >= 1, f"the database holds Copenhagen's late submission, not {late_count}")
        # The dashboard has one line per open cycle, counted by the same query as "Who reported".
        for year in (2026, 2027):
            expect_text(page.locator(f"#reporting-{year}"), f"{year} open", f"the dashboard has a line for the open {year} cycle")
        shown = page.locator("#reporting-2026-late .figure__value").inner_text().strip()
        expect(shown == str(late_count), f"the dashboard counts {late_count} late for 2026, not {shown}")
        click_and_check(reviewer, page.locator("nav.workspace-nav").get_by_role("link", name="Who reported"))
        expect_text(page.locator("h1"), "Who reported in 2027", "by default the most recent open cycle, 2027")
        page.locator("#f-year").select_option("2026")
        click_and_check(reviewer, page.locator("#compliance-filters").get_by_role("button", name="Filter"))
        expect_text(page.locator("h1"), "Who reported in 2026", "the 2026 cycle chosen")
        late = page.locator(f"#compliance-table tbody tr[data-city='{LATE['name']}']")
        expect((late.get_attribute("data-timeliness"), late.get_attribute("data-review")) == ("late", "in_review"),
               f"Copenhagen is late and in review, not {late.get_attribute('data-timeliness')}/{late.get_attribute('data-review')}")
        expect_text(late, "Submitted late", "the row says late")
        on_time = page.locator(f"#compliance-table tbody tr[data-city='{ON_TIME['name']}']")
        expect((on_time.get_attribute("data-timeliness"), on_time.get_attribute("data-review")) == ("on_time", "published"),
               f"Barcelona stays on time, now published, not {on_time.get_attribute('data-timeliness')}/{on_time.get_attribute('data-review')}")
        shown = page.locator("#count-late .figure__value").inner_text().strip()
        expect(shown == str(late_count), f"the late count agrees with the database ({late_count}), not {shown}")
        click_and_check(reviewer, late.get_by_role("link", name=BRIEF_B["title"]))
        expect_text(page.locator("h1"), BRIEF_B["title"], "the row leads to the late brief's review page")

    flow.step("the year's own server starts on 15 February 2027 with two offices, a reviewer and an admin", year_starts)
    flow.step("Barcelona's office signs in and sees the 2026 cycle", office_a_sees_2026)
    flow.step("Barcelona's office confirms a commitment with “No change” and the rest with “Confirm all unchanged”", office_a_confirms)
    flow.step("Barcelona's office starts its 2026 brief, fills it and links one of its commitments", office_a_writes_brief)
    flow.step("Barcelona's office submits its 2026 brief on time", office_a_submits)
    flow.step("the reviewer sees the unread notification", reviewer_is_notified)
    flow.step("the reviewer finds Barcelona on time and in review on “Who reported” and opens its review", reviewer_finds_it_in_compliance)
    flow.step("the reviewer sees the evidence beside the brief and publishes it", reviewer_sees_evidence_and_publishes)
    flow.step("a visitor reads the published 2026 brief", visitor_reads_it)
    flow.step("on 15 April 2027 (past the 2026 deadline) the admin sees the 2026 cycle still open", clock_passes_deadline)
    flow.step("the admin opens 2027 after a confirmation listing the cities without a 2026 brief", admin_opens_2027)
    flow.step("Copenhagen's office sees both the 2026 and the 2027 cycle", office_b_sees_both)
    flow.step("Copenhagen's office confirms its commitments", office_b_confirms)
    flow.step("Copenhagen's office files its 2026 brief after the 2027 cycle opened", office_b_files_late)
    flow.step("the dashboard and “Who reported” for 2026 show Copenhagen late and Barcelona on time and published",
              compliance_shows_late)


def fill_brief(page, brief):
    page.locator("#f-title").fill(brief["title"])
    for key in ("summary", "context", "results", "next_steps"):
        page.locator(f"#f-{key}").fill(brief[key])
