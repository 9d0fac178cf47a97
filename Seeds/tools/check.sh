#!/bin/sh
# Apply every migration in order to a fresh database, load Seeds/demo.sql in one transaction, then check
# foreign keys and integrity and print row counts per table. Usage: Seeds/tools/check.sh [database-file]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
db=${1:-$(mktemp -d)/gpm-check.sqlite}
rm -f "$db"
for migration in "$root"/Migrations/[0-9][0-9][0-9][0-9]_*.sql; do
    echo "migrate $(basename "$migration")"
    sqlite3 -bail "$db" < "$migration"
done
echo "seed demo.sql"
{ echo "PRAGMA foreign_keys = ON;"; echo "BEGIN;"; cat "$root/Seeds/demo.sql"; echo "COMMIT;"; } | sqlite3 -bail "$db"
fk=$(sqlite3 "$db" "PRAGMA foreign_key_check;")
if [ -n "$fk" ]; then echo "foreign_key_check failed:"; echo "$fk"; exit 1; fi
echo "foreign_key_check: ok"
integrity=$(sqlite3 "$db" "PRAGMA integrity_check;")
echo "integrity_check: $integrity"
[ "$integrity" = "ok" ] || exit 1
# The search index holds text prepared by the application (migration 0035, no triggers): demo.sql loaded with
# sqlite3 leaves it empty and marked stale; `gpm reindex` (or the next `gpm serve`) fills it. Filled here when
# a gpm binary is built, so the FTS5 check below runs over real rows.
gpm=""
for candidate in "$root/.build/debug/gpm" "$root/.build/release/gpm"; do [ -x "$candidate" ] && gpm=$candidate; done
if [ -n "$gpm" ]; then
    "$gpm" reindex --database "$db" --root "$root"
else
    echo "search index: left empty (no built gpm; run gpm reindex --database $db)"
fi
for index in best_practices_fts city_names_fts; do
    fts=$(sqlite3 "$db" "INSERT INTO $index($index) VALUES ('integrity-check'); SELECT 'ok';")
    echo "fts integrity-check $index: $fts"
done
echo "row counts:"
for table in $(sqlite3 "$db" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                                AND name NOT LIKE 'best_practices_fts_%' AND name NOT LIKE 'city_names_fts_%' ORDER BY name;"); do
    printf '  %-22s %6s\n' "$table" "$(sqlite3 "$db" "SELECT count(*) FROM \"$table\";")"
done
echo "database: $db"
