#!/usr/bin/env bash
# The HTTP server against hostile traffic, on a real `gpm serve`: a differential parse check against
# h11, a 30 MB upload to a 1 MB route (curl must see the 413, not a reset), thousands of connections
# dropped mid-head/body/response (descriptors back to baseline), a short slowloris run with a control
# client, and SIGTERM under wrk load (exit 0 within the grace period).
# Prints "http-robustness: N passed, M failed" and fails on any failure. Takes well under 2 minutes.
# No GPM_CLOCK_FILE: the checks are about the HTTP layer, whose timeouts are real (monotonic) time, never the
# application's clock; no check depends on the application's date (the uploads to /sign-in end at the 413).
set -uo pipefail
cd "$(dirname "$0")/../.."
here=.ci/suites/http-robustness

need=()
command -v curl >/dev/null || need+=(curl)
command -v wrk >/dev/null || need+=(wrk)
command -v slowhttptest >/dev/null || need+=(slowhttptest)
/usr/bin/python3 -c 'import h11' 2>/dev/null || need+=(python3-h11)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null 2>&1; }
fi

swift build --product gpm >/dev/null || { echo "http-robustness: 0 passed, 1 failed (build)"; exit 1; }
bin="${GPM_BIN:-$(swift build --show-bin-path)/gpm}"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT

start_server() {
  "$bin" serve --port 0 --database "$work/gpm.sqlite" --quiet >"$work/serve.log" 2>&1 &
  pid=$!
  port=""
  for _ in $(seq 1 300); do
    port=$(sed -n 's/.*serving http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve.log" | head -1)
    [ -n "$port" ] && return 0
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  cat "$work/serve.log"; return 1
}
start_server || { echo "http-robustness: 0 passed, 1 failed (server did not start)"; exit 1; }
base="http://127.0.0.1:$port"
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >"$work/check.out" 2>&1; then passed=$((passed+1)); echo "ok   $name"; grep -E '^(differential|descriptors|slowloris|exit status|  [0-9]+ requests)' "$work/check.out" | sed 's/^/     /'
  else failed=$((failed+1)); echo "FAIL $name"; sed 's/^/     /' "$work/check.out" | tail -25; fi
}
fds() { ls /proc/$pid/fd | wc -l; }
# The database pool opens its reader connections lazily, each with its own descriptors: read in
# parallel first (distinct targets, so the page cache does not answer) so the baseline includes them.
warmers=()
for i in $(seq 1 16); do curl -s -o /dev/null --max-time 10 "$base/cities?warm=$i" & warmers+=($!); done
wait "${warmers[@]}"
baseline=$(fds)

if /usr/bin/python3 -c 'import h11' 2>/dev/null; then
  check "differential parse against h11 (no request smuggled or leniently accepted)" \
    /usr/bin/python3 "$here/h11_differential.py" "$port"
else
  echo "skip differential parse (h11 not available)"
fi

head -c $((30 << 20)) /dev/zero > "$work/upload.bin"
upload413() { # curl options...
  for _ in 1 2 3; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$@" --data-binary @"$work/upload.bin" "$base/sign-in")
    [ "$code" = 413 ] || { echo "curl got '$code' (exit $?) instead of 413"; return 1; }
  done
}
check "30 MB upload to a 1 MB route: curl sees the 413 (with Expect: 100-continue)" upload413
check "30 MB upload to a 1 MB route: curl sees the 413 (body sent at once, lingering close)" upload413 -H 'Expect:'

check "2000 connections dropped mid-head, mid-body, mid-response: descriptors back to baseline" \
  /usr/bin/python3 - "$port" "$pid" "$baseline" <<'PY'
import os, socket, struct, sys, time
port, pid, baseline = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
stages = [b"", b"GET / HTTP/1.1\r\nHost: x\r\nX-Half: ",
          b"POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nemail=",
          b"GET /cities HTTP/1.1\r\nHost: x\r\n\r\n" * 3]
for batch in range(8):
    socks = []
    for i in range(250):
        s = socket.create_connection(("127.0.0.1", port))
        s.setblocking(False)
        try: s.send(stages[i % len(stages)])
        except BlockingIOError: pass
        socks.append(s)
    time.sleep(0.02 * (batch % 2))
    for i, s in enumerate(socks):
        if i % 2: s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()
deadline = time.time() + 15
while time.time() < deadline:
    count = len(os.listdir("/proc/%s/fd" % pid))
    if count <= baseline: break
    time.sleep(0.1)
print("descriptors: baseline %d, after %d" % (baseline, count))
assert count <= baseline
PY
check "still serving after the abuse" bash -c "curl -sf --max-time 2 $base/healthz | grep -q ok"

if command -v slowhttptest >/dev/null; then
  slowloris() {
    (cd "$work" && timeout 30 slowhttptest -c 400 -H -i 2 -r 200 -t GET -u "$base/" -x 24 -p 2 -l 6 -g -o "$work/slowloris" >/dev/null 2>&1) &
    local attack=$!
    sleep 3
    local worst=0
    for _ in 1 2 3 4 5; do
      t=$(curl -sf -o /dev/null -w '%{time_total}' --max-time 2 "$base/healthz") || { echo "control request failed"; wait $attack; return 1; }
      worst=$(echo "$t $worst" | awk '{print ($1 > $2) ? $1 : $2}')
      sleep 0.3
    done
    wait $attack
    echo "slowloris: $(tail -1 "$work/slowloris.csv") (seconds,closed,pending,connected,available); control worst ${worst}s"
    awk -v w="$worst" 'BEGIN { exit !(w < 0.5) }'
  }
  check "slowhttptest slowloris (400 connections): a control client answered in < 0.5 s" slowloris
fi

sigterm() {
  wrk -t2 -c64 -d8s "$base/cities" >"$work/wrk.txt" 2>&1 &
  local load=$!
  sleep 2
  local started=$(date +%s%N)
  kill -TERM $pid
  wait $pid; local status=$?
  local took=$(( ($(date +%s%N) - started) / 1000000 ))
  pid=""
  wait $load
  echo "exit status $status after ${took} ms"; grep -E 'requests in|Socket errors' "$work/wrk.txt"
  [ "$status" = 0 ] && [ "$took" -lt 11000 ] && ! grep -qiE 'fatal|crash|signal' "$work/serve.log"
}
check "SIGTERM under wrk load: exit 0 within the grace period" sigterm

echo "http-robustness: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
