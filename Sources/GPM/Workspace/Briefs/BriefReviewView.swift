/// A reviewer's decision on a brief, with their comment and ratings, as the office reads it.
struct BriefReviewView: Encodable {
    struct Rating: Encodable {
        let label: String
        let score: Int
        let comment: String
        let hasComment: Bool
    }

    /// "Published" or "Changes requested".
    let decision: String
    let paragraphs: [String]
    let reviewer: String
    let at: String
    /// The version of the brief the decision was about.
    let version: Int
    let ratings: [Rating]
    let hasRatings: Bool

    init(_ review: StoredBriefReview, messages: Messages) {
        decision = review.decision.label(messages)
        paragraphs = Formatting.paragraphs(review.review.comment)
        reviewer = review.reviewerName
        at = Formatting.date(review.createdAt)
        version = review.versionNumber
        ratings = BriefCriterion.allCases.compactMap { criterion in
            review.review.ratings[criterion].map { rating in
                Rating(label: criterion.label(messages), score: rating.score, comment: rating.comment, hasComment: !rating.comment.isEmpty)
            }
        }
        hasRatings = !review.review.ratings.isEmpty
    }
}
