/// How a transaction takes its lock (<https://www.sqlite.org/lang_transaction.html>).
public enum TransactionKind: String, Sendable {
    /// Takes locks on first use. Right for read-only work.
    case deferred = "DEFERRED"
    /// Takes the write lock at BEGIN, so a writer waits (busy timeout) at the start
    /// instead of failing with SQLITE_BUSY halfway through.
    case immediate = "IMMEDIATE"
    case exclusive = "EXCLUSIVE"
}

extension Connection {
    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws, and rethrows
    /// the original error. Inside another transaction it becomes a savepoint, so it nests.
    ///
    /// `try db.transaction { db in try db.run(...); try db.run(...) }`
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: (Connection) throws -> T) throws -> T {
        if isInTransaction {
            return try savepoint(body)
        }
        try run("BEGIN \(kind.rawValue) TRANSACTION")
        do {
            let result = try body(self)
            try run("COMMIT TRANSACTION")
            return result
        } catch {
            // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL); the original error matters more.
            if isInTransaction {
                try? run("ROLLBACK TRANSACTION")
            }
            throw error
        }
    }

    /// Runs `body` inside a savepoint: its changes are undone when it throws, while the enclosing
    /// transaction goes on. Outside a transaction it behaves as a deferred transaction.
    public func savepoint<T>(_ body: (Connection) throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "gpm_savepoint_\(savepointDepth)"
        try run("SAVEPOINT \(name)")
        do {
            let result = try body(self)
            try run("RELEASE SAVEPOINT \(name)")
            return result
        } catch {
            if isInTransaction {
                try? run("ROLLBACK TO SAVEPOINT \(name)")
                try? run("RELEASE SAVEPOINT \(name)")
            }
            throw error
        }
    }
}
