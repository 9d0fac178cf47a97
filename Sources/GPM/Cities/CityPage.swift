import Foundation
import Mustache

/// The view model of `/cities/:slug`: facts, profile, map, networks, partnerships, commitments with
/// their timelines, published briefs, case studies, themes and peer cities with the reasons.
enum CityPage {
    static func context(_ city: CityDetails) -> [String: MustacheValue] {
        let facts = city.facts
        var context: [String: MustacheValue] = [
            "name": .string(facts.name), "slug": .string(facts.slug), "isDemo": .bool(facts.isDemo),
            "country": .string(facts.countryName), "countryHref": .string("/cities?country=\(QueryString.escape(facts.countryCode))"),
            "region": .string(facts.regionName), "regionHref": .string("/cities?region=\(QueryString.escape(facts.regionSlug))"),
            "membership": .string(facts.membershipLabel), "membershipBadge": .string(CityDirectoryPage.badge(facts.membership)),
            "membershipIsDemo": .bool(facts.membershipIsDemo && facts.membership != nil),
            "paragraphs": .array(Formatting.paragraphs(city.profile).map { .string($0) }),
            "description": .string(description(facts)),
        ]
        if let population = facts.population { context["population"] = .string(Formatting.number(population)) }
        if let mayor = facts.mayorName { context["mayor"] = .string(mayor) }
        if let since = facts.mayorSince { context["mayorSince"] = .string(Formatting.date(since)) }
        if let joined = facts.joinedOn { context["joined"] = .string(Formatting.date(joined)) }
        if let website = facts.website, SafeURL.isWebAddress(website) {
            context["website"] = .string(website)
        }
        if let latitude = facts.latitude, let longitude = facts.longitude {
            context["coordinates"] = .string(coordinates(latitude, longitude))
            let point = MapPoint(name: facts.name, href: "/cities/\(facts.slug)", latitude: latitude, longitude: longitude)
            context["map"] = .string(WorldMap.svg([point], label: "Map showing where \(facts.name) lies"))
        }
        context["networks"] = .array(city.networks.map { network in
            [
                "href": .string("/networks/\(network.slug)"), "name": .string(network.name),
                "category": .string(network.category ?? ""), "hasCategory": .bool(network.category != nil),
                "since": .string(network.since.map(String.init) ?? ""), "hasSince": .bool(network.since != nil),
                "isDemo": .bool(network.isDemo),
            ]
        })
        context["partnerships"] = .array(city.partnerships.map { partnership in
            [
                "href": .string("/partnerships/\(partnership.slug)"), "title": .string(partnership.title),
                "type": .string(label(partnership.type)), "period": .string(period(partnership.startsOn, partnership.endsOn)),
                "isDemo": .bool(partnership.isDemo),
            ]
        })
        context["commitments"] = .array(city.commitments.map(commitment))
        context["briefs"] = .array(city.briefs.map { brief in
            [
                "href": .string("/briefs/\(facts.slug)/\(brief.year)"), "year": .int(brief.year), "title": .string(brief.title),
                "summary": .string(brief.summary), "isDemo": .bool(brief.isDemo),
            ]
        })
        context["caseStudies"] = .array(city.caseStudies.map { study in
            [
                "href": .string("/case-studies/\(study.slug)"), "title": .string(study.title),
                "year": .string(study.year.map(String.init) ?? ""), "hasYear": .bool(study.year != nil),
                "summary": .string(study.summary), "isDemo": .bool(study.isDemo),
            ]
        })
        context["themes"] = .array(city.themes.map { theme in
            ["name": .string(theme.name), "href": .string("/cities?theme=\(QueryString.escape(city.themeSlugs[theme.id] ?? ""))")]
        })
        context["peers"] = .array(city.peers.map { peer in
            [
                "href": .string("/cities/\(peer.slug)"), "name": .string(peer.name), "score": .int(peer.score),
                "explanation": .string(peer.explanation),
            ]
        })
        context["themeDefinition"] = .string(CityThemes.definition)
        for key in ["networks", "partnerships", "commitments", "briefs", "caseStudies", "themes", "peers", "paragraphs"] {
            if case .array(let items)? = context[key] { context["has" + key.prefix(1).uppercased() + key.dropFirst()] = .bool(!items.isEmpty) }
        }
        return context
    }

    private static func commitment(_ item: CityCommitment) -> MustacheValue {
        var entry: [String: MustacheValue] = [
            "href": .string("/actions/\(item.actionSlug)"), "title": .string(item.actionTitle),
            "sessionHref": .string("/sessions/\(item.sessionSlug)"), "session": .string(item.sessionTitle),
            "status": .string(item.stance.label), "statusBadge": .string(item.stance.badge),
            "since": .string(Formatting.date(item.since)), "isDemo": .bool(item.isDemo),
            "events": .array(item.events.map(event)), "hasEvents": .bool(!item.events.isEmpty),
        ]
        if let progress = item.progress {
            entry["progress"] = .string(progress.label)
            entry["progressBadge"] = .string(progress.badge)
        }
        if let updated = item.progressUpdatedOn { entry["progressUpdated"] = .string(Formatting.date(updated)) }
        return .dictionary(entry)
    }

    private static func event(_ event: CommitmentEvent) -> MustacheValue {
        var entry: [String: MustacheValue] = [
            "date": .string(Formatting.date(event.occurredOn)), "datetime": .string(event.occurredOn), "what": .string(event.label),
            "note": .string(event.note ?? ""), "hasNote": .bool(!(event.note ?? "").isEmpty), "isDemo": .bool(event.isDemo),
        ]
        if let url = event.evidenceURL, SafeURL.mayLink(url) { entry["evidence"] = .string(url) }
        return .dictionary(entry)
    }

    /// `Formatting.label` of the partnership types a city page may show many times, worked out once:
    /// it goes through Foundation's string replacing, which is slow enough to show in a profile.
    private static let labels: [String: String] = Dictionary(uniqueKeysWithValues: [
        "twinning", "city_to_city", "triangular", "north_south", "south_south", "migrant_flow_twinning", "inter_municipal",
    ].map { ($0, Formatting.label($0)) })

    private static func label(_ value: String) -> String { labels[value] ?? Formatting.label(value) }

    /// 52.08, 4.31 → "52.08° N, 4.31° E".
    static func coordinates(_ latitude: Double, _ longitude: Double) -> String {
        let lat = String(format: "%.2f", abs(latitude)) + (latitude >= 0 ? "° N" : "° S")
        let lon = String(format: "%.2f", abs(longitude)) + (longitude >= 0 ? "° E" : "° W")
        return "\(lat), \(lon)"
    }

    private static func period(_ starts: String?, _ ends: String?) -> String {
        switch (starts, ends) {
        case let (start?, end?): "\(Formatting.date(start)) – \(Formatting.date(end))"
        case let (start?, nil): "since \(Formatting.date(start))"
        case let (nil, end?): "until \(Formatting.date(end))"
        case (nil, nil): ""
        }
    }

    private static func description(_ facts: CityFacts) -> String {
        var text = "\(facts.name), \(facts.countryName): facts, mayor, networks, partnerships, commitments to GPM actions"
        text += " and peer cities on the Global Parliament of Mayors platform."
        return text
    }
}
