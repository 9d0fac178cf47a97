import Mustache

/// The view model of `/best-practices`: the search form with its filters, the count, the entries,
/// the empty state and the pagination.
struct PracticeListPage: Encodable {
    static let perPage = 20

    /// One entry of the list: highlighted title and snippet are escaped HTML (rendered raw).
    struct Item: Encodable {
        let kindLabel: String
        /// The partnership's type or the action's session, shown after the kind.
        let kindDetail: String?
        /// The session title's language, when the detail is content.
        let kindDetailLang: String?
        let kindDetailDir: String?
        let isBrief: Bool
        /// The kind as a CSS modifier: brief, case-study, partnership, action.
        let kindClass: String
        /// A city's briefs found by the search, when more than one: each year links to its brief.
        let series: [SeriesYear]
        let hasSeries: Bool
        let href: String
        let titleHTML: String
        let snippetHTML: String
        let year: Int?
        let cities: [City]
        let hasCities: Bool
        let hasThemes: Bool
        let themes: [ThemeLinkView]
        let isDemo: Bool
        /// The entry's language and direction (its title and snippet are the city's or the source's words).
        let lang: String
        let dir: String
        /// The title's language: the entry's, or the page's for an untitled action ("Action 3.2").
        let titleLang: String
        let titleDir: String
    }

    /// One year of a city's series of Mayor Briefs; `first` has no separator before it.
    struct SeriesYear: Encodable {
        let year: Int
        let href: String
        let first: Bool
    }

    /// A city of an entry; `first` has no comma before it.
    struct City: Encodable {
        let name: String
        let href: String
        let first: Bool
    }

    /// An active filter with a link that removes it (keeping the others and the search words).
    struct ActiveFilter: Encodable {
        let label: String
        let href: String
    }

    /// What to try when nothing matches; `href` nil for advice that is not a link.
    struct Suggestion: Encodable {
        let text: String
        let href: String?
    }

    let pageTitle: String
    let q: String
    let countText: String
    let hasResults: Bool
    let items: [Item]
    let kinds: [SelectOption]
    let themes: [SelectOption]
    let regions: [SelectOption]
    let years: [SelectOption]
    let sdgs: [SelectOption]
    let activeFilters: [ActiveFilter]
    let hasActiveFilters: Bool
    let hasQuery: Bool
    let pagination: PaginationView
    let suggestions: [Suggestion]
    let suggestedThemes: [ThemeLinkView]
    let data = PracticeDataLinks()
    /// The canonical path: the filters identify the page; the page number too, past the first.
    let canonicalPath: String

