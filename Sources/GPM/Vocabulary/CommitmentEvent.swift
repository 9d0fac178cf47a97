/// One line of a commitment's history (`commitment_events`), as every timeline reads it: the city
/// page, the action page and (later) the workspace decode the same row into this one record, so the
/// kinds and progress values are checked in one place and labelled by the vocabulary.
struct CommitmentEvent: Sendable, Equatable {
    let commitmentID: Int
    /// 'YYYY-MM-DD'.
    let occurredOn: String
    let kind: CommitmentEventKind
    /// Set for `.progress` events only (the table's CHECK says so).
    let progress: CommitmentProgress?
    let note: String?
    /// As the city typed it; only `SafeURL.mayLink` decides whether a page links it.
    let evidenceURL: String?
    let isDemo: Bool
    /// The secretariat recorded it for the city (migration 0020).
    var recordedBySecretariat = false
    /// The language the note is written in (`commitment_events.language`, migration 0045).
    var language: ContentLanguage = .english

    /// The note as pages write it, marked with its language (`lang`, `dir`); nil when there is none.
    var noteText: ContentTextView? { note.flatMap { $0.isEmpty ? nil : ContentTextView($0, language: language) } }

    /// "Opted in", "Opted out", "Progress: In progress".
    var label: String { kind.label(progress: progress) }

    /// The same in the page's language.
    func label(_ messages: Messages) -> String { kind.label(progress: progress, messages: messages) }
}
