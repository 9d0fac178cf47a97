import HTTP
import SQLite

/// A file kept in the blob store, as `store` reports it.
struct StoredAttachment: Sendable, Equatable {
    let sha256: String
    let kind: AttachmentKind
    let size: Int
    /// The sanitised name, with an ending that matches the kind.
    let filename: String
    /// False when identical bytes were already stored (nothing was written).
    let isNew: Bool
}

/// A file attached to a brief, for lists and links.
struct BriefAttachment: Sendable, Equatable {
    let id: Int
    let briefID: Int
    let sha256: String
    let filename: String
    let title: String
    let position: Int
    let contentType: String
    let size: Int

    /// `/attachments/<sha256>/<file name>`, percent-encoded.
    var downloadPath: String { AttachmentRoutes.path(sha256: sha256, filename: filename) }
}

/// A stored file's bytes with the type they were sniffed as.
struct AttachmentBlob: Sendable {
    let sha256: String
    let contentType: String
    let bytes: [UInt8]
}

/// Stores attachment files by content hash and links them to Mayor Briefs. Writes take the
/// caller's connection so the brief workflow can store, attach and update a brief in one
/// transaction; reads come in both forms.
struct AttachmentRepository: Sendable {
    let database: DatabasePool

    /// Sniffs and hashes `bytes` and stores them unless identical bytes are stored already.
    /// Throws `HTTPError` 400 for an empty file, 415 for a type that is not accepted.
    func store(_ db: Connection, bytes: ArraySlice<UInt8>, filename: String) throws -> StoredAttachment {
        let name = UploadFilename.sanitized(filename)
        guard !bytes.isEmpty else { throw HTTPError(.badRequest, "“\(name)” is empty.") }
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
    func attach(_ db: Connection, briefID: Int, sha256: String, filename: String, title: String = "") throws -> BriefAttachment {
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
        guard let attachment = try list(db, briefID: briefID).first(where: { $0.sha256 == sha256 }) else {
            throw HTTPError(.internalServerError)
        }
        return attachment
    }

    /// A brief's attachments in their order.
    func list(_ db: Connection, briefID: Int) throws -> [BriefAttachment] {
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

    func list(briefID: Int) throws -> [BriefAttachment] { try database.read { try list($0, briefID: briefID) } }

    /// Gives `toBrief` the attachments of `fromBrief` ("start from last year"): references only, no
    /// bytes copied; files the target already has are skipped. Returns how many were added.
    @discardableResult
    func copyAttachments(_ db: Connection, fromBrief: Int, toBrief: Int) throws -> Int {
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

    /// Removes a file from a brief; its bytes go too once no brief refers to them.
    @discardableResult
    func detach(_ db: Connection, briefID: Int, sha256: String) throws -> Bool {
        try db.run("DELETE FROM brief_attachments WHERE brief_id = ? AND sha256 = ?", briefID, sha256)
        let removed = db.changes > 0
        try deleteUnreferencedBlob(db, sha256: sha256)
        return removed
    }

    /// Deletes stored bytes no brief refers to (after `detach`, or after briefs were deleted).
    func deleteUnreferencedBlob(_ db: Connection, sha256: String? = nil) throws {
        try db.run(
            """
            DELETE FROM attachment_blobs
            WHERE (?1 IS NULL OR sha256 = ?1)
              AND NOT EXISTS (SELECT 1 FROM brief_attachments a WHERE a.sha256 = attachment_blobs.sha256)
            """,
            sha256)
    }

    /// The bytes and type of a stored file.
    func blob(_ db: Connection, sha256: String) throws -> AttachmentBlob? {
        try db.queryOne("SELECT content_type, bytes FROM attachment_blobs WHERE sha256 = ?", sha256).map { row in
            AttachmentBlob(sha256: sha256, contentType: try row.string("content_type"), bytes: try row.get("bytes"))
        }
    }

    func blob(sha256: String) throws -> AttachmentBlob? { try database.read { try blob($0, sha256: sha256) } }

    /// The names a file is attached under in the briefs `access` lets this request see, best
    /// match first; empty when the request may not see it at all.
    func visibleFilenames(_ db: Connection, sha256: String, access: AttachmentAccess, request: Request) throws -> [String] {
        try db.query(
            """
            SELECT a.brief_id, a.filename, m.status, m.city_id
            FROM brief_attachments a JOIN mayor_briefs m ON m.id = a.brief_id
            WHERE a.sha256 = ? ORDER BY a.id
            """,
            sha256
        ).compactMap { row in
            let brief = AttachmentAccess.Brief(id: try row.int("brief_id"), cityID: try row.int("city_id"), status: try row.string("status"))
            return try access.allows(request, brief) ? try row.string("filename") : nil
        }
    }
}
