/// `pages/workspace/import/index`: the upload form, the file's format and, after a commit, how many cities
/// were created and updated.
struct CityImportPage: Encodable {
    let workspaceNav = WorkspaceNavView(.importCities)
    /// "2 cities were created and 1 updated; 30 were unchanged." after a commit; nil otherwise.
    let imported: String?
    let importAuditHref = Paths.auditLog.href(QueryString([("entity", "city_import")]))
    let form: CityImportFormView
    let format = CityImportFormatView()
    /// "There is a problem", linking to the file input.
    let errorSummary: FormErrorSummaryView

    init(created: Int? = nil, updated: Int? = nil, unchanged: Int? = nil, error: String? = nil) {
        imported = created == nil && updated == nil ? nil : Self.message(created: created ?? 0, updated: updated ?? 0, unchanged: unchanged ?? 0)
        form = CityImportFormView(error: error)
        errorSummary = FormErrorSummaryView(error.map { [(id: "import-file", message: $0)] } ?? [])
    }

    static func message(created: Int, updated: Int, unchanged: Int) -> String {
        var text = "\(created) \(created == 1 ? "city was" : "cities were") created and \(updated) updated"
        if unchanged > 0 { text += "; \(unchanged) \(unchanged == 1 ? "was" : "were") unchanged" }
        return text + "."
    }
}
