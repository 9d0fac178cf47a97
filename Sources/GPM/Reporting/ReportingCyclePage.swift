/// `pages/workspace/cycle/index`: the cycles, the form to edit the current one, the form to open the next
/// year, and the messages around them (errors, a conflict, a stale opening, a notice after a success).
struct ReportingCyclePage: Encodable {
    /// A field's message beside it; nil when the field has no problem.
    struct FieldErrors: Encodable {
        let deadline: String?
        let note: String?

        init(_ errors: [String: String]) {
            deadline = errors["deadline"]
            note = errors["note"]
        }
    }

    /// The form editing the current cycle.
    struct Edit: Encodable {
        let year: Int
        let deadline: String
        let note: String
        let version: Int
        let errors: FieldErrors
        let action = Paths.reportingCycle.href
    }

    /// The form opening the next year.
    struct Opening: Encodable {
        let year: Int
        let deadline: String
        let note: String
        /// A deadline to show as the format's example.
        let example: String
        let errors: FieldErrors
        let action = Paths.reportingCycleNew.href
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
        let deadline: String
        let datetime: String
        let note: String
        let isCurrent: Bool
    }

    let cycles: [Row]
    let hasCycles: Bool
    let edit: Edit?
    let opening: Opening
    let conflict: Conflict?
    let staleOpening: String?
    let errorSummary: [ErrorLink]
    let hasErrors: Bool
    let notice: String?
    /// No cycle has been opened yet (a new install): city offices cannot start a brief until one is.
    let noCycle: Bool
    let workspaceNav = WorkspaceNavView(.cycle)

    /// `thisYear` (by the platform clock) is the year offered for the first cycle.
    init(_ forms: ReportingCycleForms, cycles: [ReportingCycle], thisYear: Int) {
        let current = cycles.first
        let nextYear = current.map { $0.year + 1 } ?? min(max(thisYear, 2016), 2100)
        self.cycles = cycles.map { cycle in
            Row(
                year: cycle.year, deadline: Formatting.date(cycle.deadline), datetime: cycle.deadline, note: cycle.note ?? "",
                isCurrent: cycle.year == current?.year)
        }
        hasCycles = !cycles.isEmpty
        noCycle = cycles.isEmpty
        edit = current.map { current in
            let stored = ReportingCycleInput(deadline: current.deadline, note: current.note ?? "")
            let edit = forms.edit ?? .init(input: stored, version: current.version, errors: [:])
            return Edit(
                year: forms.conflict?.year ?? current.year, deadline: edit.input.deadline, note: edit.input.note, version: edit.version,
                errors: FieldErrors(edit.errors))
        }
        let opening = forms.opening ?? .init(year: nextYear, input: ReportingCycleInput(deadline: "", note: ""), errors: [:])
        // The first cycle's year is the admin's choice: keep what they sent when the form comes back.
        let openingYear = cycles.isEmpty ? opening.year : nextYear
        self.opening = Opening(
            year: openingYear, deadline: opening.input.deadline, note: opening.input.note, example: "\(openingYear + 1)-03-31",
            errors: FieldErrors(opening.errors))
        conflict = forms.conflict.map { conflict in
            var message = "Someone else saved the \(conflict.year) reporting cycle"
            if let at = forms.conflictSavedAt { message += " at " + DashboardPage.timestamp(at) }
            if let year = forms.edit?.conflictYear, year != conflict.year {
                message = "The \(conflict.year) reporting cycle was opened after you loaded this page"
            }
            return Conflict(message: message, deadline: conflict.deadline, note: conflict.note ?? "—")
        }
        staleOpening = forms.staleOpening.map { year in
            "The \(current?.year ?? year) reporting cycle is already open: "
                + "someone opened it while you were filling in the form. Nothing was changed; check its deadline below."
        }
        let editErrors = (forms.edit?.errors ?? [:]).sorted { $0.key < $1.key }.map { ErrorLink(href: "#edit-\($0.key)", message: $0.value) }
        let openingErrors = (forms.opening?.errors ?? [:]).sorted { $0.key < $1.key }.map { ErrorLink(href: "#new-\($0.key)", message: $0.value) }
        errorSummary = editErrors + openingErrors
        hasErrors = !errorSummary.isEmpty
        notice = forms.notice
    }
}
