#!/usr/bin/env bash
# /metrics read by Prometheus' own parser: a real `gpm serve` gets some requests, then its exposition is
# parsed with prometheus_client (text_string_to_metric_families) and checked — every family there, counters
# that counted those requests by route pattern (never the raw path), histograms cumulative up to +Inf, gauges
# and build info sane. Then servers started with `--metrics-allow 10.0.0.0/8` and GPM_METRICS_ALLOW=10.0.0.0/8
# must answer loopback's /metrics exactly as a path that does not exist (404).
# prometheus_client comes from .ci/run's venv ($GPM_CI_VENV); run alone, this suite makes that venv itself.
# Prints "metrics: N passed, M failed" and fails on any failure.
# No GPM_CLOCK_FILE: /metrics does not depend on the application's date (process_start_time_seconds is the
# process's real start).
set -uo pipefail
cd "$(dirname "$0")/../.."

command -v curl >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq curl >/dev/null; }
venv="${GPM_CI_VENV:-/tmp/gpm-ci-venv}"
if ! "$venv/bin/python" -c 'import prometheus_client' >/dev/null 2>&1; then
  echo "metrics: installing prometheus_client into $venv"
  python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check prometheus_client || exit 1
fi
python="$venv/bin/python"

swift build --product gpm >/dev/null || exit 1
bin="$(swift build --show-bin-path)/gpm"
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$work"' EXIT

# start NAME [ENV=VALUE…] -- [ARGS…]: serves a new database on a free port; sets $port.
start() {
  local name=$1; shift
  local env=()
  while [ "$1" != "--" ]; do env+=("$1"); shift; done
  shift
  env "${env[@]}" "$bin" serve --port 0 --database "$work/$name.sqlite" --quiet "$@" >"$work/$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  port=""
  for _ in $(seq 1 300); do
    port=$(sed -n 's/.*serving http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/$name.log" | head -1)
    [ -n "$port" ] && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$work/$name.log"
  echo "metrics: the $name server did not start"
  echo "metrics: 0 passed, 1 failed"
  exit 1
}

passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >"$work/check.out" 2>&1; then passed=$((passed+1)); echo "ok   $name"
  else failed=$((failed+1)); echo "FAIL $name"; sed 's/^/     /' "$work/check.out" | head -30; fi
}

start default --
base="http://127.0.0.1:$port"
for path in / /cities /cities/mannheim /cities/mannheim /cities/no-such-city /no-such-page /plaintext /css/site.css; do
  curl -s -o /dev/null "$base$path"
done
curl -s -o /dev/null --head "$base/cities"

check "prometheus_client parses /metrics and the values are sane" "$python" - "$base" <<'PY'
import sys, time, urllib.request
from prometheus_client.parser import text_string_to_metric_families

base = sys.argv[1]
with urllib.request.urlopen(base + "/metrics", timeout=10) as response:
    assert response.status == 200, response.status
    content_type = response.headers["Content-Type"]
    assert content_type == "text/plain; version=0.0.4; charset=utf-8", content_type
    assert response.headers["Cache-Control"] == "no-store", response.headers["Cache-Control"]
    text = response.read().decode("utf-8")

families = {family.name: family for family in text_string_to_metric_families(text)}
# prometheus_client names a counter's family without its _total suffix.
expected = {
    "gpm_http_requests": "counter", "gpm_http_request_duration_seconds": "histogram",
    "gpm_http_open_connections": "gauge", "gpm_http_worker_queue_depth": "gauge", "gpm_http_busy_workers": "gauge",
    "gpm_http_worker_threads": "gauge", "gpm_http_request_body_bytes_in_flight": "gauge",
    "gpm_db_pool_acquisitions": "counter", "gpm_db_pool_waits": "counter", "gpm_db_pool_wait_seconds": "counter",
    "gpm_page_cache_requests": "counter", "gpm_page_cache_entries": "gauge", "gpm_page_cache_bytes": "gauge",
    "gpm_outbox_depth": "gauge", "gpm_outbox_messages": "gauge",
    "gpm_build_info": "gauge", "process_start_time_seconds": "gauge",
}
for name, kind in expected.items():
    assert name in families, f"missing family {name}; have {sorted(families)}"
    assert families[name].type == kind, (name, families[name].type)
    assert families[name].documentation, f"{name} has no HELP"
unexpected = set(families) - set(expected)
assert not unexpected, f"unexpected families {unexpected}"

def value(family, name, **labels):
    found = [s.value for s in families[family].samples if s.name == name and all(s.labels.get(k) == v for k, v in labels.items())]
    assert len(found) == 1, (name, labels, found)
    return found[0]

def requests(route, method="GET", status="200"):
    return value("gpm_http_requests", "gpm_http_requests_total", route=route, method=method, status=status)

