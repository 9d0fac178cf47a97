"""What the mail suite's platform scripts share (platform_mail.py, reminder_year.py): counted checks, polling
with a deadline instead of sleeps, a free port, a query on the platform's database, the clock file the
platform reads (GPM_CLOCK_FILE), and the messages the test SMTP server stored."""
import email
import email.policy
import glob
import os
import re
import socket
import sqlite3
import time


class Checks:
    """Prints "ok   …" / "FAIL …" for each check and counts them."""

    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print("ok   " + name, flush=True)
        else:
            self.failed += 1
            print("FAIL " + name + (("\n     " + str(detail).replace("\n", "\n     ")) if detail else ""), flush=True)


def wait_for(condition, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return condition()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def query(db_path, sql, *args):
    connection = sqlite3.connect(db_path, timeout=10)
    try:
        with connection:
            return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def write_clock(clock_file, instant):
    """Sets the platform's clock, atomically (the platform may read the file at any moment)."""
    with open(clock_file + ".partial", "w") as f:
        f.write(instant.strftime("%Y-%m-%dT%H:%M:%SZ"))
    os.rename(clock_file + ".partial", clock_file)


def stored_messages(out):
    """Every message the test SMTP server accepted into `out`, parsed, in arrival order."""
    found = []
    for path in sorted(glob.glob(os.path.join(out, "msg-*.eml")), key=lambda p: int(re.search(r"msg-(\d+)", p).group(1))):
        with open(path, "rb") as f:
            found.append(email.message_from_binary_file(f, policy=email.policy.default))
    return found
