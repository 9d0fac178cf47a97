import SQLite

/// Finds best practices (published Mayor Briefs and case studies): ranked full-text search over
/// `best_practices_fts`, or newest first without search words, both narrowed by the same filters.
///
/// Each page costs a fixed number of statements whatever its size: a count, the page of ids (LIMIT),
/// one query per kind for the rows' details and one for the snippets. With search words the index
/// drives every query (MATCH), so the cost grows with the number of hits, not of briefs.
struct PracticeSearchStore {
    let db: Connection

    /// `limit` entries from `offset` of those matching `filter`, with how many match in all.
    func page(_ filter: PracticeFilter, limit: Int, offset: Int) throws -> PracticePage {
        var arguments: [String: (any SQLBindable)?] = [:]
        let keys: [Int]
        var total: Int
        var match: String?
        if let search = filter.search {
            arguments["match"] = search.match
            let conditions = Self.conditions(filter, column: "+rowid", &arguments)
            let source = "FROM best_practices_fts WHERE best_practices_fts MATCH :match" + conditions
            total = try db.scalar("SELECT count(*) " + source, named: arguments) ?? 0
            match = search.match
            if total == 0 {  // nothing for whole words: perhaps the last one is still being typed
                arguments["match"] = search.prefixMatch
                total = try db.scalar("SELECT count(*) " + source, named: arguments) ?? 0
                match = search.prefixMatch
            }
            keys = try db.query(
                "SELECT rowid AS key " + source + " ORDER BY bm25(best_practices_fts, 0, 0, 8, 4, 1), rowid DESC LIMIT :limit OFFSET :offset",
                named: arguments.merging(["limit": limit, "offset": offset]) { $1 }
            ).map { try $0.int("key") }
        } else {
            let conditions = Self.conditions(filter, column: "key", &arguments)
            let source = "FROM (\(Self.browseSource)) WHERE 1" + conditions
            total = try db.scalar("SELECT count(*) " + source, named: arguments) ?? 0
            keys = try db.query(
                "SELECT key " + source + " ORDER BY year IS NULL, year DESC, sort_key DESC, key DESC LIMIT :limit OFFSET :offset",
                named: arguments.merging(["limit": limit, "offset": offset]) { $1 }
            ).map { try $0.int("key") }
        }

        var found: [Int: PracticeSummary] = [:]
        let briefIDs = keys.filter { $0 % 2 == 0 }.map { $0 / 2 }
        let caseStudyIDs = keys.filter { $0 % 2 == 1 }.map { $0 / 2 }
        for summary in try briefs(briefIDs) + caseStudies(caseStudyIDs) {
            found[Self.key(summary.kind, summary.id)] = summary
        }
        if let match {
            try addHighlights(match, keys, to: &found)
        }
        return PracticePage(total: total, items: keys.compactMap { found[$0] })
    }

    /// The choices for the filter form: every theme, region and SDG, and the years that have entries.
    func facets() throws -> PracticeFacets {
        let themes = try db.query("SELECT slug, name FROM themes ORDER BY name").map {
            NamedSlug(slug: try $0.string("slug"), name: try $0.string("name"))
        }
        let regions = try db.query("SELECT slug, name FROM regions ORDER BY position").map {
            NamedSlug(slug: try $0.string("slug"), name: try $0.string("name"))
        }
        let years = try db.query("""
            SELECT year FROM mayor_briefs WHERE status = 'published'
            UNION SELECT year FROM case_studies WHERE year IS NOT NULL
            ORDER BY year DESC
            """).map { try $0.int("year") }
        let sdgs = try db.query("SELECT number, name FROM sdgs ORDER BY number").map {
            (number: try $0.int("number"), name: try $0.string("name"))
        }
        return PracticeFacets(themes: themes, regions: regions, years: years, sdgs: sdgs)
    }

    // MARK: SQL

    /// Every published brief and every case study, keyed like the index (brief N -> 2N, case study N ->
    /// 2N + 1, see Migrations/0003_search.sql), with what the order needs.
    private static let browseSource = """
        SELECT 2 * id AS key, year, published_at AS sort_key FROM mayor_briefs WHERE status = 'published'
        UNION ALL
        SELECT 2 * id + 1, year, created_at FROM case_studies
        """

    /// The active filters as conditions on an index key (`column`). Each filter is the set of keys
    /// it allows, so with search words the index drives the query and each hit costs one lookup.
    /// Only fixed fragments are joined here; every value is a bound parameter. For the index the column
    /// is `+rowid`: the unary plus keeps SQLite from handing the IN list to FTS5 as a rowid constraint,
    /// which would run the MATCH once per listed key instead of once.
    private static func conditions(_ filter: PracticeFilter, column: String, _ arguments: inout [String: (any SQLBindable)?]) -> String {
        var sql = ""
        if let kind = filter.kind {
            sql += " AND \(column) % 2 = :parity"
            arguments["parity"] = kind == .brief ? 0 : 1
        }
        if let year = filter.year {
            sql += """
                 AND \(column) IN (SELECT 2 * id FROM mayor_briefs WHERE year = :year
                                  UNION ALL SELECT 2 * id + 1 FROM case_studies WHERE year = :year)
                """
            arguments["year"] = year
        }
        if let theme = filter.theme {
            sql += """
                 AND \(column) IN (
                    SELECT 2 * x.brief_id FROM brief_themes x JOIN themes t ON t.id = x.theme_id WHERE t.slug = :theme
                    UNION ALL
                    SELECT 2 * x.case_study_id + 1 FROM case_study_themes x JOIN themes t ON t.id = x.theme_id WHERE t.slug = :theme)
                """
            arguments["theme"] = theme
        }
        if let region = filter.region {
            sql += """
                 AND \(column) IN (
                    SELECT 2 * b.id FROM mayor_briefs b JOIN cities c ON c.id = b.city_id JOIN regions r ON r.id = c.region_id
                    WHERE r.slug = :region
                    UNION ALL
                    SELECT 2 * x.case_study_id + 1 FROM case_study_cities x JOIN cities c ON c.id = x.city_id
                    JOIN regions r ON r.id = c.region_id WHERE r.slug = :region)
                """
            arguments["region"] = region
        }
        if let sdg = filter.sdg {
            sql += """
                 AND \(column) IN (SELECT 2 * brief_id FROM brief_sdgs WHERE sdg_number = :sdg
                                  UNION ALL SELECT 2 * case_study_id + 1 FROM case_study_sdgs WHERE sdg_number = :sdg)
                """
            arguments["sdg"] = sdg
        }
        return sql
    }

