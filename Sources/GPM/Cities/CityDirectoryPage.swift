import Mustache

/// The view model of `/cities`: the filter form filled from the database, the active filters with
/// links that clear them, the result count, one page of cities and links to the data files.
enum CityDirectoryPage {
    static let path = "/cities"

    static func context(filter: CityFilter, listing: CityListing) -> [String: MustacheValue] {
        let options = listing.options
        let choices = options.choices
        let query = filter.queryString
        let total = listing.pagination.total
        let active = activeFilters(filter, options: options)
        return [
            "q": .string(filter.q ?? ""),
            "regions": choices.regions.selecting(filter.region),
            "countries": choices.countries.selecting(filter.country),
            "networks": choices.networks.selecting(filter.network),
            "themes": choices.themes.selecting(filter.theme),
            "actionGroups": choices.actionGroups(selecting: filter.action),
            "memberships": .array(CityFilter.Membership.allCases.map { choice in
                ["value": .string(choice.rawValue), "label": .string(choice.label), "selected": .bool(choice == filter.membership)]
            }),
            "sorts": .array(CityFilter.Sort.allCases.map { choice in
                ["value": .string(choice.rawValue), "label": .string(choice.label), "selected": .bool(choice == filter.sort)]
            }),
            "activeFilters": .array(active),
            "hasActiveFilters": .bool(!active.isEmpty),
            "resultCount": .string(total == 1 ? "1 city" : "\(Formatting.number(total)) cities"),
            "cities": .array(listing.cities.map(row)),
            "hasCities": .bool(!listing.cities.isEmpty),
            "pagination": listing.pagination.context(path: path, query: query),
            "csvHref": .string("/cities.csv" + query.encoded),
            "jsonHref": .string("/cities.json" + query.encoded),
            "themeDefinition": .string(CityThemes.definition),
        ]
    }

    /// The page's canonical address: its filters and page number, in a stable order.
    static func canonicalPath(filter: CityFilter, pagination: Pagination) -> String {
        var query = filter.queryString
        if pagination.page > 1 { query.add("page", String(pagination.page)) }
        return path + query.encoded
    }

    private static func row(_ city: CityFacts) -> MustacheValue {
        [
            "href": .string("/cities/\(city.slug)"), "name": .string(city.name), "country": .string(city.countryName),
            "region": .string(city.regionName),
            "population": .string(city.population.map(Formatting.number) ?? "—"),
            "membership": .string(city.membershipLabel), "membershipBadge": .string(badge(city.membership)),
            "membershipIsDemo": .bool(city.membershipIsDemo && city.membership != nil),
            "mayor": .string(city.mayorName ?? ""), "isDemo": .bool(city.isDemo),
        ]
    }

    /// The badge colour of a membership status.
    static func badge(_ membership: String?) -> String {
        switch membership {
        case "member": "badge--ok"
        case "observer": "badge--warn"
        default: "badge--muted"
        }
    }

    /// One entry per filter in use: what it is, its value as a visitor reads it, and a link without it.
    private static func activeFilters(_ filter: CityFilter, options: CityDirectoryFilterOptions) -> [MustacheValue] {
        let query = filter.queryString
        func label(_ value: String, in list: [CityDirectoryOption]) -> String {
            list.first { $0.value == value }?.label ?? value
        }
        var entries: [(name: String, key: String, value: String)] = []
        if let q = filter.q { entries.append(("Name contains", "q", "“\(q)”")) }
        if let value = filter.region { entries.append(("Region", "region", label(value, in: options.regions))) }
        if let value = filter.country { entries.append(("Country", "country", label(value, in: options.countries))) }
        if let value = filter.network { entries.append(("Network", "network", label(value, in: options.networks))) }
        if let value = filter.theme { entries.append(("Theme", "theme", label(value, in: options.themes))) }
        if let value = filter.action { entries.append(("Action", "action", label(value, in: options.actions))) }
        if let value = filter.membership { entries.append(("Membership", "membership", value.label)) }
        return entries.map { entry in
            [
                "name": .string(entry.name), "value": .string(entry.value),
                "clearHref": .string(path + query.removing(entry.key).encoded),
            ]
        }
    }
}
