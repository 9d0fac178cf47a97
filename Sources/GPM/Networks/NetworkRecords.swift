/// A theme as the pages link it: to a filtered directory, never to a theme page.
struct ThemeRef: Sendable, Equatable {
    /// `themes.id`, the key of its translations.
    let id: Int
    let slug: String
    let name: String
}

/// Another network named from a network's row: its umbrella or one of its sections.
struct NetworkRef: Sendable, Equatable {
    let slug: String
    let name: String
    let acronym: String?

    /// The acronym where there is one ("UCLG"), else the name.
    var shortName: String { acronym ?? name }
}

/// A network or organisation as the directory and the open data show it.
struct NetworkSummary: Sendable {
    let id: Int
    let slug: String
    let name: String
    let acronym: String?
    let kind: String
    let founded: Int?
    let seat: String?
    let membersCount: Int?
    let membersNote: String?
    let website: String?
    let source: String?
    let isDemo: Bool
    /// How many of its member cities are in the registry (not the published figure).
    let registryCities: Int
    var parent: NetworkRef?
    var sections: [NetworkRef] = []
    var themes: [ThemeRef] = []
}

/// A city of the registry that belongs to a network.
struct NetworkMemberCity: Sendable {
    let slug: String
    let name: String
    let country: CountryName
    let latitude: Double?
    let longitude: Double?
    let category: String?
    let since: Int?
    let isDemo: Bool
}

/// Someone who spoke for the network in a strategy session (chair, resource team, author).
struct NetworkSpokesperson: Sendable {
    let name: String
    let role: String
    let organisation: String?
    /// `strategy_sessions.id`, the key of the title's translations.
    let sessionID: Int
    let sessionSlug: String
    let sessionTitle: String
}

/// Everything a network's page shows.
struct NetworkDetail: Sendable {
    let summary: NetworkSummary
    let description: String?
    let seatCity: (slug: String, name: String)?
    let cities: [NetworkMemberCity]
    let partnerships: [PartnershipReference]
    let people: [NetworkSpokesperson]
}

/// One page of the networks directory with its pagination and the theme filter's choices, read in
/// one snapshot so the count, the rows and the choices agree.
struct NetworkDirectory: Sendable {
    let pagination: Pagination
    let networks: [NetworkSummary]
    let themes: [ThemeRef]
    /// The content's translations into the reader's language (themes' names).
    var translations: ContentTranslations = .originals
}

/// Every network with its registry cities (slugs by network id), for the open data.
struct NetworkDataset: Sendable {
    let networks: [NetworkSummary]
    let citySlugsByNetwork: [Int: [String]]
}
