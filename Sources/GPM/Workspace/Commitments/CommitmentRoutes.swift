import HTTP
import Mustache
import SQLite

/// `/workspace/commitments`: a city office opts its city in to or out of the GPM's actions and reports
/// progress. The city is always the signed-in office's own; the public city and action pages show the result.
enum CommitmentRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        router.get("/workspace/commitments") { request in
            let signedIn = try app.require(.viewWorkspace, request)
            guard let city = try officeCity(app, signedIn, request, path: "/workspace/commitments") else {
                return try notOffice(app, signedIn, path: "/workspace/commitments")
            }
            let actions = try app.database.read { db in try CommitmentRepository.actions(db, city: city.id) }
            return try app.pages.page(
                "pages/workspace/commitments/index", path: "/workspace/commitments",
                CommitmentPageContext.list(city, actions), user: signedIn)
        }

        router.get("/workspace/commitments/:actionSlug") { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let path = try actionPath(request)
            guard let city = try officeCity(app, signedIn, request, path: path) else { return try notOffice(app, signedIn, path: path) }
            let today = CalendarDay.today()
            var context = try actionContext(app, city, request, form: CommitmentForm(today: today), today: today)
            if request.query["saved"] == "1" { context["saved"] = true }
            return try app.pages.page("pages/workspace/commitments/action", path: path, context, user: signedIn)
        }

        router.post("/workspace/commitments/:actionSlug/stance") { request in
            try save(app, request) { form, today in
                let status = try request.formFields()["status"]
                guard status == "opted_in" || status == "opted_out", let status else {
                    throw HTTPError(.badRequest, "Choose to opt in or to opt out.")
                }
                guard let change = form.stanceChange(status: status) else { return nil }
                let write: Write = { db, subject in try CommitmentWriter.changeStance(db, subject, change, today: today) }
                return write
            }
        }

        router.post("/workspace/commitments/:actionSlug/progress") { request in
            try save(app, request) { form, today in
                guard let update = form.progressUpdate(today: today) else { return nil }
                let write: Write = { db, subject in try CommitmentWriter.reportProgress(db, subject, update) }
                return write
            }
        }
    }

    typealias Write = (Connection, CommitmentWriter.Subject) throws -> CommitmentWriter.Outcome

    /// Validates the form, writes in one transaction, and answers: 303 back to the page when saved, 422 with
    /// the input kept when refused, 409 with the newer state and the input kept when the form was stale.
    private static func save(
        _ app: AppContext, _ request: Request, _ validate: (inout CommitmentForm, String) throws -> Write?
    ) throws -> Response {
        let signedIn = try app.require(.viewWorkspace, request)
        let city = try OfficeCity.require(Permission.editCity, signedIn, request, app.database)
        let slug = try actionSlug(request)
        let today = CalendarDay.today()
        var form = CommitmentForm(fields: try request.formFields(), today: today)
        let path = "/workspace/commitments/" + slug
        guard let write = try validate(&form, today) else {
            return try page(app, signedIn, city, request, form: form, today: today, status: .unprocessableContent)
        }
        let outcome: CommitmentWriter.Outcome = try app.database.write { db in
            guard let action = try CommitmentRepository.action(db, city: city.id, slug: slug) else { throw HTTPError(.notFound) }
            let subject = CommitmentWriter.Subject(
                user: signedIn.user, cityID: city.id, cityName: city.name, actionID: action.actionID, actionLabel: action.label)
            return try write(db, subject)
        }
        switch outcome {
        case .saved:
            return .redirect(to: path + "?saved=1")
        case .stale:
            var context = try actionContext(app, city, request, form: form, today: today)
            context["stale"] = true
            return try app.pages.page("pages/workspace/commitments/action", path: path, context, status: .conflict, user: signedIn)
        case .unchanged:
            form.errors["note"] = "The city already stands there: nothing to change."
            return try page(app, signedIn, city, request, form: form, today: today, status: .unprocessableContent)
        case .notOptedIn:
            form.errors["progress"] = "Progress is reported while the city is opted in: opt in first."
            return try page(app, signedIn, city, request, form: form, today: today, status: .unprocessableContent)
        }
    }

    private static func page(
        _ app: AppContext, _ signedIn: SignedIn, _ city: OfficeCity, _ request: Request, form: CommitmentForm, today: String,
        status: HTTPStatus
    ) throws -> Response {
        var context = try actionContext(app, city, request, form: form, today: today)
        // A refused save keeps the version the office's form was made from, so a later stale check stays honest.
        context["version"] = .int(form.version)
        return try app.pages.page(
            "pages/workspace/commitments/action", path: try actionPath(request), context, status: status, user: signedIn)
    }

    /// The page's context read fresh from the database; the form's version is the one now stored unless the
    /// caller sets another.
    private static func actionContext(
        _ app: AppContext, _ city: OfficeCity, _ request: Request, form: CommitmentForm, today: String
    ) throws -> [String: MustacheValue] {
        let slug = try actionSlug(request)
        let (action, events) = try app.database.read { db in
            guard let action = try CommitmentRepository.action(db, city: city.id, slug: slug) else { throw HTTPError(.notFound) }
            return (action, try action.commitment.map { try CommitmentRepository.events(db, commitment: $0.id) } ?? [])
        }
        var context = CommitmentPageContext.action(city, action, events: events, form: form, today: today)
        context["version"] = .int(action.commitment?.version ?? 0)
        return context
    }

    private static func officeCity(_ app: AppContext, _ signedIn: SignedIn, _ request: Request, path: String) throws -> OfficeCity? {
        guard case .city = try OfficeCity.resolve(signedIn.user, app.database) else { return nil }
        return try OfficeCity.require(Permission.viewCity, signedIn, request, app.database)
    }

    /// Secretariat accounts go to their own workspace; a city office without a city is told why nothing shows.
    private static func notOffice(_ app: AppContext, _ signedIn: SignedIn, path: String) throws -> Response {
        if case .missingCity = try OfficeCity.resolve(signedIn.user, app.database) {
            return try OfficeCity.missingCityPage(app, signedIn, path: path)
        }
        return .redirect(to: "/workspace")
    }

    private static func actionSlug(_ request: Request) throws -> String {
        guard let slug = request.pathParameters["actionSlug"], !slug.isEmpty else { throw HTTPError(.notFound) }
        return slug
    }

    private static func actionPath(_ request: Request) throws -> String { "/workspace/commitments/" + (try actionSlug(request)) }
}
