/// Turns a request into a response. Synchronous: it runs on a worker thread and may block.
/// Throw `HTTPError` to answer with a status; anything else becomes a 500 that reveals nothing.
public typealias Handler = @Sendable (Request) throws -> Response

/// Wraps a handler: runs code before and after it, or answers without calling it.
public protocol Middleware: Sendable {
    func respond(to request: Request, next: Handler) throws -> Response
}

extension Array where Element == any Middleware {
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
