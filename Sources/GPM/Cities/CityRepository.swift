import SQLite

/// Reads everything a city page shows, in one snapshot: the city, its networks, partnerships,
/// commitments with their timelines, published briefs, case studies and themes; peer cities are
/// ranked in memory against every city's profile, read once per write generation (`PeerIndex`).
/// A fixed number of indexed queries whatever the city's size (timelines are read in one query).
struct CityRepository: Sendable {
    let database: DatabasePool
    /// Every city's peer profile, read once per write generation: the ranking then runs in memory.
    private let peerIndex: WriteGenerationCache<PeerIndex>

    init(database: DatabasePool) {
        self.database = database
        peerIndex = WriteGenerationCache(database: database)
    }

    struct NetworkMembership: Sendable {
        let id: Int
        let slug: String
        let name: String
        let shortName: String
        let category: String?
        let since: Int?
        let isDemo: Bool
    }

    struct CommitmentEvent: Sendable {
        let occurredOn: String
        let kind: String
        let progress: String?
        let note: String?
        let evidenceURL: String?
        let isDemo: Bool
    }

    struct Commitment: Sendable {
        let actionID: Int
        let actionSlug: String
        let actionTitle: String
        let sessionSlug: String
        let sessionTitle: String
        let status: String
        let since: String
        let progress: String?
        let progressUpdatedOn: String?
        let isDemo: Bool
        var events: [CommitmentEvent]
    }

    struct BriefLink: Sendable {
        let year: Int
        let title: String
        let summary: String
        let isDemo: Bool
    }

    struct CaseStudyLink: Sendable {
        let slug: String
        let title: String
        let year: Int?
        let summary: String
        let isDemo: Bool
    }

    struct Details: Sendable {
        let facts: CityFacts
        let profile: String?
        let networks: [NetworkMembership]
        let partnerships: [PartnershipReference]
        let commitments: [Commitment]
        let briefs: [BriefLink]
        let caseStudies: [CaseStudyLink]
        let themes: [PeerCities.Item]
        let themeSlugs: [Int: String]
        let peers: [PeerCities.Peer]
    }

    /// The city with `slug`, or nil when there is none.
    func details(slug: String) throws -> Details? {
        // Read before the city's own snapshot: a write in between makes the next request reload it.
        let index = try peerIndex.value(PeerIndex.load)
        return try database.read { db in
            guard let row = try db.queryOne("SELECT c.id, c.profile, \(CityFacts.columns) \(CityFacts.from) WHERE c.slug = ?", slug) else {
                return nil
            }
            let id = try row.int("id")
            let networks = try Self.networks(db, city: id)
            let commitments = try Self.commitments(db, city: id)
            let themeRows = try db.query(CityThemes.themesOfOneCity, named: [":city": id])
            let themes = try themeRows.map { try PeerCities.Item(id: $0.int("id"), name: $0.string("name")) }
            let themeSlugs = try Dictionary(uniqueKeysWithValues: themeRows.map { try ($0.int("id"), $0.string("slug")) })
            let facts = try CityFacts(row: row)
            return try Details(
                facts: facts, profile: row.optionalString("profile"), networks: networks,
                partnerships: Self.partnerships(db, city: id), commitments: commitments,
                briefs: Self.briefs(db, city: id), caseStudies: Self.caseStudies(db, city: id),
                themes: themes, themeSlugs: themeSlugs,
                peers: index.peers(ofCity: facts.slug))
        }
    }

    private static func networks(_ db: Connection, city: Int) throws -> [NetworkMembership] {
        try db.query("""
            SELECT n.id, n.slug, n.name, coalesce(n.acronym, n.name) AS short_name, cn.category, cn.since, cn.is_demo
            FROM city_networks cn JOIN networks n ON n.id = cn.network_id
            WHERE cn.city_id = ? ORDER BY n.name COLLATE NOCASE
            """, city).map { row in
            try NetworkMembership(
                id: row.int("id"), slug: row.string("slug"), name: row.string("name"), shortName: row.string("short_name"),
                category: row.optionalString("category"), since: row.optionalInt("since"), isDemo: row.bool("is_demo"))
        }
    }

    private static func partnerships(_ db: Connection, city: Int) throws -> [PartnershipReference] {
        try db.query("""
            SELECT p.slug, p.title, p.type, p.starts_on, p.ends_on, p.is_demo, min(pm.role) AS role
            FROM partnership_members pm JOIN partnerships p ON p.id = pm.partnership_id
            WHERE pm.city_id = ? GROUP BY p.id ORDER BY p.starts_on IS NULL, p.starts_on DESC, p.title
            """, city).map { row in
            try PartnershipReference(row: row)
        }
    }

    private static func commitments(_ db: Connection, city: Int) throws -> [Commitment] {
        var commitments = try db.query("""
            SELECT m.id, a.id AS action_id, a.slug, a.title, a.position, s.number, s.slug AS session_slug,
                   s.title AS session_title, m.status, m.since, m.progress, m.progress_updated_on, m.is_demo
            FROM commitments m JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.city_id = ? ORDER BY m.status, s.held_on, s.number IS NULL, s.number, s.id, a.position
            """, city).map { row in
            try (row.int("id"), Commitment(
                actionID: row.int("action_id"), actionSlug: row.string("slug"),
                actionTitle: ActionLabel.title(row.optionalString("title"), sessionNumber: row.optionalInt("number"), position: row.int("position")),
                sessionSlug: row.string("session_slug"), sessionTitle: row.string("session_title"),
                status: row.string("status"), since: row.string("since"), progress: row.optionalString("progress"),
                progressUpdatedOn: row.optionalString("progress_updated_on"), isDemo: row.bool("is_demo"), events: []))
        }
        let index = Dictionary(uniqueKeysWithValues: commitments.enumerated().map { ($0.element.0, $0.offset) })
        for row in try db.query("""
            SELECT e.commitment_id, e.occurred_on, e.kind, e.progress, e.note, e.evidence_url, e.is_demo
            FROM commitment_events e JOIN commitments m ON m.id = e.commitment_id
            WHERE m.city_id = ? ORDER BY e.occurred_on, e.id
            """, city) {
            guard let position = try index[row.int("commitment_id")] else { continue }
            try commitments[position].1.events.append(CommitmentEvent(
                occurredOn: row.string("occurred_on"), kind: row.string("kind"), progress: row.optionalString("progress"),
                note: row.optionalString("note"), evidenceURL: row.optionalString("evidence_url"), isDemo: row.bool("is_demo")))
        }
        return commitments.map(\.1)
    }

    private static func briefs(_ db: Connection, city: Int) throws -> [BriefLink] {
        try db.query("""
            SELECT year, title, summary, is_demo FROM mayor_briefs
            WHERE city_id = ? AND status = 'published' ORDER BY year DESC
            """, city).map { row in
            try BriefLink(year: row.int("year"), title: row.string("title"), summary: row.string("summary"), isDemo: row.bool("is_demo"))
        }
    }

    private static func caseStudies(_ db: Connection, city: Int) throws -> [CaseStudyLink] {
        try db.query("""
            SELECT s.slug, s.title, s.year, s.summary, s.is_demo
            FROM case_study_cities cc JOIN case_studies s ON s.id = cc.case_study_id
            WHERE cc.city_id = ? ORDER BY s.year DESC, s.title
            """, city).map { row in
            try CaseStudyLink(slug: row.string("slug"), title: row.string("title"), year: row.optionalInt("year"),
                              summary: row.string("summary"), isDemo: row.bool("is_demo"))
        }
    }
}
