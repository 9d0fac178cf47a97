import HTTP

/// The secretariat admin's pages for people: `/admin/users`, `/admin/invitations`, and `/admin/audit`.
enum AdminRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        AdminUserRoutes.register(on: &router, app)
        AdminInvitationRoutes.register(on: &router, app)
        AuditRoutes.register(on: &router, app)
    }

    /// The `:id` path parameter as a number, or 404.
    static func id(_ request: Request) throws -> Int {
        guard let text = request.pathParameters["id"], let id = Int(text), id > 0 else { throw HTTPError(.notFound) }
        return id
    }
}
