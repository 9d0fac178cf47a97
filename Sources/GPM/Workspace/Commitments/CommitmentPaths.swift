/// A city office's commitments: the list of actions and one action's stance and progress forms.
/// The secretariat may name a city (`?city=`), so the pages keep every query parameter in the cache key.
extension Paths {
    static let commitments = Path("/workspace/commitments")
    static let commitment = Path1<String>("/workspace/commitments/:actionSlug")
    static let commitmentStance = Path1<String>("/workspace/commitments/:actionSlug/stance")
    static let commitmentProgress = Path1<String>("/workspace/commitments/:actionSlug/progress")
    /// "No change": the commitment is confirmed for the open cycle as it stands.
    static let commitmentConfirm = Path1<String>("/workspace/commitments/:actionSlug/confirm")
    /// "Confirm all unchanged": every commitment not yet confirmed in the open cycle.
    static let commitmentsConfirmAll = Path("/workspace/commitments/confirm-all")
    /// The secretariat records a city's stance and progress (a city without an account); `?action=` picks one.
    static let secretariatCommitments = Path1<Int>("/workspace/cities/:id/commitments", query: ["action", "saved"])
}
