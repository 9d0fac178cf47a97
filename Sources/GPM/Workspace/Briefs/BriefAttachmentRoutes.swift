import HTTP

/// Files of a brief posted on their own, without the text (the edit page itself posts files with its
/// text through `BriefEditRoutes`, so an upload never loses what was typed; these routes stay for clients
/// and scripts that send files alone): `multipart/form-data` with the `_csrf` part first, each file sniffed
/// (PDF, PNG, JPEG, GIF, WebP) and at most `AttachmentPolicy.maxFileSize`. A file over the limit gets
/// a 413 page that says so and links back to the brief; one past the files-per-brief or bytes-per-city limit
/// (`BriefLimits`) the edit page with the message.
enum BriefAttachmentRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let briefs = BriefService(database: app.database, clock: app.clock, limits: app.configuration.briefLimits)

        routes.post(Paths.briefAttachments, maxBodySize: AttachmentPolicy.uploadBodyLimit) { request, id in
            let (signedIn, _) = try app.requireBriefOffice(request)
            return try briefPage(app.messages) {
                let form: MultipartForm
                do {
                    form = try request.multipartForm(limits: AttachmentPolicy.multipartLimits)
                } catch let error as HTTPError where error.status == .contentTooLarge {
                    // The parser's own words are English and technical: the page says it in the reader's language.
                    let message = app.messages.t("The file chosen is larger than {limit}.", ["limit": BriefFileView.maxFileSize(app.messages)])
                    return try app.pages.page(
                        "pages/workspace/briefs/too-large", path: Paths.briefAttachments.href(id),
                        BriefTooLargePage(message: message, briefID: id, messages: app.messages), status: .contentTooLarge, user: signedIn)
                } catch let error as HTTPError where [.badRequest, .unsupportedMediaType].contains(error.status) {
                    // Not a readable multipart form: the edit page says so, to whoever may see the brief (else 404).
                    let message = app.messages.t("The upload could not be read. Choose the file again and send the form once more.")
                    return try refused(app, briefs, signedIn, id, message, status: error.status)
                }
                let files = form.files(named: "file")
                guard !files.isEmpty else {
                    return try refused(app, briefs, signedIn, id, app.messages.t("Choose a file to upload."), status: .unprocessableContent)
                }
                do {
                    // Refusals (type, emptiness, a limit) come back written in the reader's language.
                    try briefs.speaking(app.messages).addAttachments(
                        briefID: id, files: files.map { (bytes: $0.body, filename: $0.filename ?? "file") }, by: signedIn.user)
                    return .redirect(to: Paths.briefEdit.href(id, QueryString([("uploaded", String(files.count))])) + "#files")
                } catch let error as HTTPError where [.unsupportedMediaType, .badRequest, .unprocessableContent].contains(error.status) {
                    return try refused(app, briefs, signedIn, id, error.message, status: error.status)
                }
            }
        }

        routes.post(Paths.briefAttachmentRemove) { request, id, sha256 in
            let (signedIn, _) = try app.requireBriefOffice(request)
            guard AttachmentHash.isValid(sha256) else { throw HTTPError(.notFound) }
            return try briefPage(app.messages) {
                try briefs.speaking(app.messages).removeAttachment(briefID: id, sha256: sha256, by: signedIn.user)
                return .redirect(to: Paths.briefEdit.href(id, QueryString([("removed", "1")])) + "#files")
            }
        }
    }

    /// The edit page again, with the stored text and why the file was refused.
    private static func refused(
        _ app: AppContext, _ briefs: BriefService, _ signedIn: SignedIn, _ id: Int, _ message: String, status: HTTPStatus
    ) throws -> Response {
        let editing = try briefs.speaking(app.messages).editing(briefID: id, for: signedIn.user)
        let brief = editing.brief
        guard BriefStateMachine.canEdit(signedIn.user, status: brief.status, cityID: brief.cityID) else {
            throw BriefWorkflowError.notAllowed(transition: nil, status: brief.status)
        }
        let view = BriefEditPage(editing: editing, form: BriefForm(fields: brief.fields, version: brief.version), message: message, messages: app.messages)
        return try BriefEditRoutes.page(app, signedIn, view, briefID: id, status: status)
    }
}

/// Who may download a brief's files besides visitors (published briefs): the office of the brief's
/// city and the secretariat, in any status. Reads the user `SignedInContext` resolved for the request.
extension AttachmentAccess {
    static let workspace = AttachmentAccess.publishedBriefsOnly.widened { _, brief in
        BriefStateMachine.canView(SignedInContext.current?.user, cityID: brief.cityID)
    }
}
