/// Maps method + path patterns to handlers. Patterns are segments: literals, `:name` parameters
/// and a final `*name` that captures the rest. Literal segments win over parameters.
/// HEAD is answered by GET routes; a path with routes but none for the method gets 405 with `Allow`.
///
/// ```swift
/// var router = Router()
/// router.get("/cities/:slug") { request in .html(render(request.pathParameters["slug"]!)) }
/// router.post("/upload", maxBodySize: 20 << 20) { request in ... }
/// router.use(AccessLog())
/// let server = Server(configuration: configuration, router: router)
/// ```
public struct Router: Sendable {
    struct Route: Sendable {
        let handler: Handler
        let options: RouteOptions
        let pattern: String
        /// The pattern's position in `patterns`.
        let patternIndex: Int
    }

    private var root = RouteNode()
    /// Every registered pattern once, in order of first registration: metrics pre-allocate one slot per
    /// pattern and find it by `RouteMatch.patternIndex`, with no lookup or allocation per request.
    public private(set) var patterns: [String] = []
    private var patternIndices: [String: Int] = [:]
    private var middlewares: [any Middleware] = []
    /// Registrations that clash; `Server.start()` refuses to serve while there are any.
    public private(set) var conflicts: [RouteConflict] = []

    /// Answers requests no route matches. Replace it to render the app's own 404 page.
    public var notFound: Handler = { _ in .text("Not Found\n", status: .notFound) }

    /// Answers a known path asked with a method it lacks; the `Allow` header is added afterwards.
    public var methodNotAllowed: @Sendable (Request, [HTTPMethod]) throws -> Response = { _, _ in
        .text("Method Not Allowed\n", status: .methodNotAllowed)
    }

    /// First path segments removed before matching and reported in `RouteMatch.prefix` (the application's
    /// language prefixes, `/fr/…`): the routes are registered once, without them.
    public var prefixes: Set<String> = [] {
        didSet { prefixLengths = Set(prefixes.map(\.utf8.count)) }
    }
    /// The lengths of `prefixes`: most paths' first segment has none of them, and is not hashed.
    private var prefixLengths: Set<Int> = []

    public init() {}

    /// Registers `handler` for `method` and `pattern`. `maxBodySize` overrides the server's body
    /// limit for this route; `runsInline` runs it on the I/O thread (never for blocking handlers).
    public mutating func add(
        _ method: HTTPMethod, _ pattern: String, maxBodySize: Int? = nil, runsInline: Bool = false,
        _ handler: @escaping Handler
    ) {
        let index = patternIndices[pattern] ?? patterns.count
        if index == patterns.count {
            patterns.append(pattern)
            patternIndices[pattern] = index
        }
        let route = Route(
            handler: handler, options: RouteOptions(maxBodySize: maxBodySize, runsInline: runsInline), pattern: pattern,
            patternIndex: index)
        if let conflict = root.insert(segments: RouteNode.segments(of: pattern)[...], method: method, route: route) {
            conflicts.append(conflict)
        }
    }

    public mutating func get(_ pattern: String, runsInline: Bool = false, _ handler: @escaping Handler) {
        add(.get, pattern, runsInline: runsInline, handler)
    }
    public mutating func post(_ pattern: String, maxBodySize: Int? = nil, _ handler: @escaping Handler) {
        add(.post, pattern, maxBodySize: maxBodySize, handler)
    }
    public mutating func put(_ pattern: String, maxBodySize: Int? = nil, _ handler: @escaping Handler) {
        add(.put, pattern, maxBodySize: maxBodySize, handler)
    }
    public mutating func patch(_ pattern: String, maxBodySize: Int? = nil, _ handler: @escaping Handler) {
        add(.patch, pattern, maxBodySize: maxBodySize, handler)
    }
    public mutating func delete(_ pattern: String, _ handler: @escaping Handler) { add(.delete, pattern, handler) }

    /// Appends a middleware; the first added is the outermost (sees the request first).
    public mutating func use(_ middleware: any Middleware) { middlewares.append(middleware) }

    /// The whole application as one handler: middlewares around routing.
    public func handler() -> Handler {
        let router = self
        return middlewares.wrapping { request in try router.route(request) }
    }

    /// Matches a head against the routes: done once per request, when its head arrives.
    public func match(_ head: RequestHead) -> RouteMatch {
        var segments = RouteNode.segments(of: head.path)[...]
        var prefix: String?
        if !prefixes.isEmpty, let first = segments.first, prefixLengths.contains(first.utf8.count), prefixes.contains(String(first)) {
            prefix = String(first)
            segments = segments.dropFirst()
        }
        var match = matchSegments(segments, method: head.method)
        if let prefix {
            match.prefix = prefix
            match.unprefixedPath = "/" + segments.joined(separator: "/")
        }
        return match
    }

