import SQLite

/// One entry of the audit log.
public struct AuditEvent: Sendable, Equatable {
    public let id: Int
    public let at: String
    public let userID: Int?
    public let userEmail: String?
    public let action: AuditAction
    public let entityType: String
    public let entityID: String?
    public let summary: String
    public let before: AuditSnapshot?
    public let after: AuditSnapshot?

    /// A stored snapshot that is not JSON throws: the history must not silently lose what changed.
    init(row: Row) throws {
        id = try row.int("id")
        at = try row.string("at")
        userID = try row.optionalInt("user_id")
        userEmail = try row.optionalString("user_email")
        action = AuditAction(try row.string("action"))
        entityType = try row.string("entity_type")
        entityID = try row.optionalString("entity_id")
        summary = try row.string("summary")
        before = try row.optionalString("before_json").map(AuditSnapshot.init(json:))
        after = try row.optionalString("after_json").map(AuditSnapshot.init(json:))
    }

    /// One field that differs between before and after.
    public struct Change: Sendable, Equatable {
        public let field: String
        public let before: String?
        public let after: String?
    }

    /// The fields that changed (all fields of a create or a delete), sorted by name.
    public var changes: [Change] {
        let keys = Set((before?.fields.keys).map(Array.init) ?? []).union((after?.fields.keys).map(Array.init) ?? [])
        return keys.sorted().compactMap { key in
            let old = before?.fields[key], new = after?.fields[key]
            if old == new { return nil }
            return Change(field: key, before: old.map(\.display), after: new.map(\.display))
        }
    }
}
