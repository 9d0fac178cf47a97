/// A record's audit history as `partials/audit-history` shows it (under the name `history`): when, who,
/// what, and each changed field before → after. Every page that shows a record's history holds one.
/// The action is named in the reader's language (`AuditAction.label(_:)`); the summary and the values
/// stay as they were recorded (in English, at the time), which the page says to a French or Spanish reader.
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

        init(_ event: AuditEvent, messages: Messages) {
            at = Formatting.storedTimestamp(event.at)
            datetime = event.at
            // No user means the platform itself (a command, a migration).
            who = event.userEmail ?? messages.t("the platform")
            action = event.action.label(messages)
            entity = AuditEntityName.label(event.entityType, messages)
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
    /// For a reader of another language than English: the summaries are shown as recorded.
    let recordedNote: String?

    init(_ events: [AuditEvent], messages: Messages = Localization.englishOnly.messages(.en)) {
        self.events = events.map { Event($0, messages: messages) }
        hasEvents = !events.isEmpty
        recordedNote = messages.language == .en || events.isEmpty
            ? nil : messages.t("Each entry’s description is shown as it was recorded, in English.")
    }
}
