/// Turns thrown errors into responses. `HTTPError`s keep their status and message; anything else
/// becomes a 500 whose page says nothing about the cause (the error goes to `report` instead).
public struct ErrorPages: Middleware {
    private let render: @Sendable (HTTPError, Request) -> Response
    private let report: @Sendable (any Error, Request) -> Void

    /// `render` builds the page for a status (the app renders its own templates);
    /// `report` sees the original error of a 500, e.g. to log it.
    public init(
        render: @escaping @Sendable (HTTPError, Request) -> Response = ErrorPages.plainPage,
        report: @escaping @Sendable (any Error, Request) -> Void = { _, _ in }
    ) {
        self.render = render
        self.report = report
    }

    public func respond(to request: Request, next: Handler) throws -> Response {
        do {
            return try next(request)
        } catch let error as HTTPError {
            return render(error, request)
        } catch {
            report(error, request)
            return render(HTTPError(.internalServerError), request)
        }
    }

    /// A minimal HTML page with the status and the error's public message, escaped.
    @Sendable public static func plainPage(_ error: HTTPError, _ request: Request) -> Response {
        let title = "\(error.status.code) \(error.status.reasonPhrase)"
        let message = error.message.htmlEscaped
        return .html(
            "<!doctype html><html><head><title>\(title.htmlEscaped)</title></head>"
                + "<body><h1>\(title.htmlEscaped)</h1><p>\(message)</p></body></html>\n",
            status: error.status)
    }
}

extension String {
    /// The five-character HTML escape, enough for text and quoted attribute values.
    var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
