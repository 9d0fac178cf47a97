import SQLite

/// The registry's generic SQL: rows of any `RegistryEntity`, their junction links, their forms' options
/// and dependant counts (through `RegistryCatalogueStore`). Identifiers come from the entity catalogue; every value is bound.
struct RegistryStore {
    let db: Connection

    private var catalogue: RegistryCatalogueStore { RegistryCatalogueStore(db: db) }

    /// The record's stored row, or nil.
    func row(_ entity: RegistryEntity, id: Int) throws -> Row? {
        try db.queryOne("SELECT * FROM \(entity.table) WHERE id = ?", id)
    }

    /// Inserts a record created and updated at `now`; returns its id.
    func insert(_ entity: RegistryEntity, values: [(String, SQLValue)], now: String) throws -> Int {
        let values = values + [("created_at", .text(now)), ("updated_at", .text(now))]
        let columns = values.map(\.0).joined(separator: ", ")
        let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
        try db.run("INSERT INTO \(entity.table) (\(columns)) VALUES (\(marks))", arguments: values.map(\.1))
        let id = Int(db.lastInsertRowID)
        try SearchIndexStore(db: db).refresh(table: entity.table, id: id)
        return id
    }

    /// False when the stored version is no longer `version` (or the row is gone).
    func update(_ entity: RegistryEntity, id: Int, version: Int, values: [(String, SQLValue)], now: String) throws -> Bool {
        let assignments = values.map { "\($0.0) = ?" }.joined(separator: ", ")
        var oldSlug: String?
        if entity.table == "cities" { oldSlug = try db.scalar("SELECT slug FROM cities WHERE id = ?", id) }
        try db.run(
            "UPDATE \(entity.table) SET \(assignments), version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
            arguments: values.map(\.1) + [now, id, version])
        guard db.changes > 0 else { return false }
        if let oldSlug { try CitySlugHistoryStore(db: db).record(cityID: id, previous: oldSlug, now: now) }
        try SearchIndexStore(db: db).refresh(table: entity.table, id: id)
        return true
    }

    /// Deletes the record; SQLite refuses it while foreign keys still point at it.
    func delete(_ entity: RegistryEntity, id: Int) throws {
        try SearchIndexStore(db: db).remove(table: entity.table, id: id)
        try db.run("DELETE FROM \(entity.table) WHERE id = ?", id)
    }

    /// The ids a record links to through `link`, ascending.
    func linkedIDs(_ link: RegistryLink, id: Int) throws -> [Int] {
        try db.query("SELECT \(link.targetColumn) AS target FROM \(link.table) WHERE \(link.ownerColumn) = ? ORDER BY 1", id)
            .map { try $0.int("target") }
    }

    /// Replaces a record's links through `link` with `ids`.
    func setLinks(_ link: RegistryLink, id: Int, to ids: [Int]) throws {
        try db.run("DELETE FROM \(link.table) WHERE \(link.ownerColumn) = ?", id)
        for target in ids {
            try db.run("INSERT INTO \(link.table) (\(link.ownerColumn), \(link.targetColumn)) VALUES (?, ?)", id, target)
        }
    }

    /// GeoNames' ASCII name of the most populous world city called `name` in the country, or nil.
    func worldCityASCIIName(name: String, countryCode: String) throws -> String? {
        try db.scalar(
            "SELECT ascii_name FROM world_cities WHERE country_code = ? AND name = ? ORDER BY population DESC LIMIT 1", countryCode, name)
    }

    /// Whether another record of the entity already uses `slug`.
    func slugTaken(_ entity: RegistryEntity, slug: String, except id: Int?) throws -> Bool {
        try db.scalar("SELECT 1 FROM \(entity.table) WHERE slug = ? AND id <> ?", slug, id ?? 0) as Int? != nil
    }

    /// One past the highest `column` among the records sharing `scope`'s value.
    func nextPosition(_ entity: RegistryEntity, column: String, scope: String, value: SQLValue) throws -> Int {
        (try db.scalar("SELECT max(\(column)) FROM \(entity.table) WHERE \(scope) = ?", value) as Int? ?? 0) + 1
    }

