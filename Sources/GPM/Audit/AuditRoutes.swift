import HTTP
import Mustache

/// `/admin/audit`: the whole audit log for the secretariat, newest first, 50 a page, filtered by
/// `entity` (type), `id` (of that entity) and `user` (user id).
enum AuditRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let audit = AuditService(database: app.database)
        router.get("/admin/audit") { request in
            let signedIn = try app.require(.viewAuditLog, request)
            let query = request.query
            let filter = AuditFilter(
                entityType: query["entity"].flatMap { $0.isEmpty ? nil : $0 }, entityID: query["id"].flatMap { $0.isEmpty ? nil : $0 },
                userID: query["user"].flatMap { Int($0) })
            let found = try audit.browse(filter, requestedPage: query["page"], perPage: 50)
            var links = QueryString()
            links.add("entity", filter.entityType)
            links.add("id", filter.entityID)
            links.add("user", filter.userID.map(String.init))
            let entityChoices = found.entityTypes.map { type -> MustacheValue in
                ["value": .string(type), "selected": .bool(type == filter.entityType)]
            }
            let userChoices = found.users.map { user -> MustacheValue in
                ["value": .int(user.id), "label": .string(user.label), "selected": .bool(user.id == filter.userID)]
            }
            var context: [String: MustacheValue] = [
                "history": AuditView.events(found.events), "entities": .array(entityChoices), "users": .array(userChoices),
                "entityID": .string(filter.entityID ?? ""), "pagination": found.pagination.context(path: "/admin/audit", query: links),
                "total": .string(Formatting.number(found.pagination.total)),
            ]
            context["workspaceNav"] = try MustacheEncoder.encode(WorkspaceNavView(.audit))
            return try app.pages.page("pages/admin/audit", path: "/admin/audit" + links.encoded, context, user: signedIn)
        }
    }
}
