/// The three criteria of the good-practice label a reviewer rates (columns of `brief_reviews`).
public enum BriefCriterion: String, Sendable, CaseIterable {
    case evidenceOfResults = "evidence_of_results"
    case integratedApproach = "integrated_approach"
    case transferability

    public var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The criterion's name in the language of `messages`.
    func label(_ messages: Messages) -> String {
        switch self {
        case .evidenceOfResults: messages.t("Evidence of results")
        case .integratedApproach: messages.t("Integrated approach")
        case .transferability: messages.t("Transferability")
        }
    }
}

/// What a reviewer sends with a decision: an overall comment (what the office must change, or why it is
/// published) and, per criterion, a score 1–5 with a comment. Ratings may be left out when changes are
/// requested; `BriefService.publish` requires all three.
public struct BriefReview: Sendable, Equatable {
    public struct Rating: Sendable, Equatable {
        public var score: Int
        public var comment: String
        public init(score: Int, comment: String = "") {
            self.score = score
            self.comment = comment
        }
    }

    public var comment: String
    public var ratings: [BriefCriterion: Rating]

    public init(comment: String, ratings: [BriefCriterion: Rating] = [:]) {
        self.comment = comment
        self.ratings = ratings
    }

    /// Every criterion rated 1–5.
    var isFullyRated: Bool { BriefCriterion.allCases.allSatisfy { ratings[$0] != nil } }

    /// Messages for scores outside 1–5.
    var invalidScores: [String] { invalidScores(Localization.englishOnly.messages(.en)) }

    /// The same, in the language of `messages`.
    func invalidScores(_ messages: Messages) -> [String] {
        ratings.compactMap { criterion, rating in
            (1...5).contains(rating.score) ? nil : messages.t("{criterion} must be rated from 1 to 5.", ["criterion": criterion.label(messages)])
        }.sorted()
    }
}

/// A stored review: the decision taken on one submitted version.
public struct StoredBriefReview: Sendable, Equatable {
    public let id: Int
    public let briefID: Int
    public let versionNumber: Int
    public let reviewerID: Int?
    public let reviewerName: String
    /// `.changesRequested` or `.published`.
    public let decision: BriefStatus
    public let review: BriefReview
    public let createdAt: String
}
