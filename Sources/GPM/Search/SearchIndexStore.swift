import SQLite
import TextSearch

/// Writes the search index and the sort keys: `best_practices_fts` (published Mayor Briefs, case
/// studies, partnerships, actions), `city_names_fts` and `cities.name_sort_*`, all holding text prepared
/// by `SearchText` / `SortKey` (Migrations/0035). Stores call `refresh…` after each write of a row the
/// index holds; `rebuild()` reads everything again (`gpm reindex`, a seed script, a stale index at start).
///
/// Each text is prepared in its content's language (Migrations/0044): a Mayor Brief's and a case
/// study's `language`, a translation's (`content_translations`: actions, their sessions, case studies),
/// English for the rest. The languages used are kept in `search_index_languages` for the queries.
struct SearchIndexStore {
    let db: Connection

    // MARK: entries

    /// After the registry wrote row `id` of `table`: re-indexes it when the index holds that table.
    func refresh(table: String, id: Int) throws {
        switch table {
        case "cities": try refreshCity(id)
        case "case_studies": try refreshCaseStudy(id)
        case "partnerships": try refreshPartnership(id)
        case "actions": try refreshAction(id)
        case "strategy_sessions":  // an action's entry holds its session's title and its translations
            for action in try db.query("SELECT id FROM actions WHERE session_id = ?", id) { try refreshAction(try action.int("id")) }
        default: break
        }
    }

    /// Before the registry deletes row `id` of `table`.
    func remove(table: String, id: Int) throws {
        switch table {
        case "cities": try removeCity(id)
        case "case_studies": try db.run("DELETE FROM best_practices_fts WHERE rowid = ?", SearchKey.caseStudy(id))
        case "partnerships": try db.run("DELETE FROM best_practices_fts WHERE rowid = ?", SearchKey.partnership(id))
        case "actions": try db.run("DELETE FROM best_practices_fts WHERE rowid = ?", SearchKey.action(id))
        default: break
        }
    }

    /// Re-indexes the brief `id`: its row when published, none otherwise.
    func refreshBrief(_ id: Int) throws {
        guard let row = try db.queryOne("SELECT city_id, year FROM mayor_briefs WHERE id = ?", id) else { return }
        let key = SearchKey.brief(cityID: try row.int("city_id"), year: try row.int("year"))
        try db.run("DELETE FROM best_practices_fts WHERE rowid = ?", key)
        for entry in try briefEntries(where: "b.id = ?", id) { try insert(entry) }
    }

    /// Drops the brief `id` from the index (before the row is deleted: its key needs the row).
    func removeBrief(_ id: Int) throws {
        try db.run("""
            DELETE FROM best_practices_fts WHERE rowid = (SELECT \(SearchKey.briefSQL("b")) FROM mayor_briefs b WHERE b.id = ?)
            """, id)
    }

    func refreshCaseStudy(_ id: Int) throws {
        try db.run("DELETE FROM best_practices_fts WHERE rowid = ?", SearchKey.caseStudy(id))
        for entry in try caseStudyEntries(where: "c.id = ?", id) { try insert(entry) }
    }

    func refreshPartnership(_ id: Int) throws {
        try db.run("DELETE FROM best_practices_fts WHERE rowid = ?", SearchKey.partnership(id))
        for entry in try partnershipEntries(where: "p.id = ?", id) { try insert(entry) }
    }

    func refreshAction(_ id: Int) throws {
        try db.run("DELETE FROM best_practices_fts WHERE rowid = ?", SearchKey.action(id))
        for entry in try actionEntries(where: "a.id = ?", id) { try insert(entry) }
    }

    /// The city's sort keys and names index (its briefs carry its name too: they are refreshed).
    func refreshCity(_ id: Int) throws {
        try db.run("DELETE FROM city_names_fts WHERE rowid = ?", id)
        try writeCities(where: "c.id = ?", id)
        let briefs = try db.query("SELECT id FROM mayor_briefs WHERE city_id = ? AND status = 'published'", id).map { try $0.int("id") }
        for brief in briefs { try refreshBrief(brief) }
    }

    func removeCity(_ id: Int) throws {
        try db.run("DELETE FROM city_names_fts WHERE rowid = ?", id)
    }

    /// Empties and refills every index and sort key from the tables; how many entries it holds.
    @discardableResult
    func rebuild() throws -> Int {
        try db.run("DELETE FROM best_practices_fts")
        try db.run("DELETE FROM city_names_fts")
        try db.run("DELETE FROM search_index_languages")
        try writeCities(where: "1")
        var count = 0
        for entry in try briefEntries(where: "1") + caseStudyEntries(where: "1") + partnershipEntries(where: "1") + actionEntries(where: "1") {
            try insert(entry)
            count += 1
        }
        try db.run("INSERT INTO best_practices_fts (best_practices_fts) VALUES ('optimize')")
        try db.run("UPDATE search_index_state SET stale = 0")
        return count
    }

