import Foundation
import HTTP
import SQLite

/// The workflow's rules over one transaction: the stores on the same connection and the instant the
/// change is stamped with. Built by `BriefService` inside its one `database.write` (or `read`), so a
/// step never opens a transaction of its own.
struct BriefSteps {
    let db: Connection
    /// The timestamp every row written by this transaction carries.
    let now: String
    /// Section lengths, files per brief, bytes per city.
    var limits = BriefLimits()
    /// The language refusals are written in: the reader's (`BriefService.speaking(_:)`), English otherwise.
    var messages = Localization.englishOnly.messages(.en)

    var briefs: BriefStore { BriefStore(db: db) }
    var versions: BriefVersionStore { BriefVersionStore(db: db) }
    var attachments: AttachmentStore { AttachmentStore(db: db) }
    var audit: AuditStore { AuditStore(db: db) }
    /// Who hears of each step (notifications and email, in the step's own transaction): one place for every event.
    var events: BriefEvents {
        BriefEvents(notifications: NotificationStore(db: db), mail: EventMail(outbox: OutboxStore(db: db), timestamp: now), now: now)
    }

    private var auditEntity: String { BriefService.auditEntity }

    func create(city cityID: Int, year: Int, by user: User, startFromPrevious: Bool) throws -> BriefRecord {
        guard Policy.can(user, .fileBrief(cityID)) else { throw BriefWorkflowError.forbidden }
        guard (2016...2100).contains(year) else { throw BriefWorkflowError.invalid(messages.t("The reporting year must be between 2016 and 2100.")) }
        if let existing = try briefs.record(cityID: cityID, year: year) {
            throw BriefWorkflowError.duplicate(existingID: existing.id, year: year)
        }
        var fields = BriefFields()
        let previous = startFromPrevious ? try briefs.previous(cityID: cityID, before: year) : nil
        if let previous {
            for field in BriefFields.textFields where field.isSection { fields[field.key] = previous.fields[field.key] }
            fields.actionIDs = previous.fields.actionIDs
            fields.themeIDs = previous.fields.themeIDs
            fields.sdgNumbers = previous.fields.sdgNumbers
        }
        let id = try briefs.insert(cityID: cityID, year: year, fields: fields, now: now)
        if let previous {
            try attachments.copyAttachments(fromBrief: previous.id, toBrief: id)
            // Marked "carried over" until edited, so last year's text is not sent as this year's unread.
            try briefs.setCarriedOver(id: id, hashes: CarriedOverText.hashes(of: try load(id).fields), from: previous.year)
        }
        try audit.record(
            at: now, user: user, action: .create, entity: auditEntity, id: id,
            summary: "Created the \(year) Mayor Brief draft" + (previous.map { " from the \($0.year) brief" } ?? ""),
            after: try briefs.snapshot(id: id))
        return try load(id)
    }

    func update(briefID: Int, fields: BriefFields, expectedVersion: Int, by user: User) throws -> BriefRecord {
        let brief = try editable(briefID, by: user)
        let fields = try validatedLinks(fields.normalized)
        // The form checks the tag first (with its message in the reader's language); this keeps the rule.
        guard ContentLanguage(validating: fields.language) != nil else {
            throw BriefWorkflowError.incomplete(["language": messages.t("Enter the language as a tag such as en, fr, es-419 or ar (BCP 47).")])
        }
        let tooLong = limits.overLength(fields, messages)
        guard tooLong.isEmpty else { throw BriefWorkflowError.incomplete(tooLong) }
        let before = try briefs.snapshot(id: briefID)
        guard try briefs.update(id: briefID, fields: fields, expectedVersion: expectedVersion, now: now) else {
            throw BriefWorkflowError.stale(current: brief.version)
        }
        if !brief.carriedOver.isEmpty {
            try briefs.keepCarriedOver(id: briefID, hashes: CarriedOverText.remaining(brief.carriedOver, in: fields))
        }
        try audit.record(
            at: now, user: user, action: .update, entity: auditEntity, id: briefID, summary: "Edited the \(brief.year) Mayor Brief",
            before: before, after: try briefs.snapshot(id: briefID))
        return try load(briefID)
    }

