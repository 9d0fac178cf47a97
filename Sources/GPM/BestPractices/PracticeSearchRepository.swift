import Foundation
import SQLite

/// Finds best practices (published Mayor Briefs and case studies): ranked full-text search over
/// `best_practices_fts`, or newest first without search words, both narrowed by the same filters.
///
/// Each page costs a fixed number of statements whatever its size: a count, the page of ids (LIMIT),
/// one query per kind for the rows' details and one for the snippets. With search words the index
/// drives every query (MATCH), so the cost grows with the number of hits, not of briefs.
struct PracticeSearchRepository: Sendable {
    let database: DatabasePool

    func page(_ filter: PracticeFilter, limit: Int, offset: Int) throws -> PracticePage {
        try database.read { db in
            var arguments = filterArguments(filter)
            let source: String
            let order: String
            if let search = filter.search {
                arguments["match"] = search.match
                source = Self.searchSource
                order = "p.rank, p.kind, p.id DESC"
            } else {
                source = Self.browseSource
                order = "p.year IS NULL, p.year DESC, p.sort_key DESC, p.kind, p.id DESC"
            }
            let total: Int = try db.scalar(
                "SELECT count(*) FROM (\(source)) p WHERE \(Self.filterClause)", named: arguments) ?? 0
            arguments["limit"] = limit
            arguments["offset"] = offset
            let hits = try db.query(
                "SELECT p.kind, p.id FROM (\(source)) p WHERE \(Self.filterClause) ORDER BY \(order) LIMIT :limit OFFSET :offset",
                named: arguments
            ).map { row in (kind: try row.string("kind"), id: try row.int("id")) }

            let briefIDs = hits.filter { $0.kind == "brief" }.map(\.id)
            let caseStudyIDs = hits.filter { $0.kind == "case_study" }.map(\.id)
            var found: [String: PracticeSummary] = [:]
            for summary in try briefs(briefIDs, db) + caseStudies(caseStudyIDs, db) {
                found[Self.key(summary.kind.storedValue, summary.id)] = summary
            }
            if let search = filter.search {
                try addHighlights(search, hits.map { Self.rowid($0.kind, $0.id) }, to: &found, db)
            }
            return PracticePage(total: total, items: hits.compactMap { found[Self.key($0.kind, $0.id)] })
        }
    }

