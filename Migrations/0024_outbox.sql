-- 0024_outbox: outgoing mail (issue 14).
--
-- Each message is written in the transaction of the event that causes it (a brief submitted, a review
-- decision, an invitation, a reset link), so an event never commits without its message and a rolled-back
-- event leaves none. The delivery worker sends what is due and records the outcome here.
--
-- A message keeps what its templates need (`params`, JSON of strings) and is rendered when it is sent, so
-- the database never holds rendered mail. A message that carries a link with a token (an invitation, a
-- reset) keeps the raw token in `secret` only while it is pending: it is set to NULL in the transaction
-- that marks the message sent, and by the worker once the link has expired (`secret_expires_at`) or the
-- message is dropped. The invitation and reset tables keep only the token's hash, as before.
CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL,                -- MailKind: invitation, password_reset, brief_submitted, …
    user_id             INTEGER REFERENCES users (id) ON DELETE SET NULL,  -- the recipient, when a user
    to_address          TEXT NOT NULL,
    to_name             TEXT NOT NULL DEFAULT '',
    params              TEXT NOT NULL DEFAULT '{}',   -- the template's values, JSON object of strings
    dedupe_key          TEXT UNIQUE,                  -- one message per key (reminders: office, cycle, step)
    secret              TEXT,                         -- a link's raw token, only while pending (see above)
    secret_expires_at   INTEGER,                      -- epoch seconds: the link's own expiry
    message_id          TEXT UNIQUE,                  -- '<…@domain>', set at the first attempt, kept by re-sends
    state               TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'dropped')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NOT NULL,             -- epoch seconds by the platform clock
    last_error          TEXT,
    created_at          TEXT NOT NULL,                -- 'YYYY-MM-DDTHH:MM:SSZ'
    created_epoch       INTEGER NOT NULL,
    sent_at             TEXT,
    finished_at         TEXT                          -- sent, failed or dropped
) STRICT;

CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id);
CREATE INDEX outbox_by_state ON outbox (state, id);
