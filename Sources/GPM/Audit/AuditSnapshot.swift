import Foundation
import SQLite

/// A record's fields at one moment, as the audit log keeps them (a flat JSON object).
/// Build it from a database row (`AuditSnapshot(row: row)`) or by hand:
/// `["name": "Lyon", "population": 522250, "website": nil]`.
public struct AuditSnapshot: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One field's value: JSON's scalars.
    public enum Value: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral,
        ExpressibleByBooleanLiteral, ExpressibleByFloatLiteral, Codable
    {
        case null, int(Int), double(Double), bool(Bool), string(String)

        public init(stringLiteral value: String) { self = .string(value) }
        public init(integerLiteral value: Int) { self = .int(value) }
        public init(nilLiteral: ()) { self = .null }
        public init(booleanLiteral value: Bool) { self = .bool(value) }
        public init(floatLiteral value: Double) { self = .double(value) }

        /// `.string(x)` or `.null`.
        public static func text(_ value: String?) -> Value { value.map { .string($0) } ?? .null }
        /// `.int(x)` or `.null`.
        public static func number(_ value: Int?) -> Value { value.map { .int($0) } ?? .null }

        /// As shown in the log: text verbatim, null as an empty string.
        public var display: String {
            switch self {
            case .null: ""
            case .int(let value): String(value)
            case .double(let value): String(value)
            case .bool(let value): value ? "true" : "false"
            case .string(let value): value
            }
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Int.self) { self = .int(value) }
            else if let value = try? container.decode(Double.self) { self = .double(value) }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else { self = .string(try container.decode(String.self)) }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .int(let value): try container.encode(value)
            case .double(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            }
        }
    }

    public var fields: [String: Value]

    public init(_ fields: [String: Value]) { self.fields = fields }
    public init(dictionaryLiteral elements: (String, Value)...) { self.fields = Dictionary(elements, uniquingKeysWith: { $1 }) }

    /// Every column of `row`; blobs are summarised by their size, not copied into the log.
    /// `excluding` drops columns that must not be logged (password hashes) or are noise (`updated_at`).
    public init(row: Row, excluding: Set<String> = []) {
        var fields: [String: Value] = [:]
        for (column, value) in zip(row.columns, row.values) where !excluding.contains(column) {
            switch value {
            case .null: fields[column] = .null
            case .integer(let number): fields[column] = .int(Int(number))
            case .real(let number): fields[column] = .double(number)
            case .text(let text): fields[column] = .string(text)
            case .blob(let bytes): fields[column] = .string("(\(bytes.count) bytes)")
            }
        }
        self.fields = fields
    }

    /// Sorted-key JSON, so equal snapshots are equal text. Throws when a value cannot be encoded
    /// (a non-finite double): the log must not keep "{}" in place of what changed.
    /// The longest text value a new audit entry keeps per field (characters). Longer values are cut and
    /// marked, so an entry of a 10,000-character section does not store it twice, before and after.
    /// Entries written before this limit existed keep their full values; the log page shows any long value
    /// collapsed, old or new.
    public static let defaultValueLimit = 2_000

    /// This snapshot with every text value over `limit` characters cut to `limit` and marked
    /// "…(n more characters)".
    public func bounded(to limit: Int = Self.defaultValueLimit) -> AuditSnapshot {
        var copy = self
        for (key, value) in fields {
            guard case .string(let text) = value, text.count > limit else { continue }
            copy.fields[key] = .string(String(text.prefix(limit)) + "…(\(Formatting.number(text.count - limit)) more characters)")
        }
        return copy
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(fields), as: UTF8.self)
    }

    /// A stored snapshot; text that is not a JSON object of scalars throws.
    init(json: String) throws {
        fields = try JSONDecoder().decode([String: Value].self, from: Data(json.utf8))
    }
}
