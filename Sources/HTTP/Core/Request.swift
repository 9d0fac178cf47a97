/// The protocol version of a request; only 1.0 and 1.1 get this far (others are answered 505).
public struct HTTPVersion: Hashable, Sendable, CustomStringConvertible {
    public let major: Int
    public let minor: Int
    public static let http1_0 = HTTPVersion(major: 1, minor: 0)
    public static let http1_1 = HTTPVersion(major: 1, minor: 1)
    public var description: String { "HTTP/\(major).\(minor)" }
}

/// A request head as the parser produced it, before the body is read. Routing decisions that must
/// precede the body (its size limit, where the handler runs) are taken on this.
public struct RequestHead: Sendable {
    public var method: HTTPMethod
    /// The request target exactly as sent (`/cities?page=2`).
    public var target: String
    /// The percent-decoded path, without the query.
    public var path: String
    public var query: FormFields
    public var version: HTTPVersion
    public var headers: HTTPHeaders
}

/// A complete HTTP request handed to a handler: head, whole body, and what routing added.
public struct Request: Sendable {
    public var head: RequestHead
    /// The body bytes (empty when there is none); at most the route's body limit.
    public var body: [UInt8]
    /// Values of `:name` segments of the matched route pattern.
    public var pathParameters: [String: String] = [:]
    /// The route matched when the head arrived (nil for requests built by hand).
    public var routeMatch: RouteMatch?
    /// The socket peer's IP address, e.g. `127.0.0.1`: behind a reverse proxy, the proxy's.
    public var remoteAddress: String
    /// The real client's IP address: from the forwarding headers when the peer is a trusted proxy
    /// (`ServerConfiguration.trustedProxies`), else `remoteAddress`. Resolved once, at the head.
    public var clientAddress: String
    /// The scheme the client used: from the forwarding headers when the peer is a trusted proxy, else `.http`
    /// (the server itself speaks no TLS).
    public var scheme: Scheme

    public init(head: RequestHead, body: [UInt8] = [], remoteAddress: String = "", clientAddress: String? = nil, scheme: Scheme = .http) {
        self.head = head
        self.body = body
        self.remoteAddress = remoteAddress
        self.clientAddress = clientAddress ?? remoteAddress
        self.scheme = scheme
    }

    /// A request built by hand, for tests of handlers and middleware.
    public init(method: HTTPMethod, target: String, headers: HTTPHeaders = [:], body: [UInt8] = []) throws {
        let (path, query) = try HeadParser.splitTarget(Array(target.utf8))
        self.init(
            head: RequestHead(method: method, target: target, path: path, query: query, version: .http1_1, headers: headers),
            body: body)
    }

    public var method: HTTPMethod { head.method }
    public var target: String { head.target }
    public var path: String { head.path }
    public var query: FormFields { head.query }
    public var headers: HTTPHeaders { head.headers }
    public var version: HTTPVersion { head.version }

    /// Cookies sent by the client, name → value.
    public var cookies: [String: String] { Cookie.parse(headers.values(for: "Cookie")) }

    /// The body decoded as `application/x-www-form-urlencoded`.
    /// Throws `HTTPError(415)` for another content type and `HTTPError(400)` for bad encoding.
    public func formFields() throws -> FormFields {
        let type = headers["Content-Type"].map { $0.split(separator: ";").first.map { $0.trimmingOWS().lowercasedASCII() } ?? "" }
        guard type == "application/x-www-form-urlencoded" else {
            throw HTTPError(.unsupportedMediaType, "Expected a form submission.")
        }
        return try FormFields(urlEncoded: body)
    }

    /// The body as UTF-8 text (invalid sequences repaired).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
