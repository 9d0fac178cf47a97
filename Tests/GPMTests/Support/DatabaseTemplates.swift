import Foundation
import Synchronization
import GPM
import SQLite

/// Migrated (and seeded) database files made once per test process and copied for each `TestPlatform`.
///
/// Migrating and loading `Seeds/demo.sql` (with its search index) is most of what starting a platform costs,
/// and ~500 platforms start in one `swift test`. Each template is made by a real `Application` start on an
/// empty file, exactly as a test's own start would, then checkpointed and closed (so the file holds no WAL); a test gets a
/// byte copy, a real SQLite file of its own, and its `Application` finds it migrated and seeded and goes on
/// as on any restart. The first admin (`createsFirstAdmin`) is never in a template: the test's own start
/// creates it when its configuration asks, as before.
enum DatabaseTemplates {
    /// A template's identity: the repository it migrates from and the seed data it holds.
    private struct Key: Hashable {
        let rootDirectory: String
        let seed: SeedData
    }

    /// The template file per key, made on first use; the lock also keeps two tests from making one twice.
    private static let files = Mutex<[Key: String]>([:])

    /// The folder holding every template, removed when the test process exits.
    private static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gpm-test-templates-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: DatabaseTemplates.folder) }
        return url
    }()

    /// Copies the template for `configuration` to its `databasePath` when a template applies: the file does not
    /// exist yet and the migrations are the repository's (a test that points elsewhere starts as it says).
    static func prepare(_ configuration: AppConfiguration, defaultRoot: String) throws {
        guard configuration.rootDirectory == defaultRoot,
            !FileManager.default.fileExists(atPath: configuration.databasePath)
        else { return }
        let template = try file(for: Key(rootDirectory: configuration.rootDirectory, seed: configuration.seed))
        try FileManager.default.copyItem(atPath: template, toPath: configuration.databasePath)
    }

    private static func file(for key: Key) throws -> String {
        try files.withLock { files in
            if let path = files[key] { return path }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("\(key.seed.rawValue)-\(files.count).sqlite").path
            var configuration = AppConfiguration()
            configuration.port = 0
            configuration.host = "127.0.0.1"
            configuration.rootDirectory = key.rootDirectory
            configuration.databasePath = path
            configuration.seed = key.seed
            configuration.accessLog = false
            configuration.accounts.createsFirstAdmin = false  // left to each test's own start
            configuration.clock = PlatformClock(fixed: TestPlatform.fixedNow)
            let app = try Application(configuration: configuration)
            app.shutdown()
            // The pool's read-only readers may close last and leave the WAL; a writer closing last checkpoints it
            // into the file and deletes it, so the file alone is the whole database and a byte copy is too.
            let writer = try Connection(path: path)
            try writer.execute(script: "PRAGMA wal_checkpoint(TRUNCATE);")
            writer.close()
            guard !FileManager.default.fileExists(atPath: path + "-wal") else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path + "-wal"])
            }
            files[key] = path
            return path
        }
    }
}
