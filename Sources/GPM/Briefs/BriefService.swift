import Foundation
import HTTP
import SQLite

/// The Mayor Brief workflow: every change to a brief goes through here. Each method opens one write
/// transaction, loads the brief, checks the step with `BriefStateMachine` and `Policy`, makes the change,
/// and in the same transaction freezes a version (on submit), records the review (on a decision), writes
/// the audit entry and notifies the city's office. Errors are `BriefWorkflowError` (use `.httpError(messages)` for a
/// page) or `HTTPError` for files. Reading methods are in `BriefService+Reading.swift`.
///
/// ```swift
/// let briefs = BriefService(database: app.database, clock: app.clock)
/// let brief = try briefs.create(city: cityID, year: 2026, by: user)
/// _ = try briefs.publish(briefID: brief.id, review: BriefReview(comment: "Exemplary.", ratings: ratings), by: reviewer)
/// ```
public struct BriefService: Sendable {
    /// The audit log's entity name for briefs.
    public static let auditEntity = "mayor_brief"

    let database: DatabasePool
    let clock: PlatformClock
    /// Section lengths, files per brief, bytes per city (`AppConfiguration.briefLimits`).
    let limits: BriefLimits
    /// The language the refusals' messages are written in (English unless `speaking(_:)` says otherwise).
    private(set) var messages = Localization.englishOnly.messages(.en)

    public init(database: DatabasePool, clock: PlatformClock, limits: BriefLimits = BriefLimits()) {
        self.database = database
        self.clock = clock
        self.limits = limits
    }

    /// The same service, its refusals (the messages of `BriefWorkflowError.incomplete`/`.invalid`, a refused
    /// file, a closed cycle) written in the language of `messages`: a route passes its request's
    /// (`briefs.speaking(app.messages).submit(…)`), so the page shows them in the reader's language.
    func speaking(_ messages: Messages) -> BriefService {
        var copy = self
        copy.messages = messages
        return copy
    }

    /// The rules over one transaction's connection, stamped with one instant. Only the service's own
    /// methods build it, inside their one `database.read` or `database.write`.
    func steps(_ db: Connection) -> BriefSteps {
        BriefSteps(db: db, now: clock.timestamp(), limits: limits, messages: messages)
    }

    // MARK: Office

    /// Creates the city's draft for `year`. With `startFromPrevious`, the six sections, linked actions,
    /// themes, SDGs and files (by reference) come from the city's latest earlier brief.
    /// Throws `.duplicate` when the city has a brief for that year, `.forbidden` unless `user` files for `city`.
    public func create(city cityID: Int, year: Int, by user: User, startFromPrevious: Bool = false) throws -> BriefRecord {
        try database.write { db in try steps(db).create(city: cityID, year: year, by: user, startFromPrevious: startFromPrevious) }
    }

    /// Creates the city's draft for `year`, whose reporting cycle must be open now (by its dates, in the
    /// secretariat's time zone); 409 otherwise. Without a year: the latest open cycle in which the city has
    /// no brief yet (else the latest open one, which answers `.duplicate`).
    func createInOpenCycle(city cityID: Int, year: Int?, by user: User, startFromPrevious: Bool) throws -> BriefRecord {
        let now = clock.now()
        return try database.write { db in
            let open = try ReportingCycleStore(db: db).openCycles(at: now)
            let briefs = BriefStore(db: db)
            let cycle = try year.map { year in open.first { $0.year == year } }
                ?? (try open.first(where: { try briefs.record(cityID: cityID, year: $0.year) == nil }) ?? open.first)
            guard let cycle else {
                throw HTTPError(
                    .conflict,
                    year.map { messages.t("The {year} reporting cycle is not open, so its Mayor Brief cannot be started.", ["year": String($0)]) }
                        ?? messages.t("No reporting cycle is open; the secretariat opens one each year."))
            }
            return try steps(db).create(city: cityID, year: cycle.year, by: user, startFromPrevious: startFromPrevious)
        }
    }

    /// Saves the office's text and links when `expectedVersion` is still current; returns the brief as saved.
    /// Throws `.stale(current:)` when someone saved in between, `.notAllowed` once the brief is submitted.
    @discardableResult
    public func update(briefID: Int, fields: BriefFields, expectedVersion: Int, by user: User) throws -> BriefRecord {
        try database.write { db in try steps(db).update(briefID: briefID, fields: fields, expectedVersion: expectedVersion, by: user) }
    }

    /// The edit form's one post: saves the text and links (as `update`), removes the file `remove` (if
    /// any) and attaches `files`, all in one transaction, so an upload never loses the text typed with it.
    /// A refused file (`AttachmentRefusal`: its type, emptiness or a limit) leaves the text saved and is
    /// returned as `refusal`, in this service's language; the other errors are `update`'s.
    @discardableResult
    func saveDraft(
        briefID: Int, fields: BriefFields, expectedVersion: Int, remove: String?,
        files: [(bytes: ArraySlice<UInt8>, filename: String)], by user: User
    ) throws -> BriefDraftSave {
        try database.write { db in
            let steps = steps(db)
            let saved = try steps.update(briefID: briefID, fields: fields, expectedVersion: expectedVersion, by: user)
            var removed = false
            if let remove { removed = try steps.removeAttachment(briefID: briefID, sha256: remove, by: user) }
            var added = 0
            for file in files {
                do {
                    _ = try steps.addAttachment(briefID: briefID, bytes: file.bytes, filename: file.filename, by: user)
                    added += 1
                } catch let refusal as AttachmentRefusal {
                    return BriefDraftSave(brief: saved, added: added, removed: removed, refusal: refusal.message(messages))
                }
            }
            return BriefDraftSave(brief: saved, added: added, removed: removed, refusal: nil)
        }
    }

