import SQLite
import TextSearch

/// Finds best practices: ranked full-text search over `best_practices_fts` (published Mayor Briefs —
/// a city's yearly series as one result —, case studies, partnerships, actions), or newest first without
/// search words, both narrowed by the same filters.
///
/// The index's rowid says what each entry is (`SearchKey`), so grouping a city's series and most filters
/// are arithmetic on the rowid. A search costs one pass over the hits' row ids, grouped and ordered in Swift
/// (`SearchGroup`; the total and the page come from it), one query per kind for the page's details, and highlighting in Swift
/// (`Highlighting`), because the index holds prepared text, not the text as written.
struct PracticeSearchStore {
    let db: Connection

    /// `limit` entries from `offset` of those matching `filter`, with how many match in all.
    func page(_ filter: PracticeFilter, limit: Int, offset: Int) throws -> PracticePage {
        if let search = filter.search { return try searchPage(search, filter, limit: limit, offset: offset) }
        var arguments: [String: (any SQLBindable)?] = [:]
        let conditions = Self.conditions(filter, column: "key", &arguments)
        let source = "FROM (\(Self.browseSource(filter.kind))) WHERE 1" + conditions
        let total = try db.scalar("SELECT count(*) " + source, named: arguments) ?? 0
        let keys = try db.query(
            "SELECT key " + source + " ORDER BY year IS NULL, year DESC, sort_key DESC, key DESC LIMIT :limit OFFSET :offset",
            named: arguments.merging(["limit": limit, "offset": offset]) { $1 }
        ).map { try $0.int("key") }
        let found = try details(keys, highlighting: nil)
        return PracticePage(total: total, items: keys.compactMap { found[$0] })
    }

    /// One ranked hit: the group's best entry and every entry of the group that matched.
    private struct Hit {
        let key: Int
        let members: [Int]
    }

    private func searchPage(_ search: SearchExpression, _ filter: PracticeFilter, limit: Int, offset: Int) throws -> PracticePage {
        var arguments: [String: (any SQLBindable)?] = [:]
        let conditions = Self.conditions(filter, column: "+rowid", &arguments)
        var prefix: String?
        arguments["match"] = search.match
        arguments["title"] = search.titleMatch(prefixLast: false)
        var result = try ranked(conditions, arguments, limit: limit, offset: offset)
        if result.total == 0, search.hasPrefixReading {  // nothing for whole words: perhaps the last one is still being typed
            arguments["match"] = search.prefixMatch
            arguments["title"] = search.titleMatch(prefixLast: true)
            result = try ranked(conditions, arguments, limit: limit, offset: offset)
            prefix = search.prefixToken
        }
        let page = result.hits
        let highlighting = Highlighting(
            tokens: search.highlightTokens, prefixes: Set(prefix.map { [$0] } ?? []), start: SnippetMarkup.start, end: SnippetMarkup.end)
        var found = try details(page.map(\.key), highlighting: highlighting)
        for hit in page where SearchKey.kind(hit.key) == .brief {
            guard let summary = found[hit.key], let city = summary.cities.first else { continue }
            found[hit.key]?.series = hit.members.map(SearchKey.briefYear).sorted(by: >).map {
                (year: $0, href: Paths.publishedBrief.href(city.slug, $0))
            }
        }
        return PracticePage(total: result.total, items: page.compactMap { found[$0.key] })
    }

    /// Up to this many hits are ranked by bm25; above it the order is the cheap one. bm25 reads every
    /// hit's positions and column sizes (~1 µs a hit), and a results page spends about 3 ms of the 5 ms a
    /// search may take on everything else (details, highlighting, rendering). With the limit at 1,500, two
    /// common words ("climate adaptation", 1,188 hits) took 5.9 ms on average (`Benchmarks/search.sh`).
    static let bm25Limit = 500

