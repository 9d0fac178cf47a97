import SQLite

/// What a brief can link to, with the names pages show: actions grouped by session, themes and the
/// 17 SDGs. Used by the edit form (the choices) and by version diffs (names for ids).
public struct BriefChoices: Sendable {
    public struct Choice: Sendable, Equatable {
        public let id: Int
        public let label: String
    }

    public struct SessionGroup: Sendable {
        public let title: String
        public let actions: [Choice]
    }

    public let sessions: [SessionGroup]
    public let themes: [Choice]
    public let sdgs: [Choice]

    static func load(_ db: Connection) throws -> BriefChoices {
        var groups: [(title: String, actions: [Choice])] = []
        for row in try db.query("""
            SELECT a.id, a.title, a.position, s.number, s.title AS session_title, s.id AS session_id
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
            ORDER BY s.held_on, s.number, s.id, a.position
            """) {
            let title = try row.string("session_title")
            let choice = Choice(
                id: try row.int("id"),
                label: ActionLabel.title(
                    try row.optionalString("title"), sessionNumber: try row.optionalInt("number"), position: try row.int("position")))
            if groups.last?.title == title { groups[groups.count - 1].actions.append(choice) } else { groups.append((title, [choice])) }
        }
        let themes = try db.query("SELECT id, name FROM themes ORDER BY name").map { Choice(id: try $0.int("id"), label: try $0.string("name")) }
        let sdgs = try db.query("SELECT number, name FROM sdgs ORDER BY number").map {
            Choice(id: try $0.int("number"), label: "SDG \(try $0.int("number")): \(try $0.string("name"))")
        }
        return BriefChoices(sessions: groups.map { SessionGroup(title: $0.title, actions: $0.actions) }, themes: themes, sdgs: sdgs)
    }

    func actionLabel(_ id: Int) -> String {
        sessions.lazy.flatMap(\.actions).first { $0.id == id }?.label ?? "Action #\(id)"
    }

    func themeLabel(_ id: Int) -> String { themes.first { $0.id == id }?.label ?? "Theme #\(id)" }
    func sdgLabel(_ number: Int) -> String { sdgs.first { $0.id == number }?.label ?? "SDG \(number)" }
}
