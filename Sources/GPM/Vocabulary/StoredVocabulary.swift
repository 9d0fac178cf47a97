import SQLite

/// A stored enumeration value that the code does not know (a newer schema, a hand edit): stores
/// throw it instead of guessing a default, so the page answers an error rather than a wrong label.
struct UnknownStoredValue: Error, CustomStringConvertible {
    let column: String
    let value: String

    var description: String { "unknown value '\(value)' in column \(column)" }
}

extension Row {
    /// The vocabulary value in `column`; throws `UnknownStoredValue` for a value the enum lacks.
    func vocabulary<Value: RawRepresentable>(_ column: String, as type: Value.Type = Value.self) throws -> Value
    where Value.RawValue == String {
        let raw = try string(column)
        guard let value = Value(rawValue: raw) else { throw UnknownStoredValue(column: column, value: raw) }
        return value
    }

    /// As `vocabulary(_:as:)`, with NULL read as nil.
    func optionalVocabulary<Value: RawRepresentable>(_ column: String, as type: Value.Type = Value.self) throws -> Value?
    where Value.RawValue == String {
        guard let raw = try optionalString(column) else { return nil }
        guard let value = Value(rawValue: raw) else { throw UnknownStoredValue(column: column, value: raw) }
        return value
    }
}
