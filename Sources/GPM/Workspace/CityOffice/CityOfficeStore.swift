import SQLite

/// The SQL of a city office's home: its city, the status of a year's Mayor Brief and the city's
/// commitments counted by where they stand.
struct CityOfficeStore {
    let db: Connection

    /// The city an office speaks for, or nil when the id names no city.
    func city(id: Int) throws -> OfficeCity? {
        try db.queryOne("SELECT id, name, slug FROM cities WHERE id = ?", id).map { row in
            try OfficeCity(id: row.int("id"), name: row.string("name"), slug: row.string("slug"))
        }
    }

    /// The city of `slug`, or nil.
    func city(slug: String) throws -> OfficeCity? {
        try db.queryOne("SELECT id, name, slug FROM cities WHERE slug = ?", slug).map { row in
            try OfficeCity(id: row.int("id"), name: row.string("name"), slug: row.string("slug"))
        }
    }

    /// The status of the city's brief for `year`, or nil when none was started.
    func briefStatus(city: Int, year: Int) throws -> BriefStatus? {
        try db.queryOne("SELECT status FROM mayor_briefs WHERE city_id = ? AND year = ?", city, year).map { try $0.vocabulary("status") }
    }

    /// The city's commitments counted by stance and, for those opted in, by latest progress.
    func summary(city: Int) throws -> CommitmentSummary {
        var summary = CommitmentSummary()
        for row in try db.query("""
            SELECT status, progress, COUNT(*) AS n FROM commitments
            WHERE city_id = ? GROUP BY status, progress
            """, city) {
            let count = try row.int("n")
            switch try row.vocabulary("status", as: CommitmentStance.self) {
            case .optedOut: summary.optedOut += count
            case .optedIn: summary.optedInByProgress[try row.optionalVocabulary("progress", as: CommitmentProgress.self), default: 0] += count
            }
        }
        return summary
    }
}

/// Commitment counts: opted out, and opted in by latest progress (the nil key: not yet reported).
struct CommitmentSummary: Sendable, Equatable {
    var optedOut = 0
    var optedInByProgress: [CommitmentProgress?: Int] = [:]
    var optedIn: Int { optedInByProgress.values.reduce(0, +) }
}

/// What the office's home page shows, read in one snapshot.
struct CityOfficeHome: Sendable {
    /// One open cycle as the office's home shows it.
    struct OpenCycle: Sendable {
        let cycle: ReportingCycle
        let briefStatus: BriefStatus?
        /// The city's compliance row; nil when the cycle does not expect the city.
        let compliance: ComplianceRow?
    }

    let cycles: [OpenCycle]
    let summary: CommitmentSummary
    /// The secretariat's date by the platform clock (days left count from it).
    let today: String
}
