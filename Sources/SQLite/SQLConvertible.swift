import Foundation

/// A Swift value that can be bound to a `?` or `:name` parameter.
///
/// `try db.run("INSERT INTO city(name, population) VALUES (?, ?)", "Bristol", 472_400)`
public protocol SQLBindable: Sendable {
    var sqlValue: SQLValue { get }
}

/// A Swift value that can also be read back from a column; `nil` from `init(sqlValue:)`
/// means the stored value has the wrong type (the caller turns that into a clear error).
public protocol SQLConvertible: SQLBindable {
    init?(sqlValue: SQLValue)
}

extension SQLValue: SQLConvertible {
    public var sqlValue: SQLValue { self }
    public init?(sqlValue: SQLValue) { self = sqlValue }
}

extension Int64: SQLConvertible {
    public var sqlValue: SQLValue { .integer(self) }
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Int: SQLConvertible {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue, let exact = Int(exactly: value) else { return nil }
        self = exact
    }
}

extension Int32: SQLConvertible {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue, let exact = Int32(exactly: value) else { return nil }
        self = exact
    }
}

extension Double: SQLConvertible {
    public var sqlValue: SQLValue { .real(self) }
    /// Integers are accepted too: SQLite stores `2.0` in a REAL column as an integer on disk
    /// but `sum()` or a column without affinity may hand back either class.
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
}

extension String: SQLConvertible {
    public var sqlValue: SQLValue { .text(self) }
    public init?(sqlValue: SQLValue) {
        guard case .text(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Data: SQLConvertible {
    public var sqlValue: SQLValue { .blob(self) }
    public init?(sqlValue: SQLValue) {
        guard case .blob(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Array: SQLBindable where Element == UInt8 {
    public var sqlValue: SQLValue { .blob(Data(self)) }
}

extension Array: SQLConvertible where Element == UInt8 {
    public init?(sqlValue: SQLValue) {
        guard case .blob(let value) = sqlValue else { return nil }
        self = [UInt8](value)
    }
}

/// Stored as the integer 0 or 1 (SQLite has no boolean class); any non-zero integer reads as true.
extension Bool: SQLConvertible {
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue else { return nil }
        self = value != 0
    }
}

/// Stored as UTC text `yyyy-MM-dd HH:mm:ss` (whole seconds), the format of SQLite's own
/// `datetime('now')`, so dates sort, compare and read naturally in SQL. See `SQLDate`.
extension Date: SQLConvertible {
    public var sqlValue: SQLValue { .text(SQLDate.format(self)) }
    public init?(sqlValue: SQLValue) {
        guard let date = SQLDate.decode(sqlValue) else { return nil }
        self = date
    }
}

/// `nil` binds as NULL and NULL reads back as `nil`, so `try row["x"] as String?` works.
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

extension Optional: SQLConvertible where Wrapped: SQLConvertible {
    public init?(sqlValue: SQLValue) {
        if case .null = sqlValue {
            self = .none
        } else if let value = Wrapped(sqlValue: sqlValue) {
            self = .some(value)
        } else {
            return nil
        }
    }
}
