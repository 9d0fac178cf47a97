import HTTP

/// The registry's country pages: `/workspace/countries` (every country, `?q=` narrows the list) and
/// `/workspace/countries/:code/edit` (display name and suggested region). Require `.editRegistry`.
enum CountryRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let countries = CountryService(database: app.database, clock: app.clock)

        routes.get(Paths.countries) { request in
            let signedIn = try app.require(.editRegistry, request)
            let page = CountryListPage(try countries.list(), q: request.query["q"])
            let path = Paths.countries.href(QueryString([("q", page.q)]))
            return try app.pages.page("pages/workspace/countries/index", path: path, page, user: signedIn)
        }

        routes.get(Paths.countryEdit) { request, code in
            let signedIn = try app.require(.editRegistry, request)
            guard let data = try countries.edit(code: code) else { throw HTTPError(.notFound) }
            return try render(app, data, state: .init(saved: request.query["saved"] == "1"), signedIn)
        }

        routes.post(Paths.countryEdit) { request, code in
            let signedIn = try app.require(.editRegistry, request)
            let input = FormInput(try request.formFields())
            switch try countries.save(code: code, input, user: signedIn.user) {
            case .saved:
                return .redirect(to: Paths.countryEdit.href(code, QueryString([("saved", "1")])))
            case .invalid(let data, let check):
                return try render(app, data, state: .init(input: input, check: check, status: .unprocessableContent), signedIn)
            case .conflict(let data, let by):
                return try render(app, data, state: .init(input: input, conflict: true, conflictBy: by, status: .conflict), signedIn)
            }
        }
    }

    private static func render(_ app: AppContext, _ data: CountryEditData, state: CountryEditPage.State, _ signedIn: SignedIn) throws -> Response {
        let page = CountryEditPage(data, state: state, messages: app.messages)
        return try app.pages.page(
            "pages/workspace/countries/edit", path: Paths.countryEdit.href(page.code), page, status: state.status, user: signedIn)
    }
}
