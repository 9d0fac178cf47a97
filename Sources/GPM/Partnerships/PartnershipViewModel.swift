import Mustache

/// Turns partnership records into the values the templates read.
enum PartnershipViewModel {
    static func summary(_ partnership: PartnershipSummary) -> MustacheValue {
        var value: [String: MustacheValue] = [
            "href": .string("/partnerships/\(partnership.slug)"),
            "title": .string(partnership.title),
            "type": .string(PartnershipType.label(of: partnership.type)),
            "typeHref": .string("/partnerships?type=\(QueryString.escape(partnership.type))"),
            "isDemo": .bool(partnership.isDemo),
            "cities": .array(partnership.cities.enumerated().map { index, city in
                var value = member(city)
                if case .dictionary(var fields) = value {
                    fields["isLast"] = .bool(index == partnership.cities.count - 1)
                    value = .dictionary(fields)
                }
                return value
            }),
            "hasCities": .bool(!partnership.cities.isEmpty),
            "members": .array(partnership.members.map(member)),
            "themes": .array(partnership.themes.map(theme)),
            "hasThemes": .bool(!partnership.themes.isEmpty),
        ]
        if let period = partnership.period { value["period"] = .string(period) }
        if let summary = partnership.summary { value["summary"] = .string(summary) }
        if let source = partnership.source { value["source"] = .string(source) }
        if let start = partnership.startsOn { value["startsOn"] = .string(Formatting.date(start)) }
        if let end = partnership.endsOn { value["endsOn"] = .string(Formatting.date(end)) }
        return .dictionary(value)
    }

    /// Cities and networks link to their pages; printed organisations are plain text.
    static func member(_ member: PartnershipMember) -> MustacheValue {
        var value: [String: MustacheValue] = [
            "name": .string(member.name), "kind": .string(kindLabel(member.kind)), "isDemo": .bool(member.isDemo),
        ]
        switch (member.kind, member.slug) {
        case (.city, let slug?): value["href"] = .string("/cities/\(slug)")
        case (.network, let slug?): value["href"] = .string("/networks/\(slug)")
        default: break
        }
        value["hasHref"] = .bool(value["href"] != nil)
        if let role = member.role { value["role"] = .string(role) }
        return .dictionary(value)
    }

    static func theme(_ theme: ThemeRef) -> MustacheValue {
        ["href": .string("/partnerships?theme=\(QueryString.escape(theme.slug))"), "name": .string(theme.name)]
    }

    private static func kindLabel(_ kind: PartnershipMember.Kind) -> String {
        switch kind {
        case .city: "City"
        case .network: "Network or organisation"
        case .organisation: "Organisation"
        }
    }
}
