import SQLite

/// Reads one city and what its page lists: networks, partnerships, commitments, published briefs and
/// case studies. Also owns the SELECT list of `CityFacts`, which the directory reads too. A fixed
/// number of indexed queries whatever the city's size.
struct CityStore {
    let db: Connection

    /// The SELECT list `facts(_:)` reads; the query must use `factsFrom`.
    static let factsColumns = """
        c.slug, c.name, c.country_code, co.name AS country_name, co.display_name AS country_display_name,
        co.display_name_fr AS country_display_name_fr, co.display_name_es AS country_display_name_es, r.slug AS region_slug, r.name AS region_name,
        c.population, c.latitude, c.longitude, c.mayor_name, c.mayor_since, c.membership, c.joined_on,
        c.membership_is_demo, c.website, c.is_demo
        """

    /// The FROM clause matching `factsColumns`.
    static let factsFrom = "FROM cities c JOIN countries co ON co.code = c.country_code JOIN regions r ON r.id = c.region_id"

    /// A row of `factsColumns`.
    static func facts(_ row: Row) throws -> CityFacts {
        try CityFacts(
            slug: row.string("slug"), name: row.string("name"), country: CountryStore.name(row), regionSlug: row.string("region_slug"), regionName: row.string("region_name"),
            population: row.optionalInt("population"), latitude: row.optionalDouble("latitude"),
            longitude: row.optionalDouble("longitude"), mayorName: row.optionalString("mayor_name"),
            mayorSince: row.optionalString("mayor_since"), membership: row.optionalString("membership"),
            joinedOn: row.optionalString("joined_on"), membershipIsDemo: row.bool("membership_is_demo"),
            website: row.optionalString("website"), isDemo: row.bool("is_demo"))
    }

    /// The city with `slug`, or nil when there is none.
    func city(slug: String) throws -> CityRow? {
        guard let row = try db.queryOne("SELECT c.id, c.profile, \(Self.factsColumns) \(Self.factsFrom) WHERE c.slug = ?", slug) else {
            return nil
        }
        return try CityRow(id: row.int("id"), facts: Self.facts(row), profile: row.optionalString("profile"))
    }

    func networks(ofCity city: Int) throws -> [CityNetworkMembership] {
        try db.query("""
            SELECT n.id, n.slug, n.name, coalesce(n.acronym, n.name) AS short_name, cn.category, cn.since, cn.is_demo
            FROM city_networks cn JOIN networks n ON n.id = cn.network_id
            WHERE cn.city_id = ? ORDER BY n.name COLLATE NOCASE
            """, city).map { row in
            try CityNetworkMembership(
                id: row.int("id"), slug: row.string("slug"), name: row.string("name"), shortName: row.string("short_name"),
                category: row.optionalString("category"), since: row.optionalInt("since"), isDemo: row.bool("is_demo"))
        }
    }

    func partnerships(ofCity city: Int) throws -> [PartnershipReference] {
        try db.query("""
            SELECT p.slug, p.title, p.type, p.starts_on, p.ends_on, p.is_demo, min(pm.role) AS role
            FROM partnership_members pm JOIN partnerships p ON p.id = pm.partnership_id
            WHERE pm.city_id = ? GROUP BY p.id ORDER BY p.starts_on IS NULL, p.starts_on DESC, p.title
            """, city).map(PartnershipStore.reference)
    }

    /// The city's commitments, opted in first, in session and action order; `events` left empty
    /// (`CommitmentEventStore.events(ofCity:)` reads them in one query).
    func commitments(ofCity city: Int, currentCycle: Int?) throws -> [CityCommitment] {
        try db.query("""
            SELECT m.id, a.id AS action_id, a.slug, a.title, a.short_title, a.position, s.number, s.id AS session_id, s.slug AS session_slug,
                   s.title AS session_title, m.status, m.since, m.progress, m.progress_updated_on, m.is_demo,
                   \(CommitmentConfirmationStore.columns)
            FROM commitments m JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.city_id = ? ORDER BY m.status, s.held_on, s.number IS NULL, s.number, s.id, a.position
            """, city).map { row in
            try CityCommitment(
                id: row.int("id"), actionID: row.int("action_id"), actionSlug: row.string("slug"),
                actionTitle: ActionLabel.title(
                    row.optionalString("title"), shortTitle: row.optionalString("short_title"), sessionNumber: row.optionalInt("number"),
                    position: row.int("position")),
                sessionID: row.int("session_id"), sessionSlug: row.string("session_slug"), sessionTitle: row.string("session_title"),
                stance: row.vocabulary("status"), since: row.string("since"), progress: row.optionalVocabulary("progress"),
                progressUpdatedOn: row.optionalString("progress_updated_on"), isDemo: row.bool("is_demo"),
                freshness: CommitmentConfirmationStore.freshness(row, currentCycle: currentCycle),
                recordedBySecretariat: row.int("recorded_by_secretariat") == 1, events: [])
        }
    }

    func publishedBriefs(ofCity city: Int) throws -> [CityBriefLink] {
        try db.query("""
            SELECT year, title, summary, language, is_demo FROM mayor_briefs
            WHERE city_id = ? AND status = 'published' ORDER BY year DESC
            """, city).map { row in
            try CityBriefLink(
                year: row.int("year"), title: row.string("title"), summary: row.string("summary"),
                language: ContentLanguage(validating: row.string("language")) ?? .english, isDemo: row.bool("is_demo"))
        }
    }

    func caseStudies(ofCity city: Int) throws -> [CityCaseStudyLink] {
        try db.query("""
            SELECT s.id, s.slug, s.title, s.year, s.summary, s.language, s.is_demo
            FROM case_study_cities cc JOIN case_studies s ON s.id = cc.case_study_id
            WHERE cc.city_id = ? ORDER BY s.year DESC, s.title
            """, city).map { row in
            try CityCaseStudyLink(id: row.int("id"), slug: row.string("slug"), title: row.string("title"), year: row.optionalInt("year"),
                                  summary: row.string("summary"),
                                  language: ContentLanguage(validating: row.string("language")) ?? .english, isDemo: row.bool("is_demo"))
        }
    }
}
