import SQLite

extension RegistryCatalogue {
    static let convenings = RegistryEntity(
        key: "convenings", auditName: "convening", table: "convenings", singular: "convening", plural: "Convenings", titleColumn: "title",
        fields: [
            RegistryField("title", "Title", .text(max: 300), required: true),
            RegistryField("slug", "Slug", .slug(from: "title")),
            RegistryField("city_id", "Host city", .reference(.cities, textual: false)),
            RegistryField("starts_on", "Starts on", .date, required: true),
            RegistryField("ends_on", "Ends on", .date, required: true),
            RegistryField("description", "Description", .longText),
        ],
        listColumns: [("Starts", .column("starts_on")), ("Sessions", .count(RegistryCount("strategy_sessions", "convening_id")))],
        sorts: [("date", "Date", [.descending("starts_on"), .ascending("id")]), ("title", "Title", [.alphabetical("title"), .ascending("id")]),
                ("updated", "Last changed", [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "slug"],
        dependants: [
            RegistryDependant(singular: "strategy session", plural: "strategy sessions",
                              counts: RegistryCount("strategy_sessions", "convening_id")),
        ],
        publicPath: { _ in Paths.sessions.href },
        rules: { check, values, _ in ordered(&check, values, "starts_on", "ends_on", message: "The end must not come before the start.") })

    static let sessions = RegistryEntity(
        key: "sessions", auditName: "session", table: "strategy_sessions", singular: "strategy session", plural: "Sessions",
        titleColumn: "title",
        fields: [
            RegistryField("convening_id", "Convening", .reference(.convenings, textual: false), required: true),
            RegistryField("theme_id", "Theme", .reference(.themes, textual: false), required: true),
            RegistryField("number", "Number", .integer(1...99), hint: "As printed (“Strategy Session 1”); empty for a session without one."),
            RegistryField("title", "Title", .text(max: 300), required: true),
            RegistryField("slug", "Slug", .slug(from: "title")),
            RegistryField("subtitle", "Subtitle", .text(max: 300)),
            RegistryField("held_on", "Held on", .date, required: true),
            RegistryField("status", "Status", .choice(options(["draft", "ratified"])), required: true),
            RegistryField("summary", "Summary", .longText),
            RegistryField("note", "Note", .longText, hint: "The paper's own caveat, as printed."),
            RegistryField("source", "Source", .text(max: 500)),
        ],
        listColumns: [("No.", .orEmpty("number")), ("Held on", .column("held_on")), ("Status", .column("status")),
                      ("Actions", .count(RegistryCount("actions", "session_id")))],
        sorts: [("number", "Number", [.ascending("convening_id"), .nullsLast("number"), .ascending("number"), .ascending("id")]),
                ("title", "Title", [.alphabetical("title"), .ascending("id")]),
                ("updated", "Last changed", [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "subtitle", "slug"],
        dependants: [
            RegistryDependant(
                singular: "commitment", plural: "commitments",
                counts: RegistryCount("commitments", "action_id", via: ("actions", "session_id"))),
            RegistryDependant(
                singular: "Mayor Brief", plural: "Mayor Briefs",
                counts: RegistryCount("brief_actions", "action_id", distinct: "brief_id", via: ("actions", "session_id"))),
            RegistryDependant(singular: "action", plural: "actions", counts: RegistryCount("actions", "session_id"), blocking: false),
            RegistryDependant(singular: "principle", plural: "principles", counts: RegistryCount("principles", "session_id"),
                              blocking: false),
            RegistryDependant(singular: "person", plural: "people", counts: RegistryCount("session_people", "session_id"),
                              blocking: false),
        ],
        publicPath: { Paths.session.href(try slug($0)) },
        section: .sessionParts)

    static let principles = RegistryEntity(
        key: "principles", auditName: "principle", table: "principles", singular: "principle", plural: "Principles", titleColumn: "text",
        fields: [
            RegistryField("session_id", "Session", .reference(.sessions, textual: false), required: true),
            RegistryField("position", "Position", .integer(1...999), hint: "Left empty, it goes last."),
            RegistryField("text", "Text", .longText, required: true),
        ],
        listColumns: [("Session", .column("session_id")), ("Position", .column("position"))],
        sorts: [("session", "Session", [.ascending("session_id"), .ascending("position")])],
        searchColumns: ["text"],
        autoPosition: ("position", "session_id"),
        inTabs: false)

    static let actions = RegistryEntity(
        key: "actions", auditName: "action", table: "actions", singular: "action", plural: "Actions", titleColumn: "title",
        fields: [
            RegistryField("session_id", "Session", .reference(.sessions, textual: false), required: true),
            RegistryField("position", "Position", .integer(1...999), hint: "Left empty, it goes last."),
            RegistryField("title", "Title", .text(max: 300), hint: "Empty where the paper prints none: pages then show the short title, else “Action 3.2”."),
            RegistryField(
                "short_title", "Short title", .text(max: 80),
                hint: "What lists show for the action, up to 80 characters (empty: the title, else “Action 3.2”)."),
            RegistryField(
                "short_title_is_editorial", "Editorial title", .flag,
                hint: "Ticked when the short title was written by the editors from the action's text, not printed in the papers: readers see “editorial title”."),
            RegistryField("slug", "Slug", .slug(from: "title")),
            RegistryField("text", "Text", .longText, required: true),
            RegistryField("role_model", "Role model", .text(max: 300)),
        ],
        links: [RegistryLink(name: "sdgs", label: "Sustainable Development Goals", table: "action_sdgs", ownerColumn: "action_id",
                             targetColumn: "sdg_number",
                                 options: .sdgs)],
        listColumns: [("Session", .column("session_id")), ("Position", .column("position"))],
        sorts: [("session", "Session", [.ascending("session_id"), .ascending("position")]), ("updated", "Last changed", [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "text", "slug"],
        dependants: [
            RegistryDependant(singular: "commitment", plural: "commitments", counts: RegistryCount("commitments", "action_id")),
            RegistryDependant(singular: "Mayor Brief", plural: "Mayor Briefs", counts: RegistryCount("brief_actions", "action_id")),
        ],
        autoPosition: ("position", "session_id"),
        publicPath: { Paths.action.href(try slug($0)) },
        inTabs: false)
}
