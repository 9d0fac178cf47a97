import SQLite

extension RegistryCatalogue {
    static let cities = RegistryEntity(
        key: "cities", auditName: "city", table: "cities", singular: "city", plural: "Cities", titleColumn: "name",
        fields: [
            RegistryField("name", "Name", .text(max: 200), required: true),
            RegistryField("slug", "Slug", .slug(from: "name")),
            RegistryField(
                "country_code", "Country", .reference(.countries, textual: true), required: true),
            RegistryField("region_id", "Region", .reference(.regions, textual: false),
                          required: true),
            RegistryField("population", "Population", .integer(0...100_000_000)),
            RegistryField("latitude", "Latitude", .decimal(-90...90), hint: "Decimal degrees, −90 to 90 (north positive)."),
            RegistryField("longitude", "Longitude", .decimal(-180...180), hint: "Decimal degrees, −180 to 180 (east positive)."),
            RegistryField("mayor_name", "Mayor", .text(max: 200)),
            RegistryField("mayor_since", "Mayor since", .partialDate),
            RegistryField("membership", "GPM membership", .choice(options(["member", "observer", "former"]))),
            RegistryField("joined_on", "Joined the GPM on", .date),
            RegistryField("membership_is_demo", "The membership is demonstration data", .flag),
            RegistryField("website", "Website", .url),
            RegistryField("profile", "Profile", .longText),
            RegistryField("is_demo", "Demonstration record", .flag),
        ],
        listColumns: [("Country", .column("country_code")), ("Population", .column("population")), ("Membership", .orEmpty("membership"))],
        sorts: [("name", "Name", [.alphabetical("name"), .ascending("id")]), ("population", "Population", [.nullsLast("population"), .descending("population"), .ascending("id")]),
                ("country", "Country", [.ascending("country_code"), .alphabetical("name")]), ("updated", "Last changed", [.descending("updated_at"), .descending("id")])],
        searchColumns: ["name", "slug", "mayor_name"],
        dependants: [
            RegistryDependant(singular: "commitment", plural: "commitments", counts: RegistryCount("commitments", "city_id")),
            RegistryDependant(singular: "Mayor Brief", plural: "Mayor Briefs", counts: RegistryCount("mayor_briefs", "city_id")),
            RegistryDependant(singular: "convening", plural: "convenings", counts: RegistryCount("convenings", "city_id")),
            RegistryDependant(singular: "user account", plural: "user accounts", counts: RegistryCount("users", "city_id")),
            RegistryDependant(
                singular: "partnership", plural: "partnerships",
                counts: RegistryCount("partnership_members", "city_id", distinct: "partnership_id")),
            RegistryDependant(singular: "case study", plural: "case studies", counts: RegistryCount("case_study_cities", "city_id")),
            RegistryDependant(
                singular: "network membership", plural: "network memberships", counts: RegistryCount("city_networks", "city_id"),
                blocking: false),
            RegistryDependant(
                singular: "session person", plural: "session people", counts: RegistryCount("session_people", "city_id"),
                blocking: false, effect: "kept, without the link to this city"),
            RegistryDependant(
                singular: "network seat", plural: "network seats", counts: RegistryCount("networks", "seat_city_id"),
                blocking: false, effect: "kept, without the link to this city"),
        ],
        publicPath: { Paths.city.href(try slug($0)) },
        rules: { check, values, _ in
            if values["membership"]?.isNull ?? true, !(values["joined_on"]?.isNull ?? true) {
                check.fail("joined_on", "A joining date needs a membership: choose one, or clear the date.")
            }
            if (values["latitude"]?.isNull ?? true) != (values["longitude"]?.isNull ?? true) {
                check.fail(values["latitude"]?.isNull ?? true ? "latitude" : "longitude", "Give both latitude and longitude, or neither.")
            }
        },
        section: .cityNetworks,
        findsWorldCities: true)

