/// Running statements: each comes in three forms, with `?` arguments listed (`run(sql, a, b)`),
/// with `?` arguments in an array (`run(sql, arguments: [a, b])`), or with `:name` arguments
/// (`run(sql, named: ["name": a])`). Statements are cached by SQL text, so pass values as
/// arguments and keep the text constant.
extension Connection {
    // MARK: run

    /// Runs one statement for its effect: `try db.run("DELETE FROM city WHERE id = ?", id)`.
    public func run(_ sql: String, _ arguments: (any SQLBindable)?...) throws {
        try run(sql, Arguments(arguments))
    }

    public func run(_ sql: String, arguments: [(any SQLBindable)?]) throws {
        try run(sql, Arguments(arguments))
    }

    public func run(_ sql: String, named arguments: [String: (any SQLBindable)?]) throws {
        try run(sql, Arguments(arguments))
    }

    func run(_ sql: String, _ arguments: Arguments) throws {
        try withStatement(sql, arguments) { statement in
            while try statement.step() {}
        }
    }

    // MARK: query

    /// All rows: `for row in try db.query("SELECT * FROM city WHERE country = ?", "FR") { ... }`.
    public func query(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> [Row] {
        try query(sql, Arguments(arguments))
    }

    public func query(_ sql: String, arguments: [(any SQLBindable)?]) throws -> [Row] {
        try query(sql, Arguments(arguments))
    }

    public func query(_ sql: String, named arguments: [String: (any SQLBindable)?]) throws -> [Row] {
        try query(sql, Arguments(arguments))
    }

    func query(_ sql: String, _ arguments: Arguments) throws -> [Row] {
        try withStatement(sql, arguments) { statement in
            var rows: [Row] = []
            while try statement.step() {
                rows.append(statement.currentRow())
            }
            return rows
        }
    }

    // MARK: queryOne

    /// The first row, or nil: `let city = try db.queryOne("SELECT * FROM city WHERE id = ?", id)`.
    public func queryOne(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> Row? {
        try queryOne(sql, Arguments(arguments))
    }

    public func queryOne(_ sql: String, arguments: [(any SQLBindable)?]) throws -> Row? {
        try queryOne(sql, Arguments(arguments))
    }

    public func queryOne(_ sql: String, named arguments: [String: (any SQLBindable)?]) throws -> Row? {
        try queryOne(sql, Arguments(arguments))
    }

    func queryOne(_ sql: String, _ arguments: Arguments) throws -> Row? {
        try withStatement(sql, arguments) { statement in
            try statement.step() ? statement.currentRow() : nil
        }
    }

    // MARK: scalar

    /// The first column of the first row, or nil when there is no row or the value is NULL:
    /// `let count: Int? = try db.scalar("SELECT count(*) FROM city")`. A value of another type throws.
    public func scalar<T: SQLConvertible>(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> T? {
        try scalar(sql, Arguments(arguments))
    }

    public func scalar<T: SQLConvertible>(_ sql: String, arguments: [(any SQLBindable)?]) throws -> T? {
        try scalar(sql, Arguments(arguments))
    }

    public func scalar<T: SQLConvertible>(_ sql: String, named arguments: [String: (any SQLBindable)?]) throws -> T? {
        try scalar(sql, Arguments(arguments))
    }

    func scalar<T: SQLConvertible>(_ sql: String, _ arguments: Arguments) throws -> T? {
        guard let row = try queryOne(sql, arguments), let value = row.values.first, !value.isNull else {
            return nil
        }
        return try row.get(at: 0, as: T.self)
    }
}
