import HTTP

/// The platform's wording for the answers the server writes itself (a malformed address, a form too large,
/// a request that took too long, a full queue) and for the refusals made from a request's head: small HTML
/// pages with the site's name, its stylesheet and a link home. The server's own answers are in English (no
/// request to read a language from); the head's refusals follow the browser's `Accept-Language`
/// (`refusal(_:message:messages:)`). They are built on an I/O thread: no template, no database.
enum ServerErrorPages {
    /// The server's hook (`ServerConfiguration.errorPage`).
    static func hook(assetVersion: String) -> ServerErrorPage {
        ServerErrorPage { status in response(status, message: nil, assetVersion: assetVersion) }
    }

    /// A page for `status`; `message` replaces the status's usual sentence.
    static func response(_ status: HTTPStatus, message: String?, assetVersion: String) -> Response {
        let (heading, text) = wording(status)
        let html = ServerErrorPage.minimalPage(
            language: "en", title: "\(heading) — Global Parliament of Mayors", heading: heading, text: message ?? text,
            homeHref: Paths.home.href, homeText: "Go to the home page of the Global Parliament of Mayors",
            stylesheet: Paths.stylesheet.href + assetVersion)
        return .html(html, status: status)
    }

    /// A refusal decided from a request's head (`HeadAdmission`), `message` already in the language of
    /// `messages`: the heading, title and link home in that language too.
    static func refusal(_ status: HTTPStatus, message: String, messages: Messages) -> Response {
        let heading = status == .contentTooLarge ? messages.t("Too large") : messages.t("Not allowed")
        let html = ServerErrorPage.minimalPage(
            language: messages.language.rawValue, title: messages.t("{heading} — Global Parliament of Mayors", ["heading": heading]),
            heading: heading, text: message,
            homeHref: RequestLanguage.english.href(in: messages.language),  // the home page in that language: / or /fr/
            homeText: messages.t("Go to the home page of the Global Parliament of Mayors"),
            stylesheet: Paths.stylesheet.href)
        return .html(html, status: status)
    }

    static func wording(_ status: HTTPStatus) -> (heading: String, text: String) {
        switch status.code {
        case 400: ("Bad request", "The address or the form could not be understood. Check the address, or go back and try again.")
        case 403: ("Not allowed", "This request was refused.")
        case 408: ("The request took too long", "Nothing arrived for a while, so the request was stopped. Please try again.")
        case 413: ("Too large", "What was sent is larger than this page accepts. Nothing was saved.")
        case 414: ("Address too long", "The address is longer than this site accepts. Check the link you followed.")
        case 431: ("Request too large", "The request's headers are larger than this site accepts. Clearing this site's cookies may help.")
        case 503: ("Busy", "The site is busy right now. Please try again in a moment.")
        default: (status.reasonPhrase, "The request could not be answered (error \(status.code)).")
        }
    }
}
