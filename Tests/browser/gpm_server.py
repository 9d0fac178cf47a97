"""Starts `gpm serve` on a free port with its own database and stops it again.

The suite must not guess when the server is ready: it reads the port from the
"serving http://…" line and then polls /healthz until a deadline.

The server inherits the environment, GPM_CLOCK_FILE included: run_suite.py points it at a file holding a
fixed instant inside the demo's 2026 cycle, so the application's "now" never depends on the day of the run.
"""
import os
import re
import subprocess
import threading
import time
import urllib.request

SERVING_LINE = re.compile(r"serving (http://[^\s]+)")
ONE_TIME_PASSWORD_LINE = re.compile(r"created the admin (\S+) with the one-time password")


class GPMServer:
    """One `gpm serve` process, used as a context manager."""

    def __init__(self, binary, root, database, startup_deadline=60.0, seed=None, environment=None):
        self.binary = binary
        self.environment = environment or {}  # added to gpm's environment, e.g. GPM_CLOCK_FILE
        self.seed = seed  # what fills a new database (`--seed demo|documents|none`); None: gpm's default
        self.root = root
        self.database = database
        self.startup_deadline = startup_deadline
        self.process = None
        self.base_url = None
        self.output = []

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        command = [self.binary, "serve", "--port", "0", "--database", self.database, "--root", self.root, "--quiet"]
        if self.seed:
            command += ["--seed", self.seed]
        # Strict templates: a page whose template names something its view model lacks answers 500, which
        # the crawl reports, instead of rendering an empty spot.
        environment = dict(os.environ, GPM_STRICT_TEMPLATES="1", **self.environment)
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
                                        env=environment)
        found = threading.Event()

        def read_output():
            for line in self.process.stdout:
                self.output.append(line.rstrip("\n"))
                match = SERVING_LINE.search(line)
                if match and not found.is_set():
                    self.base_url = match.group(1).rstrip("/")
                    found.set()
            found.set()

        threading.Thread(target=read_output, daemon=True).start()
        if not found.wait(self.startup_deadline) or self.base_url is None:
            self.stop()
            raise RuntimeError("gpm did not print its address:\n" + "\n".join(self.output[-20:]))
        self._wait_until_healthy()

    def _wait_until_healthy(self):
        deadline = time.monotonic() + self.startup_deadline
        last_error = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.base_url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError as error:
                last_error = error
            time.sleep(0.05)  # a poll interval, not a wait for readiness
        self.stop()
        raise RuntimeError(f"gpm did not become healthy: {last_error}\n" + "\n".join(self.output[-20:]))

    def one_time_admin(self, deadline=10.0):
        """(email, password) of the admin gpm creates on a first start with no users: it prints the address on
        "… created the admin ADDRESS with the one-time password" and the password on the next line, just after
        the "serving" line, so this waits only for those lines to be read (bounded by `deadline`)."""
        until = time.monotonic() + deadline
        while True:
            lines = list(self.output)
            for index, line in enumerate(lines[:-1]):
                match = ONE_TIME_PASSWORD_LINE.search(line)
                if match:
                    return match.group(1), lines[index + 1].strip()
            if time.monotonic() > until or self.process.poll() is not None:
                raise RuntimeError("gpm printed no one-time admin password:\n" + "\n".join(lines[-20:]))
            time.sleep(0.05)  # a poll interval for the reader thread, not a wait for readiness

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def default_binary(root):
    return os.path.join(root, ".build", "debug", "gpm")
