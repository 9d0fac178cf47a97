import HTTP
import Mustache

/// The city office's Mayor Briefs: the list with what is asked and by when, a new draft (optionally
/// started from last year's), the view with versions and reviewers' comments, submit and delete.
/// Editing is in `BriefEditRoutes`, files in `BriefAttachmentRoutes`. The city is always the
/// signed-in office's own; the workflow checks every step again.
enum BriefOfficeRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let briefs = BriefService(database: app.database, clock: app.clock)

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
                var context = BriefViewModel.header(brief)
                context["fileCount"] = .int(files.count)
                context["hasFiles"] = .bool(!files.isEmpty)
                context["workspaceNav"] = try MustacheEncoder.encode(WorkspaceNavView(.briefs))
                return try app.pages.page("pages/workspace/briefs/delete", path: Paths.briefDelete.href(id), context, user: signedIn)
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
        let (briefs, asks, cityName, unread, cycle) = (list.briefs, list.asks, list.cityName, list.unread, list.cycle)
        let current = cycle.flatMap { cycle in briefs.first { $0.year == cycle.year } }
        let rows: [MustacheValue] = briefs.map { brief in
            var row = BriefViewModel.header(brief)
            row["ask"] = asks[brief.id].map(BriefViewModel.review) ?? .null
            return .dictionary(row)
        }
        let context: [String: MustacheValue] = [
            "city": .string(cityName), "briefs": .array(rows), "hasBriefs": .bool(!briefs.isEmpty),
            "cycle": BriefViewModel.cycle(cycle), "current": current.map { .dictionary(BriefViewModel.header($0)) } ?? .null,
            "canStart": .bool(cycle != nil && current == nil), "newHref": .string(Paths.briefNew.href),
            "unread": .int(unread), "hasUnread": .bool(unread > 0),
            "deleted": .bool(request.query["deleted"] != nil),
            "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.briefs)),
        ]
        return try app.pages.page("pages/workspace/briefs/index", path: Paths.briefs.href, context, user: signedIn)
    }

    static func newPage(
        _ app: AppContext, _ service: BriefService, _ signedIn: SignedIn, cityID: Int, message: String?, status: HTTPStatus
    ) throws -> Response {
        let (cycle, existing, previous) = try service.newBriefChoices(cityID: cityID)
        let context: [String: MustacheValue] = [
            "cycle": BriefViewModel.cycle(cycle),
            "existing": existing.map { .dictionary(BriefViewModel.header($0)) } ?? .null,
            "previous": previous.map { .dictionary(BriefViewModel.header($0)) } ?? .null,
            "message": message.map { .string($0) } ?? .null, "formAction": .string(Paths.briefNew.href),
            "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.briefs)),
        ]
        return try app.pages.page("pages/workspace/briefs/new", path: Paths.briefNew.href, context, status: status, user: signedIn)
    }

    static func viewPage(
        _ app: AppContext, _ service: BriefService, _ signedIn: SignedIn, briefID: Int, request: Request, errors: [String: String],
        status: HTTPStatus
    ) throws -> Response {
        let view = try service.officeView(briefID: briefID, for: signedIn.user)
        let (brief, files, versions, reviews, choices) = (view.brief, view.files, view.versions, view.reviews, view.choices)
        var context = BriefViewModel.header(brief)
        context["version"] = .int(brief.version)
        context["sections"] = .array(BriefFields.textFields.filter { $0.key != "title" }.enumerated().map { index, field in
            let paragraphs = Formatting.paragraphs(brief.fields[field.key])
            return [
                "id": .string("section-\(index + 1)"), "heading": .string(field.heading),
                "blocks": PracticeDetailPages.blocks(paragraphs), "isEmpty": .bool(paragraphs.isEmpty),
            ]
        })
        context["actions"] = .array(brief.fields.actionIDs.map { .string(choices.actionLabel($0)) })
        context["themes"] = .array(brief.fields.themeIDs.map { .string(choices.themeLabel($0)) })
        context["sdgs"] = .array(brief.fields.sdgNumbers.map { .string(choices.sdgLabel($0)) })
        context["hasActions"] = .bool(!brief.fields.actionIDs.isEmpty)
        context["hasThemes"] = .bool(!brief.fields.themeIDs.isEmpty)
        context["hasSDGs"] = .bool(!brief.fields.sdgNumbers.isEmpty)
        context["attachments"] = BriefViewModel.files(files, briefID: brief.id)
        context["hasAttachments"] = .bool(!files.isEmpty)
        context["versions"] = .array(versions.map { version in
            ["number": .int(version.number), "at": .string(Formatting.date(version.submittedAt)), "atISO": .string(version.submittedAt),
             "by": .string(version.submittedByName), "files": .int(version.attachments.count)]
        })
        context["hasVersions"] = .bool(!versions.isEmpty)
        context["reviews"] = .array(reviews.map(BriefViewModel.review))
        context["hasReviews"] = .bool(!reviews.isEmpty)
        context["canSubmit"] = .bool(BriefStateMachine.can(signedIn.user, .submit, status: brief.status, cityID: brief.cityID))
        context["isResubmission"] = .bool(brief.status == .changesRequested)
        context["canDelete"] = .bool(BriefStateMachine.can(signedIn.user, .delete, status: brief.status, cityID: brief.cityID))
        context["canEdit"] = .bool(BriefStateMachine.canEdit(signedIn.user, status: brief.status, cityID: brief.cityID))
        context["errors"] = .array(errors.sorted { $0.key < $1.key }.map { .string($0.value) })
        context["hasErrors"] = .bool(!errors.isEmpty)
        context["submitted"] = .bool(request.query["submitted"] != nil)
        context["publicHref"] = brief.status == .published ? .string(Paths.publishedBrief.href(view.citySlug, brief.year)) : .null
        context["workspaceNav"] = try MustacheEncoder.encode(WorkspaceNavView(.briefs))
        return try app.pages.page("pages/workspace/briefs/show", path: Paths.brief.href(brief.id), context, status: status, user: signedIn)
    }
}
