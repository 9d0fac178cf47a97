#!/usr/bin/env bash
# Real SMTP servers (Python's aiosmtpd, Tests/mail/smtp_servers.py) against `gpm mail-test`: STARTTLS + AUTH
# delivery parsed back with Python's email package, smtps delivery, a certificate for the wrong host and
# one from an unknown CA refused with nothing sent, no STARTTLS → no credentials, a wrong password and a
# 550 reported as permanent failures, and the password never in what gpm prints.
# Then the platform's outbox: gpm serve --smtp-url against a controllable aiosmtpd (Tests/mail/platform_mail.py),
# and a simulated reporting year of deadline reminders and digests (Tests/mail/reminder_year.py).
# Certificates are made with openssl at start. Prints "mail: N passed, M failed" and fails on any failure.
# The platform scenarios move the clock with GPM_CLOCK_FILE (retries, a simulated reporting year); the SMTP
# timeouts are real time.
set -uo pipefail
cd "$(dirname "$0")/../.."

# aiosmtpd: from PyPI into the default python3, else Debian's python3-aiosmtpd for the system python.
python=python3
if ! "$python" -c 'import aiosmtpd' 2>/dev/null; then
  "$python" -m pip install -q aiosmtpd >/dev/null 2>&1 || true
  if ! "$python" -c 'import aiosmtpd' 2>/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq python3-aiosmtpd >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq python3-aiosmtpd >/dev/null; }
    python=/usr/bin/python3
  fi
fi
command -v openssl >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq openssl >/dev/null; }

swift build --product gpm >/dev/null || { echo "mail: 0 passed, 1 failed"; exit 1; }
bin="$(swift build --show-bin-path)/gpm"
work="$(mktemp -d)"
certs="$work/certs"; out="$work/out"; mkdir -p "$certs" "$out"
user="gpm-mailer"
password='Corr3ct horse: battery/staple+42'
printf '%s\n' "$password" >"$work/password"
chmod 600 "$work/password"

# A CA, a certificate for localhost and one for wrong.example, both signed by it.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=GPM CI mail CA" \
  -keyout "$certs/ca.key" -out "$certs/ca.pem" >/dev/null 2>&1
