import Foundation
import SQLite

/// `gpm restore FILE`: the README's manual restore, done safely.
/// 1. takes the database's lock file (refusing while a server holds it) and keeps it until done;
/// 2. copies FILE into a temporary file beside the database and checks it is an SQLite database that passes
///    `PRAGMA integrity_check` (nothing is moved when it is not);
/// 3. moves the current database and its `-wal`/`-shm` aside as `NAME.before-restore-YYYYMMDDTHHMMSSZ`
///    (plus `-wal`/`-shm`, so the set-aside file opens with its own WAL) — never deleting them;
/// 4. renames the checked copy into place and applies pending migrations.
public enum DatabaseRestore {
    public struct Report: Sendable {
        public let tables: Int
        public let rows: Int
        /// The files moved aside (the old database, its -wal and -shm when present).
        public let movedAside: [String]
        public let appliedMigrations: [String]
    }

    public static func restore(from file: String, databasePath: String, migrationsDirectory: String,
                               clock: PlatformClock) throws -> Report {
        let lock = try DatabaseLock(databasePath: databasePath)
        defer { lock.release() }
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: file) else { throw DatabaseBackup.Failure(description: "no file at \(file)") }
        let source = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
        let target = URL(fileURLWithPath: databasePath).standardizedFileURL.resolvingSymlinksInPath().path
        guard source != target else { throw DatabaseBackup.Failure(description: "\(file) is the database itself") }
        guard isSQLiteFile(file) else { throw DatabaseBackup.Failure(description: "\(file) is not an SQLite database") }

        let databaseURL = URL(fileURLWithPath: databasePath)
        let partial = databaseURL.deletingLastPathComponent().appendingPathComponent(".\(databaseURL.lastPathComponent).restore-partial").path
        DatabaseBackup.removeDatabaseFiles(partial)
        let counts: (tables: Int, rows: Int)
        do {
            try fileManager.copyItem(atPath: file, toPath: partial)
            if let mode = try? fileManager.attributesOfItem(atPath: databasePath)[.posixPermissions] {
                try? fileManager.setAttributes([.posixPermissions: mode], ofItemAtPath: partial)
            }
            counts = try DatabaseBackup.check(partial)
            DatabaseBackup.removeDatabaseFiles(partial, keepingMain: true)
        } catch {
            DatabaseBackup.removeDatabaseFiles(partial)
            throw DatabaseBackup.Failure(description: "\(file) cannot be restored: \(error)")
        }

        let moved: [String]
        do {
            moved = try moveAside(databasePath, at: clock.now())
        } catch {
            DatabaseBackup.removeDatabaseFiles(partial)
            throw error
        }
        guard rename(partial, databasePath) == 0 else {
            throw DatabaseBackup.Failure(description:
                "cannot move the copy into place (\(String(cString: strerror(errno)))); the old database is kept as \(moved.first ?? "?") and the checked copy as \(partial)")
        }
        let pool = try DatabasePool(path: databasePath, maximumReaders: 1)
        defer { pool.close() }
        let applied = try pool.migrate(with: Migrator(directory: migrationsDirectory))
        return Report(tables: counts.tables, rows: counts.rows, movedAside: moved, appliedMigrations: applied.map(\.fileName))
    }

    /// An SQLite file starts with "SQLite format 3" and a NUL (an empty file is not a backup either).
    static func isSQLiteFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }

    /// Renames `path`, `path-wal` and `path-shm` (those present) to `path.before-restore-STAMP` (+ `-wal`, `-shm`).
    static func moveAside(_ path: String, at date: Date) throws -> [String] {
        let fileManager = FileManager.default
        let present = ["", "-wal", "-shm"].filter { fileManager.fileExists(atPath: path + $0) }
        guard !present.isEmpty else { return [] }
        let stamp = String(BackupSchedule.fileName(at: date).dropFirst(4).dropLast(7))
        var base = "\(path).before-restore-\(stamp)"
        var attempt = 1
        while ["", "-wal", "-shm"].contains(where: { fileManager.fileExists(atPath: base + $0) }) {
            attempt += 1
            base = "\(path).before-restore-\(stamp)-\(attempt)"
        }
        var moved: [String] = []
        for suffix in present {
            guard rename(path + suffix, base + suffix) == 0 else {
                throw DatabaseBackup.Failure(description:
                    "cannot move \(path + suffix) aside: \(String(cString: strerror(errno))); moved so far: \(moved.joined(separator: ", "))")
            }
            moved.append(base + suffix)
        }
        return moved
    }
}