    /// True while the index must be rebuilt (a migration or a seed script changed what it reads).
    func isStale() throws -> Bool {
        try db.scalar("SELECT stale FROM search_index_state WHERE id = 1") as Int? == 1
    }

    func markStale() throws {
        try db.run("UPDATE search_index_state SET stale = 1")
    }

    /// The stemming languages of the text the index holds (`SearchText.stemmingLanguage` keys): those a
    /// query's words are prepared in besides the page's. A language whose last text went stays until the
    /// next rebuild: a query prepared in one language too many finds nothing more.
    func languages() throws -> [String] {
        try db.query("SELECT language FROM search_index_languages ORDER BY language").map { try $0.string("language") }
    }

    // MARK: -

    /// One text of an entry and the language it is written in (a BCP 47 tag).
    private struct Part {
        let text: String?
        let language: String
    }

    /// One row of the index before preparation: the title's and the body's texts, each in its language.
    private struct Entry {
        let key: Int
        let title: [Part]
        let body: [Part]

        init(key: Int, title: String, body: [String?], language: String = SearchText.defaultLanguage, translations: [Translation] = []) {
            self.key = key
            self.title = [Part(text: title, language: language)]
                + translations.filter(\.isTitle).map { Part(text: $0.text, language: $0.language) }
            self.body = body.map { Part(text: $0, language: language) }
                + translations.filter { !$0.isTitle }.map { Part(text: $0.text, language: $0.language) }
        }
    }

    /// A translation of one of an entry's texts (`content_translations`), and whether it is of its title.
    private struct Translation {
        let text: String
        let language: String
        let isTitle: Bool
    }

    private func insert(_ entry: Entry) throws {
        for language in Set((entry.title + entry.body).map { SearchText.stemmingLanguage($0.language) }) {
            try db.run("INSERT OR IGNORE INTO search_index_languages (language) VALUES (?)", language)
        }
        try db.run(
            "INSERT INTO best_practices_fts (rowid, title, body) VALUES (?, ?, ?)",
            entry.key, prepare(entry.title), prepare(entry.body))
    }

    /// The parts prepared each in its language, as one text.
    private func prepare(_ parts: [Part]) -> String {
        parts.compactMap { part in
            guard let text = part.text, !text.isEmpty else { return nil }
            let prepared = SearchText.prepare(text, language: part.language)
            return prepared.isEmpty ? nil : prepared
        }.joined(separator: " ")
    }

    /// The translations of the records of `entity` whose ids are in `ids`, by record; `titleFields` are
    /// the fields that translate the entry's title.
    private func translations(_ entity: ContentEntity, ids: [Int], fields: [String], titleFields: Set<String>) throws -> [Int: [Translation]] {
        guard !ids.isEmpty else { return [:] }
        let marks = fields.map { _ in "?" }.joined(separator: ", ")
        let arguments: [(any SQLBindable)?] = [entity.rawValue] + fields.map { $0 as (any SQLBindable)? }
            + ["[" + Set(ids).map(String.init).joined(separator: ",") + "]"]
        var found: [Int: [Translation]] = [:]
        for row in try db.query("""
            SELECT entity_id, field, language, text FROM content_translations
            WHERE entity = ? AND field IN (\(marks)) AND entity_id IN (SELECT value FROM json_each(?))
            ORDER BY entity_id, field, language
            """, arguments: arguments) {
            let field = try row.string("field")
            found[try row.int("entity_id"), default: []].append(
                Translation(text: try row.string("text"), language: try row.string("language"), isTitle: titleFields.contains(field)))
        }
        return found
    }

    private func briefEntries(where condition: String, _ arguments: any SQLBindable...) throws -> [Entry] {
        try db.query("""
            SELECT \(SearchKey.briefSQL("b")) AS key, b.title, b.summary, b.context, b.programme, b.results, b.what_did_not_work,
                   b.partners, b.next_steps, b.language, c.name AS city_name
            FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
            WHERE b.status = 'published' AND \(condition)
            """, arguments: arguments.map { $0 as (any SQLBindable)? }
        ).map { row in
            Entry(key: try row.int("key"), title: try row.string("title"), body: [
                try row.string("summary"), try row.string("context"), try row.string("programme"), try row.string("results"),
                try row.string("what_did_not_work"), try row.string("partners"), try row.string("next_steps"),
                try row.string("city_name"),
            ], language: try row.string("language"))
        }
    }

