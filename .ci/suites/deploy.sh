#!/usr/bin/env bash
# The deployment in deploy/, tested: the nginx site and the systemd unit, used unchanged except for their
# documented variables, filled in with envsubst and the exact variable list each file states at its top.
# 1. systemd-analyze verify (the release installed where the unit says, under a temporary prefix) and
#    systemd-analyze security --offline=true: exposure 2.0 or better;
# 2. a CA and a certificate for gpm.test made with openssl; nginx (Debian's 1.22) in the foreground with
#    its own prefix, pid and logs in a temporary folder, on free ports; `gpm serve` started with the
#    unit's ExecStart (systemd's %S pointed at a temporary state folder), under strace;
# 3. Tests/deploy/deploy_flow.py drives the platform through nginx over HTTPS from 127.0.0.2 and 127.0.0.3
#    and reads the app's JSON access log;
# 4. the strace of the whole run: no system call the unit's SystemCallFilter refuses, and no writable and
#    executable memory (MemoryDenyWriteExecute=yes).
# Prints "deploy: N passed, M failed" and fails on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

need=()
command -v nginx >/dev/null || need+=(nginx)
command -v openssl >/dev/null || need+=(openssl)
command -v envsubst >/dev/null || need+=(gettext-base)
command -v systemd-analyze >/dev/null || need+=(systemd)
command -v strace >/dev/null || need+=(strace)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; }
fi

swift build --product gpm >/dev/null || { echo "deploy: 0 passed, 1 failed (build)"; exit 1; }
built="$(swift build --show-bin-path)/gpm"
work="$(mktemp -d)"
chmod 755 "$work"   # nginx's workers (not root) reach their temp folders below it
gpm_pid=""; nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && { kill "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null; }
  if [ -n "$gpm_pid" ]; then  # strace's child is gpm: end it, then strace
    for child in $(pgrep -P "$gpm_pid"); do kill "$child" 2>/dev/null; done
    kill "$gpm_pid" 2>/dev/null; wait "$gpm_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >"$work/check.out" 2>&1; then passed=$((passed+1)); echo "ok   $name"; sed -n 's/^info: /     /p' "$work/check.out"
  else failed=$((failed+1)); echo "FAIL $name"; sed 's/^/     /' "$work/check.out" | head -30; fi
}
finish() { echo "deploy: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }
die() { failed=$((failed+1)); echo "FAIL $*"; for f in "$work"/gpm.log "$work"/nginx/error.log; do [ -f "$f" ] && tail -20 "$f"; done; finish; }

# The variables, as an operator would set them (ports: free ones; paths: the temporary folder).
read -r https_port http_port app_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(3)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])')
export GPM_SERVER_NAME=gpm.test
export GPM_HTTPS_PORT=$https_port GPM_HTTP_PORT=$http_port GPM_APP_PORT=$app_port
export GPM_PUBLIC_URL="https://gpm.test:$https_port"
export GPM_TLS_CERTIFICATE="$work/tls/gpm.test.crt" GPM_TLS_CERTIFICATE_KEY="$work/tls/gpm.test.key"
export GPM_PREFIX="$work/prefix"
state="$work/state"   # stands for systemd's %S (/var/lib)

# Each file names its own envsubst list at its top; that line is the mechanism, so it is what runs here.
variables_of() { sed -n "s/^#[[:space:]]*envsubst '\([^']*\)'.*/\1/p" "$1" | head -1; }
nginx_vars=$(variables_of deploy/nginx/gpm.conf)
unit_vars=$(variables_of deploy/systemd/gpm.service)
[ -n "$nginx_vars" ] && [ -n "$unit_vars" ] || die "each deploy/ file states its envsubst variable list"
mkdir -p "$work/nginx/logs" "$work/systemd" "$work/tls" "$state/gpm"
envsubst "$nginx_vars" <deploy/nginx/gpm.conf >"$work/nginx/gpm.conf"
envsubst "$unit_vars" <deploy/systemd/gpm.service >"$work/systemd/gpm.service"
check "no variable is left unfilled" bash -c "! grep -n '\${GPM_' '$work/nginx/gpm.conf' '$work/systemd/gpm.service' | grep -v '^[^:]*:[0-9]*:#'"

# The release, installed where the unit says: the binary and the resources (README's install steps).
install -D -m 0755 "$built" "$GPM_PREFIX/bin/gpm"
mkdir -p "$GPM_PREFIX/share/gpm"
cp -R Templates Public Migrations Seeds Locales README.md "$GPM_PREFIX/share/gpm/"

