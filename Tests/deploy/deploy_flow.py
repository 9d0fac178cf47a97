"""Drives the GPM Platform through nginx over HTTPS, as deployed by deploy/ (run by .ci/suites/deploy.sh).

    deploy_flow.py SETTINGS.json
SETTINGS: server_name, public_url, https_port, http_port, app_port, ca (PEM file), access_log (the app's
stdout, JSON lines), office_email, office_password, office_city. Every request goes to nginx on 127.0.0.1,
from the source address 127.0.0.2 (or 127.0.0.3 for the second client), with SNI and Host set to the
server name, and the certificate checked against the suite's CA. Stdlib only.
Prints "deploy-flow: N passed, M failed"; exits 1 on any failure.
"""
import http.client
import json
import re
import select
import socket
import ssl
import sys
import time
import urllib.parse
import uuid
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)  # TLS 1.0/1.1, tried on purpose

settings = json.load(open(sys.argv[1]))
SERVER_NAME = settings["server_name"]
PUBLIC_URL = settings["public_url"]
HTTPS_PORT = int(settings["https_port"])
HTTP_PORT = int(settings["http_port"])
APP_PORT = int(settings["app_port"])
TLS = ssl.create_default_context(cafile=settings["ca"])
CSRF = re.compile(r'name="_csrf" value="([^"]*)"')
VERSION = re.compile(r'name="version" value="([0-9]+)"')
CLIENT_A, CLIENT_B = "127.0.0.2", "127.0.0.3"

passed, failed = 0, 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}" + (f"\n     {detail}" if detail else ""))
    return ok


class Proxied(http.client.HTTPSConnection):
    """HTTPS to nginx on 127.0.0.1 from a chosen loopback address, naming the public server (SNI, Host)."""

    def __init__(self, source, timeout=30):
        super().__init__(SERVER_NAME, HTTPS_PORT, context=TLS, timeout=timeout)
        self.source = source

    def connect(self):
        raw = socket.create_connection(("127.0.0.1", HTTPS_PORT), self.timeout, (self.source, 0))
        self.sock = TLS.wrap_socket(raw, server_hostname=SERVER_NAME)


class Browser:
    """One visitor's cookies and form token over one keep-alive connection."""

    def __init__(self, source):
        self.source = source
        self.conn = None
        self.cookies = {}
        self.set_cookie_lines = []
        self.csrf = None

    def close(self):
        if self.conn:
            self.conn.close()
            self.conn = None

    def request(self, method, path, body=None, headers=None, content_type=None):
        """(status, headers lower-cased, body text)."""
        if self.conn is None:
            self.conn = Proxied(self.source)
        sent = {"Origin": PUBLIC_URL}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in sorted(self.cookies.items()))
        if content_type:
            sent["Content-Type"] = content_type
        sent.update(headers or {})
        try:
            self.conn.request(method, path, body=body, headers=sent)
            response = self.conn.getresponse()
            text = response.read().decode("utf-8", "replace")
        except Exception:
            self.close()
            raise
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                self.set_cookie_lines.append(value)
                key, _, val = value.split(";", 1)[0].partition("=")
                if "max-age=0" in value.lower():
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = val
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        found = CSRF.search(text)
        if found:
            self.csrf = found.group(1)
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text

    def form(self, path, fields, headers=None):
        return self.request("POST", path, urllib.parse.urlencode(fields), headers,
                            "application/x-www-form-urlencoded")

    def sign_in(self, email, password):
        self.request("GET", "/sign-in")
        return self.form("/sign-in", {"_csrf": self.csrf or "", "email": email, "password": password})


def multipart(fields, files):
    boundary = "gpm" + uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, filename, content_type, data in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f"Content-Type: {content_type}\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def log_entries():
    """The app's JSON access-log lines so far (other stdout lines, such as the backup's, are skipped)."""
    entries = []
    with open(settings["access_log"], encoding="utf-8", errors="replace") as log:
        for line in log:
            line = line.strip()
            if line.startswith("{"):
                try:
                    entries.append(json.loads(line))
                except ValueError:
                    pass
    return entries


def logged(predicate, timeout=5.0):
    """The first access-log entry matching `predicate`, waiting for the line to be written."""
    deadline = time.monotonic() + timeout
    while True:
        found = [e for e in log_entries() if predicate(e)]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def target_of(entry):
    return str(entry.get("target", ""))


