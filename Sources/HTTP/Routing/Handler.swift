/// Turns a request into a response. Synchronous: it runs on a worker thread and may block.
/// Throw `HTTPError` to answer with a status; anything else becomes a 500 that reveals nothing.
public typealias Handler = @Sendable (Request) throws -> Response

/// Wraps a handler: runs code before and after it, or answers without calling it.
public protocol Middleware: Sendable {
    func respond(to request: Request, next: Handler) throws -> Response

    /// Whether this middleware has anything to do for the requests `route` answers. Asked once per route
    /// when the router builds its chains, so a route's chain leaves out layers that would only pass its
    /// requests on (`/plaintext` meets no CSRF check). Requests no route answers (404, 405) meet every
    /// layer. The default is true: a layer that cannot tell stays in every chain.
    func applies(to route: RouteDescription) -> Bool
}

extension Middleware {
    public func applies(to route: RouteDescription) -> Bool { true }
}

/// What a middleware may know of a route when the router builds its chain.
public struct RouteDescription: Sendable {
    public let method: HTTPMethod
    public let pattern: String
    public let patternIndex: Int
}

extension Array where Element == any Middleware {
    /// The handler that runs the middlewares that apply to `route`, in order, around `handler`.
    func wrapping(_ handler: @escaping Handler, for route: RouteDescription) -> Handler {
        filter { $0.applies(to: route) }.wrapping(handler)
    }

    /// The handler that runs these middlewares in order (the first is outermost) around `handler`.
    ///
    /// A plain loop over a concretely typed `Handler`, not `reduce`: a closure that passes through a generic
    /// result is reabstracted, and every request then pays two thunks per layer that move the request and
    /// the response through memory (they showed in the `/plaintext` profile, one pair per middleware).
    func wrapping(_ handler: @escaping Handler) -> Handler {
        var chain: Handler = handler
        for middleware in reversed() {
            let next = chain
            chain = { request in try middleware.respond(to: request, next: next) }
        }
        return chain
    }
}
