-- 0011_brief_workflow: the life of a Mayor Brief after its draft (issue 7).
--
-- brief_versions: a full snapshot of the brief at each submission (number 1, 2, … per brief), so the
--   reviewer sees what changed since the last one and nothing the office sent is ever lost.
-- brief_reviews: the secretariat's decision on one submitted version, with the three criteria of the
--   good-practice label rated 1–5, each with a comment.
-- notifications: in-app messages to the users of a city office ("changes requested", "published").
-- Written only through BriefWorkflow (Sources/GPM/Briefs), in the same transaction as the status change.

CREATE TABLE brief_versions (
    id                  INTEGER PRIMARY KEY,
    brief_id            INTEGER NOT NULL REFERENCES mayor_briefs (id) ON DELETE CASCADE,
    number              INTEGER NOT NULL CHECK (number >= 1),
    submitted_at        TEXT NOT NULL,              -- 'YYYY-MM-DDTHH:MM:SSZ'
    submitted_by        INTEGER REFERENCES users (id) ON DELETE SET NULL,
    submitted_by_name   TEXT NOT NULL DEFAULT '',   -- kept when the account is gone
    title               TEXT NOT NULL,
    summary             TEXT NOT NULL,
    context             TEXT NOT NULL,
    programme           TEXT NOT NULL,
    results             TEXT NOT NULL,
    what_did_not_work   TEXT NOT NULL,
    partners            TEXT NOT NULL,
    next_steps          TEXT NOT NULL,
    action_ids          TEXT NOT NULL DEFAULT '[]', -- JSON array of actions.id, ascending
    theme_ids           TEXT NOT NULL DEFAULT '[]', -- JSON array of themes.id, ascending
    sdg_numbers         TEXT NOT NULL DEFAULT '[]', -- JSON array of sdgs.number, ascending
    attachments         TEXT NOT NULL DEFAULT '[]', -- JSON array of {"sha256": …, "filename": …} in their order
    UNIQUE (brief_id, number)
) STRICT;

CREATE TABLE brief_reviews (
    id                              INTEGER PRIMARY KEY,
    brief_id                        INTEGER NOT NULL REFERENCES mayor_briefs (id) ON DELETE CASCADE,
    version_number                  INTEGER NOT NULL,   -- the brief_versions.number reviewed
    reviewer_id                     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    reviewer_name                   TEXT NOT NULL DEFAULT '',
    decision                        TEXT NOT NULL CHECK (decision IN ('changes_requested', 'published')),
    comment                         TEXT NOT NULL DEFAULT '',
    evidence_of_results             INTEGER CHECK (evidence_of_results IS NULL OR evidence_of_results BETWEEN 1 AND 5),
    evidence_of_results_comment     TEXT NOT NULL DEFAULT '',
    integrated_approach             INTEGER CHECK (integrated_approach IS NULL OR integrated_approach BETWEEN 1 AND 5),
    integrated_approach_comment     TEXT NOT NULL DEFAULT '',
    transferability                 INTEGER CHECK (transferability IS NULL OR transferability BETWEEN 1 AND 5),
    transferability_comment         TEXT NOT NULL DEFAULT '',
    created_at                      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX brief_reviews_by_brief ON brief_reviews (brief_id, id);

-- Addressed to one user (user_id) or to a whole city office (city_id only). BriefWorkflow writes one
-- row per active user of the office, with city_id set too for context.
CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users (id) ON DELETE CASCADE,
    city_id     INTEGER REFERENCES cities (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('submitted', 'changes_requested', 'published', 'withdrawn')),
    brief_id    INTEGER REFERENCES mayor_briefs (id) ON DELETE CASCADE,
    message     TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    read_at     TEXT,
    CHECK (user_id IS NOT NULL OR city_id IS NOT NULL)
) STRICT;

CREATE INDEX notifications_by_user ON notifications (user_id, read_at, id);
CREATE INDEX notifications_by_city ON notifications (city_id, id);
