#!/usr/bin/env bash
# Benchmarks best-practice search with 10,000 published Mayor Briefs: one connection (wrk -c1), so each
# figure is the latency of one query including HTTP, the FTS5 query, its snippets and the rendering.
#
#   Benchmarks/search.sh [seconds per term, default 5] [number of extra briefs, default 10000]
#   GPM_BINARY=/tmp/gpm-old bash Benchmarks/search.sh   # an earlier build, run from a checkout of its commit
#
# The seeded demo database is copied and grown with generated briefs (words drawn from the demo
# briefs' own vocabulary with its frequencies, so common words match thousands of rows and rare ones
# a few). Goal (issues 5 and 16): < 5 ms mean and < 10 ms p99 per query. A benchmark, not a test.
# The app's page cache (App/PageCache.swift) would answer a repeated URL from memory, so every request
# carries a counter (`&nocache=N`, ignored by the page) and really searches; the cached figure is
# printed too, for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
extra="${2:-10000}"
terms=(migration refugees "climate adaptation" housing "youth employment" water digital neighbour mentoring)

command -v wrk >/dev/null || { echo "search: installing wrk"; apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
command -v curl >/dev/null || { echo "search: curl is missing (apt-get install -y curl)" >&2; exit 1; }

if [ -n "${GPM_BINARY:-}" ]; then  # an earlier build, for a before/after run: GPM_BINARY=/path/to/gpm, run from its own checkout
    gpm="$GPM_BINARY"
else
    echo "search: swift build -c release"
    swift build -c release --product gpm 2>&1 | tail -n 1
    gpm="$(swift build -c release --show-bin-path)/gpm"
fi

scratch="$(mktemp -d /tmp/gpm-bench-search.XXXXXX)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
"$gpm" seed --database "$scratch/seeded.sqlite" --root . >/dev/null
# Copied with SQLite's backup API: a plain cp could miss pages still in the -wal file.
python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))' \
    "$scratch/seeded.sqlite" "$scratch/gpm.sqlite"

echo "search: generating $extra published briefs"
python3 - "$scratch/gpm.sqlite" "$extra" <<'PY'
import random, re, sqlite3, sys
from collections import Counter

path, wanted = sys.argv[1], int(sys.argv[2])
rng = random.Random(2016)
db = sqlite3.connect(path)
text = " ".join(" ".join(row) for row in db.execute(
    "SELECT title || ' ' || summary || ' ' || context || ' ' || programme || ' ' || results, '' FROM mayor_briefs "
    "UNION ALL SELECT title || ' ' || summary || ' ' || description, '' FROM case_studies"))
