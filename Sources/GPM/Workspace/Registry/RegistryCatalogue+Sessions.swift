import SQLite

extension RegistryCatalogue {
    static let convenings = RegistryEntity(
        key: "convenings", auditName: "convening", table: "convenings", singular: Catalogued.t("convening"), plural: Catalogued.t("Convenings"), titleColumn: "title",
        fields: [
            RegistryField("title", Catalogued.t("Title"), .text(max: 300), required: true),
            RegistryField("slug", Catalogued.t("Slug"), .slug(from: "title")),
            RegistryField("city_id", Catalogued.t("Host city"), .reference(.cities, textual: false)),
            RegistryField("starts_on", Catalogued.t("Starts on"), .date, required: true),
            RegistryField("ends_on", Catalogued.t("Ends on"), .date, required: true),
            RegistryField("description", Catalogued.t("Description"), .longText),
        ],
        listColumns: [(Catalogued.t("Starts"), .column("starts_on")),
                      (Catalogued.t("Sessions", context: "registry"), .count(RegistryCount("strategy_sessions", "convening_id")))],
        sorts: [("date", Catalogued.t("Date", context: "registry"), [.descending("starts_on"), .ascending("id")]),
                ("title", Catalogued.t("Title"), [.alphabetical("title"), .ascending("id")]),
                ("updated", Catalogued.t("Last changed"), [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "slug"],
        dependants: [
            RegistryDependant({ $0.tn("{count} strategy session", "{count} strategy sessions", count: $1) },
                              counts: RegistryCount("strategy_sessions", "convening_id")),
        ],
        publicPath: { _ in Paths.sessions.href },
        rules: { check, values, _ in ordered(&check, values, "starts_on", "ends_on") { $0.t("The end must not come before the start.") } },
        textLanguage: .english)

    static let sessions = RegistryEntity(
        key: "sessions", auditName: "session", table: "strategy_sessions", singular: Catalogued.t("strategy session"), plural: Catalogued.t("Sessions", context: "registry"),
        titleColumn: "title",
        fields: [
            RegistryField("convening_id", Catalogued.t("Convening"), .reference(.convenings, textual: false), required: true),
            RegistryField("theme_id", Catalogued.t("Theme"), .reference(.themes, textual: false), required: true),
            RegistryField("number", Catalogued.t("Number"), .integer(1...99), hint: Catalogued.t("As printed (“Strategy Session 1”); empty for a session without one.")),
            RegistryField("title", Catalogued.t("Title"), .text(max: 300), required: true),
            RegistryField("slug", Catalogued.t("Slug"), .slug(from: "title")),
            RegistryField("subtitle", Catalogued.t("Subtitle"), .text(max: 300)),
            RegistryField("held_on", Catalogued.t("Held on"), .date, required: true),
            RegistryField("status", Catalogued.t("Status"), .choice(.sessionStatus), required: true),
            RegistryField("summary", Catalogued.t("Summary"), .longText),
            RegistryField("note", Catalogued.t("Note"), .longText, hint: Catalogued.t("The paper's own caveat, as printed.")),
            RegistryField("source", Catalogued.t("Source"), .text(max: 500)),
        ],
        listColumns: [(Catalogued.t("No."), .orEmpty("number")),
                      (Catalogued.t("Held on"), .column("held_on")),
                      (Catalogued.t("Status"), .column("status")),
                      (Catalogued.t("Actions"), .count(RegistryCount("actions", "session_id")))],
        sorts: [("number", Catalogued.t("Number"), [.ascending("convening_id"), .nullsLast("number"), .ascending("number"), .ascending("id")]),
                ("title", Catalogued.t("Title"), [.alphabetical("title"), .ascending("id")]),
                ("updated", Catalogued.t("Last changed"), [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "subtitle", "slug"],
        dependants: [
            RegistryDependant(
                { $0.tn("{count} commitment", "{count} commitments", count: $1) },
                counts: RegistryCount("commitments", "action_id", via: ("actions", "session_id"))),
            RegistryDependant(
                { $0.tn("{count} Mayor Brief", "{count} Mayor Briefs", count: $1) },
                counts: RegistryCount("brief_actions", "action_id", distinct: "brief_id", via: ("actions", "session_id"))),
            RegistryDependant({ $0.tn("{count} action", "{count} actions", count: $1) }, counts: RegistryCount("actions", "session_id"), blocking: false),
            RegistryDependant({ $0.tn("{count} principle", "{count} principles", count: $1) }, counts: RegistryCount("principles", "session_id"),
                              blocking: false),
            RegistryDependant({ $0.tn("{count} person", "{count} people", count: $1) }, counts: RegistryCount("session_people", "session_id"),
                              blocking: false),
        ],
        publicPath: { Paths.session.href(try slug($0)) },
        section: .sessionParts,
        textLanguage: .english)

    static let principles = RegistryEntity(
        key: "principles", auditName: "principle", table: "principles", singular: Catalogued.t("principle"), plural: Catalogued.t("Principles"), titleColumn: "text",
        fields: [
            RegistryField("session_id", Catalogued.t("Session"), .reference(.sessions, textual: false), required: true),
            RegistryField("position", Catalogued.t("Position"), .integer(1...999), hint: Catalogued.t("Left empty, it goes last.")),
            RegistryField("text", Catalogued.t("Text"), .longText, required: true),
        ],
        listColumns: [(Catalogued.t("Session"), .column("session_id")), (Catalogued.t("Position"), .column("position"))],
        sorts: [("session", Catalogued.t("Session"), [.ascending("session_id"), .ascending("position")])],
        searchColumns: ["text"],
        autoPosition: ("position", "session_id"),
        inTabs: false,
        textLanguage: .english)

    static let actions = RegistryEntity(
        key: "actions", auditName: "action", table: "actions", singular: Catalogued.t("action"), plural: Catalogued.t("Actions"), titleColumn: "title",
        fields: [
            RegistryField("session_id", Catalogued.t("Session"), .reference(.sessions, textual: false), required: true),
            RegistryField("position", Catalogued.t("Position"), .integer(1...999), hint: Catalogued.t("Left empty, it goes last.")),
            RegistryField("title", Catalogued.t("Title"), .text(max: 300), hint: Catalogued.t("Empty where the paper prints none: pages then show the short title, else “Action 3.2”.")),
            RegistryField("short_title", Catalogued.t("Short title"), .text(max: 80),
                hint: Catalogued.t("What lists show for the action, up to 80 characters (empty: the title, else “Action 3.2”).")),
            RegistryField("short_title_is_editorial", Catalogued.t("Editorial title"), .flag,
                hint: Catalogued.t("Ticked when the short title was written by the editors from the action's text, not printed in the papers: readers see “editorial title”.")),
            RegistryField("slug", Catalogued.t("Slug"), .slug(from: "title")),
            RegistryField("text", Catalogued.t("Text"), .longText, required: true),
            RegistryField("role_model", Catalogued.t("Role model"), .text(max: 300)),
        ],
        links: [RegistryLink(name: "sdgs", label: Catalogued.t("Sustainable Development Goals"), table: "action_sdgs", ownerColumn: "action_id",
                             targetColumn: "sdg_number",
                                 options: .sdgs)],
        listColumns: [(Catalogued.t("Session"), .column("session_id")), (Catalogued.t("Position"), .column("position"))],
        sorts: [("session", Catalogued.t("Session"), [.ascending("session_id"), .ascending("position")]),
                ("updated", Catalogued.t("Last changed"), [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "text", "slug"],
        dependants: [
            RegistryDependant({ $0.tn("{count} commitment", "{count} commitments", count: $1) }, counts: RegistryCount("commitments", "action_id")),
            RegistryDependant({ $0.tn("{count} Mayor Brief", "{count} Mayor Briefs", count: $1) }, counts: RegistryCount("brief_actions", "action_id")),
        ],
        autoPosition: ("position", "session_id"),
        publicPath: { Paths.action.href(try slug($0)) },
        inTabs: false,
        textLanguage: .english)
}
