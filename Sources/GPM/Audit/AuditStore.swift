import SQLite

/// The audit log's SQL: who changed what, when, from what to what. Writers call `record` with the `db`
/// of their own write transaction, so the change and its entry commit (or roll back) together:
///
/// ```swift
/// try database.write { db in
///     let cities = CityStore(db: db)
///     let before = try cities.snapshot(id: id)
///     try cities.rename(id: id, to: name, now: clock.timestamp())
///     try AuditStore(db: db).record(at: clock.timestamp(), user: user, action: .update, entity: "city", id: id,
///                                   summary: "Renamed \(old) to \(name)", before: before, after: try cities.snapshot(id: id))
/// }
/// ```
struct AuditStore {
    let db: Connection

    /// Appends one event at `at` (a `Timestamp`). `user` nil means the platform itself (a command, a migration).
    /// A snapshot that cannot be encoded throws: an entry that says "{}" would hide what changed. Text
    /// values are stored bounded (`AuditSnapshot.bounded`): at most 2,000 characters each.
    func record(
        at: String, user: User?, action: AuditAction, entity: String, id: (any CustomStringConvertible)?,
        summary: String = "", before: AuditSnapshot? = nil, after: AuditSnapshot? = nil
    ) throws {
        try db.run(
            """
            INSERT INTO audit_events (at, user_id, user_email, action, entity_type, entity_id, summary, before_json, after_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            at, user?.id, user?.email, action.rawValue, entity, id.map { String(describing: $0) }, summary,
            try before?.bounded().json(), try after?.bounded().json())
    }

    /// Every event for one record, newest first: the history shown on its edit page.
    func history(entity: String, id: any CustomStringConvertible, limit: Int = 200) throws -> [AuditEvent] {
        try db.query(
            "SELECT * FROM audit_events WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC LIMIT ?",
            entity, String(describing: id), limit
        ).map(AuditEvent.init(row:))
    }

    /// How many events match `filter`.
    func count(_ filter: AuditFilter) throws -> Int {
        try db.scalar("SELECT count(*) FROM audit_events WHERE " + Self.condition, named: Self.arguments(filter)) ?? 0
    }

    /// One page of the events matching `filter`, newest first.
    func page(_ filter: AuditFilter, limit: Int, offset: Int) throws -> [AuditEvent] {
        var arguments = Self.arguments(filter)
        arguments["limit"] = limit
        arguments["offset"] = offset
        return try db.query("SELECT * FROM audit_events WHERE " + Self.condition + " ORDER BY id DESC LIMIT :limit OFFSET :offset", named: arguments)
            .map(AuditEvent.init(row:))
    }

    /// Entity types present in the log, for the filter's choices.
    func entityTypes() throws -> [String] {
        try db.query("SELECT DISTINCT entity_type FROM audit_events ORDER BY entity_type").map { try $0.string("entity_type") }
    }

    /// Users who appear in the log, for the filter's choices.
    func users() throws -> [(id: Int, label: String)] {
        try db.query(
            "SELECT DISTINCT u.id, u.name, u.email FROM audit_events a JOIN users u ON u.id = a.user_id ORDER BY u.name COLLATE NOCASE"
        ).map { (try $0.int("id"), "\(try $0.string("name")) <\(try $0.string("email"))>") }
    }

    // One constant statement; an absent filter is a NULL that matches everything.
    private static let condition =
        "(:type IS NULL OR entity_type = :type) AND (:entity IS NULL OR entity_id = :entity) AND (:user IS NULL OR user_id = :user)"

    private static func arguments(_ filter: AuditFilter) -> [String: (any SQLBindable)?] {
        ["type": filter.entityType, "entity": filter.entityID, "user": filter.userID]
    }
}
