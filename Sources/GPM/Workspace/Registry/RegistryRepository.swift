import SQLite

/// The registry's generic SQL: rows of any `RegistryEntity`, their junction links, option lists and
/// dependant counts. Identifiers come from the entity catalogue; every value is bound.
enum RegistryRepository {
    static let now = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"

    static func row(_ db: Connection, _ entity: RegistryEntity, id: Int) throws -> Row? {
        try db.queryOne("SELECT * FROM \(entity.table) WHERE id = ?", id)
    }

    static func insert(_ db: Connection, _ entity: RegistryEntity, values: [(String, SQLValue)]) throws -> Int {
        let columns = values.map(\.0).joined(separator: ", ")
        let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
        try db.run("INSERT INTO \(entity.table) (\(columns)) VALUES (\(marks))", arguments: values.map(\.1))
        return Int(db.lastInsertRowID)
    }

    /// False when the stored version is no longer `version` (or the row is gone).
    static func update(_ db: Connection, _ entity: RegistryEntity, id: Int, version: Int, values: [(String, SQLValue)]) throws -> Bool {
        let assignments = values.map { "\($0.0) = ?" }.joined(separator: ", ")
        try db.run(
            "UPDATE \(entity.table) SET \(assignments), version = version + 1, updated_at = \(now) WHERE id = ? AND version = ?",
            arguments: values.map(\.1) + [id, version])
        return db.changes > 0
    }

    static func delete(_ db: Connection, _ entity: RegistryEntity, id: Int) throws {
        try db.run("DELETE FROM \(entity.table) WHERE id = ?", id)
    }

    static func linkedIDs(_ db: Connection, _ link: RegistryLink, id: Int) throws -> [Int] {
        try db.query("SELECT \(link.targetColumn) AS target FROM \(link.table) WHERE \(link.ownerColumn) = ? ORDER BY 1", id)
            .map { try $0.int("target") }
    }

    static func setLinks(_ db: Connection, _ link: RegistryLink, id: Int, to ids: [Int]) throws {
        try db.run("DELETE FROM \(link.table) WHERE \(link.ownerColumn) = ?", id)
        for target in ids {
            try db.run("INSERT INTO \(link.table) (\(link.ownerColumn), \(link.targetColumn)) VALUES (?, ?)", id, target)
        }
    }

    static func options(_ db: Connection, sql: String) throws -> [FormField.Option] {
        try db.query(sql).map { row in
            let value = try row.value("value")
            let text: String = switch value {
            case .integer(let number): String(number)
            case .text(let string): string
            default: ""
            }
            return FormField.Option(text, try row.string("label"))
        }
    }

    static func count(_ db: Connection, sql: String, id: Int) throws -> Int {
        try db.scalar(sql, id) ?? 0
    }

    static func slugTaken(_ db: Connection, _ entity: RegistryEntity, slug: String, except id: Int?) throws -> Bool {
        try db.scalar("SELECT 1 FROM \(entity.table) WHERE slug = ? AND id <> ?", slug, id ?? 0) as Int? != nil
    }

    static func nextPosition(_ db: Connection, _ entity: RegistryEntity, column: String, scope: String, value: SQLValue) throws -> Int {
        (try db.scalar("SELECT max(\(column)) FROM \(entity.table) WHERE \(scope) = ?", value) as Int? ?? 0) + 1
    }

    /// One page of the list: `search` matched (ASCII case-insensitively) against the search columns.
    static func list(
        _ db: Connection, _ entity: RegistryEntity, search: String?, orderBy: String, limit: Int, offset: Int
    ) throws -> (total: Int, rows: [Row]) {
        var condition = "1"
        var arguments: [(any SQLBindable)?] = []
        if let search, !entity.searchColumns.isEmpty {
            condition = "(" + entity.searchColumns.map { "\($0) LIKE '%' || ? || '%'" }.joined(separator: " OR ") + ")"
            arguments = entity.searchColumns.map { _ in search }
        }
        let total: Int = try db.scalar("SELECT count(*) FROM \(entity.table) WHERE \(condition)", arguments: arguments) ?? 0
        let extra = entity.listColumns.enumerated().map { ", \($0.element.expression) AS column\($0.offset)" }.joined()
        let rows = try db.query(
            "SELECT id, \(entity.listTitle) AS title, updated_at\(extra) FROM \(entity.table) "
                + "WHERE \(condition) ORDER BY \(orderBy) LIMIT ? OFFSET ?",
            arguments: arguments + [limit, offset])
        return (total, rows)
    }
}
