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
    }

    /// Today as the office's forms default to and check against.
    func today() -> String { clock.today() }

    /// Every action with the city's stance.
    func actions(city: OfficeCity) throws -> [CommitmentActionStance] {
        try database.read { db in try CommitmentStore(db: db).actions(city: city.id) }
    }

    /// One action with the city's stance and its history, or 404 for an unknown slug.
    func actionDetail(city: OfficeCity, slug: String) throws -> CommitmentActionDetail {
        try database.read { db in
            let store = CommitmentStore(db: db)
            guard let action = try store.action(city: city.id, slug: slug) else { throw HTTPError(.notFound) }
            return CommitmentActionDetail(action: action, events: try action.commitment.map { try store.events(commitment: $0.id) } ?? [])
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
            try store.insertEvent(commitment: commitmentID, occurredOn: today, kind: kind, note: change.note, now: now)
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
        let now = clock.timestamp()
        return try database.write { db in
            let store = CommitmentStore(db: db)
            guard let action = try store.action(city: city.id, slug: slug) else { throw HTTPError(.notFound) }
            guard let before = try store.commitment(city: city.id, action: action.actionID) else {
                return update.version == 0 ? .notOptedIn : .stale
            }
            guard before.version == update.version else { return .stale }
            guard before.stance == .optedIn else { return .notOptedIn }
            let beforeSnapshot = try store.snapshot(id: before.id)
            try store.insertEvent(
                commitment: before.id, occurredOn: update.occurredOn, kind: .progress, progress: update.progress, note: update.note,
                evidenceURL: update.evidenceURL, now: now)
            guard try store.refreshProgress(id: before.id, version: update.version, now: now) else { return .stale }
            try AuditStore(db: db).record(
                at: now, user: user, action: AuditAction(CommitmentEventKind.progress.rawValue), entity: "commitment", id: before.id,
                summary: "\(city.name), \(action.label): \(update.progress.label.lowercased()) on \(update.occurredOn)",
                before: beforeSnapshot, after: try store.snapshot(id: before.id))
            return .saved
        }
    }
}
