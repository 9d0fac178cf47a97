-- 0004_accounts: who may change the registry. Users and their roles, server-side sessions, failed sign-ins
-- (for throttling), invitations and password-reset links. Secrets are never stored: sessions, invitations
-- and resets keep only the SHA-256 of their token; passwords keep only a scrypt hash whose parameters are
-- part of the stored string. Expiry arithmetic uses whole seconds since 1970 (INTEGER) so comparisons are
-- plain; timestamps shown to people are 'YYYY-MM-DDTHH:MM:SSZ' text as elsewhere.

-- role: 'admin' (secretariat admin: everything, users too), 'staff' (secretariat staff: registry and
-- brief review), 'city_office' (one city's office; a city may have several such users).
CREATE TABLE users (
    id                      INTEGER PRIMARY KEY,
    email                   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name                    TEXT NOT NULL,
    role                    TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'city_office')),
    city_id                 INTEGER REFERENCES cities (id) ON DELETE RESTRICT,
    password_hash           TEXT NOT NULL,
    must_change_password    INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    is_active               INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    last_sign_in_at         TEXT,
    version                 INTEGER NOT NULL DEFAULT 1,
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((role = 'city_office') = (city_id IS NOT NULL))
) STRICT;

CREATE INDEX users_by_city ON users (city_id);

-- A signed-in browser. The CSRF token is derived from the (unstored) token, so it needs no column.
CREATE TABLE user_sessions (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash      BLOB NOT NULL UNIQUE,
    created_at      INTEGER NOT NULL,           -- seconds since 1970: absolute expiry counts from here
    last_seen_at    INTEGER NOT NULL,           -- idle expiry counts from here; refreshed lazily
    remote_address  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX user_sessions_by_user ON user_sessions (user_id);

-- One failed sign-in, counted per key ('account:<email>' and 'address:<ip>') within a short window.
CREATE TABLE sign_in_failures (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL,
    at          INTEGER NOT NULL
) STRICT;

CREATE INDEX sign_in_failures_by_key ON sign_in_failures (key, at);

-- An invitation link an admin copies and sends: single use, expiring.
CREATE TABLE invitations (
    id              INTEGER PRIMARY KEY,
    token_hash      BLOB NOT NULL UNIQUE,
    email           TEXT NOT NULL COLLATE NOCASE,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'city_office')),
    city_id         INTEGER REFERENCES cities (id) ON DELETE CASCADE,
    created_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    accepted_at     INTEGER,
    accepted_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    revoked_at      INTEGER,
    CHECK ((role = 'city_office') = (city_id IS NOT NULL))
) STRICT;

CREATE INDEX invitations_pending ON invitations (accepted_at, revoked_at, expires_at);

-- A password-reset link an admin generates for a user: single use, expiring.
CREATE TABLE password_resets (
    id          INTEGER PRIMARY KEY,
    token_hash  BLOB NOT NULL UNIQUE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
) STRICT;

CREATE INDEX password_resets_by_user ON password_resets (user_id);