for leaf in localhost:localhost wronghost:wrong.example; do
  name=${leaf%%:*}; host=${leaf#*:}
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$host" -keyout "$certs/$name.key" -out "$certs/$name.csr" >/dev/null 2>&1
  printf 'subjectAltName=DNS:%s\nextendedKeyUsage=serverAuth\n' "$host" >"$certs/$name.ext"
  openssl x509 -req -in "$certs/$name.csr" -CA "$certs/ca.pem" -CAkey "$certs/ca.key" -CAcreateserial -days 2 \
    -extfile "$certs/$name.ext" -out "$certs/$name.pem" >/dev/null 2>&1
done
[ -s "$certs/localhost.pem" ] && [ -s "$certs/wronghost.pem" ] || { echo "openssl could not make the certificates"; echo "mail: 0 passed, 1 failed"; exit 1; }

"$python" Tests/mail/smtp_servers.py "$certs" "$out" "$user" "$password" >"$work/servers.log" 2>&1 &
servers=$!
trap 'kill $servers 2>/dev/null; wait $servers 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 200); do
  [ -s "$out/ports.json" ] && break
  kill -0 $servers 2>/dev/null || break
  sleep 0.1
done
[ -s "$out/ports.json" ] || { cat "$work/servers.log"; echo "mail: 0 passed, 1 failed"; exit 1; }
port() { "$python" -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$out/ports.json" "$1"; }
starttls=$(port starttls); tls=$(port tls); wronghost=$(port wronghost); plain=$(port plain); login=$(port login)
from='Secrétariat du GPM — Den Haag <noreply@gpm.example>'
to='Zoë Ñandú-Østergård <zoe@example.org>'

passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >"$work/check.out" 2>&1; then passed=$((passed+1)); echo "ok   $name"
  else failed=$((failed+1)); echo "FAIL $name"; sed 's/^/     /' "$work/check.out" | head -40; fi
}
# mail-test NAME URL [extra flags...]: runs gpm, keeps stdout+stderr in $work/NAME.log and its status in $work/NAME.status.
mailtest() {
  local name=$1 url=$2; shift 2
  "$bin" mail-test --smtp-url "$url" --mail-from "$from" "$@" >"$work/$name.log" 2>&1
  echo $? >"$work/$name.status"
}
count() { ls "$out" | grep -c "^$1-.*\.eml$"; }
no_secret() { # the password, and the AUTH PLAIN token and LOGIN payloads that carry it, never printed
  "$python" - "$1" "$user" "$password" <<'PY'
import base64, sys
text = open(sys.argv[1], encoding="utf-8").read()
user, password = sys.argv[2], sys.argv[3]
secrets = [password, base64.b64encode(password.encode()).decode(),
           base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode(),
           base64.b64encode(user.encode()).decode()]
for s in secrets:
    assert s not in text, "a secret is printed: %r" % s
PY
}

# 1. STARTTLS + AUTH, password from a file.
mailtest starttls "smtp://$user@localhost:$starttls" --to "$to" --smtp-password-file "$work/password" --smtp-ca-file "$certs/ca.pem"
check "STARTTLS + AUTH: delivered, exit 0" bash -c "[ \$(cat $work/starttls.status) = 0 ] && [ $(count starttls) = 1 ] || cat $work/starttls.log"
check "STARTTLS + AUTH: transcript shows STARTTLS before AUTH, credentials hidden" bash -c "
  grep -n '' $work/starttls.log | grep -m1 'C: STARTTLS' >/dev/null &&
  grep -q 'C: AUTH PLAIN \*\*\*' $work/starttls.log &&
  [ \$(grep -n 'C: STARTTLS' $work/starttls.log | cut -d: -f1) -lt \$(grep -n 'C: AUTH' $work/starttls.log | cut -d: -f1) ] &&
  grep -q 'S: 250 2.0.0 queued as' $work/starttls.log || { cat $work/starttls.log; false; }"
check "STARTTLS + AUTH: the password is never printed" no_secret "$work/starttls.log"
check "STARTTLS + AUTH: the message parsed by Python's email package" "$python" - "$out" <<'PY'
import email, email.policy, glob, json, sys, re
from email.utils import parsedate_to_datetime
path = glob.glob(sys.argv[1] + "/starttls-*.eml")[0]
raw = open(path, "rb").read()
meta = json.load(open(path + ".json"))
assert meta["tls"] and meta["authenticated"], meta
assert meta["mail_from"] == "noreply@gpm.example" and meta["rcpt_tos"] == ["zoe@example.org"], meta
assert all(len(line) <= 998 for line in raw.split(b"\r\n")), "a line over 998"
assert b"\n" not in raw.replace(b"\r\n", b""), "a bare LF"
assert all(b < 128 for b in raw), "8-bit bytes in a message that needs none"
m = email.message_from_bytes(raw, policy=email.policy.default)
assert str(m["Subject"]) == "GPM Platform: test message — Grüße aus Den Haag", m["Subject"]
assert m["From"].addresses[0].display_name == "Secrétariat du GPM — Den Haag", m["From"]
assert m["From"].addresses[0].addr_spec == "noreply@gpm.example"
assert m["To"].addresses[0].display_name == "Zoë Ñandú-Østergård", m["To"]
assert m["To"].addresses[0].addr_spec == "zoe@example.org"
assert re.fullmatch(r"<mail-test\.[0-9a-f-]+@gpm\.example>", m["Message-ID"]), m["Message-ID"]
assert parsedate_to_datetime(m["Date"]).tzinfo is not None
assert m["MIME-Version"] == "1.0" and m.get_content_type() == "multipart/alternative", m.get_content_type()
parts = list(m.iter_parts())
assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"], [p.get_content_type() for p in parts]
text, html = parts[0].get_content(), parts[1].get_content()
assert "If you can read this, outgoing mail works. — Merci, ¡gracias!" in text, text
assert "<strong>test message</strong>" in html and "¡gracias!" in html, html
assert all(p.get_content_charset() == "utf-8" for p in parts)
assert m["Auto-Submitted"] == "auto-generated"
PY

# 2. smtps (TLS from the start), password from the environment, the CA file from the environment.
GPM_SMTP_PASSWORD="$password" GPM_SMTP_CA_FILE="$certs/ca.pem" mailtest tls "smtps://$user@localhost:$tls" --to zoe@example.org
check "smtps: delivered with TLS from the first byte" bash -c "
  [ \$(cat $work/tls.status) = 0 ] && [ $(count tls) = 1 ] && grep -q 'TLS established' $work/tls.log &&
  ! grep -q 'C: STARTTLS' $work/tls.log && grep -q 'C: AUTH PLAIN \*\*\*' $work/tls.log || { cat $work/tls.log; false; }"
check "smtps: the password is never printed" no_secret "$work/tls.log"

# 2b. A server that only speaks AUTH LOGIN: both base64 payloads hidden.
mailtest login "smtp://$user@localhost:$login" --to zoe@example.org --smtp-password-file "$work/password" --smtp-ca-file "$certs/ca.pem"
check "AUTH LOGIN: delivered, user name and password hidden" bash -c "
  [ \$(cat $work/login.status) = 0 ] && [ $(count login) = 1 ] && grep -q '^C: AUTH LOGIN$' $work/login.log &&
  [ \$(grep -c '^C: \*\*\*$' $work/login.log) = 2 ] || { cat $work/login.log; false; }"
check "AUTH LOGIN: the password is never printed" no_secret "$work/login.log"

# 3. A certificate for wrong.example where localhost was asked for: refused before AUTH, nothing sent.
mailtest wronghost "smtp://$user@localhost:$wronghost" --to zoe@example.org --smtp-password-file "$work/password" --smtp-ca-file "$certs/ca.pem"
check "wrong host: refused, exit non-zero, nothing sent" bash -c "
  [ \$(cat $work/wronghost.status) != 0 ] && [ $(count wronghost) = 0 ] &&
  grep -qi 'certificate' $work/wronghost.log && grep -qi 'hostname mismatch' $work/wronghost.log &&
  ! grep -q 'C: AUTH' $work/wronghost.log && ! grep -q 'C: MAIL FROM' $work/wronghost.log || { cat $work/wronghost.log; false; }"

# 4. The right host, but a CA the system does not trust (no --smtp-ca-file): refused too.
mailtest unknownca "smtp://$user@localhost:$starttls" --to zoe@example.org --smtp-password-file "$work/password"
check "unknown CA: refused, nothing sent" bash -c "
  [ \$(cat $work/unknownca.status) != 0 ] && [ $(count starttls) = 1 ] && grep -qi 'certificate' $work/unknownca.log &&
  ! grep -q 'C: AUTH' $work/unknownca.log || { cat $work/unknownca.log; false; }"

# 5. A user in the URL and a server without STARTTLS: the credentials are not sent in clear.
mailtest plain "smtp://$user@localhost:$plain" --to zoe@example.org --smtp-password-file "$work/password"
check "no STARTTLS offered: credentials not sent in clear, nothing sent" bash -c "
  [ \$(cat $work/plain.status) != 0 ] && [ $(count plain) = 0 ] && grep -q 'does not offer STARTTLS' $work/plain.log &&
  ! grep -q 'C: AUTH' $work/plain.log && ! grep -q 'C: MAIL' $work/plain.log || { cat $work/plain.log; false; }"

# 6. A relay without credentials: plain SMTP works (no user, no password).
mailtest relay "smtp://localhost:$plain" --to zoe@example.org
check "plain relay without credentials: delivered" bash -c "[ \$(cat $work/relay.status) = 0 ] && [ $(count plain) = 1 ] || { cat $work/relay.log; false; }"

# 7. A 5xx from the server: reported with its code, as permanent, exit non-zero.
mailtest reject "smtp://$user@localhost:$starttls" --to reject@example.org --smtp-password-file "$work/password" --smtp-ca-file "$certs/ca.pem"
check "550 for a recipient: reported as a permanent failure" bash -c "
  [ \$(cat $work/reject.status) != 0 ] && grep -q '550' $work/reject.log && grep -q 'permanent' $work/reject.log &&
  [ $(count starttls) = 1 ] || { cat $work/reject.log; false; }"

# 8. A wrong password: 535, permanent, and still not printed.
printf 'not the password\n' >"$work/wrong-password"
mailtest badauth "smtp://$user@localhost:$starttls" --to zoe@example.org --smtp-password-file "$work/wrong-password" --smtp-ca-file "$certs/ca.pem"
check "wrong password: 535 reported, nothing sent, not printed" bash -c "
  [ \$(cat $work/badauth.status) != 0 ] && grep -q '535' $work/badauth.log && ! grep -q 'not the password' $work/badauth.log &&
  [ $(count starttls) = 1 ] || { cat $work/badauth.log; false; }"

# 9. A password in the URL is refused (it would show in process lists), and never echoed.
mailtest urlpassword "smtp://$user:hunter2-in-url@localhost:$starttls" --to zoe@example.org
check "password in the URL: refused" bash -c "[ \$(cat $work/urlpassword.status) = 2 ] && grep -q 'must not hold the password' $work/urlpassword.log && ! grep -q hunter2 $work/urlpassword.log || { cat $work/urlpassword.log; false; }"

# 10. serve takes the same flags and refuses to start on settings that cannot work.
check "serve refuses an unusable SMTP URL at start" bash -c "
  \"$bin\" serve --port 0 --database $work/serve.sqlite --smtp-url http://mail.example.org >$work/serve.log 2>&1; [ \$? = 2 ] &&
  grep -q 'smtp:// or smtps://' $work/serve.log && [ ! -e $work/serve.sqlite ] || { cat $work/serve.log; false; }"

# What gpm printed for a delivery and for the refused certificate, for whoever reads the CI log.
echo "---- gpm mail-test, STARTTLS + AUTH:"; sed 's/^/     /' "$work/starttls.log"
echo "---- gpm mail-test, certificate for the wrong host:"; sed 's/^/     /' "$work/wronghost.log"

# 11. The platform's outbox against a real server (Tests/mail/platform_mail.py): events → mail, links, down/up,
#     451 then 250, 550, a stall before the reply to '.', SIGKILL before delivery and right after the 250.
timeout 240 "$python" Tests/mail/platform_mail.py "$bin" "$python" "$certs" "$work" "$user" "$work/password" | tee "$work/platform.log"
platform_status=${PIPESTATUS[0]}
platform_passed=$(grep -c '^ok   ' "$work/platform.log"); platform_failed=$(grep -c '^FAIL ' "$work/platform.log")
passed=$((passed + platform_passed)); failed=$((failed + platform_failed))
if [ "$platform_status" -ne 0 ] && [ "$platform_failed" -eq 0 ]; then
  failed=$((failed + 1)); echo "FAIL platform scenarios ended with status $platform_status"
fi

# 12. A year of deadline reminders (Tests/mail/reminder_year.py): the clock moved through the 2026 cycle with
#     GPM_CLOCK_FILE, a moved deadline and a day of downtime; the right offices get the right reminders once, with
#     List-Unsubscribe headers, and the one-click POST works.
timeout 300 "$python" Tests/mail/reminder_year.py "$bin" "$python" "$certs" "$work" "$user" "$work/password" | tee "$work/year.log"
year_status=${PIPESTATUS[0]}
year_passed=$(grep -c '^ok   ' "$work/year.log"); year_failed=$(grep -c '^FAIL ' "$work/year.log")
passed=$((passed + year_passed)); failed=$((failed + year_failed))
if [ "$year_status" -ne 0 ] && [ "$year_failed" -eq 0 ]; then
  failed=$((failed + 1)); echo "FAIL reminder year ended with status $year_status"
fi

echo "mail: $passed passed, $failed failed ($SECONDS s)"
[ "$failed" -eq 0 ]
