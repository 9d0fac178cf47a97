import Foundation

/// `pages/workspace/cycle/index`: the cycles with their dates and whether each is open, the form to edit
/// one (the latest unless `?edit=` names another), the form to open the next year, the secretariat's time
/// zone, and the messages around them (errors beside their fields, a conflict, a stale opening, a notice).
struct ReportingCyclePage: Encodable {
    /// A field's message beside it; nil when the field has no problem.
    struct FieldErrors: Encodable {
        let opensOn: String?
        let deadline: String?
        let closesOn: String?
        let note: String?
        let cities: String?

        init(_ errors: [String: String]) {
            opensOn = errors["opens_on"]
            deadline = errors["deadline"]
            closesOn = errors["closes_on"]
            note = errors["note"]
            cities = errors["cities"]
        }
    }

    /// One choice of a select.
    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// A cycle's form (editing one, or opening the next year): `prefix` keeps the two forms' ids apart.
    struct CycleForm: Encodable {
        let prefix: String
        let year: Int
        let opensOn: String
        let deadline: String
        let closesOn: String
        let note: String
        let expected: [Option]
        let cities: String
        let version: Int?
        let errors: FieldErrors
        let action: String

        init(
            prefix: String, year: Int, input: ReportingCycleInput, version: Int?, errors: [String: String], action: String, messages: Messages
        ) {
            self.prefix = prefix
            self.year = year
            opensOn = input.opensOn
            deadline = input.deadline
            closesOn = input.closesOn
            note = input.note
            expected = ExpectedCities.allCases.map { Option(value: $0.rawValue, label: $0.label(messages), selected: $0 == input.expected) }
            cities = input.cities
            self.version = version
            self.errors = FieldErrors(errors)
            self.action = action
        }
    }

    /// Someone else's save that refused this user's.
    struct Conflict: Encodable {
        let message: String
        let deadline: String
        let note: String
    }

    /// A line of the error summary, linking to its field.
    struct ErrorLink: Encodable {
        let href: String
        let message: String
    }

    /// One cycle in the table.
    struct Row: Encodable {
        let year: Int
        let opensOn: String
        let opensISO: String
        let deadline: String
        let deadlineISO: String
        /// The instant the deadline passes, in the secretariat's zone ("1 April 2027, 00:00 Europe/Amsterdam").
        let deadlineEnds: String
        let closesOn: String
        let closesISO: String
        let expected: String
        let note: String
        let isOpen: Bool
        let state: String
        let editHref: String
        let complianceHref: String
    }

    /// The secretariat's time zone and its form (admins only).
    struct TimeZoneForm: Encodable {
        let identifier: String
        let version: Int
        let error: String?
        let canEdit: Bool
        let action = Paths.reportingTimeZone.href
    }

    let cycles: [Row]
    let hasCycles: Bool
    let edit: CycleForm?
    let opening: CycleForm
    let conflict: Conflict?
    let staleOpening: String?
    /// "There is a problem": the edit form's, the new cycle's and the time zone's messages, top to bottom.
    let errorSummary: FormErrorSummaryView
    let hasErrors: Bool
    let notice: String?
    /// No cycle has been opened yet (a new install): city offices cannot start a brief until one is.
    let noCycle: Bool
    let timeZone: TimeZoneForm
    let today: String
    let workspaceNav = WorkspaceNavView(.cycle)

