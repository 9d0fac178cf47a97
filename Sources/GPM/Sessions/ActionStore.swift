import SQLite

/// Reads an action and what its page shows: the session it belongs to, its SDGs, every city's
/// stance with its latest progress note, and the published briefs that report on it; and every
/// action with its counts for the open data.
struct ActionStore {
    let db: Connection

    /// The action with `slug`, or nil.
    func action(slug: String) throws -> ActionRow? {
        guard let row = try db.queryOne("""
            SELECT a.id, a.slug, a.position, a.title, a.short_title, a.short_title_is_editorial, a.text, a.role_model,
                   s.id AS session_id, s.slug AS session_slug, s.title AS session_title, s.number, t.slug AS theme_slug, t.name AS theme_name,
                   v.title AS convening_title, t.id AS theme_id, v.id AS convening_id
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id JOIN themes t ON t.id = s.theme_id
            JOIN convenings v ON v.id = s.convening_id
            WHERE a.slug = ?
            """, slug) else { return nil }
        let number = try row.optionalInt("number")
        let position = try row.int("position")
        let title = try row.optionalString("title")
        return try ActionRow(
            id: row.int("id"), slug: row.string("slug"), position: position, title: title,
            shortTitle: row.optionalString("short_title"),
            label: ActionLabel.title(title, shortTitle: try row.optionalString("short_title"), sessionNumber: number, position: position),
            text: row.string("text"), roleModel: row.optionalString("role_model"),
            session: ActionSession(
                id: row.int("session_id"), slug: row.string("session_slug"), title: row.string("session_title"), number: number,
                themeSlug: row.string("theme_slug"), themeName: row.string("theme_name"),
                conveningTitle: row.string("convening_title"), themeID: row.int("theme_id"), conveningID: row.int("convening_id")),
            isEditorialTitle: row.optionalString("short_title") != nil && row.int("short_title_is_editorial") == 1)
    }

    func sdgs(ofAction action: Int) throws -> [ActionSDG] {
        try db.query("""
            SELECT g.number, g.name FROM action_sdgs x JOIN sdgs g ON g.number = x.sdg_number WHERE x.action_id = ? ORDER BY g.number
            """, action).map { try ActionSDG(number: $0.int("number"), name: $0.string("name")) }
    }

    /// Every city's stance on the action, by city name.
    func commitments(toAction action: Int, currentCycle: Int?) throws -> [ActionCommitment] {
        try db.query("""
            SELECT m.status, m.since, m.progress, m.progress_updated_on, m.is_demo, \(CommitmentConfirmationStore.columns),
                   c.name, c.slug, c.latitude, c.longitude, r.name AS region_name,
                   \(CommitmentEventStore.latestNoteColumns(where: "e.kind = 'progress'"))
            FROM commitments m JOIN cities c ON c.id = m.city_id JOIN regions r ON r.id = c.region_id
            WHERE m.action_id = ? ORDER BY c.name, c.id
            """, action).map { row in
            try ActionCommitment(
                stance: row.vocabulary("status"), cityName: row.string("name"), citySlug: row.string("slug"),
                regionName: row.string("region_name"), latitude: row.optionalDouble("latitude"),
                longitude: row.optionalDouble("longitude"), since: row.string("since"),
                progress: row.optionalVocabulary("progress"), progressUpdatedOn: row.optionalString("progress_updated_on"),
                latestNote: CommitmentEventStore.latestNote(row), isDemo: row.bool("is_demo"),
                freshness: CommitmentConfirmationStore.freshness(row, currentCycle: currentCycle),
                recordedBySecretariat: row.int("recorded_by_secretariat") == 1)
        }
    }

    /// The published briefs that report on the action, newest first.
    func publishedBriefs(onAction action: Int) throws -> [ActionBrief] {
        try db.query("""
            SELECT c.name, c.slug, b.year, b.title, b.language, b.is_demo
            FROM brief_actions x JOIN mayor_briefs b ON b.id = x.brief_id JOIN cities c ON c.id = b.city_id
            WHERE x.action_id = ? AND b.status = 'published' ORDER BY b.year DESC, c.name
            """, action).map { row in
            try ActionBrief(cityName: row.string("name"), citySlug: row.string("slug"), year: row.int("year"),
                            title: row.string("title"), language: ContentLanguage(validating: row.string("language")) ?? .english,
                            isDemo: row.bool("is_demo"))
        }
    }

