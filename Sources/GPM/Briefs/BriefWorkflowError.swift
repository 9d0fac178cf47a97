import HTTP

/// Why the workflow refused a step. Routes turn it into a page (`httpError`); the stale and
/// incomplete cases carry what a form needs to re-render with the user's input kept.
public enum BriefWorkflowError: Error, Sendable, Equatable {
    /// No such brief.
    case notFound
    /// The user may not do this to this brief (another city's office, an office publishing, …).
    case forbidden
    /// The brief's status does not allow the step (publishing a draft, editing a submitted brief, …).
    case notAllowed(transition: BriefTransition?, status: BriefStatus)
    /// Someone saved the brief since the form was loaded: `current` is the version now stored.
    case stale(current: Int)
    /// The city already has a brief for that year.
    case duplicate(existingID: Int, year: Int)
    /// Required fields are empty; keys are field names (`title`, `summary`, `results`), values the message.
    case incomplete([String: String])
    /// A value is out of range (a rating of 7, an unknown action id, a year outside the cycle).
    case invalid(String)
    /// The office submitted version `number` after the reviewer opened the page: the decision was not saved.
    case newerSubmission(number: Int)
    /// `count` of the city's commitments are not confirmed (or updated) for the brief's cycle `year` yet.
    case unconfirmedCommitments(count: Int, year: Int)

    /// The status and message of the error page when a route does not handle the case itself.
    public var httpError: HTTPError {
        switch self {
        case .notFound: HTTPError(.notFound)
        case .forbidden: HTTPError(.forbidden, "Your account does not give access to this Mayor Brief.")
        case .notAllowed(let transition, let status):
            HTTPError(.conflict, transition.map { "A brief that is “\(status.label.lowercased())” cannot be \($0.pastParticiple)." }
                ?? "A brief that is “\(status.label.lowercased())” cannot be changed.")
        case .stale: HTTPError(.conflict, "Someone else saved this brief in the meantime. Reload it and try again.")
        case .duplicate(_, let year): HTTPError(.conflict, "This city already has a Mayor Brief for \(year).")
        case .incomplete(let fields):
            HTTPError(.unprocessableContent, "Fill in before submitting: " + fields.keys.sorted().joined(separator: ", ") + ".")
        case .invalid(let message): HTTPError(.unprocessableContent, message)
        case .newerSubmission(let number): HTTPError(.conflict, "The office submitted version \(number) in the meantime.")
        case .unconfirmedCommitments: HTTPError(.unprocessableContent, message)
        }
    }
}

extension BriefWorkflowError {
    /// The sentence a page shows for the error (the submit refusal links it to the commitments page).
    var message: String {
        switch self {
        case .unconfirmedCommitments(let count, let year):
            "Confirm your commitments first: \(count) of your city's commitments \(count == 1 ? "is" : "are") not confirmed or "
                + "updated for the \(year) cycle. Confirm each one (“No change” is one click) on the commitments page."
        default: httpError.message
        }
    }
}

extension BriefTransition {
    /// "submitted", "published", … for messages.
    var pastParticiple: String {
        switch self {
        case .submit: "submitted"
        case .requestChanges: "sent back for changes"
        case .publish: "published"
        case .withdraw: "withdrawn"
        case .delete: "deleted"
        }
    }
}
