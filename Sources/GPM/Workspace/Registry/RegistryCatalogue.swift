import SQLite

/// Every registry entity the secretariat edits, in the order of the registry's tabs.
enum RegistryCatalogue {
    static let all: [RegistryEntity] = [
        cities, networks, themes, convenings, sessions, principles, actions, partnerships, caseStudies,
    ]

    static func entity(_ key: String) -> RegistryEntity? { all.first { $0.key == key } }

    static let themeOptions = "SELECT id AS value, name AS label FROM themes ORDER BY name COLLATE NOCASE"
    static let cityOptions = "SELECT id AS value, name || ' (' || country_code || ')' AS label FROM cities ORDER BY name COLLATE NOCASE, id"
    static let networkOptions =
        "SELECT id AS value, name || coalesce(' (' || acronym || ')', '') AS label FROM networks ORDER BY name COLLATE NOCASE, id"
    static let sessionOptions = """
        SELECT s.id AS value, c.title || ' — ' || coalesce('Session ' || s.number || ': ', '') || s.title AS label
        FROM strategy_sessions s JOIN convenings c ON c.id = s.convening_id ORDER BY c.starts_on, s.number, s.id
        """

    static func options(_ values: [String]) -> [FormField.Option] { values.map { FormField.Option($0, Formatting.label($0)) } }

    static func slug(_ row: Row) throws -> String { try row.string("slug") }

    /// `a` must not come after `b` (both optional, ISO text compares in date order).
    static func ordered(_ check: inout Validation, _ values: [String: SQLValue], _ first: String, _ second: String, message: String) {
        if case .text(let start) = values[first] ?? .null, case .text(let end) = values[second] ?? .null, end < start {
            check.fail(second, message)
        }
    }
}
