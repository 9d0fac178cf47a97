import Foundation
import SQLite

/// `gpm backup FILE`: a consistent copy of the live database, taken with SQLite's online backup API while
/// the platform may be serving (writers are not stopped; the copy is one snapshot). The copy is checked
/// with `PRAGMA integrity_check` before it is reported as done.
public enum DatabaseBackup {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Copies `databasePath` to `destination`, which must not exist yet (a backup never overwrites one).
    /// Returns the number of tables and rows copied, for the command's report.
    @discardableResult
    public static func copy(databasePath: String, to destination: String) throws -> (tables: Int, rows: Int) {
        guard FileManager.default.fileExists(atPath: databasePath) else { throw Failure(description: "no database at \(databasePath)") }
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw Failure(description: "\(destination) exists already; choose a new file name")
        }
        let pool = try DatabasePool(path: databasePath, maximumReaders: 1)
        defer { pool.close() }
        do {
            try pool.backup(to: destination)
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw error
        }
        let copy = try Connection(path: destination)
        defer { copy.close() }
        let store = BackupStore(db: copy)
        let check = try store.integrityCheck()
        guard check == "ok" else { throw Failure(description: "the copy failed its integrity check: \(check ?? "no answer")") }
        let tables = try store.tableNames()
        let rows = try tables.reduce(0) { total, table in total + (try store.rowCount(table: table)) }
        return (tables.count, rows)
    }
}
