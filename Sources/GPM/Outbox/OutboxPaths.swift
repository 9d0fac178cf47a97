/// The admin's outbox: the list (filtered by state, paged), one message, and its retry and discard.
extension Paths {
    static let adminOutbox = Path("/admin/outbox", query: ["state", "page", "digest"])
    /// The weekly digest's weekday and hour.
    static let adminOutboxDigest = Path("/admin/outbox/digest")
    static let adminOutboxMessage = Path1<Int>("/admin/outbox/:id", query: ["done"])
    static let adminOutboxRetry = Path1<Int>("/admin/outbox/:id/retry")
    /// GET asks for confirmation, POST discards.
    static let adminOutboxDiscard = Path1<Int>("/admin/outbox/:id/discard", query: [])
}
