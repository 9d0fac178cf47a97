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
        return try check(destination)
    }

    /// Copies the pool's database to `destination` through a temporary file beside it (`.NAME.partial`),
    /// which becomes `destination` (renamed, so the name never shows a half-written copy) only once
    /// `PRAGMA integrity_check` answers ok. The copy is readable by its owner only (it holds password
    /// hashes and sessions). Returns the copy's size in bytes.
    @discardableResult
    public static func checkedCopy(of pool: DatabasePool, to destination: String) throws -> Int {
        let url = URL(fileURLWithPath: destination)
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial").path
        removeDatabaseFiles(partial)
        do {
            try createPrivateFile(partial)
            try pool.backup(to: partial)
            try check(partial)
            // The copy's connection is closed: its -wal was checkpointed and removed with it.
            removeDatabaseFiles(partial, keepingMain: true)
            guard rename(partial, destination) == 0 else {
                throw Failure(description: "cannot rename the copy to \(destination): \(String(cString: strerror(errno)))")
            }
        } catch {
            removeDatabaseFiles(partial)
            throw error
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? Int) ?? nil
        return size ?? 0
    }

    /// Checks a copy: `PRAGMA integrity_check` must answer ok. Returns its tables and rows.
    @discardableResult
    public static func check(_ path: String) throws -> (tables: Int, rows: Int) {
        let copy = try Connection(path: path)
        defer { copy.close() }
        let store = BackupStore(db: copy)
        let check = try store.integrityCheck()
        guard check == "ok" else { throw Failure(description: "the copy failed its integrity check: \(check ?? "no answer")") }
        let tables = try store.tableNames()
        let rows = try tables.reduce(0) { total, table in total + (try store.rowCount(table: table)) }
        return (tables.count, rows)
    }

    /// Creates an empty file only its owner may read, for a copy to be written into.
    static func createPrivateFile(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        close(fd)
    }

    /// Removes a database file's -wal and -shm (and the file itself unless `keepingMain`).
    static func removeDatabaseFiles(_ path: String, keepingMain: Bool = false) {
        for suffix in keepingMain ? ["-wal", "-shm"] : ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
