import Foundation
import Testing
@testable import SQLite

@Suite struct MigratorTests {
    let directory: TemporaryDirectory
    let migrations: URL
    let db: Connection

    init() throws {
        directory = try TemporaryDirectory()
        migrations = directory.url.appendingPathComponent("Migrations")
        try FileManager.default.createDirectory(at: migrations, withIntermediateDirectories: true)
        db = try Connection(path: directory.path("migrated.sqlite"))
    }

    func write(_ name: String, _ sql: String) throws {
        try sql.write(to: migrations.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func migrate() throws -> [String] {
        try Migrator(directory: migrations.path).migrate(db).map(\.fileName)
    }

    @Test func appliesInNumericOrderAndRecordsEach() throws {
        try write("0010_add_motto.sql", "ALTER TABLE city ADD COLUMN motto TEXT;")
        try write("0002_create_city.sql", "CREATE TABLE city(id INTEGER PRIMARY KEY, name TEXT NOT NULL);")
        try write("0003_seed.sql", "INSERT INTO city(name) VALUES ('Bristol'); INSERT INTO city(name) VALUES ('Lyon');")
        try write("README.md", "not a migration")
        #expect(try migrate() == ["0002_create_city.sql", "0003_seed.sql", "0010_add_motto.sql"])

        let rows = try db.query("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version")
        #expect(try rows.map { try $0.int("version") } == [2, 3, 10])
        #expect(try rows.map { try $0.string("name") } == ["create_city", "seed", "add_motto"])
        #expect(try rows.allSatisfy { try $0.string("checksum").count == 64 })
        #expect(try rows.allSatisfy { abs(try $0.date("applied_at").timeIntervalSinceNow) < 60 })
        #expect(try db.scalar("SELECT count(motto IS NULL) FROM city") as Int? == 2)
    }

    @Test func reRunIsANoOpAndNewFilesApplyLater() throws {
        try write("0001_create.sql", "CREATE TABLE t(x);")
        #expect(try migrate() == ["0001_create.sql"])
        #expect(try migrate() == [])
        try write("0002_more.sql", "INSERT INTO t VALUES (1);")
        #expect(try migrate() == ["0002_more.sql"])
        #expect(try Migrator(directory: migrations.path).appliedVersions(db) == [1, 2])
    }

    @Test func changedFileIsRefusedByName() throws {
        try write("0001_create.sql", "CREATE TABLE t(x);")
        _ = try migrate()
        try write("0001_create.sql", "CREATE TABLE t(x, y);")
        try write("0002_more.sql", "CREATE TABLE u(x);")
        let error = #expect(throws: MigrationError.self) { try migrate() }
        #expect(error?.description.contains("0001_create.sql") == true)
        #expect(error?.description.contains("changed") == true)
        // Nothing after the refusal was applied.
        #expect(try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'u'") as Int? == 0)
    }

    @Test func missingFileIsRefusedByName() throws {
        try write("0001_create.sql", "CREATE TABLE t(x);")
        try write("0002_index.sql", "CREATE INDEX t_x ON t(x);")
        _ = try migrate()
        try FileManager.default.removeItem(at: migrations.appendingPathComponent("0002_index.sql"))
        let error = #expect(throws: MigrationError.self) { try migrate() }
        #expect(error?.description.contains("0002_index.sql") == true)
        #expect(error?.description.contains("missing") == true)
    }

    @Test func badlyNamedFilesAreRejected() throws {
        for bad in ["1_create.sql", "0001-create.sql", "0001_.sql", "abcd_create.sql", "0001_create table.sql", "0000_zero.sql"] {
            let folder = directory.url.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "SELECT 1;".write(to: folder.appendingPathComponent(bad), atomically: true, encoding: .utf8)
            let error = #expect(throws: MigrationError.self, "\(bad)") { try Migrator(directory: folder.path) }
            #expect(error?.description.contains(bad) == true)
        }
    }

    @Test func duplicateVersionsAreRejected() throws {
        try write("0001_a.sql", "SELECT 1;")
        try write("0001_b.sql", "SELECT 2;")
        #expect(throws: MigrationError.self) { try Migrator(directory: migrations.path) }
    }

    @Test func failingMigrationRollsBackEntirelyAndNamesTheFile() throws {
        try write("0001_ok.sql", "CREATE TABLE t(x);")
        try write("0002_broken.sql", "CREATE TABLE u(x); INSERT INTO nowhere VALUES (1);")
        let error = #expect(throws: MigrationError.self) { try migrate() }
        #expect(error?.description.contains("0002_broken.sql") == true)
        #expect(try Migrator(directory: migrations.path).appliedVersions(db) == [1])
        #expect(try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'u'") as Int? == 0)
    }

    @Test func missingFolderIsAClearError() throws {
        let error = #expect(throws: MigrationError.self) { try Migrator(directory: directory.path("nope")) }
        #expect(error?.description.contains("nope") == true)
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hexDigest("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
