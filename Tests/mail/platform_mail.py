"""The platform's outgoing mail against a real SMTP server (Tests/mail/platform_smtp.py: aiosmtpd, STARTTLS + AUTH),
for .ci/suites/mail.sh. Starts `gpm serve --smtp-url …` with GPM_CLOCK_FILE, drives a brief submission, a review
decision, an invitation and a reset link over HTTP, and parses what arrives with Python's email package (headers,
both parts, links that open the right page). Then: the server down at send time (the message waits, then goes),
a 451 then 250 and a 550 (failed, shown to admins), a stall before the reply to the final '.' (timeout, retried,
one copy), SIGKILL between the event and delivery (exactly one copy after restart) and SIGKILL right after the
server's 250 (at most one duplicate, same Message-ID).

Usage: platform_mail.py GPM_BIN PYTHON CERTDIR WORKDIR SMTP_USER SMTP_PASSWORD_FILE
Prints "ok   …" / "FAIL …" lines and "platform: N passed, M failed"; exits non-zero on any failure.
"""
import datetime
import email
import email.policy
import glob
import os
import re
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "crash"))
from office_client import Office  # noqa: E402
sys.path.insert(0, os.path.dirname(__file__))
import suite_support  # noqa: E402
from suite_support import Checks, free_port, stored_messages, wait_for, write_clock  # noqa: E402

gpm, python, certs, work, smtp_user, password_file = sys.argv[1:7]
db_path = os.path.join(work, "platform.sqlite")
out = os.path.join(work, "platform-out")
os.makedirs(out, exist_ok=True)
clock_file = os.path.join(work, "clock")
user_password = "platform mail password 1"


checks = Checks()
check = checks.check


def query(sql, *args):
    return suite_support.query(db_path, sql, *args)


# ---- the clock, moved by the suite
now = None


def set_clock(instant):
    global now
    now = instant
    write_clock(clock_file, instant)


def advance(seconds):
    set_clock(now + datetime.timedelta(seconds=seconds))


# ---- the SMTP server, which can be stopped and started on the same port
smtp_port = free_port()
smtp_process = None


def smtp_start():
    global smtp_process
    listening = os.path.join(out, "listening")
    if os.path.exists(listening):
        os.remove(listening)
    smtp_process = subprocess.Popen(
        [python, os.path.join(os.path.dirname(__file__), "platform_smtp.py"), certs, out, smtp_user,
         open(password_file).read().splitlines()[0], str(smtp_port)],
        stdout=open(os.path.join(work, "platform-smtp.log"), "a"), stderr=subprocess.STDOUT)
    if not wait_for(lambda: os.path.exists(listening), 20):
        raise SystemExit("the platform SMTP server did not start: " + open(os.path.join(work, "platform-smtp.log")).read())


def smtp_stop():
    smtp_process.terminate()
    smtp_process.wait(10)


def set_mode(value):
    with open(os.path.join(out, "mode.partial"), "w") as f:
        f.write(value)
    os.rename(os.path.join(out, "mode.partial"), os.path.join(out, "mode"))


def messages():
    """Every accepted message, parsed, in arrival order."""
    return stored_messages(out)


def with_subject(text):
    return [m for m in messages() if text in str(m["Subject"])]


def parts(message):
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return text, html


# ---- the platform
server = None
base = None
log_path = os.path.join(work, "platform-serve.log")


def serve_start():
    global server, base
    env = dict(os.environ, GPM_CLOCK_FILE=clock_file, GPM_SMTP_TIMEOUT="3")
    log = open(log_path, "a")
    server = subprocess.Popen(
        [gpm, "serve", "--port", "0", "--database", db_path, "--root", ".",
         "--smtp-url", "smtp://%s@localhost:%d" % (smtp_user, smtp_port), "--smtp-password-file", password_file,
         "--smtp-ca-file", os.path.join(certs, "ca.pem"), "--mail-from", "GPM Secretariat <noreply@gpm.example>"],
        stdout=log, stderr=subprocess.STDOUT, env=env)

    def bound():
        text = open(log_path).read()
        found = re.findall(r"serving (http://127\.0\.0\.1:\d+)", text)
        return found[-1] if found and server.poll() is None and text.count("serving") == serve_start.starts + 1 else None
    base = wait_for(bound, 30)
    if not base:
        raise SystemExit("gpm serve did not start:\n" + open(log_path).read())
    serve_start.starts += 1
    return base


serve_start.starts = 0


def serve_kill():
    server.send_signal(signal.SIGKILL)
    server.wait(10)


