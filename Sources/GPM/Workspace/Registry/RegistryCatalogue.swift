import SQLite

/// Every registry entity the secretariat edits, in the order of the registry's tabs.
enum RegistryCatalogue {
    static let all: [RegistryEntity] = [
        cities, networks, themes, convenings, sessions, principles, actions, partnerships, caseStudies,
    ]

    static func entity(_ key: String) -> RegistryEntity? { all.first { $0.key == key } }

    static func slug(_ row: Row) throws -> String { try row.string("slug") }

    /// `a` must not come after `b` (both optional, ISO text compares in date order).
    static func ordered(
        _ check: inout Validation, _ values: [String: SQLValue], _ first: String, _ second: String, message: (Messages) -> String
    ) {
        if case .text(let start) = values[first] ?? .null, case .text(let end) = values[second] ?? .null, end < start {
            check.fail(second, message(check.messages))
        }
    }
}
