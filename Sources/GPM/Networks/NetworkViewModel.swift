import Mustache

/// Turns network records into the values the templates read. Text stays text: the templates
/// escape it.
enum NetworkViewModel {
    static func summary(_ network: NetworkSummary) -> MustacheValue {
        var value: [String: MustacheValue] = [
            "href": .string("/networks/\(network.slug)"),
            "slug": .string(network.slug),
            "name": .string(network.name),
            "kind": .string(NetworkKind.label(of: network.kind)),
            "isDemo": .bool(network.isDemo),
            "registryCities": .int(network.registryCities),
            "hasRegistryCities": .bool(network.registryCities > 0),
            "registryCitiesLabel": .string(
                network.registryCities == 1 ? "1 city in the registry" : "\(network.registryCities) cities in the registry"),
            "themes": .array(network.themes.map(theme)),
            "hasThemes": .bool(!network.themes.isEmpty),
            "sections": .array(network.sections.map(reference)),
            "hasSections": .bool(!network.sections.isEmpty),
        ]
        if let acronym = network.acronym, acronym != network.name { value["acronym"] = .string(acronym) }
        if let founded = network.founded { value["founded"] = .string(String(founded)) }
        if let seat = network.seat { value["seat"] = .string(seat) }
        if let members = network.membersAsPublished { value["members"] = .string(members) }
        // Only an absolute web address becomes a link (the template makes `website` an href).
        if let website = network.website, SafeURL.isWebAddress(website) { value["website"] = .string(website) }
        if let source = network.source { value["source"] = .string(source) }
        if let parent = network.parent { value["parent"] = reference(parent) }
        return .dictionary(value)
    }

    static func reference(_ network: NetworkRef) -> MustacheValue {
        ["href": .string("/networks/\(network.slug)"), "name": .string(network.name), "shortName": .string(network.shortName)]
    }

    /// Themes link to the directory filtered by that theme.
    static func theme(_ theme: ThemeRef) -> MustacheValue {
        ["href": .string("/networks?theme=\(QueryString.escape(theme.slug))"), "name": .string(theme.name), "slug": .string(theme.slug)]
    }

    static func city(_ city: NetworkMemberCity) -> MustacheValue {
        var value: [String: MustacheValue] = [
            "href": .string("/cities/\(city.slug)"), "name": .string(city.name), "country": .string(city.countryName),
            "isDemo": .bool(city.isDemo),
        ]
        if let category = city.category { value["category"] = .string(category) }
        if let since = city.since { value["since"] = .string(String(since)) }
        return .dictionary(value)
    }

    static func partnership(_ partnership: PartnershipReference) -> MustacheValue {
        var value: [String: MustacheValue] = [
            "href": .string("/partnerships/\(partnership.slug)"), "title": .string(partnership.title),
            "type": .string(PartnershipType.label(of: partnership.type)), "isDemo": .bool(partnership.isDemo),
        ]
        if let period = PartnershipPeriod.text(startsOn: partnership.startsOn, endsOn: partnership.endsOn) {
            value["period"] = .string(period)
        }
        if let role = partnership.role { value["role"] = .string(role) }
        return .dictionary(value)
    }

    static func person(_ person: NetworkSpokesperson) -> MustacheValue {
        var value: [String: MustacheValue] = [
            "name": .string(person.name), "role": .string(roleLabel(person.role)),
            "sessionHref": .string("/sessions/\(person.sessionSlug)"), "session": .string(person.sessionTitle),
        ]
        if let organisation = person.organisation { value["organisation"] = .string(organisation) }
        return .dictionary(value)
    }

    private static func roleLabel(_ role: String) -> String {
        switch role {
        case "co_chair": "Co-chair"
        case "resource_team": "Resource team"
        default: Formatting.label(role)
        }
    }
}
