import Mustache

/// The view of `/best-practices`: the search form with its filters, the count, the entries, the
/// empty state and the pagination, as a template context.
struct PracticeListPage {
    static let perPage = 20

    let filter: PracticeFilter
    let facets: PracticeFacets
    let results: PracticePage
    let pagination: Pagination

    /// The canonical path: the filters identify the page; the page number too, past the first.
    var path: String {
        var query = filter.queryString
        if pagination.page > 1 { query.add("page", String(pagination.page)) }
        return "/best-practices" + query.encoded
    }

    var context: [String: MustacheValue] {
        var context: [String: MustacheValue] = [
            "pageTitle": .string(pageTitle),
            "q": .string(filter.text),
            "countText": .string(countText),
            "hasResults": .bool(!results.items.isEmpty),
            "items": .array(results.items.map(Self.item)),
            "kinds": .array(SelectOptions.list([("brief", "Mayor Briefs"), ("case-study", "Case studies")], selected: filter.kind?.rawValue)),
            "themes": .array(SelectOptions.list(facets.themes.map { ($0.slug, $0.name) }, selected: filter.theme)),
            "regions": .array(SelectOptions.list(facets.regions.map { ($0.slug, $0.name) }, selected: filter.region)),
            "years": .array(SelectOptions.list(facets.years.map { (String($0), String($0)) }, selected: filter.year.map(String.init))),
            "sdgs": .array(SelectOptions.list(facets.sdgs.map { (String($0.number), "\($0.number). \($0.name)") }, selected: filter.sdg.map(String.init))),
            "activeFilters": .array(activeFilters),
            "hasActiveFilters": .bool(filter.isFiltered),
            "hasQuery": .bool(!filter.text.isEmpty),
            "pagination": pagination.context(path: "/best-practices", query: filter.queryString),
        ]
        if results.items.isEmpty {
            context["suggestions"] = .array(suggestions)
            context["suggestedThemes"] = .array(facets.themes.prefix(8).map { ["name": .string($0.name), "href": .string(Self.themeHref($0.slug))] })
        }
        return context
    }

    private var pageTitle: String {
        filter.text.isEmpty ? "Best practices" : "“\(filter.text)” — Best practices"
    }

    private var countText: String {
        let noun = results.total == 1 ? "best practice" : "best practices"
        let count = "\(Formatting.number(results.total)) \(noun)"
        if filter.search != nil { return "\(count) found for “\(filter.text)”" }
        // Words made only of punctuation or operators search for nothing: say so rather than pretend.
        return filter.text.isEmpty ? count : "\(count) (“\(filter.text)” holds no words to search for)"
    }

    /// Each active filter with a link that removes it (keeping the others and the search words).
    private var activeFilters: [MustacheValue] {
        var chips: [(String, String)] = []
        if let kind = filter.kind { chips.append(("kind", kind == .brief ? "Mayor Briefs" : "Case studies")) }
        if let theme = filter.theme { chips.append(("theme", facets.themes.first { $0.slug == theme }?.name ?? theme)) }
        if let region = filter.region { chips.append(("region", facets.regions.first { $0.slug == region }?.name ?? region)) }
        if let year = filter.year { chips.append(("year", String(year))) }
        if let sdg = filter.sdg { chips.append(("sdg", "SDG \(sdg)")) }
        return chips.map { name, label in
            ["label": .string(label), "href": .string("/best-practices" + filter.queryString.removing(name).encoded)]
        }
    }

    /// What to try when nothing matches: fewer filters, other words, or all entries.
    private var suggestions: [MustacheValue] {
        var list: [MustacheValue] = []
        if filter.isFiltered && !filter.text.isEmpty {
            list.append([
                "text": "Search all best practices for the same words",
                "href": .string("/best-practices" + QueryString([("q", filter.text)]).encoded),
            ])
        }
        if filter.isFiltered && filter.text.isEmpty {
            list.append(["text": "Remove the filters", "href": "/best-practices"])
        }
        if !filter.text.isEmpty {
            list.append(["text": "Check the spelling, or use fewer or more general words", "href": .null])
        }
        list.append(["text": "Browse every best practice", "href": "/best-practices"])
        return list
    }

    private static func item(_ entry: PracticeSummary) -> MustacheValue {
        [
            "kindLabel": .string(entry.kind == .brief ? "Mayor Brief" : "Case study"),
            "isBrief": .bool(entry.kind == .brief),
            "href": .string(entry.href),
            "titleHTML": .string(entry.titleHTML ?? HTMLEscaping.escape(entry.title)),
            "snippetHTML": .string(entry.snippetHTML ?? HTMLEscaping.escape(entry.summary)),
            "year": entry.year.map { .int($0) } ?? .null,
            "cities": .array(entry.cities.enumerated().map { index, city in
                ["name": .string(city.name), "href": .string("/cities/\(city.slug)"), "first": .bool(index == 0)]
            }),
            "hasCities": .bool(!entry.cities.isEmpty),
            "hasThemes": .bool(!entry.themes.isEmpty),
            "themes": .array(entry.themes.map { ["name": .string($0.name), "href": .string(themeHref($0.slug))] }),
            "isDemo": .bool(entry.isDemo),
        ]
    }

    static func themeHref(_ slug: String) -> String { "/best-practices" + QueryString([("theme", slug)]).encoded }
}