def serve_stop():
    server.terminate()
    server.wait(30)


def browser(email_address):
    port = int(base.rsplit(":", 1)[1])
    b = Office(port, email_address, user_password)
    b.sign_in_any()
    return b


def sign_in_any(self):
    self.request("GET", "/sign-in")
    status, _, _, _ = self.request("POST", "/sign-in", {"email": self.email, "password": self.password})
    if status != 303:
        raise RuntimeError("sign-in of %s answered %s" % (self.email, status))
    self.request("GET", "/account")


Office.sign_in_any = sign_in_any


def path_of(url):
    return url[len(base):] if url.startswith(base) else None


def outbox_row(kind):
    return query("SELECT id, state, attempts, last_error, message_id, secret FROM outbox WHERE kind = ? ORDER BY id DESC LIMIT 1", kind)


started = time.monotonic()

# ---- setup: the demo, three users, a city office without a brief in the open cycle, the clock inside that cycle
subprocess.run([gpm, "seed", "--database", db_path, "--root", "."], check=True, stdout=subprocess.DEVNULL)
year, opens_on = query("SELECT year, opens_on FROM reporting_cycles ORDER BY year DESC LIMIT 1")[0]
city = query("SELECT slug FROM cities WHERE id NOT IN (SELECT city_id FROM mayor_briefs WHERE year = ?) ORDER BY slug LIMIT 1", year)[0][0]
for role, address, name, extra in [("admin", "admin@ci.test", "Ada Admin", []), ("staff", "staff@ci.test", "Stan Staff", []),
                                   ("city_office", "office@ci.test", "Zoë Office", ["--city", city])]:
    subprocess.run([gpm, "create-user", "--database", db_path, "--root", ".", "--role", role, "--email", address,
                    "--name", name, "--password-stdin"] + extra, input=user_password + "\n", text=True, check=True,
                   stdout=subprocess.DEVNULL)
set_clock(datetime.datetime.strptime(opens_on, "%Y-%m-%d").replace(hour=12, tzinfo=datetime.timezone.utc)
          + datetime.timedelta(days=1))
smtp_start()
serve_start()

# ---- 1. a brief submitted: the secretariat (admin and staff) is told
office = browser("office@ci.test")
office.request("GET", "/workspace/commitments")
office.confirm_commitments()  # a brief is submitted once the city's commitments are confirmed for the cycle
brief_id, version, status, _ = office.create_brief()
status_save, _, _ = office.save(brief_id, version, "Bus lanes for Zoë’s city")
_, _, edit, _ = office.request("GET", "/workspace/briefs/%d/edit" % brief_id)
version = int(re.search(r'name="version" value="([0-9]+)"', edit).group(1))
status_submit, _, _ = office.submit(brief_id, version)
check("brief submitted over HTTP", brief_id and status_submit in (200, 303), (status, status_save, status_submit))
arrived = wait_for(lambda: len(with_subject("submitted its")) >= 2 and with_subject("submitted its"), 20) or []
check("submission: one message to each of admin and staff",
      sorted(str(m["To"]) for m in arrived) == ["Ada Admin <admin@ci.test>", "Stan Staff <staff@ci.test>"],
      [str(m["To"]) for m in arrived])
if arrived:
    m = arrived[0]
    text, html = parts(m)
    link = re.search(r"(http://\S+/workspace/reviews/\d+)", text)
    check("submission: headers (From, Subject, Message-ID, Date, Auto-Submitted)",
          str(m["From"]) == "GPM Secretariat <noreply@gpm.example>" and str(year) in str(m["Subject"])
          and re.fullmatch(r"<gpm\.outbox\.\d+\.[0-9a-f-]+@gpm\.example>", str(m["Message-ID"]))
          and m["Date"] is not None and str(m["Auto-Submitted"]) == "auto-generated"
          and m.get_content_type() == "multipart/alternative", str(m))
    check("submission: both parts name the brief, the HTML link equals the text link",
          "Bus lanes for Zoë’s city" in text and "Bus lanes for Zoë’s city" in html and link and ('href="%s"' % link.group(1)) in html,
          text + "\n" + html)
    staff = browser("staff@ci.test")
    status, _, page, _ = staff.request("GET", path_of(link.group(1)) if link else "/")
    check("submission: the link opens the brief's review page", status == 200 and "Bus lanes for Zoë’s city" in page, status)

