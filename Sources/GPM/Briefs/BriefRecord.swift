import SQLite

/// A Mayor Brief as the workspace sees it, in any status: the stored fields and links, its place in
/// the workflow and the optimistic-concurrency `version` an edit form carries.
public struct BriefRecord: Sendable, Equatable {
    public let id: Int
    public let cityID: Int
    public let year: Int
    public let status: BriefStatus
    public let fields: BriefFields
    public let submittedAt: String?
    public let publishedAt: String?
    public let isDemo: Bool
    public let version: Int
    public let createdAt: String
    public let updatedAt: String
    /// The sections taken from last year's brief and not edited since: section key → SHA-256 of the
    /// text as carried over (a section whose text no longer hashes to it is not marked).
    public var carriedOver: [String: String] = [:]
    /// The year those sections came from.
    public var carriedOverFrom: Int?

    /// Whether section `key` still holds the text carried over from last year, unedited.
    public func isCarriedOver(_ key: String) -> Bool {
        guard let hash = carriedOver[key] else { return false }
        return CarriedOverText.hash(fields[key]) == hash
    }

    /// The title, or words that say there is none yet.
    public var displayTitle: String { fields.title.isEmpty ? "Untitled draft" : fields.title }
}

/// A frozen copy of a brief as it was submitted (`brief_versions`).
public struct BriefVersion: Sendable, Equatable {
    /// A file as the version listed it.
    public struct File: Sendable, Equatable, Codable {
        public let sha256: String
        public let filename: String
    }

    public let briefID: Int
    /// 1 for the first submission, 2 for the first resubmission, …
    public let number: Int
    public let submittedAt: String
    public let submittedBy: Int?
    public let submittedByName: String
    public let fields: BriefFields
    public let attachments: [File]
}
