import SQLite

/// The SQL of a brief's history: the version frozen at each submission and the reviews of them.
struct BriefVersionRepository: Sendable {
    /// Freezes `record` with its files as the next version; returns its number.
    func insert(_ db: Connection, record: BriefRecord, attachments: [BriefVersion.File], at timestamp: String, by user: User) throws -> Int {
        let number = (try db.scalar("SELECT MAX(number) FROM brief_versions WHERE brief_id = ?", record.id) as Int? ?? 0) + 1
        let fields = record.fields
        try db.run(
            """
            INSERT INTO brief_versions (brief_id, number, submitted_at, submitted_by, submitted_by_name, title, summary, context,
                programme, results, what_did_not_work, partners, next_steps, action_ids, theme_ids, sdg_numbers, attachments)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                record.id, number, timestamp, user.id, user.name, fields.title, fields.summary, fields.context, fields.programme,
                fields.results, fields.whatDidNotWork, fields.partners, fields.nextSteps, JSONList.encode(fields.actionIDs),
                JSONList.encode(fields.themeIDs), JSONList.encode(fields.sdgNumbers), JSONList.encode(attachments),
            ])
        return number
    }

    /// Every version of a brief, latest first.
    func versions(_ db: Connection, briefID: Int) throws -> [BriefVersion] {
        try db.query("SELECT * FROM brief_versions WHERE brief_id = ? ORDER BY number DESC", briefID).map(Self.version)
    }

    func version(_ db: Connection, briefID: Int, number: Int) throws -> BriefVersion? {
        try db.queryOne("SELECT * FROM brief_versions WHERE brief_id = ? AND number = ?", briefID, number).map(Self.version)
    }

    func latestNumber(_ db: Connection, briefID: Int) throws -> Int? {
        try db.scalar("SELECT MAX(number) FROM brief_versions WHERE brief_id = ?", briefID)
    }

    func insertReview(_ db: Connection, briefID: Int, versionNumber: Int, decision: BriefStatus, review: BriefReview, by user: User) throws {
        let rating = { (criterion: BriefCriterion) in review.ratings[criterion] }
        try db.run(
            """
            INSERT INTO brief_reviews (brief_id, version_number, reviewer_id, reviewer_name, decision, comment,
                evidence_of_results, evidence_of_results_comment, integrated_approach, integrated_approach_comment,
                transferability, transferability_comment, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            """,
            arguments: [
                briefID, versionNumber, user.id, user.name, decision.rawValue, review.comment,
                rating(.evidenceOfResults)?.score, rating(.evidenceOfResults)?.comment ?? "",
                rating(.integratedApproach)?.score, rating(.integratedApproach)?.comment ?? "",
                rating(.transferability)?.score, rating(.transferability)?.comment ?? "",
            ])
    }

    /// A brief's reviews, latest first.
    func reviews(_ db: Connection, briefID: Int) throws -> [StoredBriefReview] {
        try db.query("SELECT * FROM brief_reviews WHERE brief_id = ? ORDER BY id DESC", briefID).map { row in
            var ratings: [BriefCriterion: BriefReview.Rating] = [:]
            for criterion in BriefCriterion.allCases {
                if let score = try row.optionalInt(criterion.rawValue) {
                    ratings[criterion] = BriefReview.Rating(score: score, comment: try row.string(criterion.rawValue + "_comment"))
                }
            }
            return StoredBriefReview(
                id: try row.int("id"), briefID: try row.int("brief_id"), versionNumber: try row.int("version_number"),
                reviewerID: try row.optionalInt("reviewer_id"), reviewerName: try row.string("reviewer_name"),
                decision: BriefStatus(rawValue: try row.string("decision")) ?? .changesRequested,
                review: BriefReview(comment: try row.string("comment"), ratings: ratings), createdAt: try row.string("created_at"))
        }
    }

    private static func version(_ row: Row) throws -> BriefVersion {
        var fields = BriefFields()
        for field in BriefFields.textFields { fields[field.key] = try row.string(field.key) }
        fields.actionIDs = JSONList.decode(try row.string("action_ids"))
        fields.themeIDs = JSONList.decode(try row.string("theme_ids"))
        fields.sdgNumbers = JSONList.decode(try row.string("sdg_numbers"))
        return BriefVersion(
            briefID: try row.int("brief_id"), number: try row.int("number"), submittedAt: try row.string("submitted_at"),
            submittedBy: try row.optionalInt("submitted_by"), submittedByName: try row.string("submitted_by_name"),
            fields: fields, attachments: JSONList.decode(try row.string("attachments")))
    }
}