assert requests("/cities/:slug") == 2, requests("/cities/:slug")
assert requests("/cities/:slug", status="404") == 1
assert requests("unmatched", status="404") == 1
assert requests("/cities", method="HEAD") == 1
assert requests("/plaintext") == 1 and requests("/css/*path") == 1 and requests("/") == 1
for sample in families["gpm_http_requests"].samples:
    assert sample.value >= 1 and sample.value == int(sample.value), sample
    assert set(sample.labels) == {"route", "method", "status"}, sample.labels
    route = sample.labels["route"]
    assert "mannheim" not in route and "no-such" not in route, f"a raw path became a label: {route}"

# Histograms: per route, cumulative buckets in increasing le, ending in +Inf equal to _count.
series = {}
for sample in families["gpm_http_request_duration_seconds"].samples:
    series.setdefault(sample.labels["route"], []).append(sample)
assert "/cities/:slug" in series, sorted(series)
for route, samples in series.items():
    buckets = [(float(s.labels["le"]), s.value) for s in samples if s.name.endswith("_bucket")]
    assert buckets[0][0] == 0.001 and buckets[-1][0] == float("inf") and buckets[-2][0] == 5.0, (route, buckets)
    assert all(a[0] < b[0] and a[1] <= b[1] for a, b in zip(buckets, buckets[1:])), (route, buckets)
    count = [s.value for s in samples if s.name.endswith("_count")]
    total = [s.value for s in samples if s.name.endswith("_sum")]
    assert count == [buckets[-1][1]] and len(total) == 1 and 0 <= total[0] < 60 * count[0], (route, count, total)
assert value("gpm_http_request_duration_seconds", "gpm_http_request_duration_seconds_count", route="/cities/:slug") == 3

assert value("gpm_page_cache_requests", "gpm_page_cache_requests_total", outcome="hit") >= 1
assert value("gpm_page_cache_requests", "gpm_page_cache_requests_total", outcome="miss") >= 1
assert value("gpm_page_cache_entries", "gpm_page_cache_entries") >= 1
assert value("gpm_page_cache_bytes", "gpm_page_cache_bytes") > 1000
assert value("gpm_db_pool_acquisitions", "gpm_db_pool_acquisitions_total", kind="read") >= 1
for kind in ("read", "write"):
    assert value("gpm_db_pool_waits", "gpm_db_pool_waits_total", kind=kind) >= 0
    assert value("gpm_db_pool_wait_seconds", "gpm_db_pool_wait_seconds_total", kind=kind) >= 0
assert value("gpm_http_worker_threads", "gpm_http_worker_threads") >= 1
assert value("gpm_http_open_connections", "gpm_http_open_connections") >= 1
assert value("gpm_http_worker_queue_depth", "gpm_http_worker_queue_depth") >= 0
assert [set(s.labels) for s in families["gpm_build_info"].samples] == [{"version"}]
assert families["gpm_build_info"].samples[0].labels["version"]
assert value("gpm_build_info", "gpm_build_info") == 1
started = value("process_start_time_seconds", "process_start_time_seconds")
assert abs(time.time() - started) < 3600, started
print("families:", len(families), "samples:", sum(len(f.samples) for f in families.values()))
PY

check "a second scrape counts the first and is never cached" bash -c "
  curl -s $base/metrics >/dev/null
  curl -s $base/metrics | grep -q '^gpm_http_requests_total{route=\"/metrics\",method=\"GET\",status=\"200\"} [2-9]'"
check "HEAD /metrics has the headers and no body" bash -c "
  [ \"\$(curl -s -o $work/head.body -w '%{http_code} %{content_type}' --head $base/metrics)\" = '200 text/plain; version=0.0.4; charset=utf-8' ]"

# Same length as /metrics, so the two 404 pages (which name their path) compare byte for byte.
same_as_unknown() { # base, method
  local code_m code_u
  code_m=$(curl -s -X "$2" -o "$work/m.body" -D "$work/m.head" -w '%{http_code}' "$1/metrics")
  code_u=$(curl -s -X "$2" -o "$work/u.body" -D "$work/u.head" -w '%{http_code}' "$1/metricz")
  [ "$code_m" = 404 ] || [ "$2" = POST ] || { echo "/metrics answered $code_m"; return 1; }
  [ "$code_m" = "$code_u" ] || { echo "$2: /metrics $code_m, unknown path $code_u"; return 1; }
  sed 's#/metrics#/metricz#g' "$work/m.body" | cmp -s - "$work/u.body" || { echo "$2: bodies differ"; return 1; }
  diff <(grep -vi '^date:' "$work/m.head") <(grep -vi '^date:' "$work/u.head") || { echo "$2: headers differ"; return 1; }
}

start flag -- --metrics-allow 10.0.0.0/8
check "--metrics-allow 10.0.0.0/8: loopback's GET /metrics is the unknown-path 404" same_as_unknown "http://127.0.0.1:$port" GET
check "--metrics-allow 10.0.0.0/8: and so is POST" same_as_unknown "http://127.0.0.1:$port" POST

start environment GPM_METRICS_ALLOW=10.0.0.0/8,192.168.0.0/16 --
check "GPM_METRICS_ALLOW=10.0.0.0/8,…: loopback's GET /metrics is the unknown-path 404" same_as_unknown "http://127.0.0.1:$port" GET

echo "metrics: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