# ---- 2. a review decision: the office is told
staff = browser("staff@ci.test")
staff.request("GET", "/workspace/reviews/%d" % brief_id)
status, _, _, _ = staff.request("POST", "/workspace/reviews/%d" % brief_id, {
    "evidence_of_results": "4", "evidence_of_results_comment": "", "integrated_approach": "4", "integrated_approach_comment": "",
    "transferability": "3", "transferability_comment": "", "comment": "Give the budget, please.", "decision": "request_changes"})
arrived = wait_for(lambda: with_subject("Changes requested"), 20) or []
check("decision: one message to the office", status == 303 and [str(m["To"]) for m in arrived] == ["Zoë Office <office@ci.test>"],
      (status, [str(m["To"]) for m in arrived]))
if arrived:
    text, html = parts(arrived[0])
    link = re.search(r"(http://\S+/workspace/briefs/\d+)", text)
    status, _, page, _ = office.request("GET", path_of(link.group(1))) if link else (0, None, "", 0)
    check("decision: the comment in both parts, the link opens the office's brief",
          "Give the budget, please." in text and "Give the budget, please." in html and status == 200, (status, text))

# ---- 3. an invitation: the link arrives, opens the invitation, and its token leaves the database once delivered
admin = browser("admin@ci.test")
admin.request("GET", "/admin/invitations")
status, _, page, _ = admin.request("POST", "/admin/invitations", {"email": "newcomer@ci.test", "role": "staff", "city": ""})
copied = re.search(r'value="(http://[^"]+/invitations/([^"]+))"', page)
arrived = wait_for(lambda: with_subject("You are invited"), 20) or []
check("invitation: the copy-link fallback stays and the email arrives", status == 200 and copied and len(arrived) == 1, status)
if arrived and copied:
    text, html = parts(arrived[0])
    check("invitation: the emailed link is the copied one and opens the invitation",
          copied.group(1) in text and ('href="%s"' % copied.group(1)) in html
          and Office(int(base.rsplit(":", 1)[1]), "", "").request("GET", path_of(copied.group(1)))[0] == 200, text)
    token = copied.group(2)
    wait_for(lambda: outbox_row("invitation")[0][1] == "sent", 10)
    check("invitation: delivered, the token wiped from the outbox row",
          outbox_row("invitation")[0][1] == "sent" and outbox_row("invitation")[0][5] is None and
          query("SELECT COUNT(*) FROM outbox WHERE secret = ?", token)[0][0] == 0, outbox_row("invitation"))
    # Once the WAL is checkpointed, the token is in neither file (secure_delete zeroes what was wiped).
    checkpoint = query("PRAGMA wal_checkpoint(TRUNCATE)")
    leftovers = []
    for path in (db_path, db_path + "-wal"):
        if os.path.exists(path):
            with open(path, "rb") as f:
                if token.encode() in f.read():
                    leftovers.append(path)
    check("invitation: the token is not left in the database file", checkpoint[0][0] == 0 and not leftovers, (checkpoint, leftovers))

# ---- 4. the SMTP server down at send time: the message waits, then goes
smtp_stop()
admin.request("GET", "/admin/users")
staff_id = query("SELECT id FROM users WHERE email = 'staff@ci.test'")[0][0]
admin.request("GET", "/admin/users/%d" % staff_id)
status, _, _, _ = admin.request("POST", "/admin/users/%d/reset-link" % staff_id, {})
row = wait_for(lambda: (lambda r: r if r and r[0][2] >= 1 and r[0][3] else None)(outbox_row("password_reset")), 20)
check("server down: the reset message waits, pending, with the connection error",
      status in (200, 303) and row and row[0][1] == "pending" and "connect" in (row[0][3] or ""), row)
smtp_start()
advance(301)
arrived = wait_for(lambda: with_subject("Set a new password"), 20) or []
check("server up again: the message goes, once", len(arrived) == 1 and wait_for(lambda: outbox_row("password_reset")[0][1] == "sent", 10),
      outbox_row("password_reset"))

# ---- 5. 451 then 250: retried after the backoff with the same Message-ID
set_mode("451-once")
admin.request("GET", "/admin/invitations")
admin.request("POST", "/admin/invitations", {"email": "second@ci.test", "role": "staff", "city": ""})
row = wait_for(lambda: (lambda r: r if r and r[0][2] >= 1 and "451" in (r[0][3] or "") else None)(outbox_row("invitation")), 20)
check("451: pending again with the reply as its error", row and row[0][1] == "pending", outbox_row("invitation"))
advance(301)
arrived = wait_for(lambda: [m for m in messages() if "second@ci.test" in str(m["To"])], 20) or []
refused = open(os.path.join(out, "refused.log")).read().split()
check("451 then 250: delivered once, with the Message-ID of the refused attempt",
      len(arrived) == 1 and str(arrived[0]["Message-ID"]) in refused, (refused, [str(m["Message-ID"]) for m in arrived]))

