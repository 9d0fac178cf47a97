/// Whether a city filed its brief for a cycle, and when (one of the two things the compliance page shows).
enum Timeliness: String, Sendable, CaseIterable {
    case notStarted = "not_started"
    case draft
    case onTime = "on_time"
    case late
    /// The office declared that it files no brief this year, with a reason.
    case noBrief = "no_brief"

    var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The label in the language of `messages`.
    func label(_ messages: Messages) -> String {
        switch self {
        case .notStarted: messages.t("Not started")
        case .draft: messages.t("Draft", context: "timeliness")
        case .onTime: messages.t("Submitted on time")
        case .late: messages.t("Submitted late")
        case .noBrief: messages.t("No brief this year")
        }
    }

    var badge: String {
        switch self {
        case .notStarted: "bad"
        case .draft: "warn"
        case .onTime: "ok"
        case .late: "warn"
        case .noBrief: "muted"
        }
    }

    /// Not (yet) submitted and not declared: the city still owes a brief.
    var isOutstanding: Bool { self == .notStarted || self == .draft }
}

/// Where the secretariat's review of the city's brief stands (the other thing the compliance page shows),
/// read from the brief's status.
enum ReviewState: String, Sendable, CaseIterable {
    case none
    case inReview = "in_review"
    case changesRequested = "changes_requested"
    case published
    case withdrawn

    var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The label in the language of `messages`.
    func label(_ messages: Messages) -> String {
        switch self {
        case .none: messages.t("None", context: "review state")
        case .inReview: messages.t("In review")
        case .changesRequested: messages.t("Changes requested")
        case .published: messages.t("Published", context: "review state")
        case .withdrawn: messages.t("Withdrawn", context: "review state")
        }
    }

    /// The review state of a brief in `status` (no brief, or a draft never sent: none).
    init(_ status: BriefStatus?) {
        switch status {
        case nil, .draft?: self = .none
        case .submitted?: self = .inReview
        case .changesRequested?: self = .changesRequested
        case .published?: self = .published
        case .withdrawn?: self = .withdrawn
        }
    }
}

/// One expected city in one cycle: who it is, its brief (if any), and the two answers.
struct ComplianceRow: Sendable, Equatable {
    let cityID: Int
    let cityName: String
    let citySlug: String
    let countryCode: String
    let regionSlug: String
    let regionName: String
    let briefID: Int?
    let briefTitle: String?
    /// The first submission's instant, when the brief was ever submitted.
    let firstSubmittedAt: String?
    let timeliness: Timeliness
    let review: ReviewState
    /// The office's reason, when it declared no brief this year.
    let noBriefReason: String?
    /// The language the brief is written in (`mayor_briefs.language`), which its title carries.
    var briefLanguage: String? = nil
}

/// The rows' counts by timeliness and review state: what the dashboard shows, from the same rows.
struct ComplianceCounts: Sendable, Equatable {
    let expected: Int
    let byTimeliness: [Timeliness: Int]
    let byReview: [ReviewState: Int]

    init(_ rows: [ComplianceRow]) {
        expected = rows.count
        byTimeliness = Dictionary(grouping: rows, by: \.timeliness).mapValues(\.count)
        byReview = Dictionary(grouping: rows, by: \.review).mapValues(\.count)
    }

    func count(_ timeliness: Timeliness) -> Int { byTimeliness[timeliness] ?? 0 }
    func count(_ review: ReviewState) -> Int { byReview[review] ?? 0 }
    /// Cities that still owe a brief (not started or a draft).
    var outstanding: Int { count(.notStarted) + count(.draft) }
}
