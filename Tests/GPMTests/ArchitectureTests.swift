import Foundation
import Testing

/// The application's one shape, checked on its source: SQL and connections only in stores, no internal
/// path written into a template, typed view models.
@Suite struct ArchitectureTests {
    static let sources = TestPlatform.repositoryRoot.appendingPathComponent("Sources/GPM")
    static let templates = TestPlatform.repositoryRoot.appendingPathComponent("Templates")

    /// Every file below `root` with the extension, as (path relative to root, text).
    static func files(below root: URL, ending suffix: String) throws -> [(path: String, text: String)] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        var found: [(String, String)] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(suffix) else { continue }
            let text = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
            found.append((relative, text))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// The files that may hold SQL or use a `Connection` besides the stores (`*Store.swift`). An explicit
    /// list, so that a file renamed to escape a pattern still fails: each entry says why it may.
    static let allowedOutsideStores: [String: String] = [
        // Services open the transaction: `database.read { db in … }` hands a Connection to stores.
        "*Service.swift": "services open transactions and pass the connection to stores",
        "*Service+Reading.swift": "a service split in two files",
        "Briefs/BriefSteps.swift": "the brief state machine's steps run inside a service's transaction, over its stores",
        "Shared/TableCache.swift": "the per-table cache loads through a closure that receives the connection",
        "Backup/DatabaseBackup.swift": "the online backup copies the pool into a new file",
        "App/Application.swift": "opens the pool and runs the migrator",
    ]

    static func isAllowed(_ path: String) -> Bool {
        if path.hasSuffix("Store.swift") { return true }
        return allowedOutsideStores.keys.contains { pattern in
            pattern.hasPrefix("*") ? path.hasSuffix(String(pattern.dropFirst())) : path == pattern
        }
    }

    /// SQL keywords as statements start, and the connection's query API.
    static let sqlMarkers = [
        #"^\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|WITH \w+ AS|CREATE TABLE)\b"#,
        #""\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|WITH \w+ AS|CREATE TABLE)\b"#,
        #"\bdb\.(run|query|queryOne|scalar|execute)\("#,
        #"\bConnection\b"#,
    ]

    @Test func sqlAndConnectionsOnlyInStores() throws {
        let markers = try Self.sqlMarkers.map { try Regex($0) }
        var offenders: [String] = []
        for file in try Self.files(below: Self.sources, ending: ".swift") where !Self.isAllowed(file.path) {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if markers.contains(where: { code.contains($0) }) {
                    offenders.append("\(file.path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(offenders.isEmpty, "SQL or a Connection outside the stores:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func routesHoldNoSQLAndNoTransactions() throws {
        for file in try Self.files(below: Self.sources, ending: "Routes.swift") {
            #expect(!file.text.contains("database.read"), "\(file.path) opens a read itself")
            #expect(!file.text.contains("database.write"), "\(file.path) opens a write itself")
        }
    }

    @Test func noInternalPathIsWrittenIntoATemplate() throws {
        let attribute = #/(href|action|src|formaction)\s*=\s*"\//#
        var offenders: [String] = []
        for file in try Self.files(below: Self.templates, ending: ".html") {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(attribute) {
                offenders.append("\(file.path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        let list = offenders.joined(separator: "\n")
        #expect(offenders.isEmpty, "internal paths written into templates (use links.* or the view model):\n\(list)")
    }

    @Test func pagesRenderTypedViewModels() throws {
        var offenders: [String] = []
        for file in try Self.files(below: Self.sources, ending: ".swift") where file.text.contains("[String: MustacheValue]") {
            offenders.append(file.path)
        }
        #expect(offenders.isEmpty, "hand-built template contexts:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func noRepositoryLeft() throws {
        let names = try Self.files(below: Self.sources, ending: ".swift").map(\.path).filter { $0.contains("Repository") }
        #expect(names.isEmpty, "one suffix per role: \(names)")
    }
}
