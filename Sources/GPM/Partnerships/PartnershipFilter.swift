import Foundation
import HTTP

/// The partnerships directory's filters, read from the query string: type, theme and city (slug).
struct PartnershipFilter: Sendable {
    var type: String?
    var theme: String?
    var city: String?

    init(type: String? = nil, theme: String? = nil, city: String? = nil) {
        self.type = type
        self.theme = theme
        self.city = city
    }

    /// Empty values mean "no filter".
    init(query fields: FormFields) {
        func value(_ name: String) -> String? {
            let text = fields[name]?.trimmingCharacters(in: .whitespaces) ?? ""
            return text.isEmpty ? nil : text
        }
        self.init(type: value("type"), theme: value("theme"), city: value("city"))
    }

    var isFiltered: Bool { type != nil || theme != nil || city != nil }

    var queryString: QueryString {
        var query = QueryString()
        query.add("type", type)
        query.add("theme", theme)
        query.add("city", city)
        return query
    }
}
