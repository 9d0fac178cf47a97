import SQLite

// Temporary: removed when all features use AuditStore.
/// The old static face of the audit log, kept so features not yet converted still compile. It reads the
/// system clock, which is why new code writes through `AuditStore` with its service's clock instead.
public enum AuditLog {
    /// Appends one event now (system time). Use `AuditStore.record(at:...)` in new code.
    public static func record(
        _ db: Connection, user: User?, action: AuditAction, entity: String, id: (any CustomStringConvertible)?,
        summary: String = "", before: AuditSnapshot? = nil, after: AuditSnapshot? = nil
    ) throws {
        try AuditStore(db: db).record(
            at: PlatformClock.system.timestamp(), user: user, action: action, entity: entity, id: id, summary: summary, before: before,
            after: after)
    }

    /// Every event for one record, newest first. Use `AuditStore.history` in new code.
    public static func history(_ db: Connection, entity: String, id: any CustomStringConvertible, limit: Int = 200) throws -> [AuditEvent] {
        try AuditStore(db: db).history(entity: entity, id: id, limit: limit)
    }

    /// The same, reading from the pool. Use `AuditService.history` in new code.
    public static func history(_ database: DatabasePool, entity: String, id: any CustomStringConvertible, limit: Int = 200) throws -> [AuditEvent] {
        try database.read { db in try AuditStore(db: db).history(entity: entity, id: id, limit: limit) }
    }
}
