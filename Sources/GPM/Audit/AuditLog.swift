import SQLite

/// What happened to a record, as the audit log names it. The usual three, plus named events
/// (`AuditAction("publish")`) for workflow steps that are neither.
public struct AuditAction: RawRepresentable, Sendable, Equatable, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let create = AuditAction("create")
    public static let update = AuditAction("update")
    public static let delete = AuditAction("delete")
}

/// The audit log: who changed what, when, from what to what. Writers call `record` INSIDE their write
/// transaction with the same `db`, so the change and its record commit (or roll back) together:
///
/// ```swift
/// try app.database.write { db in
///     let before = try db.queryOne("SELECT * FROM cities WHERE id = ?", id).map { AuditSnapshot(row: $0) }
///     try db.run("UPDATE cities SET name = ? WHERE id = ?", name, id)
///     let after = try db.queryOne("SELECT * FROM cities WHERE id = ?", id).map { AuditSnapshot(row: $0) }
///     try AuditLog.record(db, user: signedIn.user, action: .update, entity: "city", id: id,
///                         summary: "Renamed \(old) to \(name)", before: before, after: after)
/// }
/// ```
public enum AuditLog {
    /// Appends one event. `user` nil means the platform itself (a command, a migration).
    public static func record(
        _ db: Connection, user: User?, action: AuditAction, entity: String, id: (any CustomStringConvertible)?,
        summary: String = "", before: AuditSnapshot? = nil, after: AuditSnapshot? = nil
    ) throws {
        try db.run(
            """
            INSERT INTO audit_events (at, user_id, user_email, action, entity_type, entity_id, summary, before_json, after_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            AccountClock.timestamp(), user?.id, user?.email, action.rawValue, entity, id.map { String(describing: $0) }, summary,
            before?.json, after?.json)
    }

    /// Every event for one record, newest first: the history shown on its edit page.
    public static func history(_ db: Connection, entity: String, id: any CustomStringConvertible, limit: Int = 200) throws -> [AuditEvent] {
        try db.query(
            "SELECT * FROM audit_events WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC LIMIT ?",
            entity, String(describing: id), limit
        ).map(AuditEvent.init(row:))
    }

    /// The same, reading from the pool.
    public static func history(_ database: DatabasePool, entity: String, id: any CustomStringConvertible, limit: Int = 200) throws -> [AuditEvent] {
        try database.read { db in try history(db, entity: entity, id: id, limit: limit) }
    }
}

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

    init(row: Row) throws {
        id = try row.int("id")
        at = try row.string("at")
        userID = try row.optionalInt("user_id")
        userEmail = try row.optionalString("user_email")
        action = AuditAction(try row.string("action"))
        entityType = try row.string("entity_type")
        entityID = try row.optionalString("entity_id")
        summary = try row.string("summary")
        before = AuditSnapshot(json: try row.optionalString("before_json"))
        after = AuditSnapshot(json: try row.optionalString("after_json"))
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
