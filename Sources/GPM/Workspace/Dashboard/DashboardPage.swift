import Foundation
import HTTP
import Mustache

/// `GET /workspace`: the secretariat's dashboard. City offices have their own start page, so they are
/// sent to `/workspace/city`; whether someone is secretariat is the policy's call (`.editRegistry`).
enum DashboardPage {
    static func respond(_ app: AppContext, _ request: Request) throws -> Response {
        let signedIn = try app.require(.viewWorkspace, request)
        guard Policy.can(signedIn.user, .editRegistry) else { return .redirect(to: "/workspace/city") }
        let snapshot = try DashboardService(database: app.database, clock: app.clock).snapshot()
        var context = context(snapshot)
        context["workspaceNav"] = ["home": true]
        context["canViewAuditLog"] = .bool(Policy.can(signedIn.user, .viewAuditLog))
        return try app.pages.page("pages/workspace/dashboard", path: "/workspace", context, user: signedIn)
    }

    static func context(_ snapshot: DashboardSnapshot) -> [String: MustacheValue] {
        let today = snapshot.today
        let figures = snapshot.figures
        let year = snapshot.cycle.map { String($0.year) } ?? "—"
        func figure(_ key: String, _ value: Int, _ label: String, _ href: String? = nil) -> MustacheValue {
            ["key": .string(key), "value": .string(Formatting.number(value)), "label": .string(label), "href": href.map { .string($0) } ?? .null]
        }
        var context: [String: MustacheValue] = [
            "figures": .array([
                figure("member-cities", figures.memberCities, "member cities", "/cities?membership=member"),
                figure("commitments", figures.commitmentsOptedIn, "commitments opted in"),
                figure("published", figures.briefsPublished, "Mayor Briefs published", "/best-practices?kind=brief"),
                figure("awaiting-review", figures.briefsAwaitingReview, "briefs awaiting review", "#waiting"),
                figure("not-started", figures.notStarted, "member cities with no brief for \(year) (not started)", "#without-brief"),
                figure("not-submitted", figures.notSubmitted, "member cities that have not submitted a brief for \(year)"),
            ]),
            "year": .string(year),
            "waiting": .array(snapshot.waiting.map(waiting)),
            "hasWaiting": .bool(!snapshot.waiting.isEmpty),
            "withoutBrief": .array(snapshot.withoutBrief.map { city in
                ["name": .string(city.name), "slug": .string(city.slug), "country": .string(city.countryCode), "region": .string(city.region)]
            }),
            "hasWithoutBrief": .bool(!snapshot.withoutBrief.isEmpty),
            "actionChart": .string(BarChart.svg(
                snapshot.perAction, id: "chart-actions", title: "Commitments per action",
                description: "Horizontal bars: for each action, how many cities have opted in to it, most first.")),
            "actionRows": .array(snapshot.perAction.map(row)),
            "regionChart": .string(BarChart.svg(
                snapshot.perRegion, id: "chart-regions", title: "Commitments per region",
                description: "Vertical bars: opted-in commitments of the cities of each UCLG region.", orientation: .vertical)),
            "regionRows": .array(snapshot.perRegion.map(row)),
            "activity": .array(snapshot.activity.map(activity)),
            "hasActivity": .bool(!snapshot.activity.isEmpty),
        ]
        if let cycle = snapshot.cycle {
            context["cycle"] = [
                "year": .int(cycle.year), "deadline": .string(Formatting.date(cycle.deadline)), "datetime": .string(cycle.deadline),
                "note": cycle.note.map { .string($0) } ?? .null, "daysLeft": .string(daysLeft(cycle.daysLeft(today: today))),
                "overdue": .bool((cycle.daysLeft(today: today) ?? 0) < 0),
            ]
        }
        return context
    }

    /// "120 days left", "1 day left", "due today", "3 days past the deadline".
    static func daysLeft(_ days: Int?) -> String {
        guard let days else { return "" }
        switch days {
        case 0: return "due today"
        case 1: return "1 day left"
        case -1: return "1 day past the deadline"
        case ..<0: return "\(-days) days past the deadline"
        default: return "\(days) days left"
        }
    }

    private static func waiting(_ brief: DashboardWaitingBrief) -> MustacheValue {
        [
            "id": .int(brief.id), "city": .string(brief.cityName), "citySlug": .string(brief.citySlug), "year": .int(brief.year),
            "title": .string(brief.title), "status": .string(Formatting.label(brief.status)),
            "submittedAt": .string(brief.submittedAt.map(timestamp) ?? "—"), "datetime": .string(brief.submittedAt ?? ""),
        ]
    }

    private static func row(_ bar: BarChartBar) -> MustacheValue {
        ["label": .string(bar.label), "value": .int(bar.value), "href": bar.href.map { .string($0) } ?? .null]
    }

    private static func activity(_ event: DashboardActivity) -> MustacheValue {
        [
            "at": .string(timestamp(event.at)), "datetime": .string(event.at), "who": .string(event.who),
            "action": .string(Formatting.label(event.action)), "entity": .string(event.entityType),
            "entityID": .string(event.entityID ?? ""), "summary": .string(event.summary),
            "auditQuery": .string(QueryString().adding("entity", event.entityType).adding("id", event.entityID).encoded),
        ]
    }

    /// '2026-03-01T09:30:00Z' → '2026-03-01 09:30 UTC'.
    static func timestamp(_ text: String) -> String {
        guard text.count >= 16, text.contains("T") else { return text }
        return text.prefix(16).replacingOccurrences(of: "T", with: " ") + " UTC"
    }
}
