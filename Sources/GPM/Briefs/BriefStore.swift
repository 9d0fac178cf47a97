import SQLite

/// The SQL of the workspace side of Mayor Briefs: briefs in every status, their links to actions,
/// themes and SDGs. `BriefService` checks, changes, snapshots, audits and notifies in one transaction
/// over the same connection. (Public pages read through `MayorBriefRepository`, which only ever sees
/// published briefs.)
struct BriefStore {
    let db: Connection

    func record(id: Int) throws -> BriefRecord? {
        guard let row = try db.queryOne("SELECT * FROM mayor_briefs WHERE id = ?", id) else { return nil }
        return try record(row: row)
    }

    func record(cityID: Int, year: Int) throws -> BriefRecord? {
        guard let row = try db.queryOne("SELECT * FROM mayor_briefs WHERE city_id = ? AND year = ?", cityID, year) else { return nil }
        return try record(row: row)
    }

    /// A city's briefs, latest year first.
    func records(cityID: Int) throws -> [BriefRecord] {
        try db.query("SELECT * FROM mayor_briefs WHERE city_id = ? ORDER BY year DESC", cityID).map { try record(row: $0) }
    }

    /// The city's latest brief for a year before `year` ("start from last year"), in any status.
    func previous(cityID: Int, before year: Int) throws -> BriefRecord? {
        guard let row = try db.queryOne(
            "SELECT * FROM mayor_briefs WHERE city_id = ? AND year < ? ORDER BY year DESC LIMIT 1", cityID, year)
        else { return nil }
        return try record(row: row)
    }

    /// The row as a flat snapshot for the audit log.
    func snapshot(id: Int) throws -> AuditSnapshot? {
        try db.queryOne("SELECT * FROM mayor_briefs WHERE id = ?", id).map { AuditSnapshot(row: $0, excluding: ["updated_at"]) }
    }

