/// A network a city belongs to, as its page lists it.
struct CityNetworkMembership: Sendable {
    let id: Int
    let slug: String
    let name: String
    let shortName: String
    let category: String?
    let since: Int?
    let isDemo: Bool
}

/// A city's stance on one action, with where it stands and its dated history.
struct CityCommitment: Sendable {
    let id: Int
    let actionID: Int
    let actionSlug: String
    let actionTitle: ActionLabel
    let sessionID: Int
    let sessionSlug: String
    let sessionTitle: String
    let stance: CommitmentStance
    let since: String
    let progress: CommitmentProgress?
    let progressUpdatedOn: String?
    let isDemo: Bool
    /// When the city last confirmed it, and whether a whole cycle passed without that.
    let freshness: CommitmentFreshness
    /// The secretariat recorded the latest change for the city.
    let recordedBySecretariat: Bool
    var events: [CommitmentEvent]
}

/// A published Mayor Brief of the city, as its page links it.
struct CityBriefLink: Sendable {
    let year: Int
    let title: String
    let summary: String
    /// The language the brief is written in (its title and summary).
    let language: ContentLanguage
    let isDemo: Bool
}

/// A case study naming the city, as its page links it.
struct CityCaseStudyLink: Sendable {
    let id: Int
    let slug: String
    let title: String
    let year: Int?
    let summary: String
    /// The language the case study is written in.
    let language: ContentLanguage
    let isDemo: Bool
}

/// The city itself as its page reads it: its row id (to read its relations), facts and profile text.
struct CityRow: Sendable {
    let id: Int
    let facts: CityFacts
    let profile: String?
}

/// Everything a city page shows.
struct CityDetails: Sendable {
    let facts: CityFacts
    let profile: String?
    let networks: [CityNetworkMembership]
    let partnerships: [PartnershipReference]
    let commitments: [CityCommitment]
    let briefs: [CityBriefLink]
    let caseStudies: [CityCaseStudyLink]
    let themes: [PeerCities.Item]
    let themeSlugs: [Int: String]
    let peers: [PeerCities.Peer]
    /// The secretariat's translations into the page's language.
    let translations: ContentTranslations
}
