import Foundation

/// `pages/workspace/compliance/index`: who reported in one cycle — for each expected city its timeliness
/// and its review state as two columns, the counts of each, filters, the CSV link and empty states.
struct CompliancePage: Encodable {
    /// One choice of a select.
    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// A count that filters the table to its rows.
    struct Count: Encodable {
        let key: String
        let label: String
        let value: Int
        let href: String
    }

    /// The cycle shown.
    struct Cycle: Encodable {
        let year: Int
        let opensOn: String
        let deadline: String
        let deadlineISO: String
        let deadlineEnds: String
        let closesOn: String
        let isOpen: Bool
        let expected: String
    }

    let cycle: Cycle?
    let years: [Option]
    let timelinessOptions: [Option]
    let reviewOptions: [Option]
    let regionOptions: [Option]
    let text: String
    let expectedCount: Int
    let timelinessCounts: [Count]
    let reviewCounts: [Count]
    let rows: [ComplianceRowView]
    let shownCount: Int
    let hasRows: Bool
    let noCycle: Bool
    /// The cycle expects no city (no member city with a commitment, say).
    let noneExpected: Bool
    /// Filters hide every row.
    let noMatch: Bool
    let isFiltered: Bool
    let csvHref: String
    let resetHref: String
    let formAction = Paths.compliance.href
    let cycleHref = Paths.reportingCycle.href
    let workspaceNav = WorkspaceNavView(.compliance)
    /// Admins: write one message to the offices of the cities shown (the same filter).
    let composeHref: String?

    init(_ report: ComplianceReport, filter: ComplianceFilter, canCompose: Bool = false, messages: Messages) {
        let year = report.cycle?.year
        let calendar = report.calendar
        cycle = report.cycle.map { cycle in
            Cycle(
                year: cycle.year, opensOn: Formatting.date(cycle.opensOn), deadline: Formatting.date(cycle.deadline), deadlineISO: cycle.deadline,
                deadlineEnds: Formatting.date(calendar.today(at: calendar.deadlineInstant(of: cycle))) + ", 00:00 " + calendar.timeZone.identifier,
                closesOn: Formatting.date(cycle.closesOn), isOpen: report.openYears.contains(cycle.year), expected: cycle.expected.label(messages))
        }
        years = report.cycles.map { cycle in
            Option(
                value: String(cycle.year),
                label: report.openYears.contains(cycle.year) ? messages.t("{year} (open)", ["year": String(cycle.year)]) : String(cycle.year),
                selected: cycle.year == year)
        }
        let any = messages.t("Any", context: "filter")
        timelinessOptions = [Option(value: "", label: any, selected: filter.timeliness == nil)]
            + Timeliness.allCases.map { Option(value: $0.rawValue, label: $0.label(messages), selected: $0 == filter.timeliness) }
        reviewOptions = [Option(value: "", label: any, selected: filter.review == nil)]
            + ReviewState.allCases.map { Option(value: $0.rawValue, label: $0.label(messages), selected: $0 == filter.review) }
        regionOptions = [Option(value: "", label: any, selected: filter.region == nil)]
            + report.regions.map { Option(value: $0.slug, label: UCLGRegions.name($0.name, messages), selected: $0.slug == filter.region) }
        text = filter.text
        let counts = report.counts
        expectedCount = counts.expected
        let base = ComplianceFilter(year: year)
        timelinessCounts = Timeliness.allCases.map { value in
            var only = base
            only.timeliness = value
            return Count(
                key: value.rawValue, label: value.label(messages), value: counts.count(value), href: Paths.compliance.href(only.query(year: year)))
        }
        reviewCounts = ReviewState.allCases.map { value in
            var only = base
            only.review = value
            return Count(
                key: value.rawValue, label: value.label(messages), value: counts.count(value), href: Paths.compliance.href(only.query(year: year)))
        }
        let shown = report.rows.filter(filter.matches)
        rows = shown.map { ComplianceRowView($0, year: year ?? 0, messages: messages) }
        shownCount = shown.count
        hasRows = !shown.isEmpty
        noCycle = report.cycle == nil
        noneExpected = report.cycle != nil && report.rows.isEmpty
        noMatch = !report.rows.isEmpty && shown.isEmpty
        isFiltered = filter.isFiltered
        csvHref = Paths.complianceCSV.href(filter.query(year: year))
        composeHref = canCompose && !shown.isEmpty ? Paths.secretariatMessage.href(filter.query(year: year)) : nil
        resetHref = Paths.compliance.href(base.query(year: year))
    }
}

/// One city's row as the compliance page and the city's workspace page show it.
struct ComplianceRowView: Encodable {
    let year: Int
    let city: String
    /// The city's workspace page (the same row, with its commitments).
    let cityHref: String
    let region: String
    let country: String
    let timeliness: String
    let timelinessKey: String
    let timelinessBadge: String
    let submittedAt: String?
    let submittedISO: String?
    let review: String
    let reviewKey: String
    let reason: String?
    let briefTitle: String?
    /// The brief's language on its title; nil for "Untitled draft" (the page's words).
    let briefLang: String?
    let briefDir: String?
    /// The brief on the review page (reviewers open it from here).
    let briefHref: String?

    init(_ row: ComplianceRow, year: Int, messages: Messages) {
        self.year = year
        city = row.cityName
        cityHref = Paths.cityOffice.href(QueryString([("city", row.citySlug)]))
        region = UCLGRegions.name(row.regionName, messages)
        country = row.countryCode
        timeliness = row.timeliness.label(messages)
        timelinessKey = row.timeliness.rawValue
        timelinessBadge = row.timeliness.badge
        submittedAt = row.firstSubmittedAt.map(Formatting.storedTimestamp)
        submittedISO = row.firstSubmittedAt
        review = row.review.label(messages)
        reviewKey = row.review.rawValue
        reason = row.noBriefReason
        briefTitle = row.briefID.map { _ in (row.briefTitle ?? "").isEmpty ? messages.t("Untitled draft") : (row.briefTitle ?? "") }
        let titled = (row.briefTitle ?? "").isEmpty ? nil : ContentLanguage(validating: row.briefLanguage ?? "") ?? .english
        briefLang = titled?.tag
        briefDir = titled?.direction
        briefHref = row.briefID.map { Paths.review.href($0) }
    }
}