# 1. systemd: the unit is valid and hardened (never started: CI has no systemd as PID 1).
check "systemd-analyze verify is clean" bash -c "out=\$(systemd-analyze verify '$work/systemd/gpm.service' 2>&1); rc=\$?; echo \"\$out\"; [ \$rc -eq 0 ] && [ -z \"\$out\" ]"
systemd-analyze security --offline=true "$work/systemd/gpm.service" >"$work/security.txt" 2>&1
score=$(sed -n 's/.*Overall exposure level for gpm.service: \([0-9.]*\).*/\1/p' "$work/security.txt")
echo "     systemd-analyze security --offline=true: exposure ${score:-?}"
check "systemd-analyze security rates the unit 2.0 or better (${score:-none})" \
  python3 -c "import sys; sys.exit(0 if '$score' and float('$score') <= 2.0 else 1)"

# 2a. A CA and the server's certificate (SAN gpm.test), two days.
(
  cd "$work/tls" &&
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=GPM CI CA" \
    -keyout ca.key -out ca.crt -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" &&
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=gpm.test" -keyout gpm.test.key -out gpm.test.csr &&
  printf 'subjectAltName=DNS:gpm.test\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' >leaf.ext &&
  openssl x509 -req -in gpm.test.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile leaf.ext -out gpm.test.crt
) >"$work/tls/openssl.log" 2>&1 || { cat "$work/tls/openssl.log"; die "openssl made the certificate"; }

# 2b. nginx: a minimal main configuration of our own around the site, which Debian's nginx.conf would
#     include from sites-enabled inside http { }.
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log info;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/client_body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/gpm.conf;
}
EOF
check "nginx -t accepts the site" nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf"

