import Foundation
import HTTP

/// What a visitor asked the cities directory (and its CSV/JSON twins) for: filters, name search and
/// sort, read from the query string. Values are kept as given and only ever bound as SQL
/// parameters; unknown enumeration values are a 400, unknown slugs simply match nothing.
struct CityFilter: Sendable, Equatable {
    enum Sort: String, Sendable, CaseIterable {
        case name, population, country

        var label: String {
            switch self {
            case .name: "Name (A–Z)"
            case .population: "Population (largest first)"
            case .country: "Country"
            }
        }

        /// The label in the language of `messages`.
        func label(_ messages: Messages) -> String {
            switch self {
            case .name: messages.t("Name (A–Z)")
            case .population: messages.t("Population (largest first)")
            case .country: messages.t("Country")
            }
        }
    }

    /// GPM membership as the directory filters it; `none` means cities the registry holds that are
    /// not GPM members (named in the documents, partners, network members).
    enum Membership: String, Sendable, CaseIterable {
        case member, observer, former, none

        var label: String {
            switch self {
            case .member: "Members"
            case .observer: "Observers"
            case .former: "Former members"
            case .none: "Not GPM members"
            }
        }

        /// The label in the language of `messages`.
        func label(_ messages: Messages) -> String {
            switch self {
            case .member: messages.t("Members")
            case .observer: messages.t("Observers")
            case .former: messages.t("Former members")
            case .none: messages.t("Not GPM members")
            }
        }
    }

    var q: String?
    var region: String?
    var country: String?
    var network: String?
    var theme: String?
    var action: String?
    var membership: Membership?
    var sort: Sort = .name

    init() {}

    /// - Parameter messages: the language of the refusal an unknown choice gets (the data files answer in English).
    init(query: FormFields, messages: Messages = Localization.englishOnly.messages(.en)) throws {
        func value(_ name: String) -> String? {
            guard let raw = query[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
            return raw
        }
        q = value("q")
        region = value("region")
        country = value("country")?.uppercased()
        network = value("network")
        theme = value("theme")
        action = value("action")
        if let raw = value("membership") {
            guard let parsed = Membership(rawValue: raw) else {
                throw HTTPError(.badRequest, messages.t("Unknown membership “{value}”: use member, observer, former or none.", ["value": raw]))
            }
            membership = parsed
        }
        if let raw = value("sort") {
            guard let parsed = Sort(rawValue: raw) else {
                throw HTTPError(.badRequest, messages.t("Unknown sort “{value}”: use name, population or country.", ["value": raw]))
            }
            sort = parsed
        }
    }

    /// True when a name search is given (`CityNameQuery`).
    var hasNameSearch: Bool { q != nil }

    /// The filters as a query string, in a stable order (for links, pagination and the data files).
    var queryString: QueryString {
        var query = QueryString()
        query.add("q", q)
        query.add("region", region)
        query.add("country", country)
        query.add("network", network)
        query.add("theme", theme)
        query.add("action", action)
        query.add("membership", membership?.rawValue)
        if sort != .name { query.add("sort", sort.rawValue) }
        return query
    }
}
