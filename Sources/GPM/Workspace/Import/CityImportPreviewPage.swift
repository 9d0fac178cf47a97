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
        /// True when the file left the region empty and the country's suggested region was taken.
        let regionSuggested: Bool
        /// What the row does, when it has no errors: exactly one of these is true.
        let isNew: Bool
        let isUpdate: Bool
        let isUnchanged: Bool
        /// The fields an update changes: `field: old → new`.
        let changes: [Change]

        struct Change: Encodable {
            let field: String
            let before: String
            let after: String
            let beforeIsEmpty: Bool
            let afterIsEmpty: Bool
        }

        init(_ row: CityImportRow, _ messages: Messages) {
            line = row.line
            name = row.name.isEmpty ? nil : row.name
            slug = row.slug
            country = row.countryCode
            region = row.regionName
            population = row.population.map(messages.number) ?? ""
            coordinates = if let latitude = row.latitude, let longitude = row.longitude { "\(latitude), \(longitude)" } else { "" }
            mayor = row.mayorName ?? ""
            membership = row.membership.map { CityFacts.membershipLabel($0, messages) } ?? ""
            joinedOn = row.joinedOn
            website = row.website ?? ""
            errors = row.errors
            hasErrors = !row.errors.isEmpty
            regionSuggested = row.regionSuggested
            isNew = !hasErrors && row.outcome == .create
            isUpdate = !hasErrors && row.outcome == .update
            isUnchanged = !hasErrors && row.outcome == .unchanged
            changes = row.changes.map {
                Change(field: $0.field, before: $0.before, after: $0.after, beforeIsEmpty: $0.before.isEmpty, afterIsEmpty: $0.after.isEmpty)
            }
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
    /// Every row is right and already in the registry as it is: nothing to commit.
    let nothingToDo: Bool
    let commitAction = Paths.importCitiesCommit.href
    /// The file as sent, base64, for the commit to check again.
    let data: String
    /// The plan's fingerprint: the commit refuses when the registry changed what the file would do.
    let plan: String
    /// "Commit import (2 new, 1 update)".
    let commitLabel: String
    let form: CityImportFormView

    init(_ plan: CityImportPlan, text: String, failure: String? = nil, messages: Messages) {
        self.failure = failure
        fileErrors = plan.fileErrors
        hasFileErrors = !plan.fileErrors.isEmpty
        rows = plan.rows.map { Row($0, messages) }
        hasRows = !plan.rows.isEmpty
        rowCount = plan.rows.count
        rowsSummary = Self.summary(plan, messages)
        committable = plan.isCommittable
        nothingToDo = !plan.hasProblems && !plan.hasWork
        data = Data(text.utf8).base64EncodedString()
        self.plan = plan.fingerprint
        commitLabel = messages.tn(
            "Commit import ({new} new, {count} update)", "Commit import ({new} new, {count} updates)", count: plan.count(.update),
            ["new": messages.number(plan.count(.create))])
        form = CityImportFormView(csv: text)
    }

    static func summary(_ plan: CityImportPlan, _ messages: Messages) -> String {
        let rows = plan.rows.count
        switch plan.rowsWithErrors {
        case 0:
            let new = plan.count(.create), updated = plan.count(.update), unchanged = plan.count(.unchanged)
            if new == 0 && updated == 0 {
                return messages.tn(
                    "The file describes {count} city, all already in the registry as they are: nothing to import.",
                    "The file describes {count} cities, all already in the registry as they are: nothing to import.", count: rows)
            }
            return messages.tn(
                "The file describes {count} city: {new} new, {updated} to update, {unchanged} unchanged.",
                "The file describes {count} cities: {new} new, {updated} to update, {unchanged} unchanged.", count: rows,
                ["new": messages.number(new), "updated": messages.number(updated), "unchanged": messages.number(unchanged)])
        case let problems:
            // Two counts in one sentence: the cities' noun follows {count}, the rows' is written for each case.
            let cities = messages.tn("The file describes {count} city", "The file describes {count} cities", count: rows)
            let rowsWithProblems = messages.tn("{count} row has problems.", "{count} rows have problems.", count: problems)
            return messages.t("{cities}; {problems}", ["cities": cities, "problems": rowsWithProblems])
        }
    }
}
