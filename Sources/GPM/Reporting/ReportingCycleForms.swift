/// What the reporting-cycle page shows beyond the stored cycles: the forms (edit a cycle, open the next
/// year, the time zone) with the user's input and messages, a conflict with someone else's save, and a
/// notice after a success. A form left nil shows the stored values.
struct ReportingCycleForms: Sendable {
    /// The edit of a cycle as sent, with its problems.
    struct Edit: Sendable {
        var year: Int
        var input: ReportingCycleInput
        var version: Int
        var errors: [String: String]
    }

    /// The opening of the next year as sent, with its problems.
    struct Opening: Sendable {
        var year: Int
        var input: ReportingCycleInput
        var errors: [String: String]
    }

    /// The time zone as sent, with its problem.
    struct TimeZone: Sendable {
        var identifier: String
        var version: Int
        var error: String?
    }

    /// The year whose edit form shows (nil: the latest).
    var editYear: Int?
    var edit: Edit?
    var opening: Opening?
    var timeZone: TimeZone?
    /// The cycle as stored now, after a refused stale edit.
    var conflict: ReportingCycle?
    var conflictSavedAt: String?
    /// The year someone else opened while this user was filling in the form.
    var staleOpening: Int?
    var notice: String?
}