    static let networks = RegistryEntity(
        key: "networks", auditName: "network", table: "networks", singular: "network", plural: "Networks", titleColumn: "name",
        fields: [
            RegistryField("name", "Name", .text(max: 200), required: true),
            RegistryField("slug", "Slug", .slug(from: "name")),
            RegistryField("acronym", "Acronym", .text(max: 40)),
            RegistryField("kind", "Kind", .choice(options(NetworkKind.allCases.map(\.rawValue))), required: true),
            RegistryField("parent_id", "Umbrella network", .reference(.networks, textual: false)),
            RegistryField("founded", "Founded (year)", .integer(1800...2100)),
            RegistryField("seat", "Seat", .text(max: 200), hint: "Where the secretariat sits, as printed."),
            RegistryField("seat_city_id", "Seat city", .reference(.cities, textual: false)),
            RegistryField("members_count", "Number of members", .integer(0...1_000_000_000)),
            RegistryField("members_note", "Members, as published", .text(max: 300), hint: "E.g. “more than 140 cities”."),
            RegistryField("website", "Website", .url),
            RegistryField("description", "Description", .longText),
            RegistryField("source", "Source", .text(max: 500)),
            RegistryField("is_demo", "Demonstration record", .flag),
        ],
        links: [RegistryLink(name: "themes", label: "Themes", table: "network_themes", ownerColumn: "network_id", targetColumn: "theme_id",
                             options: .themes)],
        listColumns: [("Acronym", .orEmpty("acronym")), ("Kind", .column("kind")), ("Members", .column("members_count"))],
        sorts: [("name", "Name", [.alphabetical("name"), .ascending("id")]), ("kind", "Kind", [.ascending("kind"), .alphabetical("name")]),
                ("updated", "Last changed", [.descending("updated_at"), .descending("id")])],
        searchColumns: ["name", "acronym", "slug"],
        dependants: [
            RegistryDependant(
                singular: "city membership", plural: "city memberships", counts: RegistryCount("city_networks", "network_id")),
            RegistryDependant(
                singular: "partnership", plural: "partnerships",
                counts: RegistryCount("partnership_members", "network_id", distinct: "partnership_id")),
            RegistryDependant(
                singular: "section", plural: "sections", counts: RegistryCount("networks", "parent_id"), blocking: false,
                effect: "kept, without this umbrella"),
            RegistryDependant(
                singular: "session person", plural: "session people", counts: RegistryCount("session_people", "network_id"),
                blocking: false, effect: "kept, without the link to this network"),
        ],
        publicPath: { Paths.network.href(try slug($0)) },
        rules: { check, values, id in
            if let id, case .integer(let parent) = values["parent_id"] ?? .null, Int(parent) == id {
                check.fail("parent_id", "A network cannot be its own umbrella.")
            }
        },
        section: .networkCities)

    static let themes = RegistryEntity(
        key: "themes", auditName: "theme", table: "themes", singular: "theme", plural: "Themes", titleColumn: "name",
        fields: [
            RegistryField("name", "Name", .text(max: 200), required: true),
            RegistryField("slug", "Slug", .slug(from: "name")),
            RegistryField("description", "Description", .longText),
        ],
        listColumns: [("Slug", .column("slug")),
                      ("Sessions", .count(RegistryCount("strategy_sessions", "theme_id")))],
        sorts: [("name", "Name", [.alphabetical("name"), .ascending("id")]), ("updated", "Last changed", [.descending("updated_at"), .descending("id")])],
        searchColumns: ["name", "slug"],
        dependants: [
            RegistryDependant(singular: "strategy session", plural: "strategy sessions",
                              counts: RegistryCount("strategy_sessions", "theme_id")),
            RegistryDependant(singular: "network", plural: "networks", counts: RegistryCount("network_themes", "theme_id")),
            RegistryDependant(singular: "partnership", plural: "partnerships",
                              counts: RegistryCount("partnership_themes", "theme_id")),
            RegistryDependant(singular: "case study", plural: "case studies", counts: RegistryCount("case_study_themes", "theme_id")),
            RegistryDependant(singular: "Mayor Brief", plural: "Mayor Briefs", counts: RegistryCount("brief_themes", "theme_id")),
        ],
        publicPath: { Paths.bestPractices.href(QueryString([("theme", try slug($0))])) })
}
