import SQLite

/// The SQL of a brief's history: the version frozen at each submission and the reviews of them.
struct BriefVersionStore {
    let db: Connection

    /// Freezes `record` with its files as the next version; returns its number.
    func insert(record: BriefRecord, attachments: [BriefVersion.File], at timestamp: String, by user: User) throws -> Int {
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
                fields.results, fields.whatDidNotWork, fields.partners, fields.nextSteps, try JSONList.encode(fields.actionIDs),
                try JSONList.encode(fields.themeIDs), try JSONList.encode(fields.sdgNumbers), try JSONList.encode(attachments),
            ])
        return number
    }

    /// Every version of a brief, latest first.
    func versions(briefID: Int) throws -> [BriefVersion] {
        try db.query("SELECT * FROM brief_versions WHERE brief_id = ? ORDER BY number DESC", briefID).map(Self.version)
    }

    /// Version `number` of the brief, or nil.
    func version(briefID: Int, number: Int) throws -> BriefVersion? {
        try db.queryOne("SELECT * FROM brief_versions WHERE brief_id = ? AND number = ?", briefID, number).map(Self.version)
    }

    /// The number of the latest submitted version (nil when never submitted).
    func latestNumber(briefID: Int) throws -> Int? {
        try db.scalar("SELECT MAX(number) FROM brief_versions WHERE brief_id = ?", briefID)
    }

    /// Records a reviewer's decision on version `versionNumber`.
    func insertReview(briefID: Int, versionNumber: Int, decision: BriefStatus, review: BriefReview, by user: User, now: String) throws {
        let rating = { (criterion: BriefCriterion) in review.ratings[criterion] }
        try db.run(
            """
            INSERT INTO brief_reviews (brief_id, version_number, reviewer_id, reviewer_name, decision, comment,
                evidence_of_results, evidence_of_results_comment, integrated_approach, integrated_approach_comment,
                transferability, transferability_comment, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                briefID, versionNumber, user.id, user.name, decision.rawValue, review.comment,
                rating(.evidenceOfResults)?.score, rating(.evidenceOfResults)?.comment ?? "",
                rating(.integratedApproach)?.score, rating(.integratedApproach)?.comment ?? "",
                rating(.transferability)?.score, rating(.transferability)?.comment ?? "", now,
            ])
    }

    /// What changed from version `from` (nil: the one before `to`) to version `to` (nil: the latest), with
    /// `choices` naming the links; nil when the brief has no such version.
    func diff(briefID: Int, from: Int?, to: Int?, choices: BriefChoices) throws -> BriefDiff? {
        guard let toNumber = try to ?? latestNumber(briefID: briefID), let new = try version(briefID: briefID, number: toNumber) else {
            return nil
        }
        let fromNumber = from ?? (toNumber - 1)
        let old = fromNumber >= 1 ? try version(briefID: briefID, number: fromNumber) : nil
        return BriefDiff.between(old, new, choices: choices)
    }

    /// A brief's reviews, latest first.
    func reviews(briefID: Int) throws -> [StoredBriefReview] {
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
                decision: try row.vocabulary("decision"),
                review: BriefReview(comment: try row.string("comment"), ratings: ratings), createdAt: try row.string("created_at"))
        }
    }

    private static func version(_ row: Row) throws -> BriefVersion {
        var fields = BriefFields()
        for field in BriefFields.textFields { fields[field.key] = try row.string(field.key) }
        fields.actionIDs = try JSONList.decode(try row.string("action_ids"))
        fields.themeIDs = try JSONList.decode(try row.string("theme_ids"))
        fields.sdgNumbers = try JSONList.decode(try row.string("sdg_numbers"))
        return BriefVersion(
            briefID: try row.int("brief_id"), number: try row.int("number"), submittedAt: try row.string("submitted_at"),
            submittedBy: try row.optionalInt("submitted_by"), submittedByName: try row.string("submitted_by_name"),
            fields: fields, attachments: try JSONList.decode(try row.string("attachments")))
    }
}
