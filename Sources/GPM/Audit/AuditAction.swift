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

extension AuditAction {
    /// The action's name in the language of `messages`, for the audit log's pages (what was done; the
    /// entry's description stays as recorded). An action without a label here shows its stored name.
    func label(_ messages: Messages) -> String {
        switch rawValue {
        case "create": messages.t("Create", context: "audit")
        case "update": messages.t("Update", context: "audit")
        case "delete": messages.t("Delete", context: "audit")
        case "submit": messages.t("Submit", context: "audit")
        case "publish": messages.t("Publish", context: "audit")
        case "request_changes": messages.t("Request changes", context: "audit")
        case "withdraw": messages.t("Withdraw", context: "audit")
        case "confirm": messages.t("Confirm", context: "audit")
        case "progress": messages.t("Progress", context: "audit")
        case "send": messages.t("Send", context: "audit")
        case "revoke": messages.t("Revoke", context: "audit")
        case "retry": messages.t("Retry", context: "audit")
        case "discard": messages.t("Discard", context: "audit")
        case "reset_link": messages.t("Reset link", context: "audit")
        case "reorder": messages.t("Reorder", context: "audit")
        case "import": messages.t("Import", context: "audit")
        case "end_sessions": messages.t("End sessions", context: "audit")
        case "add_person": messages.t("Add person", context: "audit")
        case "remove_person": messages.t("Remove person", context: "audit")
        case "add_member": messages.t("Add member", context: "audit")
        case "remove_member": messages.t("Remove member", context: "audit")
        case "add_membership": messages.t("Add membership", context: "audit")
        case "remove_membership": messages.t("Remove membership", context: "audit")
        default: Formatting.label(rawValue)
        }
    }
}