    /// One page of groups (a city's briefs are one group), best first, and how many groups match.
    ///
    /// Groups with a title hit come first, then groups with more matching entries, then newer keys; with
    /// few hits, bm25 ranks instead (a title hit weighs ten times a body hit), each group by its best
    /// entry. The grouping is done here, not in SQL: the index hands over its row ids (`scan`, no `Row`
    /// per hit) and a group is arithmetic on the id (`SearchGroup`). SQLite's GROUP BY, with its sorter
    /// and `group_concat`, cost several times as much over thousands of hits (4.2 ms for 8,191).
    private func ranked(
        _ conditions: String, _ arguments: [String: (any SQLBindable)?], limit: Int, offset: Int
    ) throws -> (total: Int, hits: [Hit]) {
        let matching = arguments.filter { $0.key != "title" }
        var keys: [Int] = []
        try db.scan("SELECT rowid FROM best_practices_fts WHERE best_practices_fts MATCH :match\(conditions) ORDER BY rowid", named: matching) {
            keys.append($0.int(at: 0))
        }
        guard !keys.isEmpty else { return (0, []) }
        var groups: [SearchGroup]
        if keys.count <= Self.bm25Limit, keys.count > 1 {
            var ranks: [Int: Double] = [:]
            try db.scan("""
                SELECT rowid, rank FROM best_practices_fts
                WHERE best_practices_fts MATCH :match AND rank MATCH 'bm25(10.0, 1.0)'\(conditions)
                """, named: matching) { ranks[$0.int(at: 0)] = $0.double(at: 1) }
            groups = SearchGroup.grouping(keys) { ranks[$0] ?? 0 }
            groups.sort { ($0.bestRank, $0.id) < ($1.bestRank, $1.id) }
        } else {
            // A title hit outside the filters is not among `keys`, so it cannot lift a group.
            var titleHits: [Int] = []
            try db.scan("SELECT rowid FROM best_practices_fts WHERE best_practices_fts MATCH :title ORDER BY rowid",
                        named: ["title": arguments["title"] ?? nil]) { titleHits.append($0.int(at: 0)) }
            groups = SearchGroup.grouping(keys, titleHits: titleHits) { _ in 0 }
            groups.sort { left, right in
                if left.hasTitleHit != right.hasTitleHit { return left.hasTitleHit }
                if left.members.count != right.members.count { return left.members.count > right.members.count }
                return left.newest > right.newest
            }
        }
        let page = groups.dropFirst(offset).prefix(limit).map { Hit(key: $0.best, members: $0.members) }
        return (groups.count, Array(page))
    }

