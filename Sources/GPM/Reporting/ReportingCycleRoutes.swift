import HTTP

/// `/workspace/reporting-cycle`: the secretariat lists the cycles, edits the current one (deadline and note,
/// with a version check) and opens the next year. Every change is audited in its own transaction.
enum ReportingCycleRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let cycles = ReportingCycleService(database: app.database, clock: app.clock)

        routes.get(Paths.reportingCycle) { request in
            let signedIn = try app.require(.editRegistry, request)
            var forms = ReportingCycleForms()
            forms.notice = notice(request)
            return try render(app, cycles, signedIn, forms)
        }

        routes.post(Paths.reportingCycle) { request in
            let signedIn = try app.require(.editRegistry, request)
            let fields = try request.formFields()
            let input = ReportingCycleInput(deadline: fields["deadline"] ?? "", note: fields["note"] ?? "")
            guard let year = Int(fields["year"] ?? ""), let version = Int(fields["version"] ?? "") else {
                throw HTTPError(.badRequest, "The form is missing the cycle's year or version.")
            }
            var forms = ReportingCycleForms()
            forms.edit = .init(input: input, version: version, errors: input.errors(year: year))
            guard forms.edit?.errors.isEmpty != false else { return try render(app, cycles, signedIn, forms, status: .unprocessableContent) }
            if case .conflict(let theirs, let savedAt) = try cycles.save(year: year, input: input, version: version, by: signedIn.user) {
                // Someone saved in between (or opened a newer year): show theirs, keep ours, carry their version.
                forms.conflict = theirs
                forms.conflictSavedAt = savedAt
                forms.edit?.version = theirs?.version ?? version
                forms.edit?.conflictYear = year
                return try render(app, cycles, signedIn, forms, status: .conflict)
            }
            return .redirect(to: Paths.reportingCycle.href(QueryString([("saved", String(year))])))
        }

        routes.post(Paths.reportingCycleNew) { request in
            let signedIn = try app.require(.editRegistry, request)
            let fields = try request.formFields()
            let input = ReportingCycleInput(deadline: fields["deadline"] ?? "", note: fields["note"] ?? "")
            guard let year = Int(fields["year"] ?? ""), (2016...2100).contains(year) else {
                throw HTTPError(.badRequest, "The form is missing the year to open (a year from 2016 to 2100).")
            }
            var forms = ReportingCycleForms()
            forms.opening = .init(year: year, input: input, errors: input.errors(year: year))
            guard forms.opening?.errors.isEmpty != false else { return try render(app, cycles, signedIn, forms, status: .unprocessableContent) }
            let opened = try cycles.open(year: year, input: input, by: signedIn.user)
            guard opened else {
                forms.opening = nil
                forms.staleOpening = year
                return try render(app, cycles, signedIn, forms, status: .conflict)
            }
            return .redirect(to: Paths.reportingCycle.href(QueryString([("opened", String(year))])))
        }
    }

    private static func notice(_ request: Request) -> String? {
        if let year = request.query["saved"].flatMap(Int.init) { return "The \(year) reporting cycle was saved." }
        if let year = request.query["opened"].flatMap(Int.init) { return "The \(year) reporting cycle is open. City offices now see its deadline." }
        return nil
    }

    private static func render(
        _ app: AppContext, _ cycles: ReportingCycleService, _ signedIn: SignedIn, _ forms: ReportingCycleForms, status: HTTPStatus = .ok
    ) throws -> Response {
        let thisYear = Int(app.clock.today().prefix(4)) ?? 2026
        let page = ReportingCyclePage(forms, cycles: try cycles.all(), thisYear: thisYear)
        return try app.pages.page("pages/workspace/cycle/index", path: Paths.reportingCycle.href, page, status: status, user: signedIn)
    }
}
