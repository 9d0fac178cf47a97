"""Crash safety of Mayor Brief writes (run by .ci/suites/crash-safety.sh).

City offices sign in and send concurrent brief creations, saves and submissions; once enough writes were
acknowledged (2xx/3xx), the server is killed with SIGKILL mid-flight and started again on the same file.
Then every acknowledged write must be in the database and PRAGMA integrity_check must say ok.

    crash_safety.py GPM_BINARY DATABASE ROOT PASSWORD EMAIL...
Prints "crash-safety: N passed, M failed"; exits 1 on any failure.
"""
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_client import Office  # noqa: E402

binary, database, root, password = sys.argv[1:5]
emails = sys.argv[5:]
SAVES_MAX = 24
KILL_AFTER = max(60, len(emails) * 8)  # acknowledged writes before the kill: well inside the run


def start_server():
    # The environment is inherited, GPM_CLOCK_FILE included (crash-safety.sh fixes "now" inside the 2026 cycle).
    process = subprocess.Popen(
        [binary, "serve", "--port", "0", "--database", database, "--root", root, "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        found = re.search(r"serving http://127\.0\.0\.1:([0-9]+)", line)
        if found:
            threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()
            return process, int(found.group(1))
        if not line and process.poll() is not None:
            break
    raise RuntimeError("the server did not announce its port")


lock = threading.Lock()
acked = []          # (kind, email, brief_id, version, title)
in_flight = {}      # email -> (kind, brief_id, version, title) sent but not answered
refused = []        # unexpected non-2xx/3xx answers before the kill
killed = threading.Event()
ready = threading.Barrier(len(emails) + 1)


def record(kind, email, brief_id, version, title):
    with lock:
        acked.append((kind, email, brief_id, version, title))
        in_flight.pop(email, None)
        count = len(acked)
    return count


def office_run(index, email, port, server):
    office = Office(port, email, password)
    try:
        office.sign_in()
        office.confirm_commitments()
    except Exception as error:  # noqa: BLE001
        refused.append(f"{email}: sign-in failed: {error}")
        ready.wait()
        return
    ready.wait()
    saves = 2 + (index * 7) % SAVES_MAX   # some offices submit early, most are still saving at the kill
    try:
        with lock:
            in_flight[email] = ("create", None, None, None)
        brief_id, version, status, _ = office.create_brief()
        if brief_id is None:
            refused.append(f"{email}: create answered {status}")
            return
        record("create", email, brief_id, version, None)
        for n in range(1, saves + 1):
            title = f"Crash-safety {email} save {n}"
            with lock:
                in_flight[email] = ("save", brief_id, version + 1, title)
            status, text, _ = office.save(brief_id, version, title)
            if not 200 <= status < 400:
                if not killed.is_set():
                    refused.append(f"{email}: save {n} answered {status}")
                return
            version += 1
            if record("save", email, brief_id, version, title) >= KILL_AFTER and not killed.is_set():
                killed.set()
                os.kill(server.pid, signal.SIGKILL)
        with lock:
            in_flight[email] = ("submit", brief_id, version, None)
        status, _, _ = office.submit(brief_id, version)
        if 200 <= status < 400:
            record("submit", email, brief_id, version, None)
        elif not killed.is_set():
            refused.append(f"{email}: submit answered {status}")
    except Exception:  # noqa: BLE001 - the kill breaks connections: those requests were never acknowledged
        pass
    finally:
        office.close()


passed, failed = 0, 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}" + (f"\n     {detail}" if detail else ""))


server, port = start_server()
threads = [threading.Thread(target=office_run, args=(i, e, port, server)) for i, e in enumerate(emails)]
for thread in threads:
    thread.start()
ready.wait()
started = time.monotonic()
for thread in threads:
    thread.join(timeout=90)
if not killed.is_set():  # the load finished before the threshold: kill anyway, the check below fails
    os.kill(server.pid, signal.SIGKILL)
server.wait()
kinds = {k: sum(1 for a in acked if a[0] == k) for k in ("create", "save", "submit")}
print(f"load: {len(acked)} writes acknowledged in {time.monotonic() - started:.1f} s ({kinds['create']} creations, "
      f"{kinds['save']} saves, {kinds['submit']} submissions), {len(in_flight)} in flight at the kill")

check("offices signed in and wrote without refusals", not refused, "; ".join(refused[:5]))
check(f"the server was killed mid-flight after {KILL_AFTER}+ acknowledged writes", killed.is_set() and len(in_flight) > 0,
      f"killed={killed.is_set()} in_flight={len(in_flight)}")

server, port = start_server()
try:
    probe = Office(port, emails[0], password)
    status, _, text, _ = probe.request("GET", "/healthz")
    check("the server restarts on the same database and answers", status == 200, f"/healthz {status}")

    db = sqlite3.connect(database)
    check("PRAGMA integrity_check is ok", db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    check("PRAGMA foreign_key_check finds nothing", db.execute("PRAGMA foreign_key_check").fetchall() == [])

    missing = []
    for kind, email, brief_id, version, title in acked:
        row = db.execute("SELECT version, status, title FROM mayor_briefs WHERE id = ?", (brief_id,)).fetchone()
        if row is None:
            missing.append(f"{kind} {email}: brief {brief_id} is gone")
        elif kind == "save":
            audited = db.execute(
                "SELECT COUNT(*) FROM audit_events WHERE entity_type = 'mayor_brief' AND entity_id = ? AND after_json LIKE ?",
                (str(brief_id), f'%"{title}"%')).fetchone()[0]
            if row[0] < version or audited < 1:
                missing.append(f"save {email}: version {row[0]} < {version} or audit entries {audited} for {title!r}")
        elif kind == "submit":
            versions = db.execute("SELECT COUNT(*) FROM brief_versions WHERE brief_id = ?", (brief_id,)).fetchone()[0]
            if row[1] != "submitted" or versions != 1:
                missing.append(f"submit {email}: status {row[1]}, {versions} versions")
    check(f"all {len(acked)} acknowledged writes are in the database", not missing, "; ".join(missing[:5]))

    # Each brief reads as its last acknowledged save, or as the save that was in flight (committed, unanswered);
    # a submission after the last save bumps the version but keeps the text.
    last = {}
    for kind, email, brief_id, version, title in acked:
        if kind == "save":
            last[brief_id] = (version, title, email)
    wrong = []
    for brief_id, (version, title, email) in last.items():
        stored_version, stored_title = db.execute("SELECT version, title FROM mayor_briefs WHERE id = ?", (brief_id,)).fetchone()
        pending = in_flight.get(email)
        if not (stored_version >= version and stored_title == title) and not (
                pending and pending[0] == "save" and (stored_version, stored_title) == (pending[2], pending[3])):
            wrong.append(f"brief {brief_id}: stored v{stored_version} {stored_title!r}, acknowledged v{version} {title!r}")
    check("every brief holds its last acknowledged save (or the one in flight)", not wrong, "; ".join(wrong[:5]))
    db.close()

    # The office still works after the crash: sign in, read the brief, save once more. Only a brief
    # still in draft is editable (a submitted one waits for review), so pick one the database says is.
    db = sqlite3.connect(database)
    editable = {row[0] for row in db.execute("SELECT id FROM mayor_briefs WHERE status IN ('draft', 'changes_requested')")}
    db.close()
    brief_id, (version, title, email) = next(
        ((b, v) for b, v in last.items() if b in editable), next(iter(last.items())))
    office = Office(port, email, password)
    office.sign_in()
    status, _, text, _ = office.request("GET", f"/workspace/briefs/{brief_id}/edit")
    current = int(re.search(r'name="version" value="([0-9]+)"', text).group(1)) if status == 200 else -1
    status, _, _ = office.save(brief_id, current, "After the crash")
    check("an office signs in, reads and saves its brief after the restart", status == 303, f"save answered {status}")
    office.close()
finally:
    server.terminate()
    server.wait(timeout=20)

print(f"crash-safety: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
