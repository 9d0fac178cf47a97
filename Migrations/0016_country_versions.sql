-- 0016_country_versions: countries are reference data staff edit in the registry (the display name that
-- overrides the CLDR name, the UCLG region suggested for new cities), so they get what every editable
-- record has: a version for the edit form's conflict check, and the time of the last change.
ALTER TABLE countries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE countries ADD COLUMN updated_at TEXT;   -- NULL: as the migrations wrote it
