import HTTP
import SQLite

// Temporary: removed when all features use AttachmentStore.
/// The old face of the attachment files, kept so features converted concurrently (the brief workflow, best
/// practices) still compile; every method forwards to `AttachmentStore`.
struct AttachmentRepository: Sendable {
    let database: DatabasePool

    func store(_ db: Connection, bytes: ArraySlice<UInt8>, filename: String) throws -> StoredAttachment {
        try AttachmentStore(db: db).store(bytes: bytes, filename: filename)
    }

    @discardableResult
    func attach(_ db: Connection, briefID: Int, sha256: String, filename: String, title: String = "") throws -> BriefAttachment {
        try AttachmentStore(db: db).attach(briefID: briefID, sha256: sha256, filename: filename, title: title)
    }

    func list(_ db: Connection, briefID: Int) throws -> [BriefAttachment] { try AttachmentStore(db: db).list(briefID: briefID) }

    func list(briefID: Int) throws -> [BriefAttachment] { try database.read { db in try AttachmentStore(db: db).list(briefID: briefID) } }

    @discardableResult
    func copyAttachments(_ db: Connection, fromBrief: Int, toBrief: Int) throws -> Int {
        try AttachmentStore(db: db).copyAttachments(fromBrief: fromBrief, toBrief: toBrief)
    }

    @discardableResult
    func detach(_ db: Connection, briefID: Int, sha256: String) throws -> Bool { try AttachmentStore(db: db).detach(briefID: briefID, sha256: sha256) }

    func deleteUnreferencedBlob(_ db: Connection, sha256: String? = nil) throws {
        try AttachmentStore(db: db).deleteUnreferencedBlob(sha256: sha256)
    }

    func blob(_ db: Connection, sha256: String) throws -> AttachmentBlob? { try AttachmentStore(db: db).blob(sha256: sha256) }

    func blob(sha256: String) throws -> AttachmentBlob? { try database.read { db in try AttachmentStore(db: db).blob(sha256: sha256) } }
}
