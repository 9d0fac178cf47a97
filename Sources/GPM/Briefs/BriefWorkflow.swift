import Foundation
import HTTP
import SQLite

/// The Mayor Brief workflow: every change to a brief goes through here. Each method takes the
/// caller's write connection (`app.database.write { db in … }`), loads the brief, checks the step
/// with `BriefStateMachine` and `Policy`, makes the change, and in the same transaction freezes a
/// version (on submit), records the review (on a decision), writes the audit entry and notifies the
/// city's office. Errors are `BriefWorkflowError` (use `.httpError` for a page) or `HTTPError` for files.
///
/// ```swift
/// let workflow = BriefWorkflow(database: app.database)   // or app.briefWorkflow
/// let brief = try app.database.write { db in try workflow.create(db, city: cityID, year: 2026, by: user) }
/// try app.database.write { db in
///     _ = try workflow.publish(db, briefID: id, review: BriefReview(comment: "Exemplary.", ratings: ratings), by: reviewer)
/// }
/// ```
public struct BriefWorkflow: Sendable {
    /// The audit log's entity name for briefs.
    public static let auditEntity = "mayor_brief"

    let briefs = BriefRepository()
    let versions = BriefVersionRepository()
    let notifications = NotificationRepository()
    let attachments: AttachmentRepository

    public init(database: DatabasePool) { attachments = AttachmentRepository(database: database) }

    // MARK: Office

    /// Creates the city's draft for `year`. With `startFromPrevious`, the six sections, linked actions,
    /// themes, SDGs and files (by reference) come from the city's latest earlier brief.
    /// Throws `.duplicate` when the city has a brief for that year, `.forbidden` unless `user` files for `city`.
    public func create(_ db: Connection, city cityID: Int, year: Int, by user: User, startFromPrevious: Bool = false) throws -> BriefRecord {
        guard Policy.can(user, .fileBrief(cityID)) else { throw BriefWorkflowError.forbidden }
        guard (2016...2100).contains(year) else { throw BriefWorkflowError.invalid("The reporting year must be between 2016 and 2100.") }
        if let existing = try briefs.record(db, cityID: cityID, year: year) {
            throw BriefWorkflowError.duplicate(existingID: existing.id, year: year)
        }
        var fields = BriefFields()
        let previous = startFromPrevious ? try briefs.previous(db, cityID: cityID, before: year) : nil
        if let previous {
            for field in BriefFields.textFields where field.isSection { fields[field.key] = previous.fields[field.key] }
            fields.actionIDs = previous.fields.actionIDs
            fields.themeIDs = previous.fields.themeIDs
            fields.sdgNumbers = previous.fields.sdgNumbers
        }
        let id = try briefs.insert(db, cityID: cityID, year: year, fields: fields)
        if let previous { try attachments.copyAttachments(db, fromBrief: previous.id, toBrief: id) }
        try AuditLog.record(
            db, user: user, action: .create, entity: Self.auditEntity, id: id,
            summary: "Created the \(year) Mayor Brief draft" + (previous.map { " from the \($0.year) brief" } ?? ""),
            after: try briefs.snapshot(db, id: id))
        return try load(db, id)
    }

    /// Saves the office's text and links when `expectedVersion` is still current; returns the brief as saved.
    /// Throws `.stale(current:)` when someone saved in between, `.notAllowed` once the brief is submitted.
    public func update(_ db: Connection, briefID: Int, fields: BriefFields, expectedVersion: Int, by user: User) throws -> BriefRecord {
        let brief = try editable(db, briefID, by: user)
        let fields = try validatedLinks(db, fields.normalized)
        let before = try briefs.snapshot(db, id: briefID)
        guard try briefs.update(db, id: briefID, fields: fields, expectedVersion: expectedVersion) else {
            throw BriefWorkflowError.stale(current: brief.version)
        }
        try AuditLog.record(
            db, user: user, action: .update, entity: Self.auditEntity, id: briefID, summary: "Edited the \(brief.year) Mayor Brief",
            before: before, after: try briefs.snapshot(db, id: briefID))
        return try load(db, briefID)
    }

