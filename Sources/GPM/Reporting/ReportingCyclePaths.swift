/// The reporting-cycle settings: the page (with the notice after a save or an opening) and its two forms.
extension Paths {
    /// `saved=<year>` or `opened=<year>` after a success, for the notice.
    static let reportingCycle = Path("/workspace/reporting-cycle", query: ["saved", "opened"])
    static let reportingCycleNew = Path("/workspace/reporting-cycle/new")
}
