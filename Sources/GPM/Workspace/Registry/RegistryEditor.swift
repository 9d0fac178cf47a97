import HTTP
import SQLite

/// Creates, updates and deletes registry records: checks the input, the version and the dependants,
/// and writes the change with its audit entry in one transaction.
struct RegistryEditor {
    let database: DatabasePool
    let entity: RegistryEntity

    enum SaveOutcome {
        case saved(id: Int)
        case invalid(RegistryForm, Validation)
        /// The stored version moved on: the record as it is now, and who saved it.
        case conflict(RegistryForm, stored: Row, links: [String: [Int]], by: String?)
    }

    enum DeleteOutcome {
        case deleted(title: String)
        case refused(reason: String)
    }

    /// Inserts (`id` nil) or updates the record from `input`; `version` is the one the form was loaded with.
    func save(_ input: FormInput, id: Int?, version: Int?, user: User) throws -> SaveOutcome {
        do {
            return try database.write { db in try save(db, input, id: id, version: version, user: user) }
        } catch let error as SQLiteError where error.isConstraintViolation {
            // A rule the form does not know (a unique pair, a CHECK): shown as a form error, never a 500.
            let form = try database.read { db in try RegistryForm.load(db, entity) }
            var check = Validation(input)
            check.fail("_record", RegistryRefusal.constraintMessage(error, entity: entity))
            return .invalid(form, check)
        }
    }

    private func save(_ db: Connection, _ input: FormInput, id: Int?, version: Int?, user: User) throws -> SaveOutcome {
        let form = try RegistryForm.load(db, entity)
        var parsed = form.parse(input, id: id)
        if case .text(let slug) = parsed.value("slug"), try RegistryRepository.slugTaken(db, entity, slug: slug, except: id) {
            parsed.check.fail("slug", "Another \(entity.singular) already uses the slug “\(slug)”.")
        }
        guard parsed.check.isValid else { return .invalid(form, parsed.check) }
        if let (column, scope) = entity.autoPosition, parsed.value(column).isNull {
            let next = try RegistryRepository.nextPosition(db, entity, column: column, scope: scope, value: parsed.value(scope))
            parsed.values = parsed.values.map { $0.0 == column ? (column, .integer(Int64(next))) : $0 }
        }
        guard let id else {
            let newID = try RegistryRepository.insert(db, entity, values: parsed.values)
            for link in entity.links { try RegistryRepository.setLinks(db, link, id: newID, to: parsed.links[link.name] ?? []) }
            let after = try snapshot(db, id: newID)
            try AuditLog.record(
                db, user: user, action: .create, entity: entity.auditName, id: newID,
                summary: "Created \(entity.singular) \(title(after))", after: after)
            return .saved(id: newID)
        }
        guard let before = try snapshot(db, id: id) else { throw HTTPError(.notFound) }
        guard let version, try RegistryRepository.update(db, entity, id: id, version: version, values: parsed.values) else {
            let stored = try RegistryRepository.row(db, entity, id: id)!
            let by: String? = try db.scalar(
                "SELECT user_email FROM audit_events WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
                entity.auditName, String(id))
            return .conflict(form, stored: stored, links: try links(db, id: id), by: by)
        }
        for link in entity.links { try RegistryRepository.setLinks(db, link, id: id, to: parsed.links[link.name] ?? []) }
        let after = try snapshot(db, id: id)
        try AuditLog.record(
            db, user: user, action: .update, entity: entity.auditName, id: id,
            summary: "Updated \(entity.singular) \(title(after))", before: before, after: after)
        return .saved(id: id)
    }

    /// Deletes the record unless blocking dependants refer to it (counted first; a foreign-key refusal
    /// from SQLite is reported the same way).
    func delete(id: Int, user: User) throws -> DeleteOutcome {
        do {
            return try database.write { db in
                guard let before = try snapshot(db, id: id) else { throw HTTPError(.notFound) }
                let blockers = try dependants(db, id: id).filter { $0.dependant.blocking }
                if !blockers.isEmpty { return .refused(reason: RegistryRefusal.reason(title(before), blockers)) }
                try RegistryRepository.delete(db, entity, id: id)
                try AuditLog.record(
                    db, user: user, action: .delete, entity: entity.auditName, id: id,
                    summary: "Deleted \(entity.singular) \(title(before))", before: before)
                return .deleted(title: title(before))
            }
        } catch let error as SQLiteError where error.isForeignKeyViolation || error.isConstraintViolation {
            let name = try database.read { db in try snapshot(db, id: id).map(title) } ?? "This \(entity.singular)"
            return .refused(reason: "\(name) cannot be deleted: other records still refer to it.")
        }
    }

    /// Every dependant kind with its count for this record (zero counts left out).
    func dependants(_ db: Connection, id: Int) throws -> [(dependant: RegistryDependant, count: Int)] {
        try entity.dependants.compactMap { dependant in
            let count = try RegistryRepository.count(db, sql: dependant.countSQL, id: id)
            return count > 0 ? (dependant, count) : nil
        }
    }

    func links(_ db: Connection, id: Int) throws -> [String: [Int]] {
        var links: [String: [Int]] = [:]
        for link in entity.links { links[link.name] = try RegistryRepository.linkedIDs(db, link, id: id) }
        return links
    }

    /// The record's columns (without timestamps) and its links as ids, as the audit log keeps them.
    func snapshot(_ db: Connection, id: Int) throws -> AuditSnapshot? {
        guard let row = try RegistryRepository.row(db, entity, id: id) else { return nil }
        var snapshot = AuditSnapshot(row: row, excluding: ["created_at", "updated_at"])
        for (name, ids) in try links(db, id: id) { snapshot.fields[name] = .string(ids.map(String.init).joined(separator: ", ")) }
        return snapshot
    }

    func title(_ snapshot: AuditSnapshot?) -> String {
        var text = snapshot?.fields[entity.titleColumn]?.display ?? ""
        if text.isEmpty { text = snapshot?.fields["slug"]?.display ?? "" }
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}
