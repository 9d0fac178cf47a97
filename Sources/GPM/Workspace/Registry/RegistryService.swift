import Foundation
import HTTP
import SQLite

/// Reads and writes registry records of any `RegistryEntity`: checks the input, the version and the
/// dependants, and writes the change with its audit entry in one transaction. Each page reads in one snapshot.
struct RegistryService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// What a save came to.
    enum SaveOutcome {
        case saved(id: Int)
        case invalid(RegistryForm, Validation)
        /// The stored version moved on: the record as it is now, and who saved it.
        case conflict(RegistryForm, stored: Row, links: [String: [Int]], by: String?)
    }

    /// What a delete came to.
    enum DeleteOutcome {
        case deleted(title: String)
        case refused(reason: String)
    }

    // MARK: Reading

    /// The entity's empty form with its options.
    func form(_ entity: RegistryEntity) throws -> RegistryForm {
        try database.read { db in try RegistryStore(db: db).form(entity) }
    }

    /// The new-record form, and for an entity that `findsWorldCities` the world cities whose name starts
    /// with `search` (the 20 most populous) and the one `chosen` (a GeoNames id), nil for other entities.
    func newForm(_ entity: RegistryEntity, search: String?, chosen: Int?) throws -> (form: RegistryForm, worldCities: WorldCitySearch?) {
        try database.read { db in
            let form = try RegistryStore(db: db).form(entity)
            guard entity.findsWorldCities else { return (form, nil) }
            let store = CountryStore(db: db)
            let query = search.map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(100)) }.flatMap { $0.isEmpty ? nil : $0 }
            let matches = try query.map { try store.worldCities(prefix: $0, foldedPrefix: NameFolding.fold($0), limit: 20) } ?? []
            let city = try chosen.flatMap { try store.worldCity(id: $0) }
            return (form, WorldCitySearch(query: query, matches: matches, chosen: city))
        }
    }

    /// One page of the entity's list: the total matching `search` and the rows of the requested page.
    func list(_ entity: RegistryEntity, search: String?, order: [RegistryOrder], requestedPage: String?, perPage: Int) throws
        -> (total: Int, rows: [Row], pagination: Pagination)
    {
        try database.read { db in
            let store = RegistryStore(db: db)
            let total = try store.list(entity, search: search, order: order, limit: 0, offset: 0).total
            let pagination = Pagination(requestedPage: requestedPage, perPage: perPage, total: total)
            let rows = try store.list(entity, search: search, order: order, limit: pagination.perPage, offset: pagination.offset).rows
            return (total, rows, pagination)
        }
    }

    /// Every entity of the catalogue with its count.
    func counts() throws -> [(entity: RegistryEntity, count: Int)] {
        try database.read { db in
            let store = RegistryStore(db: db)
            return try RegistryCatalogue.all.map { ($0, try store.count($0)) }
        }
    }

    /// Everything the edit page of a record shows, or nil when there is no such record.
    func edit(_ entity: RegistryEntity, id: Int) throws -> RegistryEditData? {
        try database.read { db in
            let store = RegistryStore(db: db)
            guard let row = try store.row(entity, id: id) else { return nil }
            let sources = try entity.contentEntity.map { try ContentTranslationStore(db: db).sources($0, id: id) } ?? [:]
            return RegistryEditData(
                form: try store.form(entity), row: row, links: try store.links(entity, id: id),
                dependants: try store.dependants(entity, id: id),
                translations: try entity.contentEntity.map { try ContentTranslationStore(db: db).record($0, id: id) } ?? [:],
                outdatedTranslations: try Self.outdated(row: row, sources: sources),
                section: try entity.section.map { try RegistrySectionStore(db: db).rows($0, id: id) },
                history: try AuditStore(db: db).history(entity: entity.auditName, id: id))
        }
    }

    /// The record's title and dependants for the delete confirmation, or nil when there is no such record.
    func deletion(_ entity: RegistryEntity, id: Int) throws -> (title: RegistryRecordTitle, dependants: [(dependant: RegistryDependant, count: Int)])? {
        try database.read { db in
            let store = RegistryStore(db: db)
            guard let snapshot = try store.snapshot(entity, id: id) else { return nil }
            let title = RegistryRecordTitle(text: Self.title(entity, snapshot), language: entity.textLanguage?.language(of: snapshot))
            return (title, try store.dependants(entity, id: id))
        }
    }

    // MARK: Writing

    /// Inserts (`id` nil) or updates the record from `input`; `version` is the one the form was loaded with.
    func save(
        _ entity: RegistryEntity, _ input: FormInput, id: Int?, version: Int?, user: User,
        messages: Messages = Localization.englishOnly.messages(.en)
    ) throws -> SaveOutcome {
        let now = clock.timestamp()
        do {
            return try database.write { db in
                try save(RegistryStore(db: db), entity, input, id: id, version: version, user: user, now: now, messages: messages)
            }
        } catch let error as SQLiteError where error.isConstraintViolation {
            // A rule the form does not know (a unique pair, a CHECK): shown as a form error, never a 500.
            let form = try self.form(entity)
            var check = Validation(input, messages: messages)
            check.fail("_record", RegistryRefusal.constraintMessage(error, entity: entity, messages))
            return .invalid(form, check)
        }
    }

    private func save(
        _ store: RegistryStore, _ entity: RegistryEntity, _ input: FormInput, id: Int?, version: Int?, user: User, now: String,
        messages: Messages
    ) throws -> SaveOutcome {
        let form = try store.form(entity)
        var parsed = form.parse(input, id: id, messages: messages)
        // A new city left without a slug takes it from GeoNames' ASCII name when the world-cities table
        // knows the place (the derived slug transliterates the name otherwise).
        if id == nil, entity.table == "cities", input.trimmed("slug") == nil,
           case .text(let name) = parsed.value("name"), case .text(let country) = parsed.value("country_code"),
           let ascii = try store.worldCityASCIIName(name: name, countryCode: country), !Slug.make(ascii).isEmpty {
            parsed.values = parsed.values.map { $0.0 == "slug" ? ("slug", .text(Slug.make(ascii))) : $0 }
        }
        if case .text(let slug) = parsed.value("slug"), try store.slugTaken(entity, slug: slug, except: id) {
            parsed.check.fail("slug", messages.t(
                "Another {entity.singular} already uses the slug “{slug}”.", ["entity.singular": entity.singular(messages), "slug": slug]))
        }
        guard parsed.check.isValid else { return .invalid(form, parsed.check) }
        if let (column, scope) = entity.autoPosition, parsed.value(column).isNull {
            let next = try store.nextPosition(entity, column: column, scope: scope, value: parsed.value(scope))
            parsed.values = parsed.values.map { $0.0 == column ? (column, .integer(Int64(next))) : $0 }
        }
        guard let id else {
            let newID = try store.insert(entity, values: parsed.values, now: now)
            for link in entity.links { try store.setLinks(link, id: newID, to: parsed.links[link.name] ?? []) }
            try saveTranslations(store, entity, parsed, id: newID, now: now)
            let after = try store.snapshot(entity, id: newID)
            try AuditStore(db: store.db).record(
                at: now, user: user, action: .create, entity: entity.auditName, id: newID,
                summary: "Created \(entity.singular) \(Self.title(entity, after))", after: after)
            return .saved(id: newID)
        }
        guard let before = try store.snapshot(entity, id: id) else { throw HTTPError(.notFound) }
        guard let version, try store.update(entity, id: id, version: version, values: parsed.values, now: now) else {
            // The row was there a moment ago in this same transaction; gone now would be a broken database.
            guard let stored = try store.row(entity, id: id) else { throw HTTPError(.notFound) }
            return .conflict(form, stored: stored, links: try store.links(entity, id: id), by: try store.lastEditor(entity, id: id))
        }
        for link in entity.links { try store.setLinks(link, id: id, to: parsed.links[link.name] ?? []) }
        try saveTranslations(store, entity, parsed, id: id, now: now)
        let after = try store.snapshot(entity, id: id)
        try AuditStore(db: store.db).record(
            at: now, user: user, action: .update, entity: entity.auditName, id: id,
            summary: "Updated \(entity.singular) \(Self.title(entity, after))", before: before, after: after)
        return .saved(id: id)
    }

    /// Writes the translations typed into the form (an emptied one is removed). A translation whose text
    /// changed is recorded as made from the original as saved now; one left as it was keeps its source, so
    /// editing the original makes it out of date — until it is edited too, or confirmed with its checkbox.
    private func saveTranslations(_ store: RegistryStore, _ entity: RegistryEntity, _ parsed: RegistryForm.Parsed, id: Int, now: String) throws {
        guard let content = entity.contentEntity else { return }
        let translations = ContentTranslationStore(db: store.db)
        for (column, language, text, confirmed) in parsed.translations {
            let source: String? = if case .text(let original) = parsed.value(column) { original } else { nil }
            try translations.set(content, id: id, field: column, language: language, text: text, source: source, now: now)
            if confirmed, text != nil {
                try translations.confirm(content, id: id, field: column, language: language, source: source, now: now)
            }
        }
        // The search index holds the translations too (each stemmed in its language): read them again.
        if !parsed.translations.isEmpty { try SearchIndexStore(db: store.db).refresh(table: entity.table, id: id) }
    }

    /// The form names (`text__fr`) of the translations made from an original that has changed since.
    static func outdated(row: Row, sources: [String: [Language: String]]) throws -> Set<String> {
        var names: Set<String> = []
        for (column, byLanguage) in sources where row.hasColumn(column) {
            let current = try row.optionalString(column)
            for (language, source) in byLanguage where source != current {
                names.insert(RegistryEntity.translationName(column, language))
            }
        }
        return names
    }

    /// Deletes the record unless blocking dependants refer to it (counted first; a foreign-key refusal
    /// from SQLite is reported the same way).
    func delete(_ entity: RegistryEntity, id: Int, user: User, messages: Messages) throws -> DeleteOutcome {
        let now = clock.timestamp()
        do {
            return try database.write { db in
                let store = RegistryStore(db: db)
                guard let before = try store.snapshot(entity, id: id) else { throw HTTPError(.notFound) }
                let title = Self.title(entity, before)
                let blockers = try store.dependants(entity, id: id).filter { $0.dependant.blocking }
                if !blockers.isEmpty { return .refused(reason: RegistryRefusal.reason(title, blockers, messages)) }
                try store.delete(entity, id: id)
                try AuditStore(db: db).record(
                    at: now, user: user, action: .delete, entity: entity.auditName, id: id,
                    summary: "Deleted \(entity.singular) \(title)", before: before)
                return .deleted(title: title)
            }
        } catch let error as SQLiteError where error.isForeignKeyViolation || error.isConstraintViolation {
            let name = try database.read { db in try RegistryStore(db: db).snapshot(entity, id: id).map { Self.title(entity, $0) } }
            guard let name else {
                return .refused(reason: messages.t(
                    "This {entity.singular} cannot be deleted: other records still refer to it.",
                    ["entity.singular": entity.singular(messages)]))
            }
            return .refused(reason: messages.t("{title} cannot be deleted: other records still refer to it.", ["title": name]))
        }
    }

    /// The record's name in headings and messages: its title column, else its slug, cut at 80 characters.
    static func title(_ entity: RegistryEntity, _ snapshot: AuditSnapshot?) -> String {
        var text = snapshot?.fields[entity.titleColumn]?.display ?? ""
        if text.isEmpty { text = snapshot?.fields["slug"]?.display ?? "" }
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}

/// A record's edit page as read in one snapshot.
struct RegistryEditData {
    let form: RegistryForm
    let row: Row
    let links: [String: [Int]]
    let dependants: [(dependant: RegistryDependant, count: Int)]
    /// The record's translations by column and language.
    let translations: [String: [Language: String]]
    /// The form names of the translations whose original has changed since they were written (`text__fr`).
    var outdatedTranslations: Set<String> = []
    /// The related-rows section's rows, for entities that have one.
    let section: RegistrySectionRows?
    let history: [AuditEvent]
}
