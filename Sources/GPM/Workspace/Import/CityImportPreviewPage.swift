import Mustache

/// How the preview page shows an import plan: a summary and every row, with what will be created or why not.
enum CityImportPreview {
    static func context(_ plan: CityImportPlan) -> [String: MustacheValue] {
        let withErrors = plan.rowsWithErrors
        return [
            "fileErrors": .array(plan.fileErrors.map { .string($0) }),
            "hasFileErrors": .bool(!plan.fileErrors.isEmpty),
            "rows": .array(plan.rows.map(row)),
            "hasRows": .bool(!plan.rows.isEmpty),
            "rowCount": .int(plan.rows.count),
            "rowsWithErrors": .int(withErrors),
            "rowsSummary": .string(summary(rows: plan.rows.count, withErrors: withErrors)),
            "committable": .bool(plan.isCommittable),
        ]
    }

    static func summary(rows: Int, withErrors: Int) -> String {
        let cities = rows == 1 ? "1 city" : "\(Formatting.number(rows)) cities"
        switch withErrors {
        case 0: return "The file describes \(cities), all ready to be created."
        case 1: return "The file describes \(cities); 1 row has problems."
        default: return "The file describes \(cities); \(Formatting.number(withErrors)) rows have problems."
        }
    }

    private static func row(_ row: CityImportRow) -> MustacheValue {
        let coordinates = zip2(row.latitude, row.longitude).map { "\($0), \($1)" } ?? ""
        return [
            "line": .int(row.line), "name": row.name.isEmpty ? .null : .string(row.name), "slug": .string(row.slug),
            "country": .string(row.countryCode),
            "region": .string(row.regionName), "population": .string(row.population.map(Formatting.number) ?? ""),
            "coordinates": .string(coordinates), "mayor": .string(row.mayorName ?? ""),
            "membership": .string(row.membership.map(Formatting.label) ?? ""), "joinedOn": row.joinedOn.map { .string($0) } ?? .null,
            "website": .string(row.website ?? ""),
            "errors": .array(row.errors.map { .string($0) }), "hasErrors": .bool(!row.errors.isEmpty),
        ]
    }

    private static func zip2(_ a: Double?, _ b: Double?) -> (Double, Double)? {
        guard let a, let b else { return nil }
        return (a, b)
    }
}