    /// The choices for the filter form: every theme, region and SDG, and the years that have entries.
    func facets() throws -> PracticeFacets {
        try database.read { db in
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
    }

    // MARK: SQL

    /// Every published brief and every case study, with what the filters and the order need.
    private static let browseSource = """
        SELECT 'brief' AS kind, b.id, b.year, b.city_id, b.published_at AS sort_key
        FROM mayor_briefs b WHERE b.status = 'published'
        UNION ALL
        SELECT 'case_study', c.id, c.year, NULL, c.created_at FROM case_studies c
        """

    /// The index's hits with their bm25 rank (title weighs most, then summary, then body). The rowid
    /// encodes kind and id (see Migrations/0003_search.sql).
    private static let searchSource = """
        SELECT h.kind, h.id, h.rank, coalesce(b.year, c.year) AS year, b.city_id
        FROM (
            SELECT CASE rowid % 2 WHEN 0 THEN 'brief' ELSE 'case_study' END AS kind, rowid / 2 AS id,
                   bm25(best_practices_fts, 0, 0, 8, 4, 1) AS rank
            FROM best_practices_fts WHERE best_practices_fts MATCH :match
        ) h
        LEFT JOIN mayor_briefs b ON h.kind = 'brief' AND b.id = h.id
        LEFT JOIN case_studies c ON h.kind = 'case_study' AND c.id = h.id
        """

    /// The filters, over a row `p` with kind, id, year and (for briefs) city_id; a NULL parameter
    /// means "any".
    private static let filterClause = """
        (:kind IS NULL OR p.kind = :kind)
        AND (:year IS NULL OR p.year = :year)
        AND (:theme IS NULL
             OR (p.kind = 'brief' AND EXISTS (
                    SELECT 1 FROM brief_themes x JOIN themes t ON t.id = x.theme_id WHERE x.brief_id = p.id AND t.slug = :theme))
             OR (p.kind = 'case_study' AND EXISTS (
                    SELECT 1 FROM case_study_themes x JOIN themes t ON t.id = x.theme_id
                    WHERE x.case_study_id = p.id AND t.slug = :theme)))
        AND (:region IS NULL
             OR (p.kind = 'brief' AND EXISTS (
                    SELECT 1 FROM cities ci JOIN regions r ON r.id = ci.region_id WHERE ci.id = p.city_id AND r.slug = :region))
             OR (p.kind = 'case_study' AND EXISTS (
                    SELECT 1 FROM case_study_cities x JOIN cities ci ON ci.id = x.city_id JOIN regions r ON r.id = ci.region_id
                    WHERE x.case_study_id = p.id AND r.slug = :region)))
        AND (:sdg IS NULL
             OR (p.kind = 'brief' AND EXISTS (SELECT 1 FROM brief_sdgs x WHERE x.brief_id = p.id AND x.sdg_number = :sdg))
             OR (p.kind = 'case_study' AND EXISTS (
                    SELECT 1 FROM case_study_sdgs x WHERE x.case_study_id = p.id AND x.sdg_number = :sdg)))
        """

    private func filterArguments(_ filter: PracticeFilter) -> [String: (any SQLBindable)?] {
        ["kind": filter.kind?.storedValue, "theme": filter.theme, "region": filter.region, "year": filter.year, "sdg": filter.sdg]
    }

    private func briefs(_ ids: [Int], _ db: Connection) throws -> [PracticeSummary] {
        guard !ids.isEmpty else { return [] }
        return try db.query("""
            SELECT b.id, b.title, b.summary, b.year, b.is_demo, ci.name AS city_name, ci.slug AS city_slug,
                   (SELECT group_concat(t.slug || char(31) || t.name, char(30))
                    FROM brief_themes x JOIN themes t ON t.id = x.theme_id WHERE x.brief_id = b.id) AS themes
            FROM mayor_briefs b JOIN cities ci ON ci.id = b.city_id
            WHERE b.status = 'published' AND b.id IN (SELECT value FROM json_each(?))
            """, Self.jsonArray(ids)
        ).map { row in
            let citySlug = try row.string("city_slug")
            let year = try row.int("year")
            return try PracticeSummary(
                kind: .brief, id: try row.int("id"), title: try row.string("title"), summary: try row.string("summary"),
                year: year, href: "/briefs/\(citySlug)/\(year)",
                cities: [NamedSlug(slug: citySlug, name: try row.string("city_name"))],
                themes: NamedSlug.list(row.optionalString("themes")), isDemo: try row.bool("is_demo"))
        }
    }

    private func caseStudies(_ ids: [Int], _ db: Connection) throws -> [PracticeSummary] {
        guard !ids.isEmpty else { return [] }
        return try db.query("""
            SELECT c.id, c.slug, c.title, c.summary, c.year, c.is_demo,
                   (SELECT group_concat(ci.slug || char(31) || ci.name, char(30))
                    FROM case_study_cities x JOIN cities ci ON ci.id = x.city_id WHERE x.case_study_id = c.id) AS cities,
                   (SELECT group_concat(t.slug || char(31) || t.name, char(30))
                    FROM case_study_themes x JOIN themes t ON t.id = x.theme_id WHERE x.case_study_id = c.id) AS themes
            FROM case_studies c WHERE c.id IN (SELECT value FROM json_each(?))
            """, Self.jsonArray(ids)
        ).map { row in
            try PracticeSummary(
                kind: .caseStudy, id: try row.int("id"), title: try row.string("title"), summary: try row.string("summary"),
                year: row.optionalInt("year"), href: "/case-studies/" + (try row.string("slug")),
                cities: NamedSlug.list(row.optionalString("cities")),
                themes: NamedSlug.list(row.optionalString("themes")), isDemo: try row.bool("is_demo"))
        }
    }

    /// Highlighted title and the best passage of the body (or, failing a hit there, of the summary),
    /// for the rows of this page only.
    private func addHighlights(
        _ search: SearchExpression, _ rowids: [Int], to found: inout [String: PracticeSummary], _ db: Connection
    ) throws {
        guard !rowids.isEmpty else { return }
        let (start, end) = (SnippetMarkup.sqlStart, SnippetMarkup.sqlEnd)
        let rows = try db.query("""
            SELECT rowid, highlight(best_practices_fts, 2, \(start), \(end)) AS title,
                   snippet(best_practices_fts, 3, \(start), \(end), '…', 28) AS summary,
                   snippet(best_practices_fts, 4, \(start), \(end), '…', 28) AS body
            FROM best_practices_fts
            WHERE best_practices_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))
            """, search.match, Self.jsonArray(rowids))
        for row in rows {
            let rowid = try row.int("rowid")
            let key = Self.key(rowid % 2 == 0 ? "brief" : "case_study", rowid / 2)
            guard found[key] != nil else { continue }
            found[key]?.titleHTML = SnippetMarkup.html(try row.string("title"))
            let body = try row.optionalString("body") ?? ""
            let summary = try row.optionalString("summary") ?? ""
            let passage = body.contains(SnippetMarkup.start) || !summary.contains(SnippetMarkup.start) ? body : summary
            found[key]?.snippetHTML = passage.isEmpty ? nil : SnippetMarkup.html(passage)
        }
    }

    private static func key(_ kind: String, _ id: Int) -> String { "\(kind):\(id)" }
    private static func rowid(_ kind: String, _ id: Int) -> Int { kind == "brief" ? 2 * id : 2 * id + 1 }
    private static func jsonArray(_ ids: [Int]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
}
