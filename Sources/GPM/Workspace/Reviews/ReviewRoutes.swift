import HTTP

/// `/workspace/reviews`: the secretariat's review of Mayor Briefs — the queue by due date, one brief's
/// review page (as submitted, what changed, earlier reviews, the decision form) and withdrawal of a
/// published brief. Pages read through `ReviewService`; every change goes through `BriefService`, which
/// writes the review, the audit entry and the office's notifications in the same transaction.
enum ReviewRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let reviews = ReviewService(database: app.database, clock: app.clock)
        let briefs = BriefService(database: app.database, clock: app.clock)

        routes.get(Paths.reviews) { request in
            let signedIn = try app.require(.reviewBriefs, request)
            let page = ReviewQueuePage(try reviews.queue(), messages: app.messages)
            return try app.pages.page("pages/workspace/reviews/index", path: Paths.reviews.href, page, user: signedIn)
        }

        routes.get(Paths.review) { request, id in
            let signedIn = try app.require(.reviewBriefs, request)
            let messages = app.messages
            let done: String? = switch request.query["decided"] {
            case "publish"?: messages.t("Approved and published. The brief is on the public best practices now; the office was notified.")
            case "request_changes"?: messages.t("Changes requested. The office was notified and sees your comments in its workspace.")
            case "withdraw"?: messages.t("Withdrawn. The brief is no longer on the public pages; the office was notified.")
            default: nil
            }
            return try page(app, reviews, signedIn, id, form: ReviewForm(), status: .ok, done: done)
        }

        routes.post(Paths.review) { request, id in
            let signedIn = try app.require(.reviewBriefs, request)
            var form = ReviewForm(fields: try request.formFields())
            guard let (transition, review) = form.validated(app.messages) else {
                return try page(app, reviews, signedIn, id, form: form, status: .unprocessableContent)
            }
            do {
                // The reviewer decides on the version they read: a resubmission since then is shown first.
                try briefs.speaking(app.messages).decide(briefID: id, transition: transition, review: review, reviewing: form.reviewing, by: signedIn.user)
            } catch let error as BriefWorkflowError {
                switch error {
                case .newerSubmission(let number):
                    let text = app.messages.t(
                        "The office submitted version {number} while you were reviewing: read what changed below, then decide again.",
                        ["number": String(number)])
                    return try page(app, reviews, signedIn, id, form: form, status: .conflict, conflict: text)
                case .notAllowed(_, let status):
                    let text = app.messages.t(
                        "Your decision was not saved: this brief is no longer awaiting review. It is now “{status}” — see the latest decision below.",
                        ["status": status.label(app.messages)])
                    return try page(app, reviews, signedIn, id, form: form, status: .conflict, conflict: text)
                case .incomplete(let fields):
                    form.errors.merge(fields.mapKeys { $0 == "ratings" ? BriefCriterion.evidenceOfResults.rawValue : $0 }) { old, _ in old }
                    return try page(app, reviews, signedIn, id, form: form, status: .unprocessableContent)
                case .invalid(let message):
                    form.errors["decision"] = message
                    return try page(app, reviews, signedIn, id, form: form, status: .unprocessableContent)
                default:
                    throw error.httpError(app.messages)
                }
            }
            return .redirect(to: Paths.review.href(id, QueryString([("decided", transition.rawValue)])))
        }

        routes.get(Paths.reviewWithdraw) { request, id in
            let signedIn = try app.require(.reviewBriefs, request)
            return try withdrawPage(app, reviews, signedIn, id, reason: "", error: nil)
        }

        routes.post(Paths.reviewWithdraw) { request, id in
            let signedIn = try app.require(.reviewBriefs, request)
            let reason = (try request.formFields()["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty, reason.count <= ReviewForm.commentLimit else {
                let message = reason.isEmpty ? app.messages.t("Say why the brief is withdrawn: the office reads the reason.")
                    : app.messages.t("Keep the reason under {limit} characters.", ["limit": app.messages.number(ReviewForm.commentLimit)])
                return try withdrawPage(app, reviews, signedIn, id, reason: reason, error: message, status: .unprocessableContent)
            }
            do {
                try briefs.speaking(app.messages).withdraw(briefID: id, reason: reason, by: signedIn.user)
            } catch BriefWorkflowError.notAllowed {
                return try withdrawPage(app, reviews, signedIn, id, reason: reason, error: nil, status: .conflict)
            } catch let error as BriefWorkflowError {
                throw error.httpError(app.messages)
            }
            return .redirect(to: Paths.review.href(id, QueryString([("decided", "withdraw")])))
        }
    }

    private static func page(
        _ app: AppContext, _ reviews: ReviewService, _ signedIn: SignedIn, _ id: Int, form: ReviewForm, status: HTTPStatus,
        done: String? = nil, conflict: String? = nil
    ) throws -> Response {
        let data = try workflowErrorsAsPages(app) { try reviews.page(briefID: id, for: signedIn.user, language: app.messages.language) }
        let page = ReviewPage(data, form: form, done: done, conflict: conflict, messages: app.messages)
        return try app.pages.page("pages/workspace/reviews/show", path: Paths.review.href(id), page, status: status, user: signedIn)
    }

    private static func withdrawPage(
        _ app: AppContext, _ reviews: ReviewService, _ signedIn: SignedIn, _ id: Int, reason: String, error: String?,
        status: HTTPStatus = .ok
    ) throws -> Response {
        let (item, today) = try workflowErrorsAsPages(app) { try reviews.withdrawal(briefID: id, for: signedIn.user) }
        let page = ReviewWithdrawPage(item, today: today, reason: reason, error: error, messages: app.messages)
        return try app.pages.page(
            "pages/workspace/reviews/withdraw", path: Paths.reviewWithdraw.href(id), page, status: status, user: signedIn)
    }

    /// Runs `body`, turning the workflow's refusals into their error pages (404, 403, 409, 422).
    private static func workflowErrorsAsPages<T>(_ app: AppContext, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as BriefWorkflowError { throw error.httpError(app.messages) }
    }
}

extension Dictionary {
    fileprivate func mapKeys(_ transform: (Key) -> Key) -> [Key: Value] {
        Dictionary(map { (transform($0.key), $0.value) }) { first, _ in first }
    }
}