counts = Counter(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", text))
words, weights = zip(*counts.most_common())

def sentence(n):
    chosen = rng.choices(words, weights, k=n)
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."

def paragraphs(sentences):
    return "\n\n".join(" ".join(sentence(rng.randint(8, 18)) for _ in range(3)) for _ in range(max(1, sentences // 3)))

cities = db.execute("SELECT id, country_code, region_id, name FROM cities").fetchall()
themes = [row[0] for row in db.execute("SELECT id FROM themes")]
years = range(2016, 2026)
taken = set(db.execute("SELECT city_id, year FROM mayor_briefs"))
slots = [(city, year) for city in cities for year in years if (city[0], year) not in taken]
number = 0
while len(slots) < wanted:  # more briefs than the demo cities have years: add benchmark towns
    number += 1
    _, country, region, _ = rng.choice(cities)
    town = db.execute("INSERT INTO cities (slug, name, country_code, region_id, is_demo) VALUES (?, ?, ?, ?, 1)",
                      (f"benchmark-town-{number}", f"Benchmark Town {number}", country, region))
    slots += [((town.lastrowid, country, region, f"Benchmark Town {number}"), year) for year in years]
rng.shuffle(slots)
with db:
    for (city_id, _, _, name), year in slots[:wanted]:
        row = db.execute(
            "INSERT INTO mayor_briefs (city_id, year, title, summary, context, programme, results, what_did_not_work, "
            "partners, next_steps, status, submitted_at, published_at, is_demo) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, 1)",
            (city_id, year, f"{name} {year}: " + sentence(6).rstrip("."), sentence(25), paragraphs(6), paragraphs(6),
             paragraphs(3), paragraphs(3), sentence(10), paragraphs(3),
             f"{year + 1}-03-01T10:00:00Z", f"{year + 1}-04-01T10:00:00Z"))
        for theme in rng.sample(themes, 2):
            db.execute("INSERT INTO brief_themes (brief_id, theme_id) VALUES (?, ?)", (row.lastrowid, theme))
published = db.execute("SELECT count(*) FROM mayor_briefs WHERE status = 'published'").fetchone()[0]
print(f"search: {published} published briefs, vocabulary of {len(words)} words")
PY
# The rows above were written with SQL alone: the search index (text prepared by the application, no
# triggers since migration 0035) is rebuilt from the tables, as after any such import. Older code without
# the command indexed through triggers.
if "$gpm" --help 2>&1 | grep -q '^ *reindex'; then
    "$gpm" reindex --database "$scratch/gpm.sqlite" --root .
fi
python3 -c 'import sqlite3, sys; print("search: %d rows in the search index" % sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM best_practices_fts").fetchone()[0])' "$scratch/gpm.sqlite"

"$gpm" serve --port 0 --database "$scratch/gpm.sqlite" --root . --quiet >"$scratch/serve.log" 2>&1 &
server=$!
base=""
for _ in $(seq 1 600); do  # poll for the printed address, up to 60 s
    base="$(grep -o 'serving http://[^ ]*' "$scratch/serve.log" | head -n 1 | cut -d' ' -f2 || true)"
    [ -n "$base" ] && curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$scratch/serve.log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$base" ] || { echo "search: gpm did not start" >&2; cat "$scratch/serve.log" >&2; exit 1; }
status="$(curl -s -o /dev/null -w '%{http_code}' "$base/best-practices?q=migration")"
[ "$status" = 200 ] || { echo "search: $base/best-practices answers $status (is the best-practices feature merged?)" >&2; exit 1; }

# Makes every request's target unique, so the page cache never answers it.
cat >"$scratch/uncached.lua" <<'LUA'
-- One counter per wrk thread, prefixed by the thread's number: with a shared-looking counter each thread's
-- Lua state counted from 0 and the second thread asked for targets the first had just cached.
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
local counter = 0
request = function()
    counter = counter + 1
    return wrk.format(nil, wrk.path .. "&nocache=" .. tid .. "-" .. counter, { ["Cache-Control"] = "no-cache" })
end
LUA

# wrk's mean and 99% latency, both in ms. $2: a wrk script, or nothing; $3: seconds (default: per term).
measure() {
    wrk -t1 -c1 -d"${3:-$seconds}s" --latency ${2:+-s "$2"} "$1" >"$scratch/wrk.txt"
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^ +Latency +[0-9]/ { mean = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Requests\/sec:/ { rps = $2 }
        /Non-2xx/ { bad = $NF }
        END { printf "%.2f %.2f %.0f %s\n", mean, p99, rps, (bad == "" ? 0 : bad) }
    ' "$scratch/wrk.txt"
}

printf '%-20s %7s %9s %9s %11s %8s %15s\n' "q" "hits" "mean ms" "p99 ms" "requests/s" "non-2xx" "cached mean ms"
verdict="met"
for term in "${terms[@]}"; do
    query="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$term")"
    url="$base/best-practices?q=$query"
    hits="$(curl -fsS "$url" | grep -o '[0-9][0-9,]* \(results\?\|best practices\?\|matches\?\)' | head -n 1 | grep -o '^[0-9,]*' || true)"
    wrk -t1 -c1 -d1s -s "$scratch/uncached.lua" "$url" >/dev/null  # warm-up
    read -r mean p99 rps bad < <(measure "$url" "$scratch/uncached.lua")
    read -r cached_mean _ < <(measure "$url" "" 2)
    printf '%-20s %7s %9s %9s %11s %8s %15s\n' "$term" "${hits:-?}" "$mean" "$p99" "$rps" "$bad" "$cached_mean"
    awk -v m="$mean" -v p="$p99" -v bad="$bad" 'BEGIN { exit !(m < 5 && p < 10 && bad == 0) }' || verdict="missed"
done
echo "search: goal (< 5 ms mean and < 10 ms p99 per query, no errors): $verdict"
echo "search: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${seconds}s per term, wrk -t1 -c1"