    /// The choices for the filter form: every theme, region and SDG, and the years that have entries.
    func facets(translations: ContentTranslations = .originals) throws -> PracticeFacets {
        var themeLanguages: [String: ContentLanguage] = [:]
        let themes = try db.query("SELECT id, slug, name FROM themes ORDER BY name").map { row in
            let slug = try row.string("slug")
            let name = translations.text(.theme, try row.int("id"), "name", original: try row.string("name"))
            themeLanguages[slug] = name.language
            return NamedSlug(slug: slug, name: name.text)
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
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
        return PracticeFacets(themes: themes, regions: regions, years: years, sdgs: sdgs, themeLanguages: themeLanguages)
    }

    // MARK: SQL

    /// The entries a list without search words shows, keyed like the index (`SearchKey`), with what the
    /// order needs: published briefs and case studies, or the partnerships or actions when that kind is asked.
    private static func browseSource(_ kind: PracticeFilter.Kind?) -> String {
        switch kind {
        case .partnership:
            "SELECT 4 * id + 2 AS key, CAST(substr(starts_on, 1, 4) AS INTEGER) AS year, created_at AS sort_key FROM partnerships"
        case .action:
            "SELECT 4 * id + 3 AS key, NULL AS year, created_at AS sort_key FROM actions"
        default:
            """
            SELECT \(SearchKey.briefSQL("b")) AS key, b.year, b.published_at AS sort_key FROM mayor_briefs b WHERE b.status = 'published'
            UNION ALL
            SELECT 4 * id + 1, year, created_at FROM case_studies
            """
        }
    }

    /// The active filters as conditions on an index key (`column`). A brief's key holds its city and
    /// year, so those filters are arithmetic; the others are the set of keys they allow. Only fixed
    /// fragments are joined here; every value is a bound parameter. For the index the column is
    /// `+rowid`: the unary plus keeps SQLite from handing an IN list to FTS5 as a rowid constraint,
    /// which would run the MATCH once per listed key instead of once.
    private static func conditions(_ filter: PracticeFilter, column: String, _ arguments: inout [String: (any SQLBindable)?]) -> String {
        var sql = ""
        if let kind = filter.kind {
            sql += " AND \(column) % 4 = :parity"
            arguments["parity"] = kind.keyParity
        }
        if let year = filter.year {
            sql += """
                 AND ((\(column) % 4 = 0 AND (\(column) / 4) % 128 = :year - 2000)
                      OR \(column) IN (SELECT 4 * id + 1 FROM case_studies WHERE year = :year
                                       UNION ALL SELECT 4 * id + 2 FROM partnerships WHERE substr(starts_on, 1, 4) = CAST(:year AS TEXT)))
                """
            arguments["year"] = year
        }
        if let theme = filter.theme {
            sql += """
                 AND \(column) IN (
                    SELECT \(SearchKey.briefSQL("b")) FROM brief_themes x JOIN themes t ON t.id = x.theme_id
                    JOIN mayor_briefs b ON b.id = x.brief_id WHERE t.slug = :theme
                    UNION ALL
                    SELECT 4 * x.case_study_id + 1 FROM case_study_themes x JOIN themes t ON t.id = x.theme_id WHERE t.slug = :theme)
                """
            arguments["theme"] = theme
        }
        if let region = filter.region {
            sql += """
                 AND ((\(column) % 4 = 0 AND \(column) / 512 IN (
                        SELECT c.id FROM cities c JOIN regions r ON r.id = c.region_id WHERE r.slug = :region))
                      OR \(column) IN (
                        SELECT 4 * x.case_study_id + 1 FROM case_study_cities x JOIN cities c ON c.id = x.city_id
                        JOIN regions r ON r.id = c.region_id WHERE r.slug = :region
                        UNION ALL
                        SELECT 4 * m.partnership_id + 2 FROM partnership_members m JOIN cities c ON c.id = m.city_id
                        JOIN regions r ON r.id = c.region_id WHERE r.slug = :region))
                """
            arguments["region"] = region
        }
        if let sdg = filter.sdg {
            sql += """
                 AND \(column) IN (SELECT \(SearchKey.briefSQL("b")) FROM brief_sdgs x JOIN mayor_briefs b ON b.id = x.brief_id
                                   WHERE x.sdg_number = :sdg
                                  UNION ALL SELECT 4 * case_study_id + 1 FROM case_study_sdgs WHERE sdg_number = :sdg
                                  UNION ALL SELECT 4 * action_id + 3 FROM action_sdgs WHERE sdg_number = :sdg)
                """
            arguments["sdg"] = sdg
        }
        return sql
    }

    // MARK: details

    /// The entries behind `keys`, by key, highlighted when `highlighting` is given.
    private func details(_ keys: [Int], highlighting: Highlighting?) throws -> [Int: PracticeSummary] {
        var found: [Int: PracticeSummary] = [:]
        func add(_ key: Int, _ summary: PracticeSummary, title: String, texts: [String]) {
            var summary = summary
            if let highlighting {
                summary.titleHTML = SnippetMarkup.html(highlighting.marked(title))
                if let passage = texts.lazy.compactMap({ highlighting.snippet($0) }).first {
                    summary.snippetHTML = SnippetMarkup.html(passage)
                }
            }
            found[key] = summary
        }
        let byKind = Dictionary(grouping: keys, by: SearchKey.kind)
        for (key, summary, texts) in try briefs(byKind[.brief] ?? []) { add(key, summary, title: summary.title, texts: texts) }
        for (key, summary, texts) in try caseStudies(byKind[.caseStudy] ?? []) { add(key, summary, title: summary.title, texts: texts) }
        for (key, summary, texts) in try partnerships(byKind[.partnership] ?? []) { add(key, summary, title: summary.title, texts: texts) }
        for (key, summary, texts) in try actions(byKind[.action] ?? []) { add(key, summary, title: summary.title, texts: texts) }
        return found
    }

    private typealias Detail = (key: Int, summary: PracticeSummary, texts: [String])

    /// Briefs by key (city and year, the table's unique pair). The unary plus keeps SQLite from walking
    /// the status index through every published brief instead of looking up the page's keys.
    private func briefs(_ keys: [Int]) throws -> [Detail] {
        guard !keys.isEmpty else { return [] }
        return try db.query("""
            SELECT j.value AS key, b.id, b.title, b.summary, b.year, b.is_demo, b.language, ci.name AS city_name, ci.slug AS city_slug,
                   b.context, b.programme, b.results, b.what_did_not_work, b.partners, b.next_steps,
                   (SELECT group_concat(t.slug || char(31) || t.name, char(30))
                    FROM brief_themes x JOIN themes t ON t.id = x.theme_id WHERE x.brief_id = b.id) AS themes
            FROM json_each(?) j JOIN mayor_briefs b ON b.city_id = j.value / 512 AND b.year = (j.value / 4) % 128 + 2000
            JOIN cities ci ON ci.id = b.city_id
            WHERE +b.status = 'published'
            """, Self.jsonArray(keys)
        ).map { row in
            let citySlug = try row.string("city_slug")
            let year = try row.int("year")
            let summary = try PracticeSummary(
                kind: .brief, id: try row.int("id"), title: try row.string("title"), summary: try row.string("summary"),
                year: year, href: Paths.publishedBrief.href(citySlug, year),
                cities: [NamedSlug(slug: citySlug, name: try row.string("city_name"))],
                themes: NamedSlug.list(row.optionalString("themes")), isDemo: try row.bool("is_demo"),
                language: ContentLanguage(validating: try row.string("language")) ?? .english)
            let sections = try ["context", "programme", "results", "what_did_not_work", "partners", "next_steps"].map { try row.string($0) }
            return (try row.int("key"), summary, sections + [summary.summary])
        }
    }

    private func caseStudies(_ keys: [Int]) throws -> [Detail] {
        guard !keys.isEmpty else { return [] }
        return try db.query("""
            SELECT c.id, c.slug, c.title, c.summary, c.description, c.year, c.is_demo, c.language,
                   (SELECT group_concat(ci.slug || char(31) || ci.name, char(30))
                    FROM case_study_cities x JOIN cities ci ON ci.id = x.city_id WHERE x.case_study_id = c.id) AS cities,
                   (SELECT group_concat(t.slug || char(31) || t.name, char(30))
                    FROM case_study_themes x JOIN themes t ON t.id = x.theme_id WHERE x.case_study_id = c.id) AS themes
            FROM case_studies c WHERE c.id IN (SELECT value FROM json_each(?))
            """, Self.jsonArray(keys.map(SearchKey.id))
        ).map { row in
            let summary = try PracticeSummary(
                kind: .caseStudy, id: try row.int("id"), title: try row.string("title"), summary: try row.string("summary"),
                year: row.optionalInt("year"), href: Paths.caseStudy.href(try row.string("slug")),
                cities: NamedSlug.list(row.optionalString("cities")),
                themes: NamedSlug.list(row.optionalString("themes")), isDemo: try row.bool("is_demo"),
                language: ContentLanguage(validating: try row.string("language")) ?? .english)
            return (SearchKey.caseStudy(summary.id), summary, [try row.string("description"), summary.summary])
        }
    }

    private func partnerships(_ keys: [Int]) throws -> [Detail] {
        guard !keys.isEmpty else { return [] }
        return try db.query("""
            SELECT p.id, p.slug, p.title, p.type, p.summary, p.methodology, p.description, p.starts_on, p.is_demo,
                   (SELECT group_concat(ci.slug || char(31) || ci.name, char(30))
                    FROM partnership_members m JOIN cities ci ON ci.id = m.city_id WHERE m.partnership_id = p.id) AS cities
            FROM partnerships p WHERE p.id IN (SELECT value FROM json_each(?))
            """, Self.jsonArray(keys.map(SearchKey.id))
        ).map { row in
            var summary = try PracticeSummary(
                kind: .partnership, id: try row.int("id"), title: try row.string("title"), summary: row.optionalString("summary") ?? "",
                year: row.optionalString("starts_on").flatMap { Int($0.prefix(4)) }, href: Paths.partnership.href(try row.string("slug")),
                cities: NamedSlug.list(row.optionalString("cities")), themes: [], isDemo: try row.bool("is_demo"))
            let type = try row.string("type")
            summary.partnershipType = PartnershipType(rawValue: type)
            if summary.partnershipType == nil { summary.kindDetail = Formatting.label(type) }
            let texts = [summary.summary, try row.optionalString("methodology") ?? "", try row.optionalString("description") ?? ""]
            return (SearchKey.partnership(summary.id), summary, texts)
        }
    }

    private func actions(_ keys: [Int]) throws -> [Detail] {
        guard !keys.isEmpty else { return [] }
        return try db.query("""
            SELECT a.id, a.slug, a.title, a.short_title, a.position, a.text, a.role_model, s.number, s.id AS session_id, s.title AS session_title
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id WHERE a.id IN (SELECT value FROM json_each(?))
            """, Self.jsonArray(keys.map(SearchKey.id))
        ).map { row in
            let text = try row.string("text")
            let label = try ActionLabel.title(
                row.optionalString("title"), shortTitle: row.optionalString("short_title"),
                sessionNumber: row.optionalInt("number"), position: row.int("position"))
            var summary = try PracticeSummary(
                kind: .action, id: try row.int("id"),
                title: label.english,
                summary: text, year: nil, href: Paths.action.href(try row.string("slug")), cities: [], themes: [], isDemo: false)
            summary.kindDetail = try row.string("session_title")
            summary.kindDetailLanguage = .english
            summary.sessionID = try row.int("session_id")
            summary.actionLabel = label
            return (SearchKey.action(summary.id), summary, [text, try row.optionalString("role_model") ?? ""])
        }
    }

    private static func jsonArray(_ ids: [Int]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
}
