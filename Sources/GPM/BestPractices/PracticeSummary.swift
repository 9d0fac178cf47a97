import Foundation

/// A city or a theme as a link target: its name and its slug (and its id where the page looks up the
/// theme's translation).
struct NamedSlug: Sendable, Equatable {
    let slug: String
    let name: String
    var id: Int? = nil

    /// Reads `slug<US>name[<US>id]<RS>slug<US>name…` as built by `group_concat` in the stores (unit and
    /// record separators never occur in names), sorted by name.
    static func list(_ packed: String?) -> [NamedSlug] {
        guard let packed, !packed.isEmpty else { return [] }
        return packed.split(separator: "\u{1E}").compactMap { pair in
            let parts = pair.split(separator: "\u{1F}", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 2 else { return nil }
            return NamedSlug(slug: String(parts[0]), name: String(parts[1]), id: parts.count == 3 ? Int(parts[2]) : nil)
        }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}

/// One entry of the best-practices list: a published Mayor Brief (found by a search: a city's yearly
/// series, shown by its best-ranked brief with the years found), a case study, a partnership or an action,
/// with the highlighted title and snippet when it was found by a search.
struct PracticeSummary: Sendable {
    let kind: PracticeFilter.Kind
    let id: Int
    let title: String
    let summary: String
    let year: Int?
    let href: String
    let cities: [NamedSlug]
    let themes: [NamedSlug]
    let isDemo: Bool
    /// The language its title and summary are written in.
    var language: ContentLanguage = .english
    /// Which session an action belongs to, or a partnership type the platform does not know (in words).
    var kindDetail: String? = nil
    /// A partnership's type, which the page names in its language ("Coopération de ville à ville").
    var partnershipType: PartnershipType? = nil
    /// The language of `kindDetail` when it is content (an action's session title); nil for the platform's words.
    var kindDetailLanguage: ContentLanguage? = nil
    /// An action's session, whose title the page shows in its language (`BestPracticesService.list`).
    var sessionID: Int? = nil
    /// An action's label: an untitled action's title is "Action 3.2" in the page's words, not English content.
    var actionLabel: ActionLabel? = nil
    /// A search hit's series: the city's briefs that match, newest first (more than one: grouped).
    var series: [(year: Int, href: String)] = []
    /// Escaped HTML with `<mark>` around the hits (search only).
    var titleHTML: String?
    var snippetHTML: String?
}

/// One page of the list and how many entries match in all.
struct PracticePage: Sendable {
    let total: Int
    let items: [PracticeSummary]
}

/// The choices offered by the list's filters.
struct PracticeFacets: Sendable {
    let themes: [NamedSlug]
    let regions: [NamedSlug]
    let years: [Int]
    let sdgs: [(number: Int, name: String)]
    /// The language of each theme's name (by slug): its translation's, or the original's.
    var themeLanguages: [String: ContentLanguage] = [:]
}
