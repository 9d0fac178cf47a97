import HTTP

/// `/workspace/briefs/:id/edit`: the office edits the text and links of its brief while it is a draft
/// or sent back for changes. A stale save (someone saved in between) answers 409 with both versions.
enum BriefEditRoutes {
    /// Longest title accepted (it is a heading, not a section).
    static let maxTitleLength = 200

    /// The note after a redirect back to the form.
    static func notice(_ request: Request) -> String? {
        if request.query["created"] != nil { return "Draft created. Fill it in at your pace: a draft may be incomplete until you submit it." }
        if request.query["saved"] != nil { return "Saved." }
        if let count = request.query["uploaded"].flatMap({ Int($0) }) { return count == 1 ? "File added." : "\(count) files added." }
        if request.query["removed"] != nil { return "File removed." }
        return nil
    }

    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let briefs = BriefService(database: app.database, clock: app.clock)

        routes.get(Paths.briefEdit) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            return try briefPage {
                let editing = try briefs.editing(briefID: id, for: signedIn.user)
                let brief = editing.brief
                guard BriefStateMachine.canEdit(signedIn.user, status: brief.status, cityID: brief.cityID) else {
                    throw BriefWorkflowError.notAllowed(transition: nil, status: brief.status)
                }
                let view = BriefEditPage(
                    editing: editing, form: BriefForm(fields: brief.fields, version: brief.version), notice: notice(request))
                return try page(app, signedIn, view, briefID: id, status: .ok)
            }
        }

        routes.post(Paths.briefEdit) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            let form = BriefForm(try request.formFields())
            return try briefPage {
                guard let version = form.version else {
                    throw HTTPError(.badRequest, "The form did not say which version it edits; reload the page.")
                }
                var errors: [String: String] = [:]
                if form.fields.title.count > maxTitleLength { errors["title"] = "The title is at most \(maxTitleLength) characters." }
                do {
                    guard errors.isEmpty else { throw BriefWorkflowError.incomplete(errors) }
                    try briefs.update(briefID: id, fields: form.fields, expectedVersion: version, by: signedIn.user)
                    return .redirect(to: Paths.briefEdit.href(id, QueryString([("saved", "1")])))
                } catch BriefWorkflowError.stale {
                    let current = try briefs.editing(briefID: id, for: signedIn.user)
                    return try page(
                        app, signedIn, BriefEditPage(editing: current, form: form, conflict: current.brief), briefID: id, status: .conflict)
                } catch BriefWorkflowError.incomplete(let fieldErrors) {
                    let current = try briefs.editing(briefID: id, for: signedIn.user)
                    return try page(
                        app, signedIn, BriefEditPage(editing: current, form: form, errors: fieldErrors), briefID: id, status: .unprocessableContent)
                } catch BriefWorkflowError.invalid(let message) {
                    let current = try briefs.editing(briefID: id, for: signedIn.user)
                    return try page(
                        app, signedIn, BriefEditPage(editing: current, form: form, message: message), briefID: id, status: .unprocessableContent)
                }
            }
        }
    }

    /// The edit form rendered with `status`.
    static func page(_ app: AppContext, _ signedIn: SignedIn, _ view: BriefEditPage, briefID: Int, status: HTTPStatus) throws -> Response {
        try app.pages.page("pages/workspace/briefs/edit", path: Paths.briefEdit.href(briefID), view, status: status, user: signedIn)
    }
}