baseline = len(log_entries())  # the suite's readiness probes came before (from 127.0.0.1 itself)

# --- Plain HTTP is only a redirect to the public HTTPS address. -------------------------------------------
plain = http.client.HTTPConnection("127.0.0.1", HTTP_PORT, timeout=10, source_address=(CLIENT_A, 0))
plain.request("GET", "/cities?page=2", headers={"Host": SERVER_NAME})
response = plain.getresponse()
response.read()
check("http:// answers 301 to the same path on the public HTTPS address",
      response.status == 301 and response.getheader("Location") == PUBLIC_URL + "/cities?page=2",
      f"{response.status} {response.getheader('Location')}")
plain.close()

# --- TLS and the public pages. --------------------------------------------------------------------------
visitor = Browser(CLIENT_A)
status, headers, text = visitor.request("GET", "/")
check("GET / over HTTPS through nginx (certificate checked against the suite's CA)",
      status == 200 and "Global Parliament of Mayors" in text, f"{status}")
version = visitor.conn.sock.version() if visitor.conn else None
check("TLS 1.2 or newer", version in ("TLSv1.2", "TLSv1.3"), f"{version}")
check("HSTS from the app, which knows the request came over HTTPS",
      "max-age=" in headers.get("strict-transport-security", ""), f"{headers.get('strict-transport-security')}")
old = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
old.load_verify_locations(settings["ca"])
old.maximum_version = ssl.TLSVersion.TLSv1_1
try:
    old.minimum_version = ssl.TLSVersion.TLSv1
    with socket.create_connection(("127.0.0.1", HTTPS_PORT), 10) as raw:
        with old.wrap_socket(raw, server_hostname=SERVER_NAME):
            refused_old = False
except (ssl.SSLError, OSError, ValueError):
    refused_old = True
check("TLS 1.1 and older are refused", refused_old)
status, headers, _ = visitor.request("GET", "/css/site.css")
check("static files are proxied to the app (its Cache-Control)",
      status == 200 and "max-age=3600" in headers.get("cache-control", ""), f"{status} {headers.get('cache-control')}")
visitor.close()

# --- /metrics is not reachable through nginx, in any spelling, and never reaches the app. --------------
before = len(log_entries())
for path in ["/metrics", "/metrics?format=text", "//metrics", "/%6detrics", "/./metrics", "/metrics/"]:
    probe = Browser(CLIENT_A)
    status, _, text = probe.request("GET", path)
    check(f"GET {path} through nginx answers 404", status == 404, f"{status}")
    probe.close()
time.sleep(0.3)
reached = [e for e in log_entries()[before:] if "metrics" in target_of(e).lower() or "6detrics" in target_of(e).lower()]
check("no /metrics request reached the app through nginx", not reached, f"{reached[:2]}")
direct = http.client.HTTPConnection("127.0.0.1", APP_PORT, timeout=10)
direct.request("GET", "/metrics")
response = direct.getresponse()
body = response.read().decode("utf-8", "replace")
check("the app answers /metrics on its own port to the loopback (monitoring scrapes it there)",
      response.status == 200 and "# TYPE" in body, f"{response.status} {body[:120]!r}")
direct.close()

# --- A city office signs in from 127.0.0.2: Origin and CSRF pass through the proxy, cookies are Secure. -
office = Browser(CLIENT_A)
status, headers, _ = office.sign_in(settings["office_email"], settings["office_password"])
check("the office signs in through nginx (303)", status == 303, f"{status}")
session_cookies = [line for line in office.set_cookie_lines if "max-age=0" not in line.lower()]
check("session cookies are Secure over HTTPS",
      session_cookies and all("secure" in line.lower() for line in session_cookies), f"{session_cookies}")
status, _, _ = office.request("GET", "/workspace/briefs")
check("the workspace opens with the session", status == 200, f"{status}")

foreign = Browser(CLIENT_A)
foreign.cookies = dict(office.cookies)
foreign.csrf = office.csrf
status, _, _ = foreign.form("/workspace/briefs/new", {"_csrf": office.csrf}, headers={"Origin": "https://evil.example"})
check("a form from a foreign Origin is refused (403) through the proxy", status == 403, f"{status}")
foreign.close()

