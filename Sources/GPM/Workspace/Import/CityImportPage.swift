/// `pages/workspace/import/index`: the upload form, the file's format and, after a commit, how many cities
/// were created and updated.
struct CityImportPage: Encodable {
    let workspaceNav = WorkspaceNavView(.importCities)
    /// "2 cities were created and 1 updated; 30 were unchanged." after a commit; nil otherwise.
    let imported: String?
    let importAuditHref = Paths.auditLog.href(QueryString([("entity", "city_import")]))
    let form: CityImportFormView
    let format: CityImportFormatView
    /// "There is a problem", linking to the file input.
    let errorSummary: FormErrorSummaryView

    init(created: Int? = nil, updated: Int? = nil, unchanged: Int? = nil, error: String? = nil, messages: Messages) {
        imported = created == nil && updated == nil
            ? nil : Self.message(created: created ?? 0, updated: updated ?? 0, unchanged: unchanged ?? 0, messages)
        format = CityImportFormatView(messages)
        form = CityImportFormView(error: error)
        errorSummary = FormErrorSummaryView(error.map { [(id: "import-file", message: $0)] } ?? [])
    }

    static func message(created: Int, updated: Int, unchanged: Int, _ messages: Messages) -> String {
        let done = messages.tn(
            "{count} city was created and {updated} updated.", "{count} cities were created and {updated} updated.", count: created,
            ["updated": messages.number(updated)])
        guard unchanged > 0 else { return done }
        return messages.t("{done} {unchanged}", [
            "done": done, "unchanged": messages.tn("{count} city was unchanged.", "{count} cities were unchanged.", count: unchanged),
        ])
    }
}
