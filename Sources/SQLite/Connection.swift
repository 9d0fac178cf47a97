import CSQLite
import Foundation

/// One open SQLite database connection: owns the `sqlite3*` handle and its statement cache.
///
/// Not `Sendable`: a connection is used by one thread at a time. The server shares a
/// `DatabasePool`, which hands connections out under a lock; scripts and tests may open one directly.
///
/// ```swift
/// let db = try Connection(path: "gpm.sqlite")
/// try db.run("INSERT INTO city(name, population) VALUES (?, ?)", "Bristol", 472_400)
/// let rows = try db.query("SELECT name FROM city WHERE population > ?", 100_000)
/// ```
public final class Connection {
    /// The `sqlite3*` handle; nil once closed.
    private var handle: OpaquePointer?
    public let path: String
    public let isReadOnly: Bool
    /// Prepared statements keyed by their SQL text, finalized on close.
    private var statements: [String: Statement] = [:]
    var savepointDepth = 0
    /// Where the authorizer puts table names while a statement compiles; nil the rest of the time.
    var compiling: TableCollector?
    /// Tables written by statements run since the last `takeWrittenTables()` (the pool takes them at commit).
    private var writtenTables: Set<String> = []
    /// Set by the pool while an observed read runs on this connection.
    var readObservation: TableReadObservation?

    /// Opens (creating if needed, unless `readOnly`) the database at `path` and configures it:
    /// extended result codes, busy timeout, WAL (checked), `synchronous=NORMAL`, `foreign_keys=ON`,
    /// and no double-quoted string literals. A file that is not a database fails here, not later.
    public init(path: String, readOnly: Bool = false, busyTimeout: Duration = .seconds(5)) throws {
        self.path = path
        self.isReadOnly = readOnly
        // NOMUTEX: SQLite's own per-connection mutex is redundant, a connection is used by one thread at a time.
        let access = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(path, &opened, access | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let opened else {
            let error = SQLiteError(connection: opened, code: code, sql: nil)
            sqlite3_close_v2(opened)  // required even when opening failed; harmless on nil
            throw SQLiteError(extendedCode: error.extendedCode, message: "cannot open \(path): \(error.message)")
        }
        handle = opened
        do {
            try configure(busyTimeout: busyTimeout)
            try check(TableCollector.install(on: opened, connection: self), sql: nil)
        } catch {
            close()
            throw error
        }
    }

    private func configure(busyTimeout: Duration) throws {
        let db = try requireHandle()
        // 1. Extended codes, so a failed UNIQUE is SQLITE_CONSTRAINT_UNIQUE, not just SQLITE_CONSTRAINT.
        try check(sqlite3_extended_result_codes(db, 1), sql: nil)
        // 2. The busy timeout comes before WAL on purpose: switching to WAL takes a lock that another
        //    process (`gpm migrate` next to `gpm serve`) may hold for a moment.
        let milliseconds = busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000
        try check(sqlite3_busy_timeout(db, Int32(clamping: milliseconds)), sql: nil)
        // 3. WAL: readers never block the writer nor each other. The pragma answers the mode in force,
        //    which is not WAL for in-memory databases, or when the file system cannot share memory.
        if !isReadOnly {
            let mode = try scalar("PRAGMA journal_mode = WAL") as String?
            let inMemory = path.isEmpty || path == ":memory:"
            guard mode?.lowercased() == "wal" || (inMemory && mode?.lowercased() == "memory") else {
                throw SQLiteError(extendedCode: SQLITE_ERROR, message: "cannot enable WAL mode on \(path) (mode is \(mode ?? "?"))")
            }
        }
        // 4. NORMAL is durable across application crashes in WAL mode and avoids an fsync per commit.
        try run("PRAGMA synchronous = NORMAL")
        // 5. Off by default in SQLite, for backwards compatibility.
        try run("PRAGMA foreign_keys = ON")
        // 6. Content deleted or overwritten is zeroed in the file, not left in free space: a secret wiped
        //    from a row (the outbox's link tokens once delivered) is then gone from the file and its backups.
        try run("PRAGMA secure_delete = ON")
        // 7. `"name"` must mean an identifier; SQLite otherwise falls back to a string when no column matches.
        try check(gpm_sqlite3_disable_dqs(db), sql: nil)
    }

    deinit {
        close()
    }

    /// Finalizes every cached statement and closes the handle. Safe to call twice.
    public func close() {
        for statement in statements.values {
            statement.finalize()
        }
        statements.removeAll()
        if let handle {
            sqlite3_close_v2(handle)
        }
        handle = nil
    }

    // MARK: - State

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 {
        handle.map { sqlite3_last_insert_rowid($0) } ?? 0
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    public var changes: Int {
        handle.map { Int(sqlite3_changes64($0)) } ?? 0
    }

    /// True between BEGIN and COMMIT/ROLLBACK.
    public var isInTransaction: Bool {
        handle.map { sqlite3_get_autocommit($0) == 0 } ?? false
    }

    // MARK: - Scripts

    /// Runs several `;`-separated statements without arguments (migrations, seed files, schema).
    /// Statements are not cached: a script runs once.
    public func execute(script: String) throws {
        let db = try requireHandle()
        let collector = TableCollector()
        compiling = collector
        defer {
            compiling = nil
            writtenTables.formUnion(collector.tables.written)
        }
        try script.withCString { start in
            var cursor: UnsafePointer<CChar>? = start
            while let current = cursor, current.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(db, current, -1, &statement, &tail)
                guard code == SQLITE_OK else {
                    throw SQLiteError(connection: db, code: code, sql: String(String(cString: current).prefix(300)))
                }
                defer { sqlite3_finalize(statement) }
                if let statement {  // nil for whitespace or a trailing comment
                    var stepCode = sqlite3_step(statement)
                    while stepCode == SQLITE_ROW {
                        stepCode = sqlite3_step(statement)
                    }
                    guard stepCode == SQLITE_DONE else {
                        throw SQLiteError(connection: db, code: stepCode, sql: String(cString: sqlite3_sql(statement)))
                    }
                }
                cursor = tail
            }
        }
    }

    // MARK: - Statements

    /// Prepares (or reuses) the statement for `sql`, binds the arguments, runs `body`, then resets it.
    func withStatement<T>(_ sql: String, _ arguments: Arguments, _ body: (Statement) throws -> T) throws -> T {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        if !statement.tables.written.isEmpty { writtenTables.formUnion(statement.tables.written) }
        readObservation?.record(statement.tables.read)
        switch arguments {
        case .positional(let values): try statement.bind(values)
        case .named(let values): try statement.bind(named: values)
        }
        return try body(statement)
    }

    /// Beyond this many distinct SQL texts the cache starts over: constant SQL never gets near it,
    /// but SQL built with a varying shape (an `IN (?, ?, …)` list) must not grow memory forever.
    static let statementCacheLimit = 256

    private func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statements[sql] {
            return statement
        }
        if statements.count >= Connection.statementCacheLimit {
            // Safe: no statement is in use here, each one is reset before control returns to callers.
            for statement in statements.values {
                statement.finalize()
            }
            statements.removeAll()
        }
        let collector = TableCollector()
        compiling = collector
        defer { compiling = nil }
        let statement = try Statement(connection: try requireHandle(), sql: sql, persistent: true)
        statement.tables = collector.tables
        statements[sql] = statement
        return statement
    }

