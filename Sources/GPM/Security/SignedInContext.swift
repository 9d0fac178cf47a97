import HTTP
import Synchronization

/// Makes who is signed in known to every page rendered for a request, so the header of a public
/// page shows the user's name and workspace link without each handler passing it along.
///
/// Handlers run synchronously on one worker thread, so a task-local value set around the handler
/// is seen by the `PageRenderer` it calls, and by the error pages. The session is looked up only
/// when something asks (`current`), at most once per request: a stylesheet or a JSON download sent
/// with the session cookie costs no database read.
struct SignedInContext: Middleware {
    /// Resolves the request's user on first use and remembers the answer.
    final class Lookup: Sendable {
        private let resolve: @Sendable () -> SignedIn?
        private let resolved = Mutex<SignedIn??>(nil)

        init(_ resolve: @escaping @Sendable () -> SignedIn?) { self.resolve = resolve }

        var value: SignedIn? {
            if let known = resolved.withLock({ $0 }) { return known }
            let found = resolve()
            resolved.withLock { $0 = .some(found) }
            return found
        }
    }

    @TaskLocal static var lookup: Lookup?

    /// Who is signed in for the request being handled, or nil for a visitor.
    static var current: SignedIn? { lookup?.value }

    let app: AppContext

    func respond(to request: Request, next: Handler) throws -> Response {
        guard request.cookies[SessionStore.cookieName] != nil else { return try next(request) }
        let app = self.app
        // A failed lookup renders the page as for a visitor; the handler still checks access itself.
        let lookup = Lookup { try? app.signedIn(request) }
        return try Self.$lookup.withValue(lookup) { try next(request) }
    }
}
