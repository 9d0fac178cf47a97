import HTTP

/// `/workspace/briefs/:id/edit`: the office edits the text, links and files of its brief while it is a
/// draft or sent back for changes. One multipart form holds all of it, so an upload (or a file's removal)
/// saves the text typed with it; a plain url-encoded post (text only) is read too. A stale save (someone
/// saved in between) answers 409 with both versions; a text over its limit 422 with the message next to it.
enum BriefEditRoutes {
    /// The message next to the file input for a form kept after the session expired.
    static func fileNotReceived(_ messages: Messages) -> String {
        messages.t("File not received: your session had expired before the upload. Choose the file again.")
    }

    /// The note after a redirect back to the form.
    static func notice(_ request: Request, _ messages: Messages) -> String? {
        if request.query["created"] != nil {
            return messages.t("Draft created. Fill it in at your pace: a draft may be incomplete until you submit it.")
        }
        var parts: [String] = []
        if request.query["saved"] != nil { parts.append(messages.t("Saved.")) }
        if let count = request.query["uploaded"].flatMap({ Int($0) }), count > 0 {
            parts.append(messages.tn("{count} file added.", "{count} files added.", count: count))
        }
        if request.query["removed"] != nil { parts.append(messages.t("File removed.")) }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let briefs = BriefService(database: app.database, clock: app.clock, limits: app.configuration.briefLimits)
        let keptForms = KeptFormService(database: app.database, clock: app.clock, configuration: app.configuration.accounts)

        routes.get(Paths.briefEdit) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            return try briefPage(app.messages) {
                let editing = try briefs.speaking(app.messages).editing(briefID: id, for: signedIn.user)
                let brief = editing.brief
                guard BriefStateMachine.canEdit(signedIn.user, status: brief.status, cityID: brief.cityID) else {
                    throw BriefWorkflowError.notAllowed(transition: nil, status: brief.status)
                }
                // After signing in again: what was typed before the session expired, shown once, not saved.
                if request.query["kept"] != nil, let kept = try keptForms.take(for: signedIn.user, path: Paths.briefEdit.href(id)) {
                    let view = BriefEditPage(
                        editing: editing, form: BriefForm(kept), notice: app.messages.t("We kept what you typed; review and save."),
                        fileError: kept.filesDropped ? fileNotReceived(app.messages) : nil, messages: app.messages)
                    return try page(app, signedIn, view, briefID: id, status: .ok)
                }
                // From a refused submission's summary: the sections still missing are marked on their fields.
                let missing = request.query["check"] == "submit" ? brief.fields.missingForSubmission(app.messages) : [:]
                let view = BriefEditPage(
                    editing: editing, form: BriefForm(fields: brief.fields, version: brief.version), errors: missing, notice: notice(request, app.messages),
                    messages: app.messages)
                return try page(app, signedIn, view, briefID: id, status: .ok)
            }
        }

        routes.post(Paths.briefEdit, maxBodySize: AttachmentPolicy.uploadBodyLimit) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            let posted = try BriefDraftPost(request)
            let form = posted.form
            return try briefPage(app.messages) {
                guard let version = form.version else {
                    throw HTTPError(.badRequest, app.messages.t("The form did not say which version it edits; reload the page."))
                }
                if let languageError = form.languageError(app.messages) {
                    let current = try briefs.speaking(app.messages).editing(briefID: id, for: signedIn.user)
                    return try page(
                        app, signedIn,
                        BriefEditPage(editing: current, form: form, errors: ["language": languageError], fileError: posted.notSavedMessage(app.messages), messages: app.messages),
                        briefID: id, status: .unprocessableContent)
                }
                do {
                    let saved = try briefs.speaking(app.messages).saveDraft(
                        briefID: id, fields: form.fields, expectedVersion: version, remove: posted.remove,
                        files: posted.acceptedFiles, by: signedIn.user)
                    if let refusal = saved.refusal ?? posted.oversize?.message(app.messages) {
                        let current = try briefs.speaking(app.messages).editing(briefID: id, for: signedIn.user)
                        let view = BriefEditPage(
                            editing: current, form: BriefForm(fields: current.brief.fields, version: current.brief.version),
                            notice: saved.added > 0
                                ? app.messages.tn(
                                    "Your text was saved. {count} of the files was added.", "Your text was saved. {count} of the files were added.",
                                    count: saved.added)
                                : app.messages.t("Your text was saved."),
                            fileError: refusal, messages: app.messages)
                        return try page(app, signedIn, view, briefID: id, status: .unprocessableContent)
                    }
                    var query = QueryString([("saved", "1")])
                    if saved.added > 0 { query.add("uploaded", String(saved.added)) }
                    if saved.removed { query.add("removed", "1") }
                    let filesTouched = saved.added > 0 || saved.removed
                    return .redirect(to: Paths.briefEdit.href(id, query) + (filesTouched ? "#files" : ""))
                } catch BriefWorkflowError.stale {
                    let current = try briefs.speaking(app.messages).editing(briefID: id, for: signedIn.user)
                    return try page(
                        app, signedIn,
                        BriefEditPage(editing: current, form: form, conflict: current.brief, fileError: posted.notSavedMessage(app.messages), messages: app.messages),
                        briefID: id, status: .conflict)
                } catch BriefWorkflowError.incomplete(let fieldErrors) {
                    let current = try briefs.speaking(app.messages).editing(briefID: id, for: signedIn.user)
                    return try page(
                        app, signedIn,
                        BriefEditPage(editing: current, form: form, errors: fieldErrors, fileError: posted.notSavedMessage(app.messages), messages: app.messages),
                        briefID: id, status: .unprocessableContent)
                } catch BriefWorkflowError.invalid(let message) {
                    let current = try briefs.speaking(app.messages).editing(briefID: id, for: signedIn.user)
                    return try page(
                        app, signedIn,
                        BriefEditPage(editing: current, form: form, message: message, fileError: posted.notSavedMessage(app.messages), messages: app.messages),
                        briefID: id, status: .unprocessableContent)
                }
            }
        }
    }

    /// The edit form rendered with `status`.
    static func page(_ app: AppContext, _ signedIn: SignedIn, _ view: BriefEditPage, briefID: Int, status: HTTPStatus) throws -> Response {
        try app.pages.page("pages/workspace/briefs/edit", path: Paths.briefEdit.href(briefID), view, status: status, user: signedIn)
    }
}
