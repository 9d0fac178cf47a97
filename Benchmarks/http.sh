#!/usr/bin/env bash
# Benchmarks the HTTP server against the Hummingbird 2 peer (../shared/bench/compare), 64 connections:
# plaintext (/plaintext) and a static file (/css/site.css from Public/).
#
#   Benchmarks/http.sh [extra compare options, e.g. --seconds 10 --rounds 5 --nginx]
#
# Needs wrk (apt-get install -y wrk). Builds `gpm` in release mode and runs `gpm serve --port 8180`,
# which serves Public/ and a /plaintext route. Prints one line per pair and, last, the ratios
# ours/peer in requests per second (>= 1.0 means faster than the peer).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f Public/css/site.css ] || { echo "Public/css/site.css is missing" >&2; exit 1; }
swift build -c release --product gpm
# A throwaway database, seeded on start; --quiet because the peer writes no access log either.
database="$(mktemp -d)/bench.sqlite"
exec ../shared/bench/compare \
    --ours "$(swift build -c release --show-bin-path)/gpm serve --port 8180 --quiet --database $database" --ours-port 8180 \
    --public Public \
    --pair plaintext /plaintext /plaintext \
    --pair static /css/site.css /css/site.css \
    --connections 64 "$@"
