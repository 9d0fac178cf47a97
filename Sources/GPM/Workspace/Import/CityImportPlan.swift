import Foundation

/// A city already in the registry, as an import compares a row with it (the fields an import may set).
struct CityImportExisting: Sendable, Equatable {
    let id: Int
    var name: String
    var countryCode: String
    var regionID: Int
    var regionName: String
    var population: Int?
    var latitude: Double?
    var longitude: Double?
    var mayorName: String?
    var mayorSince: String?
    var membership: String?
    var joinedOn: String?
    var website: String?
}

/// One field an import changes in an existing city, as the preview shows it: `mayor_name: A → B`.
struct CityImportChange: Sendable, Equatable {
    let field: String
    let before: String
    let after: String
}

/// A city as one row of an import file describes it, checked: what will be created or updated, or why not.
struct CityImportRow: Sendable, Equatable {
    enum Outcome: String, Sendable { case create, update, unchanged }

    let line: Int
    var name = ""
    var slug = ""
    var countryCode = ""
    var regionID: Int?
    var regionName = ""
    /// True when the file left the region empty and the country's suggested region was taken.
    var regionSuggested = false
    var population: Int?
    var latitude: Double?
    var longitude: Double?
    var mayorName: String?
    var mayorSince: String?
    var membership: String?
    var joinedOn: String?
    var website: String?
    var errors: [String] = []
    /// The city with this row's slug, when there is one: the row updates it.
    var existing: CityImportExisting?
    /// What the row changes in `existing` (empty for a new city).
    var changes: [CityImportChange] = []

    var outcome: Outcome { existing == nil ? .create : changes.isEmpty ? .unchanged : .update }
}

/// What the import needs to know of the registry: the countries, the regions, the cities there already.
struct CityImportReference: Sendable {
    struct Country: Sendable {
        let name: String
        let suggestedRegionID: Int?
    }

    /// ISO code → country.
    let countries: [String: Country]
    /// Regions by slug and by lower-cased name.
    let regions: [String: (id: Int, name: String)]
    /// Region id → name.
    let regionNames: [Int: String]
    /// Slug → the city that has it.
    let cities: [String: CityImportExisting]
    /// Region slugs, for the "use one of" message.
    let regionSlugs: [String]
}

/// An import file checked against the registry: problems with the file as a whole, and each row with
/// its own problems and what it will do. It may be committed only when there are no problems and at
/// least one row creates or changes a city.
struct CityImportPlan: Sendable {
    var fileErrors: [String] = []
    var rows: [CityImportRow] = []

    var rowsWithErrors: Int { rows.filter { !$0.errors.isEmpty }.count }
    func count(_ outcome: CityImportRow.Outcome) -> Int { rows.filter { $0.errors.isEmpty && $0.outcome == outcome }.count }
    var hasWork: Bool { rows.contains { $0.outcome != .unchanged } }
    /// Something to fix before anything can be imported.
    var hasProblems: Bool { !fileErrors.isEmpty || rows.isEmpty || rowsWithErrors > 0 }
    var isCommittable: Bool { !hasProblems && hasWork }

    /// What the plan will do, as one hash: the commit refuses a plan that differs from the previewed one
    /// (the registry changed in between), so what is written is exactly what was shown.
    var fingerprint: String {
        var text = fileErrors.joined(separator: "\n")
        for row in rows {
            text += "\n\(row.line)\t\(row.slug)\t\(row.outcome.rawValue)\t\(row.errors.count)"
            for change in row.changes { text += "\t\(change.field)=\(change.before)>\(change.after)" }
        }
        return AttachmentHash.sha256(Array(text.utf8))
    }

