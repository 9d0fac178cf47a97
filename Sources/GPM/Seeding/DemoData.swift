import Foundation
import SQLite

/// Loads the demo data (`Seeds/demo.sql`, taken from the GPM's source documents) into a database.
/// The script runs in one transaction: a half-seeded registry is worse than an empty one.
public enum DemoData {
    public struct Error: Swift.Error, CustomStringConvertible {
        public let description: String
    }

    /// True when the registry has no city yet, the sign of a database created a moment ago.
    public static func isEmpty(_ pool: DatabasePool) throws -> Bool {
        let count: Int? = try pool.read { try $0.scalar("SELECT count(*) FROM cities") }
        return (count ?? 0) == 0
    }

    /// Runs the seed script; refuses when the registry already holds cities, so that a second
    /// `gpm seed` cannot duplicate or clobber the secretariat's records.
    public static func load(into pool: DatabasePool, seedsDirectory: String) throws {
        let file = URL(fileURLWithPath: seedsDirectory).appendingPathComponent("demo.sql").path
        guard let script = FileManager.default.contents(atPath: file).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw Error(description: "cannot read the demo data at \(file)")
        }
        guard try isEmpty(pool) else {
            throw Error(description: "the database already holds cities; demo data is only loaded into an empty registry")
        }
        try pool.write { db in try db.execute(script: script) }
    }
}
