import SQLite

/// Case studies: curated best practices from the literature, always public. One query, whatever
/// their number (cities, themes and SDGs come packed by `group_concat`, see `NamedSlug.list`).
struct CaseStudyStore {
    let db: Connection

    /// The case study with `slug`, or nil.
    func caseStudy(slug: String) throws -> CaseStudy? {
        try db.queryOne(Self.select + " WHERE c.slug = ?", slug).map(Self.caseStudy)
    }

    /// Every case study, newest first.
    func all() throws -> [CaseStudy] {
        try db.query(Self.select + " ORDER BY c.year IS NULL, c.year DESC, c.title").map(Self.caseStudy)
    }

    private static let select = """
        SELECT c.id, c.slug, c.title, c.year, c.summary, c.description, c.source, c.source_url, c.is_demo, c.language,
               (SELECT group_concat(ci.slug || char(31) || ci.name, char(30))
                FROM case_study_cities x JOIN cities ci ON ci.id = x.city_id WHERE x.case_study_id = c.id) AS cities,
               (SELECT group_concat(t.slug || char(31) || t.name || char(31) || t.id, char(30))
                FROM case_study_themes x JOIN themes t ON t.id = x.theme_id WHERE x.case_study_id = c.id) AS themes,
               (SELECT group_concat(s.number || char(31) || s.name, char(30))
                FROM case_study_sdgs x JOIN sdgs s ON s.number = x.sdg_number WHERE x.case_study_id = c.id) AS sdgs
        FROM case_studies c
        """

    private static func caseStudy(_ row: Row) throws -> CaseStudy {
        let sdgs = try NamedSlug.list(row.optionalString("sdgs"))
            .compactMap { pair in Int(pair.slug).map { (number: $0, name: pair.name) } }
            .sorted { $0.number < $1.number }
        return try CaseStudy(
            id: row.int("id"), slug: row.string("slug"), title: row.string("title"), year: row.optionalInt("year"),
            summary: row.string("summary"), description: row.string("description"), source: row.string("source"),
            sourceURL: row.optionalString("source_url"), isDemo: row.bool("is_demo"),
            cities: NamedSlug.list(row.optionalString("cities")), themes: NamedSlug.list(row.optionalString("themes")),
            sdgs: sdgs, language: ContentLanguage(validating: row.string("language")) ?? .english)
    }
}
