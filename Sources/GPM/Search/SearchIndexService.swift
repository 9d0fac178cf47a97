import SQLite

/// Rebuilds the search index and the cities' sort keys from the tables: `gpm reindex`, and at start
/// while a migration, a seed script or a restore has left it stale (`search_index_state`).
public struct SearchIndexService: Sendable {
    let database: DatabasePool

    public init(database: DatabasePool) { self.database = database }

    /// Rebuilds everything in one transaction; returns how many entries the best-practices index holds.
    @discardableResult
    public func rebuild() throws -> Int {
        try database.write { db in try SearchIndexStore(db: db).rebuild() }
    }

    /// Rebuilds when the index is marked stale; true when it did.
    @discardableResult
    public func rebuildIfStale() throws -> Bool {
        try database.write { db in
            let store = SearchIndexStore(db: db)
            guard try store.isStale() else { return false }
            try store.rebuild()
            return true
        }
    }
}
