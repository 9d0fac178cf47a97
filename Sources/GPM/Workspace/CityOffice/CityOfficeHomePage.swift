/// A city office's home (`pages/workspace/city/home`): its city, each open reporting cycle (two while last
/// year's is still open for late offices) with what is asked of it there (the Mayor Brief) and its row of
/// the secretariat's compliance page, and where its commitments stand.
struct CityOfficeHomePage: Encodable {
    struct City: Encodable {
        let name: String
        /// The city's public page.
        let href: String
    }

    struct Cycle: Encodable {
        let year: Int
        let deadline: String
        let deadlineISO: String
        let note: String?
        /// "12 days left", "due today", "3 days overdue"; nil when the deadline is not a date.
        let daysLeft: String?
        let isOverdue: Bool

        /// The city's row on the secretariat's compliance page (nil when the cycle does not expect the city).
        let compliance: ComplianceRowView?
        let brief: Brief

        init(_ cycle: ReportingCycle, daysLeft days: Int?, compliance: ComplianceRow?, brief: Brief, messages: Messages) {
            self.compliance = compliance.map { ComplianceRowView($0, year: cycle.year, messages: messages) }
            self.brief = brief
            year = cycle.year
            deadline = Formatting.date(cycle.deadline)
            deadlineISO = cycle.deadline
            note = cycle.note.flatMap { $0.isEmpty ? nil : $0 }
            daysLeft = days.map { days in
                days > 0 ? messages.tn("{count} day left", "{count} days left", count: days)
                    : days == 0 ? messages.t("due today") : messages.tn("{count} day overdue", "{count} days overdue", count: -days)
            }
            isOverdue = (days ?? 0) < 0
        }
    }

    /// What is asked of the office about this year's brief, as one sentence and at most one link.
    struct Brief: Encodable {
        let text: String
        let href: String
        let link: String
        let badge: String
        let status: String

        init(status: BriefStatus?, year: Int, city: OfficeCity, messages: Messages) {
            let y = String(year)
            switch status {
            case nil:
                (text, href, link, badge, self.status) = (
                    messages.t("Your city has not started its {year} Mayor Brief yet.", ["year": y]),
                    Paths.briefNew.href(QueryString([("year", y)])), messages.t("Start your {year} Mayor Brief", ["year": y]), "badge--warn",
                    messages.t("Not started", context: "brief"))
            case .draft?:
                (text, href, link, badge, self.status) = (
                    messages.t("Your {year} Mayor Brief is a draft: finish it and submit it before the deadline.", ["year": y]),
                    Paths.briefs.href, messages.t("Continue your {year} Mayor Brief", ["year": y]), "badge--warn", messages.t("Draft"))
            case .changesRequested?:
                (text, href, link, badge, self.status) = (
                    messages.t("The secretariat asked for changes to your {year} Mayor Brief: revise it and submit it again.", ["year": y]),
                    Paths.briefs.href, messages.t("Continue your {year} Mayor Brief", ["year": y]), "badge--bad", messages.t("Changes requested"))
            case .submitted?:
                (text, href, link, badge, self.status) = (
                    messages.t("Your {year} Mayor Brief is submitted and waiting for review by the secretariat.", ["year": y]),
                    Paths.briefs.href, messages.t("See your Mayor Briefs"), "badge--muted", messages.t("Waiting for review"))
            case .published?:
                (text, href, link, badge, self.status) = (
                    messages.t("Your {year} Mayor Brief is published as a best practice.", ["year": y]),
                    Paths.publishedBrief.href(city.slug, year), messages.t("Read your published {year} Mayor Brief", ["year": y]), "badge--ok",
                    messages.t("Published", context: "brief"))
            case .withdrawn?:
                (text, href, link, badge, self.status) = (
                    messages.t("Your {year} Mayor Brief was withdrawn.", ["year": y]), Paths.briefs.href, messages.t("See your Mayor Briefs"),
                    "badge--muted", messages.t("Withdrawn", context: "brief"))
            }
        }
    }

    /// The city's commitments: how many it opted in to and out of, and the opted-in ones by progress.
    struct Commitments: Encodable {
        struct Progress: Encodable {
            let label: String
            let badge: String
            let count: Int
        }

        let optedIn: Int
        let optedOut: Int
        /// "Opted in to 3 actions; opted out of 1.", in the page's language.
        let optedInText: String
        let hasOptedOut: Bool
        let byProgress: [Progress]
        let hasAny: Bool

        init(_ summary: CommitmentSummary, messages: Messages) {
            optedIn = summary.optedIn
            optedOut = summary.optedOut
            optedInText = summary.optedOut > 0
                ? messages.tn(
                    "Opted in to {count} action; opted out of {optedOut}.", "Opted in to {count} actions; opted out of {optedOut}.",
                    count: summary.optedIn, ["optedOut": messages.number(summary.optedOut)])
                : messages.tn("Opted in to {count} action.", "Opted in to {count} actions.", count: summary.optedIn)
            hasOptedOut = summary.optedOut > 0
            byProgress = CommitmentProgress.allCases.map { progress in
                Progress(label: progress.label(messages), badge: progress.badge, count: summary.optedInByProgress[progress] ?? 0)
            } + [Progress(label: messages.t("Not yet reported"), badge: "badge--muted", count: summary.optedInByProgress[nil] ?? 0)]
            hasAny = summary.optedIn + summary.optedOut > 0
        }
    }

    let city: City
    /// The open cycles, latest first; empty while none is open.
    let cycles: [Cycle]
    let hasCycles: Bool
    let commitments: Commitments
    /// The secretariat reading a city's page: no office buttons, links to the briefs' review pages.
    let readBySecretariat: Bool
    let complianceHref = Paths.compliance.href
    let workspaceNav: WorkspaceNavView

    init(city: OfficeCity, home: CityOfficeHome, forSecretariat: Bool = false, messages: Messages) {
        readBySecretariat = forSecretariat
        workspaceNav = WorkspaceNavView(forSecretariat ? .compliance : .home)
        self.city = City(name: city.name, href: Paths.city.href(city.slug))
        cycles = home.cycles.map { open in
            Cycle(
                open.cycle, daysLeft: open.cycle.daysLeft(today: home.today), compliance: open.compliance,
                brief: Brief(status: open.briefStatus, year: open.cycle.year, city: city, messages: messages), messages: messages)
        }
        hasCycles = !home.cycles.isEmpty
        commitments = Commitments(home.summary, messages: messages)
    }
}
