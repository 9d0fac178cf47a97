/// A published brief's page: the brief, its city, linked actions, themes, SDGs and files.
struct PublishedBriefDetail: Sendable {
    let record: PublishedBrief
    let country: CountryName
    let regionName: String
    let actions: [BriefLinkedAction]
    let themes: [NamedSlug]
    let sdgs: [(number: Int, name: String)]
    var attachments: [BriefAttachment]
    /// The secretariat's translations into the page's language (the actions' labels, their sessions' titles).
    var translations: ContentTranslations = .originals
}

/// An action a brief reports on.
struct BriefLinkedAction: Sendable {
    let id: Int
    let slug: String
    let title: ActionLabel
    let sessionID: Int
    let sessionTitle: String
}

/// A case study (a curated best practice from the literature, always public) with its cities,
/// themes and SDGs. The open data uses the slugs; the page, the names.
struct CaseStudy: Sendable {
    let id: Int
    let slug: String
    let title: String
    let year: Int?
    let summary: String
    let description: String
    let source: String
    let sourceURL: String?
    let isDemo: Bool
    let cities: [NamedSlug]
    let themes: [NamedSlug]
    let sdgs: [(number: Int, name: String)]
    /// The language its title, summary and description are written in.
    var language: ContentLanguage = .english

    var path: String { Paths.caseStudy.href(slug) }
}

/// The best-practices list as a page shows it: the filter choices, one page of entries, and where
/// that page sits.
struct PracticeList: Sendable {
    let facets: PracticeFacets
    let results: PracticePage
    let pagination: Pagination
}
