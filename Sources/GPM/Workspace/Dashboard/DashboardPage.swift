import Foundation
import HTTP

/// `GET /workspace`: the secretariat's dashboard. City offices have their own start page, so they are
/// sent to `/workspace/city`; whether someone is secretariat is the policy's call (`.editRegistry`).
struct DashboardPage: Encodable {
    /// One headline figure, linking to where it is detailed when there is such a place.
    struct Figure: Encodable {
        let key: String
        let value: String
        let label: String
        let href: String?
    }

    /// A submitted brief waiting for its review.
    struct Waiting: Encodable {
        let city: String
        let year: Int
        let title: String
        /// The brief's language, which its title carries.
        let lang: String
        let dir: String
        let status: String
        let submittedAt: String
        let datetime: String
        let reviewHref: String
    }

    /// One cycle's "who reported" counts, from the compliance report, linking to its page.
    struct Reporting: Encodable {
        struct Count: Encodable {
            let key: String
            let label: String
            let value: Int
            let href: String
        }

        let year: Int
        let isOpen: Bool
        let expected: Int
        let outstanding: Int
        let counts: [Count]
        let href: String
    }

    /// An expected city without a brief for the cycle's year.
    struct CityWithoutBrief: Encodable {
        let name: String
        let country: String
        let region: String
        let cityHref: String
    }

    /// A bar of a chart, as the table under it lists it.
    struct ChartRow: Encodable {
        let label: String
        let value: Int
        let href: String?
        /// The label's language when it is content (an action's name); nil: the page's own words (a region).
        let lang: String?
    }

    /// A recent change, linking to its entries in the audit log.
    struct Activity: Encodable {
        let at: String
        let datetime: String
        let who: String
        let action: String
        let entity: String
        let entityID: String
        let summary: String
        let auditHref: String
    }

    /// The open reporting cycle.
    struct Cycle: Encodable {
        let year: Int
        let deadline: String
        let datetime: String
        let note: String?
        let daysLeft: String
        let overdue: Bool
    }

    let workspaceNav = WorkspaceNavView(.home)
    let canViewAuditLog: Bool
    let figures: [Figure]
    let year: String
    let waiting: [Waiting]
    let hasWaiting: Bool
    let reporting: [Reporting]
    let hasReporting: Bool
    let withoutBrief: [CityWithoutBrief]
    let hasWithoutBrief: Bool
    /// Pre-rendered SVG markup (`BarChart`), inserted unescaped by the template.
    let actionChart: String
    let actionRows: [ChartRow]
    let regionChart: String
    let regionRows: [ChartRow]
    let activity: [Activity]
    let hasActivity: Bool
    let cycle: Cycle?
    /// "412 of 630 commitments (65%) confirmed for the 2026 cycle"; nil without a cycle.
    let confirmedShare: String?
    /// False on a new install: the page lists what to do first.
    let hasCities: Bool
    let hasMemberCities: Bool

    static func respond(_ app: AppContext, _ request: Request) throws -> Response {
        let signedIn = try app.require(.viewWorkspace, request)
        guard Policy.can(signedIn.user, .editRegistry) else { return .redirect(to: Paths.cityOffice.href) }
        let snapshot = try DashboardService(database: app.database, clock: app.clock).snapshot(language: app.messages.language)
        let page = DashboardPage(snapshot, canViewAuditLog: Policy.can(signedIn.user, .viewAuditLog), messages: app.messages)
        return try app.pages.page("pages/workspace/dashboard", path: Paths.workspace.href, page, user: signedIn)
    }

