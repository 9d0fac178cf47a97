import Foundation
import HTTP
import SQLite
import Synchronization

/// Keeps rendered public pages for anonymous visitors, like a reverse proxy's micro-cache, so a
/// busy directory or city page costs a dictionary lookup instead of a dozen queries and a render.
///
/// An entry is used only while nothing was written through the database pool since it was
/// rendered (`writeGeneration`), and for at most `maximumAge`, which bounds staleness from writes
/// made by another process (`gpm seed`, the sqlite3 shell). Requests carrying a session cookie
/// always go to the handler: a signed-in page differs per user. Responses with validators (static
/// files) are left to their own conditional handling.
struct PageCache: Middleware {
    private struct Entry {
        let response: Response
        let generation: UInt64
        let storedAt: ContinuousClock.Instant
    }

    private final class Storage: Sendable {
        let entries = Mutex<[String: Entry]>([:])
    }

    let database: DatabasePool
    var maximumAge: Duration = .seconds(10)
    /// Past this many entries the cache starts afresh: cheap, and it bounds memory when a crawler
    /// walks every combination of filters.
    var maximumEntries = 2048
    /// Larger bodies are not worth keeping (open-data downloads are rebuilt by their handler).
    var maximumBodySize = 512 * 1024
    private let storage = Storage()

    init(database: DatabasePool) { self.database = database }

    func respond(to request: Request, next: Handler) throws -> Response {
        // Conditional requests go to the handler, which knows its validators; so do signed-in ones.
        guard request.method == .get || request.method == .head, !hasSession(request),
              !request.headers.contains("If-None-Match"), !request.headers.contains("If-Modified-Since") else {
            return try next(request)
        }
        let key = request.target
        let generation = database.writeGeneration
        let now = ContinuousClock.now
        if let entry = storage.entries.withLock({ $0[key] }),
           entry.generation == generation, now - entry.storedAt < maximumAge {
            return entry.response
        }
        let response = try next(request)
        if response.status == .ok, response.body.count <= maximumBodySize, !response.headers.contains("Set-Cookie"),
           !response.headers.contains("ETag"), Self.isShareable(response) {
            storage.entries.withLock { entries in
                if entries.count >= maximumEntries { entries.removeAll(keepingCapacity: true) }
                entries[key] = Entry(response: response, generation: generation, storedAt: now)
            }
        }
        return response
    }

    /// False for a response marked `no-store` or `private`: it was made for one visitor (a form with
    /// their own CSRF token), and handing it to the next one would break their form or leak the token.
    static func isShareable(_ response: Response) -> Bool {
        let control = response.headers.values(for: "Cache-Control").joined(separator: ",").lowercased()
        return !control.contains("no-store") && !control.contains("private")
    }

    /// The session cookie marks a signed-in request, whose pages differ per user.
    private func hasSession(_ request: Request) -> Bool {
        request.cookies[SessionStore.cookieName] != nil
    }
}
