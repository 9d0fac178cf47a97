import HTTP
import Mustache

/// `/workspace/reporting-cycle`: the secretariat lists the cycles, edits the current one (deadline and note,
/// with a version check) and opens the next year. Every change is audited in its own transaction.
enum ReportingCycleRoutes {
    static let path = "/workspace/reporting-cycle"

    static func register(on router: inout Router, _ app: AppContext) {
        let cycles = ReportingCycleService(database: app.database, clock: app.clock)

        router.get(path) { request in
            let signedIn = try app.require(.editRegistry, request)
            var page = ReportingCyclePage()
            page.notice = notice(request)
            return try render(app, cycles, signedIn, page)
        }

        router.post(path) { request in
            let signedIn = try app.require(.editRegistry, request)
            let fields = try request.formFields()
            let input = ReportingCycleInput(deadline: fields["deadline"] ?? "", note: fields["note"] ?? "")
            guard let year = Int(fields["year"] ?? ""), let version = Int(fields["version"] ?? "") else {
                throw HTTPError(.badRequest, "The form is missing the cycle's year or version.")
            }
            var page = ReportingCyclePage()
            page.edit = .init(input: input, version: version, errors: input.errors(year: year))
            guard page.edit?.errors.isEmpty != false else { return try render(app, cycles, signedIn, page, status: .unprocessableContent) }
            if case .conflict(let theirs, let savedAt) = try cycles.save(year: year, input: input, version: version, by: signedIn.user) {
                // Someone saved in between (or opened a newer year): show theirs, keep ours, carry their version.
                page.conflict = theirs
                page.conflictSavedAt = savedAt
                page.edit?.version = theirs?.version ?? version
                page.edit?.conflictYear = year
                return try render(app, cycles, signedIn, page, status: .conflict)
            }
            return .redirect(to: path + "?saved=\(year)")
        }

        router.post(path + "/new") { request in
            let signedIn = try app.require(.editRegistry, request)
            let fields = try request.formFields()
            let input = ReportingCycleInput(deadline: fields["deadline"] ?? "", note: fields["note"] ?? "")
            guard let year = Int(fields["year"] ?? "") else { throw HTTPError(.badRequest, "The form is missing the year to open.") }
            var page = ReportingCyclePage()
            page.opening = .init(year: year, input: input, errors: input.errors(year: year))
            guard page.opening?.errors.isEmpty != false else { return try render(app, cycles, signedIn, page, status: .unprocessableContent) }
            let opened = try cycles.open(year: year, input: input, by: signedIn.user)
            guard opened else {
                page.opening = nil
                page.staleOpening = year
                return try render(app, cycles, signedIn, page, status: .conflict)
            }
            return .redirect(to: path + "?opened=\(year)")
        }
    }

    private static func notice(_ request: Request) -> String? {
        if let year = request.query["saved"].flatMap(Int.init) { return "The \(year) reporting cycle was saved." }
        if let year = request.query["opened"].flatMap(Int.init) { return "The \(year) reporting cycle is open. City offices now see its deadline." }
        return nil
    }

    private static func render(
        _ app: AppContext, _ cycles: ReportingCycleService, _ signedIn: SignedIn, _ page: ReportingCyclePage, status: HTTPStatus = .ok
    ) throws -> Response {
        var context = page.context(cycles: try cycles.all())
        context["workspaceNav"] = try MustacheEncoder.encode(WorkspaceNavView(.cycle))
        return try app.pages.page("pages/workspace/cycle/index", path: path, context, status: status, user: signedIn)
    }
}
