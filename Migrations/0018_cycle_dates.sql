-- 0018_cycle_dates: reporting cycles that overlap (issue 13).
--
-- A cycle now has three dates: it opens (offices may start, edit and submit their brief), its deadline
-- (the end of that day in the secretariat's time zone; a submission after it is accepted and counted
-- late) and it closes (nothing more is filed for that year). Which cycles are open is decided by these
-- dates and the application's clock: opens_on <= today < closes_on, today in the secretariat's zone.
-- So the 2026 cycle can stay open for late offices while the 2027 cycle has already opened.
--
-- Existing rows: they were "current" from the day they were created, so opens_on is that day (never
-- after the deadline). The old rule had no closing date (a cycle stopped being current when a newer
-- year was opened, which is the bug this fixes), so every existing cycle gets the standard grace: it
-- closes at the end of the third month after its deadline's month (deadline 2027-03-31 → closes_on
-- 2027-07-01, i.e. the last open day is 30 June). The secretariat edits all three on the cycle page.
--
-- expected: which cities are expected to report for the cycle ('committed': member cities with at least
-- one action opted in, the default; 'members': every member city; 'chosen': the cities listed in
-- reporting_cycle_cities).
--
-- secretariat_settings: one row; time_zone is an IANA name (Foundation's TimeZone(identifier:) accepts
-- it), 'Europe/Amsterdam' by default since the secretariat sits in The Hague.
CREATE TABLE reporting_cycles_dated (
    year        INTEGER PRIMARY KEY CHECK (year BETWEEN 2016 AND 2100),
    opens_on    TEXT NOT NULL CHECK (opens_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    deadline    TEXT NOT NULL CHECK (deadline GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    closes_on   TEXT NOT NULL CHECK (closes_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note        TEXT,
    expected    TEXT NOT NULL DEFAULT 'committed' CHECK (expected IN ('committed', 'members', 'chosen')),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (opens_on <= deadline AND deadline < closes_on)
) STRICT;

INSERT INTO reporting_cycles_dated (year, opens_on, deadline, closes_on, note, version, created_at, updated_at)
SELECT year, min(substr(created_at, 1, 10), deadline), deadline, date(deadline, 'start of month', '+4 months'),
       note, version, created_at, updated_at
FROM reporting_cycles;

DROP TABLE reporting_cycles;
ALTER TABLE reporting_cycles_dated RENAME TO reporting_cycles;

CREATE INDEX reporting_cycles_by_dates ON reporting_cycles (opens_on, closes_on);

-- The cities expected to report in a cycle whose `expected` is 'chosen'.
CREATE TABLE reporting_cycle_cities (
    year        INTEGER NOT NULL REFERENCES reporting_cycles (year) ON DELETE CASCADE,
    city_id     INTEGER NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    PRIMARY KEY (year, city_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE secretariat_settings (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    time_zone   TEXT NOT NULL DEFAULT 'Europe/Amsterdam' CHECK (length(time_zone) BETWEEN 1 AND 64),
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

INSERT INTO secretariat_settings (id) VALUES (1);
