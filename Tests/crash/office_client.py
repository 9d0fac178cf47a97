"""A city office's browser, reduced to what the load scripts need (stdlib only).

Signs in through the real form, keeps the session cookie, sends the CSRF token as X-CSRF-Token, and
drives the Mayor Brief pages: create the year's draft, save it (optimistic version), submit it.
Used by Tests/crash/crash_safety.py and Benchmarks/submissions.py.
"""
import http.client
import re
import time
import urllib.parse

CSRF = re.compile(r'name="_csrf" value="([^"]*)"')
VERSION = re.compile(r'name="version" value="([0-9]+)"')


class Office:
    def __init__(self, port, email, password, host="127.0.0.1", timeout=60):
        self.host, self.port, self.email, self.password = host, port, email, password
        self.timeout = timeout
        self.conn = None
        self.cookies = {}
        self.csrf = None
        self.origin = f"http://{host}:{port}"

    def close(self):
        if self.conn:
            self.conn.close()
            self.conn = None

    def request(self, method, path, form=None):
        """Returns (status, headers dict lower-cased, body text, seconds). Raises on a broken connection."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        headers = {"Origin": self.origin}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in sorted(self.cookies.items()))
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            if self.csrf:
                headers["X-CSRF-Token"] = self.csrf
        start = time.monotonic()
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            text = response.read().decode("utf-8", "replace")
        except Exception:
            self.close()
            raise
        elapsed = time.monotonic() - start
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                if "Max-Age=0" in value:
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = val
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        found = CSRF.search(text)
        if found:
            self.csrf = found.group(1)
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text, elapsed

    def sign_in(self):
        self.request("GET", "/sign-in")
        status, headers, text, elapsed = self.request("POST", "/sign-in", {"email": self.email, "password": self.password})
        if status != 303:
            raise RuntimeError(f"sign-in of {self.email} answered {status}")
        status, _, _, _ = self.request("GET", "/workspace/briefs")  # the session's form token
        if status != 200:
            raise RuntimeError(f"/workspace/briefs answered {status} for {self.email}")
        return elapsed

    def confirm_commitments(self):
        """Confirm every commitment unchanged for the open cycle: an office must before it submits."""
        self.request("GET", "/workspace/commitments")  # the page's form token
        status, _, _, elapsed = self.request("POST", "/workspace/commitments/confirm-all", {})
        if status != 303:
            raise RuntimeError(f"confirming the commitments of {self.email} answered {status}")
        return elapsed

    def create_brief(self):
        """The new draft's (id, version, status, seconds)."""
        status, headers, _, elapsed = self.request("POST", "/workspace/briefs/new", {})
        if status != 303:
            return None, None, status, elapsed
        brief_id = int(re.search(r"/workspace/briefs/([0-9]+)/edit", headers["location"]).group(1))
        _, _, text, _ = self.request("GET", f"/workspace/briefs/{brief_id}/edit")
        return brief_id, int(VERSION.search(text).group(1)), status, elapsed

    def save(self, brief_id, version, title, results="- 12 new bus lines\n- 30% fewer cars"):
        form = {
            "version": str(version), "title": title, "summary": f"{title}: what the city did and what came of it.",
            "context": "Congestion and pollution.", "programme": "Bus lanes, cycle paths.", "results": results,
            "what_did_not_work": "", "partners": "", "next_steps": "",
        }
        status, _, text, elapsed = self.request("POST", f"/workspace/briefs/{brief_id}/edit", form)
        return status, text, elapsed

    def submit(self, brief_id, version):
        status, _, text, elapsed = self.request("POST", f"/workspace/briefs/{brief_id}/submit", {"version": str(version)})
        return status, text, elapsed
