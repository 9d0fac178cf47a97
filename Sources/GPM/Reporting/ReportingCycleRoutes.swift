import HTTP
import Mustache
import SQLite

/// `/workspace/reporting-cycle`: the secretariat lists the cycles, edits the current one (deadline and note,
/// with a version check) and opens the next year. Every change is audited in its own transaction.
enum ReportingCycleRoutes {
    static let path = "/workspace/reporting-cycle"

    static func register(on router: inout Router, _ app: AppContext) {
        router.get(path) { request in
            let signedIn = try app.require(.editRegistry, request)
            var page = ReportingCyclePage()
            page.notice = notice(request)
            return try render(app, signedIn, page)
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
            guard page.edit!.errors.isEmpty else { return try render(app, signedIn, page, status: .unprocessableContent) }
            let saved: ReportingCycle? = try app.database.write { db in
                guard let current = try ReportingCycleRepository.current(db), current.year == year else { return nil }
                let before = try ReportingCycleRepository.snapshot(db, year: year)
                guard try ReportingCycleRepository.update(db, year: year, deadline: input.deadline, note: input.storedNote, version: version) else {
                    return nil
                }
                try AuditLog.record(
                    db, user: signedIn.user, action: .update, entity: "reporting_cycle", id: year,
                    summary: "Reporting cycle \(year): deadline \(input.deadline)", before: before,
                    after: try ReportingCycleRepository.snapshot(db, year: year))
                return try ReportingCycleRepository.find(db, year: year)
            }
            guard saved != nil else {
                // Someone saved in between (or opened a newer year): show theirs, keep ours, carry their version.
                let repository = ReportingCycleRepository(database: app.database)
                let theirs = try repository.current()
                page.conflict = theirs
                page.conflictSavedAt = try theirs.flatMap { try repository.updatedAt(year: $0.year) }
                page.edit!.version = theirs?.version ?? version
                page.edit!.conflictYear = year
                return try render(app, signedIn, page, status: .conflict)
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
            guard page.opening!.errors.isEmpty else { return try render(app, signedIn, page, status: .unprocessableContent) }
            let opened: Bool = try app.database.write { db in
                // The next year is the latest + 1; if someone opened it meanwhile, the form's year is stale.
                let latest = try ReportingCycleRepository.current(db)?.year
                guard year == (latest.map { $0 + 1 } ?? year) else { return false }
                try ReportingCycleRepository.insert(db, year: year, deadline: input.deadline, note: input.storedNote)
                try AuditLog.record(
                    db, user: signedIn.user, action: .create, entity: "reporting_cycle", id: year,
                    summary: "Opened the \(year) reporting cycle, deadline \(input.deadline)",
                    after: try ReportingCycleRepository.snapshot(db, year: year))
                return true
            }
            guard opened else {
                page.opening = nil
                page.staleOpening = year
                return try render(app, signedIn, page, status: .conflict)
            }
            return .redirect(to: path + "?opened=\(year)")
        }
    }

    private static func notice(_ request: Request) -> String? {
        if let year = request.query["saved"].flatMap(Int.init) { return "The \(year) reporting cycle was saved." }
        if let year = request.query["opened"].flatMap(Int.init) { return "The \(year) reporting cycle is open. City offices now see its deadline." }
        return nil
    }

    private static func render(_ app: AppContext, _ signedIn: SignedIn, _ page: ReportingCyclePage, status: HTTPStatus = .ok) throws -> Response {
        let cycles = try ReportingCycleRepository(database: app.database).all()
        var context = page.context(cycles: cycles)
        context["workspaceNav"] = ["cycle": true]
        return try app.pages.page("pages/workspace/cycle/index", path: path, context, status: status, user: signedIn)
    }
}
