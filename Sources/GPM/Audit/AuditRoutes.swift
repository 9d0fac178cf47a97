import HTTP

/// `/admin/audit`: the whole audit log for the secretariat, newest first, 50 a page, filtered by
/// `entity` (type), `id` (of that entity) and `user` (user id).
enum AuditRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let audit = AuditService(database: app.database)
        routes.get(Paths.auditLog) { request in
            let signedIn = try app.require(.viewAuditLog, request)
            let query = request.query
            let filter = AuditFilter(
                entityType: query["entity"].flatMap { $0.isEmpty ? nil : $0 }, entityID: query["id"].flatMap { $0.isEmpty ? nil : $0 },
                userID: query["user"].flatMap { Int($0) })
            let found = try audit.browse(filter, requestedPage: query["page"], perPage: 50)
            return try app.pages.page(
                "pages/admin/audit", path: Paths.auditLog.href(filter.queryString), AuditPage(found, filter: filter, messages: app.messages), user: signedIn)
        }
    }
}
