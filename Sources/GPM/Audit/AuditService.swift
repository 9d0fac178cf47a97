import SQLite

/// Reads the audit log for pages: the secretariat's browser and a record's history. Each call is one
/// snapshot, so a page's count, rows and filter choices agree.
struct AuditService: Sendable {
    let database: DatabasePool

    /// One page of the browser: the events matching `filter`, how many there are, and the filter's choices.
    struct BrowserPage: Sendable {
        let pagination: Pagination
        let events: [AuditEvent]
        let entityTypes: [String]
        let users: [(id: Int, label: String)]
    }

    func browse(_ filter: AuditFilter, requestedPage: String?, perPage: Int) throws -> BrowserPage {
        try database.read { db in
            let store = AuditStore(db: db)
            let pagination = Pagination(requestedPage: requestedPage, perPage: perPage, total: try store.count(filter))
            return BrowserPage(
                pagination: pagination, events: try store.page(filter, limit: pagination.perPage, offset: pagination.offset),
                entityTypes: try store.entityTypes(), users: try store.users())
        }
    }

    /// Every event for one record, newest first.
    func history(entity: String, id: any CustomStringConvertible & Sendable) throws -> [AuditEvent] {
        try database.read { db in try AuditStore(db: db).history(entity: entity, id: id) }
    }
}
