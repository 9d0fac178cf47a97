"""A year of deadline reminders against a real SMTP server, for .ci/suites/mail.sh. Starts `gpm serve --smtp-url …`
with GPM_CLOCK_FILE and moves the clock through the 2026 reporting cycle (weekly through the year, daily around the
deadlines), with three city offices: one that submits in the autumn (no reminder ever), one that submits after the
7-day reminder, one that never does. On the way the secretariat moves the deadline by a month and the platform is
down for the two days in which the moved deadline's 7-day reminder falls due. Checks, from what arrives over SMTP:
each office gets the right reminders, each once (30, 7 — then, for the moved deadline, 30, 7 after the downtime, 1,
overdue), with List-Unsubscribe and List-Unsubscribe-Post headers; the staff member gets at most one digest per
week; the one-click POST of a List-Unsubscribe URL (no cookie, no form token) turns reminders off; a forged one is
refused.

Usage: reminder_year.py GPM_BIN PYTHON CERTDIR WORKDIR SMTP_USER SMTP_PASSWORD_FILE
Prints "ok   …" / "FAIL …" lines; exits non-zero on any failure.
"""
import collections
import datetime
import email
import email.policy
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "crash"))
from office_client import Office  # noqa: E402
sys.path.insert(0, os.path.dirname(__file__))
import suite_support  # noqa: E402
from suite_support import Checks, free_port, stored_messages, wait_for, write_clock  # noqa: E402

gpm, python, certs, work, smtp_user, password_file = sys.argv[1:7]
work = os.path.join(work, "reminder-year")
os.makedirs(work, exist_ok=True)
db_path = os.path.join(work, "platform.sqlite")
out = os.path.join(work, "smtp-out")
os.makedirs(out, exist_ok=True)
clock_file = os.path.join(work, "clock")
log_path = os.path.join(work, "serve.log")
user_password = "reminder year password 1"
UTC = datetime.timezone.utc


checks = Checks()
check = checks.check


def query(sql, *args):
    return suite_support.query(db_path, sql, *args)


def set_clock(instant):
    write_clock(clock_file, instant)


def noon(day):
    return datetime.datetime.strptime(day, "%Y-%m-%d").replace(hour=12, tzinfo=UTC)


# ---- the SMTP server (Tests/mail/platform_smtp.py: STARTTLS + AUTH, accepts everything)
smtp_port = free_port()
smtp = subprocess.Popen(
    [python, os.path.join(os.path.dirname(__file__), "platform_smtp.py"), certs, out, smtp_user,
     open(password_file).read().splitlines()[0], str(smtp_port)],
    stdout=open(os.path.join(work, "smtp.log"), "a"), stderr=subprocess.STDOUT)
if not wait_for(lambda: os.path.exists(os.path.join(out, "listening")), 20):
    raise SystemExit("the SMTP server did not start: " + open(os.path.join(work, "smtp.log")).read())

server = None
base = None
starts = 0


def serve_start():
    global server, base, starts
    env = dict(os.environ, GPM_CLOCK_FILE=clock_file, GPM_SMTP_TIMEOUT="3")
    server = subprocess.Popen(
        [gpm, "serve", "--port", "0", "--database", db_path, "--root", ".",
         "--smtp-url", "smtp://%s@localhost:%d" % (smtp_user, smtp_port), "--smtp-password-file", password_file,
         "--smtp-ca-file", os.path.join(certs, "ca.pem"), "--mail-from", "GPM Secretariat <noreply@gpm.example>"],
        stdout=open(log_path, "a"), stderr=subprocess.STDOUT, env=env)

    def bound():
        text = open(log_path).read()
        found = re.findall(r"serving (http://127\.0\.0\.1:\d+)", text)
        return found[-1] if found and server.poll() is None and text.count("serving") == starts + 1 else None
    base = wait_for(bound, 30)
    if not base:
        raise SystemExit("gpm serve did not start:\n" + open(log_path).read())
    starts += 1


def serve_stop():
    server.terminate()
    server.wait(30)


def messages():
    """Every accepted message, parsed, in arrival order."""
    return stored_messages(out)


