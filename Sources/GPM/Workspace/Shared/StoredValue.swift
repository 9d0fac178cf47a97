import SQLite

/// A text column holds a value the application's vocabulary does not know (a status written by a newer
/// version, a hand-edited row). Stores throw it rather than guess a default, so the page answers 500
/// instead of showing something the database does not say.
struct UnknownStoredValue: Error, CustomStringConvertible, Sendable {
    let column: String
    let value: String

    var description: String { "column \"\(column)\" holds \"\(value)\", which the application does not know" }
}

extension Row {
    /// The column decoded into one of the app's vocabulary enums; unknown values throw `UnknownStoredValue`.
    func decode<T: RawRepresentable>(_ column: String, as type: T.Type = T.self) throws -> T where T.RawValue == String {
        let text = try string(column)
        guard let value = T(rawValue: text) else { throw UnknownStoredValue(column: column, value: text) }
        return value
    }

    /// The same for a nullable column: NULL reads as nil, an unknown value throws.
    func decodeIfPresent<T: RawRepresentable>(_ column: String, as type: T.Type = T.self) throws -> T? where T.RawValue == String {
        guard let text = try optionalString(column) else { return nil }
        guard let value = T(rawValue: text) else { throw UnknownStoredValue(column: column, value: text) }
        return value
    }
}