    init(text: String, reference: CityImportReference) {
        let records: [CSVRecord]
        do { records = try CSVReader.records(text) } catch {
            fileErrors = ["Line \(error.line): \(error.message)"]
            return
        }
        guard let header = records.first else {
            fileErrors = ["The file is empty: it needs a header row and one row per city."]
            return
        }
        let given = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let unknown = given.filter { CityImportFormat.canonicalName($0) == nil }
        if !unknown.isEmpty { fileErrors.append("Unknown column(s) in the header: \(unknown.joined(separator: ", ")).") }
        let columns = given.map { CityImportFormat.canonicalName($0) ?? $0 }
        let missing = CityImportFormat.requiredColumns.filter { !columns.contains($0) }
        if !missing.isEmpty { fileErrors.append("The header lacks the required column(s): \(missing.joined(separator: ", ")).") }
        let repeated = Set(columns.filter { column in columns.filter { $0 == column }.count > 1 })
        if !repeated.isEmpty {
            fileErrors.append("Column(s) named twice in the header (an export name counts as its import name): \(repeated.sorted().joined(separator: ", ")).")
        }
        guard fileErrors.isEmpty else { return }
        let body = records.dropFirst()
        if body.isEmpty { fileErrors.append("The file has a header but no cities.") }
        if body.count > CityImportFormat.maxRows {
            fileErrors.append("The file has \(body.count) cities; import at most \(CityImportFormat.maxRows) at a time.")
            return
        }
        var firstLineOfSlug: [String: Int] = [:]
        for record in body {
            var row = Self.row(record, columns: columns, reference: reference)
            if !row.slug.isEmpty {
                if let earlier = firstLineOfSlug[row.slug] {
                    row.errors.append("The slug “\(row.slug)” is also on line \(earlier) of this file.")
                } else {
                    firstLineOfSlug[row.slug] = row.line
                }
            }
            rows.append(row)
        }
    }

    private static func row(_ record: CSVRecord, columns: [String], reference: CityImportReference) -> CityImportRow {
        var row = CityImportRow(line: record.line)
        guard record.fields.count == columns.count else {
            row.errors.append("This row has \(record.fields.count) fields; the header has \(columns.count).")
            return row
        }
        var values: [String: String] = [:]
        for (column, value) in zip(columns, record.fields) {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            values[column] = CityImportFormat.textColumns.contains(column) ? SpreadsheetFormula.restored(trimmed) : trimmed
        }
        /// The cell of `column`; nil when it is empty or the file has no such column.
        func value(_ column: String) -> String? { values[column].flatMap { $0.isEmpty ? nil : $0 } }
        /// Whether the file has `column`: a missing column keeps an existing city's value, an empty cell clears it.
        func has(_ column: String) -> Bool { values[column] != nil }

        row.name = value("name") ?? ""
        if row.name.isEmpty { row.errors.append("The name is missing.") } else if row.name.count > 200 { row.errors.append("The name is too long.") }

        row.countryCode = (value("country_code") ?? "").uppercased()
        if row.countryCode.isEmpty {
            row.errors.append("The country code is missing.")
        } else if reference.countries[row.countryCode] == nil {
            row.errors.append("Unknown country code “\(row.countryCode)”: use the ISO code of a country in the registry.")
        }

        let givenSlug = value("slug")
        row.slug = givenSlug ?? Slug.make(row.name)
        if row.slug.isEmpty, !row.name.isEmpty {
            row.errors.append("Give a slug: the name has no letters a–z or digits to make one from.")
        } else if !row.slug.isEmpty, !(Slug.isValid(row.slug) && row.slug.count <= 100) {
            row.errors.append("The slug “\(row.slug)” may only hold lower-case letters, digits and single hyphens.")
        } else if let holder = reference.cities[row.slug] {
            // A slug made from the name matches only a city of the same country: "Paris, US" never updates Paris.
            if givenSlug == nil, holder.countryCode != row.countryCode {
                row.errors.append(
                    "A city with the slug “\(row.slug)” is already in the registry (\(holder.name), \(holder.countryCode)): "
                        + "give this row its own slug, or that city's slug to update it.")
            } else {
                row.existing = holder
            }
        }
        let existing = row.existing

        let region = value("region") ?? ""
        if !region.isEmpty {
            if let found = reference.regions[region.lowercased()] {
                row.regionID = found.id
                row.regionName = found.name
            } else {
                row.regionName = region
                row.errors.append("Unknown region “\(region)”: use one of \(reference.regionSlugs.joined(separator: ", ")).")
            }
        } else if let existing {
            row.regionID = existing.regionID
            row.regionName = existing.regionName
        } else if let suggested = reference.countries[row.countryCode]?.suggestedRegionID, let name = reference.regionNames[suggested] {
            row.regionID = suggested
            row.regionName = name
            row.regionSuggested = true
        } else if !row.countryCode.isEmpty, reference.countries[row.countryCode] != nil {
            row.errors.append(
                "The region is missing and \(row.countryCode) has no suggested region: use one of \(reference.regionSlugs.joined(separator: ", ")).")
        }

        if has("population") {
            if let text = value("population") {
                if let number = Int(text), number >= 0 { row.population = number } else {
                    row.errors.append("The population “\(text)” is not a whole number (digits only, no separators).")
                }
            }
        } else {
            row.population = existing?.population
        }
        if has("latitude") || has("longitude") {
            row.latitude = coordinate(value("latitude"), name: "latitude", limit: 90, errors: &row.errors)
            row.longitude = coordinate(value("longitude"), name: "longitude", limit: 180, errors: &row.errors)
            if (value("latitude") == nil) != (value("longitude") == nil) { row.errors.append("Give both latitude and longitude, or neither.") }
        } else {
            row.latitude = existing?.latitude
            row.longitude = existing?.longitude
        }

        row.mayorName = has("mayor_name") ? value("mayor_name") : existing?.mayorName
        if (row.mayorName?.count ?? 0) > 200 { row.errors.append("The mayor's name is too long.") }
        row.mayorSince = has("mayor_since") ? value("mayor_since") : existing?.mayorSince
        if let since = value("mayor_since"), !Validation.isDate(since, partial: true) {
            row.errors.append("The date “\(since)” for mayor_since is not YYYY, YYYY-MM or YYYY-MM-DD.")
        }

        if has("membership") {
            if let membership = value("membership")?.lowercased() {
                if ["member", "observer", "former"].contains(membership) { row.membership = membership } else {
                    row.errors.append("Unknown membership “\(membership)”: use member, observer or former, or leave it empty.")
                }
            }
        } else {
            row.membership = existing?.membership
        }
        row.joinedOn = has("joined_on") ? value("joined_on") : existing?.joinedOn
        if let joined = row.joinedOn {
            if !ReportingCycleInput.isCalendarDate(joined) {
                row.errors.append("The date joined “\(joined)” is not a date YYYY-MM-DD.")
            } else if row.membership == nil, value("membership") == nil {
                row.errors.append("A date joined needs a membership.")
            }
        }
        row.website = has("website") ? value("website") : existing?.website
        if let website = value("website") {
            let lower = website.lowercased()
            if !(lower.hasPrefix("http://") || lower.hasPrefix("https://")) || website.contains(where: \.isWhitespace) || website.count > 500 {
                row.errors.append("The website “\(website)” is not a web address starting with http:// or https://.")
            }
        }
        if let existing, row.errors.isEmpty { row.changes = changes(from: existing, to: row) }
        return row
    }