    private func caseStudyEntries(where condition: String, _ arguments: any SQLBindable...) throws -> [Entry] {
        let rows = try db.query("SELECT c.id, c.title, c.summary, c.description, c.language FROM case_studies c WHERE \(condition)",
                                arguments: arguments.map { $0 as (any SQLBindable)? })
        let ids = try rows.map { try $0.int("id") }
        let translated = try translations(
            .caseStudy, ids: ids, fields: ["title", "summary", "description"], titleFields: ["title"])
        return try rows.map { row in
            let id = try row.int("id")
            return Entry(key: SearchKey.caseStudy(id), title: try row.string("title"),
                         body: [try row.string("summary"), try row.string("description")],
                         language: try row.string("language"), translations: translated[id] ?? [])
        }
    }

    private func partnershipEntries(where condition: String, _ arguments: any SQLBindable...) throws -> [Entry] {
        try db.query("SELECT p.id, p.title, p.type, p.summary, p.methodology, p.description FROM partnerships p WHERE \(condition)",
                     arguments: arguments.map { $0 as (any SQLBindable)? }).map { row in
            Entry(key: SearchKey.partnership(try row.int("id")), title: try row.string("title"), body: [
                PartnershipType.label(of: try row.string("type")), try row.optionalString("summary"),
                try row.optionalString("methodology"), try row.optionalString("description"),
            ])
        }
    }

    /// Actions, with their French and Spanish translations (title and short title in the title; text and
    /// the session's translated title in the body), each prepared in its language.
    private func actionEntries(where condition: String, _ arguments: any SQLBindable...) throws -> [Entry] {
        let rows = try db.query("""
            SELECT a.id, a.title, a.short_title, a.position, a.text, a.role_model, s.id AS session_id, s.number, s.title AS session_title
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id WHERE \(condition)
            """, arguments: arguments.map { $0 as (any SQLBindable)? })
        let translated = try translations(
            .action, ids: try rows.map { try $0.int("id") }, fields: ["title", "short_title", "text"],
            titleFields: ["title", "short_title"])
        let sessions = try translations(
            .session, ids: try rows.map { try $0.int("session_id") }, fields: ["title"], titleFields: [])
        return try rows.map { row in
            let id = try row.int("id")
            return Entry(
                key: SearchKey.action(id),
                title: ActionLabel.title(
                    try row.optionalString("title"), shortTitle: try row.optionalString("short_title"),
                    sessionNumber: try row.optionalInt("number"), position: try row.int("position")).english,
                body: [try row.string("text"), try row.optionalString("role_model"), try row.string("session_title")],
                translations: (translated[id] ?? []) + (sessions[try row.int("session_id")] ?? []))
        }
    }

    /// Sort keys and the names index of the cities matching `condition`: the name, the slug and the
    /// names GeoNames gives the place (`world_city_names`): the place in the same country whose name, or
    /// one of whose other names, is the city's ("Cologne" is GeoNames' Köln).
    private func writeCities(where condition: String, _ arguments: any SQLBindable...) throws {
        let rows = try db.query("""
            WITH place AS (
                SELECT c.id AS city_id, c.country_code, c.name AS place_name FROM cities c WHERE \(condition)
                UNION
                SELECT c.id, c.country_code, n.place_name FROM cities c
                JOIN world_city_names n ON n.country_code = c.country_code AND n.name = c.name WHERE \(condition))
            SELECT c.id, c.name, c.slug,
                   (SELECT group_concat(p.place_name || char(10) || (
                        SELECT group_concat(n.name, char(10)) FROM world_city_names n
                        WHERE n.country_code = p.country_code AND n.place_name = p.place_name), char(10))
                    FROM place p WHERE p.city_id = c.id) AS other_names
            FROM cities c WHERE \(condition)
            """, arguments: (arguments + arguments + arguments).map { $0 as (any SQLBindable)? })
        for row in rows {
            let id = try row.int("id")
            let name = try row.string("name")
            try db.run(
                "UPDATE cities SET name_sort_en = ?, name_sort_fr = ?, name_sort_es = ? WHERE id = ?",
                SortKey.make(name, language: "en"), SortKey.make(name, language: "fr"), SortKey.make(name, language: "es"), id)
            let names = [name, try row.string("slug").replacingOccurrences(of: "-", with: " "), try row.optionalString("other_names") ?? ""]
            try db.run("INSERT INTO city_names_fts (rowid, names) VALUES (?, ?)", id, SearchText.prepare(names.joined(separator: "\n")))
        }
    }
}
