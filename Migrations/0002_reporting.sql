-- 0002_reporting: what cities do with the GPM's actions (commitments and their history) and what they
-- report once a year (Mayor Briefs). Users, review comments, brief versions and attachments come in later
-- migrations (issues 6 and 7); they will reference these tables, not change them.

-- A city's current stance on one action. The full history lives in commitment_events: every change of
-- `status` or `progress` is written there too, in the same transaction, so nothing is overwritten.
-- `progress` is the latest progress status; NULL before the first progress update.
CREATE TABLE commitments (
    id                  INTEGER PRIMARY KEY,
    city_id             INTEGER NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    action_id           INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    status              TEXT NOT NULL CHECK (status IN ('opted_in', 'opted_out')),
    since               TEXT NOT NULL,              -- 'YYYY-MM-DD' of the latest opt-in / opt-out
    progress            TEXT CHECK (progress IS NULL OR progress IN ('planned', 'in_progress', 'achieved', 'paused')),
    progress_updated_on TEXT,                       -- 'YYYY-MM-DD' of the latest progress event
    is_demo             INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (city_id, action_id)
) STRICT;

CREATE INDEX commitments_by_action ON commitments (action_id, status, city_id);
CREATE INDEX commitments_by_status ON commitments (status, progress);

-- The dated timeline of a commitment: opt-ins, opt-outs and progress updates.
-- For kind 'progress', `progress` is required; for opt_in/opt_out it is NULL.
CREATE TABLE commitment_events (
    id              INTEGER PRIMARY KEY,
    commitment_id   INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    occurred_on     TEXT NOT NULL,                  -- 'YYYY-MM-DD'
    kind            TEXT NOT NULL CHECK (kind IN ('opt_in', 'opt_out', 'progress')),
    progress        TEXT CHECK (progress IS NULL OR progress IN ('planned', 'in_progress', 'achieved', 'paused')),
    note            TEXT,
    evidence_url    TEXT,
    is_demo         INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((kind = 'progress') = (progress IS NOT NULL))
) STRICT;

CREATE INDEX commitment_events_by_commitment ON commitment_events (commitment_id, occurred_on, id);
CREATE INDEX commitment_events_by_date ON commitment_events (occurred_on);

-- One Mayor Brief per city per reporting year. Sections are plain text, paragraphs separated by a
-- blank line. Only status 'published' is public; `published_at` is set when it is first published
-- (and kept if the brief is later withdrawn).
CREATE TABLE mayor_briefs (
    id                  INTEGER PRIMARY KEY,
    city_id             INTEGER NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
    year                INTEGER NOT NULL CHECK (year BETWEEN 2016 AND 2100),
    title               TEXT NOT NULL,
    summary             TEXT NOT NULL DEFAULT '',
    context             TEXT NOT NULL DEFAULT '',
    programme           TEXT NOT NULL DEFAULT '',
    results             TEXT NOT NULL DEFAULT '',
    what_did_not_work   TEXT NOT NULL DEFAULT '',
    partners            TEXT NOT NULL DEFAULT '',
    next_steps          TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'draft' CHECK (status IN (
                            'draft', 'submitted', 'changes_requested', 'published', 'withdrawn')),
    submitted_at        TEXT,                       -- timestamp of the latest submission
    published_at        TEXT,                       -- timestamp of first publication
    is_demo             INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (city_id, year),
    CHECK (status <> 'published' OR published_at IS NOT NULL)
) STRICT;

CREATE INDEX mayor_briefs_by_status ON mayor_briefs (status, published_at);
CREATE INDEX mayor_briefs_by_year ON mayor_briefs (year, status);

CREATE TABLE brief_actions (
    brief_id    INTEGER NOT NULL REFERENCES mayor_briefs (id) ON DELETE CASCADE,
    action_id   INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    PRIMARY KEY (brief_id, action_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX brief_actions_by_action ON brief_actions (action_id, brief_id);

CREATE TABLE brief_themes (
    brief_id    INTEGER NOT NULL REFERENCES mayor_briefs (id) ON DELETE CASCADE,
    theme_id    INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (brief_id, theme_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX brief_themes_by_theme ON brief_themes (theme_id, brief_id);

CREATE TABLE brief_sdgs (
    brief_id    INTEGER NOT NULL REFERENCES mayor_briefs (id) ON DELETE CASCADE,
    sdg_number  INTEGER NOT NULL REFERENCES sdgs (number) ON DELETE RESTRICT,
    PRIMARY KEY (brief_id, sdg_number)
) STRICT, WITHOUT ROWID;

CREATE INDEX brief_sdgs_by_sdg ON brief_sdgs (sdg_number, brief_id);