    /// Every field of `existing` that `row` changes, in the export's column order.
    private static func changes(from existing: CityImportExisting, to row: CityImportRow) -> [CityImportChange] {
        var changes: [CityImportChange] = []
        func compare(_ field: String, _ before: String?, _ after: String?) {
            if (before ?? "") != (after ?? "") { changes.append(CityImportChange(field: field, before: before ?? "", after: after ?? "")) }
        }
        compare("name", existing.name, row.name)
        compare("country_code", existing.countryCode, row.countryCode)
        compare("region", existing.regionName, row.regionName)
        compare("population", existing.population.map(String.init), row.population.map(String.init))
        compare("latitude", existing.latitude.map { String($0) }, row.latitude.map { String($0) })
        compare("longitude", existing.longitude.map { String($0) }, row.longitude.map { String($0) })
        compare("mayor_name", existing.mayorName, row.mayorName)
        compare("mayor_since", existing.mayorSince, row.mayorSince)
        compare("membership", existing.membership, row.membership)
        compare("joined_on", existing.joinedOn, row.joinedOn)
        compare("website", existing.website, row.website)
        return changes
    }

    private static func coordinate(_ text: String?, name: String, limit: Double, errors: inout [String]) -> Double? {
        guard let text else { return nil }
        guard let number = Double(text), number.isFinite else {
            errors.append("The \(name) “\(text)” is not a number (decimal degrees, with a point).")
            return nil
        }
        guard abs(number) <= limit else {
            errors.append("The \(name) \(text) is out of range (−\(Int(limit)) to \(Int(limit))).")
            return nil
        }
        return number
    }
}
