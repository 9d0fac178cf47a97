import HTTP
import SQLite

/// Files of a brief: added and removed by its office while the brief is editable. Files have their own
/// forms, so they do not bump the brief's `version` (an open text form stays valid).
extension BriefWorkflow {
    /// Stores `bytes` (sniffed: PDF, PNG, JPEG, GIF, WebP; `HTTPError` 415 otherwise, 400 when empty) and
    /// attaches them to the brief under the sanitised `filename`.
    @discardableResult
    func addAttachment(_ db: Connection, briefID: Int, bytes: ArraySlice<UInt8>, filename: String, by user: User) throws -> BriefAttachment {
        let brief = try editable(db, briefID, by: user)
        let stored = try attachments.store(db, bytes: bytes, filename: filename)
        let attachment = try attachments.attach(db, briefID: briefID, sha256: stored.sha256, filename: stored.filename)
        try briefs.touch(db, id: briefID)
        try AuditLog.record(
            db, user: user, action: .update, entity: Self.auditEntity, id: briefID,
            summary: "Attached “\(attachment.filename)” to the \(brief.year) Mayor Brief",
            after: ["attachment": .string(attachment.filename), "sha256": .string(attachment.sha256), "size": .int(attachment.size)])
        return attachment
    }

    /// Removes a file from the brief (its bytes go once no brief refers to them). False when it was not attached.
    @discardableResult
    public func removeAttachment(_ db: Connection, briefID: Int, sha256: String, by user: User) throws -> Bool {
        let brief = try editable(db, briefID, by: user)
        guard let attachment = try attachments.list(db, briefID: briefID).first(where: { $0.sha256 == sha256 }) else { return false }
        try attachments.detach(db, briefID: briefID, sha256: sha256)
        try briefs.touch(db, id: briefID)
        try AuditLog.record(
            db, user: user, action: .update, entity: Self.auditEntity, id: briefID,
            summary: "Removed “\(attachment.filename)” from the \(brief.year) Mayor Brief",
            before: ["attachment": .string(attachment.filename), "sha256": .string(attachment.sha256)])
        return true
    }
}
