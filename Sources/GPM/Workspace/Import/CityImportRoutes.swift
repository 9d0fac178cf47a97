import Foundation
import HTTP
import Mustache

/// `/workspace/import/cities`: the secretariat uploads (or pastes) a CSV of cities, sees a preview with
/// every row's problems, and commits it — all or nothing. The preview carries the file itself (base64 in
/// a hidden field), so nothing is staged on the server and the commit checks the file again.
enum CityImportRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let imports = CityImportService(database: app.database, clock: app.clock)
        // Room for a 1 MiB file in a multipart body, or for its base64 form (4/3, then percent-encoded).
        let bodyLimit = 4 * CityImportFormat.maxBytes

        routes.get(Paths.importCities) { request in
            let signedIn = try app.require(.editRegistry, request)
            var context: [String: MustacheValue] = ["csv": ""]
            if let count = request.query["imported"].flatMap(Int.init) {
                context["imported"] = .string("\(count) \(count == 1 ? "city was" : "cities were") imported.")
            }
            return try page(app, signedIn, "pages/workspace/import/index", context)
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
            guard let text = try uploadedText(request) else {
                return try page(
                    app, signedIn, "pages/workspace/import/index",
                    ["csv": "", "error": "Choose a CSV file to upload, or paste the CSV into the box."], status: .unprocessableContent)
            }
            let plan = try imports.preview(text: text)
            return try preview(app, signedIn, plan, text: text, status: plan.isCommittable ? .ok : .unprocessableContent)
        }

        routes.post(Paths.importCitiesCommit, maxBodySize: bodyLimit) { request in
            let signedIn = try app.require(.editRegistry, request)
            let fields = try request.formFields()
            guard let data = Data(base64Encoded: fields["data"] ?? ""), let text = String(data: data, encoding: .utf8) else {
                throw HTTPError(.badRequest, "The import data is missing or damaged. Upload the file again.")
            }
            do {
                switch try imports.commit(text: text, user: signedIn.user) {
                case .success(let slugs): return .redirect(to: Paths.importCities.href(QueryString([("imported", String(slugs.count))])))
                case .failure(let refusal):
                    return try preview(
                        app, signedIn, refusal.plan, text: text, status: .unprocessableContent,
                        failure: "The file has problems (the registry may have changed since the preview). Nothing was imported.")
                }
            } catch let failure as CityImportService.InsertFailure {
                let plan = try imports.preview(text: text)
                return try preview(
                    app, signedIn, plan, text: text, status: .unprocessableContent,
                    failure: "Line \(failure.line) (\(failure.name)) could not be saved: \(failure.message). Nothing was imported.")
            }
        }
    }

    /// The CSV from the file input `file`, else from the text box `csv`; nil when both are empty.
    /// Files must be UTF-8 (spreadsheets offer "CSV UTF-8"); a byte-order mark is fine.
    static func uploadedText(_ request: Request) throws -> String? {
        let type = request.headers["Content-Type"]?.lowercased() ?? ""
        var text: String?
        if type.hasPrefix("multipart/form-data") {
            let limits = MultipartLimits(maxParts: 10, maxFileSize: CityImportFormat.maxBytes, maxFieldSize: CityImportFormat.maxBytes)
            let form = try request.multipartForm(limits: limits)
            if let file = form.file(named: "file"), !file.body.isEmpty {
                guard let decoded = String(validating: file.body, as: UTF8.self) else {
                    throw HTTPError(
                        .unprocessableContent, "The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and upload it again.")
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
        var context = CityImportPreview.context(plan)
        context["data"] = .string(Data(text.utf8).base64EncodedString())
        context["csv"] = .string(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        if let failure { context["failure"] = .string(failure) }
        return try page(app, signedIn, "pages/workspace/import/preview", context, status: status)
    }

    static func page(
        _ app: AppContext, _ signedIn: SignedIn, _ template: String, _ context: [String: MustacheValue], status: HTTPStatus = .ok
    ) throws -> Response {
        var context = context
        context["workspaceNav"] = try MustacheEncoder.encode(WorkspaceNavView(.importCities))
        context["columns"] = .array(CityImportFormat.columns.map { column in
            ["name": .string(column.name), "required": .bool(column.required), "meaning": .string(column.meaning)]
        })
        context["example"] = .string(CityImportFormat.template.text)
        context["maxRows"] = .string(Formatting.number(CityImportFormat.maxRows))
        context["previewAction"] = .string(Paths.importCitiesPreview.href)
        context["commitAction"] = .string(Paths.importCitiesCommit.href)
        context["templateHref"] = .string(Paths.importCitiesTemplate.href)
        context["importAuditHref"] = .string(Paths.auditLog.href(QueryString([("entity", "city_import")])))
        return try app.pages.page(template, path: Paths.importCities.href, context, status: status, user: signedIn)
    }
}
