-- 0019_no_brief_declarations: "no brief this year" (issue 13).
--
-- The GPM's papers make the Mayor Brief voluntary for cities whose programmes succeeded, so an office may
-- declare that it files no brief for a cycle, with its reason. The secretariat sees the reason on the
-- compliance page; the office can take the declaration back while the cycle is open. One per city and
-- year; refused (by the service) once the city has submitted a brief for that year.
CREATE TABLE no_brief_declarations (
    city_id             INTEGER NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    year                INTEGER NOT NULL REFERENCES reporting_cycles (year) ON DELETE CASCADE,
    reason              TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    declared_by         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    declared_by_name    TEXT NOT NULL DEFAULT '',
    declared_at         TEXT NOT NULL,              -- 'YYYY-MM-DDTHH:MM:SSZ'
    PRIMARY KEY (city_id, year)
) STRICT;

CREATE INDEX no_brief_declarations_by_year ON no_brief_declarations (year, city_id);
