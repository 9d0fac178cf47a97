import Foundation
import HTTP

/// The city office's Mayor Briefs: the list with what is asked and by when, a new draft (optionally
/// started from last year's), the view with versions and reviewers' comments, submit and delete.
/// Editing is in `BriefEditRoutes`, files in `BriefAttachmentRoutes`. The city is always the
/// signed-in office's own; the workflow checks every step again.
enum BriefOfficeRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let briefs = BriefService(database: app.database, clock: app.clock, limits: app.configuration.briefLimits)
        let compliance = ComplianceService(database: app.database, clock: app.clock)

        routes.get(Paths.briefs) { request in
            let (signedIn, cityID) = try app.requireBriefOffice(request)
            return try listPage(app, briefs, signedIn, cityID: cityID, request: request)
        }

        routes.get(Paths.briefNew) { request in
            let (signedIn, cityID) = try app.requireBriefOffice(request)
            let year = request.query["year"].flatMap(Int.init)
            return try newPage(app, briefs, signedIn, cityID: cityID, year: year, message: nil, status: .ok)
        }

        routes.post(Paths.briefNew) { request in
            let (signedIn, cityID) = try app.requireBriefOffice(request)
            let form = try request.formFields()
            let year = form["year"].flatMap { Int($0) }
            do {
                let brief = try briefs.speaking(app.messages).createInOpenCycle(city: cityID, year: year, by: signedIn.user, startFromPrevious: form["start"] == "previous")
                return .redirect(to: Paths.briefEdit.href(brief.id, QueryString([("created", "1")])))
            } catch BriefWorkflowError.duplicate(_, let year) {
                let message = app.messages.t("Your city already has a Mayor Brief for {year}.", ["year": String(year)])
                return try newPage(app, briefs, signedIn, cityID: cityID, year: year, message: message, status: .conflict)
            }
        }

        routes.post(Paths.briefNoBrief) { request in
            let (signedIn, cityID) = try app.requireBriefOffice(request)
            let form = try request.formFields()
            guard let year = form["year"].flatMap({ Int($0) }) else { throw HTTPError(.badRequest, app.messages.t("The form is missing the reporting year.")) }
            let reason = (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let problem = reason.isEmpty
                ? app.messages.t("Say why your city files no Mayor Brief for {year}; the secretariat reads it.", ["year": String(year)])
                : reason.count > 2000
                    ? app.messages.t(
                        "Keep the reason under {limit} characters (it has {count}).",
                        ["limit": app.messages.number(2000), "count": app.messages.number(reason.count)])
                    : nil
            if let problem {
                let input = BriefListPage.DeclarationInput(year: year, reason: reason, error: problem)
                return try listPage(app, briefs, signedIn, cityID: cityID, request: request, declaration: input, status: .unprocessableContent)
            }
            try compliance.declareNoBrief(cityID: cityID, year: year, reason: reason, by: signedIn.user, messages: app.messages)
            return .redirect(to: Paths.briefs.href(QueryString([("declared", String(year))])))
        }

        routes.post(Paths.briefNoBriefUndo) { request in
            let (signedIn, cityID) = try app.requireBriefOffice(request)
            guard let year = try request.formFields()["year"].flatMap({ Int($0) }) else {
                throw HTTPError(.badRequest, app.messages.t("The form is missing the reporting year."))
            }
            _ = try compliance.undoNoBrief(cityID: cityID, year: year, by: signedIn.user, messages: app.messages)
            return .redirect(to: Paths.briefs.href(QueryString([("undeclared", String(year))])))
        }

        routes.get(Paths.brief) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            return try briefPage(app.messages) {
                try viewPage(app, briefs, signedIn, briefID: id, request: request, errors: [:], status: .ok)
            }
        }

        routes.post(Paths.briefSubmit) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            let version = try request.formFields()["version"].flatMap { Int($0) }
            return try briefPage(app.messages) {
                do {
                    try briefs.speaking(app.messages).submit(briefID: id, expectedVersion: version, by: signedIn.user)
                    return .redirect(to: Paths.brief.href(id, QueryString([("submitted", "1")])))
                } catch BriefWorkflowError.incomplete(let missing) {
                    return try viewPage(app, briefs, signedIn, briefID: id, request: request, errors: missing, status: .unprocessableContent)
                } catch let error as BriefWorkflowError where error.isUnconfirmedCommitments {
                    let errors = [BriefShowPage.commitmentsErrorKey: error.message(app.messages)]
                    return try viewPage(app, briefs, signedIn, briefID: id, request: request, errors: errors, status: .unprocessableContent)
                } catch BriefWorkflowError.stale {
                    return try viewPage(
                        app, briefs, signedIn, briefID: id, request: request,
                        errors: ["version": app.messages.t("The brief was saved by someone else after you opened this page. Check it below, then submit again.")],
                        status: .conflict)
                }
            }
        }

        routes.get(Paths.briefDelete) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            return try briefPage(app.messages) {
                let (brief, files) = try briefs.deletion(briefID: id, for: signedIn.user)
                guard brief.status == .draft else { throw BriefWorkflowError.notAllowed(transition: .delete, status: brief.status) }
                return try app.pages.page(
                    "pages/workspace/briefs/delete", path: Paths.briefDelete.href(id), BriefDeletePage(brief, files: files, messages: app.messages), user: signedIn)
            }
        }

        routes.post(Paths.briefDelete) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            return try briefPage(app.messages) {
                try briefs.speaking(app.messages).delete(briefID: id, by: signedIn.user)
                return .redirect(to: Paths.briefs.href(QueryString([("deleted", "1")])))
            }
        }
    }

    static func listPage(
        _ app: AppContext, _ service: BriefService, _ signedIn: SignedIn, cityID: Int, request: Request,
        declaration: BriefListPage.DeclarationInput? = nil, status: HTTPStatus = .ok
    ) throws -> Response {
        let list = try service.officeList(cityID: cityID, for: signedIn.user)
        var notice: String?
        if let year = request.query["declared"] {
            notice = app.messages.t("Your city files no Mayor Brief for {year}; the secretariat sees your reason.", ["year": year])
        }
        if let year = request.query["undeclared"] {
            notice = app.messages.t("“No brief for {year}” was taken back: your city is expected to file its brief.", ["year": year])
        }
        let view = BriefListPage(list, deleted: request.query["deleted"] != nil, notice: notice, declaration: declaration, messages: app.messages)
        return try app.pages.page("pages/workspace/briefs/index", path: Paths.briefs.href, view, status: status, user: signedIn)
    }

    static func newPage(
        _ app: AppContext, _ service: BriefService, _ signedIn: SignedIn, cityID: Int, year: Int?, message: String?, status: HTTPStatus
    ) throws -> Response {
        let (cycle, existing, previous, today) = try service.newBriefChoices(cityID: cityID, year: year)
        let view = BriefNewPage(cycle: cycle, existing: existing, previous: previous, today: today, message: message, messages: app.messages)
        return try app.pages.page("pages/workspace/briefs/new", path: Paths.briefNew.href, view, status: status, user: signedIn)
    }

    static func viewPage(
        _ app: AppContext, _ service: BriefService, _ signedIn: SignedIn, briefID: Int, request: Request, errors: [String: String],
        status: HTTPStatus
    ) throws -> Response {
        let brief = try service.speaking(app.messages).officeView(briefID: briefID, for: signedIn.user)
        let view = BriefShowPage(brief, user: signedIn.user, errors: errors, submitted: request.query["submitted"] != nil, messages: app.messages)
        return try app.pages.page("pages/workspace/briefs/show", path: Paths.brief.href(briefID), view, status: status, user: signedIn)
    }
}
