-- 0027_mail_choices (issue 14): what each person receives, and the settings of scheduled mail.
--
-- mail_opt_outs: one row per user and topic they turned off on /account or by a one-click unsubscribe
--   (RFC 8058). No row means the topic is on, so existing users keep receiving everything, as before.
--   Invitations, reset links and the office's review decisions have no topic: they are always sent.
-- mail_settings: the single row of scheduled mail's settings. The weekly digest goes out on
--   `digest_weekday` (ISO: 1 Monday … 7 Sunday) at `digest_hour` in the secretariat's time zone
--   (secretariat_settings.time_zone). `unsubscribe_key` signs the one-click unsubscribe links (HMAC-SHA-256):
--   it lives here, not in the session or the process, so links keep working across restarts and servers;
--   SQLite's randomblob() draws it from the operating system's randomness (sqlite3_randomness).
CREATE TABLE mail_opt_outs (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    topic       TEXT NOT NULL CHECK (topic IN ('brief_submitted', 'reminders', 'digest', 'secretariat_messages')),
    since       TEXT NOT NULL,                      -- 'YYYY-MM-DDTHH:MM:SSZ'
    PRIMARY KEY (user_id, topic)
) STRICT, WITHOUT ROWID;

CREATE TABLE mail_settings (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    digest_weekday  INTEGER NOT NULL DEFAULT 1 CHECK (digest_weekday BETWEEN 1 AND 7),
    digest_hour     INTEGER NOT NULL DEFAULT 8 CHECK (digest_hour BETWEEN 0 AND 23),
    unsubscribe_key TEXT NOT NULL CHECK (length(unsubscribe_key) = 64),
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT
) STRICT;

INSERT INTO mail_settings (id, unsubscribe_key) VALUES (1, lower(hex(randomblob(32))));

-- Reminders look up what was already sent to an office for a cycle by the prefix of their key.
CREATE INDEX outbox_by_kind_created ON outbox (kind, created_epoch);
