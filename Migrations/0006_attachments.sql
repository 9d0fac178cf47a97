-- Files attached to Mayor Briefs (issue 7). Content-addressed: a file is stored once under its
-- SHA-256, whatever its name and however many briefs attach it, so "start from last year" copies
-- references and re-uploading the same PDF costs nothing. Bytes live in SQLite so that a backup
-- of the platform stays one file.

CREATE TABLE attachment_blobs (
    sha256          TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    content_type    TEXT NOT NULL,              -- sniffed from the bytes, never the client's claim
    size            INTEGER NOT NULL CHECK (size > 0),
    bytes           BLOB NOT NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (size = length(bytes))
) STRICT;

CREATE TABLE brief_attachments (
    id              INTEGER PRIMARY KEY,
    brief_id        INTEGER NOT NULL REFERENCES mayor_briefs (id) ON DELETE CASCADE,
    sha256          TEXT NOT NULL REFERENCES attachment_blobs (sha256) ON DELETE RESTRICT,
    filename        TEXT NOT NULL CHECK (length(filename) > 0),  -- sanitised, extension matches the type
    title           TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (brief_id, sha256)
) STRICT;

-- Access checks and orphan clean-up look attachments up by hash.
CREATE INDEX brief_attachments_by_sha256 ON brief_attachments (sha256, brief_id);
