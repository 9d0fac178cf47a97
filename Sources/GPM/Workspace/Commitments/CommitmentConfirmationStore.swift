import SQLite

/// The SQL of commitment confirmations (`commitment_confirmations`, migration 0020): the columns every
/// commitment query adds to learn when a commitment was last confirmed, the one write (a confirmation per
/// commitment and cycle, the latest kept), and the counts the brief's submit rule and the dashboard read.
struct CommitmentConfirmationStore {
    let db: Connection

    /// The columns a query over `commitments m` adds for `freshness(_:currentCycle:)`.
    static let columns = """
        (SELECT cc.cycle_year FROM commitment_confirmations cc WHERE cc.commitment_id = m.id
         ORDER BY cc.cycle_year DESC LIMIT 1) AS confirmed_cycle,
        (SELECT cc.confirmed_on FROM commitment_confirmations cc WHERE cc.commitment_id = m.id
         ORDER BY cc.cycle_year DESC LIMIT 1) AS confirmed_on,
        (SELECT cc.by_secretariat FROM commitment_confirmations cc WHERE cc.commitment_id = m.id
         ORDER BY cc.cycle_year DESC LIMIT 1) AS confirmed_by_secretariat,
        m.recorded_by_secretariat
        """

    /// The freshness of the commitment a row selected with `columns` describes (`since` and
    /// `progress_updated_on` are the commitment's own columns).
    static func freshness(_ row: Row, currentCycle: Int?) throws -> CommitmentFreshness {
        let since = try row.string("since")
        let progressOn = try row.optionalString("progress_updated_on") ?? ""
        return try CommitmentFreshness(
            confirmedOn: row.optionalString("confirmed_on"), confirmedCycle: row.optionalInt("confirmed_cycle"),
            bySecretariat: (row.optionalInt("confirmed_by_secretariat") ?? 0) == 1,
            lastChangeOn: max(since, progressOn), currentCycle: currentCycle)
    }

    /// Records that `commitment` was confirmed (or updated) in cycle `year`; a second confirmation in the
    /// same cycle replaces the first, so the row holds the latest.
    func confirm(
        commitment: Int, year: Int, kind: CommitmentConfirmationKind, on day: String, at now: String, by user: User, bySecretariat: Bool
    ) throws {
        try db.run("""
            INSERT INTO commitment_confirmations (commitment_id, cycle_year, kind, confirmed_on, confirmed_at, user_id, user_name, by_secretariat)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (commitment_id, cycle_year) DO UPDATE SET
                kind = excluded.kind, confirmed_on = excluded.confirmed_on, confirmed_at = excluded.confirmed_at,
                user_id = excluded.user_id, user_name = excluded.user_name, by_secretariat = excluded.by_secretariat
            """, commitment, year, kind.rawValue, day, now, user.id, user.name, bySecretariat ? 1 : 0)
    }

    /// The confirmation of `commitment` for cycle `year`, as the audit log keeps it.
    func snapshot(commitment: Int, year: Int) throws -> AuditSnapshot? {
        try db.queryOne(
            "SELECT * FROM commitment_confirmations WHERE commitment_id = ? AND cycle_year = ?", commitment, year
        ).map { AuditSnapshot(row: $0) }
    }

    /// How many of the city's commitments have no confirmation for cycle `year` or a later one (the brief's
    /// submit rule: a late brief for last year counts the confirmations made in the cycle now open).
    func unconfirmedCount(city: Int, year: Int) throws -> Int {
        try db.queryOne("""
            SELECT count(*) AS n FROM commitments m
            WHERE m.city_id = ? AND NOT EXISTS (
                SELECT 1 FROM commitment_confirmations cc WHERE cc.commitment_id = m.id AND cc.cycle_year >= ?)
            """, city, year)?.int("n") ?? 0
    }

    /// Every commitment and how many of them are confirmed for cycle `year` (the dashboard's share).
    func share(year: Int) throws -> (confirmed: Int, total: Int) {
        guard let row = try db.queryOne("""
            SELECT count(*) AS total,
                   count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM commitment_confirmations cc WHERE cc.commitment_id = m.id AND cc.cycle_year = ?)) AS confirmed
            FROM commitments m
            """, year) else { return (0, 0) }
        return (try row.int("confirmed"), try row.int("total"))
    }
}
