import SQLite

/// Previews and writes a city import: every city of the plan created or updated in one transaction, each
/// with its audit entry, plus one entry for the import as a whole. Any failure rolls back the lot, so an import is all
/// or nothing.
struct CityImportService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// A row the database refused while it was being written (a constraint the checks did not foresee,
    /// or a city added by someone else in between): nothing was imported.
    struct InsertFailure: Error, Sendable {
        let line: Int
        let name: String
        let message: String
    }

    /// The plan of `text` against the registry as it is now.
    func preview(text: String, messages: Messages) throws -> CityImportPlan {
        try database.read { db in CityImportPlan(text: text, reference: try CityImportStore(db: db).reference(), messages: messages) }
    }

    /// What a commit did.
    struct Outcome: Sendable, Equatable {
        var created: [String] = []
        var updated: [String] = []
        var unchanged = 0
    }

    /// Creates the new rows of the plan of `text` and updates the cities whose rows change them, each
    /// with its audit entry (an update with the city before and after). The plan is made again inside
    /// the transaction against the registry as it is now, and must be committable and have the
    /// `fingerprint` of the plan the preview showed: otherwise nothing is written.
    func commit(text: String, fingerprint: String, user: User, messages: Messages) throws -> Result<Outcome, CommitRefusal> {
        let now = clock.timestamp()
        return try database.write { db in
            let store = CityImportStore(db: db)
            let audit = AuditStore(db: db)
            let plan = CityImportPlan(text: text, reference: try store.reference(), messages: messages)
            guard plan.isCommittable else { return .failure(CommitRefusal(plan: plan, registryChanged: false)) }
            guard plan.fingerprint == fingerprint else { return .failure(CommitRefusal(plan: plan, registryChanged: true)) }
            var outcome = Outcome()
            for row in plan.rows {
                do {
                    switch row.outcome {
                    case .create:
                        let id = try store.insert(row, now: now)
                        try audit.record(
                            at: now, user: user, action: .create, entity: "city", id: id, summary: "Imported \(row.name) from CSV",
                            after: try store.snapshot(cityID: id))
                        outcome.created.append(row.name)
                    case .update:
                        guard let id = row.existing?.id else { continue }
                        let before = try store.snapshot(cityID: id)
                        try store.update(row, cityID: id, now: now)
                        try audit.record(
                            at: now, user: user, action: .update, entity: "city", id: id,
                            summary: "Updated \(row.name) from CSV: " + row.changes.map(\.field).joined(separator: ", "),
                            before: before, after: try store.snapshot(cityID: id))
                        outcome.updated.append(row.name)
                    case .unchanged:
                        outcome.unchanged += 1
                    }
                } catch let error as SQLiteError {
                    throw InsertFailure(line: row.line, name: row.name, message: error.message)
                }
            }
            var summary = "Imported from CSV: \(outcome.created.count) created"
            if !outcome.created.isEmpty { summary += " (" + Self.names(outcome.created) + ")" }
            summary += ", \(outcome.updated.count) updated"
            if !outcome.updated.isEmpty { summary += " (" + Self.names(outcome.updated) + ")" }
            summary += ", \(outcome.unchanged) unchanged"
            try audit.record(at: now, user: user, action: "import", entity: "city_import", id: nil, summary: summary)
            return .success(outcome)
        }
    }

    /// "A, B, C" — or the first twenty and how many more, so a large import keeps a readable summary.
    static func names(_ names: [String]) -> String {
        let shown = names.prefix(20).joined(separator: ", ")
        return names.count > 20 ? shown + " and \(names.count - 20) more" : shown
    }

    /// The file had problems when it was committed: the plan shows them.
    struct CommitRefusal: Error, Sendable {
        let plan: CityImportPlan
        /// True when the file is fine but the registry changed since the preview (the plan differs).
        let registryChanged: Bool
    }
}
