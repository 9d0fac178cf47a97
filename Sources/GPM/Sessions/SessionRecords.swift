/// A theme as the sessions directory filters and groups by it.
struct SessionTheme: Sendable, Equatable {
    /// The theme's id (its translations are keyed by it).
    var id = 0
    let slug: String
    let name: String
}

/// A strategy session as the directory lists it.
struct SessionSummary: Sendable {
    let id: Int
    let slug: String
    let number: Int?
    let title: String
    let subtitle: String?
    let theme: SessionTheme
    let heldOn: String
    let status: String
    let actions: Int
    let citiesOptedIn: Int
}

/// A convening of the GPM with (in the directory) its sessions.
struct Convening: Sendable {
    let id: Int
    let slug: String
    let title: String
    let cityName: String?
    let citySlug: String?
    let startsOn: String
    let endsOn: String
    let description: String?
    var sessions: [SessionSummary]
}

/// A chair, co-chair, resource team member or author, with the city or organisation they speak for.
struct SessionPerson: Sendable {
    let role: String
    let name: String
    let cityName: String?
    let citySlug: String?
    let organisation: String?
    let networkSlug: String?
}

/// An action as its session's page lists it.
struct SessionAction: Sendable {
    let id: Int
    let slug: String
    let position: Int
    let title: String?
    let shortTitle: String?
    let label: ActionLabel
    let text: String
    let roleModel: String?
    let citiesOptedIn: Int
    /// The label is a short title the editors wrote (not printed in the papers).
    var isEditorialTitle = false
}

/// Everything a session's page (and its entry in `/sessions.json`) shows.
struct SessionDetail: Sendable {
    let summary: SessionSummary
    let convening: Convening
    let people: [SessionPerson]
    let principles: [SessionPrinciple]
    let actions: [SessionAction]
    let summaryText: String?
    let note: String?
    let source: String?
}

/// A guiding principle of a session.
struct SessionPrinciple: Sendable {
    let id: Int
    let text: String
}

/// The sessions directory: the theme filter's choices and the convenings with their sessions.
struct SessionIndex: Sendable {
    let themes: [SessionTheme]
    let convenings: [Convening]
    /// The content's translations into the page's language.
    var translations: ContentTranslations = .originals
}
