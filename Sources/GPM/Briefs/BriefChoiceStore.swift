import SQLite

/// Reads what a brief can link to (`BriefChoices`): actions by session, themes and the SDGs.
struct BriefChoiceStore {
    let db: Connection

    /// Every action, theme and SDG with the names pages show.
    func choices() throws -> BriefChoices {
        var groups: [(title: String, actions: [BriefChoices.Choice])] = []
        for row in try db.query("""
            SELECT a.id, a.title, a.short_title, a.position, s.number, s.title AS session_title, s.id AS session_id
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
            ORDER BY s.held_on, s.number, s.id, a.position
            """) {
            let title = try row.string("session_title")
            let choice = BriefChoices.Choice(
                id: try row.int("id"),
                label: ActionLabel.title(
                    try row.optionalString("title"), shortTitle: try row.optionalString("short_title"), sessionNumber: try row.optionalInt("number"), position: try row.int("position")).english)
            if groups.last?.title == title { groups[groups.count - 1].actions.append(choice) } else { groups.append((title, [choice])) }
        }
        let themes = try db.query("SELECT id, name FROM themes ORDER BY name").map { BriefChoices.Choice(id: try $0.int("id"), label: try $0.string("name")) }
        let sdgRows = try db.query("SELECT number, name FROM sdgs ORDER BY number").map { (number: try $0.int("number"), name: try $0.string("name")) }
        let sdgs = sdgRows.map { BriefChoices.Choice(id: $0.number, label: "SDG \($0.number): \($0.name)") }
        return BriefChoices(
            sessions: groups.map { BriefChoices.SessionGroup(title: $0.title, actions: $0.actions) }, themes: themes, sdgs: sdgs,
            sdgNames: Dictionary(sdgRows.map { ($0.number, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }

}