def reminder_count():
    return query("SELECT COUNT(*) FROM outbox WHERE kind = 'reminder'")[0][0]


def settle(expect_new=0):
    """After moving the clock: the worker looks at it within about a second (its idle check). Waits for the
    reminders expected, then a little longer, so a reminder that should not be recorded would be seen."""
    before = settle.count
    if expect_new:
        wait_for(lambda: reminder_count() >= before + expect_new, 15)
    time.sleep(1.3)
    settle.count = reminder_count()
    return settle.count - before


settle.count = 0


def office(address):
    port = int(base.rsplit(":", 1)[1])
    o = Office(port, address, user_password)
    o.sign_in()
    return o


def submit(address, title):
    o = office(address)
    o.confirm_commitments()
    brief_id, version, status, _ = o.create_brief()
    o.save(brief_id, version, title)
    _, _, edit, _ = o.request("GET", "/workspace/briefs/%d/edit" % brief_id)
    version = int(re.search(r'name="version" value="([0-9]+)"', edit).group(1))
    status, _, _ = o.submit(brief_id, version)
    return status


started = time.monotonic()

# ---- setup: the demo, a staff member and three offices of cities the 2026 cycle expects and that have no brief yet
subprocess.run([gpm, "seed", "--database", db_path, "--root", "."], check=True, stdout=subprocess.DEVNULL)
cities = [row[0] for row in query(
    """SELECT slug FROM cities c WHERE membership = 'member'
         AND EXISTS (SELECT 1 FROM commitments m WHERE m.city_id = c.id AND m.status = 'opted_in')
         AND id NOT IN (SELECT city_id FROM mayor_briefs WHERE year = 2026) ORDER BY slug LIMIT 3""")]
assert len(cities) == 3, cities
early, late, never = "early@ci.test", "late@ci.test", "never@ci.test"
users = [("staff", "staff@ci.test", "Stan Staff", []), ("admin", "admin@ci.test", "Ada Admin", [])]
users += [("city_office", address, name, ["--city", city])
          for address, name, city in zip((early, late, never), ("Early Office", "Late Office", "Never Office"), cities)]
for role, address, name, extra in users:
    subprocess.run([gpm, "create-user", "--database", db_path, "--root", ".", "--role", role, "--email", address,
                    "--name", name, "--password-stdin"] + extra, input=user_password + "\n", text=True, check=True,
                   stdout=subprocess.DEVNULL)
deadline, = query("SELECT deadline FROM reporting_cycles WHERE year = 2026")[0]
check("the 2026 cycle's deadline is 2027-03-31", deadline == "2027-03-31", deadline)

set_clock(noon("2026-09-01"))
serve_start()
check("the early office submits in September", submit(early, "Bus lanes, early") in (200, 303))

# ---- the year: Tuesdays from September to February, then every day from 27 February on
days = []
day = datetime.date(2026, 9, 8)
while day < datetime.date(2027, 2, 27):
    days.append(day)
    day += datetime.timedelta(days=7)
day = datetime.date(2027, 2, 27)
while day <= datetime.date(2027, 5, 6):
    days.append(day)
    day += datetime.timedelta(days=1)
days += [datetime.date(2027, 5, 18), datetime.date(2027, 6, 1), datetime.date(2027, 6, 29)]

expected = {  # day → reminders recorded that day (to the late and the never office)
    "2027-03-01": 2,   # 30 days before 31 March
    "2027-03-24": 2,   # 7 days before
    "2027-03-31": 1,   # 30 days before the moved deadline, 30 April: the late office has submitted
    "2027-04-24": 1,   # back after the downtime: the 7-day reminder of 23 April, once
    "2027-04-29": 1,   # 1 day before
    "2027-05-01": 1,   # overdue
}
unexpected = []
down = (datetime.date(2027, 4, 22), datetime.date(2027, 4, 23))
for day in days:
    text = day.isoformat()
    if day in down:
        if day == down[0]:
            serve_stop()   # a day of downtime and more: down through 22 and 23 April
        set_clock(noon(text))
        continue
    set_clock(noon(text))
    if server.poll() is not None:
        serve_start()
    got = settle(expected.get(text, 0))
    if got != expected.get(text, 0):
        unexpected.append((text, got, expected.get(text, 0)))
    if text == "2027-03-25":
        check("the late office submits after its 7-day reminder", submit(late, "Bus lanes, late") in (200, 303))
    if text == "2027-03-26":
        # The secretariat moves the deadline by a month (as the cycle's form would: a new version).
        query("UPDATE reporting_cycles SET deadline = '2027-04-30', version = version + 1 WHERE year = 2026")

