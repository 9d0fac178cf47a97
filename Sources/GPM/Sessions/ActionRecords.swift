/// The session an action belongs to, as the action's page heads it.
struct ActionSession: Sendable {
    let id: Int
    let slug: String
    let title: String
    let number: Int?
    let themeSlug: String
    let themeName: String
    let conveningTitle: String
    /// The theme's and the convening's ids, for their translations.
    let themeID: Int
    let conveningID: Int
}

/// A Sustainable Development Goal an action serves.
struct ActionSDG: Sendable {
    let number: Int
    let name: String
}

/// A city's current stance on the action, with its latest progress note.
struct ActionCommitment: Sendable {
    let stance: CommitmentStance
    let cityName: String
    let citySlug: String
    let regionName: String
    let latitude: Double?
    let longitude: Double?
    let since: String
    let progress: CommitmentProgress?
    let progressUpdatedOn: String?
    /// The latest progress note, in its language.
    let latestNote: ContentText?
    let isDemo: Bool
    /// When the city last confirmed it, and whether a whole cycle passed without that.
    let freshness: CommitmentFreshness
    /// The secretariat recorded the latest change for the city.
    let recordedBySecretariat: Bool
}

/// One line of the action's timeline: a commitment event and the city it is about.
struct ActionTimelineEntry: Sendable {
    let event: CommitmentEvent
    let cityName: String
    let citySlug: String
}

/// A published Mayor Brief that reports on the action.
struct ActionBrief: Sendable {
    let cityName: String
    let citySlug: String
    let year: Int
    let title: String
    /// The language the brief is written in.
    let language: ContentLanguage
    let isDemo: Bool
}

/// The action itself, as its row gives it (its id reads its relations).
struct ActionRow: Sendable {
    let id: Int
    let slug: String
    let position: Int
    let title: String?
    let shortTitle: String?
    let label: ActionLabel
    let text: String
    let roleModel: String?
    let session: ActionSession
    /// The label is a short title the editors wrote (not printed in the papers).
    var isEditorialTitle = false
}

/// Everything an action's page shows.
struct ActionDetail: Sendable {
    let action: ActionRow
    let sdgs: [ActionSDG]
    let optedIn: [ActionCommitment]
    let optedOut: [ActionCommitment]
    let timeline: [ActionTimelineEntry]
    let briefs: [ActionBrief]

    var slug: String { action.slug }
    var title: String? { action.title }
    var label: ActionLabel { action.label }
    var text: String { action.text }
    var roleModel: String? { action.roleModel }
    var session: ActionSession { action.session }
}
