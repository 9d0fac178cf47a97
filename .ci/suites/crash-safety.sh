#!/usr/bin/env bash
# Crash safety of Mayor Brief writes: ~20 city offices save and submit their briefs concurrently, the
# server is killed with SIGKILL mid-flight and restarted; every write answered 2xx/3xx must be in the
# database and PRAGMA integrity_check must be ok (Tests/crash/crash_safety.py does the load and checks).
# Prints "crash-safety: N passed, M failed" and fails on any failure. Python 3 stdlib only.
# The application's clock: GPM_CLOCK_FILE holds 2026-11-20T12:00:00Z, inside the demo's 2026 reporting cycle
# (opens 2026-01-05, deadline 2027-03-31, closes 2027-07-01), so the offices can submit their 2026 briefs on
# any day this runs. It governs the application's rules only (deadlines, sessions, throttles); the kill's
# timing, the clients' timeouts and the 110 s limit stay in real time.
set -uo pipefail
cd "$(dirname "$0")/../.."

swift build --product gpm >/dev/null || { echo "crash-safety: 0 passed, 1 failed (build)"; exit 1; }
bin="$(swift build --show-bin-path)/gpm"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '2026-11-20T12:00:00Z\n' >"$work/clock"
export GPM_CLOCK_FILE="$work/clock"  # given to gpm seed, create-user and both servers crash_safety.py starts
database="$work/gpm.sqlite"
password="crash safety password 1"

"$bin" seed --database "$database" --root . >/dev/null || { echo "crash-safety: 0 passed, 1 failed (seed)"; exit 1; }
# Twenty cities without a brief for the current reporting year.
cities=$(python3 - "$database" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
year = db.execute("SELECT MAX(year) FROM reporting_cycles").fetchone()[0]
# Offices confirm their commitments for the cycle before they may submit (issue 13): each office does so
# through the commitments page right after signing in (office_client.Office.confirm_commitments).
rows = db.execute("""SELECT slug FROM cities WHERE id NOT IN (SELECT city_id FROM mayor_briefs WHERE year = ?)
                     ORDER BY slug LIMIT 20""", (year,)).fetchall()
print(" ".join(r[0] for r in rows))
PY
)
emails=()
for city in $cities; do
  email="office@$city.crash.test"
  printf '%s\n' "$password" | "$bin" create-user --database "$database" --root . --role city_office --city "$city" \
      --email "$email" --name "Office of $city" --password-stdin >/dev/null || { echo "crash-safety: 0 passed, 1 failed (create-user $city)"; exit 1; }
  emails+=("$email")
done
timeout 110 python3 Tests/crash/crash_safety.py "$bin" "$database" . "$password" "${emails[@]}"