    /// - Parameter messages: the page's language, for the count, the choices and the advice written here.
    init(filter: PracticeFilter, facets: PracticeFacets, results: PracticePage, pagination: Pagination, messages: Messages) {
        pageTitle = filter.text.isEmpty
            ? messages.t("Best practices") : messages.t("“{words}” — Best practices", ["words": filter.text])
        q = filter.text
        countText = Self.countText(filter, total: results.total, messages)
        hasResults = !results.items.isEmpty
        // A result's theme tags take the facets' names: translated into the page's language where the
        // secretariat translated them (the facets are read per language), with that name's language.
        let themeNames = Dictionary(facets.themes.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        let themeLink = { (theme: NamedSlug) -> ThemeLinkView in
            let language = facets.themeLanguages[theme.slug] ?? .english
            return ThemeLinkView(name: themeNames[theme.slug] ?? theme.name, href: Self.themeHref(theme.slug), lang: language.tag, dir: language.direction)
        }
        items = results.items.map { Self.item($0, themeLink: themeLink, messages) }
        kinds = SelectOptions.options(
            PracticeFilter.Kind.allCases.map { ($0.rawValue, Self.pluralLabel($0, messages)) }, selected: filter.kind?.rawValue)
        themes = SelectOptions.options(facets.themes.map { theme in
            (theme.slug, ContentText(original: theme.name, in: facets.themeLanguages[theme.slug] ?? .english))
        }, selected: filter.theme)
        regions = SelectOptions.options(facets.regions.map { ($0.slug, UCLGRegions.name($0.name, messages)) }, selected: filter.region)
        years = SelectOptions.options(facets.years.map { (String($0), String($0)) }, selected: filter.year.map(String.init))
        sdgs = SelectOptions.options(facets.sdgs.map { sdg in
            (String(sdg.number), messages.t("{number}. {name}", context: "SDG", [
                "number": String(sdg.number), "name": SustainableDevelopmentGoals.name(sdg.number, stored: sdg.name, messages),
            ]))
        }, selected: filter.sdg.map(String.init))
        activeFilters = Self.activeFilters(filter, facets: facets, messages)
        hasActiveFilters = filter.isFiltered
        hasQuery = !filter.text.isEmpty
        self.pagination = pagination.view(Paths.bestPractices, query: filter.queryString)
        suggestions = results.items.isEmpty ? Self.suggestions(filter, messages) : []
        suggestedThemes = results.items.isEmpty
            ? facets.themes.prefix(8).map(themeLink) : []
        var query = filter.queryString
        if pagination.page > 1 { query.add("page", String(pagination.page)) }
        canonicalPath = Paths.bestPractices.href(query)
    }

    private static func countText(_ filter: PracticeFilter, total: Int, _ messages: Messages) -> String {
        if filter.search != nil {
            return messages.tn(
                "{count} best practice found for “{words}”", "{count} best practices found for “{words}”", count: total,
                ["words": filter.text])
        }
        // Words made only of punctuation or operators search for nothing: say so rather than pretend.
        if !filter.text.isEmpty {
            return messages.tn(
                "{count} best practice (“{words}” holds no words to search for)",
                "{count} best practices (“{words}” holds no words to search for)", count: total, ["words": filter.text])
        }
        return messages.tn("{count} best practice", "{count} best practices", count: total)
    }

    private static func activeFilters(_ filter: PracticeFilter, facets: PracticeFacets, _ messages: Messages) -> [ActiveFilter] {
        var chips: [(String, String)] = []
        if let kind = filter.kind { chips.append(("kind", Self.pluralLabel(kind, messages))) }
        if let theme = filter.theme { chips.append(("theme", facets.themes.first { $0.slug == theme }?.name ?? theme)) }
        if let region = filter.region {
            chips.append(("region", facets.regions.first { $0.slug == region }.map { UCLGRegions.name($0.name, messages) } ?? region))
        }
        if let year = filter.year { chips.append(("year", String(year))) }
        if let sdg = filter.sdg { chips.append(("sdg", messages.t("SDG {number}", ["number": String(sdg)]))) }
        return chips.map { name, label in
            ActiveFilter(label: label, href: Paths.bestPractices.href(filter.queryString.removing(name)))
        }
    }

    /// What to try when nothing matches: fewer filters, other words, or all entries.
    private static func suggestions(_ filter: PracticeFilter, _ messages: Messages) -> [Suggestion] {
        var list: [Suggestion] = []
        if filter.isFiltered && !filter.text.isEmpty {
            list.append(Suggestion(
                text: messages.t("Search all best practices for the same words"), href: Paths.bestPractices.href(QueryString([("q", filter.text)]))))
        }
        if filter.isFiltered && filter.text.isEmpty {
            list.append(Suggestion(text: messages.t("Remove the filters"), href: Paths.bestPractices.href))
        }
        if !filter.text.isEmpty {
            list.append(Suggestion(text: messages.t("Check the spelling, or use fewer or more general words"), href: nil))
        }
        list.append(Suggestion(text: messages.t("Browse every best practice"), href: Paths.bestPractices.href))
        return list
    }

    private static func pluralLabel(_ kind: PracticeFilter.Kind, _ messages: Messages) -> String {
        switch kind {
        case .brief: messages.t("Mayor Briefs")
        case .caseStudy: messages.t("Case studies")
        case .partnership: messages.t("Partnerships")
        case .action: messages.t("Actions")
        }
    }

    private static func item(_ entry: PracticeSummary, themeLink: (NamedSlug) -> ThemeLinkView, _ messages: Messages) -> Item {
        let label = switch entry.kind {
        case .brief: messages.t("Mayor Brief")
        case .caseStudy: messages.t("Case study")
        case .partnership: messages.t("Partnership")
        case .action: messages.t("Action")
        }
        let series = entry.series.count > 1 ? entry.series : []
        // An untitled action is named in the page's words ("Acción 3.2"), which are not the entry's language.
        let numbered = entry.actionLabel.flatMap { $0.written == nil ? $0.text(messages) : nil }
        let titleLanguage = numbered == nil ? entry.language : ContentLanguage(messages.language)
        return Item(
            kindLabel: label,
            kindDetail: entry.partnershipType.map { $0.label(messages) } ?? entry.kindDetail,
            kindDetailLang: entry.kindDetailLanguage?.tag,
            kindDetailDir: entry.kindDetailLanguage?.direction,
            isBrief: entry.kind == .brief,
            kindClass: entry.kind.rawValue,
            series: series.enumerated().map { SeriesYear(year: $1.year, href: $1.href, first: $0 == 0) },
            hasSeries: !series.isEmpty,
            href: entry.href,
            titleHTML: numbered.map(HTMLEscaping.escape) ?? entry.titleHTML ?? HTMLEscaping.escape(entry.title),
            snippetHTML: entry.snippetHTML ?? HTMLEscaping.escape(entry.summary),
            year: entry.year,
            cities: entry.cities.enumerated().map { index, city in
                City(name: city.name, href: Paths.city.href(city.slug), first: index == 0)
            },
            hasCities: !entry.cities.isEmpty,
            hasThemes: !entry.themes.isEmpty,
            themes: entry.themes.map(themeLink),
            isDemo: entry.isDemo, lang: entry.language.tag, dir: entry.language.direction, titleLang: titleLanguage.tag,
            titleDir: titleLanguage.direction)
    }

    /// The list filtered by a theme.
    static func themeHref(_ slug: String) -> String { Paths.bestPractices.href(QueryString([("theme", slug)])) }
}

/// The best practices' data files and feed, and the list by kind, as their pages link them.
struct PracticeDataLinks: Encodable {
    let feed = Paths.briefFeed.href
    let briefsCSV = Paths.briefsCSV.href
    let briefsJSON = Paths.briefsJSON.href
    let caseStudiesCSV = Paths.caseStudiesCSV.href
    let caseStudiesJSON = Paths.caseStudiesJSON.href
    let briefs = Paths.bestPractices.href(QueryString([("kind", PracticeFilter.Kind.brief.rawValue)]))
    let caseStudies = Paths.bestPractices.href(QueryString([("kind", PracticeFilter.Kind.caseStudy.rawValue)]))
}