    func submit(briefID: Int, expectedVersion: Int?, by user: User) throws -> BriefVersion {
        let brief = try visible(briefID, for: user)
        let next = try BriefStateMachine.check(.submit, status: brief.status, cityID: brief.cityID, user: user)
        if let expectedVersion, expectedVersion != brief.version { throw BriefWorkflowError.stale(current: brief.version) }
        let missing = brief.fields.missingForSubmission(messages)
        guard missing.isEmpty else { throw BriefWorkflowError.incomplete(missing) }
        try requireConfirmedCommitments(brief)
        let files = try attachments.list(briefID: briefID).map {
            BriefVersion.File(sha256: $0.sha256, filename: $0.filename)
        }
        let number = try versions.insert(record: brief, attachments: files, at: now, by: user)
        try changeStatus(brief, to: next, transition: .submit, by: user,
                         summary: number == 1
                            ? "Submitted the \(brief.year) Mayor Brief" : "Resubmitted the \(brief.year) Mayor Brief (version \(number))")
        try events.submitted(brief, version: number, cityName: try briefs.cityName(cityID: brief.cityID))
        guard let version = try versions.version(briefID: briefID, number: number) else { throw BriefWorkflowError.notFound }
        return version
    }

    func delete(briefID: Int, by user: User) throws {
        let brief = try visible(briefID, for: user)
        _ = try BriefStateMachine.check(.delete, status: brief.status, cityID: brief.cityID, user: user)
        let before = try briefs.snapshot(id: briefID)
        let files = try attachments.list(briefID: briefID)
        try briefs.delete(id: briefID)
        for file in files { try attachments.deleteUnreferencedBlob(sha256: file.sha256) }
        try audit.record(
            at: now, user: user, action: .delete, entity: auditEntity, id: briefID,
            summary: "Deleted the \(brief.year) Mayor Brief draft", before: before)
    }

    func addAttachment(briefID: Int, bytes: ArraySlice<UInt8>, filename: String, by user: User) throws -> BriefAttachment {
        let brief = try editable(briefID, by: user)
        try checkRoom(for: bytes, brief: brief)
        let stored = try attachments.store(bytes: bytes, filename: filename)
        let attachment = try attachments.attach(briefID: briefID, sha256: stored.sha256, filename: stored.filename)
        // Files have their own forms: the brief is touched, not versioned, so an open text form stays valid.
        try briefs.touch(id: briefID, now: now)
        try audit.record(
            at: now, user: user, action: .update, entity: auditEntity, id: briefID,
            summary: "Attached “\(attachment.filename)” to the \(brief.year) Mayor Brief",
            after: ["attachment": .string(attachment.filename), "sha256": .string(attachment.sha256), "size": .int(attachment.size)])
        return attachment
    }

    func removeAttachment(briefID: Int, sha256: String, by user: User) throws -> Bool {
        let brief = try editable(briefID, by: user)
        guard let attachment = try attachments.list(briefID: briefID).first(where: { $0.sha256 == sha256 }) else { return false }
        try attachments.detach(briefID: briefID, sha256: sha256)
        try briefs.touch(id: briefID, now: now)
        try audit.record(
            at: now, user: user, action: .update, entity: auditEntity, id: briefID,
            summary: "Removed “\(attachment.filename)” from the \(brief.year) Mayor Brief",
            before: ["attachment": .string(attachment.filename), "sha256": .string(attachment.sha256)])
        return true
    }

    func withdraw(briefID: Int, reason: String, by user: User) throws -> BriefRecord {
        let brief = try visible(briefID, for: user)
        let next = try BriefStateMachine.check(.withdraw, status: brief.status, cityID: brief.cityID, user: user)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        try changeStatus(brief, to: next, transition: .withdraw, by: user,
                         summary: "Withdrew the \(brief.year) Mayor Brief" + (reason.isEmpty ? "" : ": \(reason)"))
        try events.withdrawn(brief, reason: reason)
        return try load(briefID)
    }

