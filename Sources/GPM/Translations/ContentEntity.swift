/// The kinds of record whose text the secretariat may translate (`content_translations.entity`, the
/// audit log's entity names), and the columns of each that take a translation.
enum ContentEntity: String, Sendable, CaseIterable {
    case convening, session, principle, action, theme, network
    case caseStudy = "case_study"

    /// The translatable columns, as the registry form offers them.
    var fields: [String] {
        switch self {
        case .convening: ["title", "description"]
        case .session: ["title", "subtitle", "summary", "note"]
        case .principle: ["text"]
        case .action: ["title", "short_title", "text"]
        case .theme: ["name", "description"]
        case .network: ["description", "members_note"]
        case .caseStudy: ["title", "summary", "description"]
        }
    }
}
