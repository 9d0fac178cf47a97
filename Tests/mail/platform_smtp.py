"""One controllable SMTP server for the platform scenarios of .ci/suites/mail.sh (aiosmtpd): STARTTLS required,
AUTH (PLAIN, LOGIN) after it, certificate for localhost. Usage: platform_smtp.py CERTDIR OUT USER PASSWORD PORT

What it does at the end of each message's DATA is read from OUT/mode (one word; "ok" when absent):
  ok          accept: write OUT/msg-<n>.eml, answer 250
  451-once    answer 451 (nothing kept), then switch to ok
  550-once    answer 550 (nothing kept), then switch to ok
  stall-once  say so in OUT/stalled-<n> (with the Message-ID), wait 8 s without answering, answer 451, nothing kept,
              then switch to ok (the client times out first)
  stall       the same, every time
  signal-once accept as ok, then write OUT/acked-<n> (the Message-ID) just before answering 250, then switch to ok
Every refused Message-ID is appended to OUT/refused.log. The server listens on PORT (so the suite can stop
it and start it again on the same port) and writes OUT/listening once it does.
"""
import asyncio
import email
import os
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

certs, out, user, password, port = sys.argv[1:6]
lock = threading.Lock()


def mode():
    try:
        with open(os.path.join(out, "mode")) as f:
            return f.read().strip() or "ok"
    except FileNotFoundError:
        return "ok"


def set_mode(value):
    with open(os.path.join(out, "mode.partial"), "w") as f:
        f.write(value)
    os.rename(os.path.join(out, "mode.partial"), os.path.join(out, "mode"))


def next_number():
    with lock:
        n = len([name for name in os.listdir(out) if name.startswith("seq-")]) + 1
        open(os.path.join(out, "seq-%d" % n), "w").close()
        return n


def write(path, data):
    with open(path + ".partial", "wb") as f:
        f.write(data)
    os.rename(path + ".partial", path)


class Handler:
    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or envelope.content
        message_id = email.message_from_bytes(content).get("Message-ID", "")
        now = mode()
        n = next_number()
        if now in ("451-once", "550-once"):
            set_mode("ok")
            with open(os.path.join(out, "refused.log"), "a") as f:
                f.write(message_id + "\n")
            return "451 4.3.0 try again later" if now == "451-once" else "550 5.7.1 refused for good"
        if now in ("stall", "stall-once"):
            if now == "stall-once":
                set_mode("ok")
            write(os.path.join(out, "stalled-%d" % n), message_id.encode())
            with open(os.path.join(out, "refused.log"), "a") as f:
                f.write(message_id + "\n")
            await asyncio.sleep(8)
            return "451 4.4.2 stalled"
        write(os.path.join(out, "msg-%d.eml" % n), content)
        if now == "signal-once":
            set_mode("ok")
            write(os.path.join(out, "acked-%d" % n), message_id.encode())
        return "250 2.0.0 queued as msg-%d" % n


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
    return AuthResult(success=ok, handled=False)


ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain(os.path.join(certs, "localhost.pem"), os.path.join(certs, "localhost.key"))
controller = Controller(Handler(), hostname="127.0.0.1", port=int(port), tls_context=ctx, require_starttls=True,
                        auth_require_tls=True, authenticator=authenticator, enable_SMTPUTF8=True)
controller.start()
open(os.path.join(out, "listening"), "w").close()
print("platform smtp server on", port, flush=True)
try:
    threading.Event().wait()
except KeyboardInterrupt:
    pass
finally:
    controller.stop()
