import Mustache

/// Audit events as templates show them (`partials/audit-history`): when, who, what, and each changed field
/// before → after. Reused by every edit page that shows a record's history.
public enum AuditView {
    /// Context for `{{> partials/audit-history}}`: put it under the key `history`.
    public static func events(_ events: [AuditEvent]) -> MustacheValue {
        .dictionary([
            "hasEvents": .bool(!events.isEmpty),
            "events": .array(events.map(event)),
        ])
    }

    static func event(_ event: AuditEvent) -> MustacheValue {
        [
            "id": .int(event.id), "at": .string(event.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")),
            "datetime": .string(event.at), "who": .string(event.userEmail ?? "the platform"),
            "action": .string(Formatting.label(event.action.rawValue)),
            "entity": .string(event.entityType), "entityID": .string(event.entityID ?? ""), "summary": .string(event.summary),
            "changes": .array(
                event.changes.map { change in
                    ["field": .string(change.field), "before": .string(change.before ?? "—"), "after": .string(change.after ?? "—")]
                }),
            "hasChanges": .bool(!event.changes.isEmpty),
        ]
    }
}
