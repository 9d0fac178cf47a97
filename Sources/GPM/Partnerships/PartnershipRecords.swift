/// A member of a partnership: a registry city, a registry network or an organisation as printed.
struct PartnershipMember: Sendable {
    enum Kind: String, Sendable, Encodable {
        case city, network, organisation
    }

    let kind: Kind
    /// The city's or network's slug; nil for a printed organisation.
    let slug: String?
    let name: String
    let role: String?
    let isDemo: Bool
}

/// A partnership as the directory, the open data and its page show it.
struct PartnershipSummary: Sendable {
    let id: Int
    let slug: String
    let title: String
    let type: String
    let startsOn: String?
    let endsOn: String?
    let summary: String?
    let source: String?
    let isDemo: Bool
    var members: [PartnershipMember] = []
    var themes: [ThemeRef] = []

    func period(_ messages: Messages) -> String? { PartnershipPeriod.text(startsOn: startsOn, endsOn: endsOn, messages) }
    var cities: [PartnershipMember] { members.filter { $0.kind == .city } }
}

/// Everything a partnership's page shows.
struct PartnershipDetail: Sendable {
    let summary: PartnershipSummary
    let methodology: String?
    let description: String?
}

/// One page of the partnerships directory, with the total and the filter form's choices, read together.
struct PartnershipDirectory: Sendable {
    let pagination: Pagination
    let partnerships: [PartnershipSummary]
    let themes: [ThemeRef]
    let cities: [(slug: String, name: String)]
    /// The content's translations into the reader's language (themes' names).
    var translations: ContentTranslations = .originals
}

/// What the partnership graph links: the cities of each partnership, and each network (with its hub)
/// that has two or more registry cities.
struct PartnershipGraphSnapshot: Sendable {
    let groups: [NetworkGraph.Group]
}
