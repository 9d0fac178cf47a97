import SQLite

extension RegistryCatalogue {
    static let cities = RegistryEntity(
        key: "cities", auditName: "city", table: "cities", singular: Catalogued.t("city"), plural: Catalogued.t("Cities"), titleColumn: "name",
        fields: [
            RegistryField("name", Catalogued.t("Name"), .text(max: 200), required: true),
            RegistryField("slug", Catalogued.t("Slug"), .slug(from: "name")),
            RegistryField("country_code", Catalogued.t("Country"), .reference(.countries, textual: true), required: true),
            RegistryField("region_id", Catalogued.t("Region"), .reference(.regions, textual: false),
                          required: true),
            RegistryField("population", Catalogued.t("Population"), .integer(0...100_000_000)),
            RegistryField("latitude", Catalogued.t("Latitude"), .decimal(-90...90), hint: Catalogued.t("Decimal degrees, −90 to 90 (north positive).")),
            RegistryField("longitude", Catalogued.t("Longitude"), .decimal(-180...180), hint: Catalogued.t("Decimal degrees, −180 to 180 (east positive).")),
            RegistryField("mayor_name", Catalogued.t("Mayor"), .text(max: 200)),
            RegistryField("mayor_since", Catalogued.t("Mayor since"), .partialDate),
            RegistryField("membership", Catalogued.t("GPM membership"), .choice(.membership)),
            RegistryField("joined_on", Catalogued.t("Joined the GPM on"), .date),
            RegistryField("membership_is_demo", Catalogued.t("The membership is demonstration data"), .flag),
            RegistryField("website", Catalogued.t("Website"), .url),
            RegistryField("profile", Catalogued.t("Profile"), .longText),
            RegistryField("is_demo", Catalogued.t("Demonstration record"), .flag),
        ],
        listColumns: [(Catalogued.t("Country"), .column("country_code")),
                      (Catalogued.t("Population"), .column("population")),
                      (Catalogued.t("Membership"), .orEmpty("membership"))],
        sorts: [("name", Catalogued.t("Name"), [.alphabetical("name"), .ascending("id")]),
                ("population", Catalogued.t("Population"), [.nullsLast("population"), .descending("population"), .ascending("id")]),
                ("country", Catalogued.t("Country"), [.ascending("country_code"), .alphabetical("name")]),
                ("updated", Catalogued.t("Last changed"), [.descending("updated_at"), .descending("id")])],
        searchColumns: ["name", "slug", "mayor_name"],
        dependants: [
            RegistryDependant({ $0.tn("{count} commitment", "{count} commitments", count: $1) }, counts: RegistryCount("commitments", "city_id")),
            RegistryDependant({ $0.tn("{count} Mayor Brief", "{count} Mayor Briefs", count: $1) }, counts: RegistryCount("mayor_briefs", "city_id")),
            RegistryDependant({ $0.tn("{count} convening", "{count} convenings", count: $1) }, counts: RegistryCount("convenings", "city_id")),
            RegistryDependant({ $0.tn("{count} user account", "{count} user accounts", count: $1) }, counts: RegistryCount("users", "city_id")),
            RegistryDependant(
                { $0.tn("{count} partnership", "{count} partnerships", count: $1) },
                counts: RegistryCount("partnership_members", "city_id", distinct: "partnership_id")),
            RegistryDependant({ $0.tn("{count} case study", "{count} case studies", count: $1) }, counts: RegistryCount("case_study_cities", "city_id")),
            RegistryDependant(
                { $0.tn("{count} network membership", "{count} network memberships", count: $1) }, counts: RegistryCount("city_networks", "city_id"),
                blocking: false),
            RegistryDependant(
                { $0.tn("{count} session person", "{count} session people", count: $1) }, counts: RegistryCount("session_people", "city_id"),
                blocking: false, effect: Catalogued.t("kept, without the link to this city")),
            RegistryDependant(
                { $0.tn("{count} network seat", "{count} network seats", count: $1) }, counts: RegistryCount("networks", "seat_city_id"),
                blocking: false, effect: Catalogued.t("kept, without the link to this city")),
        ],
        publicPath: { Paths.city.href(try slug($0)) },
        rules: { check, values, _ in
            if values["membership"]?.isNull ?? true, !(values["joined_on"]?.isNull ?? true) {
                check.fail("joined_on", check.messages.t("A joining date needs a membership: choose one, or clear the date."))
            }
            if (values["latitude"]?.isNull ?? true) != (values["longitude"]?.isNull ?? true) {
                check.fail(values["latitude"]?.isNull ?? true ? "latitude" : "longitude", check.messages.t("Give both latitude and longitude, or neither."))
            }
        },
        section: .cityNetworks,
        findsWorldCities: true)

