import SQLite

extension RegistryCatalogue {
    static let cities = RegistryEntity(
        key: "cities", auditName: "city", table: "cities", singular: "city", plural: "Cities", titleColumn: "name",
        fields: [
            RegistryField("name", "Name", .text(max: 200), required: true),
            RegistryField("slug", "Slug", .slug(from: "name")),
            RegistryField(
                "country_code", "Country", .reference(sql: "SELECT code AS value, name || ' (' || code || ')' AS label FROM countries ORDER BY name",
                                                       textual: true), required: true),
            RegistryField("region_id", "Region", .reference(sql: "SELECT id AS value, name AS label FROM regions ORDER BY position", textual: false),
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
        listColumns: [("Country", "country_code"), ("Population", "population"), ("Membership", "coalesce(membership, '')")],
        sorts: [("name", "Name", "name COLLATE NOCASE, id"), ("population", "Population", "population IS NULL, population DESC, id"),
                ("country", "Country", "country_code, name COLLATE NOCASE"), ("updated", "Last changed", "updated_at DESC, id DESC")],
        searchColumns: ["name", "slug", "mayor_name"],
        dependants: [
            RegistryDependant(singular: "commitment", plural: "commitments", countSQL: "SELECT count(*) FROM commitments WHERE city_id = ?"),
            RegistryDependant(singular: "Mayor Brief", plural: "Mayor Briefs", countSQL: "SELECT count(*) FROM mayor_briefs WHERE city_id = ?"),
            RegistryDependant(singular: "convening", plural: "convenings", countSQL: "SELECT count(*) FROM convenings WHERE city_id = ?"),
            RegistryDependant(singular: "user account", plural: "user accounts", countSQL: "SELECT count(*) FROM users WHERE city_id = ?"),
            RegistryDependant(
                singular: "partnership", plural: "partnerships",
                countSQL: "SELECT count(DISTINCT partnership_id) FROM partnership_members WHERE city_id = ?"),
            RegistryDependant(singular: "case study", plural: "case studies", countSQL: "SELECT count(*) FROM case_study_cities WHERE city_id = ?"),
            RegistryDependant(
                singular: "network membership", plural: "network memberships", countSQL: "SELECT count(*) FROM city_networks WHERE city_id = ?",
                blocking: false),
            RegistryDependant(
                singular: "session person", plural: "session people", countSQL: "SELECT count(*) FROM session_people WHERE city_id = ?",
                blocking: false, effect: "kept, without the link to this city"),
            RegistryDependant(
                singular: "network seat", plural: "network seats", countSQL: "SELECT count(*) FROM networks WHERE seat_city_id = ?",
                blocking: false, effect: "kept, without the link to this city"),
        ],
        publicPath: { "/cities/\(try slug($0))" },
        rules: { check, values, _ in
            if values["membership"]?.isNull ?? true, !(values["joined_on"]?.isNull ?? true) {
                check.fail("joined_on", "A joining date needs a membership: choose one, or clear the date.")
            }
            if (values["latitude"]?.isNull ?? true) != (values["longitude"]?.isNull ?? true) {
                check.fail(values["latitude"]?.isNull ?? true ? "latitude" : "longitude", "Give both latitude and longitude, or neither.")
            }
        },
        section: .cityNetworks)

    static let networks = RegistryEntity(
        key: "networks", auditName: "network", table: "networks", singular: "network", plural: "Networks", titleColumn: "name",
        fields: [
            RegistryField("name", "Name", .text(max: 200), required: true),
            RegistryField("slug", "Slug", .slug(from: "name")),
            RegistryField("acronym", "Acronym", .text(max: 40)),
            RegistryField("kind", "Kind", .choice(options(NetworkKind.allCases.map(\.rawValue))), required: true),
            RegistryField("parent_id", "Umbrella network", .reference(sql: networkOptions, textual: false)),
            RegistryField("founded", "Founded (year)", .integer(1800...2100)),
            RegistryField("seat", "Seat", .text(max: 200), hint: "Where the secretariat sits, as printed."),
            RegistryField("seat_city_id", "Seat city", .reference(sql: cityOptions, textual: false)),
            RegistryField("members_count", "Number of members", .integer(0...1_000_000_000)),
            RegistryField("members_note", "Members, as published", .text(max: 300), hint: "E.g. “more than 140 cities”."),
            RegistryField("website", "Website", .url),
            RegistryField("description", "Description", .longText),
            RegistryField("source", "Source", .text(max: 500)),
            RegistryField("is_demo", "Demonstration record", .flag),
        ],
        links: [RegistryLink(name: "themes", label: "Themes", table: "network_themes", ownerColumn: "network_id", targetColumn: "theme_id",
                             optionsSQL: themeOptions)],
        listColumns: [("Acronym", "coalesce(acronym, '')"), ("Kind", "kind"), ("Members", "members_count")],
        sorts: [("name", "Name", "name COLLATE NOCASE, id"), ("kind", "Kind", "kind, name COLLATE NOCASE"),
                ("updated", "Last changed", "updated_at DESC, id DESC")],
        searchColumns: ["name", "acronym", "slug"],
        dependants: [
            RegistryDependant(
                singular: "city membership", plural: "city memberships", countSQL: "SELECT count(*) FROM city_networks WHERE network_id = ?"),
            RegistryDependant(
                singular: "partnership", plural: "partnerships",
                countSQL: "SELECT count(DISTINCT partnership_id) FROM partnership_members WHERE network_id = ?"),
            RegistryDependant(
                singular: "section", plural: "sections", countSQL: "SELECT count(*) FROM networks WHERE parent_id = ?", blocking: false,
                effect: "kept, without this umbrella"),
            RegistryDependant(
                singular: "session person", plural: "session people", countSQL: "SELECT count(*) FROM session_people WHERE network_id = ?",
                blocking: false, effect: "kept, without the link to this network"),
        ],
        publicPath: { "/networks/\(try slug($0))" },
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
        listColumns: [("Slug", "slug"),
                      ("Sessions", "(SELECT count(*) FROM strategy_sessions s WHERE s.theme_id = themes.id)")],
        sorts: [("name", "Name", "name COLLATE NOCASE, id"), ("updated", "Last changed", "updated_at DESC, id DESC")],
        searchColumns: ["name", "slug"],
        dependants: [
            RegistryDependant(singular: "strategy session", plural: "strategy sessions",
                              countSQL: "SELECT count(*) FROM strategy_sessions WHERE theme_id = ?"),
            RegistryDependant(singular: "network", plural: "networks", countSQL: "SELECT count(*) FROM network_themes WHERE theme_id = ?"),
            RegistryDependant(singular: "partnership", plural: "partnerships",
                              countSQL: "SELECT count(*) FROM partnership_themes WHERE theme_id = ?"),
            RegistryDependant(singular: "case study", plural: "case studies", countSQL: "SELECT count(*) FROM case_study_themes WHERE theme_id = ?"),
            RegistryDependant(singular: "Mayor Brief", plural: "Mayor Briefs", countSQL: "SELECT count(*) FROM brief_themes WHERE theme_id = ?"),
        ],
        publicPath: { "/best-practices?theme=\(try slug($0))" })
}
