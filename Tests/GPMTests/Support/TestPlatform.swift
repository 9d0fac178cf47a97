import Foundation
import Synchronization
import GPM

/// A real platform for tests: a fresh SQLite file in a temp folder (migrated, and seeded with the
/// demo data unless asked not to: a copy of a template made once per process, `DatabaseTemplates`),
/// the repository's real templates and assets (parsed once per process, `ParsedFiles`), a real server on
/// port 0, and a fixed clock (`clock`, at `fixedNow` unless `configure` sets another) so that no test
/// depends on the day it runs.
final class TestPlatform: Sendable {
    let app: Application
    let directory: URL

    /// "Now" for every test platform unless a test chooses another instant: Friday 20 November 2026,
    /// 12:00 UTC (13:00 in Amsterdam), inside the demo's 2026 reporting cycle (`Seeds/demo.sql`: opens
    /// 2026-01-05, deadline 2027-03-31, closes 2027-07-01), so 2026 briefs can be started and submitted on
    /// time. Tests that need another moment move `clock` (`set(_:)`, `advance(by:)`).
    static let fixedNow: Date = Date(timeIntervalSince1970: 1_795_176_000)  // 2026-11-20T12:00:00Z

    /// The application's clock ("now" for deadlines, sessions, throttles, expiry): a fixed clock tests move.
    /// A test that passes its own clock in `configure` gets that one here.
    let clock: PlatformClock

    /// The repository root, found from this file's path (Tests/GPMTests/Support/…).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A seeded platform shared by tests that only read. Tests that write (or move the clock) start their own.
    static let shared: TestPlatform = {
        do {
            let platform = try TestPlatform()
            // Nothing stops the shared platform; its folder goes when the test process exits.
            sharedDirectory.withLock { $0 = platform.directory.path }
            atexit {
                if let path = TestPlatform.sharedDirectory.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
            }
            return platform
        } catch {
            fatalError("cannot start the shared test platform: \(error)")
        }
    }()

    /// The shared platform's folder, for the exit handler (a C callback cannot capture it).
    private static let sharedDirectory = Mutex<String?>(nil)

    /// `configure` adjusts the configuration before the start (e.g. shorter sessions, secure cookies).
    init(seed: Bool = true, configure: (inout AppConfiguration) -> Void = { _ in }) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gpm-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = AppConfiguration()
        configuration.port = 0
        configuration.rootDirectory = Self.repositoryRoot.path
        configuration.databasePath = directory.appendingPathComponent("gpm.sqlite").path
        configuration.seedsEmptyDatabase = seed
        configuration.accessLog = false
        configuration.workers = 4
        configuration.accounts.passwordHashing = .testing  // cheap scrypt: tests hash many passwords
        configuration.exposesPageCacheOutcome = true  // X-Page-Cache: hit|miss|bypass
        configuration.strictTemplates = true
        configuration.clock = PlatformClock(fixed: Self.fixedNow)  // never the system's: see `fixedNow`
        configure(&configuration)
        clock = configuration.clock
        // GPM_TEST_FRESH_PLATFORMS=1: every platform migrates, seeds and parses on its own, as before the
        // sharing (to measure what it saves, or to rule it out when a test misbehaves).
        if ProcessInfo.processInfo.environment["GPM_TEST_FRESH_PLATFORMS"] == nil {
            // Migrated and seeded once per process, copied here: see `DatabaseTemplates`.
            try DatabaseTemplates.prepare(configuration, defaultRoot: Self.repositoryRoot.path)
            // The repository's migrations, catalogues and templates parsed once per process (`ParsedFiles`);
            // a test that points at another root (a broken template) parses its own.
            configuration.reusesParsedFiles = configuration.rootDirectory == Self.repositoryRoot.path
        }
        app = try Application(configuration: configuration)
    }

    var port: Int { app.boundPort }

    func get(_ target: String, headers: [(String, String)] = []) throws -> TestResponse {
        try TestClient.send(port: port, method: "GET", target: target, headers: headers)
    }

    func head(_ target: String) throws -> TestResponse {
        try TestClient.send(port: port, method: "HEAD", target: target)
    }

    /// Posts an `application/x-www-form-urlencoded` form.
    func post(_ target: String, form: [(String, String)], headers: [(String, String)] = []) throws -> TestResponse {
        let body = form.map { "\(TestClient.formEscape($0.0))=\(TestClient.formEscape($0.1))" }.joined(separator: "&")
        return try TestClient.send(
            port: port, method: "POST", target: target,
            headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers, body: Array(body.utf8))
    }

    func stop() {
        app.shutdown()
        try? FileManager.default.removeItem(at: directory)
    }
}
