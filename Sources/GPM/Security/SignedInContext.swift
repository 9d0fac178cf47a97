import HTTP

/// Makes who is signed in known to every page rendered for a request, so the header of a public
/// page shows the user's name and workspace link without each handler passing it along.
///
/// Handlers run synchronously on one worker thread, so a task-local value set around the handler
/// is seen by the `PageRenderer` it calls, and by the error pages.
struct SignedInContext: Middleware {
    @TaskLocal static var current: SignedIn?

    let app: AppContext

    func respond(to request: Request, next: Handler) throws -> Response {
        guard request.cookies[SessionStore.cookieName] != nil else { return try next(request) }
        // A failed lookup renders the page as for a visitor; the handler still checks access itself.
        let signedIn = try? app.signedIn(request)
        return try Self.$current.withValue(signedIn) { try next(request) }
    }
}