    /// The unary plus keeps SQLite from walking the status index through every published brief
    /// (1.6 ms with 10,000 of them) instead of looking up the page's dozen ids (0.04 ms).
    private func briefs(_ ids: [Int]) throws -> [PracticeSummary] {
        guard !ids.isEmpty else { return [] }
        return try db.query("""
            SELECT b.id, b.title, b.summary, b.year, b.is_demo, b.language, ci.name AS city_name, ci.slug AS city_slug,
                   (SELECT group_concat(t.slug || char(31) || t.name, char(30))
                    FROM brief_themes x JOIN themes t ON t.id = x.theme_id WHERE x.brief_id = b.id) AS themes
            FROM mayor_briefs b JOIN cities ci ON ci.id = b.city_id
            WHERE +b.status = 'published' AND b.id IN (SELECT value FROM json_each(?))
            """, Self.jsonArray(ids)
        ).map { row in
            let citySlug = try row.string("city_slug")
            let year = try row.int("year")
            return try PracticeSummary(
                kind: .brief, id: try row.int("id"), title: try row.string("title"), summary: try row.string("summary"),
                year: year, href: Paths.publishedBrief.href(citySlug, year),
                cities: [NamedSlug(slug: citySlug, name: try row.string("city_name"))],
                themes: NamedSlug.list(row.optionalString("themes")), isDemo: try row.bool("is_demo"),
                language: ContentLanguage(validating: try row.string("language")) ?? .english)
        }
    }

    private func caseStudies(_ ids: [Int]) throws -> [PracticeSummary] {
        guard !ids.isEmpty else { return [] }
        return try db.query("""
            SELECT c.id, c.slug, c.title, c.summary, c.year, c.is_demo, c.language,
                   (SELECT group_concat(ci.slug || char(31) || ci.name, char(30))
                    FROM case_study_cities x JOIN cities ci ON ci.id = x.city_id WHERE x.case_study_id = c.id) AS cities,
                   (SELECT group_concat(t.slug || char(31) || t.name, char(30))
                    FROM case_study_themes x JOIN themes t ON t.id = x.theme_id WHERE x.case_study_id = c.id) AS themes
            FROM case_studies c WHERE c.id IN (SELECT value FROM json_each(?))
            """, Self.jsonArray(ids)
        ).map { row in
            try PracticeSummary(
                kind: .caseStudy, id: try row.int("id"), title: try row.string("title"), summary: try row.string("summary"),
                year: row.optionalInt("year"), href: Paths.caseStudy.href(try row.string("slug")),
                cities: NamedSlug.list(row.optionalString("cities")),
                themes: NamedSlug.list(row.optionalString("themes")), isDemo: try row.bool("is_demo"),
                language: ContentLanguage(validating: try row.string("language")) ?? .english)
        }
    }

    /// Highlighted title and the best passage of the body (or, failing a hit there, of the summary),
    /// for the rows of this page only.
    private func addHighlights(
        _ match: String, _ rowids: [Int], to found: inout [Int: PracticeSummary]
    ) throws {
        guard !rowids.isEmpty else { return }
        let (start, end) = (Self.sqlStart, Self.sqlEnd)
        let rows = try db.query("""
            SELECT rowid, highlight(best_practices_fts, 2, \(start), \(end)) AS title,
                   snippet(best_practices_fts, 3, \(start), \(end), '…', 28) AS summary,
                   snippet(best_practices_fts, 4, \(start), \(end), '…', 28) AS body
            FROM best_practices_fts
            WHERE best_practices_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
            """, match, Self.jsonArray(rowids))
        for row in rows {
            let key = try row.int("rowid")
            guard found[key] != nil else { continue }
            found[key]?.titleHTML = SnippetMarkup.html(try row.string("title"))
            let body = try row.optionalString("body") ?? ""
            let summary = try row.optionalString("summary") ?? ""
            let passage = body.contains(SnippetMarkup.start) || !summary.contains(SnippetMarkup.start) ? body : summary
            found[key]?.snippetHTML = passage.isEmpty ? nil : SnippetMarkup.html(passage)
        }
    }

    /// `SnippetMarkup`'s markers as SQL text for `snippet(…, char(57344), char(57345), …)`.
    private static let sqlStart = "char(\(SnippetMarkup.startScalar.value))"
    private static let sqlEnd = "char(\(SnippetMarkup.endScalar.value))"

    /// The index key of an entry (its rowid in `best_practices_fts`).
    private static func key(_ kind: PracticeFilter.Kind, _ id: Int) -> Int { kind == .brief ? 2 * id : 2 * id + 1 }
    private static func jsonArray(_ ids: [Int]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
}
