#!/usr/bin/env bash
# Benchmarks the rendered pages against the plaintext route, in one run of one server:
# wrk, 2 threads, 64 connections, ~10 s per URL, on /plaintext, /cities and a city page.
#
#   Benchmarks/pages.sh [seconds per URL, default 10] [city slug, default mannheim]
#
# Goal (issue 5): each page >= 30% of plaintext's requests/s, and p99 latency < 20 ms.
# Anonymous pages are kept by the app's page cache (App/PageCache.swift) for up to 10 s, so each page is
# measured twice: as a visitor repeating a URL sees it (cached), and with `Cache-Control: no-cache` (a hard
# reload, which the cache does not answer) so every request queries and renders. A counter (`nocache=N`) is
# also added to the query, so builds from before the cache honoured the header (keyed on the raw target)
# miss too and one script compares both.
#
# GPM_BIN=path/to/gpm measures that binary instead of building this tree, with GPM_BENCH_ROOT=its tree
# (templates, migrations, seeds) for before/after comparisons.
# A benchmark, not a test: it prints figures and exits 0 unless something could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
city="${2:-mannheim}"

command -v wrk >/dev/null || { echo "pages: installing wrk"; apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
command -v curl >/dev/null || { echo "pages: curl is missing (apt-get install -y curl)" >&2; exit 1; }

if [ -n "${GPM_BIN:-}" ]; then
    gpm="$GPM_BIN"
else
    echo "pages: swift build -c release"
    swift build -c release --product gpm 2>&1 | tail -n 1
    gpm="$(swift build -c release --show-bin-path)/gpm"
fi

scratch="$(mktemp -d /tmp/gpm-bench-pages.XXXXXX)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
"$gpm" seed --database "$scratch/gpm.sqlite" --root "${GPM_BENCH_ROOT:-.}" >/dev/null

"$gpm" serve --port 0 --database "$scratch/gpm.sqlite" --root "${GPM_BENCH_ROOT:-.}" --quiet >"$scratch/serve.log" 2>&1 &
server=$!
base=""
for _ in $(seq 1 600); do  # poll for the printed address, up to 60 s
    base="$(grep -o 'serving http://[^ ]*' "$scratch/serve.log" | head -n 1 | cut -d' ' -f2 || true)"
    [ -n "$base" ] && curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$scratch/serve.log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$base" ] || { echo "pages: gpm did not start" >&2; cat "$scratch/serve.log" >&2; exit 1; }
curl -fsS -o /dev/null "$base/cities/$city" || { echo "pages: $base/cities/$city does not answer 200" >&2; exit 1; }

# Makes every request's target unique, so the page cache never answers it.
cat >"$scratch/uncached.lua" <<'LUA'
-- One counter per wrk thread, prefixed by the thread's number: with a shared-looking counter each thread's
-- Lua state counted from 0 and the second thread asked for targets the first had just cached.
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
local counter = 0
request = function()
    counter = counter + 1
    local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. separator .. "nocache=" .. tid .. "-" .. counter, { ["Cache-Control"] = "no-cache" })
end
LUA

# wrk's Requests/sec, and its 99% latency converted to ms. $2: a wrk script, or nothing.
measure() {
    wrk -t2 -c64 -d"${seconds}s" --latency ${2:+-s "$2"} "$1" >"$scratch/wrk.txt"
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec:/ { rps = $2 }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { bad = $NF }
        END { printf "%.0f %.2f %s\n", rps, p99, (bad == "" ? 0 : bad) }
    ' "$scratch/wrk.txt"
}

echo "pages: warm-up"
for path in /plaintext /cities "/cities/$city"; do wrk -t2 -c64 -d2s "$base$path" >/dev/null; done

printf '%-30s %12s %10s %10s %8s\n' "route" "requests/s" "p99 ms" "vs plain" "non-2xx"
read -r plain_rps plain_p99 plain_bad < <(measure "$base/plaintext")
printf '%-30s %12s %10s %10s %8s\n' /plaintext "$plain_rps" "$plain_p99" "1.00" "$plain_bad"
cached="met"
uncached="met"
for path in /cities "/cities/$city"; do
    for mode in cached uncached; do
        script=""
        [ "$mode" = uncached ] && script="$scratch/uncached.lua"
        read -r rps p99 bad < <(measure "$base$path" "$script")
        ratio="$(awk -v a="$rps" -v b="$plain_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
        label="$path"
        [ "$mode" = uncached ] && label="$path (uncached)"
        printf '%-30s %12s %10s %10s %8s\n' "$label" "$rps" "$p99" "$ratio" "$bad"
        if ! awk -v r="$ratio" -v p="$p99" -v bad="$bad" 'BEGIN { exit !(r >= 0.30 && p < 20 && bad == 0) }'; then
            if [ "$mode" = cached ]; then cached="missed"; else uncached="missed"; fi
        fi
    done
done
echo "pages: goal (each page >= 0.30 of plaintext, p99 < 20 ms, no errors): cached $cached, uncached $uncached"
echo "pages: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${seconds}s per URL, wrk -t2 -c64"
