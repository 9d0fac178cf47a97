-- 0022_editor_and_notifications: what the brief editor and the notifications of issue 13 keep.
--
-- mayor_briefs.carried_over: the sections a draft took from last year's brief ("start from last year"),
--   as a JSON object {section key: SHA-256 of the text carried over}, and the year they came from. A
--   section is marked "carried over" while its text still hashes to the stored value; a save drops the
--   keys whose text changed. Existing briefs get '{}' (nothing marked): which of their text was carried
--   over was never recorded.
-- kept_forms: the fields of a form posted after its session expired, keyed to the user of that expired
--   session, shown pre-filled once after sign-in and then deleted (never replayed); files are not kept.
--   Rows past expires_at are deleted when the next form is kept.
-- notification_reads: who has read a notification addressed to a whole city office (user_id NULL);
--   a notification addressed to one user keeps using notifications.read_at.

ALTER TABLE mayor_briefs ADD COLUMN carried_over TEXT NOT NULL DEFAULT '{}';
ALTER TABLE mayor_briefs ADD COLUMN carried_over_from INTEGER;

CREATE TABLE kept_forms (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    path            TEXT NOT NULL,                 -- the page the form belongs to (its GET path)
    fields          TEXT NOT NULL,                 -- JSON array of [name, value] pairs, _csrf left out
    files_dropped   INTEGER NOT NULL DEFAULT 0 CHECK (files_dropped IN (0, 1)),
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
) STRICT;

CREATE INDEX kept_forms_by_user ON kept_forms (user_id, path, id);

CREATE TABLE notification_reads (
    notification_id INTEGER NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    read_at         TEXT NOT NULL,
    PRIMARY KEY (notification_id, user_id)
) STRICT, WITHOUT ROWID;
