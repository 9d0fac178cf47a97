import Foundation
import HTTP

/// `/workspace/import/cities`: the secretariat uploads (or pastes) a CSV of cities — its own template or
/// the `/cities.csv` export, edited — sees a preview with every row's problems and changes, and commits
/// it — all or nothing. The preview carries the file itself (base64 in
/// a hidden field), so nothing is staged on the server and the commit checks the file again.
enum CityImportRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let imports = CityImportService(database: app.database, clock: app.clock)
        // Room for a 1 MiB file in a multipart body, or for its base64 form (4/3, then percent-encoded).
        let bodyLimit = 4 * CityImportFormat.maxBytes

        routes.get(Paths.importCities) { request in
            let signedIn = try app.require(.editRegistry, request)
            let page = CityImportPage(
                created: request.query["created"].flatMap(Int.init), updated: request.query["updated"].flatMap(Int.init),
                unchanged: request.query["unchanged"].flatMap(Int.init), messages: app.messages)
            return try app.pages.page("pages/workspace/import/index", path: Paths.importCities.href, page, user: signedIn)
        }

        routes.get(Paths.importCitiesTemplate) { request in
            try app.require(.editRegistry, request)
            var response = OpenDataResponse.csv(CityImportFormat.template, filename: "gpm-cities-import-template.csv")
            response.headers.replaceOrAdd("Content-Disposition", "attachment; filename=\"gpm-cities-import-template.csv\"")
            response.headers.remove("Access-Control-Allow-Origin")
            return response
        }

        routes.post(Paths.importCitiesPreview, maxBodySize: bodyLimit) { request in
            let signedIn = try app.require(.editRegistry, request)
            guard let text = try uploadedText(request, app.messages) else {
                let page = CityImportPage(error: app.messages.t("Choose a CSV file to upload, or paste the CSV into the box."), messages: app.messages)
                return try app.pages.page(
                    "pages/workspace/import/index", path: Paths.importCities.href, page, status: .unprocessableContent, user: signedIn)
            }
            let plan = try imports.preview(text: text, messages: app.messages)
            return try preview(app, signedIn, plan, text: text, status: plan.hasProblems ? .unprocessableContent : .ok)
        }

        routes.post(Paths.importCitiesCommit, maxBodySize: bodyLimit) { request in
            let signedIn = try app.require(.editRegistry, request)
            let fields = try request.formFields()
            guard let data = Data(base64Encoded: fields["data"] ?? ""), let text = String(data: data, encoding: .utf8) else {
                throw HTTPError(.badRequest, app.messages.t("The import data is missing or damaged. Upload the file again."))
            }
            do {
                switch try imports.commit(text: text, fingerprint: fields["plan"] ?? "", user: signedIn.user, messages: app.messages) {
                case .success(let outcome):
                    let query = QueryString([
                        ("created", String(outcome.created.count)), ("updated", String(outcome.updated.count)),
                        ("unchanged", String(outcome.unchanged)),
                    ])
                    return .redirect(to: Paths.importCities.href(query))
                case .failure(let refusal) where refusal.registryChanged:
                    return try preview(
                        app, signedIn, refusal.plan, text: text, status: .conflict,
                        failure: app.messages.t(
                            "The registry changed since the preview, so the import would not do what it showed. Nothing was imported: check this new preview and commit again."))
                case .failure(let refusal):
                    return try preview(
                        app, signedIn, refusal.plan, text: text, status: .unprocessableContent,
                        failure: app.messages.t("The file has problems (the registry may have changed since the preview). Nothing was imported."))
                }
            } catch let failure as CityImportService.InsertFailure {
                let plan = try imports.preview(text: text, messages: app.messages)
                return try preview(
                    app, signedIn, plan, text: text, status: .unprocessableContent,
                    failure: app.messages.t(
                        "Line {line} ({city}) could not be saved: {problem}. Nothing was imported.",
                        ["line": String(failure.line), "city": failure.name, "problem": failure.message]))
            }
        }
    }

    /// The CSV from the file input `file`, else from the text box `csv`; nil when both are empty.
    /// Files must be UTF-8 (spreadsheets offer "CSV UTF-8"); a byte-order mark is fine.
    static func uploadedText(_ request: Request, _ messages: Messages) throws -> String? {
        let type = request.headers["Content-Type"]?.lowercased() ?? ""
        var text: String?
        if type.hasPrefix("multipart/form-data") {
            let limits = MultipartLimits(maxParts: 10, maxFileSize: CityImportFormat.maxBytes, maxFieldSize: CityImportFormat.maxBytes)
            let form = try request.multipartForm(limits: limits)
            if let file = form.file(named: "file"), !file.body.isEmpty {
                guard let decoded = String(validating: file.body, as: UTF8.self) else {
                    throw HTTPError(
                        .unprocessableContent,
                        messages.t("The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and upload it again."))
                }
                text = decoded
            } else {
                text = form["csv"]
            }
        } else {
            text = try request.formFields()["csv"]
        }
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }

    static func preview(
        _ app: AppContext, _ signedIn: SignedIn, _ plan: CityImportPlan, text: String, status: HTTPStatus, failure: String? = nil
    ) throws -> Response {
        let page = CityImportPreviewPage(plan, text: text, failure: failure, messages: app.messages)
        return try app.pages.page("pages/workspace/import/preview", path: Paths.importCities.href, page, status: status, user: signedIn)
    }
}
