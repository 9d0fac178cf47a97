/// What the reporting-cycle page shows beyond the stored cycles: the two forms (edit the current cycle,
/// open the next year) with the user's input and messages, a conflict with someone else's save, and a
/// notice after a success. A form left nil shows the stored values.
struct ReportingCycleForms: Sendable {
    /// The edit of the current cycle as sent, with its problems.
    struct Edit: Sendable {
        var input: ReportingCycleInput
        var version: Int
        var errors: [String: String]
        /// The year the user meant to edit, when their save was refused as stale.
        var conflictYear: Int? = nil
    }

    /// The opening of the next year as sent, with its problems.
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
}
