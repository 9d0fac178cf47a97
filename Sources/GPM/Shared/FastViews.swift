import Mustache

// Hand-built contexts for the view types that a page repeats hundreds of times (the options of the
// filter forms, the rows of the city directory). `MustacheEncoder` takes them instead of going through
// `Encodable`, which costs several times more per value. The keys are the properties' names, and
// `FastViewTests` checks that each one builds exactly what `Encodable` builds, so the two cannot drift.

extension SelectOption: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .dictionary(["value": .string(value), "label": .string(label), "selected": .bool(selected)])
    }
}

extension CityDirectoryChoices.Group: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .dictionary(["label": .string(label), "actions": .array(actions.map(\.mustacheValue))])
    }
}

extension CityDirectoryPage.Row: MustacheRepresentable {
    var mustacheValue: MustacheValue {
        .dictionary([
            "href": .string(href), "name": .string(name), "country": .string(country), "region": .string(region),
            "population": .string(population), "membership": .string(membership), "membershipBadge": .string(membershipBadge),
            "membershipIsDemo": .bool(membershipIsDemo), "mayor": .string(mayor), "isDemo": .bool(isDemo),
        ])
    }
}
