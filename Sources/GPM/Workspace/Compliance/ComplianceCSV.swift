/// The compliance table as CSV (`CSVDocument`, which neutralises formulas in text cells): one line per
/// expected city of the cycle, with the filters of the page applied.
enum ComplianceCSV {
    static let header = [
        "year", "city", "city_slug", "country_code", "region", "timeliness", "first_submitted_at", "review_status", "no_brief_reason",
        "brief_id", "brief_title",
    ]

    static func document(_ report: ComplianceReport, filter: ComplianceFilter) -> CSVDocument {
        var document = CSVDocument(header: header)
        for row in report.rows where filter.matches(row) {
            document.append([
                .int(report.cycle?.year), .text(row.cityName), .text(row.citySlug), .text(row.countryCode), .text(row.regionName),
                .text(row.timeliness.rawValue), .text(row.firstSubmittedAt), .text(row.review.rawValue), .text(row.noBriefReason),
                .int(row.briefID), .text(row.briefTitle),
            ])
        }
        return document
    }
}
