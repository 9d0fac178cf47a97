/// One action as the workspace lists it, with the city's stance on it (nil commitment: never opted in or out).
struct CommitmentActionStance: Sendable {
    let actionID: Int
    let actionSlug: String
    /// How the action is named (`ActionLabel`): pages write it in their language, the audit log in English.
    let actionLabel: ActionLabel
    /// The English label, as the audit log records it.
    var label: String { actionLabel.english }
    let text: String
    let sessionSlug: String
    let sessionTitle: String
    let themeName: String
    let commitment: Commitment?
    /// The session's and the theme's ids: where the secretariat's translations are found
    /// (`CommitmentActionContent`).
    var sessionID = 0
    var themeID = 0
}

/// A city's `commitments` row: its current stance and latest progress.
struct Commitment: Sendable {
    let id: Int
    let stance: CommitmentStance
    let since: String
    let progress: CommitmentProgress?
    let progressUpdatedOn: String?
    let version: Int
    let updatedAt: String
    /// When it was last confirmed, and whether a whole cycle passed without that.
    let freshness: CommitmentFreshness
    /// The secretariat recorded the latest change for the city.
    let recordedBySecretariat: Bool
}

/// The office's commitments page as read in one snapshot: the open cycle (nil: none) and every action.
struct CommitmentOverview: Sendable {
    let cycle: ReportingCycle?
    let actions: [CommitmentActionStance]
    /// The secretariat's translations into the reader's language, read in the same snapshot.
    var translations: ContentTranslations = .originals
}

/// One action as its workspace page reads it in one snapshot: the action with the city's stance, and its history.
struct CommitmentActionDetail: Sendable {
    let action: CommitmentActionStance
    /// The open cycle, nil when there is none.
    let cycle: ReportingCycle?
    let events: [CommitmentEvent]
    /// The secretariat's translations into the reader's language, read in the same snapshot.
    var translations: ContentTranslations = .originals
}
