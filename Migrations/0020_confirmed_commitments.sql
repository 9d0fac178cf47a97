-- 0020_confirmed_commitments (issue 13): commitments confirmed every reporting cycle, recorded by the
-- secretariat for cities without an account, a stance and a progress that cannot contradict, and short
-- titles for actions the papers left untitled.

-- Stance and progress cannot contradict (CommitmentConsistency in Sources/GPM/Vocabulary/CommitmentVocabulary.swift):
-- a commitment carries a current progress only while the city is opted in. An opted-out commitment has no
-- progress ("not started": NULL); a city that never opted in has no row at all.
--
-- Existing rows are fixed by clearing the current progress of every commitment that is not opted in
-- (progress and progress_updated_on set to NULL, version raised so an open form made from the old row is
-- told it is stale). Nothing is lost: the history in commitment_events keeps every progress event, and the
-- public timelines still show them; only the "current progress" beside an opt-out goes.
UPDATE commitments
SET progress = NULL, progress_updated_on = NULL, version = version + 1
WHERE status <> 'opted_in' AND (progress IS NOT NULL OR progress_updated_on IS NOT NULL);

-- The rule in the schema (a CHECK cannot be added to an existing SQLite table): both triggers refuse a row
-- that is not opted in and has a progress.
CREATE TRIGGER commitments_progress_needs_opt_in_on_insert BEFORE INSERT ON commitments
WHEN NEW.status <> 'opted_in' AND NEW.progress IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'commitments: a progress is recorded only while the city is opted in');
END;

CREATE TRIGGER commitments_progress_needs_opt_in_on_update BEFORE UPDATE OF status, progress ON commitments
WHEN NEW.status <> 'opted_in' AND NEW.progress IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'commitments: a progress is recorded only while the city is opted in');
END;

-- Who last recorded the commitment: 1 when the secretariat recorded it for the city (a city without an
-- account, or on the city's behalf); pages show "recorded by the secretariat". The office's own change sets 0.
ALTER TABLE commitments ADD COLUMN recorded_by_secretariat INTEGER NOT NULL DEFAULT 0
    CHECK (recorded_by_secretariat IN (0, 1));
ALTER TABLE commitment_events ADD COLUMN recorded_by_secretariat INTEGER NOT NULL DEFAULT 0
    CHECK (recorded_by_secretariat IN (0, 1));

-- One confirmation per commitment and reporting cycle: the office (or the secretariat) said the commitment
-- still stands as recorded ('unchanged', one click) or changed it during that cycle ('updated': an opt-in,
-- opt-out or progress report writes it too). A later confirmation in the same cycle replaces the row, so it
-- holds the latest. The office's brief for a cycle is submitted only once every commitment of the city has
-- its row for that cycle (BriefSteps.submit). "Last confirmed" on the public pages is the latest row.
CREATE TABLE commitment_confirmations (
    id              INTEGER PRIMARY KEY,
    commitment_id   INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    cycle_year      INTEGER NOT NULL CHECK (cycle_year BETWEEN 2016 AND 2100),
    kind            TEXT NOT NULL CHECK (kind IN ('unchanged', 'updated')),
    confirmed_on    TEXT NOT NULL CHECK (confirmed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'), -- 'YYYY-MM-DD'
    confirmed_at    TEXT NOT NULL,                  -- 'YYYY-MM-DDTHH:MM:SSZ'
    user_id         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    user_name       TEXT NOT NULL DEFAULT '',       -- kept when the account is gone
    by_secretariat  INTEGER NOT NULL DEFAULT 0 CHECK (by_secretariat IN (0, 1)),
    is_demo         INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    UNIQUE (commitment_id, cycle_year)
) STRICT;

CREATE INDEX commitment_confirmations_by_cycle ON commitment_confirmations (cycle_year, commitment_id);

-- Short titles for actions: what lists show instead of "Action 3.1" when the papers print no title (or a long
-- one). Staff edit it on the action's form; `short_title_is_editorial = 1` marks one written by the editors
-- from the action's text (not printed in the papers), shown to readers as "editorial title".
ALTER TABLE actions ADD COLUMN short_title TEXT CHECK (short_title IS NULL OR length(short_title) BETWEEN 1 AND 80);
ALTER TABLE actions ADD COLUMN short_title_is_editorial INTEGER NOT NULL DEFAULT 0
    CHECK (short_title_is_editorial IN (0, 1));
