import HTTP

/// `/workspace/cities/:id/commitments`: staff and admins record a member city's stance and progress on the
/// GPM's actions — for a city that has no account, or on its behalf. Every save is audited and shown on the
/// public pages as "recorded by the secretariat". Reached from the city's workspace (registry) page.
enum SecretariatCommitmentRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let commitments = CommitmentService(database: app.database, clock: app.clock)

        routes.get(Paths.secretariatCommitments) { request, cityID in
            let signedIn = try app.require(.editRegistry, request)
            let today = commitments.today()
            let (city, overview) = try commitments.cityOverview(cityID: cityID, language: app.messages.language)
            var form = SecretariatCommitmentForm(today: today, noteLanguage: signedIn.user.language)
            if let slug = request.query["action"], let action = overview.actions.first(where: { $0.actionSlug == slug }) {
                form.action = slug
                form.status = action.commitment?.stance.rawValue ?? ""
                form.progress = action.commitment?.progress?.rawValue ?? ""
                form.version = action.commitment?.version ?? 0
            }
            let view = SecretariatCommitmentsPage(city, overview, form: form, saved: request.query["saved"] == "1", messages: app.messages)
            return try app.pages.page("pages/workspace/commitments/secretariat", path: Paths.secretariatCommitments.href(cityID), view, user: signedIn)
        }

        routes.post(Paths.secretariatCommitments) { request, cityID in
            let signedIn = try app.require(.editRegistry, request)
            let today = commitments.today()
            var form = SecretariatCommitmentForm(fields: try request.formFields(), today: today, noteLanguage: signedIn.user.language, messages: app.messages)
            let path = Paths.secretariatCommitments.href(cityID)
            func again(_ status: HTTPStatus, stale: Bool = false) throws -> Response {
                let (city, overview) = try commitments.cityOverview(cityID: cityID, language: app.messages.language)
                let view = SecretariatCommitmentsPage(city, overview, form: form, stale: stale, messages: app.messages)
                return try app.pages.page("pages/workspace/commitments/secretariat", path: path, view, status: status, user: signedIn)
            }
            let slugs = Set(try commitments.cityOverview(cityID: cityID).overview.actions.map(\.actionSlug))
            guard let record = form.record(today: today, actionSlugs: slugs) else { return try again(.unprocessableContent) }
            switch try commitments.record(record, cityID: cityID, by: signedIn.user) {
            case .saved:
                return .redirect(to: Paths.secretariatCommitments.href(cityID, QueryString([("saved", "1")])))
            case .unchanged:
                form.errors["status"] = "The city already stands there with that progress: nothing to record."
                return try again(.unprocessableContent)
            case .contradiction(let message):
                form.errors["progress"] = message
                return try again(.unprocessableContent)
            case .stale, .notOptedIn, .noCycle, .notCommitted:
                return try again(.conflict, stale: true)
            }
        }
    }
}
