"""200 city offices filing their Mayor Briefs at once (driven by Benchmarks/submissions.sh).

    submissions.py PORT DATABASE PASSWORD EMAIL...
Every office signs in (all at once), then, all at once again: creates the year's draft, saves it twice and
submits it. Prints throughput and p50/p99 latency, then checks every acknowledged (2xx/3xx) write against
the database and that no answer mentioned "database is locked". Exits 1 when a check fails.
"""
import os
import sqlite3
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "crash"))
from office_client import Office  # noqa: E402

port, database, password = int(sys.argv[1]), sys.argv[2], sys.argv[3]
emails = sys.argv[4:]
SAVES = 2

lock = threading.Lock()
latencies = {"sign-in": [], "create": [], "save": [], "submit": []}
acked = []            # (email, brief_id, version, title, submitted)
problems = []
locked_answers = 0
signed_in = threading.Barrier(len(emails) + 1)
go = threading.Barrier(len(emails) + 1)


def note(kind, seconds, status, text):
    global locked_answers
    with lock:
        latencies[kind].append(seconds)
        if "database is locked" in text:
            locked_answers += 1
        if not 200 <= status < 400:
            problems.append(f"{kind} answered {status}")


def office_run(email):
    office = Office(port, email, password, timeout=120)
    try:
        note("sign-in", office.sign_in(), 303, "")
        office.confirm_commitments()  # an office confirms its commitments before it may submit
    except Exception as error:  # noqa: BLE001
        with lock:
            problems.append(f"{email}: sign-in: {error}")
    signed_in.wait()
    # The server closes keep-alive connections idle for 5 s; the first offices waited longer than that for
    # the last sign-ins, so every office starts the write phase on a fresh connection, as a browser would.
    office.close()
    go.wait()
    try:
        brief_id, version, status, seconds = office.create_brief()
        note("create", seconds, status, "")
        if brief_id is None:
            return
        title = None
        for n in range(1, SAVES + 1):
            title = f"Benchmark {email} save {n}"
            status, text, seconds = office.save(brief_id, version, title)
            note("save", seconds, status, text)
            if not 200 <= status < 400:
                return
            version += 1
        status, text, seconds = office.submit(brief_id, version)
        note("submit", seconds, status, text)
        with lock:
            acked.append((email, brief_id, version, title, 200 <= status < 400))
    except Exception as error:  # noqa: BLE001
        with lock:
            problems.append(f"{email}: {type(error).__name__}: {error}")
    finally:
        office.close()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000 if ordered else float("nan")


threads = [threading.Thread(target=office_run, args=(e,)) for e in emails]
sign_in_start = time.monotonic()
for thread in threads:
    thread.start()
signed_in.wait()
sign_in_seconds = time.monotonic() - sign_in_start
start = time.monotonic()
go.wait()
for thread in threads:
    thread.join()
elapsed = time.monotonic() - start

writes = sum(len(latencies[k]) for k in ("create", "save", "submit"))
all_writes = latencies["create"] + latencies["save"] + latencies["submit"]
print(f"offices: {len(emails)}; sign-in of all at once: {sign_in_seconds:.1f} s "
      f"(p50 {percentile(latencies['sign-in'], 50):.0f} ms, p99 {percentile(latencies['sign-in'], 99):.0f} ms; scrypt by design)")
print(f"writes: {writes} (create + {SAVES} saves + submit per office) in {elapsed:.2f} s = {writes / elapsed:.0f} writes/s, "
      f"{len(acked) / elapsed:.1f} complete briefs/s")
for kind in ("create", "save", "submit"):
    print(f"  {kind:7} n={len(latencies[kind]):4}  p50 {percentile(latencies[kind], 50):7.1f} ms  p99 {percentile(latencies[kind], 99):7.1f} ms")
print(f"  all     n={len(all_writes):4}  p50 {percentile(all_writes, 50):7.1f} ms  p99 {percentile(all_writes, 99):7.1f} ms")

db = sqlite3.connect(database)
missing = []
for email, brief_id, version, title, submitted in acked:
    row = db.execute("SELECT status, title, version FROM mayor_briefs WHERE id = ?", (brief_id,)).fetchone()
    versions = db.execute("SELECT COUNT(*) FROM brief_versions WHERE brief_id = ?", (brief_id,)).fetchone()[0]
    if row is None or row[1] != title or (submitted and (row[0] != "submitted" or versions != 1)):
        missing.append(f"{email}: {row}, {versions} versions")
integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
db.close()
submitted = sum(1 for a in acked if a[4])
print(f"checks: {submitted}/{len(emails)} briefs submitted; acknowledged writes missing: {len(missing)}; "
      f"answers mentioning 'database is locked': {locked_answers}; refused or failed requests: {len(problems)}; integrity_check: {integrity}")
for line in (missing + problems)[:10]:
    print("  " + line)
ok = not missing and not problems and locked_answers == 0 and integrity == "ok" and submitted == len(emails)
print("submissions: " + ("ok" if ok else "FAILED"))
sys.exit(0 if ok else 1)
