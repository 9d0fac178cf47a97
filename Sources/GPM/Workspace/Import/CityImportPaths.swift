/// The secretariat's CSV import of cities: the upload form, its template, the preview and the commit.
extension Paths {
    static let importCities = Path("/workspace/import/cities", query: ["created", "updated", "unchanged"])
    static let importCitiesTemplate = Path("/workspace/import/cities/template.csv", query: [])
    static let importCitiesPreview = Path("/workspace/import/cities/preview")
    static let importCitiesCommit = Path("/workspace/import/cities/commit")
}
