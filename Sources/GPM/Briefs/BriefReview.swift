/// The three criteria of the good-practice label a reviewer rates (columns of `brief_reviews`).
public enum BriefCriterion: String, Sendable, CaseIterable {
    case evidenceOfResults = "evidence_of_results"
    case integratedApproach = "integrated_approach"
    case transferability

    public var label: String {
        switch self {
        case .evidenceOfResults: "Evidence of results"
        case .integratedApproach: "Integrated approach"
        case .transferability: "Transferability"
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
    var invalidScores: [String] {
        ratings.compactMap { criterion, rating in
            (1...5).contains(rating.score) ? nil : "\(criterion.label) must be rated from 1 to 5."
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
