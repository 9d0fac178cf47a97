import HTTP

/// Where features register their routes, by typed `Path`: the router gets the pattern, the handler gets
/// its parameters already parsed (a segment that does not parse answers 404 without running it), and the
/// page cache learns which query parameters each page reads.
struct RouteTable {
    var router = Router()
    /// Pattern → the query parameters its page declared (for `PageCacheKey`).
    private(set) var queryParameters: [String: [String]] = [:]

    private mutating func declare(_ pattern: PathPattern) {
        if let query = pattern.query { queryParameters[pattern.text] = query }
    }

    // MARK: No parameter

    mutating func get(_ path: Path, runsInline: Bool = false, _ handler: @escaping @Sendable (Request) throws -> Response) {
        declare(path.pattern)
        router.add(.get, path.pattern.text, runsInline: runsInline, handler)
    }

    mutating func post(_ path: Path, maxBodySize: Int? = nil, _ handler: @escaping @Sendable (Request) throws -> Response) {
        router.add(.post, path.pattern.text, maxBodySize: maxBodySize, handler)
    }

    // MARK: One parameter

    mutating func get<A>(_ path: Path1<A>, _ handler: @escaping @Sendable (Request, A) throws -> Response) {
        declare(path.pattern)
        let pattern = path.pattern
        router.add(.get, pattern.text) { request in try handler(request, try Self.parameter(request, pattern, 0)) }
    }

    mutating func post<A>(_ path: Path1<A>, maxBodySize: Int? = nil, _ handler: @escaping @Sendable (Request, A) throws -> Response) {
        let pattern = path.pattern
        router.add(.post, pattern.text, maxBodySize: maxBodySize) { request in
            try handler(request, try Self.parameter(request, pattern, 0))
        }
    }

    // MARK: Two parameters

    mutating func get<A, B>(_ path: Path2<A, B>, _ handler: @escaping @Sendable (Request, A, B) throws -> Response) {
        declare(path.pattern)
        let pattern = path.pattern
        router.add(.get, pattern.text) { request in
            try handler(request, try Self.parameter(request, pattern, 0), try Self.parameter(request, pattern, 1))
        }
    }

    mutating func post<A, B>(
        _ path: Path2<A, B>, maxBodySize: Int? = nil, _ handler: @escaping @Sendable (Request, A, B) throws -> Response
    ) {
        let pattern = path.pattern
        router.add(.post, pattern.text, maxBodySize: maxBodySize) { request in
            try handler(request, try Self.parameter(request, pattern, 0), try Self.parameter(request, pattern, 1))
        }
    }

    /// The `index`th parameter of `pattern`, parsed; 404 when it does not parse (`/briefs/abc` for an id).
    private static func parameter<Value: PathParameter>(_ request: Request, _ pattern: PathPattern, _ index: Int) throws -> Value {
        let name = pattern.parameterNames[index]
        guard let text = request.pathParameters[name], let value = Value(pathSegment: text) else {
            throw HTTPError(.notFound)
        }
        return value
    }
}
