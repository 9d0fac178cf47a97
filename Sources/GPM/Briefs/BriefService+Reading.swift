import Foundation
import SQLite

/// Reading briefs in the workspace: for its city's office and for the secretariat, in any status. Each
/// method is one read snapshot, so a page's parts agree with each other.
extension BriefService {
    /// The brief when `user` may read it; `.notFound` otherwise (an office never learns of another city's drafts).
    public func brief(briefID: Int, for user: User) throws -> BriefRecord {
        try database.read { db in try steps(db).visible(briefID, for: user) }
    }

    /// Every submitted version, latest first.
    public func versions(briefID: Int) throws -> [BriefVersion] {
        try database.read { db in try BriefVersionStore(db: db).versions(briefID: briefID) }
    }

    /// Every review, latest first.
    public func reviews(briefID: Int) throws -> [StoredBriefReview] {
        try database.read { db in try BriefVersionStore(db: db).reviews(briefID: briefID) }
    }

    /// What changed from version `from` (nil: the one before `to`) to version `to` (nil: the latest).
    /// nil when the brief has no such version.
    public func diff(briefID: Int, from: Int? = nil, to: Int? = nil) throws -> BriefDiff? {
        try database.read { db in
            try BriefVersionStore(db: db).diff(briefID: briefID, from: from, to: to, choices: try BriefChoiceStore(db: db).choices())
        }
    }

    /// The brief's files in order.
    func attachments(briefID: Int) throws -> [BriefAttachment] {
        try database.read { db in try AttachmentStore(db: db).list(briefID: briefID) }
    }

    /// The office's list: its briefs, what the secretariat asked of those sent back, the city's name,
    /// the unread count, the open cycles (latest first) with the office's "no brief this year" declarations.
    func officeList(cityID: Int, for user: User) throws -> BriefOfficeList {
        let now = clock.now()
        return try database.read { db in
            let briefs = try BriefStore(db: db).records(cityID: cityID)
            var asks: [Int: StoredBriefReview] = [:]
            for brief in briefs where brief.status == .changesRequested {
                asks[brief.id] = try BriefVersionStore(db: db).reviews(briefID: brief.id).first { $0.decision == .changesRequested }
            }
            let calendar = try ReportingCalendarStore(db: db).calendar()
            let open = calendar.openCycles(try ReportingCycleStore(db: db).all(), at: now)
            var declarations: [Int: NoBriefDeclaration] = [:]
            for cycle in open { declarations[cycle.year] = try ComplianceStore(db: db).declaration(cityID: cityID, year: cycle.year) }
            return BriefOfficeList(
                briefs: briefs, asks: asks, cityName: try BriefStore(db: db).cityName(cityID: cityID),
                unread: try NotificationStore(db: db).unreadCount(userID: user.id, cityID: user.cityID), cycles: open, declarations: declarations,
                calendar: calendar, today: calendar.today(at: now))
        }
    }

    /// What the "new brief" page offers: the open cycle of `year` (nil: the latest open one without a brief
    /// of the city), the brief the city already has for its year and the one it may start from.
    func newBriefChoices(cityID: Int, year: Int?) throws -> (cycle: ReportingCycle?, existing: BriefRecord?, previous: BriefRecord?, today: String) {
        let now = clock.now()
        return try database.read { db in
            let calendar = try ReportingCalendarStore(db: db).calendar()
            let briefs = BriefStore(db: db)
            let open = calendar.openCycles(try ReportingCycleStore(db: db).all(), at: now)
            let chosen: ReportingCycle?
            if let year {
                chosen = open.first { $0.year == year }
            } else {
                chosen = try open.first(where: { try briefs.record(cityID: cityID, year: $0.year) == nil }) ?? open.first
            }
            guard let cycle = chosen else { return (nil, nil, nil, calendar.today(at: now)) }
            return (cycle, try briefs.record(cityID: cityID, year: cycle.year), try briefs.previous(cityID: cityID, before: cycle.year),
                    calendar.today(at: now))
        }
    }

    /// One brief's page for its office: the brief, its files, versions, reviews, link names (in this service's
    /// language: `speaking(_:)`) and city slug.
    func officeView(briefID: Int, for user: User) throws -> BriefOfficeView {
        try database.read { db in
            let brief = try steps(db).visible(briefID, for: user)
            let versions = BriefVersionStore(db: db)
            let translations = try ContentTranslationStore(db: db).translations(messages.language)
            return BriefOfficeView(
                brief: brief, files: try AttachmentStore(db: db).list(briefID: briefID), versions: try versions.versions(briefID: briefID),
                reviews: try versions.reviews(briefID: briefID), choices: try BriefChoiceStore(db: db).choices(translations: translations),
                citySlug: try BriefStore(db: db).citySlug(cityID: brief.cityID),
                evidence: try BriefEvidenceStore(db: db).evidence(
                    city: brief.cityID, actionIDs: brief.fields.actionIDs, currentCycle: try ReportingCycleStore(db: db).current(at: clock.now())?.year,
                    translations: translations))
        }
    }

    /// The brief with what its edit form offers: the link choices (named in this service's language:
    /// `speaking(_:)`), the files and how much of the limits they use.
    func editing(briefID: Int, for user: User) throws -> BriefEditing {
        try database.read { db in
            let brief = try steps(db).visible(briefID, for: user)
            let attachments = AttachmentStore(db: db)
            return BriefEditing(
                brief: brief, choices: try BriefChoiceStore(db: db).choices(translations: ContentTranslationStore(db: db).translations(messages.language)),
                files: try attachments.list(briefID: briefID),
                committedActionIDs: try BriefEvidenceStore(db: db).committedActionIDs(city: brief.cityID),
                cityBytes: try attachments.usage(cityID: brief.cityID, briefID: briefID).cityBytes, limits: limits)
        }
    }

    /// The brief and its files, for the delete confirmation.
    func deletion(briefID: Int, for user: User) throws -> (brief: BriefRecord, files: [BriefAttachment]) {
        try database.read { db in (try steps(db).visible(briefID, for: user), try AttachmentStore(db: db).list(briefID: briefID)) }
    }
}

/// The office's list of briefs as read in one snapshot.
struct BriefOfficeList: Sendable {
    let briefs: [BriefRecord]
    /// For each brief sent back, the review that asked for changes.
    let asks: [Int: StoredBriefReview]
    let cityName: String
    let unread: Int
    /// The cycles open now, latest first (two while last year's is still open for late offices).
    let cycles: [ReportingCycle]
    /// The office's "no brief this year", by year.
    let declarations: [Int: NoBriefDeclaration]
    let calendar: ReportingCalendar
    /// The secretariat's date now.
    let today: String
}

/// One brief as its office's page shows it, read in one snapshot.
struct BriefOfficeView: Sendable {
    let brief: BriefRecord
    let files: [BriefAttachment]
    let versions: [BriefVersion]
    let reviews: [StoredBriefReview]
    let choices: BriefChoices
    let citySlug: String
    /// The city's records beside each linked action (issue 13).
    var evidence: [BriefActionEvidence] = []
}

/// A brief with what its edit form needs besides the brief: the choices of links, the files, the bytes
/// the city's files take and the limits.
struct BriefEditing: Sendable {
    var brief: BriefRecord
    let choices: BriefChoices
    let files: [BriefAttachment]
    /// The actions the city is opted in to: the form lists them first.
    var committedActionIDs: [Int] = []
    let cityBytes: Int
    let limits: BriefLimits
}
