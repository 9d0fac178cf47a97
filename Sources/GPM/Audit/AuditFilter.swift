/// What the secretariat's audit browser narrows the log to; nil means "any".
struct AuditFilter: Sendable {
    var entityType: String?
    var entityID: String?
    var userID: Int?
}
