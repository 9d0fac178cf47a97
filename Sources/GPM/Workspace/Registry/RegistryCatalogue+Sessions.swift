import SQLite

extension RegistryCatalogue {
    static let convenings = RegistryEntity(
        key: "convenings", auditName: "convening", table: "convenings", singular: "convening", plural: "Convenings", titleColumn: "title",
        fields: [
            RegistryField("title", "Title", .text(max: 300), required: true),
            RegistryField("slug", "Slug", .slug(from: "title")),
            RegistryField("city_id", "Host city", .reference(sql: cityOptions, textual: false)),
            RegistryField("starts_on", "Starts on", .date, required: true),
            RegistryField("ends_on", "Ends on", .date, required: true),
            RegistryField("description", "Description", .longText),
        ],
        listColumns: [("Starts", "starts_on"), ("Sessions", "(SELECT count(*) FROM strategy_sessions s WHERE s.convening_id = convenings.id)")],
        sorts: [("date", "Date", "starts_on DESC, id"), ("title", "Title", "title COLLATE NOCASE, id"),
                ("updated", "Last changed", "updated_at DESC, id DESC")],
        searchColumns: ["title", "slug"],
        dependants: [
            RegistryDependant(singular: "strategy session", plural: "strategy sessions",
                              countSQL: "SELECT count(*) FROM strategy_sessions WHERE convening_id = ?"),
        ],
        publicPath: { _ in "/sessions" },
        rules: { check, values, _ in ordered(&check, values, "starts_on", "ends_on", message: "The end must not come before the start.") })

    static let sessions = RegistryEntity(
        key: "sessions", auditName: "session", table: "strategy_sessions", singular: "strategy session", plural: "Sessions",
        titleColumn: "title",
        fields: [
            RegistryField("convening_id", "Convening", .reference(sql: "SELECT id AS value, title AS label FROM convenings ORDER BY starts_on",
                                                                   textual: false), required: true),
            RegistryField("theme_id", "Theme", .reference(sql: themeOptions, textual: false), required: true),
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
        listColumns: [("No.", "coalesce(number, '')"), ("Held on", "held_on"), ("Status", "status"),
                      ("Actions", "(SELECT count(*) FROM actions a WHERE a.session_id = strategy_sessions.id)")],
        sorts: [("number", "Number", "convening_id, number IS NULL, number, id"), ("title", "Title", "title COLLATE NOCASE, id"),
                ("updated", "Last changed", "updated_at DESC, id DESC")],
        searchColumns: ["title", "subtitle", "slug"],
        dependants: [
            RegistryDependant(
                singular: "commitment", plural: "commitments",
                countSQL: "SELECT count(*) FROM commitments WHERE action_id IN (SELECT id FROM actions WHERE session_id = ?)"),
            RegistryDependant(
                singular: "Mayor Brief", plural: "Mayor Briefs",
                countSQL: "SELECT count(DISTINCT brief_id) FROM brief_actions WHERE action_id IN (SELECT id FROM actions WHERE session_id = ?)"),
            RegistryDependant(singular: "action", plural: "actions", countSQL: "SELECT count(*) FROM actions WHERE session_id = ?", blocking: false),
            RegistryDependant(singular: "principle", plural: "principles", countSQL: "SELECT count(*) FROM principles WHERE session_id = ?",
                              blocking: false),
            RegistryDependant(singular: "person", plural: "people", countSQL: "SELECT count(*) FROM session_people WHERE session_id = ?",
                              blocking: false),
        ],
        publicPath: { "/sessions/\(try slug($0))" },
        section: .sessionParts)

    static let principles = RegistryEntity(
        key: "principles", auditName: "principle", table: "principles", singular: "principle", plural: "Principles", titleColumn: "text",
        fields: [
            RegistryField("session_id", "Session", .reference(sql: sessionOptions, textual: false), required: true),
            RegistryField("position", "Position", .integer(1...999), hint: "Left empty, it goes last."),
            RegistryField("text", "Text", .longText, required: true),
        ],
        listColumns: [("Session", "session_id"), ("Position", "position")],
        sorts: [("session", "Session", "session_id, position")],
        searchColumns: ["text"],
        autoPosition: ("position", "session_id"),
        inTabs: false)

    static let actions = RegistryEntity(
        key: "actions", auditName: "action", table: "actions", singular: "action", plural: "Actions", titleColumn: "title",
        fields: [
            RegistryField("session_id", "Session", .reference(sql: sessionOptions, textual: false), required: true),
            RegistryField("position", "Position", .integer(1...999), hint: "Left empty, it goes last."),
            RegistryField("title", "Title", .text(max: 300), hint: "Empty where the paper prints none: pages then say “Action 3.2”."),
            RegistryField("slug", "Slug", .slug(from: "title")),
            RegistryField("text", "Text", .longText, required: true),
            RegistryField("role_model", "Role model", .text(max: 300)),
        ],
        links: [RegistryLink(name: "sdgs", label: "Sustainable Development Goals", table: "action_sdgs", ownerColumn: "action_id",
                             targetColumn: "sdg_number",
                                 optionsSQL: "SELECT number AS value, number || '. ' || name AS label FROM sdgs ORDER BY number")],
        listColumns: [("Session", "session_id"), ("Position", "position")],
        sorts: [("session", "Session", "session_id, position"), ("updated", "Last changed", "updated_at DESC, id DESC")],
        searchColumns: ["title", "text", "slug"],
        dependants: [
            RegistryDependant(singular: "commitment", plural: "commitments", countSQL: "SELECT count(*) FROM commitments WHERE action_id = ?"),
            RegistryDependant(singular: "Mayor Brief", plural: "Mayor Briefs", countSQL: "SELECT count(*) FROM brief_actions WHERE action_id = ?"),
        ],
        autoPosition: ("position", "session_id"),
        publicPath: { "/actions/\(try slug($0))" },
        inTabs: false)
}