    /// Sends the brief for review (first submission or resubmission after changes were requested) and
    /// freezes it as the next version. Title, summary and results must be filled (`.incomplete`).
    /// With `expectedVersion`, a brief saved by someone else since is refused as `.stale`.
    @discardableResult
    public func submit(_ db: Connection, briefID: Int, expectedVersion: Int? = nil, by user: User) throws -> BriefVersion {
        let brief = try load(db, briefID)
        let next = try BriefStateMachine.check(.submit, status: brief.status, cityID: brief.cityID, user: user)
        if let expectedVersion, expectedVersion != brief.version { throw BriefWorkflowError.stale(current: brief.version) }
        let missing = brief.fields.missingForSubmission
        guard missing.isEmpty else { throw BriefWorkflowError.incomplete(missing) }
        let now = PlatformClock.system.timestamp()
        let files = try attachments.list(db, briefID: briefID).map {
            BriefVersion.File(sha256: $0.sha256, filename: $0.filename)
        }
        let number = try versions.insert(db, record: brief, attachments: files, at: now, by: user)
        try changeStatus(db, brief, to: next, transition: .submit, by: user, at: now,
                         summary: number == 1
                            ? "Submitted the \(brief.year) Mayor Brief" : "Resubmitted the \(brief.year) Mayor Brief (version \(number))")
        guard let version = try versions.version(db, briefID: briefID, number: number) else { throw BriefWorkflowError.notFound }
        return version
    }

    /// Deletes a draft that was never submitted, with its links and file references.
    public func delete(_ db: Connection, briefID: Int, by user: User) throws {
        let brief = try load(db, briefID)
        _ = try BriefStateMachine.check(.delete, status: brief.status, cityID: brief.cityID, user: user)
        let before = try briefs.snapshot(db, id: briefID)
        let files = try attachments.list(db, briefID: briefID)
        try briefs.delete(db, id: briefID)
        for file in files { try attachments.deleteUnreferencedBlob(db, sha256: file.sha256) }
        try AuditLog.record(db, user: user, action: .delete, entity: Self.auditEntity, id: briefID,
                            summary: "Deleted the \(brief.year) Mayor Brief draft", before: before)
    }

    // MARK: Secretariat

    /// Sends the submitted brief back to its office with `review.comment` (required) and optional ratings.
    @discardableResult
    public func requestChanges(_ db: Connection, briefID: Int, review: BriefReview, by user: User) throws -> BriefRecord {
        try decide(db, briefID: briefID, transition: .requestChanges, review: review, by: user)
    }

    /// Publishes the submitted brief as a best practice; all three criteria must be rated 1–5.
    /// Sets `published_at` (first publication), which puts it in the search index and the feed.
    @discardableResult
    public func publish(_ db: Connection, briefID: Int, review: BriefReview, by user: User) throws -> BriefRecord {
        try decide(db, briefID: briefID, transition: .publish, review: review, by: user)
    }

    /// Takes a published brief off the public pages; `reason` goes to the audit log and the office.
    @discardableResult
    public func withdraw(_ db: Connection, briefID: Int, reason: String, by user: User) throws -> BriefRecord {
        let brief = try load(db, briefID)
        let next = try BriefStateMachine.check(.withdraw, status: brief.status, cityID: brief.cityID, user: user)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        try changeStatus(db, brief, to: next, transition: .withdraw, by: user, at: PlatformClock.system.timestamp(),
                         summary: "Withdrew the \(brief.year) Mayor Brief" + (reason.isEmpty ? "" : ": \(reason)"))
        try notifications.notifyOffice(
            db, cityID: brief.cityID, kind: .withdrawn, briefID: briefID,
            message: "Your \(brief.year) Mayor Brief “\(brief.displayTitle)” was withdrawn from the public pages."
                + (reason.isEmpty ? "" : " Reason: \(reason)"))
        return try load(db, briefID)
    }

