import CSQLite

/// An error reported by SQLite (or a misuse this layer detects before SQLite would), carrying
/// the result codes, SQLite's message and the statement that failed.
///
/// Repositories map the common cases to domain errors:
/// `catch let error as SQLiteError where error.isUniqueConstraintViolation { throw .emailTaken }`
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The primary result code (`SQLITE_CONSTRAINT` = 19, `SQLITE_BUSY` = 5, ...).
    public var code: Int32 { extendedCode & 0xFF }
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` = 2067, ...).
    public let extendedCode: Int32
    public let message: String
    /// The SQL text being prepared or run, when there was one.
    public let sql: String?

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Reads the code and message SQLite recorded on the connection.
    init(connection: OpaquePointer?, code: Int32, sql: String?) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        // sqlite3_extended_errcode may lag behind when `code` came from an API that does not set it.
        self.init(extendedCode: (extended & 0xFF) == (code & 0xFF) ? extended : code, message: message, sql: sql)
    }

    /// A misuse of this layer (wrong argument count, unknown parameter name), reported as `SQLITE_MISUSE`.
    static func misuse(_ message: String, sql: String?) -> SQLiteError {
        SQLiteError(extendedCode: SQLITE_MISUSE, message: message, sql: sql)
    }

    /// A UNIQUE or PRIMARY KEY constraint failed: the row already exists.
    public var isUniqueConstraintViolation: Bool {
        extendedCode == ResultCode.constraintUnique || extendedCode == ResultCode.constraintPrimaryKey
    }

    /// A FOREIGN KEY constraint failed: a referenced row is missing, or a row is still referenced.
    public var isForeignKeyViolation: Bool { extendedCode == ResultCode.constraintForeignKey }

    /// A NOT NULL constraint failed.
    public var isNotNullViolation: Bool { extendedCode == ResultCode.constraintNotNull }

    /// Any constraint failed (UNIQUE, FOREIGN KEY, NOT NULL, CHECK, ...).
    public var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }

    /// "database is locked" (`SQLITE_BUSY`, or `SQLITE_LOCKED` for a conflict inside one connection).
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    public var description: String {
        var text = "SQLite error \(extendedCode) (\(String(cString: sqlite3_errstr(code)))): \(message)"
        if let sql { text += " — in: \(sql)" }
        return text
    }
}

/// Extended result codes, spelled out because Swift does not import SQLite's composite macros.
/// Values from <https://www.sqlite.org/rescode.html>.
enum ResultCode {
    static let constraintForeignKey: Int32 = 787   // SQLITE_CONSTRAINT | (3 << 8)
    static let constraintNotNull: Int32 = 1299     // SQLITE_CONSTRAINT | (5 << 8)
    static let constraintPrimaryKey: Int32 = 1555  // SQLITE_CONSTRAINT | (6 << 8)
    static let constraintUnique: Int32 = 2067      // SQLITE_CONSTRAINT | (8 << 8)
}
