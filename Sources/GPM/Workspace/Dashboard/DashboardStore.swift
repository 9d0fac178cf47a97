import SQLite

/// The SQL of the secretariat's dashboard; `DashboardService` reads it all in one snapshot so its
/// figures agree with each other.
///
/// "Member cities" are cities whose GPM membership is `member`. Who reported in a cycle is not counted
/// here: the dashboard takes it from `ComplianceStore`, the compliance page's one query.
struct DashboardStore {
    let db: Connection

    /// Brief statuses that mean "sent to the secretariat, waiting for a review".
    static let awaitingReview = ["submitted", "resubmitted"]

    func figures() throws -> DashboardFigures {
        try DashboardFigures(
            cities: db.scalar("SELECT count(*) FROM cities") ?? 0,
            memberCities: db.scalar("SELECT count(*) FROM cities WHERE membership = 'member'") ?? 0,
            commitmentsOptedIn: db.scalar("SELECT count(*) FROM commitments WHERE status = ?", CommitmentStance.optedIn.rawValue) ?? 0,
            briefsPublished: db.scalar("SELECT count(*) FROM mayor_briefs WHERE status = 'published'") ?? 0,
            briefsAwaitingReview: db.scalar("SELECT count(*) FROM mayor_briefs WHERE status IN ('submitted', 'resubmitted')") ?? 0)
    }

    /// Oldest submission first: the one that has waited longest is reviewed first.
    func waiting() throws -> [DashboardWaitingBrief] {
        try db.query(
            """
            SELECT b.id, c.name, c.slug, b.year, b.title, b.status, b.submitted_at, b.language
            FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
            WHERE b.status IN ('submitted', 'resubmitted')
            ORDER BY b.submitted_at IS NULL, b.submitted_at, b.id
            """
        ).map { row in
            try DashboardWaitingBrief(
                id: row.int("id"), cityName: row.string("name"), citySlug: row.string("slug"), year: row.int("year"),
                title: row.string("title"), status: row.string("status"), submittedAt: row.optionalString("submitted_at"),
                language: row.string("language"))
        }
    }

    /// Every action with its opted-in count, most committed first (ties in the papers' order), named in the
    /// language of `translations` (the secretariat's translation, else the English original, marked).
    func perAction(translations: ContentTranslations = .originals) throws -> [BarChartBar] {
        try db.query(
            """
            SELECT a.id, a.slug, a.title, a.short_title, a.position, s.number,
                   (SELECT count(*) FROM commitments m WHERE m.action_id = a.id AND m.status = ?) AS cities
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
            ORDER BY cities DESC, s.held_on, s.number, a.position, a.id
            """, CommitmentStance.optedIn.rawValue
        ).map { row in
            let label = try ActionLabel.title(
                row.optionalString("title"), shortTitle: row.optionalString("short_title"), sessionNumber: row.optionalInt("number"),
                position: row.int("position")).content(action: row.int("id"), translations)
            // The bar's group carries the label's language: a translation's, or "en" for the original on a French page.
            return try BarChartBar(label: label.text, value: row.int("cities"), href: Paths.action.href(try row.string("slug")), language: label.lang)
        }
    }

    /// Every region with the opted-in commitments of its cities, in UCLG's order.
    func perRegion() throws -> [BarChartBar] {
        try db.query(
            """
            SELECT r.slug, r.name,
                   (SELECT count(*) FROM commitments m JOIN cities c ON c.id = m.city_id
                    WHERE c.region_id = r.id AND m.status = ?) AS commitments
            FROM regions r ORDER BY r.position
            """, CommitmentStance.optedIn.rawValue
        ).map { row in
            try BarChartBar(label: row.string("name"), value: row.int("commitments"), href: Paths.cities.href(QueryString([("region", try row.string("slug"))])))
        }
    }

    /// The latest audit events, newest first.
    func activity(limit: Int) throws -> [DashboardActivity] {
        try db.query("SELECT at, user_email, action, entity_type, entity_id, summary FROM audit_events ORDER BY id DESC LIMIT ?", limit).map { row in
            try DashboardActivity(
                at: row.string("at"), who: row.optionalString("user_email"), action: row.string("action"),
                entityType: row.string("entity_type"), entityID: row.optionalString("entity_id"), summary: row.string("summary"))
        }
    }
}
