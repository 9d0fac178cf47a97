import HTTP
import SQLite

/// Reads and changes one city's commitments. Each change writes the history event, updates the
/// commitments row (guarded by its version) and records the audit entry in one transaction, so all
/// three commit or none does. "Today" and the row's timestamps come from the platform clock.
struct CommitmentService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// What a change came to.
    enum Outcome: Equatable, Sendable {
        case saved
        /// Someone saved the commitment after the form was rendered; nothing was written.
        case stale
        /// The city already stands where the form asks it to.
        case unchanged
        /// Progress is only reported on an action the city is opted in to.
        case notOptedIn
        /// No reporting cycle is open: there is nothing to confirm for.
        case noCycle
        /// The city never opted in or out of the action: there is no commitment to confirm.
        case notCommitted
        /// The stance and the progress asked for contradict each other (the message says how).
        case contradiction(String)
    }

    /// Today as the office's forms default to and check against.
    func today() -> String { clock.today() }

    /// Every action with the city's stance and its freshness in the open cycle.
    func actions(city: OfficeCity, language: Language = .en) throws -> CommitmentOverview {
        try database.read { db in
            let cycle = try ReportingCycleStore(db: db).current(at: clock.now())
            return CommitmentOverview(
                cycle: cycle, actions: try CommitmentStore(db: db).actions(city: city.id, currentCycle: cycle?.year),
                translations: try ContentTranslationStore(db: db).translations(language))
        }
    }

    /// Any city's commitments for the secretariat's page (404 when there is no such city).
    func cityOverview(cityID: Int, language: Language = .en) throws -> (city: OfficeCity, overview: CommitmentOverview) {
        try database.read { db in
            let store = CommitmentStore(db: db)
            guard let city = try store.city(id: cityID) else { throw HTTPError(.notFound) }
            let cycle = try ReportingCycleStore(db: db).current(at: clock.now())
            return (city, CommitmentOverview(
                cycle: cycle, actions: try store.actions(city: cityID, currentCycle: cycle?.year),
                translations: try ContentTranslationStore(db: db).translations(language)))
        }
    }

    /// One action with the city's stance and its history, or 404 for an unknown slug.
    func actionDetail(city: OfficeCity, slug: String, language: Language = .en) throws -> CommitmentActionDetail {
        try database.read { db in
            let store = CommitmentStore(db: db)
            let cycle = try ReportingCycleStore(db: db).current(at: clock.now())
            guard let action = try store.action(city: city.id, slug: slug, currentCycle: cycle?.year) else { throw HTTPError(.notFound) }
            return CommitmentActionDetail(
                action: action, cycle: cycle, events: try action.commitment.map { try store.events(commitment: $0.id) } ?? [],
                translations: try ContentTranslationStore(db: db).translations(language))
        }
    }

    /// "No change": the office confirms that its commitment to the action named by `slug` still stands as
    /// recorded, for the open cycle. `.stale` when the commitment changed since the page was read, `.noCycle`
    /// when no cycle is open, `.notCommitted` when the city never opted in or out (nothing to confirm).
    func confirm(city: OfficeCity, slug: String, version: Int, by user: User) throws -> Outcome {
        let today = clock.today(), now = clock.timestamp()
        return try database.write { db in
            let store = CommitmentStore(db: db)
            guard let action = try store.action(city: city.id, slug: slug) else { throw HTTPError(.notFound) }
            guard let cycle = try ReportingCycleStore(db: db).current(at: clock.now()) else { return .noCycle }
            guard let commitment = action.commitment else { return .notCommitted }
            guard commitment.version == version else { return .stale }
            try confirmUnchanged(db, commitment: commitment.id, label: action.label, city: city, year: cycle.year, today: today, now: now, by: user)
            return .saved
        }
    }

    /// "Confirm all unchanged": confirms, for the open cycle, every commitment of the city not yet confirmed
    /// in it, each with its own audit entry. Returns how many were confirmed (nil: no cycle is open).
    func confirmAllUnchanged(city: OfficeCity, by user: User) throws -> Int? {
        let today = clock.today(), now = clock.timestamp()
        return try database.write { db in
            guard let cycle = try ReportingCycleStore(db: db).current(at: clock.now()) else { return nil }
            var count = 0
            for action in try CommitmentStore(db: db).actions(city: city.id, currentCycle: cycle.year) {
                guard let commitment = action.commitment, !commitment.freshness.isConfirmedForCurrentCycle else { continue }
                try confirmUnchanged(db, commitment: commitment.id, label: action.label, city: city, year: cycle.year, today: today, now: now, by: user)
                count += 1
            }
            return count
        }
    }

    private func confirmUnchanged(
        _ db: Connection, commitment: Int, label: String, city: OfficeCity, year: Int, today: String, now: String, by user: User
    ) throws {
        let confirmations = CommitmentConfirmationStore(db: db)
        let before = try confirmations.snapshot(commitment: commitment, year: year)
        try confirmations.confirm(commitment: commitment, year: year, kind: .unchanged, on: today, at: now, by: user, bySecretariat: false)
        try AuditStore(db: db).record(
            at: now, user: user, action: AuditAction("confirm"), entity: "commitment", id: commitment,
            summary: "\(city.name) confirmed \(label) without change for the \(year) cycle",
            before: before, after: try confirmations.snapshot(commitment: commitment, year: year))
    }

    /// A change counts as the cycle's confirmation ("confirmed or updated"), when a cycle is open.
    private func confirmUpdated(_ db: Connection, commitment: Int, today: String, now: String, by user: User, bySecretariat: Bool) throws {
        guard let cycle = try ReportingCycleStore(db: db).current(at: clock.now()) else { return }
        try CommitmentConfirmationStore(db: db).confirm(
            commitment: commitment, year: cycle.year, kind: .updated, on: today, at: now, by: user, bySecretariat: bySecretariat)
    }

    /// The secretariat records a city's stance and progress on one action (a city without an account, or on
    /// its behalf): the change, its history events, the cycle's confirmation and one audit entry, marked
    /// "recorded by the secretariat". A progress that contradicts the stance is refused (`.contradiction`).
    func record(_ record: SecretariatRecord, cityID: Int, by user: User) throws -> Outcome {
        let today = clock.today(), now = clock.timestamp()
        return try database.write { db in
            let store = CommitmentStore(db: db)
            guard let city = try store.city(id: cityID), let action = try store.action(city: cityID, slug: record.actionSlug) else {
                throw HTTPError(.notFound)
            }
            if let message = CommitmentStance.contradiction(record.stance, progress: record.progress) { return .contradiction(message) }
            let before = try store.commitment(city: cityID, action: action.actionID)
            let beforeSnapshot = try before.flatMap { try store.snapshot(id: $0.id) }
            let id: Int
            var changed = false
            if let before {
                if let version = record.version, version != before.version { return .stale }
                id = before.id
                if before.stance != record.stance {
                    guard try store.setStance(id: id, stance: record.stance, since: record.occurredOn, version: before.version, now: now, bySecretariat: true)
                    else { return .stale }
                    changed = true
                }
            } else {
                if let version = record.version, version != 0 { return .stale }
                id = try store.insert(city: cityID, action: action.actionID, stance: record.stance, since: record.occurredOn, now: now, bySecretariat: true)
                changed = true
            }
            if changed {
                try store.insertEvent(
                    commitment: id, occurredOn: record.occurredOn, kind: record.stance.eventKind, note: record.progress == nil ? record.note : nil,
                    language: record.noteLanguage, now: now, bySecretariat: true)
            }
            if let progress = record.progress, progress != before?.progress || record.note != nil {
                try store.insertEvent(
                    commitment: id, occurredOn: record.occurredOn, kind: .progress, progress: progress, note: record.note,
                    language: record.noteLanguage, evidenceURL: record.evidenceURL, now: now, bySecretariat: true)
                guard let current = try store.commitment(city: cityID, action: action.actionID),
                      try store.refreshProgress(id: id, version: current.version, now: now, bySecretariat: true) else { return .stale }
                changed = true
            }
            guard changed else { return .unchanged }
            try confirmUpdated(db, commitment: id, today: today, now: now, by: user, bySecretariat: true)
            let progressText = record.progress.map { ", progress \($0.label.lowercased())" } ?? ""
            try AuditStore(db: db).record(
                at: now, user: user, action: before == nil ? .create : .update, entity: "commitment", id: id,
                summary: "Recorded by the secretariat: \(city.name) \(record.stance.label.lowercased()) \(action.label)\(progressText)",
                before: beforeSnapshot, after: try store.snapshot(id: id))
            return .saved
        }
    }

    /// Opts the city in to or out of the action named by `slug` (404 when there is none).
    func changeStance(_ change: StanceChange, city: OfficeCity, slug: String, by user: User) throws -> Outcome {
        let today = clock.today(), now = clock.timestamp()
        return try database.write { db in
            let store = CommitmentStore(db: db)
            guard let action = try store.action(city: city.id, slug: slug) else { throw HTTPError(.notFound) }
            let before = try store.commitment(city: city.id, action: action.actionID)
            let beforeSnapshot = try before.flatMap { try store.snapshot(id: $0.id) }
            let commitmentID: Int
            if let before {
                guard before.version == change.version else { return .stale }
                guard before.stance != change.stance else { return .unchanged }
                guard try store.setStance(id: before.id, stance: change.stance, since: today, version: change.version, now: now) else {
                    return .stale
                }
                commitmentID = before.id
            } else {
                guard change.version == 0 else { return .stale }
                commitmentID = try store.insert(city: city.id, action: action.actionID, stance: change.stance, since: today, now: now)
            }
            let kind = change.stance.eventKind
            try store.insertEvent(commitment: commitmentID, occurredOn: today, kind: kind, note: change.note, language: change.noteLanguage, now: now)
            try confirmUpdated(db, commitment: commitmentID, today: today, now: now, by: user, bySecretariat: false)
            let verb = change.stance == .optedIn ? "opted in to" : "opted out of"
            try AuditStore(db: db).record(
                at: now, user: user, action: before == nil ? .create : AuditAction(kind.rawValue), entity: "commitment", id: commitmentID,
                summary: "\(city.name) \(verb) \(action.label)" + (change.note.map { ": \($0)" } ?? ""),
                before: beforeSnapshot, after: try store.snapshot(id: commitmentID))
            return .saved
        }
    }

    /// Reports progress on the action named by `slug` (404 when there is none); only while opted in.
    func reportProgress(_ update: ProgressUpdate, city: OfficeCity, slug: String, by user: User) throws -> Outcome {
        let today = clock.today(), now = clock.timestamp()
        return try database.write { db in
            let store = CommitmentStore(db: db)
            guard let action = try store.action(city: city.id, slug: slug) else { throw HTTPError(.notFound) }
            guard let before = try store.commitment(city: city.id, action: action.actionID) else {
                return update.version == 0 ? .notOptedIn : .stale
            }
            guard before.version == update.version else { return .stale }
            guard CommitmentStance.allows(before.stance, progress: update.progress) else { return .notOptedIn }
            let beforeSnapshot = try store.snapshot(id: before.id)
            try store.insertEvent(
                commitment: before.id, occurredOn: update.occurredOn, kind: .progress, progress: update.progress, note: update.note,
                language: update.noteLanguage, evidenceURL: update.evidenceURL, now: now)
            guard try store.refreshProgress(id: before.id, version: update.version, now: now) else { return .stale }
            try confirmUpdated(db, commitment: before.id, today: today, now: now, by: user, bySecretariat: false)
            try AuditStore(db: db).record(
                at: now, user: user, action: AuditAction(CommitmentEventKind.progress.rawValue), entity: "commitment", id: before.id,
                summary: "\(city.name), \(action.label): \(update.progress.label.lowercased()) on \(update.occurredOn)",
                before: beforeSnapshot, after: try store.snapshot(id: before.id))
            return .saved
        }
    }
}
