/// The body of the answers the server writes itself, which never reach a handler: protocol errors
/// (400, 408, 413, 414, 431, 501, 505) and the 503 of a full queue. A browser may render them, so they are
/// HTML pages with a language, a title, a heading and a way back; an application supplies its own
/// (`ServerConfiguration.errorPage`) with its name and stylesheet, and may word it from what the server had
/// read of the request (`ServerErrorRequest`: its target and header fields, e.g. to choose a language).
/// Rendering runs on an I/O thread, and only when such an answer is written: it must be quick and must not
/// block; requests that parse cost it nothing.
public struct ServerErrorPage: Sendable {
    private let render: @Sendable (HTTPStatus, ServerErrorRequest) -> Response

    /// `render` builds the whole response for a status and what was read of the request; the server adds
    /// its own headers (`errorHeaders`, `Connection: close`).
    public init(_ render: @escaping @Sendable (HTTPStatus, ServerErrorRequest) -> Response) {
        self.render = render
    }

    /// A page that is the same whatever the request.
    public init(_ render: @escaping @Sendable (HTTPStatus) -> Response) {
        self.render = { status, _ in render(status) }
    }

    public func response(_ status: HTTPStatus, for request: ServerErrorRequest = .unknown) -> Response { render(status, request) }

    /// An English page naming the status, with a link to the site's root.
    public static let plain = ServerErrorPage { (status: HTTPStatus) in
        .html(minimalPage(
            language: "en", title: "\(status.code) \(status.reasonPhrase)", heading: status.reasonPhrase,
            text: "The server could not answer this request (error \(status.code)).", homeHref: "/", homeText: "Go to the home page"),
            status: status)
    }

    /// A complete, valid HTML document; every value is escaped. `stylesheet`, when given, is linked.
    public static func minimalPage(
        language: String, title: String, heading: String, text: String, homeHref: String, homeText: String, stylesheet: String? = nil
    ) -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"\(language.htmlEscaped)\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>\(title.htmlEscaped)</title>\n"
        if let stylesheet { page += "<link rel=\"stylesheet\" href=\"\(stylesheet.htmlEscaped)\">\n" }
        page += "</head>\n<body>\n<main class=\"wrap server-error\">\n<h1>\(heading.htmlEscaped)</h1>\n<p>\(text.htmlEscaped)</p>\n"
        page += "<p><a href=\"\(homeHref.htmlEscaped)\">\(homeText.htmlEscaped)</a></p>\n</main>\n</body>\n</html>\n"
        return page
    }
}
