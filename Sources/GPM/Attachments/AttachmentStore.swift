import HTTP
import SQLite

/// Attachment files in SQLite, kept once per content hash and linked to Mayor Briefs. Over the caller's
/// connection, so the brief workflow can store, attach and update a brief in one transaction.
struct AttachmentStore {
    let db: Connection

    /// Sniffs and hashes `bytes` and stores them unless identical bytes are stored already.
    /// Throws `AttachmentRefusal` for an empty file or a type that is not accepted.
    func store(bytes: ArraySlice<UInt8>, filename: String) throws -> StoredAttachment {
        let name = UploadFilename.sanitized(filename)
        guard !bytes.isEmpty else { throw AttachmentRefusal.empty(filename: name) }
        let kind = try AttachmentKind.detect(bytes, filename: name)
        let sha256 = AttachmentHash.sha256(bytes)
        try db.run(
            """
            INSERT INTO attachment_blobs (sha256, content_type, size, bytes) VALUES (?, ?, ?, ?)
            ON CONFLICT (sha256) DO NOTHING
            """,
            sha256, kind.contentType, bytes.count, Array(bytes))
        let isNew = db.changes == 1
        return StoredAttachment(sha256: sha256, kind: kind, size: bytes.count, filename: kind.filename(name), isNew: isNew)
    }

    /// Attaches a stored file to a brief, last in order. Attaching the same file again keeps the
    /// existing attachment (and its name).
    @discardableResult
    func attach(briefID: Int, sha256: String, filename: String, title: String = "") throws -> BriefAttachment {
        guard let contentType: String = try db.scalar("SELECT content_type FROM attachment_blobs WHERE sha256 = ?", sha256),
            let kind = AttachmentKind(contentType: contentType)
        else { throw HTTPError(.notFound, "That file is not stored.") }
        try db.run(
            """
            INSERT INTO brief_attachments (brief_id, sha256, filename, title, position)
            VALUES (?1, ?2, ?3, ?4, (SELECT COALESCE(MAX(position), 0) + 1 FROM brief_attachments WHERE brief_id = ?1))
            ON CONFLICT (brief_id, sha256) DO NOTHING
            """,
            briefID, sha256, kind.filename(filename), title)
        guard let attachment = try list(briefID: briefID).first(where: { $0.sha256 == sha256 }) else {
            throw HTTPError(.internalServerError)
        }
        return attachment
    }

    /// A brief's attachments in their order.
    func list(briefID: Int) throws -> [BriefAttachment] {
        try db.query(
            """
            SELECT a.id, a.brief_id, a.sha256, a.filename, a.title, a.position, b.content_type, b.size
            FROM brief_attachments a JOIN attachment_blobs b ON b.sha256 = a.sha256
            WHERE a.brief_id = ? ORDER BY a.position, a.id
            """,
            briefID
        ).map { row in
            BriefAttachment(
                id: try row.int("id"), briefID: try row.int("brief_id"), sha256: try row.string("sha256"),
                filename: try row.string("filename"), title: try row.string("title"), position: try row.int("position"),
                contentType: try row.string("content_type"), size: try row.int("size"))
        }
    }

    /// Gives `toBrief` the attachments of `fromBrief` ("start from last year"): references only, no
    /// bytes copied; files the target already has are skipped. Returns how many were added.
    @discardableResult
    func copyAttachments(fromBrief: Int, toBrief: Int) throws -> Int {
        try db.run(
            """
            INSERT INTO brief_attachments (brief_id, sha256, filename, title, position)
            SELECT ?1, sha256, filename, title,
                   position + (SELECT COALESCE(MAX(position), 0) FROM brief_attachments WHERE brief_id = ?1)
            FROM brief_attachments WHERE brief_id = ?2 ORDER BY position
            ON CONFLICT (brief_id, sha256) DO NOTHING
            """,
            toBrief, fromBrief)
        return db.changes
    }

