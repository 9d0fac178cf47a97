import SQLite

/// What the secretariat's dashboard shows, read in one snapshot so its figures agree with each other.
///
/// "Member cities" are cities whose GPM membership is `member`. For the current reporting year a member
/// city has *not started* when it has no brief of any status for that year, and has *not submitted* when
/// it has no brief or only one that never reached the secretariat (`draft`, or `withdrawn`).
struct DashboardRepository: Sendable {
    let database: DatabasePool

    /// Brief statuses that mean "sent to the secretariat, waiting for a review".
    static let awaitingReview = ["submitted", "resubmitted"]

    struct Figures: Sendable, Equatable {
        let memberCities: Int
        let commitmentsOptedIn: Int
        let briefsPublished: Int
        let briefsAwaitingReview: Int
        let notStarted: Int
        let notSubmitted: Int
    }

    struct WaitingBrief: Sendable, Equatable {
        let id: Int
        let cityName: String
        let citySlug: String
        let year: Int
        let title: String
        let status: String
        let submittedAt: String?
    }

    struct CityWithoutBrief: Sendable, Equatable {
        let name: String
        let slug: String
        let countryCode: String
        let region: String
    }

    struct Activity: Sendable, Equatable {
        let at: String
        let who: String
        let action: String
        let entityType: String
        let entityID: String?
        let summary: String
    }

    struct Snapshot: Sendable {
        let cycle: ReportingCycle?
        let figures: Figures
        let waiting: [WaitingBrief]
        let withoutBrief: [CityWithoutBrief]
        let perAction: [BarChartBar]
        let perRegion: [BarChartBar]
        let activity: [Activity]
    }

    func snapshot(activityLimit: Int = 15) throws -> Snapshot {
        try database.read { db in
            let cycle = try ReportingCycleRepository.current(db)
            let year = cycle?.year ?? 0
            return Snapshot(
                cycle: cycle, figures: try Self.figures(db, year: year), waiting: try Self.waiting(db),
                withoutBrief: try Self.withoutBrief(db, year: year), perAction: try Self.perAction(db),
                perRegion: try Self.perRegion(db), activity: try Self.activity(db, limit: activityLimit))
        }
    }

    static func figures(_ db: Connection, year: Int) throws -> Figures {
        try Figures(
            memberCities: db.scalar("SELECT count(*) FROM cities WHERE membership = 'member'") ?? 0,
            commitmentsOptedIn: db.scalar("SELECT count(*) FROM commitments WHERE status = 'opted_in'") ?? 0,
            briefsPublished: db.scalar("SELECT count(*) FROM mayor_briefs WHERE status = 'published'") ?? 0,
            briefsAwaitingReview: db.scalar("SELECT count(*) FROM mayor_briefs WHERE status IN ('submitted', 'resubmitted')") ?? 0,
            notStarted: db.scalar(
                """
                SELECT count(*) FROM cities c WHERE c.membership = 'member'
                AND NOT EXISTS (SELECT 1 FROM mayor_briefs b WHERE b.city_id = c.id AND b.year = ?)
                """, year) ?? 0,
            notSubmitted: db.scalar(
                """
                SELECT count(*) FROM cities c WHERE c.membership = 'member'
                AND NOT EXISTS (SELECT 1 FROM mayor_briefs b WHERE b.city_id = c.id AND b.year = ? AND b.status NOT IN ('draft', 'withdrawn'))
                """, year) ?? 0)
    }

    /// Oldest submission first: the one that has waited longest is reviewed first.
    static func waiting(_ db: Connection) throws -> [WaitingBrief] {
        try db.query(
            """
            SELECT b.id, c.name, c.slug, b.year, b.title, b.status, b.submitted_at
            FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
            WHERE b.status IN ('submitted', 'resubmitted')
            ORDER BY b.submitted_at IS NULL, b.submitted_at, b.id
            """
        ).map { row in
            try WaitingBrief(
                id: row.int("id"), cityName: row.string("name"), citySlug: row.string("slug"), year: row.int("year"),
                title: row.string("title"), status: row.string("status"), submittedAt: row.optionalString("submitted_at"))
        }
    }

    static func withoutBrief(_ db: Connection, year: Int) throws -> [CityWithoutBrief] {
        try db.query(
            """
            SELECT c.name, c.slug, c.country_code, r.name AS region
            FROM cities c JOIN regions r ON r.id = c.region_id
            WHERE c.membership = 'member' AND NOT EXISTS (SELECT 1 FROM mayor_briefs b WHERE b.city_id = c.id AND b.year = ?)
            ORDER BY c.name, c.id
            """, year
        ).map { row in
            try CityWithoutBrief(
                name: row.string("name"), slug: row.string("slug"), countryCode: row.string("country_code"), region: row.string("region"))
        }
    }

    /// Every action with its opted-in count, most committed first (ties in the papers' order).
    static func perAction(_ db: Connection) throws -> [BarChartBar] {
        try db.query(
            """
            SELECT a.slug, a.title, a.position, s.number,
                   (SELECT count(*) FROM commitments m WHERE m.action_id = a.id AND m.status = 'opted_in') AS cities
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
            ORDER BY cities DESC, s.held_on, s.number, a.position, a.id
            """
        ).map { row in
            let label = try ActionLabel.title(row.optionalString("title"), sessionNumber: row.optionalInt("number"), position: row.int("position"))
            return try BarChartBar(label: label, value: row.int("cities"), href: "/actions/" + row.string("slug"))
        }
    }

    /// Every region with the opted-in commitments of its cities, in UCLG's order.
    static func perRegion(_ db: Connection) throws -> [BarChartBar] {
        try db.query(
            """
            SELECT r.slug, r.name,
                   (SELECT count(*) FROM commitments m JOIN cities c ON c.id = m.city_id
                    WHERE c.region_id = r.id AND m.status = 'opted_in') AS commitments
            FROM regions r ORDER BY r.position
            """
        ).map { row in
            try BarChartBar(label: row.string("name"), value: row.int("commitments"), href: "/cities?region=" + row.string("slug"))
        }
    }

    static func activity(_ db: Connection, limit: Int) throws -> [Activity] {
        try db.query("SELECT at, user_email, action, entity_type, entity_id, summary FROM audit_events ORDER BY id DESC LIMIT ?", limit).map { row in
            try Activity(
                at: row.string("at"), who: row.optionalString("user_email") ?? "the platform", action: row.string("action"),
                entityType: row.string("entity_type"), entityID: row.optionalString("entity_id"), summary: row.string("summary"))
        }
    }
}
