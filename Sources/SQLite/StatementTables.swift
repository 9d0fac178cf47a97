import CSQLite

/// The tables a statement reads and writes, as SQLite's authorizer reports them while the statement is
/// compiled (triggers and views included, so a write to `mayor_briefs` that a trigger mirrors into an FTS
/// table names both). Caches use them to know which writes make which pages stale (GRDB's
/// `StatementAuthorizer` does the same for its observations).
public struct StatementTables: Sendable, Equatable {
    public var read: Set<String> = []
    public var written: Set<String> = []

    public init(read: Set<String> = [], written: Set<String> = []) {
        self.read = read
        self.written = written
    }

    mutating func formUnion(_ other: StatementTables) {
        read.formUnion(other.read)
        written.formUnion(other.written)
    }
}

/// Collects table names while a connection compiles a statement; the authorizer's context points at it.
final class TableCollector {
    var tables = StatementTables()

    /// Installs the authorizer on `db`; it stays for the connection's life and records only while
    /// `Connection.compiling` has a collector (statements SQLite re-prepares on its own keep their sets).
    static func install(on db: OpaquePointer, connection: Connection) -> Int32 {
        sqlite3_set_authorizer(db, { context, action, first, _, _, _ in
            guard let context else { return SQLITE_OK }
            let connection = Unmanaged<Connection>.fromOpaque(context).takeUnretainedValue()
            guard let collector = connection.compiling, let first else { return SQLITE_OK }
            switch action {
            case SQLITE_READ:
                // `SELECT count(*) FROM t` reads table t with an empty column name: still a read of t.
                collector.tables.read.insert(String(cString: first))
            case SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE:
                let table = String(cString: first)
                if !table.hasPrefix("sqlite_") { collector.tables.written.insert(table) }
            default:
                break
            }
            return SQLITE_OK
        }, Unmanaged.passUnretained(connection).toOpaque())
    }
}

/// The tables read on one thread while it is observed (`DatabasePool.observingReads`): a page cache learns
/// from it which tables the page it is about to keep depends on.
public final class TableReadObservation: @unchecked Sendable {
    // @unchecked Sendable: an observation is created, filled and read by the one thread that runs the
    // observed body (`DatabasePool.observingReads`); it is never shared with another thread.
    public private(set) var tables: Set<String> = []

    public init() {}

    func record(_ read: Set<String>) {
        if !read.isSubset(of: tables) { tables.formUnion(read) }
    }
}
