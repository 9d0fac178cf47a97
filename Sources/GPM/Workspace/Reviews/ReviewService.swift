import Foundation
import SQLite

/// What the secretariat's review pages read, each in one snapshot: the queue's three sections, one brief's
/// review page and the withdrawal confirmation. Decisions go through `BriefService`, which writes them.
struct ReviewService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// The queue: awaiting review, sent back for changes and recently published, with "today" by the clock.
    func queue() throws -> ReviewQueue {
        let today = clock.now()
        return try database.read { db in
            let store = ReviewQueueStore(db: db)
            return ReviewQueue(
                awaiting: try store.awaitingReview(), changesRequested: try store.changesRequested(),
                published: try store.recentlyPublished(), today: today)
        }
    }

    /// Everything the review page of one brief shows, or `BriefWorkflowError.notFound`; linked actions and themes
    /// named in `language` (the reviewer's).
    func page(briefID: Int, for user: User, language: Language = .en) throws -> ReviewPageData {
        try database.read { db in
            let brief = try steps(db).visible(briefID, for: user)
            let queue = ReviewQueueStore(db: db)
            guard let item = try queue.item(briefID: briefID) else { throw BriefWorkflowError.notFound }
            let store = BriefVersionStore(db: db)
            let versions = try store.versions(briefID: briefID)
            // A brief in review is shown as submitted; one never submitted (a draft, a demo brief) as it stands.
            let fields = versions.first?.fields ?? brief.fields
            let files = try versions.first?.attachments
                ?? AttachmentStore(db: db).list(briefID: briefID).map { BriefVersion.File(sha256: $0.sha256, filename: $0.filename) }
            let translations = try ContentTranslationStore(db: db).translations(language)
            // The diff names linked actions and themes as the rest of the page does: in the reviewer's language where translated.
            let diff = versions.count >= 2
                ? try store.diff(briefID: briefID, from: nil, to: nil, choices: try BriefChoiceStore(db: db).choices(translations: translations)) : nil
            let evidence = BriefEvidenceStore(db: db)
            let lastYear = try evidence.lastPublishedBriefID(city: brief.cityID, before: brief.year).flatMap { try BriefStore(db: db).record(id: $0) }
            return ReviewPageData(
                item: item, brief: brief, versions: versions, reviews: try store.reviews(briefID: briefID), diff: diff,
                actions: try queue.actions(ids: fields.actionIDs, translations: translations),
                themes: try queue.themes(ids: fields.themeIDs, translations: translations),
                sdgs: try queue.sdgs(numbers: fields.sdgNumbers), files: files,
                evidence: try evidence.evidence(
                    city: brief.cityID, actionIDs: fields.actionIDs, currentCycle: try ReportingCycleStore(db: db).current(at: clock.now())?.year,
                    translations: translations),
                lastPublished: lastYear)
        }
    }

    /// The queue's row for a brief `user` may read (404 otherwise), and "today" by the clock.
    func withdrawal(briefID: Int, for user: User) throws -> (item: ReviewQueueItem, today: Date) {
        let today = clock.now()
        return try database.read { db in
            _ = try steps(db).visible(briefID, for: user)
            guard let item = try ReviewQueueStore(db: db).item(briefID: briefID) else { throw BriefWorkflowError.notFound }
            return (item, today)
        }
    }

    private func steps(_ db: Connection) -> BriefSteps { BriefSteps(db: db, now: clock.timestamp()) }
}

/// The review queue's three sections as read in one snapshot, and the day their due dates count from.
struct ReviewQueue: Sendable {
    let awaiting: [ReviewQueueItem]
    let changesRequested: [ReviewQueueItem]
    let published: [ReviewQueueItem]
    let today: Date
}

/// Everything the review page of one brief shows, read in one snapshot by `ReviewService.page`: the brief as last submitted,
/// its links and files, what changed since the submission before, the earlier reviews and the submissions.
struct ReviewPageData: Sendable {
    let item: ReviewQueueItem
    let brief: BriefRecord
    let versions: [BriefVersion]
    let reviews: [StoredBriefReview]
    let diff: BriefDiff?
    let actions: [(label: ContentTextView, slug: String)]
    let themes: [(name: ContentTextView, slug: String)]
    let sdgs: [(number: Int, name: String)]
    let files: [BriefVersion.File]
    /// The city's records beside each linked action.
    let evidence: [BriefActionEvidence]
    /// The city's last published brief before this one's year, for the word-level comparison.
    let lastPublished: BriefRecord?

    /// The fields shown: the latest submitted version, or the brief itself when it was never submitted.
    var shownFields: BriefFields { versions.first?.fields ?? brief.fields }
}
