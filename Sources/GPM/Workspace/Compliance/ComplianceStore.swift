import SQLite

/// Who reported, in SQL: the one query behind the compliance page, its CSV, each city's row on its
/// workspace page and the dashboard's counts, and the offices' "no brief this year" declarations.
///
/// A city is expected by the cycle's setting (`reporting_cycles.expected`). Its timeliness: submitted
/// (the first version's instant, else the brief's `submitted_at`, for a brief past draft) before the
/// deadline instant → on time, else late; not submitted but declared → no brief; a draft → draft; else
/// not started. The deadline instant comes from `ReportingCalendar.deadlineTimestamp(of:)`.
struct ComplianceStore {
    let db: Connection

    /// The expected cities of `cycle` with their brief, by city name; only `cityID` when given.
    func rows(cycle: ReportingCycle, deadline: String, cityID: Int? = nil) throws -> [ComplianceRow] {
        try db.query(
            """
            SELECT c.id, c.name, c.slug, c.country_code, r.slug AS region_slug, r.name AS region_name,
                   b.id AS brief_id, b.title, b.language AS brief_language, b.status, d.reason,
                   CASE WHEN b.status IS NOT NULL AND b.status <> 'draft'
                        THEN coalesce((SELECT min(v.submitted_at) FROM brief_versions v WHERE v.brief_id = b.id), b.submitted_at)
                   END AS first_submitted_at
            FROM cities c
            JOIN regions r ON r.id = c.region_id
            LEFT JOIN mayor_briefs b ON b.city_id = c.id AND b.year = ?1
            LEFT JOIN no_brief_declarations d ON d.city_id = c.id AND d.year = ?1
            WHERE (?3 IS NULL OR c.id = ?3)
              AND CASE ?2
                  WHEN 'members' THEN c.membership = 'member'
                  WHEN 'committed' THEN c.membership = 'member'
                       AND EXISTS (SELECT 1 FROM commitments m WHERE m.city_id = c.id AND m.status = 'opted_in')
                  WHEN 'chosen' THEN EXISTS (SELECT 1 FROM reporting_cycle_cities x WHERE x.year = ?1 AND x.city_id = c.id)
                  ELSE 0 END
            ORDER BY c.name, c.id
            """, cycle.year, cycle.expected.rawValue, cityID
        ).map { row in
            let status: BriefStatus? = try row.optionalVocabulary("status")
            let submitted = try row.optionalString("first_submitted_at")
            let reason = try row.optionalString("reason")
            let timeliness: Timeliness
            if let submitted {
                timeliness = submitted < deadline ? .onTime : .late
            } else if reason != nil {
                timeliness = .noBrief
            } else {
                timeliness = status == nil ? .notStarted : .draft
            }
            return try ComplianceRow(
                cityID: row.int("id"), cityName: row.string("name"), citySlug: row.string("slug"), countryCode: row.string("country_code"),
                regionSlug: row.string("region_slug"), regionName: row.string("region_name"), briefID: row.optionalInt("brief_id"),
                briefTitle: row.optionalString("title"), firstSubmittedAt: submitted, timeliness: timeliness, review: ReviewState(status),
                noBriefReason: submitted == nil ? reason : nil, briefLanguage: row.optionalString("brief_language"))
        }
    }

    /// Every region (slug, name) in UCLG's order, for the filter.
    func regions() throws -> [(slug: String, name: String)] {
        try db.query("SELECT slug, name FROM regions ORDER BY position").map { (try $0.string("slug"), try $0.string("name")) }
    }

    // MARK: No brief this year

    /// The office's declaration for `year`, if any.
    func declaration(cityID: Int, year: Int) throws -> NoBriefDeclaration? {
        try db.queryOne(
            "SELECT year, reason, declared_by_name, declared_at FROM no_brief_declarations WHERE city_id = ? AND year = ?", cityID, year
        ).map { row in
            try NoBriefDeclaration(
                year: row.int("year"), reason: row.string("reason"), declaredBy: row.string("declared_by_name"), at: row.string("declared_at"))
        }
    }

    func declare(cityID: Int, year: Int, reason: String, by user: User, now: String) throws {
        try db.run(
            """
            INSERT INTO no_brief_declarations (city_id, year, reason, declared_by, declared_by_name, declared_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (city_id, year) DO UPDATE SET reason = excluded.reason, declared_by = excluded.declared_by,
                declared_by_name = excluded.declared_by_name, declared_at = excluded.declared_at
            """, cityID, year, reason, user.id, user.name, now)
    }

    /// Takes the declaration back; false when there was none.
    func undeclare(cityID: Int, year: Int) throws -> Bool {
        try db.run("DELETE FROM no_brief_declarations WHERE city_id = ? AND year = ?", cityID, year)
        return db.changes > 0
    }

    /// The status of the city's brief for `year`, or nil when it has none.
    func briefStatus(cityID: Int, year: Int) throws -> BriefStatus? {
        try db.queryOne("SELECT status FROM mayor_briefs WHERE city_id = ? AND year = ?", cityID, year).map { try $0.vocabulary("status") }
    }
}

/// An office's "no brief this year" for one cycle.
struct NoBriefDeclaration: Sendable, Equatable {
    let year: Int
    let reason: String
    let declaredBy: String
    let at: String
}
