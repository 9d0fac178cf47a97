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
    }

    private var root = RouteNode()
    private var middlewares: [any Middleware] = []

    /// Answers requests no route matches. Replace it to render the app's own 404 page.
    public var notFound: Handler = { _ in .text("Not Found\n", status: .notFound) }

    /// Answers a known path asked with a method it lacks; the `Allow` header is added afterwards.
    public var methodNotAllowed: @Sendable (Request, [HTTPMethod]) throws -> Response = { _, _ in
        .text("Method Not Allowed\n", status: .methodNotAllowed)
    }

    public init() {}

    /// Registers `handler` for `method` and `pattern`. `maxBodySize` overrides the server's body
    /// limit for this route; `runsInline` runs it on the I/O thread (never for blocking handlers).
    public mutating func add(
        _ method: HTTPMethod, _ pattern: String, maxBodySize: Int? = nil, runsInline: Bool = false,
        _ handler: @escaping Handler
    ) {
        root.insert(segments: RouteNode.segments(of: pattern)[...], method: method,
                    route: Route(handler: handler, options: RouteOptions(maxBodySize: maxBodySize, runsInline: runsInline)))
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

    /// What the server should know from a head before reading the body.
    public func routeOptionsLookup() -> @Sendable (RequestHead) -> RouteOptions {
        let root = self.root
        return { head in
            let method = head.method == .head ? .get : head.method
            var parameters: [String: String] = [:]
            let segments = RouteNode.segments(of: head.path)
            return root.match(segments[...], parameters: &parameters)?.routes[method]?.options ?? RouteOptions()
        }
    }

    private func route(_ request: Request) throws -> Response {
        var parameters: [String: String] = [:]
        guard let node = root.match(RouteNode.segments(of: request.path)[...], parameters: &parameters), !node.routes.isEmpty else {
            return try notFound(request)
        }
        let method = request.method == .head ? .get : request.method
        guard let route = node.routes[method] else {
            var allowed = Array(node.routes.keys)
            if node.routes[.get] != nil { allowed.append(.head) }
            allowed.sort { $0.rawValue < $1.rawValue }
            var response = try methodNotAllowed(request, allowed)
            response.headers.replaceOrAdd("Allow", allowed.map(\.rawValue).joined(separator: ", "))
            return response
        }
        var request = request
        request.pathParameters = parameters
        return try route.handler(request)
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

    mutating func insert(segments: ArraySlice<Substring>, method: HTTPMethod, route: Router.Route) {
        guard let first = segments.first else {
            routes[method] = route
            return
        }
        if first.hasPrefix("*") {
            wildcard = String(first.dropFirst())
            wildcardRoutes[method] = route
        } else if first.hasPrefix(":") {
            var child = parameter?.node.node ?? RouteNode()
            child.insert(segments: segments.dropFirst(), method: method, route: route)
            parameter = (String(first.dropFirst()), Box(child))
        } else {
            literals[String(first), default: RouteNode()].insert(segments: segments.dropFirst(), method: method, route: route)
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
