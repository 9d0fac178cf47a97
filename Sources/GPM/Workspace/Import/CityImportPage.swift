/// `pages/workspace/import/index`: the upload form, the file's format and, after a commit, how many cities
/// were imported.
struct CityImportPage: Encodable {
    let workspaceNav = WorkspaceNavView(.importCities)
    /// "3 cities were imported." after a commit; nil otherwise.
    let imported: String?
    let importAuditHref = Paths.auditLog.href(QueryString([("entity", "city_import")]))
    let form: CityImportFormView
    let format = CityImportFormatView()

    init(imported count: Int? = nil, error: String? = nil) {
        imported = count.map { "\($0) \($0 == 1 ? "city was" : "cities were") imported." }
        form = CityImportFormView(error: error)
    }
}