    /// Removes a file from a brief; its bytes go too once no brief and no submitted version refers to them.
    @discardableResult
    func detach(briefID: Int, sha256: String) throws -> Bool {
        try db.run("DELETE FROM brief_attachments WHERE brief_id = ? AND sha256 = ?", briefID, sha256)
        let removed = db.changes > 0
        try deleteUnreferencedBlob(sha256: sha256)
        return removed
    }

    /// Deletes stored bytes that no brief lists and no submitted version (`brief_versions.attachments`)
    /// refers to: a version is immutable, files included, so a reviewer's link to a file removed from the
    /// draft since keeps working.
    func deleteUnreferencedBlob(sha256: String? = nil) throws {
        try db.run(
            """
            DELETE FROM attachment_blobs
            WHERE (?1 IS NULL OR sha256 = ?1)
              AND NOT EXISTS (SELECT 1 FROM brief_attachments a WHERE a.sha256 = attachment_blobs.sha256)
              AND NOT EXISTS (
                  SELECT 1 FROM brief_versions v, json_each(v.attachments) f
                  WHERE json_extract(f.value, '$.sha256') = attachment_blobs.sha256)
            """,
            sha256)
    }

    /// Bytes of the distinct files attached now to the briefs of `cityID` (a file attached to two of its
    /// briefs counts once), and how many files `briefID` has: what the limits are measured against.
    func usage(cityID: Int, briefID: Int) throws -> (cityBytes: Int, briefFiles: Int) {
        let bytes: Int = try db.scalar(
            """
            SELECT COALESCE(SUM(size), 0) FROM attachment_blobs WHERE sha256 IN (
                SELECT a.sha256 FROM brief_attachments a JOIN mayor_briefs m ON m.id = a.brief_id WHERE m.city_id = ?)
            """,
            cityID) ?? 0
        let files: Int = try db.scalar("SELECT COUNT(*) FROM brief_attachments WHERE brief_id = ?", briefID) ?? 0
        return (bytes, files)
    }

    /// Whether a file with these bytes is attached to one of the city's briefs already (it costs nothing more).
    func isStoredForCity(sha256: String, cityID: Int) throws -> Bool {
        try db.scalar(
            """
            SELECT EXISTS (SELECT 1 FROM brief_attachments a JOIN mayor_briefs m ON m.id = a.brief_id
                           WHERE a.sha256 = ? AND m.city_id = ?)
            """,
            sha256, cityID) ?? false
    }

    /// The bytes and type of a stored file.
    func blob(sha256: String) throws -> AttachmentBlob? {
        try db.queryOne("SELECT content_type, bytes FROM attachment_blobs WHERE sha256 = ?", sha256).map { row in
            AttachmentBlob(sha256: sha256, contentType: try row.string("content_type"), bytes: try row.get("bytes"))
        }
    }

    /// Every brief a file is attached to, or was listed in a submitted version of, with the name it has
    /// there: attachments of the draft first (oldest first), then versions (oldest first).
    func attachedBriefs(sha256: String) throws -> [(brief: AttachmentAccess.Brief, filename: String)] {
        try db.query(
            """
            SELECT source, brief_id, filename, status, city_id FROM (
                SELECT 0 AS source, a.id AS ord, a.brief_id, a.filename, m.status, m.city_id
                FROM brief_attachments a JOIN mayor_briefs m ON m.id = a.brief_id
                WHERE a.sha256 = ?1
                UNION ALL
                SELECT 1, v.id, v.brief_id, json_extract(f.value, '$.filename'), m.status, m.city_id
                FROM brief_versions v JOIN json_each(v.attachments) f JOIN mayor_briefs m ON m.id = v.brief_id
                WHERE json_extract(f.value, '$.sha256') = ?1
            ) ORDER BY source, ord
            """,
            sha256
        ).map { row in
            (AttachmentAccess.Brief(
                id: try row.int("brief_id"), cityID: try row.int("city_id"), status: try row.string("status"),
                onlyInVersion: try row.int("source") == 1),
             try row.string("filename"))
        }
    }
}
