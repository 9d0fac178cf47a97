import Foundation
import SQLite

/// Reads what a brief can link to (`BriefChoices`): actions by session, themes and the SDGs.
struct BriefChoiceStore {
    let db: Connection

    /// Every action, theme and SDG with the names pages show: sessions, actions and themes in the language of
    /// `translations` (the secretariat's translations, else the English originals, marked as such).
    func choices(translations: ContentTranslations = .originals) throws -> BriefChoices {
        var groups: [(title: ContentTextView, actions: [BriefChoices.Choice])] = []
        for row in try db.query("""
            SELECT a.id, a.title, a.short_title, a.position, s.number, s.title AS session_title, s.id AS session_id
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
            ORDER BY s.held_on, s.number, s.id, a.position
            """) {
            let title = ContentTextView(translations.text(.session, try row.int("session_id"), "title", original: try row.string("session_title")))
            let id = try row.int("id")
            let label = ActionLabel.title(
                try row.optionalString("title"), shortTitle: try row.optionalString("short_title"), sessionNumber: try row.optionalInt("number"),
                position: try row.int("position")).content(action: id, translations)
            let choice = BriefChoices.Choice(id: id, label: label.text, lang: label.lang, dir: label.dir)
            if groups.last?.title == title { groups[groups.count - 1].actions.append(choice) } else { groups.append((title, [choice])) }
        }
        var themes: [BriefChoices.Choice] = []
        for row in try db.query("SELECT id, name FROM themes ORDER BY name") {
            let name = ContentTextView(translations.text(.theme, try row.int("id"), "name", original: try row.string("name")))
            themes.append(BriefChoices.Choice(id: try row.int("id"), label: name.text, lang: name.lang, dir: name.dir))
        }
        // In the reader's alphabetical order once translated ("Climat et énergie" among the C's).
        themes.sort { (a: BriefChoices.Choice, b: BriefChoices.Choice) in
            a.label.compare(b.label, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending
        }
        let sdgRows = try db.query("SELECT number, name FROM sdgs ORDER BY number").map { (number: try $0.int("number"), name: try $0.string("name")) }
        let sdgs = sdgRows.map { BriefChoices.Choice(id: $0.number, label: "SDG \($0.number): \($0.name)") }
        return BriefChoices(
            sessions: groups.map { BriefChoices.SessionGroup(title: $0.title.text, actions: $0.actions, lang: $0.title.lang, dir: $0.title.dir) },
            themes: themes, sdgs: sdgs,
            sdgNames: Dictionary(sdgRows.map { ($0.number, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }

}
