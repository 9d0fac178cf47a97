import Foundation

/// The dashboard's headline counts.
struct DashboardFigures: Sendable, Equatable {
    /// Every city in the registry, member or not (zero on a new install: the dashboard says what to do first).
    let cities: Int
    let memberCities: Int
    let commitmentsOptedIn: Int
    let briefsPublished: Int
    let briefsAwaitingReview: Int
}

/// A brief waiting for the secretariat.
struct DashboardWaitingBrief: Sendable, Equatable {
    let id: Int
    let cityName: String
    let citySlug: String
    let year: Int
    let title: String
    let status: String
    let submittedAt: String?
    /// The language the brief is written in (`mayor_briefs.language`): its title carries it.
    var language = "en"
}

/// One line of recent activity (an audit event).
struct DashboardActivity: Sendable, Equatable {
    let at: String
    /// Nil for the platform itself (a command, a migration).
    let who: String?
    let action: String
    let entityType: String
    let entityID: String?
    let summary: String
}

/// Everything the dashboard shows, read in one snapshot, and the day its deadline counts from.
struct DashboardSnapshot: Sendable {
    /// The most recent open cycle (else the latest): the one the figures count.
    let cycle: ReportingCycle?
    /// Who reported: that cycle's report first, then every other open cycle's.
    let compliance: [ComplianceReport]
    let figures: DashboardFigures
    let waiting: [DashboardWaitingBrief]
    let perAction: [BarChartBar]
    let perRegion: [BarChartBar]
    let activity: [DashboardActivity]
    /// Commitments confirmed (or updated) in the open cycle, of all commitments; nil without a cycle.
    var confirmedCommitments: (confirmed: Int, total: Int)? = nil
    /// The secretariat's date when the snapshot was read.
    let today: String
}

