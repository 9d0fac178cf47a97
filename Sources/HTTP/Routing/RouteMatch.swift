/// What routing decided from a request's head: the route (or why there is none), its path parameters and
/// its options. Matched once, on the I/O thread when the head arrives (the body limit and inline choice
/// depend on it), then carried with the request to the worker, which does not match again.
public struct RouteMatch: Sendable {
    enum Outcome: Sendable {
        case route(Router.Route)
        /// The path exists, not for this method: these are the methods it has.
        case methodNotAllowed([HTTPMethod])
        case notFound
    }

    let outcome: Outcome
    /// Values of the pattern's `:name` segments, as they appeared in the path (already percent-decoded).
    public let pathParameters: [String: String]
    /// The registered pattern (`/cities/:slug`), nil when nothing matched: a low-cardinality label for
    /// logs and metrics.
    public let pattern: String?
    /// The position of `pattern` in the router's `patterns` (nil when nothing matched): metrics count by it
    /// without hashing the pattern.
    public let patternIndex: Int?
    /// The first segment the router removed before matching (one of `Router.prefixes`: `fr` in
    /// `/fr/cities`), nil when the path had none. Matched once, so `/fr/fr/cities` is `/fr/cities` unprefixed.
    public var prefix: String? = nil
    /// The path as matched, without the prefix (`/cities`); nil when no prefix was removed.
    public var unprefixedPath: String? = nil

    /// Whether a route matched (false for 404 and 405: their handlers never read a body).
    public var isRoute: Bool { if case .route = outcome { true } else { false } }

    /// The options of the matched route; defaults when none matched.
    public var options: RouteOptions {
        if case .route(let route) = outcome { return route.options }
        return RouteOptions()
    }

    /// A head no router has seen (servers built with a bare handler).
    public static let unmatched = RouteMatch(outcome: .notFound, pathParameters: [:], pattern: nil, patternIndex: nil)
}

/// A route table that cannot be served as registered: two names for one parameter position (the second
/// would silently rename the first), or one method registered twice for one pattern.
public struct RouteConflict: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
}

extension RouteMatch {
    /// A match that only carries options, for tests of the connection state machine.
    init(options: RouteOptions) {
        self.init(
            outcome: .route(Router.Route(handler: { _ in .text("") }, options: options, pattern: "/", patternIndex: 0)),
            pathParameters: [:], pattern: "/", patternIndex: 0)
    }
}
