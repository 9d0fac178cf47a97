import HTTP

/// `/workspace/reporting-cycle`: the secretariat lists the cycles, edits any one (dates, note, expected
/// cities, with a version check), opens the next year after confirming the cities still owing a brief in
/// the previous one, and (admins) sets the secretariat's time zone. Every change is audited.
enum ReportingCycleRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let cycles = ReportingCycleService(database: app.database, clock: app.clock)

        routes.get(Paths.reportingCycle) { request in
            let signedIn = try app.require(.editRegistry, request)
            var forms = ReportingCycleForms()
            forms.notice = notice(request, app.messages)
            forms.editYear = request.query["edit"].flatMap(Int.init)
            return try render(app, cycles, signedIn, forms)
        }

        routes.post(Paths.reportingCycle) { request in
            let signedIn = try app.require(.editRegistry, request)
            let fields = try request.formFields()
            let input = ReportingCycleInput(fields: fields)
            guard let year = Int(fields["year"] ?? ""), let version = Int(fields["version"] ?? "") else {
                throw HTTPError(.badRequest, app.messages.t("The form is missing the cycle's year or version."))
            }
            var forms = ReportingCycleForms()
            forms.edit = .init(year: year, input: input, version: version, errors: input.errors(year: year, app.messages))
            guard forms.edit?.errors.isEmpty != false else { return try render(app, cycles, signedIn, forms, status: .unprocessableContent) }
            switch try cycles.save(year: year, input: input, version: version, by: signedIn.user) {
            case .saved:
                return .redirect(to: Paths.reportingCycle.href(QueryString([("saved", String(year))])))
            case .unknownCities(let slugs):
                forms.edit?.errors["cities"] = unknownCitiesMessage(slugs, app.messages)
                return try render(app, cycles, signedIn, forms, status: .unprocessableContent)
            case .conflict(let theirs, let savedAt):
                // Someone saved in between: show theirs, keep ours, carry their version.
                guard let theirs else { throw HTTPError(.notFound, app.messages.t("There is no {year} reporting cycle.", ["year": String(year)])) }
                forms.conflict = theirs
                forms.conflictSavedAt = savedAt
                forms.edit?.version = theirs.version
                return try render(app, cycles, signedIn, forms, status: .conflict)
            }
        }

        routes.post(Paths.reportingCycleNew) { request in
            let signedIn = try app.require(.editRegistry, request)
            let fields = try request.formFields()
            let input = ReportingCycleInput(fields: fields)
            guard let year = Int(fields["year"] ?? ""), (2016...2100).contains(year) else {
                throw HTTPError(.badRequest, app.messages.t("The form is missing the year to open (a year from 2016 to 2100)."))
            }
            var forms = ReportingCycleForms()
            forms.opening = .init(year: year, input: input, errors: input.errors(year: year, app.messages))
            guard forms.opening?.errors.isEmpty != false else { return try render(app, cycles, signedIn, forms, status: .unprocessableContent) }
            guard fields["confirm"] == "1" else {
                // First the secretariat sees who has not reported in the previous cycle; nothing is written yet.
                let (previous, outstanding) = try cycles.openingPreview(year: year)
                let overview = try cycles.overview()
                let page = ReportingCycleConfirmPage(
                    year: year, input: input, previous: previous, outstanding: outstanding,
                    previousIsOpen: previous.map { overview.openYears.contains($0.year) } ?? false, messages: app.messages)
                return try app.pages.page("pages/workspace/cycle/confirm", path: Paths.reportingCycleNew.href, page, user: signedIn)
            }
            switch try cycles.open(year: year, input: input, by: signedIn.user) {
            case .opened:
                return .redirect(to: Paths.reportingCycle.href(QueryString([("opened", String(year))])))
            case .unknownCities(let slugs):
                forms.opening?.errors["cities"] = unknownCitiesMessage(slugs, app.messages)
                return try render(app, cycles, signedIn, forms, status: .unprocessableContent)
            case .stale:
                forms.opening = nil
                forms.staleOpening = year
                return try render(app, cycles, signedIn, forms, status: .conflict)
            }
        }

        routes.post(Paths.reportingTimeZone) { request in
            let signedIn = try app.require(.configurePlatform, request)
            let fields = try request.formFields()
            let identifier = (fields["time_zone"] ?? "").trimmingCharacters(in: .whitespaces)
            guard let version = Int(fields["version"] ?? "") else { throw HTTPError(.badRequest, app.messages.t("The form is missing its version.")) }
            var forms = ReportingCycleForms()
            guard ReportingCalendar.zone(identifier) != nil else {
                forms.timeZone = .init(
                    identifier: identifier, version: version,
                    error: identifier.isEmpty
                        ? app.messages.t("Give the secretariat's time zone, for example Europe/Amsterdam.")
                        : app.messages.t(
                            "“{zone}” is not a time zone this server knows: use a name such as Europe/Amsterdam, America/New_York or UTC.",
                            ["zone": identifier]))
                return try render(app, cycles, signedIn, forms, status: .unprocessableContent)
            }
            guard try cycles.setTimeZone(identifier, version: version, by: signedIn.user) else {
                forms.timeZone = .init(
                    identifier: identifier, version: try cycles.overview().timeZoneVersion,
                    error: app.messages.t("Someone else changed the time zone after you opened this page; check it and save again."))
                return try render(app, cycles, signedIn, forms, status: .conflict)
            }
            return .redirect(to: Paths.reportingCycle.href(QueryString([("zone", "1")])))
        }
    }

    /// The slugs are a list of names, not words of the sentence: quoted and joined the same in every language.
    private static func unknownCitiesMessage(_ slugs: [String], _ messages: Messages) -> String {
        messages.tn(
            "No city in the registry has the slug {slugs}.", "No city in the registry has these slugs: {slugs}.",
            count: slugs.count, ["slugs": slugs.map { "“\($0)”" }.joined(separator: ", ")])
    }

    private static func notice(_ request: Request, _ messages: Messages) -> String? {
        if let year = request.query["saved"].flatMap(Int.init) {
            return messages.t("The {year} reporting cycle was saved.", ["year": String(year)])
        }
        if let year = request.query["opened"].flatMap(Int.init) {
            return messages.t("The {year} reporting cycle is open to city offices from its opening date.", ["year": String(year)])
        }
        if request.query["zone"] != nil { return messages.t("The secretariat's time zone was saved; deadlines end at midnight there.") }
        return nil
    }

    private static func render(
        _ app: AppContext, _ cycles: ReportingCycleService, _ signedIn: SignedIn, _ forms: ReportingCycleForms, status: HTTPStatus = .ok
    ) throws -> Response {
        let overview = try cycles.overview()
        let thisYear = Int(overview.today.prefix(4)) ?? 2026
        let page = ReportingCyclePage(forms, overview: overview, thisYear: thisYear, canSetTimeZone: Policy.can(signedIn.user, .configurePlatform),
            messages: app.messages)
        return try app.pages.page("pages/workspace/cycle/index", path: Paths.reportingCycle.href, page, status: status, user: signedIn)
    }
}
