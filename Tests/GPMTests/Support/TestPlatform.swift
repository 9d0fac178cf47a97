import Foundation
import GPM

/// A real platform for tests: a fresh SQLite file in a temp folder (migrated, and seeded with the
/// demo data unless asked not to), the repository's real templates and assets, a real server on
/// port 0.
final class TestPlatform: Sendable {
    let app: Application
    let directory: URL

    /// The repository root, found from this file's path (Tests/GPMTests/Support/…).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A seeded platform shared by tests that only read. Tests that write start their own.
    static let shared: TestPlatform = {
        do { return try TestPlatform() } catch { fatalError("cannot start the shared test platform: \(error)") }
    }()

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
        configure(&configuration)
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
