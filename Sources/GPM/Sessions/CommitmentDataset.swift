/// Who committed to what as open data (`/commitments.csv`, `/commitments.json`): one row per city and
/// action with the city's stance, its latest progress and the dates of its history. The CSV has the
/// JSON's keys as its header, in the same order. `ActionStore.commitmentRecords` reads the records;
/// `DatasetCatalogue.commitmentFields` documents them.
enum CommitmentDataset {
    struct Record: Encodable, Sendable {
        let citySlug: String
        let cityName: String
        let countryCode: String
        let actionSlug: String
        let actionTitle: String
        let sessionSlug: String
        let stance: String
        @NullWhenAbsent var progress: String?
        let since: String
        @NullWhenAbsent var progressUpdatedOn: String?
        @NullWhenAbsent var lastEventOn: String?
        let isDemo: Bool
    }

    /// The documented keys, so the CSV header and the JSON keys are the same words.
    static var csvHeader: [String] { DatasetCatalogue.commitmentFields.map(\.name) }

    static func csv(_ records: [Record]) -> CSVDocument {
        var document = CSVDocument(header: csvHeader)
        for record in records {
            document.append([
                .text(record.citySlug), .text(record.cityName), .text(record.countryCode), .text(record.actionSlug),
                .text(record.actionTitle), .text(record.sessionSlug), .text(record.stance), .text(record.progress), .text(record.since),
                .text(record.progressUpdatedOn), .text(record.lastEventOn), .flag(record.isDemo),
            ])
        }
        return document
    }
}