check("reminders recorded exactly on the expected days", not unexpected, unexpected)
wait_for(lambda: query("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")[0][0] == 0, 30)

arrived = messages()
reminders = collections.defaultdict(list)
for m in arrived:
    subject = str(m["Subject"])
    if subject.startswith("Reminder:") or "overdue" in subject:
        reminders[m["To"].addresses[0].addr_spec].append(m)
def steps(address):
    return [re.sub(r".*(due on \S+ \S+ \S+, in \d+ days|due by \S+ \S+ \S+|overdue).*", r"\1", str(m["Subject"])) for m in reminders[address]]
check("the office that submitted in September got no reminder", reminders[early] == [], steps(early))
check("the late office: 30 and 7 days before 31 March, then nothing",
      steps(late) == ["due on 31 March 2027, in 30 days", "due on 31 March 2027, in 7 days"], steps(late))
# The 7-day reminder of the moved deadline fell due while the platform was down: it goes once when it is back,
# saying how many days are actually left.
check("the office that never submits: 30, 7, then 30, 7 (after the downtime, once), 1 and overdue for the moved deadline",
      steps(never) == ["due on 31 March 2027, in 30 days", "due on 31 March 2027, in 7 days", "due on 30 April 2027, in 30 days",
                       "due on 30 April 2027, in 6 days", "due by 30 April 2027", "overdue"], steps(never))
all_reminders = [m for ms in reminders.values() for m in ms]
check("every reminder once: distinct Message-IDs", len({str(m["Message-ID"]) for m in all_reminders}) == len(all_reminders))
check("every reminder carries List-Unsubscribe (https or http URL) and List-Unsubscribe-Post: One-Click",
      all_reminders and all(re.fullmatch(r"<https?://\S+/unsubscribe/\d+\.reminders\.[A-Za-z0-9_-]+>", str(m["List-Unsubscribe"]))
                            and str(m["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click" for m in all_reminders),
      [(str(m["List-Unsubscribe"]), str(m["List-Unsubscribe-Post"])) for m in all_reminders])
digests = collections.Counter()
for m in arrived:
    if "in review" in str(m["Subject"]):
        digests[(m["To"].addresses[0].addr_spec, str(m["Subject"]))] += 1
check("digests: some arrived, never two for one person and week, each with List-Unsubscribe",
      digests and max(digests.values()) == 1
      and all(m["List-Unsubscribe"] for m in arrived if "in review" in str(m["Subject"])), digests)

# ---- the one-click unsubscribe, as a mail client sends it: a POST to the header's URL, no cookie, no form token
url = str(reminders[never][-1]["List-Unsubscribe"]).strip("<>") if reminders[never] else base + "/unsubscribe/x"
def post(target):
    request = urllib.request.Request(target, data=b"List-Unsubscribe=One-Click", method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
forged = re.sub(r"\.[A-Za-z0-9_-]+$", ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", url)
check("a forged unsubscribe URL is refused", post(forged) == 404)
check("the one-click POST of the List-Unsubscribe URL works (200)", post(url) == 200)
check("the never-submitting office no longer receives reminders",
      query("SELECT COUNT(*) FROM mail_opt_outs o JOIN users u ON u.id = o.user_id WHERE u.email = ? AND o.topic = 'reminders'", never)[0][0] == 1)

serve_stop()
smtp.terminate()
smtp.wait(10)
print("reminder year: %d passed, %d failed (%.0f s)" % (checks.passed, checks.failed, time.monotonic() - started), flush=True)
sys.exit(1 if checks.failed else 0)
