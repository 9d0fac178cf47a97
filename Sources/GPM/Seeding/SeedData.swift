/// What a new (empty) database is filled with: the three ways to start (README, "Three ways to start").
public enum SeedData: String, Sendable, CaseIterable {
    /// The papers plus clearly marked invented rows (`Seeds/demo.sql`): the default.
    case demo
    /// Only what the papers state (`Seeds/documents.sql`): no row marked demo, no reporting cycle.
    case documents
    /// Nothing beyond the migrations' reference data (countries, regions, world cities).
    case none

    /// The script under `Seeds/`; nil for `.none`.
    public var fileName: String? {
        switch self {
        case .demo: "demo.sql"
        case .documents: "documents.sql"
        case .none: nil
        }
    }

    /// The secretariat's French and Spanish translations of the papers' texts (`Seeds/translations.sql`,
    /// issue 15), run after the script in the same transaction; nil for `.none`.
    public var translationsFileName: String? { self == .none ? nil : "translations.sql" }

    /// How the command line reports it.
    public var label: String {
        switch self {
        case .demo: "demo data"
        case .documents: "the documents' data (no demo rows)"
        case .none: "no data"
        }
    }
}
