/// A record's audit history as `partials/audit-history` shows it (under the name `history`): when, who,
/// what, and each changed field before → after. Every page that shows a record's history holds one.
struct AuditHistoryView: Encodable {
    /// One entry of the log.
    struct Event: Encodable {
        /// As shown: '2026-03-01 09:30:00 UTC'.
        let at: String
        /// As stored, for `<time datetime>`.
        let datetime: String
        let who: String
        let action: String
        let entity: String
        /// Empty when the event names no single record.
        let entityID: String
        let summary: String
        let changes: [Change]
        let hasChanges: Bool

        init(_ event: AuditEvent) {
            at = Formatting.storedTimestamp(event.at)
            datetime = event.at
            // No user means the platform itself (a command, a migration).
            who = event.userEmail ?? "the platform"
            action = Formatting.label(event.action.rawValue)
            entity = event.entityType
            entityID = event.entityID ?? ""
            summary = event.summary
            changes = event.changes.map(Change.init)
            hasChanges = !changes.isEmpty
        }
    }

    /// One changed field; a field absent on one side shows as a dash.
    struct Change: Encodable {
        let field: String
        let before: Value
        let after: Value

        init(_ change: AuditEvent.Change) {
            field = change.field
            before = Value(change.before ?? "—")
            after = Value(change.after ?? "—")
        }
    }

    /// A value as the table shows it: a long one (a section's text) collapsed behind its first words,
    /// so a page of entries stays a page.
    struct Value: Encodable {
        /// Values longer than this are collapsed.
        static let collapsedAbove = 160

        let text: String
        let preview: String
        let isLong: Bool

        init(_ text: String) {
            self.text = text
            isLong = text.count > Self.collapsedAbove
            preview = isLong ? String(text.prefix(Self.collapsedAbove - 40)) + "…" : text
        }
    }

    let hasEvents: Bool
    let events: [Event]

    init(_ events: [AuditEvent]) {
        self.events = events.map(Event.init)
        hasEvents = !events.isEmpty
    }
}
