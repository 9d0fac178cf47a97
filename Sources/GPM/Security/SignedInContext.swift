import HTTP
import Synchronization

/// Makes who is signed in known to every page rendered for a request, so the header of a public
/// page shows the user's name and workspace link without each handler passing it along.
///
/// Handlers run synchronously on one worker thread, so a task-local value set around the handler
/// is seen by the `PageRenderer` it calls, and by the error pages. The session is looked up only
/// when something asks (`current`), at most once per request: a stylesheet or a JSON download sent
/// with the session cookie costs no database read.
///
/// A lookup that fails (the database does not answer) must not pass for "a visitor": the page would be
/// rendered, and perhaps cached, as if the user had been signed out. `current` cannot throw (the renderer
/// and the page cache read it), so the failure is remembered and, once the request is handled, its
/// response is replaced by the error page (500), with the cause reported like any handler's error.
struct SignedInContext: Middleware {
    /// Resolves the request's user on first use and remembers the answer, or the failure.
    final class Lookup: Sendable {
        private let resolve: @Sendable () throws -> SignedIn?
        private let resolved = Mutex<Result<SignedIn?, any Error>?>(nil)

        init(_ resolve: @escaping @Sendable () throws -> SignedIn?) { self.resolve = resolve }

        /// The answer, looked up on first use.
        var result: Result<SignedIn?, any Error> {
            if let known = resolved.withLock({ $0 }) { return known }
            let found = Result { try resolve() }
            resolved.withLock { $0 = found }
            return found
        }

        /// Why the lookup failed, if it was made and failed; nil when it succeeded or was never needed.
        var failure: (any Error)? {
            guard case .failure(let error)? = resolved.withLock({ $0 }) else { return nil }
            return error
        }
    }

    @TaskLocal static var lookup: Lookup?

    /// Who is signed in for the request being handled, or nil for a visitor. Nil too when the lookup
    /// failed; the middleware then answers with the error page instead of what was rendered.
    static var current: SignedIn? {
        guard case .success(let signedIn)? = lookup?.result else { return nil }
        return signedIn
    }

    let app: AppContext

    func respond(to request: Request, next: Handler) throws -> Response {
        guard request.cookies[SessionStore.cookieName] != nil else { return try next(request) }
        let app = self.app
        let lookup = Lookup { try app.signedIn(request) }
        let response = try Self.$lookup.withValue(lookup) { try next(request) }
        guard let failure = lookup.failure else { return response }
        // Outside the lookup's scope, so the error page itself is rendered as for a visitor.
        return try ErrorPageRenderer(pages: app.pages).middleware.respond(to: request) { _ in throw failure }
    }
}
