import HTTP
import TextSearch

/// What a visitor asked the best-practices list for: search words and filters, read from the query
/// string. Values that cannot be meant (a year that is not a number, SDG 42, an unknown kind) are
/// ignored rather than refused, so an edited URL still shows a page.
struct PracticeFilter: Equatable, Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case brief
        case caseStudy = "case-study"
        case partnership
        case action

        /// The remainder of an index key divided by 4 (`SearchKey`).
        var keyParity: Int {
            switch self {
            case .brief: 0
            case .caseStudy: 1
            case .partnership: 2
            case .action: 3
            }
        }
    }

    /// The words as typed (trimmed), echoed in the search box.
    var text: String = ""
    var kind: Kind?
    var theme: String?
    var region: String?
    var year: Int?
    var sdg: Int?
    /// The stemming languages the words are prepared in (`SearchText.queryLanguages`): set by the
    /// service from the page's language and the languages the index holds; English alone until then.
    var searchLanguages: [String] = [SearchText.defaultLanguage]

    init() {}

    init(query: FormFields) {
        text = String((query["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        kind = query["kind"].flatMap(Kind.init(rawValue:))
        theme = Self.slug(query["theme"])
        region = Self.slug(query["region"])
        year = query["year"].flatMap { Int($0) }.flatMap { (1900...2100).contains($0) ? $0 : nil }
        sdg = query["sdg"].flatMap { Int($0) }.flatMap { (1...17).contains($0) ? $0 : nil }
    }

    /// The FTS5 expression for `text`, nil when there is nothing to search for.
    var search: SearchExpression? { SearchExpression(text, languages: searchLanguages) }

    var isFiltered: Bool { kind != nil || theme != nil || region != nil || year != nil || sdg != nil }

    /// The query string that reproduces this filter (for pagination and "remove filter" links).
    var queryString: QueryString {
        var query = QueryString()
        query.add("q", text)
        query.add("kind", kind?.rawValue)
        query.add("theme", theme)
        query.add("region", region)
        query.add("year", year.map(String.init))
        query.add("sdg", sdg.map(String.init))
        return query
    }

    /// Slugs are lower-case ASCII letters, digits and hyphens; anything else cannot match a row.
    private static func slug(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value.count <= 100 else { return nil }
        let allowed = value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return allowed ? value : nil
    }
}
