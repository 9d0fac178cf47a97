-- 0005_audit: every change to the registry, commitments, briefs and accounts, written in the same
-- transaction as the change itself. `user_email` keeps who it was even if the user is later removed;
-- `before_json` / `after_json` are JSON objects of the record's fields (NULL for a create's before or a
-- delete's after). `entity_id` is TEXT so records keyed by slug or composite keys fit too.
CREATE TABLE audit_events (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    user_id         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    user_email      TEXT,
    action          TEXT NOT NULL,              -- create, update, delete, or a named event (publish, …)
    entity_type     TEXT NOT NULL,              -- table-like name: city, network, mayor_brief, user, …
    entity_id       TEXT,
    summary         TEXT NOT NULL DEFAULT '',
    before_json     TEXT,
    after_json      TEXT
) STRICT;

CREATE INDEX audit_events_by_entity ON audit_events (entity_type, entity_id, id);
CREATE INDEX audit_events_by_user ON audit_events (user_id, id);
