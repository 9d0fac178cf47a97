#!/usr/bin/env bash
# 200 city offices filing their Mayor Briefs at once (issue 7's concurrency goal): every acknowledged
# write in the database afterwards, none failing with "database is locked"; reports throughput and p99.
#
#   Benchmarks/submissions.sh [OFFICES]      # default 200
#
# Builds `gpm` in release mode, seeds a throwaway database, adds synthetic cities so that OFFICES cities
# have no brief for the current year, creates one city-office account per city (`gpm create-user`),
# serves, and runs Benchmarks/submissions.py (Python 3 stdlib only): concurrent sign-in, then for every
# office at once create + 2 saves + submit. Exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
offices="${1:-200}"

# GPM_BIN=path/to/gpm measures that binary instead of building this tree, with GPM_BENCH_ROOT=its tree
# (templates, migrations, seeds) for before/after comparisons.
if [ -n "${GPM_BIN:-}" ]; then
    bin="$GPM_BIN"
else
    swift build -c release --product gpm >/dev/null
    bin="$(swift build -c release --show-bin-path)/gpm"
fi
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
database="$work/bench.sqlite"
password="benchmark password 1"

"$bin" seed --database "$database" --root "${GPM_BENCH_ROOT:-.}" >/dev/null
cities=$(python3 - "$database" "$offices" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); wanted = int(sys.argv[2])
year = db.execute("SELECT MAX(year) FROM reporting_cycles").fetchone()[0]
free = lambda: [r[0] for r in db.execute(
    "SELECT slug FROM cities WHERE id NOT IN (SELECT city_id FROM mayor_briefs WHERE year = ?) ORDER BY slug", (year,))]
country, region = db.execute("SELECT country_code, region_id FROM cities LIMIT 1").fetchone()
n = 0
while len(free()) < wanted:
    n += 1
    db.execute("INSERT INTO cities (slug, name, country_code, region_id) VALUES (?, ?, ?, ?)",
               (f"bench-city-{n:03}", f"Bench City {n:03}", country, region))
db.commit()
print(" ".join(free()[:wanted]))
PY
)
echo "creating $offices city-office accounts…" >&2
printf '%s\n' $cities | xargs -P 2 -I{} sh -c \
  "printf '%s\n' '$password' | '$bin' create-user --database '$database' --root "${GPM_BENCH_ROOT:-.}" --role city_office --city {} \
     --email office@{}.bench.test --name 'Office of {}' --password-stdin >/dev/null"
emails=()
for city in $cities; do emails+=("office@$city.bench.test"); done

"$bin" serve --port 0 --database "$database" --root "${GPM_BENCH_ROOT:-.}" --quiet >"$work/serve.log" 2>&1 &
pid=$!
port=""
for _ in $(seq 1 300); do
  port=$(sed -n 's/.*serving http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve.log" | head -1)
  [ -n "$port" ] && break
  kill -0 $pid 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "the server did not announce a port" >&2; exit 1; }
python3 Benchmarks/submissions.py "$port" "$database" "$password" "${emails[@]}"