status, headers, _ = office.form("/workspace/briefs/new", {"_csrf": office.csrf})
found = re.search(r"/workspace/briefs/([0-9]+)/edit", headers.get("location", ""))
check("a form post: the office starts its brief (303 to the editor)", status == 303 and found, f"{status} {headers.get('location')}")
brief_id = int(found.group(1)) if found else 0
status, _, text = office.request("GET", f"/workspace/briefs/{brief_id}/edit")
version = int(VERSION.search(text).group(1)) if status == 200 and VERSION.search(text) else 0
status, headers, _ = office.form(f"/workspace/briefs/{brief_id}/edit", {
    "_csrf": office.csrf, "version": str(version), "title": "Behind nginx", "summary": "Saved through the proxy.",
    "context": "TLS at the edge.", "programme": "A reverse proxy.", "results": "- it works",
    "what_did_not_work": "", "partners": "", "next_steps": ""})
check("a form post: the office saves its brief (303)", status == 303, f"{status}")

# --- An attachment, streamed through nginx. --------------------------------------------------------------
pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n" + b"0" * 300_000 + b"\n%%EOF\n"
body, content_type = multipart([("_csrf", office.csrf)], [("file", "behind-nginx.pdf", "application/pdf", pdf)])
status, headers, _ = office.request("POST", f"/workspace/briefs/{brief_id}/attachments", body, content_type=content_type)
check("the office uploads a 300 kB PDF through nginx (303 back to the brief)",
      status == 303 and "uploaded=1" in headers.get("location", ""), f"{status} {headers.get('location')}")
status, _, text = office.request("GET", f"/workspace/briefs/{brief_id}/edit")
check("the brief lists the uploaded file", "behind-nginx.pdf" in text, f"{status}")
upload_logs = logged(lambda e: e.get("method") == "POST" and target_of(e).endswith(f"/briefs/{brief_id}/attachments"))
check("the app logged the upload with the real client and scheme",
      any(e.get("client") == CLIENT_A and e.get("scheme") == "https" and e.get("status") == 303 for e in upload_logs),
      f"{upload_logs[-1:] if upload_logs else 'no line'}")

# A declared length over the route's limit: nginx refuses it from the head (the app's limit, 61 MiB).
status, _, _ = office.request("POST", f"/workspace/briefs/{brief_id}/attachments", b"", content_type="multipart/form-data; boundary=x",
                              headers={"Content-Length": str(62 << 20)})
check("a declared 62 MiB upload is refused (413) from its head", status == 413, f"{status}")
office.close()


# --- An anonymous upload is refused from its head, while its body is still being sent. -------------------
def anonymous_upload(path, total=48 << 20, chunk=64 << 10):
    """Sends a head declaring `total` bytes, then the body chunk by chunk; returns (status line, bytes sent
    when the answer arrived, seconds)."""
    raw = socket.create_connection(("127.0.0.1", HTTPS_PORT), 30, (CLIENT_A, 0))
    tls = TLS.wrap_socket(raw, server_hostname=SERVER_NAME)
    head = (f"POST {path} HTTP/1.1\r\nHost: {SERVER_NAME}:{HTTPS_PORT}\r\n"
            f"Origin: {PUBLIC_URL}\r\nContent-Type: multipart/form-data; boundary=x\r\n"
            f"Content-Length: {total}\r\n\r\n").encode()
    tls.sendall(head)
    started = time.monotonic()
    sent, answer = 0, b""
    tls.setblocking(False)
    payload = b"y" * chunk
    while sent < total and time.monotonic() - started < 60:
        readable, writable, _ = select.select([tls], [tls], [], 1.0)
        if readable or tls.pending():
            try:
                data = tls.recv(65536)
            except ssl.SSLWantReadError:
                data = None
            except (ssl.SSLError, OSError):
                break
            if data:
                answer += data
                if b"\r\n" in answer:
                    break
            elif data == b"":
                break
        if writable:
            try:
                sent += tls.send(payload[: min(chunk, total - sent)])
            except (ssl.SSLWantWriteError, ssl.SSLWantReadError):
                pass
            except (ssl.SSLError, OSError):
                break
            time.sleep(0.002)  # a client on a real link: the answer has time to overtake the body
    tls.setblocking(True)
    tls.settimeout(5)
    # The rest of the answer: its head, then as many body bytes as it declares.
    while True:
        head, separator, rest = answer.partition(b"\r\n\r\n")
        declared = re.search(rb"(?im)^content-length:\s*([0-9]+)", head)
        if separator and len(rest) >= (int(declared.group(1)) if declared else 0):
            break
        try:
            data = tls.recv(65536)
        except (ssl.SSLError, OSError):
            break
        if not data:
            break
        answer += data
    tls.close()
    return answer.decode("latin-1"), sent, time.monotonic() - started