# 2c. gpm with the unit's ExecStart: its words as systemd splits them, %S to the temporary state root.
mapfile -t argv < <(python3 - "$work/systemd/gpm.service" "$state" <<'PY'
import shlex, sys
unit, state = sys.argv[1], sys.argv[2]
lines = [l.strip() for l in open(unit) if l.strip().startswith("ExecStart=")]
assert len(lines) == 1, lines
for word in shlex.split(lines[0][len("ExecStart="):]):
    print(word.replace("%S", state).replace("%%", "%"))
PY
)
[ "${argv[0]:-}" = "$GPM_PREFIX/bin/gpm" ] || die "ExecStart runs \$GPM_PREFIX/bin/gpm (it runs '${argv[0]:-}')"
echo "     ExecStart: ${argv[*]}"
args=("${argv[@]:1}")
database=$(python3 -c 'import sys; a = sys.argv[1:]; print(a[a.index("--database") + 1])' "${args[@]}")
root=$(python3 -c 'import sys; a = sys.argv[1:]; print(a[a.index("--root") + 1])' "${args[@]}")
password="deploy suite password 1"
"$GPM_PREFIX/bin/gpm" seed --database "$database" --root "$root" >"$work/seed.log" 2>&1 || { cat "$work/seed.log"; die "gpm seed"; }
city=$(python3 -c '
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
year = db.execute("SELECT MAX(year) FROM reporting_cycles").fetchone()[0]
print(db.execute("SELECT slug FROM cities WHERE id NOT IN (SELECT city_id FROM mayor_briefs WHERE year = ?) ORDER BY slug LIMIT 1", (year,)).fetchone()[0])' "$database")
office_email="office@$city.deploy.test"
printf '%s\n' "$password" | "$GPM_PREFIX/bin/gpm" create-user --database "$database" --root "$root" --role city_office \
  --city "$city" --email "$office_email" --name "Office of $city" --password-stdin >/dev/null || die "gpm create-user"

strace -f -qq -o "$work/strace.txt" "${argv[@]}" >"$work/gpm.log" 2>&1 &
gpm_pid=$!
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' >"$work/nginx/stdout.log" 2>&1 &
nginx_pid=$!

ready=""
for _ in $(seq 1 600); do
  if curl -sf -o /dev/null "http://127.0.0.1:$app_port/healthz" 2>/dev/null &&
     curl -sf -o /dev/null --cacert "$work/tls/ca.crt" --resolve "gpm.test:$https_port:127.0.0.1" "https://gpm.test:$https_port/healthz" 2>/dev/null; then
    ready=1; break
  fi
  kill -0 "$gpm_pid" 2>/dev/null || die "gpm serve exited"
  kill -0 "$nginx_pid" 2>/dev/null || die "nginx exited"
  sleep 0.1
done
[ -n "$ready" ] || die "gpm and nginx answer within 60 s"

# 3. The flow through nginx.
cat >"$work/settings.json" <<EOF
{"server_name": "gpm.test", "public_url": "$GPM_PUBLIC_URL", "https_port": $https_port, "http_port": $http_port,
 "app_port": $app_port, "ca": "$work/tls/ca.crt", "access_log": "$work/gpm.log",
 "office_email": "$office_email", "office_password": "$password", "office_city": "$city"}
EOF
if timeout 300 python3 Tests/deploy/deploy_flow.py "$work/settings.json" >"$work/flow.txt" 2>&1; then flow_ok=1; else flow_ok=0; fi
cat "$work/flow.txt"
flow_passed=$(sed -n 's/^deploy-flow: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$work/flow.txt")
flow_failed=$(sed -n 's/^deploy-flow: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$work/flow.txt")
passed=$((passed + ${flow_passed:-0})); failed=$((failed + ${flow_failed:-0}))
[ "$flow_ok" = 1 ] || [ "${flow_failed:-0}" -gt 0 ] || { failed=$((failed+1)); echo "FAIL the flow ran to its end"; tail -20 "$work/flow.txt"; }
# The one error expected: the declared 62 MiB upload nginx refused itself.
check "nginx logged no error but the refused 62 MiB body (no upstream failure, no 502)" bash -c \
  "! grep -aE '\\[(error|crit|alert|emerg)\\]' '$work/nginx/error.log' | grep -av 'client intended to send too large body'"
check "the scheduled backup ran into the state folder (--backup-dir)" bash -c \
  "ls '$state/gpm/backups'/gpm-*.sqlite >/dev/null 2>&1 || { cat '$work/gpm.log' | grep -i backup; false; }"

# 4. What the hardening would refuse, from the strace of gpm's whole run (stopped first: SIGTERM).
# SIGTERM goes to gpm itself (strace's child), as systemd's KillSignal would; strace ends with it.
served=$(pgrep -P "$gpm_pid" | head -1)
[ -n "$served" ] && kill -TERM "$served" 2>/dev/null
wait "$gpm_pid" 2>/dev/null; gpm_pid=""
check "gpm stopped on SIGTERM" bash -c "! kill -0 ${served:-0} 2>/dev/null"
check "MemoryDenyWriteExecute: no writable+executable mapping, no mprotect to executable" bash -c \
  "! grep -E 'PROT_(READ\\|)?WRITE\\|PROT_EXEC|PROT_EXEC\\|PROT_WRITE|(mprotect|pkey_mprotect)\\([^)]*PROT_EXEC|shmat\\(.*SHM_EXEC' '$work/strace.txt' | head -5 | grep ."
check "nginx keeps its connections to the app alive (fewer accepted connections than proxied requests)" \
  python3 - "$work/strace.txt" "$work/gpm.log" <<'PY'
import json, re, sys
accepted = sum(1 for line in open(sys.argv[1]) if re.search(r"accept4?(\(| resumed>).* = [0-9]+", line))
proxied = 0
for line in open(sys.argv[2]):
    if line.startswith("{"):
        entry = json.loads(line)
        proxied += entry["peer"] == "127.0.0.1" and entry["client"] != "127.0.0.1"
print(f"info: {proxied} requests from nginx, {accepted} connections accepted in all")
sys.exit(0 if proxied >= 20 and accepted * 2 <= proxied else 1)
PY
check "SystemCallFilter: every system call gpm made is allowed by the unit's filter" \
  python3 - "$work/strace.txt" "$work/systemd/gpm.service" <<'PY'
import re, subprocess, sys
trace, unit = sys.argv[1], sys.argv[2]
def expand(name, seen=None):
    seen = seen if seen is not None else set()
    if name in seen: return set()
    seen.add(name)
    if not name.startswith("@"): return {name}
    out = subprocess.run(["systemd-analyze", "syscall-filter", name], capture_output=True, text=True, check=True).stdout
    calls = set()
    for line in out.splitlines()[1:]:
        word = line.strip().split("#")[0].strip()
        if word: calls |= expand(word, seen)
    return calls
allowed, denied = set(), set()
for line in open(unit):
    line = line.strip()
    if line.startswith("SystemCallFilter="):
        value = line.split("=", 1)[1]
        target = denied if value.startswith("~") else allowed
        for word in value.lstrip("~").split():
            target |= expand(word)
effective = allowed - denied
used = set()
for line in open(trace):
    found = re.match(r"^\d+\s+(?:<\.\.\. )?([a-z0-9_]+)[( ]", line)
    if found and not line.split(None, 1)[1].startswith("+++") and not line.split(None, 1)[1].startswith("---"):
        used.add(found.group(1))
# SQLite fchown()s its journal files only when running as root (the unit never does: DynamicUser), and
# the threads' QoS setpriority() is a hint whose refusal (EPERM) is ignored, as it is for any user.
known = {"fchown", "setpriority"}
refused = sorted(used - effective - known)
print(f"info: {len(used)} distinct system calls, refused by the filter: {refused or 'none'}")
sys.exit(1 if refused else 0)
PY

finish
