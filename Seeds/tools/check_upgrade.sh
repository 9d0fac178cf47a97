#!/bin/sh
# Check that a database made before migration 0014 (countries inserted by the demo data) migrates cleanly:
# apply the migrations before 0014, load the OLD demo.sql of git revision REV (default 9d6f314, the last
# main whose demo.sql inserted the 33 countries), then apply 0014 the way the app does (one transaction,
# foreign keys on). Twice: as seeded, and after staff edits (a renamed country; a private-use code 'XA'
# holding 'Kosovo', the GeoNames name of XK). Checks that every old country keeps its row and name, that
# a name other than the CLDR English one is copied to display_name (as the new demo.sql sets them), the
# row counts, and the FK/integrity checks.
# Usage: Seeds/tools/check_upgrade.sh [REV]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
rev=${1:-9d6f314}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$root" show "$rev:Seeds/demo.sql" > "$work/old-demo.sql"
grep -q '^INSERT INTO countries' "$work/old-demo.sql" || { echo "$rev's demo.sql inserts no countries"; exit 1; }

q() { sqlite3 -bail "$db" "$1"; }
fail() { echo "FAIL ($case): $*"; exit 1; }

for case in seeded edited; do
    db="$work/$case.sqlite"
    for migration in "$root"/Migrations/[0-9][0-9][0-9][0-9]_*.sql; do
        version=$(basename "$migration" | cut -c1-4)
        [ "$version" -lt 14 ] || continue
        sqlite3 -bail "$db" < "$migration"
    done
    { echo "PRAGMA foreign_keys = ON;"; echo "BEGIN;"; cat "$work/old-demo.sql"; echo "COMMIT;"; } | sqlite3 -bail "$db"
    if [ "$case" = edited ]; then
        q "UPDATE countries SET name = 'Deutschland' WHERE code = 'DE';
           INSERT INTO countries (code, name) VALUES ('XA', 'Kosovo');"
    fi
    q "SELECT code || '|' || name FROM countries ORDER BY code" > "$work/before.txt"
    cities_before=$(q "SELECT count(*) FROM cities")
    { echo "PRAGMA foreign_keys = ON;"; echo "BEGIN IMMEDIATE;"; cat "$root/Migrations/0014_reference_data.sql"; echo "COMMIT;"; } \
        | sqlite3 -bail "$db"

    # Every old row is still there with its name.
    q "SELECT code || '|' || name FROM countries ORDER BY code" > "$work/after.txt"
    missing=$(comm -23 "$work/before.txt" "$work/after.txt")
    [ -z "$missing" ] || fail "rows lost or renamed: $missing"
    old=$(wc -l < "$work/before.txt")
    # display_name is set exactly where the old name differs from the GeoNames name of that code.
    overrides=$(q "SELECT group_concat(code || '=' || display_name, ', ') FROM (SELECT * FROM countries WHERE display_name IS NOT NULL ORDER BY code)")
    case $case in
        seeded) expected="BA=Bosnia and Herzegovina, CN=China, KR=Republic of Korea, NL=The Netherlands, PS=Palestine"
                countries=250 ;;
        edited) expected="BA=Bosnia and Herzegovina, CN=China, DE=Deutschland, KR=Republic of Korea, NL=The Netherlands, PS=Palestine"
                countries=251
                [ "$(q "SELECT name FROM countries WHERE code = 'XK'")" = "Kosovo (XK)" ] || fail "XK's name not disambiguated"
                [ "$(q "SELECT name FROM countries WHERE code = 'XA'")" = "Kosovo" ] || fail "XA renamed" ;;
    esac
    [ "$overrides" = "$expected" ] || fail "display names: got '$overrides', expected '$expected'"
    [ "$(q "SELECT count(*) FROM countries")" = "$countries" ] || fail "countries: $(q "SELECT count(*) FROM countries")"
    [ "$(q "SELECT count(*) FROM cities")" = "$cities_before" ] || fail "cities changed"
    [ "$(q "SELECT count(*) FROM countries WHERE suggested_region_id IS NULL AND code NOT IN ('AQ', 'XA')")" = 0 ] \
        || fail "countries without a suggested region"
    [ "$(q "SELECT count(*) FROM cities c JOIN countries co ON co.code = c.country_code WHERE c.region_id <> co.suggested_region_id")" = 0 ] \
        || fail "a demo city's region differs from its country's suggestion"
    world=$(q "SELECT count(*) FROM world_cities")
    [ "$world" -gt 6000 ] || fail "world_cities: $world"
    fk=$(q "PRAGMA foreign_key_check;")
    [ -z "$fk" ] || fail "foreign_key_check: $fk"
    [ "$(q "PRAGMA integrity_check;")" = ok ] || fail "integrity_check"
    echo "$case: $old old countries keep their rows and names; display_name: $overrides;" \
         "countries $(q "SELECT count(*) FROM countries"), world_cities $world; foreign_key_check and integrity_check: ok"
done