    /// One page of the list: `search` matched (ASCII case-insensitively) against the search columns.
    func list(
        _ entity: RegistryEntity, search: String?, order: [RegistryOrder], limit: Int, offset: Int
    ) throws -> (total: Int, rows: [Row]) {
        var condition = "1"
        var arguments: [(any SQLBindable)?] = []
        if let search, !entity.searchColumns.isEmpty {
            condition = "(" + entity.searchColumns.map { "\($0) LIKE '%' || ? || '%'" }.joined(separator: " OR ") + ")"
            arguments = entity.searchColumns.map { _ in search }
        }
        let total: Int = try db.scalar("SELECT count(*) FROM \(entity.table) WHERE \(condition)", arguments: arguments) ?? 0
        let extra = entity.listColumns.enumerated().map {
            ", \(RegistryCatalogueStore.expression($0.element.value, table: entity.table)) AS column\($0.offset)"
        }.joined()
        // The column holding the records' language, when they say it (`RegistryTextLanguage.language(of:)`).
        let language = if case .column(let column)? = entity.textLanguage { ", \(column)" } else { "" }
        let rows = try db.query(
            "SELECT id, \(RegistryCatalogueStore.title(entity)) AS title, updated_at\(extra)\(language) FROM \(entity.table) "
                + "WHERE \(condition) ORDER BY \(RegistryCatalogueStore.orderBy(order)) LIMIT ? OFFSET ?",
            arguments: arguments + [limit, offset])
        return (total, rows)
    }

    /// How many records the entity has.
    func count(_ entity: RegistryEntity) throws -> Int {
        try db.scalar("SELECT count(*) FROM \(entity.table)") ?? 0
    }

    /// Who saved the record last, by the audit log (nil: nobody the log knows).
    func lastEditor(_ entity: RegistryEntity, id: Int) throws -> String? {
        try db.scalar(
            "SELECT user_email FROM audit_events WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
            entity.auditName, String(id))
    }

    /// The entity's form with the options of every select and checkbox group read now.
    func form(_ entity: RegistryEntity) throws -> RegistryForm {
        var options: [String: [FormField.Option]] = [:]
        for field in entity.fields {
            switch field.kind {
            case .choice(let choice): options[field.column] = choice.options(Localization.englishOnly.messages(.en))
            case .reference(let list, _): options[field.column] = try catalogue.options(list)
            default: break
            }
        }
        for link in entity.links { options[link.name] = try catalogue.options(link.options) }
        var form = RegistryForm(entity: entity, options: options)
        // Themes are offered by name in the reader's language: their translations, read in this snapshot.
        let offersThemes = entity.links.contains { if case .themes = $0.options { true } else { false } }
            || entity.fields.contains { if case .reference(.themes, _) = $0.kind { true } else { false } }
        if offersThemes {
            let store = ContentTranslationStore(db: db)
            for language in Language.allCases where language != .en { form.translations[language] = try store.translations(language) }
        }
        return form
    }

    /// Every link of the record as ids, by link name.
    func links(_ entity: RegistryEntity, id: Int) throws -> [String: [Int]] {
        var links: [String: [Int]] = [:]
        for link in entity.links { links[link.name] = try linkedIDs(link, id: id) }
        return links
    }

    /// The record's columns (without timestamps) and its links as ids, as the audit log keeps them.
    func snapshot(_ entity: RegistryEntity, id: Int) throws -> AuditSnapshot? {
        guard let row = try row(entity, id: id) else { return nil }
        var snapshot = AuditSnapshot(row: row, excluding: ["created_at", "updated_at"])
        for (name, ids) in try links(entity, id: id) { snapshot.fields[name] = .string(ids.map(String.init).joined(separator: ", ")) }
        // Translations are part of the record as staff edit it: the history shows them changing (`summary__fr`).
        if let content = entity.contentEntity {
            for (field, texts) in try ContentTranslationStore(db: db).record(content, id: id) {
                for (language, text) in texts { snapshot.fields[RegistryEntity.translationName(field, language)] = .string(text) }
            }
        }
        return snapshot
    }

    /// Every dependant kind with its count for this record (zero counts left out).
    func dependants(_ entity: RegistryEntity, id: Int) throws -> [(dependant: RegistryDependant, count: Int)] {
        try entity.dependants.compactMap { dependant in
            let count = try catalogue.count(dependant.counts, id: id)
            return count > 0 ? (dependant, count) : nil
        }
    }
}
