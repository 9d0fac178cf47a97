import Foundation
import HTTP
import Mustache

/// The platform's own error pages: what a visitor sees for a 404, a refused request or a failure.
/// A 500's page reveals nothing of the cause; the cause goes to stderr.
struct ErrorPageRenderer: Sendable {
    let pages: PageRenderer

    /// The middleware that catches handler errors and renders them with these pages.
    var middleware: ErrorPages {
        let renderer = self
        return ErrorPages(
            render: { error, request in renderer.page(status: error.status, message: error.message, request: request) },
            report: { error, request in
                FileHandle.standardError.write(Data("error: \(request.method) \(request.target): \(error)\n".utf8))
            })
    }

    func page(status: HTTPStatus, message: String?, request: Request) -> Response {
        let (heading, text) = Self.wording(status, message, pages.localization.current)
        let view = ErrorPage(status: status.code, heading: heading, text: text)
        do {
            return try pages.page("pages/error", path: request.path, view, status: status)
        } catch {
            // The error page itself failed (a broken template, a failed session lookup): say so on stderr
            // and answer in plain text rather than not at all.
            FileHandle.standardError.write(Data("error: rendering the \(status.code) page for \(request.target): \(error)\n".utf8))
            return .text("\(status.code) \(heading)\n", status: status)
        }
    }

    /// The heading and text in the request's language; a handler's own message (already written for the
    /// reader, or English where a refusal has not been translated yet) replaces the default text. An `HTTPError`
    /// thrown without a message carries the English reason phrase ("Not Found"): that is no message of the
    /// handler's, so the page's own text in the reader's language stands.
    private static func wording(_ status: HTTPStatus, _ message: String?, _ messages: Messages) -> (String, String) {
        let message = message.flatMap { $0.isEmpty || $0 == status.reasonPhrase ? nil : $0 }
        switch status.code {
        case 404:
            return (messages.t("Page not found"),
                    message ?? messages.t("There is no page at this address. It may have moved, or the link may be mistyped."))
        case 400: return (messages.t("Bad request"), message ?? messages.t("The request could not be understood."))
        case 403: return (messages.t("Not allowed"), message ?? messages.t("You do not have access to this page."))
        case 405: return (messages.t("Method not allowed"), message ?? messages.t("This address does not accept that kind of request."))
        case 413: return (messages.t("Too large"), message ?? messages.t("What was sent is larger than this page accepts."))
        case 500..<600: return (messages.t("Something went wrong"), messages.t("The page could not be shown. Please try again later."))
        default: return (status.reasonPhrase, message ?? "")
        }
    }
}

/// The view model of `pages/error.html`.
struct ErrorPage: Encodable {
    let status: Int
    let heading: String
    let text: String
}
