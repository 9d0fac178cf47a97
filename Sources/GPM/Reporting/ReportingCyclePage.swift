import Mustache

/// The state of the reporting-cycle page: the two forms (edit the current cycle, open the next year) with
/// the user's input and messages, a conflict with someone else's save, and a notice after a success.
/// A form left nil shows the stored values.
struct ReportingCyclePage: Sendable {
    struct Edit: Sendable {
        var input: ReportingCycleInput
        var version: Int
        var errors: [String: String]
        /// The year the user meant to edit, when their save was refused as stale.
        var conflictYear: Int? = nil
    }

    struct Opening: Sendable {
        var year: Int
        var input: ReportingCycleInput
        var errors: [String: String]
    }

    var edit: Edit?
    var opening: Opening?
    /// The cycle as stored now, after a refused stale edit.
    var conflict: ReportingCycle?
    var conflictSavedAt: String?
    /// The year someone else opened while this user was filling in the form.
    var staleOpening: Int?
    var notice: String?

    func context(cycles: [ReportingCycle]) -> [String: MustacheValue] {
        let current = cycles.first
        let nextYear = (current?.year ?? 2025) + 1
        var context: [String: MustacheValue] = [
            "cycles": .array(cycles.map { cycle in
                [
                    "year": .int(cycle.year), "deadline": .string(Formatting.date(cycle.deadline)), "datetime": .string(cycle.deadline),
                    "note": .string(cycle.note ?? ""), "isCurrent": .bool(cycle.year == current?.year),
                ]
            }),
            "hasCycles": .bool(!cycles.isEmpty),
        ]
        if let current {
            let stored = ReportingCycleInput(deadline: current.deadline, note: current.note ?? "")
            let edit = edit ?? Edit(input: stored, version: current.version, errors: [:])
            context["edit"] = [
                "year": .int(conflict?.year ?? current.year), "deadline": .string(edit.input.deadline), "note": .string(edit.input.note),
                "version": .int(edit.version), "errors": Self.errors(edit.errors),
            ]
        }
        let opening = opening ?? Opening(year: nextYear, input: ReportingCycleInput(deadline: "", note: ""), errors: [:])
        context["opening"] = [
            "year": .int(nextYear), "deadline": .string(opening.input.deadline), "note": .string(opening.input.note),
            "example": .string("\(nextYear + 1)-03-31"), "errors": Self.errors(opening.errors),
        ]
        if let conflict {
            var message = "Someone else saved the \(conflict.year) reporting cycle"
            if let at = conflictSavedAt { message += " at " + DashboardPage.timestamp(at) }
            if let year = edit?.conflictYear, year != conflict.year {
                message = "The \(conflict.year) reporting cycle was opened after you loaded this page"
            }
            context["conflict"] = [
                "message": .string(message), "deadline": .string(conflict.deadline), "note": .string(conflict.note ?? "—"),
            ]
        }
        if let staleOpening {
            context["staleOpening"] = .string(
                "The \(current?.year ?? staleOpening) reporting cycle is already open: "
                    + "someone opened it while you were filling in the form. Nothing was changed; check its deadline below.")
        }
        var summary: [MustacheValue] = []
        for (field, message) in (edit?.errors ?? [:]).sorted(by: { $0.key < $1.key }) {
            summary.append(["href": .string("#edit-\(field)"), "message": .string(message)])
        }
        for (field, message) in (self.opening?.errors ?? [:]).sorted(by: { $0.key < $1.key }) {
            summary.append(["href": .string("#new-\(field)"), "message": .string(message)])
        }
        context["errorSummary"] = .array(summary)
        context["hasErrors"] = .bool(!summary.isEmpty)
        if let notice { context["notice"] = .string(notice) }
        return context
    }

    /// `errors.deadline`, `errors.note`: present only when the field has a problem.
    private static func errors(_ errors: [String: String]) -> MustacheValue {
        .dictionary(errors.mapValues { .string($0) })
    }
}