for path in [f"/workspace/briefs/{brief_id or 1}/attachments", f"/workspace/briefs/{brief_id or 1}/edit"]:
    answer, sent, seconds = anonymous_upload(path)
    status_line = answer.split("\r\n", 1)[0]
    print(f"     anonymous upload to {path}: {status_line!r} after {sent} of {48 << 20} bytes sent, {seconds:.2f} s")
    # The app's refusal (nginx has no rule of its own here): 403 with its text, or 303 to its sign-in page.
    from_app = ("This form" in answer) or re.search(r"(?im)^location: [^\r\n]*/sign-in", answer) is not None
    check(f"an anonymous 48 MiB POST to {path} is refused by the app (303 or 403) while its body is still being sent",
          re.match(r"HTTP/1\.1 (303|403)", status_line) is not None and from_app and sent < (24 << 20),
          f"{status_line!r} after {sent} of {48 << 20} bytes, {seconds:.2f} s")


# --- The sign-in throttle keys on the real client: 127.0.0.2 is throttled, 127.0.0.3 is not. -------------
attacker = Browser(CLIENT_A)
throttled_after = None
for attempt in range(1, 41):
    status, _, _ = attacker.sign_in(settings["office_email"], f"wrong password {attempt}")
    if status == 429:
        throttled_after = attempt
        break
attacker.close()
check("guessing the office's password from 127.0.0.2 is throttled (429)", throttled_after is not None,
      "no 429 in 40 attempts")
user = Browser(CLIENT_B)
status, _, _ = user.sign_in(settings["office_email"], settings["office_password"])
check("the office signs in from 127.0.0.3 meanwhile (the guesser cannot lock it out)", status == 303, f"{status}")
user.close()
bystander = Browser(CLIENT_B)
status, _, _ = bystander.sign_in("someone.else@gpm.test", "a wrong password")
bystander.close()
check("a wrong password from 127.0.0.3 is not throttled", status != 429, f"{status}")

# --- What the app saw: the JSON access log. --------------------------------------------------------------
spoof = Browser(CLIENT_A)
status, _, _ = spoof.request("GET", "/healthz?spoof=1", headers={
    "X-Forwarded-For": "203.0.113.7", "Forwarded": "for=203.0.113.8;proto=http", "X-Forwarded-Proto": "http"})
spoof.close()
entries = log_entries()
check("the access log is JSON lines with the documented fields", entries and all(
    {"time", "client", "peer", "scheme", "method", "target", "route", "status", "bytes", "duration_ms"} <= set(e)
    for e in entries), f"{entries[:1]}")
sign_ins = [e for e in entries if e.get("method") == "POST" and target_of(e).startswith("/sign-in")]
check("sign-ins from 127.0.0.2 are logged with client 127.0.0.2, peer 127.0.0.1 (nginx), scheme https",
      any(e.get("client") == CLIENT_A and e.get("peer") == "127.0.0.1" and e.get("scheme") == "https" for e in sign_ins),
      f"{sign_ins[:2]}")
check("sign-ins from 127.0.0.3 are logged with client 127.0.0.3",
      any(e.get("client") == CLIENT_B and e.get("scheme") == "https" for e in sign_ins), f"{sign_ins[-2:]}")
check("no request through nginx is logged as nginx's own address or as plain http", all(
    e.get("client") in (CLIENT_A, CLIENT_B) and e.get("scheme") == "https"
    for e in entries[baseline:] if e.get("peer") == "127.0.0.1" and "metrics" not in target_of(e)),
      f"{[e for e in entries[baseline:] if e.get('client') not in (CLIENT_A, CLIENT_B)][:2]}")
spoofed = logged(lambda e: "spoof=1" in target_of(e))
check("forwarding headers a client sends itself are not believed (client 127.0.0.2, scheme https)",
      spoofed and spoofed[-1].get("client") == CLIENT_A and spoofed[-1].get("scheme") == "https", f"{spoofed}")
check("no password or token in the access log",
      not any("password" in json.dumps(e).lower() or "_csrf" in json.dumps(e) for e in entries))

print(f"deploy-flow: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
