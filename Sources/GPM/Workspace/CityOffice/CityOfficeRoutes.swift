import HTTP
import Mustache

/// `/workspace/city`: a city office's home — its city, the reporting cycle, what is asked of it this year
/// (the Mayor Brief) and where its commitments stand.
enum CityOfficeRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let offices = CityOfficeService(database: app.database, clock: app.clock)
        routes.get(Paths.cityOffice) { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let city: OfficeCity
            switch try offices.resolve(signedIn.user) {
            case .secretariat: return .redirect(to: Paths.workspace.href)
            case .missingCity: return try OfficeCity.missingCityPage(app, signedIn, path: Paths.cityOffice.href)
            case .city: city = try offices.require(Permission.viewCity, signedIn, request)
            }
            let home = try offices.home(city: city)
            var context: [String: MustacheValue] = [
                "city": ["name": .string(city.name), "href": .string(Paths.city.href(city.slug))],
                "commitments": CityOfficeContext.commitments(home.summary),
                "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.home)),
            ]
            if let cycle = home.cycle {
                context["cycle"] = CityOfficeContext.cycle(cycle, daysLeft: home.daysLeft)
                context["brief"] = CityOfficeContext.brief(status: home.briefStatus, year: cycle.year, city: city)
            }
            return try app.pages.page("pages/workspace/city/home", path: Paths.cityOffice.href, context, user: signedIn)
        }
    }
}

/// The home page's view model.
enum CityOfficeContext {
    static func cycle(_ cycle: ReportingCycle, daysLeft: Int?) -> MustacheValue {
        var entry: [String: MustacheValue] = [
            "year": .int(cycle.year), "deadline": .string(Formatting.date(cycle.deadline)), "deadlineISO": .string(cycle.deadline),
        ]
        if let note = cycle.note, !note.isEmpty { entry["note"] = .string(note) }
        if let days = daysLeft {
            entry["daysLeft"] = .string(
                days > 1 ? "\(days) days left" : days == 1 ? "1 day left" : days == 0 ? "due today" : "\(-days) days overdue")
            entry["isOverdue"] = .bool(days < 0)
        }
        return .dictionary(entry)
    }

    /// What is asked of the office about this year's brief, as one sentence and at most one link.
    static func brief(status: BriefStatus?, year: Int, city: OfficeCity) -> MustacheValue {
        switch status {
        case nil:
            return ["text": .string("Your city has not started its \(year) Mayor Brief yet."),
                    "href": .string(Paths.briefNew.href), "link": .string("Start your \(year) Mayor Brief"), "badge": "badge--warn",
                    "status": "Not started"]
        case .draft?:
            return ["text": .string("Your \(year) Mayor Brief is a draft: finish it and submit it before the deadline."),
                    "href": .string(Paths.briefs.href), "link": .string("Continue your \(year) Mayor Brief"), "badge": "badge--warn",
                    "status": "Draft"]
        case .changesRequested?:
            return ["text": .string("The secretariat asked for changes to your \(year) Mayor Brief: revise it and submit it again."),
                    "href": .string(Paths.briefs.href), "link": .string("Continue your \(year) Mayor Brief"), "badge": "badge--bad",
                    "status": "Changes requested"]
        case .submitted?:
            return ["text": .string("Your \(year) Mayor Brief is submitted and waiting for review by the secretariat."),
                    "href": .string(Paths.briefs.href), "link": .string("See your Mayor Briefs"), "badge": "badge--muted",
                    "status": "Waiting for review"]
        case .published?:
            return ["text": .string("Your \(year) Mayor Brief is published as a best practice."),
                    "href": .string(Paths.publishedBrief.href(city.slug, year)), "link": .string("Read your published \(year) Mayor Brief"),
                    "badge": "badge--ok", "status": "Published"]
        default:
            return ["text": .string("Your \(year) Mayor Brief was withdrawn."),
                    "href": .string(Paths.briefs.href), "link": .string("See your Mayor Briefs"), "badge": "badge--muted", "status": "Withdrawn"]
        }
    }

    static func commitments(_ summary: CommitmentSummary) -> MustacheValue {
        let rows: [MustacheValue] = CommitmentProgress.allCases.map { progress in
            ["label": .string(progress.label), "badge": .string(progress.badge), "count": .int(summary.optedInByProgress[progress] ?? 0)]
        } + [["label": "Not yet reported", "badge": "badge--muted", "count": .int(summary.optedInByProgress[nil] ?? 0)]]
        return [
            "optedIn": .int(summary.optedIn), "optedOut": .int(summary.optedOut),
            "actionsWord": .string(summary.optedIn == 1 ? "action" : "actions"), "hasOptedOut": .bool(summary.optedOut > 0),
            "byProgress": .array(rows),
            "hasAny": .bool(summary.optedIn + summary.optedOut > 0),
        ]
    }
}