    static let networks = RegistryEntity(
        key: "networks", auditName: "network", table: "networks", singular: Catalogued.t("network"), plural: Catalogued.t("Networks"), titleColumn: "name",
        fields: [
            RegistryField("name", Catalogued.t("Name"), .text(max: 200), required: true),
            RegistryField("slug", Catalogued.t("Slug"), .slug(from: "name")),
            RegistryField("acronym", Catalogued.t("Acronym"), .text(max: 40)),
            RegistryField("kind", Catalogued.t("Kind"), .choice(.networkKind), required: true),
            RegistryField("parent_id", Catalogued.t("Umbrella network"), .reference(.networks, textual: false)),
            RegistryField("founded", Catalogued.t("Founded (year)"), .integer(1800...2100)),
            RegistryField("seat", Catalogued.t("Seat"), .text(max: 200), hint: Catalogued.t("Where the secretariat sits, as printed.")),
            RegistryField("seat_city_id", Catalogued.t("Seat city"), .reference(.cities, textual: false)),
            RegistryField("members_count", Catalogued.t("Number of members"), .integer(0...1_000_000_000)),
            RegistryField("members_note", Catalogued.t("Members, as published"), .text(max: 300), hint: Catalogued.t("E.g. “more than 140 cities”.")),
            RegistryField("website", Catalogued.t("Website"), .url),
            RegistryField("description", Catalogued.t("Description"), .longText),
            RegistryField("source", Catalogued.t("Source"), .text(max: 500)),
            RegistryField("is_demo", Catalogued.t("Demonstration record"), .flag),
        ],
        links: [RegistryLink(name: "themes", label: Catalogued.t("Themes"), table: "network_themes", ownerColumn: "network_id", targetColumn: "theme_id",
                             options: .themes)],
        listColumns: [(Catalogued.t("Acronym"), .orEmpty("acronym")),
                      (Catalogued.t("Kind"), .column("kind")),
                      (Catalogued.t("Members"), .column("members_count"))],
        sorts: [("name", Catalogued.t("Name"), [.alphabetical("name"), .ascending("id")]),
                ("kind", Catalogued.t("Kind"), [.ascending("kind"), .alphabetical("name")]),
                ("updated", Catalogued.t("Last changed"), [.descending("updated_at"), .descending("id")])],
        searchColumns: ["name", "acronym", "slug"],
        dependants: [
            RegistryDependant(
                { $0.tn("{count} city membership", "{count} city memberships", count: $1) }, counts: RegistryCount("city_networks", "network_id")),
            RegistryDependant(
                { $0.tn("{count} partnership", "{count} partnerships", count: $1) },
                counts: RegistryCount("partnership_members", "network_id", distinct: "partnership_id")),
            RegistryDependant(
                { $0.tn("{count} section", "{count} sections", count: $1) }, counts: RegistryCount("networks", "parent_id"), blocking: false,
                effect: Catalogued.t("kept, without this umbrella")),
            RegistryDependant(
                { $0.tn("{count} session person", "{count} session people", count: $1) }, counts: RegistryCount("session_people", "network_id"),
                blocking: false, effect: Catalogued.t("kept, without the link to this network")),
        ],
        publicPath: { Paths.network.href(try slug($0)) },
        rules: { check, values, id in
            if let id, case .integer(let parent) = values["parent_id"] ?? .null, Int(parent) == id {
                check.fail("parent_id", check.messages.t("A network cannot be its own umbrella."))
            }
        },
        section: .networkCities)

    static let themes = RegistryEntity(
        key: "themes", auditName: "theme", table: "themes", singular: Catalogued.t("theme"), plural: Catalogued.t("Themes"), titleColumn: "name",
        fields: [
            RegistryField("name", Catalogued.t("Name"), .text(max: 200), required: true),
            RegistryField("slug", Catalogued.t("Slug"), .slug(from: "name")),
            RegistryField("description", Catalogued.t("Description"), .longText),
        ],
        listColumns: [(Catalogued.t("Slug"), .column("slug")),
                      (Catalogued.t("Sessions", context: "registry"), .count(RegistryCount("strategy_sessions", "theme_id")))],
        sorts: [("name", Catalogued.t("Name"), [.alphabetical("name"), .ascending("id")]),
                ("updated", Catalogued.t("Last changed"), [.descending("updated_at"), .descending("id")])],
        searchColumns: ["name", "slug"],
        dependants: [
            RegistryDependant({ $0.tn("{count} strategy session", "{count} strategy sessions", count: $1) },
                              counts: RegistryCount("strategy_sessions", "theme_id")),
            RegistryDependant({ $0.tn("{count} network", "{count} networks", count: $1) }, counts: RegistryCount("network_themes", "theme_id")),
            RegistryDependant({ $0.tn("{count} partnership", "{count} partnerships", count: $1) },
                              counts: RegistryCount("partnership_themes", "theme_id")),
            RegistryDependant({ $0.tn("{count} case study", "{count} case studies", count: $1) }, counts: RegistryCount("case_study_themes", "theme_id")),
            RegistryDependant({ $0.tn("{count} Mayor Brief", "{count} Mayor Briefs", count: $1) }, counts: RegistryCount("brief_themes", "theme_id")),
        ],
        publicPath: { Paths.bestPractices.href(QueryString([("theme", try slug($0))])) },
        textLanguage: .english)
}
