import Foundation

/// The dashboard's headline counts.
struct DashboardFigures: Sendable, Equatable {
    /// Every city in the registry, member or not (zero on a new install: the dashboard says what to do first).
    let cities: Int
    let memberCities: Int
    let commitmentsOptedIn: Int
    let briefsPublished: Int
    let briefsAwaitingReview: Int
    let notStarted: Int
    let notSubmitted: Int
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
}

/// A member city with no brief for the current year.
struct DashboardCityWithoutBrief: Sendable, Equatable {
    let name: String
    let slug: String
    let countryCode: String
    let region: String
}

/// One line of recent activity (an audit event).
struct DashboardActivity: Sendable, Equatable {
    let at: String
    let who: String
    let action: String
    let entityType: String
    let entityID: String?
    let summary: String
}

/// Everything the dashboard shows, read in one snapshot, and the day its deadline counts from.
struct DashboardSnapshot: Sendable {
    let cycle: ReportingCycle?
    let figures: DashboardFigures
    let waiting: [DashboardWaitingBrief]
    let withoutBrief: [DashboardCityWithoutBrief]
    let perAction: [BarChartBar]
    let perRegion: [BarChartBar]
    let activity: [DashboardActivity]
    /// Commitments confirmed (or updated) in the open cycle, of all commitments; nil without a cycle.
    var confirmedCommitments: (confirmed: Int, total: Int)? = nil
    /// "Now" by the platform clock when the snapshot was read.
    let today: Date
}

