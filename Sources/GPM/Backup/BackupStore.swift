import SQLite

/// The checks run on a backup copy, over the copy's own connection.
struct BackupStore {
    let db: Connection

    /// SQLite's verdict on the file: "ok", or the first problem found.
    func integrityCheck() throws -> String? { try db.scalar("PRAGMA integrity_check") }

    /// The ordinary tables (not SQLite's own, not virtual ones).
    func tableNames() throws -> [String] {
        try db.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
            .map { try $0.string("name") }
    }

    /// Rows in `table`, a name read from `sqlite_schema` (quoted as an identifier, never from input).
    func rowCount(table: String) throws -> Int {
        try db.scalar("SELECT count(*) FROM \"\(table.replacingOccurrences(of: "\"", with: "\"\""))\"") ?? 0
    }
}
