/// The secretariat's review of Mayor Briefs: the queue, one brief's review page and its withdrawal.
extension Paths {
    static let reviews = Path("/workspace/reviews", query: [])
    static let review = Path1<Int>("/workspace/reviews/:briefID", query: ["decided"])
    static let reviewWithdraw = Path1<Int>("/workspace/reviews/:briefID/withdraw", query: [])
}
