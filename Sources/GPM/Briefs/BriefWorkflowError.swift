import HTTP

/// Why the workflow refused a step. Routes turn it into a page (`httpError(_:)`) in the reader's language;
/// the stale and incomplete cases carry what a form needs to re-render with the user's input kept.
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
    /// Required fields are empty or too long; keys are field names (`title`, `summary`, `results`), values
    /// the message, already written in the language of the `BriefService` that refused (`speaking(_:)`).
    case incomplete([String: String])
    /// A value is out of range (a rating of 7, an unknown action id, a year outside the cycle); the message
    /// is written like `incomplete`'s.
    case invalid(String)
    /// The office submitted version `number` after the reviewer opened the page: the decision was not saved.
    case newerSubmission(number: Int)
    /// `count` of the city's commitments are not confirmed (or updated) for the brief's cycle `year` yet.
    case unconfirmedCommitments(count: Int, year: Int)

    /// The status of the page that refuses the step.
    var status: HTTPStatus {
        switch self {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .notAllowed, .stale, .duplicate, .newerSubmission: .conflict
        case .incomplete, .invalid, .unconfirmedCommitments: .unprocessableContent
        }
    }

    /// The sentence a page shows for the refusal, in the language of `messages` (the submit refusal for
    /// unconfirmed commitments is linked to the commitments page by the office's page).
    func message(_ messages: Messages) -> String {
        switch self {
        case .notFound:
            messages.t("There is no page at this address. It may have moved, or the link may be mistyped.")
        case .forbidden:
            messages.t("Your account does not give access to this Mayor Brief.")
        case .notAllowed(nil, let status):
            messages.t("A brief that is “{status}” cannot be changed.", ["status": status.label(messages).lowercased()])
        case .notAllowed(.submit?, let status):
            messages.t("A brief that is “{status}” cannot be submitted.", ["status": status.label(messages).lowercased()])
        case .notAllowed(.requestChanges?, let status):
            messages.t("A brief that is “{status}” cannot be sent back for changes.", ["status": status.label(messages).lowercased()])
        case .notAllowed(.publish?, let status):
            messages.t("A brief that is “{status}” cannot be published.", ["status": status.label(messages).lowercased()])
        case .notAllowed(.withdraw?, let status):
            messages.t("A brief that is “{status}” cannot be withdrawn.", ["status": status.label(messages).lowercased()])
        case .notAllowed(.delete?, let status):
            messages.t("A brief that is “{status}” cannot be deleted.", ["status": status.label(messages).lowercased()])
        case .stale:
            messages.t("Someone else saved this brief in the meantime. Reload it and try again.")
        case .duplicate(_, let year):
            messages.t("This city already has a Mayor Brief for {year}.", ["year": String(year)])
        case .incomplete(let fields):
            // Each field's own sentence, in the form's order of keys: written by the workflow for the reader.
            fields.sorted { $0.key < $1.key }.map(\.value).joined(separator: " ")
        case .invalid(let message):
            message
        case .newerSubmission(let number):
            messages.t("The office submitted version {number} in the meantime.", ["number": messages.number(number)])
        case .unconfirmedCommitments(let count, let year):
            messages.tn(
                "Confirm your commitments first: {count} of your city's commitments is not confirmed or updated for the {year} cycle. Confirm each one (“No change” is one click) on the commitments page.",
                "Confirm your commitments first: {count} of your city's commitments are not confirmed or updated for the {year} cycle. Confirm each one (“No change” is one click) on the commitments page.",
                count: count, ["year": String(year)])
        }
    }

    /// The error page for a route that does not handle the case itself, in the language of `messages`.
    func httpError(_ messages: Messages) -> HTTPError {
        if case .notFound = self { return HTTPError(.notFound) }
        return HTTPError(status, message(messages))
    }
}
