import SQLite
import TextSearch

/// Writes the search index and the sort keys: `best_practices_fts` (published Mayor Briefs, case
/// studies, partnerships, actions), `city_names_fts` and `cities.name_sort_*`, all holding text prepared
/// by `SearchText` / `SortKey` (Migrations/0035). Stores call `refresh…` after each write of a row the
/// index holds; `rebuild()` reads everything again (`gpm reindex`, a seed script, a stale index at start).
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

    // MARK: -

    /// One row of the index before preparation.
    private struct Entry {
        let key: Int
        let title: String
        let body: [String?]
    }

    private func insert(_ entry: Entry) throws {
        let body = entry.body.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
        try db.run(
            "INSERT INTO best_practices_fts (rowid, title, body) VALUES (?, ?, ?)",
            entry.key, SearchText.prepare(entry.title), SearchText.prepare(body))
    }

    private func briefEntries(where condition: String, _ arguments: any SQLBindable...) throws -> [Entry] {
        try db.query("""
            SELECT \(SearchKey.briefSQL("b")) AS key, b.title, b.summary, b.context, b.programme, b.results, b.what_did_not_work,
                   b.partners, b.next_steps, c.name AS city_name
            FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
            WHERE b.status = 'published' AND \(condition)
            """, arguments: arguments.map { $0 as (any SQLBindable)? }
        ).map { row in
            Entry(key: try row.int("key"), title: try row.string("title"), body: [
                try row.string("summary"), try row.string("context"), try row.string("programme"), try row.string("results"),
                try row.string("what_did_not_work"), try row.string("partners"), try row.string("next_steps"),
                try row.string("city_name"),
            ])
        }
    }

    private func caseStudyEntries(where condition: String, _ arguments: any SQLBindable...) throws -> [Entry] {
        try db.query("SELECT c.id, c.title, c.summary, c.description FROM case_studies c WHERE \(condition)",
                     arguments: arguments.map { $0 as (any SQLBindable)? }).map { row in
            Entry(key: SearchKey.caseStudy(try row.int("id")), title: try row.string("title"),
                  body: [try row.string("summary"), try row.string("description")])
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

    private func actionEntries(where condition: String, _ arguments: any SQLBindable...) throws -> [Entry] {
        try db.query("""
            SELECT a.id, a.title, a.short_title, a.position, a.text, a.role_model, s.number, s.title AS session_title
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id WHERE \(condition)
            """, arguments: arguments.map { $0 as (any SQLBindable)? }).map { row in
            Entry(
                key: SearchKey.action(try row.int("id")),
                title: ActionLabel.title(
                    try row.optionalString("title"), shortTitle: try row.optionalString("short_title"),
                    sessionNumber: try row.optionalInt("number"), position: try row.int("position")),
                body: [try row.string("text"), try row.optionalString("role_model"), try row.string("session_title")])
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
