"""Real SMTP servers for .ci/suites/mail.sh (aiosmtpd), all in one process:

- starttls:  STARTTLS offered and required before AUTH (PLAIN, LOGIN), certificate for localhost
- tls:       TLS from the first byte (smtps), AUTH, certificate for localhost
- wronghost: STARTTLS with a certificate for wrong.example (signed by the same CA)
- plain:     no TLS at all, AUTH offered in clear (a client must refuse to use it)
- login:     like starttls, but AUTH LOGIN only

Every accepted message is written to OUT/<server>-<n>.eml; RCPT TO reject@… answers 550. The ports are
written as JSON to OUT/ports.json once all servers listen. Usage: smtp_servers.py CERTDIR OUT USER PASSWORD
"""
import asyncio
import json
import os
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

certs, out, user, password = sys.argv[1:5]
counter = {"n": 0}
lock = threading.Lock()


class Handler:
    def __init__(self, name):
        self.name = name

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("reject@"):
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with lock:
            counter["n"] += 1
            path = os.path.join(out, "%s-%d.eml" % (self.name, counter["n"]))
        with open(path + ".partial", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(path + ".partial", path)
        meta = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                "mail_options": envelope.mail_options, "tls": session.ssl is not None,
                "authenticated": bool(session.authenticated)}
        with open(path + ".json", "w") as f:
            json.dump(meta, f)
        return "250 2.0.0 queued as %s-%d" % (self.name, counter["n"])


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
    return AuthResult(success=ok, handled=False)  # handled=True would leave the client without a reply


def context(name):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(os.path.join(certs, name + ".pem"), os.path.join(certs, name + ".key"))
    return ctx


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


common = dict(hostname="127.0.0.1", authenticator=authenticator, enable_SMTPUTF8=True)
servers = {
    "starttls": Controller(Handler("starttls"), port=free_port(), tls_context=context("localhost"), require_starttls=True,
                           auth_require_tls=True, **common),
    "tls": Controller(Handler("tls"), port=free_port(), ssl_context=context("localhost"),
                      # aiosmtpd only counts STARTTLS as TLS; this server is TLS from the first byte.
                      auth_require_tls=False, **common),
    "wronghost": Controller(Handler("wronghost"), port=free_port(), tls_context=context("wronghost"), require_starttls=True,
                            auth_require_tls=True, **common),
    "login": Controller(Handler("login"), port=free_port(), tls_context=context("localhost"), require_starttls=True,
                        auth_require_tls=True, auth_exclude_mechanism=["PLAIN"], **common),
    "plain": Controller(Handler("plain"), port=free_port(), auth_require_tls=False, **common),
}
ports = {}
for name, controller in servers.items():
    controller.start()
    ports[name] = controller.port
with open(os.path.join(out, "ports.json.partial"), "w") as f:
    json.dump(ports, f)
os.rename(os.path.join(out, "ports.json.partial"), os.path.join(out, "ports.json"))
print("smtp servers:", ports, flush=True)
try:
    threading.Event().wait()
except KeyboardInterrupt:
    pass
finally:
    for controller in servers.values():
        controller.stop()
