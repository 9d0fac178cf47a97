import Foundation
import SQLite

/// Every action as open data (`/actions.csv`, `/actions.json`): its session, theme and convening, and how
/// many cities opted in, by progress status.
struct ActionDataset: Sendable {
    let database: DatabasePool

    /// One action, as the JSON file writes it.
    struct Record: Encodable, Sendable {
        struct Session: Encodable, Sendable {
            let slug: String
            let number: Int?
            let title: String
            let convening: String
        }
        struct Theme: Encodable, Sendable {
            let slug: String
            let name: String
        }
        /// Cities opted in, by their latest progress status; `notReported` have no progress update yet.
        struct Progress: Encodable, Sendable {
            let planned: Int
            let inProgress: Int
            let achieved: Int
            let paused: Int
            let notReported: Int
        }

        let slug: String
        let position: Int
        let title: String?
        let label: String
        let text: String
        let roleModel: String?
        let session: Session
        let theme: Theme
        let citiesOptedIn: Int
        let citiesOptedOut: Int
        let progress: Progress
        let url: String
    }

    struct Document: Encodable, Sendable {
        let actions: [Record]
    }

    func records(baseURL: String) throws -> [Record] {
        try database.read { db in
            try db.query("""
                SELECT a.slug, a.position, a.title, a.text, a.role_model,
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
                return try Record(
                    slug: slug, position: position, title: title,
                    label: ActionLabel.title(title, sessionNumber: number, position: position),
                    text: row.string("text"), roleModel: row.optionalString("role_model"),
                    session: .init(slug: row.string("session_slug"), number: number, title: row.string("session_title"),
                                   convening: row.string("convening_slug")),
                    theme: .init(slug: row.string("theme_slug"), name: row.string("theme_name")),
                    citiesOptedIn: row.int("opted_in"), citiesOptedOut: row.int("opted_out"),
                    progress: .init(planned: row.int("planned"), inProgress: row.int("in_progress"), achieved: row.int("achieved"),
                                    paused: row.int("paused"), notReported: row.int("not_reported")),
                    url: baseURL + "/actions/" + slug)
            }
        }
    }

    static let csvHeader = [
        "slug", "session", "session_number", "session_title", "convening", "theme", "position", "title", "label", "text", "role_model",
        "cities_opted_in", "planned", "in_progress", "achieved", "paused", "not_reported", "cities_opted_out", "url",
    ]

    static func csv(_ records: [Record]) -> CSVDocument {
        var document = CSVDocument(header: csvHeader)
        for record in records {
            document.append([
                record.slug, record.session.slug, record.session.number.map(String.init), record.session.title,
                record.session.convening, record.theme.slug, String(record.position), record.title, record.label, record.text, record.roleModel,
                String(record.citiesOptedIn), String(record.progress.planned), String(record.progress.inProgress),
                String(record.progress.achieved), String(record.progress.paused), String(record.progress.notReported),
                String(record.citiesOptedOut), record.url,
            ])
        }
        return document
    }
}
