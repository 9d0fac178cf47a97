/// The reporting-cycle settings: the page (with the notice after a save or an opening, and the cycle to
/// edit) and its forms.
extension Paths {
    /// `saved=<year>`, `opened=<year>` or `zone=1` after a success, for the notice; `edit=<year>` picks the cycle to edit.
    static let reportingCycle = Path("/workspace/reporting-cycle", query: ["saved", "opened", "zone", "edit"])
    /// Opening a year: the first post shows the confirmation, the second (`confirm=1`) opens it.
    static let reportingCycleNew = Path("/workspace/reporting-cycle/new")
    static let reportingTimeZone = Path("/workspace/reporting-cycle/time-zone")
}
