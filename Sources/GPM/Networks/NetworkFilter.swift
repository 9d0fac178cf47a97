import Foundation
import HTTP

/// The directory's filters and order, read from the query string.
struct NetworkFilter: Sendable {
    /// The orders a visitor can choose; each maps to a fixed ORDER BY in the repository.
    enum Sort: String, CaseIterable, Sendable {
        case name, founded, members

        /// The label in the language of `messages`.
        func label(_ messages: Messages) -> String {
            switch self {
            case .name: messages.t("Name")
            case .founded: messages.t("Year founded")
            case .members: messages.t("Members (as published)")
            }
        }
    }

    var kind: String?
    var theme: String?
    var query: String?
    var sort: Sort = .name

    init(kind: String? = nil, theme: String? = nil, query: String? = nil, sort: Sort = .name) {
        self.kind = kind
        self.theme = theme
        self.query = query
        self.sort = sort
    }

    /// Empty values mean "no filter"; an unknown sort falls back to the name.
    init(query fields: FormFields) {
        func value(_ name: String) -> String? {
            let text = fields[name]?.trimmingCharacters(in: .whitespaces) ?? ""
            return text.isEmpty ? nil : text
        }
        self.init(kind: value("kind"), theme: value("theme"), query: value("q"),
                  sort: value("sort").flatMap(Sort.init(rawValue:)) ?? .name)
    }

    var isFiltered: Bool { kind != nil || theme != nil || query != nil }

    /// The filters as they appear in links (the order only when it is not the default).
    var queryString: QueryString {
        var query = QueryString()
        query.add("kind", kind)
        query.add("theme", theme)
        query.add("q", self.query)
        if sort != .name { query.add("sort", sort.rawValue) }
        return query
    }
}
