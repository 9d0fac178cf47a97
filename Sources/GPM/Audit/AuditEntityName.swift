/// The kind of record an audit entry is about (`audit_events.entity_type`), named in the reader's language
/// ("commitment 12" → "engagement 12"). A kind without a name here shows as stored.
enum AuditEntityName {
    static func label(_ entityType: String, _ messages: Messages) -> String {
        switch entityType {
        case "user": messages.t("user", context: "audit record")
        case "city": messages.t("city", context: "audit record")
        case "city_import": messages.t("city import", context: "audit record")
        case "commitment": messages.t("commitment", context: "audit record")
        case "country": messages.t("country", context: "audit record")
        case "invitation": messages.t("invitation", context: "audit record")
        case "mail_choices": messages.t("mail choices", context: "audit record")
        case "mail_settings": messages.t("mail settings", context: "audit record")
        case "no_brief_declaration": messages.t("declaration of no brief", context: "audit record")
        case "outbox": messages.t("outbox message", context: "audit record")
        case "reporting_cycle": messages.t("reporting cycle", context: "audit record")
        case "secretariat_message": messages.t("secretariat message", context: "audit record")
        case "secretariat_settings": messages.t("secretariat settings", context: "audit record")
        case "setting": messages.t("setting", context: "audit record")
        case "session": messages.t("strategy session", context: "audit record")
        case "mayor_brief": messages.t("Mayor Brief", context: "audit record")
        case "attachment": messages.t("attachment", context: "audit record")
        case "action": messages.t("action", context: "audit record")
        case "case_study": messages.t("case study", context: "audit record")
        case "convening": messages.t("convening", context: "audit record")
        case "network": messages.t("network", context: "audit record")
        case "partnership": messages.t("partnership", context: "audit record")
        case "principle": messages.t("guiding principle", context: "audit record")
        case "theme": messages.t("theme", context: "audit record")
        default: entityType
        }
    }
}
