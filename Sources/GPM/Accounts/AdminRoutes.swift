import HTTP

/// The secretariat admin's pages for people: `/admin/users`, `/admin/invitations`, and `/admin/audit`.
enum AdminRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        AdminUserRoutes.register(on: &routes, app)
        AdminInvitationRoutes.register(on: &routes, app)
        AuditRoutes.register(on: &routes, app)
        OutboxRoutes.register(on: &routes, app)
        SiteSettingsRoutes.register(on: &routes, app)
    }

    // Temporary: removed when the registry's routes (Workspace/Registry) take their ids from `Paths`.
    /// The `:id` path parameter as a number, or 404.
    static func id(_ request: Request) throws -> Int {
        guard let text = request.pathParameters["id"], let id = Int(text), id > 0 else { throw HTTPError(.notFound) }
        return id
    }
}
