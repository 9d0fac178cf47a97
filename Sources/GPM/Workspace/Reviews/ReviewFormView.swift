import Foundation

/// The decision form of the review page (`form` in `pages/workspace/reviews/show`): the criteria with
/// their 1–5 choices (the sent one selected), the comments as sent and each field's error.
struct ReviewFormView: Encodable {
    /// One criterion: its rating and its comment.
    struct Criterion: Encodable {
        struct Score: Encodable {
            let value: Int
            let label: String
            let selected: Bool
        }

        /// The field name of the rating (`<key>_comment` is its comment's).
        let key: String
        let label: String
        let hint: String
        let comment: String
        let scores: [Score]
        /// The rating's error; nil when it has none.
        let error: String?
        /// The comment's error; nil when it has none.
        let commentError: String?
    }

    /// A line of the error summary, linking to its field.
    struct ErrorLink: Encodable {
        let field: String
        let message: String
    }

    let criteria: [Criterion]
    /// The overall comment as sent.
    let comment: String
    /// The overall comment when one was sent, to show it again when the brief can no longer be decided; nil when blank.
    let keptComment: String?
    let commentError: String?
    let decisionError: String?

    init(_ form: ReviewForm, messages: Messages) {
        criteria = BriefCriterion.allCases.map { criterion in
            let key = criterion.rawValue
            return Criterion(
                key: key, label: criterion.label(messages), hint: criterion.hint(messages),
                comment: form.criterionComments[criterion] ?? "",
                scores: (1...5).map { score in
                    Criterion.Score(value: score, label: ReviewForm.scoreLabel(score, messages), selected: form.scores[criterion] == String(score))
                },
                error: form.errors[key], commentError: form.errors[key + "_comment"])
        }
        comment = form.comment
        keptComment = form.comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : form.comment
        commentError = form.errors["comment"]
        decisionError = form.errors["decision"]
    }

    /// The summary at the top of a refused form, in the order of the fields.
    static func errorList(_ form: ReviewForm) -> [ErrorLink] {
        // Top to bottom: the criteria, the overall comment, then the decision buttons' message.
        let order = BriefCriterion.allCases.flatMap { [$0.rawValue, $0.rawValue + "_comment"] } + ["comment", "decision"]
        return order.compactMap { key in form.errors[key].map { ErrorLink(field: key, message: $0) } }
    }
}
