import HTTP

/// `/workspace/commitments`: a city office opts its city in to or out of the GPM's actions and reports
/// progress. The city is always the signed-in office's own; the public city and action pages show the result.
enum CommitmentRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let commitments = CommitmentService(database: app.database, clock: app.clock)
        let offices = CityOfficeService(database: app.database, clock: app.clock)

        routes.get(Paths.commitments) { request in
            let signedIn = try app.require(.viewWorkspace, request)
            guard let city = try officeCity(offices, signedIn, request) else {
                return try notOffice(app, offices, signedIn, path: Paths.commitments.href)
            }
            let overview = try commitments.actions(city: city, language: app.messages.language)
            let view = CommitmentListPage(city, overview, justConfirmed: request.query["confirmed"].flatMap { Int($0) }, messages: app.messages)
            return try app.pages.page("pages/workspace/commitments/index", path: Paths.commitments.href, view, user: signedIn)
        }

        routes.post(Paths.commitmentsConfirmAll) { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let city = try offices.require(Permission.editCity, signedIn, request)
            guard let count = try commitments.confirmAllUnchanged(city: city, by: signedIn.user) else {
                throw HTTPError(.conflict, "No reporting cycle is open: there is nothing to confirm commitments for yet.")
            }
            return .redirect(to: Paths.commitments.href(QueryString([("confirmed", String(count))])))
        }

        routes.post(Paths.commitmentConfirm) { request, slug in
            let signedIn = try app.require(.viewWorkspace, request)
            let city = try offices.require(Permission.editCity, signedIn, request)
            let version = Int(try request.formFields()["version"] ?? "") ?? -1
            switch try commitments.confirm(city: city, slug: slug, version: version, by: signedIn.user) {
            case .saved:
                return .redirect(to: Paths.commitments.href(QueryString([("confirmed", "1")])))
            case .noCycle:
                throw HTTPError(.conflict, "No reporting cycle is open: there is nothing to confirm commitments for yet.")
            case .notCommitted:
                throw HTTPError(.conflict, app.messages.t("Your city never opted in to or out of this action: there is no commitment to confirm."))
            default:
                let today = commitments.today()
                let view = CommitmentActionPage(
                    city, try commitments.actionDetail(city: city, slug: slug, language: app.messages.language), form: CommitmentForm(today: today, noteLanguage: signedIn.user.language), today: today, stale: true, messages: app.messages)
                return try app.pages.page(
                    "pages/workspace/commitments/action", path: Paths.commitment.href(slug), view, status: .conflict, user: signedIn)
            }
        }

        routes.get(Paths.commitment) { request, slug in
            let signedIn = try app.require(.viewWorkspace, request)
            let path = Paths.commitment.href(slug)
            guard let city = try officeCity(offices, signedIn, request) else { return try notOffice(app, offices, signedIn, path: path) }
            let today = commitments.today()
            let view = CommitmentActionPage(
                city, try commitments.actionDetail(city: city, slug: slug, language: app.messages.language), form: CommitmentForm(today: today, noteLanguage: signedIn.user.language), today: today,
                saved: request.query["saved"] == "1", messages: app.messages)
            return try app.pages.page("pages/workspace/commitments/action", path: path, view, user: signedIn)
        }

        routes.post(Paths.commitmentStance) { request, slug in
            try save(app, commitments, offices, request, slug) { form, _ in
                guard let stance = CommitmentStance(rawValue: try request.formFields()["status"] ?? "") else {
                    throw HTTPError(.badRequest, "Choose to opt in or to opt out.")
                }
                guard let change = form.stanceChange(stance: stance) else { return nil }
                let write: Write = { city, slug, user in try commitments.changeStance(change, city: city, slug: slug, by: user) }
                return write
            }
        }

        routes.post(Paths.commitmentProgress) { request, slug in
            try save(app, commitments, offices, request, slug) { form, today in
                guard let update = form.progressUpdate(today: today) else { return nil }
                let write: Write = { city, slug, user in try commitments.reportProgress(update, city: city, slug: slug, by: user) }
                return write
            }
        }
    }

    /// The service call a validated form makes: the city, the action's slug and the user are the route's.
    typealias Write = (OfficeCity, String, User) throws -> CommitmentService.Outcome

    /// Validates the form, saves through the service, and answers: 303 back to the page when saved, 422 with
    /// the input kept when refused, 409 with the newer state and the input kept when the form was stale.
    private static func save(
        _ app: AppContext, _ commitments: CommitmentService, _ offices: CityOfficeService, _ request: Request, _ slug: String,
        _ validate: (inout CommitmentForm, String) throws -> Write?
    ) throws -> Response {
        let signedIn = try app.require(.viewWorkspace, request)
        let city = try offices.require(Permission.editCity, signedIn, request)
        let today = commitments.today()
        var form = CommitmentForm(fields: try request.formFields(), today: today, noteLanguage: signedIn.user.language, messages: app.messages)
        let path = Paths.commitment.href(slug)
        guard let write = try validate(&form, today) else {
            return try page(app, commitments, signedIn, city, slug, form: form, today: today, status: .unprocessableContent)
        }
        switch try write(city, slug, signedIn.user) {
        case .saved:
            return .redirect(to: Paths.commitment.href(slug, QueryString([("saved", "1")])))
        case .stale:
            let view = CommitmentActionPage(city, try commitments.actionDetail(city: city, slug: slug, language: app.messages.language), form: form, today: today, stale: true, messages: app.messages)
            return try app.pages.page("pages/workspace/commitments/action", path: path, view, status: .conflict, user: signedIn)
        case .unchanged:
            form.errors["note"] = app.messages.t("The city already stands there: nothing to change.")
            return try page(app, commitments, signedIn, city, slug, form: form, today: today, status: .unprocessableContent)
        case .notOptedIn:
            form.errors["progress"] = app.messages.t("Progress is reported while the city is opted in: opt in first.")
            return try page(app, commitments, signedIn, city, slug, form: form, today: today, status: .unprocessableContent)
        case .contradiction(let message):
            form.errors["progress"] = message
            return try page(app, commitments, signedIn, city, slug, form: form, today: today, status: .unprocessableContent)
        case .noCycle, .notCommitted:
            return .redirect(to: Paths.commitment.href(slug))
        }
    }

    private static func page(
        _ app: AppContext, _ commitments: CommitmentService, _ signedIn: SignedIn, _ city: OfficeCity, _ slug: String,
        form: CommitmentForm, today: String, status: HTTPStatus
    ) throws -> Response {
        // A refused save keeps the version the office's form was made from, so a later stale check stays honest.
        let view = CommitmentActionPage(
            city, try commitments.actionDetail(city: city, slug: slug, language: app.messages.language), form: form, today: today, version: form.version, messages: app.messages)
        return try app.pages.page(
            "pages/workspace/commitments/action", path: Paths.commitment.href(slug), view, status: status, user: signedIn)
    }

    private static func officeCity(_ offices: CityOfficeService, _ signedIn: SignedIn, _ request: Request) throws -> OfficeCity? {
        guard case .city = try offices.resolve(signedIn.user) else { return nil }
        return try offices.require(Permission.viewCity, signedIn, request)
    }

    /// Secretariat accounts go to their own workspace; a city office without a city is told why nothing shows.
    private static func notOffice(_ app: AppContext, _ offices: CityOfficeService, _ signedIn: SignedIn, path: String) throws -> Response {
        if case .missingCity = try offices.resolve(signedIn.user) {
            return try OfficeCity.missingCityPage(app, signedIn, path: path)
        }
        return .redirect(to: Paths.workspace.href)
    }
}
