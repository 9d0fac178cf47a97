/// The sessions' paths besides the index (`Paths.sessions`): a session, an action, and the data files.
extension Paths {
    static let session = Path1<String>("/sessions/:slug", query: [])
    static let action = Path1<String>("/actions/:slug", query: [])
    static let actionsCSV = Path("/actions.csv", query: [])
    static let actionsJSON = Path("/actions.json", query: [])
    static let sessionsJSON = Path("/sessions.json", query: [])
}

/// Who committed to what: one row per city and action (`CommitmentDataset`).
extension Paths {
    static let commitmentsCSV = Path("/commitments.csv", query: [])
    static let commitmentsJSON = Path("/commitments.json", query: [])
}