    private func matchSegments(_ segments: ArraySlice<Substring>, method: HTTPMethod) -> RouteMatch {
        var parameters: [String: String] = [:]
        guard let node = root.match(segments, parameters: &parameters), !node.routes.isEmpty else {
            return .unmatched
        }
        guard let route = node.routes[method == .head ? .get : method] else {
            var allowed = Array(node.routes.keys)
            if node.routes[.get] != nil { allowed.append(.head) }
            allowed.sort { $0.rawValue < $1.rawValue }
            let any = node.routes.values.first
            return RouteMatch(
                outcome: .methodNotAllowed(allowed), pathParameters: [:], pattern: any?.pattern, patternIndex: any?.patternIndex)
        }
        return RouteMatch(outcome: .route(route), pathParameters: parameters, pattern: route.pattern, patternIndex: route.patternIndex)
    }

    /// The matcher the server runs on each head (`ServerConfiguration.matchRoute`).
    public func matcher() -> @Sendable (RequestHead) -> RouteMatch {
        let router = self
        return { head in router.match(head) }
    }

    private func route(_ request: Request) throws -> Response {
        // Requests from the server were matched at their head; hand-built ones (tests) are matched here.
        let match = request.routeMatch ?? self.match(request.head)
        switch match.outcome {
        case .notFound:
            return try notFound(request)
        case .methodNotAllowed(let allowed):
            var response = try methodNotAllowed(request, allowed)
            response.headers.replaceOrAdd("Allow", allowed.map(\.rawValue).joined(separator: ", "))
            return response
        case .route(let route):
            var request = request
            request.pathParameters = match.pathParameters
            return try route.handler(request)
        }
    }
}

/// A node of the routing tree: one path segment.
struct RouteNode: Sendable {
    var literals: [String: RouteNode] = [:]
    var parameter: (name: String, node: Box)?
    var wildcard: String?
    var wildcardRoutes: [HTTPMethod: Router.Route] = [:]
    var routes: [HTTPMethod: Router.Route] = [:]

    /// Indirection so the tree can nest a value of its own type.
    final class Box: Sendable {
        let node: RouteNode
        init(_ node: RouteNode) { self.node = node }
    }

    static func segments(of path: String) -> [Substring] { path.split(separator: "/") }

    /// Adds a route; returns the conflict instead when the registration clashes with an earlier one.
    mutating func insert(segments: ArraySlice<Substring>, method: HTTPMethod, route: Router.Route) -> RouteConflict? {
        guard let first = segments.first else {
            if let existing = routes[method] {
                return RouteConflict(description: "\(method.rawValue) \(route.pattern) is registered twice (first as \(existing.pattern))")
            }
            routes[method] = route
            return nil
        }
        if first.hasPrefix("*") {
            if let existing = wildcardRoutes[method] {
                return RouteConflict(description: "\(method.rawValue) \(route.pattern) is registered twice (first as \(existing.pattern))")
            }
            if let wildcard, wildcard != String(first.dropFirst()) {
                return RouteConflict(description: "\(route.pattern) names the wildcard '\(first.dropFirst())' where another route names it '\(wildcard)'")
            }
            wildcard = String(first.dropFirst())
            wildcardRoutes[method] = route
            return nil
        } else if first.hasPrefix(":") {
            let name = String(first.dropFirst())
            if let existing = parameter, existing.name != name {
                return RouteConflict(
                    description: "\(route.pattern) names the parameter ':\(name)' where another route names it ':\(existing.name)'")
            }
            var child = parameter?.node.node ?? RouteNode()
            let conflict = child.insert(segments: segments.dropFirst(), method: method, route: route)
            parameter = (name, Box(child))
            return conflict
        } else {
            return literals[String(first), default: RouteNode()].insert(segments: segments.dropFirst(), method: method, route: route)
        }
    }

    func match(_ segments: ArraySlice<Substring>, parameters: inout [String: String]) -> RouteNode? {
        guard let first = segments.first else {
            if routes.isEmpty, let wildcard, !wildcardRoutes.isEmpty {
                parameters[wildcard] = ""
                return RouteNode(routes: wildcardRoutes)
            }
            return self
        }
        if let child = literals[String(first)], let found = child.match(segments.dropFirst(), parameters: &parameters), !found.routes.isEmpty {
            return found
        }
        if let (name, box) = parameter {
            var attempt = parameters
            attempt[name] = String(first)
            if let found = box.node.match(segments.dropFirst(), parameters: &attempt), !found.routes.isEmpty {
                parameters = attempt
                return found
            }
        }
        if let wildcard, !wildcardRoutes.isEmpty {
            parameters[wildcard] = segments.joined(separator: "/")
            return RouteNode(routes: wildcardRoutes)
        }
        return nil
    }
}
