import SQLite

/// Reads the audit log for the secretariat's browser: filtered by entity type (and id) and by user, newest first.
struct AuditRepository: Sendable {
    let database: DatabasePool

    struct Filter: Sendable {
        var entityType: String?
        var entityID: String?
        var userID: Int?
    }

    func count(_ filter: Filter) throws -> Int {
        try database.read { db in try db.scalar("SELECT count(*) FROM audit_events WHERE " + Self.condition, named: Self.arguments(filter)) ?? 0 }
    }

    func page(_ filter: Filter, limit: Int, offset: Int) throws -> [AuditEvent] {
        var arguments = Self.arguments(filter)
        arguments["limit"] = limit
        arguments["offset"] = offset
        return try database.read { db in
            try db.query("SELECT * FROM audit_events WHERE " + Self.condition + " ORDER BY id DESC LIMIT :limit OFFSET :offset", named: arguments)
                .map(AuditEvent.init(row:))
        }
    }

    /// Entity types present in the log, for the filter's choices.
    func entityTypes() throws -> [String] {
        try database.read { db in
            try db.query("SELECT DISTINCT entity_type FROM audit_events ORDER BY entity_type").map { try $0.string("entity_type") }
        }
    }

    /// Users who appear in the log, for the filter's choices.
    func users() throws -> [(id: Int, label: String)] {
        try database.read { db in
            try db.query(
                "SELECT DISTINCT u.id, u.name, u.email FROM audit_events a JOIN users u ON u.id = a.user_id ORDER BY u.name COLLATE NOCASE"
            ).map { (try $0.int("id"), "\(try $0.string("name")) <\(try $0.string("email"))>") }
        }
    }

    // One constant statement; an absent filter is a NULL that matches everything.
    private static let condition =
        "(:type IS NULL OR entity_type = :type) AND (:entity IS NULL OR entity_id = :entity) AND (:user IS NULL OR user_id = :user)"

    private static func arguments(_ filter: Filter) -> [String: (any SQLBindable)?] {
        ["type": filter.entityType, "entity": filter.entityID, "user": filter.userID]
    }
}
