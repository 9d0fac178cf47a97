import Foundation
import SQLite

/// Loads seed data into a database: the demo (`Seeds/demo.sql`, the GPM's source documents plus marked
/// invented rows) or the documents only (`Seeds/documents.sql`). The script runs in one transaction: a
/// half-seeded registry is worse than an empty one.
public struct DemoDataService: Sendable {
    /// A refusal the command line prints as is.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    let database: DatabasePool

    public init(database: DatabasePool) { self.database = database }

    /// True when the registry has no city yet, the sign of a database created a moment ago.
    public func isEmpty() throws -> Bool {
        try database.read { db in try DemoDataStore(db: db).cityCount() } == 0
    }

    /// Runs the seed script; refuses when the registry already holds cities, so that a second
    /// `gpm seed` cannot duplicate or clobber the secretariat's records. Checked under the write lock.
    public func load(seedsDirectory: String, data: SeedData = .demo) throws {
        guard let fileName = data.fileName else { return }
        let file = URL(fileURLWithPath: seedsDirectory).appendingPathComponent(fileName).path
        guard let script = FileManager.default.contents(atPath: file).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw Failure(description: "cannot read the seed data at \(file)")
        }
        var translations = ""
        if let name = data.translationsFileName {
            let path = URL(fileURLWithPath: seedsDirectory).appendingPathComponent(name).path
            guard let text = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
                throw Failure(description: "cannot read the seed data's translations at \(path)")
            }
            translations = text
        }
        try database.write { db in
            let store = DemoDataStore(db: db)
            guard try store.cityCount() == 0 else {
                throw Failure(description: "the database already holds cities; seed data is only loaded into an empty registry")
            }
            try store.run(script: script)
            if !translations.isEmpty { try store.run(script: translations) }
            // The script inserts rows with SQL alone: the search index and sort keys are written here.
            try SearchIndexStore(db: db).rebuild()
        }
    }
}
