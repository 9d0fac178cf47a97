import HTTP

/// The platform's wording for the answers the server writes itself (a malformed address, a form too large,
/// a request that took too long, a full queue) and for the refusals made from a request's head
/// (`HeadAdmission`): small HTML pages with the site's name, its stylesheet and a link home, in the reader's
/// language as far as the request shows it (`language(target:acceptLanguage:)`). They are built on an I/O
/// thread, only when such an answer is written: no template, no database.
struct ServerErrorPages: Sendable {
    let localization: Localization
    /// The stylesheet's version query (`AssetVersion`).
    let assetVersion: String

    /// The server's hook (`ServerConfiguration.errorPage`): the language from what the server had read.
    var hook: ServerErrorPage {
        let pages = self
        return ServerErrorPage { status, request in
            pages.response(status, for: Reader(target: request.target, acceptLanguage: request.headers["Accept-Language"]))
        }
    }

    /// What a page is chosen from: the request target (unchecked: it may be the one that failed to parse) and
    /// the `Accept-Language` header.
    struct Reader: Sendable {
        var target: String?
        var acceptLanguage: String?

        /// The page's language: the target's prefix (`/fr/…`, `/es/…`) as on every public page, else the
        /// first of ours the reader's `Accept-Language` prefers, else English. A signed-in user's preference
        /// is not looked up: that would take a database read on an I/O thread, for a page that is rare.
        var language: Language { prefix ?? acceptLanguage.flatMap(Language.preferred(acceptLanguage:)) ?? .en }

        /// The language of the target's first path segment, when it is one of the prefixes; the target may be in
        /// absolute form (`http://host/fr/…`).
        var prefix: Language? {
            guard var path = target?[...] else { return nil }
            if path.first != "/", let scheme = path.range(of: "://") {
                path = path[scheme.upperBound...].drop { $0 != "/" }
            }
            guard path.first == "/" else { return nil }
            let segment = path.dropFirst().prefix { $0 != "/" && $0 != "?" }
            return Language(rawValue: String(segment)).flatMap { $0.pathSegment == nil ? nil : $0 }
        }
    }

    /// A page for `status` in the reader's language; `message`, when given, replaces the status's usual
    /// sentence (it is asked for in the page's language).
    func response(_ status: HTTPStatus, for reader: Reader, message: ((Messages) -> String)? = nil) -> Response {
        let language = reader.language
        let messages = localization.messages(language)
        let (heading, text) = Self.wording(status, messages)
        // The home page in the page's language (`/fr/`), written by the one function that prefixes links.
        let home = RequestLanguage.$current.withValue(
            RequestLanguage(language: language, scope: .public, basePath: "/", query: "", offer: nil)
        ) { Paths.home.href }
        let html = ServerErrorPage.minimalPage(
            language: language.rawValue, title: messages.t("{heading} — Global Parliament of Mayors", ["heading": heading]),
            heading: heading, text: message?(messages) ?? text,
            homeHref: home, homeText: messages.t("Go to the home page of the Global Parliament of Mayors"),
            stylesheet: Paths.stylesheet.href + assetVersion)
        var response = Response.html(html, status: status)
        response.headers.add("Content-Language", language.rawValue)
        if reader.prefix == nil { response.headers.add("Vary", "Accept-Language") }
        return response
    }

    static func wording(_ status: HTTPStatus, _ messages: Messages) -> (heading: String, text: String) {
        switch status.code {
        case 400: (messages.t("Bad request"),
                   messages.t("The address or the form could not be understood. Check the address, or go back and try again."))
        case 403: (messages.t("Not allowed"), messages.t("This request was refused."))
        case 408: (messages.t("The request took too long"),
                   messages.t("Nothing arrived for a while, so the request was stopped. Please try again."))
        case 413: (messages.t("Too large"), messages.t("What was sent is larger than this page accepts. Nothing was saved."))
        case 414: (messages.t("Address too long"), messages.t("The address is longer than this site accepts. Check the link you followed."))
        case 431: (messages.t("Request too large"),
                   messages.t("The request’s headers are larger than this site accepts. Clearing this site’s cookies may help."))
        case 501: (messages.t("Not implemented"), messages.t("This site cannot answer this kind of request."))
        case 503: (messages.t("Busy"), messages.t("The site is busy right now. Please try again in a moment."))
        case 505: (messages.t("HTTP version not supported"), messages.t("This site answers HTTP/1.0 and HTTP/1.1 only."))
        default: (status.reasonPhrase, messages.t("The request could not be answered (error {status}).", ["status": String(status.code)]))
        }
    }
}