    /// Inserts a draft and its links; returns its id.
    func insert(cityID: Int, year: Int, fields: BriefFields, now: String) throws -> Int {
        try db.run(
            """
            INSERT INTO mayor_briefs (city_id, year, title, summary, context, programme, results, what_did_not_work, partners, next_steps,
                                      language, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                cityID, year, fields.title, fields.summary, fields.context, fields.programme, fields.results,
                fields.whatDidNotWork, fields.partners, fields.nextSteps, fields.language, now, now,
            ])
        let id = Int(db.lastInsertRowID)
        try replaceLinks(briefID: id, fields: fields)
        try SearchIndexStore(db: db).refreshBrief(id)
        return id
    }

    /// Writes the fields when the stored version is still `expectedVersion`; false when it is not.
    func update(id: Int, fields: BriefFields, expectedVersion: Int, now: String) throws -> Bool {
        try db.run(
            """
            UPDATE mayor_briefs SET title = ?, summary = ?, context = ?, programme = ?, results = ?, what_did_not_work = ?,
                partners = ?, next_steps = ?, language = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?
            """,
            arguments: [
                fields.title, fields.summary, fields.context, fields.programme, fields.results, fields.whatDidNotWork,
                fields.partners, fields.nextSteps, fields.language, now, id, expectedVersion,
            ])
        guard db.changes == 1 else { return false }
        try replaceLinks(briefID: id, fields: fields)
        try SearchIndexStore(db: db).refreshBrief(id)
        return true
    }

    /// Moves the brief to `status`, stamping the submission or first publication time. A status
    /// change is a new version, so a form opened before it is stale.
    func setStatus(id: Int, status: BriefStatus, at timestamp: String) throws {
        try db.run(
            """
            UPDATE mayor_briefs SET status = ?1,
                submitted_at = CASE WHEN ?1 = 'submitted' THEN ?2 ELSE submitted_at END,
                published_at = CASE WHEN ?1 = 'published' THEN COALESCE(published_at, ?2) ELSE published_at END,
                version = version + 1, updated_at = ?2
            WHERE id = ?3
            """,
            status.rawValue, timestamp, id)
        try SearchIndexStore(db: db).refreshBrief(id)  // published: indexed; any other status: not
    }

    /// Records which sections of a new draft came from the brief of `year` (`CarriedOverText`).
    func setCarriedOver(id: Int, hashes: [String: String], from year: Int?) throws {
        try db.run(
            "UPDATE mayor_briefs SET carried_over = ?, carried_over_from = ? WHERE id = ?",
            try CarriedOverText.encode(hashes), year, id)
    }

    /// Keeps only the carried-over marks of sections whose text is unchanged (after a save).
    func keepCarriedOver(id: Int, hashes: [String: String]) throws {
        try db.run("UPDATE mayor_briefs SET carried_over = ? WHERE id = ?", try CarriedOverText.encode(hashes), id)
    }

    /// Marks the brief changed (a file added or removed) without a new version: files are edited
    /// through their own forms, which must not make the text form stale.
    func touch(id: Int, now: String) throws {
        try db.run("UPDATE mayor_briefs SET updated_at = ? WHERE id = ?", now, id)
    }

    func delete(id: Int) throws {
        try SearchIndexStore(db: db).removeBrief(id)
        try db.run("DELETE FROM mayor_briefs WHERE id = ?", id)
    }

    /// Ids in `ids` that do not exist among actions, themes or SDG numbers.
    func unknownIDs(_ ids: [Int], in table: LinkTable) throws -> [Int] {
        guard !ids.isEmpty else { return [] }
        let sql = switch table {
        case .actions: "SELECT id AS k FROM actions WHERE id IN (SELECT value FROM json_each(?))"
        case .themes: "SELECT id AS k FROM themes WHERE id IN (SELECT value FROM json_each(?))"
        case .sdgs: "SELECT number AS k FROM sdgs WHERE number IN (SELECT value FROM json_each(?))"
        }
        let known = Set(try db.query(sql, try JSONList.encode(ids)).map { try $0.int("k") })
        return ids.filter { !known.contains($0) }
    }

    /// What a brief links to.
    enum LinkTable { case actions, themes, sdgs }

    private func replaceLinks(briefID: Int, fields: BriefFields) throws {
        try db.run("DELETE FROM brief_actions WHERE brief_id = ?", briefID)
        try db.run("DELETE FROM brief_themes WHERE brief_id = ?", briefID)
        try db.run("DELETE FROM brief_sdgs WHERE brief_id = ?", briefID)
        try db.run("INSERT INTO brief_actions (brief_id, action_id) SELECT ?, value FROM json_each(?)", briefID, try JSONList.encode(fields.actionIDs))
        try db.run("INSERT INTO brief_themes (brief_id, theme_id) SELECT ?, value FROM json_each(?)", briefID, try JSONList.encode(fields.themeIDs))
        try db.run("INSERT INTO brief_sdgs (brief_id, sdg_number) SELECT ?, value FROM json_each(?)", briefID, try JSONList.encode(fields.sdgNumbers))
    }

    private func record(row: Row) throws -> BriefRecord {
        let id = try row.int("id")
        var fields = BriefFields()
        for field in BriefFields.textFields { fields[field.key] = try row.string(field.key) }
        fields.language = try row.string("language")
        fields.actionIDs = try db.query("SELECT action_id AS v FROM brief_actions WHERE brief_id = ? ORDER BY 1", id).map { try $0.int("v") }
        fields.themeIDs = try db.query("SELECT theme_id AS v FROM brief_themes WHERE brief_id = ? ORDER BY 1", id).map { try $0.int("v") }
        fields.sdgNumbers = try db.query("SELECT sdg_number AS v FROM brief_sdgs WHERE brief_id = ? ORDER BY 1", id).map { try $0.int("v") }
        var record = BriefRecord(
            id: id, cityID: try row.int("city_id"), year: try row.int("year"),
            status: try row.vocabulary("status"), fields: fields,
            submittedAt: try row.optionalString("submitted_at"), publishedAt: try row.optionalString("published_at"),
            isDemo: try row.bool("is_demo"), version: try row.int("version"),
            createdAt: try row.string("created_at"), updatedAt: try row.string("updated_at"))
        record.carriedOver = try CarriedOverText.decode(try row.string("carried_over"))
        record.carriedOverFrom = try row.optionalInt("carried_over_from")
        return record
    }
}

extension BriefStore {
    /// The city's name, for headings ("" when the city is gone).
    func cityName(cityID: Int) throws -> String {
        try db.scalar("SELECT name FROM cities WHERE id = ?", cityID) ?? ""
    }

    /// The city's slug, for links to its public pages ("" when the city is gone).
    func citySlug(cityID: Int) throws -> String {
        try db.scalar("SELECT slug FROM cities WHERE id = ?", cityID) ?? ""
    }
}
