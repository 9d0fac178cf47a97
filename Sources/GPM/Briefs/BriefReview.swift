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

    /// The question the reviewer answers with the score, in the language of `messages`.
    func hint(_ messages: Messages) -> String {
        switch self {
        case .evidenceOfResults: messages.t("Are the results measured, with figures and sources?")
        case .integratedApproach: messages.t("Does the programme join up departments, partners and policy areas?")
        case .transferability: messages.t("Could another city adopt it, and does the brief say how?")
        }
    }

    /// Publishing needs this criterion's score: the message beside its empty rating.
    func missingScore(_ messages: Messages) -> String {
        switch self {
        case .evidenceOfResults: messages.t("Rate evidence of results from 1 to 5 before publishing.")
        case .integratedApproach: messages.t("Rate integrated approach from 1 to 5 before publishing.")
        case .transferability: messages.t("Rate transferability from 1 to 5 before publishing.")
        }
    }

    /// A score outside 1–5: the message beside the rating.
    func invalidScore(_ messages: Messages) -> String {
        switch self {
        case .evidenceOfResults: messages.t("Evidence of results is rated from 1 to 5.")
        case .integratedApproach: messages.t("Integrated approach is rated from 1 to 5.")
        case .transferability: messages.t("Transferability is rated from 1 to 5.")
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

    /// Messages for scores outside 1–5, in the language of `messages`: one whole sentence per criterion.
    func invalidScores(_ messages: Messages) -> [String] {
        ratings.compactMap { criterion, rating in
            (1...5).contains(rating.score) ? nil : criterion.invalidScore(messages)
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
