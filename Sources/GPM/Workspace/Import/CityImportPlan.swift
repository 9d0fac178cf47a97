import Foundation

/// A city as one row of an import file describes it, checked: what will be created, or why not.
struct CityImportRow: Sendable, Equatable {
    let line: Int
    var name = ""
    var slug = ""
    var countryCode = ""
    var regionID: Int?
    var regionName = ""
    var population: Int?
    var latitude: Double?
    var longitude: Double?
    var mayorName: String?
    var membership: String?
    var joinedOn: String?
    var website: String?
    var errors: [String] = []
}

/// What the import needs to know of the registry: the countries, the regions, the slugs already taken.
struct CityImportReference: Sendable {
    /// ISO code → country name.
    let countries: [String: String]
    /// Regions by slug and by lower-cased name.
    let regions: [String: (id: Int, name: String)]
    /// Slug → name of the city that has it.
    let takenSlugs: [String: String]
    /// Region slugs, for the "use one of" message.
    let regionSlugs: [String]
}

/// An import file checked against the registry: problems with the file as a whole, and each row with
/// its own problems. It may be committed only when there are none at all.
struct CityImportPlan: Sendable {
    var fileErrors: [String] = []
    var rows: [CityImportRow] = []

    var rowsWithErrors: Int { rows.filter { !$0.errors.isEmpty }.count }
    var isCommittable: Bool { fileErrors.isEmpty && !rows.isEmpty && rowsWithErrors == 0 }

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
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let unknown = columns.filter { !CityImportFormat.columnNames.contains($0) }
        if !unknown.isEmpty { fileErrors.append("Unknown column(s) in the header: \(unknown.joined(separator: ", ")).") }
        let missing = CityImportFormat.requiredColumns.filter { !columns.contains($0) }
        if !missing.isEmpty { fileErrors.append("The header lacks the required column(s): \(missing.joined(separator: ", ")).") }
        let repeated = Set(columns.filter { column in columns.filter { $0 == column }.count > 1 })
        if !repeated.isEmpty { fileErrors.append("Column(s) named twice in the header: \(repeated.sorted().joined(separator: ", ")).") }
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
        for (column, value) in zip(columns, record.fields) { values[column] = value.trimmingCharacters(in: .whitespacesAndNewlines) }
        func value(_ column: String) -> String? { values[column].flatMap { $0.isEmpty ? nil : $0 } }

        row.name = value("name") ?? ""
        if row.name.isEmpty { row.errors.append("The name is missing.") } else if row.name.count > 200 { row.errors.append("The name is too long.") }

        row.slug = value("slug") ?? Slug.make(row.name)
        if row.slug.isEmpty, !row.name.isEmpty {
            row.errors.append("Give a slug: the name has no letters a–z or digits to make one from.")
        } else if !row.slug.isEmpty, !(Slug.isValid(row.slug) && row.slug.count <= 100) {
            row.errors.append("The slug “\(row.slug)” may only hold lower-case letters, digits and single hyphens.")
        } else if let holder = reference.takenSlugs[row.slug] {
            row.errors.append("A city with the slug “\(row.slug)” is already in the registry (\(holder)); the import never updates a city.")
        }

        row.countryCode = (value("country_code") ?? "").uppercased()
        if row.countryCode.isEmpty {
            row.errors.append("The country code is missing.")
        } else if reference.countries[row.countryCode] == nil {
            row.errors.append("Unknown country code “\(row.countryCode)”: use the ISO code of a country in the registry.")
        }

        let region = value("region") ?? ""
        if let found = reference.regions[region.lowercased()] {
            row.regionID = found.id
            row.regionName = found.name
        } else {
            row.regionName = region
            row.errors.append(
                region.isEmpty
                    ? "The region is missing."
                    : "Unknown region “\(region)”: use one of \(reference.regionSlugs.joined(separator: ", ")).")
        }

        if let text = value("population") {
            if let number = Int(text), number >= 0 { row.population = number } else {
                row.errors.append("The population “\(text)” is not a whole number (digits only, no separators).")
            }
        }
        row.latitude = coordinate(value("latitude"), name: "latitude", limit: 90, errors: &row.errors)
        row.longitude = coordinate(value("longitude"), name: "longitude", limit: 180, errors: &row.errors)
        if (value("latitude") == nil) != (value("longitude") == nil) { row.errors.append("Give both latitude and longitude, or neither.") }

        row.mayorName = value("mayor_name")
        if (row.mayorName?.count ?? 0) > 200 { row.errors.append("The mayor's name is too long.") }

        if let membership = value("membership")?.lowercased() {
            if ["member", "observer", "former"].contains(membership) { row.membership = membership } else {
                row.errors.append("Unknown membership “\(membership)”: use member, observer or former, or leave it empty.")
            }
        }
        if let joined = value("joined_on") {
            row.joinedOn = joined
            if !ReportingCycleInput.isCalendarDate(joined) {
                row.errors.append("The date joined “\(joined)” is not a date YYYY-MM-DD.")
            } else if value("membership") == nil {
                row.errors.append("A date joined needs a membership.")
            }
        }
        if let website = value("website") {
            row.website = website
            let lower = website.lowercased()
            if !(lower.hasPrefix("http://") || lower.hasPrefix("https://")) || website.contains(where: \.isWhitespace) || website.count > 500 {
                row.errors.append("The website “\(website)” is not a web address starting with http:// or https://.")
            }
        }
        return row
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
