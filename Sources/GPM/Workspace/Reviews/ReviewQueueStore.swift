import SQLite

/// One brief as the review queue lists it: who filed it, for which year, which submission it is and
/// when the year's reporting cycle wants it decided.
struct ReviewQueueItem: Sendable, Equatable {
    let id: Int
    let cityName: String
    let citySlug: String
    let year: Int
    let title: String
    let status: BriefStatus
    let submittedAt: String?
    let publishedAt: String?
    /// The deadline of the reporting cycle for `year` ('YYYY-MM-DD'); nil when no cycle was opened for it.
    let deadline: String?
    /// The number of the latest submitted version (1 = first submission); nil for briefs never submitted
    /// through the workspace (the demo data's published briefs).
    let versionNumber: Int?
    /// When the latest review was written and what it said (the "changes requested" section quotes it).
    let lastReviewAt: String?
    let lastReviewComment: String?
    /// The language the brief is written in.
    var language: ContentLanguage = .english
}

/// The SQL of the secretariat's review pages: the queue's three sections and the facts a review page
/// needs beyond the brief stores (the city's name, the names and addresses of linked records).
struct ReviewQueueStore {
    let db: Connection

    /// Briefs waiting for the secretariat: submitted (first time or again), the earliest deadline first,
    /// then the longest waiting.
    func awaitingReview() throws -> [ReviewQueueItem] {
        try items(status: .submitted, order: "rc.deadline IS NULL, rc.deadline, m.submitted_at, m.id", limit: -1)
    }

    /// Briefs sent back to their office, by due date like the queue.
    func changesRequested() throws -> [ReviewQueueItem] {
        try items(status: .changesRequested, order: "rc.deadline IS NULL, rc.deadline, m.updated_at, m.id", limit: -1)
    }

    /// The latest publications.
    func recentlyPublished(limit: Int = 10) throws -> [ReviewQueueItem] {
        try items(status: .published, order: "m.published_at DESC, m.id DESC", limit: limit)
    }

    /// The queue's row for one brief (any status), or nil.
    func item(briefID: Int) throws -> ReviewQueueItem? {
        try db.queryOne(Self.select + " WHERE m.id = ?", briefID).map(Self.item)
    }

    /// Linked records by id, in the order of `ids`, with what a link to their public page needs.
    /// Named in the language of `translations` (else the English original, marked by its `ContentTextView`).
    func actions(ids: [Int], translations: ContentTranslations = .originals) throws -> [(label: ContentTextView, slug: String)] {
        let rows = try db.query(
            """
            SELECT a.id, a.slug, a.title, a.short_title, a.position, s.number FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
            WHERE a.id IN (SELECT value FROM json_each(?))
            """, try JSONList.encode(ids))
        var byID: [Int: (ContentTextView, String)] = [:]
        for row in rows {
            let id = try row.int("id"), title = try row.optionalString("title"), shortTitle = try row.optionalString("short_title")
            let label = ActionLabel.title(title, shortTitle: shortTitle, sessionNumber: try row.optionalInt("number"), position: try row.int("position"))
            byID[id] = (label.content(action: id, translations), try row.string("slug"))
        }
        return ids.compactMap { byID[$0] }.map { (label: $0.0, slug: $0.1) }
    }

    /// Linked themes by id, in the order of `ids`.
    /// Named in the language of `translations`, as `actions`.
    func themes(ids: [Int], translations: ContentTranslations = .originals) throws -> [(name: ContentTextView, slug: String)] {
        let rows = try db.query("SELECT id, name, slug FROM themes WHERE id IN (SELECT value FROM json_each(?))", try JSONList.encode(ids))
        var byID: [Int: (ContentTextView, String)] = [:]
        for row in rows {
            let id = try row.int("id")
            byID[id] = (ContentTextView(translations.text(.theme, id, "name", original: try row.string("name"))), try row.string("slug"))
        }
        return ids.compactMap { byID[$0] }.map { (name: $0.0, slug: $0.1) }
    }

    /// Linked SDGs by number, in ascending order.
    func sdgs(numbers: [Int]) throws -> [(number: Int, name: String)] {
        try db.query("SELECT number, name FROM sdgs WHERE number IN (SELECT value FROM json_each(?)) ORDER BY number", try JSONList.encode(numbers))
            .map { (number: try $0.int("number"), name: try $0.string("name")) }
    }

    private static let select = """
        SELECT m.id, m.year, m.title, m.status, m.submitted_at, m.published_at, m.language, c.name AS city_name, c.slug AS city_slug,
               rc.deadline,
               (SELECT MAX(number) FROM brief_versions v WHERE v.brief_id = m.id) AS version_number,
               (SELECT created_at FROM brief_reviews r WHERE r.brief_id = m.id ORDER BY r.id DESC LIMIT 1) AS review_at,
               (SELECT comment FROM brief_reviews r WHERE r.brief_id = m.id ORDER BY r.id DESC LIMIT 1) AS review_comment
        FROM mayor_briefs m
        JOIN cities c ON c.id = m.city_id
        LEFT JOIN reporting_cycles rc ON rc.year = m.year
        """

    /// `order` is one of this type's own constant clauses, never user input.
    private func items(status: BriefStatus, order: String, limit: Int) throws -> [ReviewQueueItem] {
        try db.query(Self.select + " WHERE m.status = ? ORDER BY \(order) LIMIT ?", status.rawValue, limit).map(Self.item)
    }

    private static func item(_ row: Row) throws -> ReviewQueueItem {
        ReviewQueueItem(
            id: try row.int("id"), cityName: try row.string("city_name"), citySlug: try row.string("city_slug"),
            year: try row.int("year"), title: try row.string("title"),
            status: try row.vocabulary("status"),
            submittedAt: try row.optionalString("submitted_at"), publishedAt: try row.optionalString("published_at"),
            deadline: try row.optionalString("deadline"), versionNumber: try row.optionalInt("version_number"),
            lastReviewAt: try row.optionalString("review_at"), lastReviewComment: try row.optionalString("review_comment"),
            language: ContentLanguage(validating: try row.string("language")) ?? .english)
    }
}
