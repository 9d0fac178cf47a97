import Foundation

/// `pages/workspace/import/preview`: an import plan's summary and every row, with what will be created or
/// why not; the file itself (base64) for the commit; the form to send a corrected one.
struct CityImportPreviewPage: Encodable {
    /// One row of the file.
    struct Row: Encodable {
        let line: Int
        /// nil when the row has no name (the template says so).
        let name: String?
        let slug: String
        let country: String
        let region: String
        let population: String
        let coordinates: String
        let mayor: String
        let membership: String
        let joinedOn: String?
        let website: String
        let errors: [String]
        let hasErrors: Bool

        init(_ row: CityImportRow) {
            line = row.line
            name = row.name.isEmpty ? nil : row.name
            slug = row.slug
            country = row.countryCode
            region = row.regionName
            population = row.population.map(Formatting.number) ?? ""
            coordinates = if let latitude = row.latitude, let longitude = row.longitude { "\(latitude), \(longitude)" } else { "" }
            mayor = row.mayorName ?? ""
            membership = row.membership.map(Formatting.label) ?? ""
            joinedOn = row.joinedOn
            website = row.website ?? ""
            errors = row.errors
            hasErrors = !row.errors.isEmpty
        }
    }

    let workspaceNav = WorkspaceNavView(.importCities)
    /// Why the commit was refused; nil for a preview.
    let failure: String?
    let fileErrors: [String]
    let hasFileErrors: Bool
    let rows: [Row]
    let hasRows: Bool
    let rowCount: Int
    let rowsSummary: String
    let committable: Bool
    let commitAction = Paths.importCitiesCommit.href
    /// The file as sent, base64, for the commit to check again.
    let data: String
    let form: CityImportFormView

    init(_ plan: CityImportPlan, text: String, failure: String? = nil) {
        self.failure = failure
        fileErrors = plan.fileErrors
        hasFileErrors = !plan.fileErrors.isEmpty
        rows = plan.rows.map(Row.init)
        hasRows = !plan.rows.isEmpty
        rowCount = plan.rows.count
        rowsSummary = Self.summary(rows: plan.rows.count, withErrors: plan.rowsWithErrors)
        committable = plan.isCommittable
        data = Data(text.utf8).base64EncodedString()
        form = CityImportFormView(csv: text)
    }

    static func summary(rows: Int, withErrors: Int) -> String {
        let cities = rows == 1 ? "1 city" : "\(Formatting.number(rows)) cities"
        switch withErrors {
        case 0: return "The file describes \(cities), all ready to be created."
        case 1: return "The file describes \(cities); 1 row has problems."
        default: return "The file describes \(cities); \(Formatting.number(withErrors)) rows have problems."
        }
    }
}
