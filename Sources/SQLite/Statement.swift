import CSQLite
import Foundation

/// A prepared statement owned by one `Connection` (internal: callers pass SQL text and arguments,
/// and the connection caches statements by that text).
final class Statement {
    let handle: OpaquePointer
    let sql: String
    /// What the statement reads and writes, filled by the connection as it compiles it.
    var tables = StatementTables()
    /// The owning connection, for error messages.
    private var connection: OpaquePointer? { sqlite3_db_handle(handle) }
    /// Column names and their lookup table, computed once: they do not change between executions.
    private(set) lazy var columns: [String] = (0..<sqlite3_column_count(handle)).map {
        String(cString: sqlite3_column_name(handle, $0))
    }
    private(set) lazy var indexByName: [String: Int] = Row.index(columns)

    init(connection: OpaquePointer, sql: String, persistent: Bool) throws {
        var handle: OpaquePointer?
        let flags = UInt32(persistent ? SQLITE_PREPARE_PERSISTENT : 0)
        let code = sqlite3_prepare_v3(connection, sql, -1, flags, &handle, nil)
        guard code == SQLITE_OK else {
            sqlite3_finalize(handle)
            throw SQLiteError(connection: connection, code: code, sql: sql)
        }
        guard let handle else {
            throw SQLiteError.misuse("no SQL statement in text", sql: sql)
        }
        self.handle = handle
        self.sql = sql
    }

    func finalize() {
        sqlite3_finalize(handle)
    }

    /// Binds positional arguments; their count must match the statement's parameters.
    func bind(_ values: [SQLValue]) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw SQLiteError.misuse("statement expects \(expected) argument(s), got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Binds `:name` / `@name` / `$name` parameters from a dictionary whose keys may omit the prefix.
    /// Every parameter must be supplied and every key used, so a typo is an error, not a silent NULL.
    func bind(named values: [String: SQLValue]) throws {
        var unused = Set(values.keys)
        let count = sqlite3_bind_parameter_count(handle)
        for index in stride(from: Int32(1), through: count, by: 1) {
            guard let cName = sqlite3_bind_parameter_name(handle, index) else {
                throw SQLiteError.misuse("positional parameter #\(index) cannot be bound by name", sql: sql)
            }
            let fullName = String(cString: cName)
            let bareName = String(fullName.dropFirst())
            let key = values[fullName] != nil ? fullName : bareName
            guard let value = values[key] else {
                throw SQLiteError.misuse("no value for parameter \(fullName)", sql: sql)
            }
            unused.remove(key)
            try bind(value, at: index)
        }
        guard unused.isEmpty else {
            throw SQLiteError.misuse("unknown parameter(s): \(unused.sorted().joined(separator: ", "))", sql: sql)
        }
    }

    private func bind(_ value: SQLValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let number):
            code = sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            code = sqlite3_bind_double(handle, index, number)
        case .text(var text):
            // An explicit byte count (not NUL-terminated scanning) and SQLITE_TRANSIENT: SQLite copies the bytes.
            code = text.withUTF8 { utf8 in
                // A nil base address would bind NULL instead of '' — give SQLite a real pointer.
                guard let base = utf8.baseAddress, utf8.count > 0 else {
                    return gpm_sqlite3_bind_text_transient(handle, index, "", 0)
                }
                return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                    gpm_sqlite3_bind_text_transient(handle, index, $0, Int32(utf8.count))
                }
            }
        case .blob(let bytes):
            if bytes.isEmpty {
                // sqlite3_bind_blob with a nil pointer binds NULL; a zero-length zeroblob is an empty blob.
                code = sqlite3_bind_zeroblob(handle, index, 0)
            } else {
                code = bytes.withUnsafeBytes { raw in
                    gpm_sqlite3_bind_blob_transient(handle, index, raw.baseAddress, Int32(raw.count))
                }
            }
        }
        guard code == SQLITE_OK else {
            throw SQLiteError(connection: connection, code: code, sql: sql)
        }
    }

    /// Steps once: true when a row is available, false when done.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(connection: connection, code: code, sql: sql)
        }
    }

    /// Copies the current row out of SQLite's buffers.
    func currentRow() -> Row {
        let count = Int32(columns.count)
        var values: [SQLValue] = []
        values.reserveCapacity(Int(count))
        for column in 0..<count {
            values.append(value(at: column))
        }
        return Row(columns: columns, values: values, indexByName: indexByName)
    }

    private func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            // Ask for the text before its byte count, as the SQLite docs advise.
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let length = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
        case SQLITE_BLOB:
            guard let bytes = sqlite3_column_blob(handle, column) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, column))))
        default:
            return .null
        }
    }

    /// Makes the statement ready for its next use and drops references to bound values.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}