    /// Every action with its session, theme and convening and how many cities opted in, by progress
    /// status, in directory order; `url` is the page under `baseURL`.
    func datasetRecords(baseURL: String) throws -> [ActionDataset.Record] {
        try db.query("""
            SELECT a.slug, a.position, a.title, a.short_title, a.text, a.role_model,
                   s.slug AS session_slug, s.number, s.title AS session_title, v.slug AS convening_slug,
                   t.slug AS theme_slug, t.name AS theme_name,
                   count(m.id) FILTER (WHERE m.status = 'opted_in') AS opted_in,
                   count(m.id) FILTER (WHERE m.status = 'opted_out') AS opted_out,
                   count(m.id) FILTER (WHERE m.status = 'opted_in' AND m.progress = 'planned') AS planned,
                   count(m.id) FILTER (WHERE m.status = 'opted_in' AND m.progress = 'in_progress') AS in_progress,
                   count(m.id) FILTER (WHERE m.status = 'opted_in' AND m.progress = 'achieved') AS achieved,
                   count(m.id) FILTER (WHERE m.status = 'opted_in' AND m.progress = 'paused') AS paused,
                   count(m.id) FILTER (WHERE m.status = 'opted_in' AND m.progress IS NULL) AS not_reported
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id JOIN themes t ON t.id = s.theme_id
            JOIN convenings v ON v.id = s.convening_id
            LEFT JOIN commitments m ON m.action_id = a.id
            GROUP BY a.id
            ORDER BY v.starts_on DESC, v.id, s.held_on, t.name, s.number IS NULL, s.number, s.id, a.position
            """).map { row in
            let number = try row.optionalInt("number")
            let position = try row.int("position")
            let title = try row.optionalString("title")
            let slug = try row.string("slug")
            return try ActionDataset.Record(
                slug: slug, position: position, title: title,
                label: ActionLabel.title(title, shortTitle: try row.optionalString("short_title"), sessionNumber: number, position: position).english,
                text: row.string("text"), roleModel: row.optionalString("role_model"),
                session: .init(slug: row.string("session_slug"), number: number, title: row.string("session_title"),
                               convening: row.string("convening_slug")),
                theme: .init(slug: row.string("theme_slug"), name: row.string("theme_name")),
                citiesOptedIn: row.int("opted_in"), citiesOptedOut: row.int("opted_out"),
                progress: .init(planned: row.int("planned"), inProgress: row.int("in_progress"), achieved: row.int("achieved"),
                                paused: row.int("paused"), notReported: row.int("not_reported")),
                url: baseURL + Paths.action.href(slug))
        }
    }

    /// Every commitment: one row per city and action, by city name, then in the actions' directory order.
    func commitmentRecords() throws -> [CommitmentDataset.Record] {
        try db.query("""
            SELECT c.slug AS city_slug, c.name AS city_name, c.country_code,
                   a.slug AS action_slug, a.title AS action_title, a.short_title, a.position, s.number AS session_number, s.slug AS session_slug,
                   m.status, m.progress, m.since, m.progress_updated_on, m.is_demo,
                   (SELECT max(e.occurred_on) FROM commitment_events e WHERE e.commitment_id = m.id) AS last_event_on
            FROM commitments m JOIN cities c ON c.id = m.city_id JOIN actions a ON a.id = m.action_id
            JOIN strategy_sessions s ON s.id = a.session_id JOIN themes t ON t.id = s.theme_id
            JOIN convenings v ON v.id = s.convening_id
            ORDER BY c.name, c.id, v.starts_on DESC, v.id, s.held_on, t.name, s.number IS NULL, s.number, s.id, a.position
            """).map { row in
            let stance: CommitmentStance = try row.vocabulary("status")
            let progress: CommitmentProgress? = try row.optionalVocabulary("progress")
            return try CommitmentDataset.Record(
                citySlug: row.string("city_slug"), cityName: row.string("city_name"), countryCode: row.string("country_code"),
                actionSlug: row.string("action_slug"),
                actionTitle: ActionLabel.title(
                    row.optionalString("action_title"), shortTitle: row.optionalString("short_title"), sessionNumber: row.optionalInt("session_number"), position: row.int("position")).english,
                sessionSlug: row.string("session_slug"), stance: stance.rawValue, progress: progress?.rawValue,
                since: row.string("since"), progressUpdatedOn: row.optionalString("progress_updated_on"),
                lastEventOn: row.optionalString("last_event_on"), isDemo: row.bool("is_demo"))
        }
    }
}
