/// The view model of `/cities`: the filter form filled from the database, the active filters with
/// links that clear them, the result count, one page of cities and links to the data files.
struct CityDirectoryPage: Encodable {
    /// One city of the table.
    struct Row: Encodable {
        let href: String
        let name: String
        let country: String
        /// "en" when `country` is an English fallback on a French or Spanish page (CLDR has no name).
        let countryLang: String?
        let region: String
        let population: String
        let membership: String
        let membershipBadge: String
        let membershipIsDemo: Bool
        let mayor: String
        let isDemo: Bool

        init(_ city: CityFacts, messages: Messages) {
            href = Paths.city.href(city.slug)
            name = city.name
            country = city.country.shown(in: messages.language.rawValue)
            countryLang = city.country.shownLang(in: messages.language.rawValue)
            region = UCLGRegions.name(city.regionName, messages)
            population = city.population.map(Formatting.number) ?? "—"
            membership = city.membershipLabel(messages)
            membershipBadge = CityDirectoryPage.badge(city.membership)
            membershipIsDemo = city.membershipIsDemo && city.membership != nil
            mayor = city.mayorName ?? ""
            isDemo = city.isDemo
        }
    }

    /// A filter in use: what it is, its value as a visitor reads it, and a link without it.
    struct ActiveFilter: Encodable {
        let name: String
        let value: String
        let clearHref: String
    }

    let q: String
    let regions: SelectOptionList
    let countries: SelectOptionList
    let networks: SelectOptionList
    let themes: SelectOptionList
    let actionGroups: [CityDirectoryChoices.Group]
    let memberships: [SelectOption]
    let sorts: [SelectOption]
    let activeFilters: [ActiveFilter]
    let hasActiveFilters: Bool
    /// How many cities match: the template writes "{count} cities" in the page's language (`{{#tn}}`).
    let count: Int
    let cities: [Row]
    let hasCities: Bool
    let pagination: PaginationView
    let csvHref: String
    let jsonHref: String
    let themeDefinition: String
    /// The page's canonical address: its filters and page number, in a stable order (not rendered).
    let canonicalPath: String

    /// - Parameter messages: the page's language, for the choices and filters written in Swift.
    init(filter: CityFilter, listing: CityListing, messages: Messages) {
        let options = listing.options
        let choices = options.choices
        let query = filter.queryString
        let total = listing.pagination.total
        q = filter.q ?? ""
        // Seven entries: translated per request rather than cached per language.
        regions = CityDirectoryChoices.List(options.regions.map { region in
            CityDirectoryOption(value: region.value, label: UCLGRegions.name(region.label, messages))
        }).selectingList(filter.region)
        countries = choices.countries.selectingList(filter.country)
        networks = choices.networks.selectingList(filter.network)
        themes = choices.themes.selectingList(filter.theme)
        actionGroups = choices.actionGroups(selecting: filter.action)
        memberships = CityFilter.Membership.allCases.map { choice in
            SelectOption(value: choice.rawValue, label: choice.label(messages), selected: choice == filter.membership)
        }
        sorts = CityFilter.Sort.allCases.map { choice in
            SelectOption(value: choice.rawValue, label: choice.label(messages), selected: choice == filter.sort)
        }
        activeFilters = Self.activeFilters(filter, options: options, messages: messages)
        hasActiveFilters = !activeFilters.isEmpty
        count = total
        cities = listing.cities.map { Row($0, messages: messages) }
        hasCities = !listing.cities.isEmpty
        pagination = listing.pagination.view(Paths.cities, query: query)
        csvHref = Paths.citiesCSV.href(query)
        jsonHref = Paths.citiesJSON.href(query)
        themeDefinition = CityThemes.definition(messages)
        var canonical = query
        if listing.pagination.page > 1 { canonical.add("page", String(listing.pagination.page)) }
        canonicalPath = Paths.cities.href(canonical)
    }

    /// The badge colour of a membership status.
    static func badge(_ membership: String?) -> String {
        switch membership {
        case "member": "badge--ok"
        case "observer": "badge--warn"
        default: "badge--muted"
        }
    }

    /// One entry per filter in use, each with a link to the directory without it.
    private static func activeFilters(_ filter: CityFilter, options: CityDirectoryFilterOptions, messages: Messages) -> [ActiveFilter] {
        let query = filter.queryString
        func label(_ value: String, in list: [CityDirectoryOption]) -> String {
            list.first { $0.value == value }?.label ?? value
        }
        var entries: [(name: String, key: String, value: String)] = []
        if let q = filter.q { entries.append((messages.t("Name contains"), "q", messages.t("“{text}”", ["text": q]))) }
        if let value = filter.region {
            entries.append((messages.t("Region"), "region", UCLGRegions.name(label(value, in: options.regions), messages)))
        }
        if let value = filter.country { entries.append((messages.t("Country"), "country", label(value, in: options.countries))) }
        if let value = filter.network { entries.append((messages.t("Network"), "network", label(value, in: options.networks))) }
        if let value = filter.theme { entries.append((messages.t("Theme"), "theme", label(value, in: options.themes))) }
        if let value = filter.action { entries.append((messages.t("Action"), "action", label(value, in: options.actions))) }
        if let value = filter.membership { entries.append((messages.t("Membership"), "membership", value.label(messages))) }
        return entries.map { entry in
            ActiveFilter(name: entry.name, value: entry.value, clearHref: Paths.cities.href(query.removing(entry.key)))
        }
    }
}