    private func decide(_ db: Connection, briefID: Int, transition: BriefTransition, review: BriefReview, by user: User) throws -> BriefRecord {
        let brief = try load(db, briefID)
        let next = try BriefStateMachine.check(transition, status: brief.status, cityID: brief.cityID, user: user)
        var review = review
        review.comment = review.comment.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = review.invalidScores.first { throw BriefWorkflowError.invalid(problem) }
        if transition == .requestChanges, review.comment.isEmpty {
            throw BriefWorkflowError.incomplete(["comment": "Say what the office should change."])
        }
        if transition == .publish, !review.isFullyRated {
            throw BriefWorkflowError.incomplete(["ratings": "Rate all three criteria before publishing."])
        }
        let number = try versions.latestNumber(db, briefID: briefID) ?? 0
        try versions.insertReview(db, briefID: briefID, versionNumber: number, decision: next, review: review, by: user)
        let published = transition == .publish
        try changeStatus(db, brief, to: next, transition: transition, by: user, at: PlatformClock.system.timestamp(),
                         summary: (published ? "Published" : "Requested changes to") + " the \(brief.year) Mayor Brief (version \(number))")
        let message = published
            ? "Your \(brief.year) Mayor Brief “\(brief.displayTitle)” was published as a best practice."
            : "Changes were requested on your \(brief.year) Mayor Brief “\(brief.displayTitle)”: \(review.comment)"
        try notifications.notifyOffice(db, cityID: brief.cityID, kind: published ? .published : .changesRequested, briefID: briefID, message: message)
        return try load(db, briefID)
    }

    // MARK: Shared

    /// The brief, or `.notFound`.
    func load(_ db: Connection, _ id: Int) throws -> BriefRecord {
        guard let brief = try briefs.record(db, id: id) else { throw BriefWorkflowError.notFound }
        return brief
    }

    /// The brief when `user` may change it now: its city's office, while draft or changes requested.
    func editable(_ db: Connection, _ id: Int, by user: User) throws -> BriefRecord {
        let brief = try load(db, id)
        guard Policy.can(user, .fileBrief(brief.cityID)) else { throw BriefWorkflowError.forbidden }
        guard brief.status.isEditableByOffice else { throw BriefWorkflowError.notAllowed(transition: nil, status: brief.status) }
        return brief
    }

    private func validatedLinks(_ db: Connection, _ fields: BriefFields) throws -> BriefFields {
        if !(try briefs.unknownIDs(db, fields.actionIDs, in: .actions)).isEmpty {
            throw BriefWorkflowError.invalid("An action chosen does not exist.")
        }
        if !(try briefs.unknownIDs(db, fields.themeIDs, in: .themes)).isEmpty { throw BriefWorkflowError.invalid("A theme chosen does not exist.") }
        if !(try briefs.unknownIDs(db, fields.sdgNumbers, in: .sdgs)).isEmpty { throw BriefWorkflowError.invalid("An SDG chosen does not exist.") }
        return fields
    }

    private func changeStatus(
        _ db: Connection, _ brief: BriefRecord, to status: BriefStatus, transition: BriefTransition, by user: User, at timestamp: String,
        summary: String
    ) throws {
        let before = try briefs.snapshot(db, id: brief.id)
        try briefs.setStatus(db, id: brief.id, status: status, at: timestamp)
        try AuditLog.record(db, user: user, action: transition.auditAction, entity: Self.auditEntity, id: brief.id, summary: summary,
                            before: before, after: try briefs.snapshot(db, id: brief.id))
    }
}

extension AppContext {
    /// The Mayor Brief workflow over this app's database.
    var briefWorkflow: BriefWorkflow { BriefWorkflow(database: database) }
}
