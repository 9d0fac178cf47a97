/// Every action as open data (`/actions.csv`, `/actions.json`): its session, theme and convening, and how
/// many cities opted in, by progress status. `ActionStore.datasetRecords` reads the records.
enum ActionDataset {
    /// One action, as the JSON file writes it (`DatasetCatalogue.actionFields` documents the keys).
    struct Record: Encodable, Sendable {
        struct Session: Encodable, Sendable {
            let slug: String
            @NullWhenAbsent var number: Int?
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
        @NullWhenAbsent var title: String?
        let label: String
        let text: String
        @NullWhenAbsent var roleModel: String?
        let session: Session
        let theme: Theme
        let citiesOptedIn: Int
        let citiesOptedOut: Int
        let progress: Progress
        let url: String
    }

    static let csvHeader = [
        "slug", "session", "session_number", "session_title", "convening", "theme", "position", "title", "label", "text", "role_model",
        "cities_opted_in", "planned", "in_progress", "achieved", "paused", "not_reported", "cities_opted_out", "url",
    ]

    static func csv(_ records: [Record]) -> CSVDocument {
        var document = CSVDocument(header: csvHeader)
        for record in records {
            document.append([
                .text(record.slug), .text(record.session.slug), .int(record.session.number), .text(record.session.title),
                .text(record.session.convening), .text(record.theme.slug), .int(record.position), .text(record.title), .text(record.label),
                .text(record.text), .text(record.roleModel), .int(record.citiesOptedIn), .int(record.progress.planned),
                .int(record.progress.inProgress), .int(record.progress.achieved), .int(record.progress.paused),
                .int(record.progress.notReported), .int(record.citiesOptedOut), .text(record.url),
            ])
        }
        return document
    }
}
