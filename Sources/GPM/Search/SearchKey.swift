/// The rowid of an entry in `best_practices_fts` (Migrations/0035_prepared_search_text.sql): it says
/// what the entry is, and for a Mayor Brief which city's series it belongs to, so search groups and
/// filters by arithmetic on the rowid instead of reading rows.
enum SearchKey {
    /// Mayor Brief of city `cityID` for `year`: ((cityID * 128) + (year - 2000)) * 4.
    static func brief(cityID: Int, year: Int) -> Int { (cityID * 128 + (year - 2000)) * 4 }
    static func caseStudy(_ id: Int) -> Int { 4 * id + 1 }
    static func partnership(_ id: Int) -> Int { 4 * id + 2 }
    static func action(_ id: Int) -> Int { 4 * id + 3 }

    /// The same expressions in SQL, over a table's columns.
    static func briefSQL(_ alias: String) -> String { "((\(alias).city_id * 128 + \(alias).year - 2000) * 4)" }
    /// A key's group in SQL: a city's Mayor Briefs share one (negative, the city), others are alone.
    static func groupSQL(_ key: String) -> String { "CASE WHEN \(key) % 4 = 0 THEN -(\(key) / 512) ELSE \(key) END" }

    static func kind(_ key: Int) -> PracticeFilter.Kind {
        switch key % 4 {
        case 0: .brief
        case 1: .caseStudy
        case 2: .partnership
        default: .action
        }
    }

    /// The row id behind a key (a brief's key names its city and year instead).
    static func id(_ key: Int) -> Int { key / 4 }
    static func briefCity(_ key: Int) -> Int { key / 512 }
    static func briefYear(_ key: Int) -> Int { (key / 4) % 128 + 2000 }
}