# ---- 6. 550: failed at once, shown to admins
set_mode("550-once")
admin.request("GET", "/admin/invitations")
admin.request("POST", "/admin/invitations", {"email": "third@ci.test", "role": "staff", "city": ""})
row = wait_for(lambda: (lambda r: r if r and r[0][1] == "failed" else None)(outbox_row("invitation")), 20)
status, _, page, _ = admin.request("GET", "/admin/outbox?state=failed")
check("550: failed for good and listed for admins with the reply",
      row and "550" in (row[0][3] or "") and status == 200 and "third@ci.test" in page and "550" in page, (row, status))

# ---- 7. a stall before the reply to the final '.': the client times out, retries later, one copy
set_mode("stall-once")
admin.request("GET", "/admin/invitations")
admin.request("POST", "/admin/invitations", {"email": "fourth@ci.test", "role": "staff", "city": ""})
row = wait_for(lambda: (lambda r: r if r and r[0][2] >= 1 and r[0][3] and "fourth" in str(query(
    "SELECT to_address FROM outbox WHERE id = ?", r[0][0])) else None)(outbox_row("invitation")), 25)
check("stall: timed out (temporary), pending", row and row[0][1] == "pending" and "tim" in (row[0][3] or "").lower(), row)
time.sleep(5)  # the stalled exchange ends on the server's side too
advance(301)
arrived = wait_for(lambda: [m for m in messages() if "fourth@ci.test" in str(m["To"])], 20) or []
time.sleep(1)
arrived = [m for m in messages() if "fourth@ci.test" in str(m["To"])]
check("stall: retried, exactly one copy", len(arrived) == 1, len(arrived))

# ---- 8. SIGKILL between the event and delivery (the message in flight): exactly one copy after the restart
admin = browser("admin@ci.test")  # a new connection: the old one idled out during the stall
set_mode("stall")
admin.request("GET", "/admin/invitations")
admin.request("POST", "/admin/invitations", {"email": "fifth@ci.test", "role": "staff", "city": ""})
stalled = wait_for(lambda: [p for p in glob.glob(os.path.join(out, "stalled-*")) if "fifth" in str(query(
    "SELECT to_address FROM outbox WHERE message_id = ?", open(p).read()))], 20)
serve_kill()
set_mode("ok")
stalled_id = open(stalled[0]).read() if stalled else ""
serve_start()
arrived = wait_for(lambda: [m for m in messages() if "fifth@ci.test" in str(m["To"])], 20) or []
time.sleep(1)
arrived = [m for m in messages() if "fifth@ci.test" in str(m["To"])]
check("SIGKILL before delivery: exactly one copy after the restart, same Message-ID",
      stalled and len(arrived) == 1 and str(arrived[0]["Message-ID"]) == stalled_id, (stalled_id, [str(m["Message-ID"]) for m in arrived]))

# ---- 9. SIGKILL right after the server's 250: at most one duplicate, with the same Message-ID
admin = browser("admin@ci.test")
set_mode("signal-once")
admin.request("GET", "/admin/invitations")
admin.request("POST", "/admin/invitations", {"email": "sixth@ci.test", "role": "staff", "city": ""})
acked = wait_for(lambda: glob.glob(os.path.join(out, "acked-*")), 20)
serve_kill()
serve_start()
time.sleep(2)
arrived = wait_for(lambda: [m for m in messages() if "sixth@ci.test" in str(m["To"])], 20) or []
time.sleep(1)
arrived = [m for m in messages() if "sixth@ci.test" in str(m["To"])]
ids = {str(m["Message-ID"]) for m in arrived}
state = query("SELECT state FROM outbox WHERE to_address = 'sixth@ci.test'")
check("SIGKILL after 250: one or two copies, one Message-ID, sent in the end",
      acked and 1 <= len(arrived) <= 2 and len(ids) == 1 and state == [("sent",)], (len(arrived), ids, state))
print("     (SIGKILL after 250 gave %d cop%s)" % (len(arrived), "y" if len(arrived) == 1 else "ies"))

serve_stop()
smtp_stop()
print("---- gpm serve's mail log:")
for line in open(log_path):
    if "mail #" in line or "mail goes out" in line:
        print("     " + line.rstrip())
print("platform: %d passed, %d failed (%.1f s)" % (checks.passed, checks.failed, time.monotonic() - started))
sys.exit(1 if checks.failed else 0)
