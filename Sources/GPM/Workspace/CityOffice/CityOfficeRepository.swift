import SQLite

/// What a city office's home page summarises: the status of this year's Mayor Brief and the city's
/// commitments counted by where they stand.
enum CityOfficeRepository {
    /// The city an office speaks for, or nil when the id names no city.
    static func city(_ db: Connection, id: Int) throws -> OfficeCity? {
        try db.queryOne("SELECT id, name, slug FROM cities WHERE id = ?", id).map { row in
            try OfficeCity(id: row.int("id"), name: row.string("name"), slug: row.string("slug"))
        }
    }

    /// The status of the city's brief for `year` ('draft', 'submitted', …), or nil when none was started.
    static func briefStatus(_ db: Connection, city: Int, year: Int) throws -> String? {
        try db.scalar("SELECT status FROM mayor_briefs WHERE city_id = ? AND year = ?", city, year)
    }

    /// Commitment counts: opted out, and opted in by latest progress (key "none" for not yet reported).
    struct Summary: Sendable, Equatable {
        var optedOut = 0
        var optedInByProgress: [String: Int] = [:]
        var optedIn: Int { optedInByProgress.values.reduce(0, +) }
    }

    static func summary(_ db: Connection, city: Int) throws -> Summary {
        var summary = Summary()
        for row in try db.query("""
            SELECT status, COALESCE(progress, 'none') AS progress, COUNT(*) AS n FROM commitments
            WHERE city_id = ? GROUP BY status, COALESCE(progress, 'none')
            """, city) {
            let count = try row.int("n")
            if try row.string("status") == "opted_out" {
                summary.optedOut += count
            } else {
                summary.optedInByProgress[try row.string("progress"), default: 0] += count
            }
        }
        return summary
    }
}
