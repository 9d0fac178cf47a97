import HTTP

/// The reviewer's form exactly as sent (so a refused decision shows it again) and what is wrong with it.
/// Field names: `decision` (`publish` | `request_changes`), `comment`, and per criterion its raw value
/// (`evidence_of_results`, …) for the score and `<criterion>_comment`; `reviewing` is the version the
/// reviewer read, so a resubmission in between is not decided unseen.
struct ReviewForm: Sendable {
    static let commentLimit = 8_000

    var decision = ""
    var comment = ""
    var scores: [BriefCriterion: String] = [:]
    var criterionComments: [BriefCriterion: String] = [:]
    var reviewing: Int?
    /// Field id → message.
    var errors: [String: String] = [:]

    init() {}

    init(fields: FormFields) {
        decision = fields["decision"] ?? ""
        comment = fields["comment"] ?? ""
        for criterion in BriefCriterion.allCases {
            scores[criterion] = (fields[criterion.rawValue] ?? "").trimmingCharacters(in: .whitespaces)
            criterionComments[criterion] = fields[criterion.rawValue + "_comment"] ?? ""
        }
        reviewing = Int(fields["reviewing"] ?? "")
    }

    /// The transition asked for and the review to send with it, or nil with `errors` set. The rules are the
    /// workflow's (it checks them again): a comment to request changes, all three scores to publish.
    mutating func validated(_ messages: Messages) -> (BriefTransition, BriefReview)? {
        let transition: BriefTransition? = switch decision {
        case "publish": .publish
        case "request_changes": .requestChanges
        default: nil
        }
        if transition == nil { errors["decision"] = messages.t("Choose to approve and publish, or to request changes.") }
        let overall = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        if transition == .requestChanges, overall.isEmpty {
            errors["comment"] = messages.t("Say what the office should change: the comment is what the city reads.")
        } else if overall.count > Self.commentLimit {
            errors["comment"] = Self.tooLong(messages)
        }
        var ratings: [BriefCriterion: BriefReview.Rating] = [:]
        for criterion in BriefCriterion.allCases {
            let raw = scores[criterion] ?? ""
            let note = (criterionComments[criterion] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if note.count > Self.commentLimit { errors[criterion.rawValue + "_comment"] = Self.tooLong(messages) }
            if raw.isEmpty {
                if transition == .publish { errors[criterion.rawValue] = criterion.missingScore(messages) }
                continue
            }
            guard let score = Int(raw), (1...5).contains(score) else {
                errors[criterion.rawValue] = criterion.invalidScore(messages)
                continue
            }
            ratings[criterion] = BriefReview.Rating(score: score, comment: note)
        }
        guard errors.isEmpty, let transition else { return nil }
        return (transition, BriefReview(comment: overall, ratings: ratings))
    }

    /// A comment over the limit.
    static func tooLong(_ messages: Messages) -> String {
        messages.t("Keep the comment under {limit} characters.", ["limit": messages.number(commentLimit)])
    }

    static func scoreLabel(_ score: Int, _ messages: Messages) -> String {
        switch score {
        case 1: messages.t("1 — weak")
        case 3: messages.t("3 — adequate")
        case 5: messages.t("5 — exemplary")
        default: String(score)
        }
    }
}
