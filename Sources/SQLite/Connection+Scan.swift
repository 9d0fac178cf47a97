import CSQLite

/// The current row of a statement being stepped by `Connection.scan`, read in place: no `Row`, no array
/// of values, no column-name lookup. For queries that return thousands of narrow rows (a full-text
/// search's row ids), where building a `Row` for each would cost more than SQLite's own work.
///
/// Non-copyable and only lent to the `scan` body, so it cannot outlive the step it reads.
public struct RowCursor: ~Copyable {
    fileprivate let handle: OpaquePointer

    /// The integer in column `index` (0-based); NULL reads as 0, like `sqlite3_column_int64`.
    public func int(at index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }

    /// The real number in column `index` (0-based); NULL reads as 0.
    public func double(at index: Int32) -> Double { sqlite3_column_double(handle, index) }
}

extension Connection {
    /// Steps through every row of `sql`, handing each to `body` as a `RowCursor` read in place.
    /// `try db.scan("SELECT rowid FROM t_fts WHERE t_fts MATCH :q", named: ["q": text]) { ids.append($0.int(at: 0)) }`
    public func scan(
        _ sql: String, named arguments: [String: (any SQLBindable)?], _ body: (borrowing RowCursor) throws -> Void
    ) throws {
        try withStatement(sql, Arguments(arguments)) { statement in
            let cursor = RowCursor(handle: statement.handle)
            while try statement.step() {
                try body(cursor)
            }
        }
    }
}