    /// Sends the brief for review (first submission or resubmission after changes were requested) and
    /// freezes it as the next version. Title, summary and results must be filled (`.incomplete`).
    /// With `expectedVersion`, a brief saved by someone else since is refused as `.stale`.
    @discardableResult
    /// A first submission needs the brief's cycle to be open (after its deadline it is accepted and counts
    /// late, `ReportingCalendar.deadlineInstant(of:)`); a resubmission asked for by the reviewers is always taken.
    public func submit(briefID: Int, expectedVersion: Int? = nil, by user: User) throws -> BriefVersion {
        let now = clock.now()
        return try database.write { db in
            let steps = steps(db)
            let brief = try steps.visible(briefID, for: user)
            if brief.status == .draft, Policy.can(user, .fileBrief(brief.cityID)),
               try ReportingCycleStore(db: db).openCycle(year: brief.year, at: now) == nil {
                throw HTTPError(
                    .conflict,
                    messages.t("The {year} reporting cycle is closed: its Mayor Briefs can no longer be submitted.", ["year": String(brief.year)]))
            }
            return try steps.submit(briefID: briefID, expectedVersion: expectedVersion, by: user)
        }
    }

    /// Deletes a draft that was never submitted, with its links and file references.
    public func delete(briefID: Int, by user: User) throws {
        try database.write { db in try steps(db).delete(briefID: briefID, by: user) }
    }

    // MARK: Files

    /// Stores each file (sniffed: PDF, PNG, JPEG, GIF, WebP; `HTTPError` 415 otherwise, 400 when empty, 422
    /// past a limit, with the message in this service's language) and attaches it to the brief under its
    /// sanitised name, all or none.
    @discardableResult
    func addAttachments(briefID: Int, files: [(bytes: ArraySlice<UInt8>, filename: String)], by user: User) throws -> [BriefAttachment] {
        do {
            return try database.write { db in
                let steps = steps(db)
                return try files.map { try steps.addAttachment(briefID: briefID, bytes: $0.bytes, filename: $0.filename, by: user) }
            }
        } catch let refusal as AttachmentRefusal {
            throw refusal.httpError(messages)
        }
    }

    /// One file, as `addAttachments`.
    @discardableResult
    func addAttachment(briefID: Int, bytes: ArraySlice<UInt8>, filename: String, by user: User) throws -> BriefAttachment {
        do {
            return try database.write { db in try steps(db).addAttachment(briefID: briefID, bytes: bytes, filename: filename, by: user) }
        } catch let refusal as AttachmentRefusal {
            throw refusal.httpError(messages)
        }
    }

    /// Removes a file from the brief (its bytes go once no brief refers to them). False when it was not attached.
    @discardableResult
    public func removeAttachment(briefID: Int, sha256: String, by user: User) throws -> Bool {
        try database.write { db in try steps(db).removeAttachment(briefID: briefID, sha256: sha256, by: user) }
    }

    // MARK: Secretariat

    /// Sends the submitted brief back to its office with `review.comment` (required) and optional ratings.
    @discardableResult
    public func requestChanges(briefID: Int, review: BriefReview, by user: User) throws -> BriefRecord {
        try database.write { db in try steps(db).decide(briefID: briefID, transition: .requestChanges, review: review, by: user) }
    }

    /// Publishes the submitted brief as a best practice; all three criteria must be rated 1–5.
    /// Sets `published_at` (first publication), which puts it in the search index and the feed.
    @discardableResult
    public func publish(briefID: Int, review: BriefReview, by user: User) throws -> BriefRecord {
        try database.write { db in try steps(db).decide(briefID: briefID, transition: .publish, review: review, by: user) }
    }

    /// The reviewer's decision on the version they read (`reviewing`): when the office resubmitted since,
    /// nothing is written and `.newerSubmission` says which version to read first.
    @discardableResult
    func decide(briefID: Int, transition: BriefTransition, review: BriefReview, reviewing: Int?, by user: User) throws -> BriefRecord {
        try database.write { db in
            let steps = steps(db)
            let latest = try steps.versions.latestNumber(briefID: briefID)
            if let reviewing, let latest, latest != reviewing, try steps.visible(briefID, for: user).status == .submitted {
                throw BriefWorkflowError.newerSubmission(number: latest)
            }
            return try steps.decide(briefID: briefID, transition: transition, review: review, by: user)
        }
    }

    /// Takes a published brief off the public pages; `reason` goes to the audit log and the office.
    @discardableResult
    public func withdraw(briefID: Int, reason: String, by user: User) throws -> BriefRecord {
        try database.write { db in try steps(db).withdraw(briefID: briefID, reason: reason, by: user) }
    }
}
