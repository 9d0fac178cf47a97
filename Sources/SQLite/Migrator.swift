import Foundation

/// Brings a database schema up to date from the numbered SQL files of `Migrations/`.
///
/// Each pending migration runs in its own `BEGIN IMMEDIATE` transaction together with its row in
/// `schema_migrations(version, name, checksum, applied_at)`, so it is applied entirely or not at all.
/// Before applying anything, every recorded migration is checked against its file: a changed or
/// missing file stops the run (a database must never drift from the code that describes it).
///
/// ```swift
/// let applied = try pool.migrate(with: Migrator(directory: "Migrations"))
/// ```
///
/// Note: `PRAGMA foreign_keys` has no effect inside a transaction, so a migration cannot toggle it.
public struct Migrator: Sendable {
    /// All known migrations, in version order.
    public let migrations: [Migration]

    public init(migrations: [Migration]) throws {
        let sorted = migrations.sorted { $0.version < $1.version }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where previous.version == next.version {
            throw MigrationError.duplicateVersion(next.version, files: [previous.fileName, next.fileName])
        }
        self.migrations = sorted
    }

    /// Loads every `NNNN_name.sql` file of `directory`. Other `.sql` names are an error;
    /// files not ending in `.sql` (a README) and hidden files are ignored.
    public init(directory: String) throws {
        let fileNames: [String]
        do {
            fileNames = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw MigrationError.unreadable(path: directory, reason: "\(error.localizedDescription)")
        }
        var loaded: [Migration] = []
        var fileByVersion: [Int: String] = [:]
        for fileName in fileNames.sorted() where fileName.hasSuffix(".sql") && !fileName.hasPrefix(".") {
            guard let (version, name) = Migration.parseFileName(fileName) else {
                throw MigrationError.badFileName(fileName)
            }
            if let other = fileByVersion[version] {
                throw MigrationError.duplicateVersion(version, files: [other, fileName])
            }
            fileByVersion[version] = fileName
            let path = (directory as NSString).appendingPathComponent(fileName)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw MigrationError.unreadable(path: path, reason: "file cannot be read")
            }
            guard let sql = String(data: data, encoding: .utf8) else {
                throw MigrationError.unreadable(path: path, reason: "file is not UTF-8")
            }
            loaded.append(Migration(version: version, name: name, sql: sql))
        }
        try self.init(migrations: loaded)
    }

    /// Verifies applied migrations, then applies the pending ones in order; returns those it applied.
    /// Safe to call on every start: with nothing pending it only reads `schema_migrations`.
    @discardableResult
    public func migrate(_ db: Connection) throws -> [Migration] {
        guard !db.isInTransaction else {
            throw SQLiteError.misuse("migrate must run outside a transaction: each migration opens its own", sql: nil)
        }
        try db.execute(script: """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                checksum TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """)
        try verifyApplied(db)
        var applied: [Migration] = []
        for migration in migrations {
            let didApply = try db.transaction(.immediate) { db -> Bool in
                // Checked inside the write lock: another process may have applied it meanwhile.
                let alreadyApplied: Int? = try db.scalar("SELECT 1 FROM schema_migrations WHERE version = ?", migration.version)
                guard alreadyApplied == nil else { return false }
                do {
                    try db.execute(script: migration.sql)
                } catch {
                    throw MigrationError.failed(fileName: migration.fileName, underlying: error)
                }
                try db.run(
                    "INSERT INTO schema_migrations(version, name, checksum, applied_at) VALUES (?, ?, ?, ?)",
                    migration.version, migration.name, migration.checksum, Date())
                return true
            }
            if didApply {
                applied.append(migration)
            }
        }
        return applied
    }

    /// Versions recorded in `schema_migrations`, in order (an empty list before the first migration).
    public func appliedVersions(_ db: Connection) throws -> [Int] {
        let exists: Int? = try db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
        guard exists != nil else { return [] }
        return try db.query("SELECT version FROM schema_migrations ORDER BY version").map { try $0.int("version") }
    }

    private func verifyApplied(_ db: Connection) throws {
        let byVersion = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        for row in try db.query("SELECT version, name, checksum FROM schema_migrations ORDER BY version") {
            let version = try row.int("version")
            let name = try row.string("name")
            guard let migration = byVersion[version] else {
                throw MigrationError.missing(version: version, name: name)
            }
            let checksum = try row.string("checksum")
            guard migration.checksum == checksum, migration.name == name else {
                throw MigrationError.changed(fileName: migration.fileName, appliedChecksum: checksum, fileChecksum: migration.checksum)
            }
        }
    }
}

extension DatabasePool {
    /// Runs the migrator on the writer connection; returns the migrations it applied.
    @discardableResult
    public func migrate(with migrator: Migrator) throws -> [Migration] {
        try writeWithoutTransaction { db in try migrator.migrate(db) }
    }
}