    func decide(briefID: Int, transition: BriefTransition, review: BriefReview, by user: User) throws -> BriefRecord {
        let brief = try visible(briefID, for: user)
        let next = try BriefStateMachine.check(transition, status: brief.status, cityID: brief.cityID, user: user)
        var review = review
        review.comment = review.comment.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = review.invalidScores(messages).first { throw BriefWorkflowError.invalid(problem) }
        if transition == .requestChanges, review.comment.isEmpty {
            throw BriefWorkflowError.incomplete(["comment": messages.t("Say what the office should change.")])
        }
        if transition == .publish, !review.isFullyRated {
            throw BriefWorkflowError.incomplete(["ratings": messages.t("Rate all three criteria before publishing.")])
        }
        let number = try versions.latestNumber(briefID: briefID) ?? 0
        try versions.insertReview(briefID: briefID, versionNumber: number, decision: next, review: review, by: user, now: now)
        let published = transition == .publish
        try changeStatus(brief, to: next, transition: transition, by: user,
                         summary: (published ? "Published" : "Requested changes to") + " the \(brief.year) Mayor Brief (version \(number))")
        try events.decided(brief, published: published, comment: review.comment)
        return try load(briefID)
    }

    // MARK: Shared

    /// The brief, or `.notFound`.
    func load(_ id: Int) throws -> BriefRecord {
        guard let brief = try briefs.record(id: id) else { throw BriefWorkflowError.notFound }
        return brief
    }

    /// The brief when `user` may read it; `.notFound` otherwise (an office never learns of another city's drafts).
    func visible(_ id: Int, for user: User) throws -> BriefRecord {
        guard let brief = try briefs.record(id: id), BriefStateMachine.canView(user, cityID: brief.cityID) else {
            throw BriefWorkflowError.notFound
        }
        return brief
    }

    /// The brief when `user` may change it now: its city's office, while draft or changes requested.
    /// A brief `user` may not even see is `.notFound`, exactly like a missing one: a refusal must not
    /// tell another city's office that a brief exists.
    func editable(_ id: Int, by user: User) throws -> BriefRecord {
        let brief = try visible(id, for: user)
        guard Policy.can(user, .fileBrief(brief.cityID)) else { throw BriefWorkflowError.forbidden }
        guard brief.status.isEditableByOffice else { throw BriefWorkflowError.notAllowed(transition: nil, status: brief.status) }
        return brief
    }

    /// Refuses a file that would take the brief past its file count or the city past its bytes
    /// (a file the city already stores costs no bytes).
    private func checkRoom(for bytes: ArraySlice<UInt8>, brief: BriefRecord) throws {
        let usage = try attachments.usage(cityID: brief.cityID, briefID: brief.id)
        if usage.briefFiles >= limits.maxFilesPerBrief {
            throw AttachmentRefusal.tooManyFiles(limit: limits.maxFilesPerBrief)
        }
        if usage.cityBytes + bytes.count > limits.maxBytesPerCity,
           !(try attachments.isStoredForCity(sha256: AttachmentHash.sha256(bytes), cityID: brief.cityID)) {
            throw AttachmentRefusal.cityStorageFull(total: usage.cityBytes + bytes.count, limit: limits.maxBytesPerCity)
        }
    }

    private func validatedLinks(_ fields: BriefFields) throws -> BriefFields {
        if !(try briefs.unknownIDs(fields.actionIDs, in: .actions)).isEmpty {
            throw BriefWorkflowError.invalid(messages.t("An action chosen does not exist."))
        }
        if !(try briefs.unknownIDs(fields.themeIDs, in: .themes)).isEmpty {
            throw BriefWorkflowError.invalid(messages.t("A theme chosen does not exist."))
        }
        if !(try briefs.unknownIDs(fields.sdgNumbers, in: .sdgs)).isEmpty {
            throw BriefWorkflowError.invalid(messages.t("An SDG chosen does not exist."))
        }
        return fields
    }

    private func changeStatus(_ brief: BriefRecord, to status: BriefStatus, transition: BriefTransition, by user: User, summary: String) throws {
        let before = try briefs.snapshot(id: brief.id)
        try briefs.setStatus(id: brief.id, status: status, at: now)
        try audit.record(
            at: now, user: user, action: transition.auditAction, entity: auditEntity, id: brief.id, summary: summary,
            before: before, after: try briefs.snapshot(id: brief.id))
    }
}
