-- 0007_reporting_cycles: the yearly reporting cycle of Mayor Briefs.
--
-- Each year the secretariat opens a cycle: the year the briefs report on and the deadline by which
-- city offices submit them. The current cycle is the one with the highest year. The 2026 cycle is
-- created here so a new platform starts with one; the secretariat edits it in its workspace.
CREATE TABLE reporting_cycles (
    year        INTEGER PRIMARY KEY CHECK (year BETWEEN 2016 AND 2100),
    deadline    TEXT NOT NULL CHECK (deadline GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'), -- 'YYYY-MM-DD'
    note        TEXT,                               -- shown to city offices beside the deadline
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

INSERT INTO reporting_cycles (year, deadline, note)
VALUES (2026, '2027-03-31', 'Mayor Briefs on the 2026 programme year are due by the end of March 2027.');