    init(_ snapshot: DashboardSnapshot, canViewAuditLog: Bool, messages: Messages) {
        let today = snapshot.today
        let figures = snapshot.figures
        let year = snapshot.cycle.map { String($0.year) } ?? "—"
        let headline = snapshot.compliance.first
        let counts = ComplianceCounts(headline?.rows ?? [])
        let complianceHref = Paths.compliance.href(QueryString().adding("year", snapshot.cycle.map { String($0.year) }))
        func figure(_ key: String, _ value: Int, _ label: String, _ href: String? = nil) -> Figure {
            Figure(key: key, value: messages.number(value), label: label, href: href)
        }
        self.canViewAuditLog = canViewAuditLog
        if let cycle = snapshot.cycle, let share = snapshot.confirmedCommitments {
            let percent = share.total == 0 ? 0 : share.confirmed * 100 / share.total
            confirmedShare = messages.tn(
                "{confirmed} of {count} commitment ({percent}%) confirmed or updated for the {year} cycle",
                "{confirmed} of {count} commitments ({percent}%) confirmed or updated for the {year} cycle", count: share.total,
                ["confirmed": messages.number(share.confirmed), "percent": String(percent), "year": String(cycle.year)])
        } else {
            confirmedShare = nil
        }
        self.figures = [
            figure("member-cities", figures.memberCities, messages.tn("member city", "member cities", count: figures.memberCities), Paths.cities.href(QueryString([("membership", "member")]))),
            figure("commitments", figures.commitmentsOptedIn, messages.tn("commitment opted in", "commitments opted in", count: figures.commitmentsOptedIn)),
            figure("published", figures.briefsPublished, messages.tn("Mayor Brief published", "Mayor Briefs published", count: figures.briefsPublished, context: "dashboard"), Paths.bestPractices.href(QueryString([("kind", "brief")]))),
            figure("awaiting-review", figures.briefsAwaitingReview, messages.tn("brief awaiting review", "briefs awaiting review", count: figures.briefsAwaitingReview), "#waiting"),
            figure(
                "not-started", counts.count(.notStarted),
                messages.tn("expected city with no brief for {year} (not started)", "expected cities with no brief for {year} (not started)",
                    count: counts.count(.notStarted), ["year": year]), "#without-brief"),
            figure(
                "not-submitted", counts.outstanding,
                messages.tn("expected city that has not submitted a brief for {year}", "expected cities that have not submitted a brief for {year}",
                    count: counts.outstanding, ["year": year]), complianceHref),
        ]
        self.year = year
        hasCities = figures.cities > 0
        hasMemberCities = figures.memberCities > 0
        waiting = snapshot.waiting.map { brief in
            let language = ContentLanguage(validating: brief.language) ?? .english
            return Waiting(
                city: brief.cityName, year: brief.year, title: brief.title, lang: language.tag, dir: language.direction, status: BriefStatus(rawValue: brief.status)?.label(messages) ?? brief.status,
                submittedAt: brief.submittedAt.map(Self.timestamp) ?? "—", datetime: brief.submittedAt ?? "",
                reviewHref: Paths.review.href(brief.id))
        }
        hasWaiting = !snapshot.waiting.isEmpty
        reporting = snapshot.compliance.compactMap { report in
            guard let cycle = report.cycle else { return nil }
            let counts = report.counts
            func link(_ timeliness: Timeliness) -> String {
                Paths.compliance.href(ComplianceFilter(year: cycle.year, timeliness: timeliness).query(year: cycle.year))
            }
            return Reporting(
                year: cycle.year, isOpen: report.openYears.contains(cycle.year), expected: counts.expected, outstanding: counts.outstanding,
                counts: Timeliness.allCases.map { Reporting.Count(key: $0.rawValue, label: $0.label(messages), value: counts.count($0), href: link($0)) },
                href: Paths.compliance.href(QueryString([("year", String(cycle.year))])))
        }
        hasReporting = !reporting.isEmpty
        let notStarted = (headline?.rows ?? []).filter { $0.timeliness == .notStarted }
        withoutBrief = notStarted.map { row in
            CityWithoutBrief(name: row.cityName, country: row.countryCode, region: row.regionName, cityHref: Paths.city.href(row.citySlug))
        }
        hasWithoutBrief = !notStarted.isEmpty
        actionChart = BarChart.svg(
            snapshot.perAction, id: "chart-actions", title: messages.t("Commitments per action"),
            description: messages.t("Horizontal bars: for each action, how many cities have opted in to it, most first."))
        actionRows = snapshot.perAction.map(Self.row)
        regionChart = BarChart.svg(
            snapshot.perRegion, id: "chart-regions", title: messages.t("Commitments per region"),
            description: messages.t("Vertical bars: opted-in commitments of the cities of each UCLG region."), orientation: .vertical)
        regionRows = snapshot.perRegion.map(Self.row)
        activity = snapshot.activity.map { event in
            Activity(
                at: Self.timestamp(event.at), datetime: event.at, who: event.who ?? messages.t("the platform"), action: AuditAction(event.action).label(messages),
                entity: AuditEntityName.label(event.entityType, messages), entityID: event.entityID ?? "", summary: event.summary,
                auditHref: Paths.auditLog.href(QueryString().adding("entity", event.entityType).adding("id", event.entityID)))
        }
        hasActivity = !snapshot.activity.isEmpty
        cycle = snapshot.cycle.map { cycle in
            Cycle(
                year: cycle.year, deadline: Formatting.date(cycle.deadline), datetime: cycle.deadline, note: cycle.note,
                daysLeft: Self.daysLeft(cycle.daysLeft(today: today), messages), overdue: (cycle.daysLeft(today: today) ?? 0) < 0)
        }
    }

    /// "120 days left", "1 day left", "due today", "3 days past the deadline".
    static func daysLeft(_ days: Int?, _ messages: Messages) -> String {
        guard let days else { return "" }
        if days == 0 { return messages.t("due today") }
        if days < 0 { return messages.tn("{count} day past the deadline", "{count} days past the deadline", count: -days) }
        return messages.tn("{count} day left", "{count} days left", count: days)
    }

    private static func row(_ bar: BarChartBar) -> ChartRow { ChartRow(label: bar.label, value: bar.value, href: bar.href, lang: bar.language) }

    /// '2026-03-01T09:30:00Z' → "1 March 2026, 09:30 UTC": the workspace's one style (`Formatting.timestamp`).
    static func timestamp(_ text: String) -> String { Formatting.timestamp(text) }
}
