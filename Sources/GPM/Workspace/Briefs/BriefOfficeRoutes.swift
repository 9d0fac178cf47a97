import HTTP

/// The city office's Mayor Briefs: the list with what is asked and by when, a new draft (optionally
/// started from last year's), the view with versions and reviewers' comments, submit and delete.
/// Editing is in `BriefEditRoutes`, files in `BriefAttachmentRoutes`. The city is always the
/// signed-in office's own; the workflow checks every step again.
enum BriefOfficeRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let briefs = BriefService(database: app.database, clock: app.clock, limits: app.configuration.briefLimits)

        routes.get(Paths.briefs) { request in
            let (signedIn, cityID) = try app.requireBriefOffice(request)
            return try listPage(app, briefs, signedIn, cityID: cityID, request: request)
        }

        routes.get(Paths.briefNew) { request in
            let (signedIn, cityID) = try app.requireBriefOffice(request)
            return try newPage(app, briefs, signedIn, cityID: cityID, message: nil, status: .ok)
        }

        routes.post(Paths.briefNew) { request in
            let (signedIn, cityID) = try app.requireBriefOffice(request)
            let form = try request.formFields()
            do {
                let brief = try briefs.createForCurrentCycle(city: cityID, by: signedIn.user, startFromPrevious: form["start"] == "previous")
                return .redirect(to: Paths.briefEdit.href(brief.id, QueryString([("created", "1")])))
            } catch BriefWorkflowError.duplicate(_, let year) {
                let message = "Your city already has a Mayor Brief for \(year)."
                return try newPage(app, briefs, signedIn, cityID: cityID, message: message, status: .conflict)
            }
        }

        routes.get(Paths.brief) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            return try briefPage {
                try viewPage(app, briefs, signedIn, briefID: id, request: request, errors: [:], status: .ok)
            }
        }

        routes.post(Paths.briefSubmit) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            let version = try request.formFields()["version"].flatMap { Int($0) }
            return try briefPage {
                do {
                    try briefs.submit(briefID: id, expectedVersion: version, by: signedIn.user)
                    return .redirect(to: Paths.brief.href(id, QueryString([("submitted", "1")])))
                } catch BriefWorkflowError.incomplete(let missing) {
                    return try viewPage(app, briefs, signedIn, briefID: id, request: request, errors: missing, status: .unprocessableContent)
                } catch BriefWorkflowError.stale {
                    return try viewPage(
                        app, briefs, signedIn, briefID: id, request: request,
                        errors: ["version": "The brief was saved by someone else after you opened this page. Check it below, then submit again."],
                        status: .conflict)
                }
            }
        }

        routes.get(Paths.briefDelete) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            return try briefPage {
                let (brief, files) = try briefs.deletion(briefID: id, for: signedIn.user)
                guard brief.status == .draft else { throw BriefWorkflowError.notAllowed(transition: .delete, status: brief.status) }
                return try app.pages.page(
                    "pages/workspace/briefs/delete", path: Paths.briefDelete.href(id), BriefDeletePage(brief, files: files), user: signedIn)
            }
        }

        routes.post(Paths.briefDelete) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            return try briefPage {
                try briefs.delete(briefID: id, by: signedIn.user)
                return .redirect(to: Paths.briefs.href(QueryString([("deleted", "1")])))
            }
        }
    }

    static func listPage(_ app: AppContext, _ service: BriefService, _ signedIn: SignedIn, cityID: Int, request: Request) throws -> Response {
        let list = try service.officeList(cityID: cityID, for: signedIn.user)
        let view = BriefListPage(list, today: app.clock.now(), deleted: request.query["deleted"] != nil)
        return try app.pages.page("pages/workspace/briefs/index", path: Paths.briefs.href, view, user: signedIn)
    }

    static func newPage(
        _ app: AppContext, _ service: BriefService, _ signedIn: SignedIn, cityID: Int, message: String?, status: HTTPStatus
    ) throws -> Response {
        let (cycle, existing, previous) = try service.newBriefChoices(cityID: cityID)
        let view = BriefNewPage(cycle: cycle, existing: existing, previous: previous, today: app.clock.now(), message: message)
        return try app.pages.page("pages/workspace/briefs/new", path: Paths.briefNew.href, view, status: status, user: signedIn)
    }

    static func viewPage(
        _ app: AppContext, _ service: BriefService, _ signedIn: SignedIn, briefID: Int, request: Request, errors: [String: String],
        status: HTTPStatus
    ) throws -> Response {
        let brief = try service.officeView(briefID: briefID, for: signedIn.user)
        let view = BriefShowPage(brief, user: signedIn.user, errors: errors, submitted: request.query["submitted"] != nil)
        return try app.pages.page("pages/workspace/briefs/show", path: Paths.brief.href(briefID), view, status: status, user: signedIn)
    }
}