    /// `thisYear` (by the platform clock) is the year offered for the first cycle; refusals are written in the
    /// language of `messages`.
    init(
        _ forms: ReportingCycleForms, overview: ReportingCycleOverview, thisYear: Int, canSetTimeZone: Bool,
        messages: Messages = Localization.englishOnly.messages(.en)
    ) {
        let latest = overview.cycles.first
        let nextYear = latest.map { $0.year + 1 } ?? min(max(thisYear, 2016), 2100)
        let calendar = overview.calendar
        cycles = overview.cycles.map { cycle in
            let ends = calendar.deadlineInstant(of: cycle)
            let state = overview.openYears.contains(cycle.year)
                ? messages.t("open", context: "cycle") : cycle.opensOn > overview.today ? messages.t("not yet open", context: "cycle") : messages.t("closed", context: "cycle")
            return Row(
                year: cycle.year, opensOn: Formatting.date(cycle.opensOn), opensISO: cycle.opensOn, deadline: Formatting.date(cycle.deadline),
                deadlineISO: cycle.deadline,
                deadlineEnds: Formatting.date(calendar.today(at: ends)) + ", 00:00 " + calendar.timeZone.identifier,
                closesOn: Formatting.date(cycle.closesOn), closesISO: cycle.closesOn, expected: cycle.expected.label(messages), note: cycle.note ?? "",
                isOpen: overview.openYears.contains(cycle.year), state: state,
                editHref: Paths.reportingCycle.href(QueryString([("edit", String(cycle.year))])) + "#edit-heading",
                complianceHref: Paths.compliance.href(QueryString([("year", String(cycle.year))])))
        }
        hasCycles = !overview.cycles.isEmpty
        noCycle = overview.cycles.isEmpty
        let editing = forms.edit.map(\.year) ?? forms.editYear
        let edited = overview.cycles.first { $0.year == editing } ?? latest
        edit = edited.map { cycle in
            let stored = ReportingCycleInput(cycle, cities: overview.chosenCities[cycle.year] ?? [])
            let sent = forms.edit ?? .init(year: cycle.year, input: stored, version: cycle.version, errors: [:])
            return CycleForm(prefix: "edit", year: cycle.year, input: sent.input, version: sent.version, errors: sent.errors,
                             action: Paths.reportingCycle.href, messages: messages)
        }
        let suggested = ReportingCycleInput(
            opensOn: max(overview.today, "\(nextYear)-01-01") <= "\(nextYear + 1)-03-31" ? max(overview.today, "\(nextYear)-01-01") : "",
            deadline: "", closesOn: "\(nextYear + 1)-07-01", note: "")
        let opening = forms.opening ?? .init(year: nextYear, input: suggested, errors: [:])
        // The first cycle's year is the admin's choice: keep what they sent when the form comes back.
        let openingYear = overview.cycles.isEmpty ? opening.year : nextYear
        self.opening = CycleForm(prefix: "new", year: openingYear, input: opening.input, version: nil, errors: opening.errors,
                                 action: Paths.reportingCycleNew.href, messages: messages)
        conflict = forms.conflict.map { conflict in
            // No final full stop: the page ends the sentence before the other side's values.
            let message = forms.conflictSavedAt.map { at in
                messages.t(
                    "Someone else saved the {year} reporting cycle at {time}",
                    ["year": String(conflict.year), "time": DashboardPage.timestamp(at)])
            } ?? messages.t("Someone else saved the {year} reporting cycle", ["year": String(conflict.year)])
            return Conflict(message: message, deadline: conflict.deadline, note: conflict.note ?? "—")
        }
        staleOpening = forms.staleOpening.map { year in
            messages.t(
                "The {year} reporting cycle is already open: someone opened it while you were filling in the form. Nothing was changed; check its dates below.",
                ["year": String(latest?.year ?? year)])
        }
        func links(_ prefix: String, _ errors: [String: String]?) -> [ErrorLink] {
            // The fields' order in `partials/cycle-fields`, not the keys' alphabet.
            let order = ["opens_on", "deadline", "closes_on", "cities", "note"]
            let rank = { (key: String) in order.firstIndex(of: key) ?? order.count }
            return (errors ?? [:]).sorted { (rank($0.key), $0.key) < (rank($1.key), $1.key) }
                .map { ErrorLink(href: "#\(prefix)-\($0.key.replacingOccurrences(of: "_", with: "-"))", message: $0.value) }
        }
        var summary = links("edit", forms.edit?.errors) + links("new", forms.opening?.errors)
        if let error = forms.timeZone?.error { summary.append(ErrorLink(href: "#time-zone", message: error)) }
        errorSummary = FormErrorSummaryView(summary.map { (id: String($0.href.dropFirst()), message: $0.message) })
        hasErrors = !summary.isEmpty
        notice = forms.notice
        timeZone = TimeZoneForm(
            identifier: forms.timeZone?.identifier ?? overview.timeZone, version: forms.timeZone?.version ?? overview.timeZoneVersion,
            error: forms.timeZone?.error, canEdit: canSetTimeZone)
        today = Formatting.date(overview.today)
    }
}

/// `pages/workspace/cycle/confirm`: before a year is opened, the cities still without a submitted brief in
/// the previous cycle, and the button that opens it with the values as sent.
struct ReportingCycleConfirmPage: Encodable {
    struct City: Encodable {
        let name: String
        let status: String
        let href: String
    }

    let year: Int
    let opensOn: String
    let deadline: String
    let closesOn: String
    let note: String
    let expected: String
    let cities: String
    let previousYear: Int?
    let previousCloses: String
    let previousIsOpen: Bool
    let outstanding: [City]
    let outstandingCount: Int
    let hasOutstanding: Bool
    let summary: String
    let action = Paths.reportingCycleNew.href
    let backHref = Paths.reportingCycle.href
    let workspaceNav = WorkspaceNavView(.cycle)

    init(
        year: Int, input: ReportingCycleInput, previous: ReportingCycle?, outstanding: [ComplianceRow], previousIsOpen: Bool,
        messages: Messages = Localization.englishOnly.messages(.en)
    ) {
        self.year = year
        opensOn = input.opensOn
        deadline = input.deadline
        closesOn = input.closesOn
        note = input.note
        expected = input.expected.rawValue
        cities = input.cities
        previousYear = previous?.year
        previousCloses = previous.map { Formatting.date($0.closesOn) } ?? ""
        self.previousIsOpen = previousIsOpen
        self.outstanding = outstanding.map { row in
            City(name: row.cityName, status: row.timeliness.label(messages), href: Paths.compliance.href(QueryString([("year", String(year - 1)), ("q", row.cityName)])))
        }
        outstandingCount = outstanding.count
        hasOutstanding = !outstanding.isEmpty
        if let previous {
            let year = String(previous.year), closes = Formatting.date(previous.closesOn)
            if outstanding.isEmpty {
                summary = messages.t("Every city expected in {year} has submitted its brief or declared none.", ["year": year])
            } else if previousIsOpen {
                summary = messages.tn(
                    "{count} city has not reported for {year}; it can still file until {closes} (the {year} cycle closes that day).",
                    "{count} cities have not reported for {year}; they can still file until {closes} (the {year} cycle closes that day).",
                    count: outstanding.count, ["year": year, "closes": closes])
            } else {
                summary = messages.tn(
                    "{count} city has not reported for {year}; the {year} cycle is closed, so it can no longer file.",
                    "{count} cities have not reported for {year}; the {year} cycle is closed, so they can no longer file.",
                    count: outstanding.count, ["year": year, "closes": closes])
            }
        } else {
            summary = messages.t("There is no {year} cycle, so no city is left behind.", ["year": String(year - 1)])
        }
    }
}
