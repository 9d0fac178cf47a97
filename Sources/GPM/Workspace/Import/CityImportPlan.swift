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

    /// `messages`: the language of the problems' wording (the page's).
    init(text: String, reference: CityImportReference, messages: Messages = Localization.englishOnly.messages(.en)) {
        let records: [CSVRecord]
        do { records = try CSVReader.records(text) } catch {
            fileErrors = [messages.t(
                "Line {line}: {problem}", ["line": String(error.line), "problem": messages.t(catalogued: error.message)])]
            return
        }
        guard let header = records.first else {
            fileErrors = [messages.t("The file is empty: it needs a header row and one row per city.")]
            return
        }
        let given = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let unknown = given.filter { CityImportFormat.canonicalName($0) == nil }
        if !unknown.isEmpty { fileErrors.append(messages.tn(
                "Unknown column in the header: {columns}.", "Unknown columns in the header: {columns}.", count: unknown.count,
                ["columns": unknown.joined(separator: ", ")])) }
        let columns = given.map { CityImportFormat.canonicalName($0) ?? $0 }
        let missing = CityImportFormat.requiredColumns.filter { !columns.contains($0) }
        if !missing.isEmpty { fileErrors.append(messages.tn(
                "The header lacks the required column: {columns}.", "The header lacks the required columns: {columns}.", count: missing.count,
                ["columns": missing.joined(separator: ", ")])) }
        let repeated = Set(columns.filter { column in columns.filter { $0 == column }.count > 1 })
        if !repeated.isEmpty {
            fileErrors.append(messages.tn(
                "Column named twice in the header (an export name counts as its import name): {columns}.",
                "Columns named twice in the header (an export name counts as its import name): {columns}.", count: repeated.count,
                ["columns": repeated.sorted().joined(separator: ", ")]))
        }
        guard fileErrors.isEmpty else { return }
        let body = records.dropFirst()
        if body.isEmpty { fileErrors.append(messages.t("The file has a header but no cities.")) }
        if body.count > CityImportFormat.maxRows {
            fileErrors.append(messages.t(
                "The file has {count} cities; import at most {max} at a time.",
                ["count": messages.number(body.count), "max": messages.number(CityImportFormat.maxRows)]))
            return
        }
        var firstLineOfSlug: [String: Int] = [:]
        for record in body {
            var row = Self.row(record, columns: columns, reference: reference, messages)
            if !row.slug.isEmpty {
                if let earlier = firstLineOfSlug[row.slug] {
                    row.errors.append(messages.t(
                        "The slug “{slug}” is also on line {line} of this file.", ["slug": row.slug, "line": String(earlier)]))
                } else {
                    firstLineOfSlug[row.slug] = row.line
                }
            }
            rows.append(row)
        }
    }

    private static func row(_ record: CSVRecord, columns: [String], reference: CityImportReference, _ messages: Messages) -> CityImportRow {
        var row = CityImportRow(line: record.line)
        guard record.fields.count == columns.count else {
            row.errors.append(messages.t(
                "This row has {fields} fields; the header has {columns}.",
                ["fields": messages.number(record.fields.count), "columns": messages.number(columns.count)]))
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
        if row.name.isEmpty {
            row.errors.append(messages.t("The name is missing."))
        } else if row.name.count > 200 {
            row.errors.append(messages.t("The name is too long."))
        }

        row.countryCode = (value("country_code") ?? "").uppercased()
        if row.countryCode.isEmpty {
            row.errors.append(messages.t("The country code is missing."))
        } else if reference.countries[row.countryCode] == nil {
            row.errors.append(messages.t(
                "Unknown country code “{code}”: use the ISO code of a country in the registry.", ["code": row.countryCode]))
        }

        let givenSlug = value("slug")
        row.slug = givenSlug ?? Slug.make(row.name)
        if row.slug.isEmpty, !row.name.isEmpty {
            row.errors.append(messages.t("Give a slug: the name has no letters a–z or digits to make one from."))
        } else if !row.slug.isEmpty, !(Slug.isValid(row.slug) && row.slug.count <= 100) {
            row.errors.append(messages.t("The slug “{slug}” may only hold lower-case letters, digits and single hyphens.", ["slug": row.slug]))
        } else if let holder = reference.cities[row.slug] {
            // A slug made from the name matches only a city of the same country: "Paris, US" never updates Paris.
            if givenSlug == nil, holder.countryCode != row.countryCode {
                row.errors.append(messages.t(
                    "A city with the slug “{slug}” is already in the registry ({city}, {code}): give this row its own slug, or that city’s slug to update it.",
                    ["slug": row.slug, "city": holder.name, "code": holder.countryCode]))
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
                row.errors.append(messages.t(
                    "Unknown region “{region}”: use one of {regions}.", ["region": region, "regions": reference.regionSlugs.joined(separator: ", ")]))
            }
        } else if let existing {
            row.regionID = existing.regionID
            row.regionName = existing.regionName
        } else if let suggested = reference.countries[row.countryCode]?.suggestedRegionID, let name = reference.regionNames[suggested] {
            row.regionID = suggested
            row.regionName = name
            row.regionSuggested = true
        } else if !row.countryCode.isEmpty, reference.countries[row.countryCode] != nil {
            row.errors.append(messages.t(
                "The region is missing and {code} has no suggested region: use one of {regions}.",
                ["code": row.countryCode, "regions": reference.regionSlugs.joined(separator: ", ")]))
        }

        if has("population") {
            if let text = value("population") {
                if let number = Int(text), number >= 0 { row.population = number } else {
                    row.errors.append(messages.t("The population “{value}” is not a whole number (digits only, no separators).", ["value": text]))
                }
            }
        } else {
            row.population = existing?.population
        }
        if has("latitude") || has("longitude") {
            row.latitude = coordinate(value("latitude"), latitude: true, errors: &row.errors, messages)
            row.longitude = coordinate(value("longitude"), latitude: false, errors: &row.errors, messages)
            if (value("latitude") == nil) != (value("longitude") == nil) {
                row.errors.append(messages.t("Give both latitude and longitude, or neither."))
            }
        } else {
            row.latitude = existing?.latitude
            row.longitude = existing?.longitude
        }

        row.mayorName = has("mayor_name") ? value("mayor_name") : existing?.mayorName
        if (row.mayorName?.count ?? 0) > 200 { row.errors.append(messages.t("The mayor’s name is too long.")) }
        row.mayorSince = has("mayor_since") ? value("mayor_since") : existing?.mayorSince
        if let since = value("mayor_since"), !Validation.isDate(since, partial: true) {
            row.errors.append(messages.t("The date “{value}” for mayor_since is not YYYY, YYYY-MM or YYYY-MM-DD.", ["value": since]))
        }

        if has("membership") {
            if let membership = value("membership")?.lowercased() {
                if ["member", "observer", "former"].contains(membership) { row.membership = membership } else {
                    row.errors.append(messages.t(
                        "Unknown membership “{value}”: use member, observer or former, or leave it empty.", ["value": membership]))
                }
            }
        } else {
            row.membership = existing?.membership
        }
        row.joinedOn = has("joined_on") ? value("joined_on") : existing?.joinedOn
        if let joined = row.joinedOn {
            if !ReportingCycleInput.isCalendarDate(joined) {
                row.errors.append(messages.t("The date joined “{value}” is not a date YYYY-MM-DD.", ["value": joined]))
            } else if row.membership == nil, value("membership") == nil {
                row.errors.append(messages.t("A date joined needs a membership."))
            }
        }
        row.website = has("website") ? value("website") : existing?.website
        if let website = value("website") {
            let lower = website.lowercased()
            if !(lower.hasPrefix("http://") || lower.hasPrefix("https://")) || website.contains(where: \.isWhitespace) || website.count > 500 {
                row.errors.append(messages.t("The website “{value}” is not a web address starting with http:// or https://.", ["value": website]))
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

    private static func coordinate(_ text: String?, latitude: Bool, errors: inout [String], _ messages: Messages) -> Double? {
        guard let text else { return nil }
        let limit: Double = latitude ? 90 : 180
        guard let number = Double(text), number.isFinite else {
            errors.append(latitude
                ? messages.t("The latitude “{value}” is not a number (decimal degrees, with a point).", ["value": text])
                : messages.t("The longitude “{value}” is not a number (decimal degrees, with a point).", ["value": text]))
            return nil
        }
        guard abs(number) <= limit else {
            errors.append(latitude
                ? messages.t("The latitude {value} is out of range (−90 to 90).", ["value": text])
                : messages.t("The longitude {value} is out of range (−180 to 180).", ["value": text]))
            return nil
        }
        return number
    }
}
