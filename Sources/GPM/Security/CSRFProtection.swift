import Foundation
import HTTP

/// Refuses every state-changing request (POST, PUT, PATCH, DELETE) that does not prove it comes from one
/// of the platform's own forms: the Origin (or, lacking it, the Referer) must be the platform's base URL,
/// and the `_csrf` token must match (see `FormToken`). A refused request gets 403 and reaches no handler,
/// so nothing changes.
///
/// The token is read from the urlencoded field `_csrf`, from an `X-CSRF-Token` header, or, for
/// `multipart/form-data`, from a part named `_csrf` (put it first in the form). A request with neither
/// Origin nor Referer (not a browser) still needs the token.
///
/// One route is exempt: the one-click unsubscribe (`Paths.unsubscribe`, RFC 8058), which mail clients POST
/// without cookies or form token; the signed token in its URL authenticates it, and it can only turn off
/// one kind of email for one person.
struct CSRFProtection: Middleware {
    let baseURL: BaseURL
    /// The refusal's words, in the request's language (`RequestLanguage`, bound before this middleware runs).
    var localization = Localization.englishOnly

    /// The one pattern whose POST needs no form token.
    static let exemptPattern = Paths.unsubscribe.pattern.text

    func respond(to request: Request, next: Handler) throws -> Response {
        guard request.method.changesState else { return try next(request) }
        if request.method == .post, request.routeMatch?.pattern == Self.exemptPattern { return try next(request) }
        guard originIsOurs(request) else {
            throw HTTPError(.forbidden, localization.current.t("This form was sent from another site, so it was refused."))
        }
        guard let expected = FormToken.expected(for: request), let sent = Self.sentToken(request),
              TokenDigest.constantTimeEquals(expected, sent)
        else {
            throw HTTPError(
                .forbidden, localization.current.t("This form has expired or was not sent from this site. Go back, reload the page and try again."))
        }
        return try next(request)
    }

    private func originIsOurs(_ request: Request) -> Bool {
        let ours = Self.origin(of: baseURL.current)
        if let origin = request.headers["Origin"] {
            return origin != "null" && Self.origin(of: origin) == ours
        }
        if let referer = request.headers["Referer"] {
            return Self.origin(of: referer) == ours
        }
        return true
    }

    /// scheme://host[:port], lowercased, default ports dropped.
    static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              let host = components.host?.lowercased(), !host.isEmpty else { return nil }
        let port = components.port.flatMap { (scheme == "http" && $0 == 80) || (scheme == "https" && $0 == 443) ? nil : $0 }
        return "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "")
    }

    static func sentToken(_ request: Request) -> String? {
        if let header = request.headers["X-CSRF-Token"] { return header }
        let type = request.headers["Content-Type"]?.lowercased() ?? ""
        if type.hasPrefix("application/x-www-form-urlencoded") {
            return (try? request.formFields())?[FormToken.fieldName]
        }
        if type.hasPrefix("multipart/form-data") { return multipartToken(request.body) }
        return nil
    }

    /// The value of the part named `_csrf`: the bytes after its headers up to the next CRLF.
    private static func multipartToken(_ body: [UInt8]) -> String? {
        let marker = Array("name=\"\(FormToken.fieldName)\"".utf8)
        guard let start = body.firstRange(of: marker) else { return nil }
        let rest = body[start.upperBound...]
        guard let headersEnd = rest.firstRange(of: [13, 10, 13, 10]) else { return nil }
        let value = body[headersEnd.upperBound...].prefix(200)
        guard let end = value.firstRange(of: [13, 10]) else { return nil }
        return String(decoding: value[..<end.lowerBound], as: UTF8.self)
    }
}