    /// The tables written since the last call, emptied: what a just-committed transaction changed
    /// (a statement that failed may be counted too: a needless invalidation, never a missed one).
    public func takeWrittenTables() -> Set<String> {
        defer { writtenTables.removeAll(keepingCapacity: true) }
        return writtenTables
    }

    /// Number of statements in the cache (for tests and diagnostics).
    public var cachedStatementCount: Int { statements.count }

    private func requireHandle() throws -> OpaquePointer {
        guard let handle else {
            throw SQLiteError.misuse("connection to \(path) is closed", sql: nil)
        }
        return handle
    }

    private func check(_ code: Int32, sql: String?) throws {
        guard code == SQLITE_OK else {
            throw SQLiteError(connection: handle, code: code, sql: sql)
        }
    }

    /// Copies the source of an online backup: all pages in one step, so the copy is one consistent snapshot.
    func backup(into destination: Connection) throws {
        let source = try requireHandle()
        let target = try destination.requireHandle()
        guard let backup = sqlite3_backup_init(target, "main", source, "main") else {
            throw SQLiteError(connection: target, code: sqlite3_errcode(target), sql: nil)
        }
        let stepCode = sqlite3_backup_step(backup, -1)
        let finishCode = sqlite3_backup_finish(backup)
        guard stepCode == SQLITE_DONE else {
            throw SQLiteError(extendedCode: stepCode, message: "backup failed: \(String(cString: sqlite3_errstr(stepCode)))")
        }
        try destination.check(finishCode, sql: nil)
    }
}

/// Arguments of one statement: `?` values in order, or `:name` values by name.
enum Arguments {
    case positional([SQLValue])
    case named([String: SQLValue])

    init(_ values: [(any SQLBindable)?]) {
        self = .positional(values.map { $0?.sqlValue ?? .null })
    }

    init(_ values: [String: (any SQLBindable)?]) {
        self = .named(values.mapValues { $0?.sqlValue ?? .null })
    }
}
