/// What happened to a record, as the audit log names it. The usual three, plus named events
/// (`AuditAction("publish")`) for workflow steps that are neither.
public struct AuditAction: RawRepresentable, Sendable, Equatable, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let create = AuditAction("create")
    public static let update = AuditAction("update")
    public static let delete = AuditAction("delete")
}
