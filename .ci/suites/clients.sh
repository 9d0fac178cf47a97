#!/usr/bin/env bash
# Real HTTP clients against a real `gpm serve`: curl (with and without keep-alive), Python's
# http.client (keep-alive, pipelined-by-reuse, HEAD, a POST form), ab -k and a short wrk run.
# Prints "clients: N passed, M failed" and fails on any failure.
# No GPM_CLOCK_FILE: nothing here depends on the application's date (public pages, /healthz, /plaintext).
set -uo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v ab >/dev/null || need+=(apache2-utils)
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; }
fi

swift build --product gpm >/dev/null
bin="$(swift build --show-bin-path)/gpm"
work="$(mktemp -d)"
out="$work/serve.log"
"$bin" serve --port 0 --database "$work/gpm.sqlite" --quiet >"$out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT

port=""
for _ in $(seq 1 300); do
  port=$(sed -n 's/.*serving http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$out" | head -1)
  [ -n "$port" ] && break
  kill -0 $pid 2>/dev/null || { cat "$out"; echo "clients: 0 passed, 1 failed"; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "server did not announce a port"; echo "clients: 0 passed, 1 failed"; exit 1; }
base="http://127.0.0.1:$port"
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >"$work/check.out" 2>&1; then passed=$((passed+1)); echo "ok   $name"
  else failed=$((failed+1)); echo "FAIL $name"; sed 's/^/     /' "$work/check.out" | head -20; fi
}

check "curl, one request per connection" bash -c "curl -sf -H 'Connection: close' $base/ | grep -q 'Global Parliament of Mayors'"
check "curl, keep-alive reuses the connection" bash -c \
  "curl -sfv $base/healthz $base/css/site.css -o /dev/null -o /dev/null 2>&1 | grep -q 'Re-using existing connection'"
check "curl, HEAD has headers and no body" bash -c "[ \"\$(curl -sfI $base/cities | grep -ci '^content-length')\" = 1 ] && [ -z \"\$(curl -sf --head $base/cities -o - | sed '1,/^\r$/d')\" ]"
check "curl, 404 page" bash -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' $base/no-such-page)\" = 404 ]"
check "python http.client" python3 - "$port" <<'PY'
import http.client, sys
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=10)
for path in ["/", "/cities", "/healthz", "/css/site.css", "/cities.json"]:
    c.request("GET", path); r = c.getresponse(); body = r.read()
    assert r.status == 200, (path, r.status)
    assert len(body) == int(r.getheader("Content-Length")), path
c.request("HEAD", "/cities"); r = c.getresponse(); assert r.read() == b"" and r.status == 200
c.request("GET", "/nope"); r = c.getresponse(); r.read(); assert r.status == 404
c.request("POST", "/sign-in", body="email=a&password=b", headers={"Content-Type": "application/x-www-form-urlencoded"})
r = c.getresponse(); r.read(); assert r.status in (403, 422, 303, 200), r.status
c.close()
PY
check "ab -k, 2000 keep-alive requests, no failures" bash -c \
  "ab -k -q -n 2000 -c 16 $base/healthz > $work/ab.txt && grep -q 'Failed requests:        0' $work/ab.txt && grep -q 'Keep-Alive requests:    2000' $work/ab.txt"
check "wrk, 3 s at 32 connections, no socket errors" bash -c \
  "wrk -t2 -c32 -d3s $base/plaintext > $work/wrk.txt && ! grep -q 'Socket errors' $work/wrk.txt && ! grep -q 'Non-2xx' $work/wrk.txt"
check "server still healthy after the load" bash -c "curl -sf $base/healthz | grep -q ok"

echo "clients: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
