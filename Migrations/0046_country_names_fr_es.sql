-- 0046_country_names_fr_es (issue 15): the staff's name of a country on French and on Spanish pages.
--
-- `display_name` (0014) is the staff's English override, shown on English pages only; French and Spanish
-- pages show Foundation's CLDR name in their language. For a few codes CLDR's name is not the GPM's
-- ("Chine continentale", "Territorios Palestinos" where the secretariat writes "Chine", "Palestina"): staff
-- set these per language in the country editor. NULL = the CLDR name in that language (CountryName).
ALTER TABLE countries ADD COLUMN display_name_fr TEXT
    CHECK (display_name_fr IS NULL OR length(trim(display_name_fr)) > 0);   -- French pages; NULL = CLDR name
ALTER TABLE countries ADD COLUMN display_name_es TEXT
    CHECK (display_name_es IS NULL OR length(trim(display_name_es)) > 0);   -- Spanish pages; NULL = CLDR name
