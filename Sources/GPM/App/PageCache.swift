import Foundation
import HTTP
import SQLite
import Synchronization

/// Keeps rendered public pages for anonymous visitors, like a reverse proxy's micro-cache, so a busy
/// directory or city page costs a dictionary lookup instead of a dozen queries and a render.
///
/// - **Invalidated by table.** While a page renders, the database pool records every table its reads
///   touch (SQLite's authorizer names them, triggers and views included). The page is served from memory
///   while none of those tables has been written since: a sign-in (sessions, users) or a draft saved in
///   the workspace leaves the public pages alone, a city edited makes every page that read `cities` stale.
/// - **At most `maximumAge` old** whatever happens, which bounds what the pool cannot see (writes by
///   another process: `gpm seed`, the sqlite3 shell) and pages whose content depends on the clock.
/// - **Keyed on the path and the page's known query parameters** in a fixed order (`PageCacheKey`), so
///   `?b=2&a=1`, `?a=1&b=2` and `?a=1&b=2&utm_source=x` share one entry on a page that declares `a` and `b`.
///   Routes that declare nothing keep every parameter, sorted.
/// - **Bounded in bytes** (least recently used entries go first).
/// - Not used for conditional requests (the handler knows its validators), a request asking
///   `Cache-Control: no-cache` (a hard reload; the benchmarks' uncached runs), or a live session. A session
///   cookie that names no live session does not bypass it: made-up cookies cannot defeat the cache.
struct PageCache: Middleware {
    /// What the cache did with a request; exposed in a header only when the configuration asks (tests).
    enum Outcome: String, Sendable {
        case hit, miss, bypass
    }

    private struct Entry: Sendable {
        let response: Response
        /// The pool's commit stamp read before rendering, and the tables the render read.
        let stamp: UInt64
        let tables: Set<String>
        let storedAt: ContinuousClock.Instant
    }

    /// Counters for tests and `/metrics` (relaxed atomic adds: one per request, no lock).
    final class Statistics: Sendable {
        /// Answered from memory.
        let hits = Atomic<Int>(0)
        /// Cacheable but rendered (nothing kept, or what was kept had gone stale).
        let misses = Atomic<Int>(0)
        /// Not cacheable: signed in, conditional, `no-cache`, or not a GET or HEAD.
        let bypasses = Atomic<Int>(0)
    }

    private final class Storage: Sendable {
        let entries: Mutex<LRUCache<String, Entry>>
        init(maximumBytes: Int) { entries = Mutex(LRUCache(maximumCost: maximumBytes)) }
    }

    let database: DatabasePool
    let keys: PageCacheKey
    let maximumAge: Duration
    /// Larger bodies are not worth keeping (open-data downloads are rebuilt by their handler).
    let maximumBodySize = 512 * 1024
    /// Whether a request's session cookie names a live session (a lookup; only asked when a cookie is sent).
    let hasLiveSession: @Sendable (Request) -> Bool
    /// Adds `X-Page-Cache: hit|miss|bypass` to responses (tests observe hits with it).
    let exposesOutcome: Bool
    let statistics = Statistics()
    private let storage: Storage
    /// Router pattern index → whether the route's answers are never kept (see `isBypassed`).
    private let bypassedByIndex: [Bool]

    init(
        database: DatabasePool, keys: PageCacheKey, maximumBytes: Int = 32 << 20, maximumAge: Duration = .seconds(10),
        exposesOutcome: Bool = false, patterns: [String] = [], bypassedPatterns: Set<String> = [],
        hasLiveSession: @escaping @Sendable (Request) -> Bool
    ) {
        bypassedByIndex = patterns.map(bypassedPatterns.contains)
        self.database = database
        self.keys = keys
        self.maximumAge = maximumAge
        self.exposesOutcome = exposesOutcome
        self.hasLiveSession = hasLiveSession
        storage = Storage(maximumBytes: maximumBytes)
    }

    func respond(to request: Request, next: Handler) throws -> Response {
        if isBypassed(request) { return try next(request) }
        guard isCacheable(request) else {
            statistics.bypasses.add(1, ordering: .relaxed)
            return label(try next(request), .bypass)
        }
        let key = keys.key(for: request)
        let now = ContinuousClock.now
        if let entry = storage.entries.withLock({ $0.value(for: key) }),
           now - entry.storedAt < maximumAge, database.lastWrite(to: entry.tables) <= entry.stamp {
            statistics.hits.add(1, ordering: .relaxed)
            return label(entry.response, .hit)
        }
        statistics.misses.add(1, ordering: .relaxed)
        let stamp = database.commitStamp
        let (response, tables) = try database.observingReads { try next(request) }
        if response.status == .ok, response.body.count <= maximumBodySize, !response.headers.contains("Set-Cookie"),
           !response.headers.contains("ETag"), Self.isShareable(response) {
            let entry = Entry(response: response, stamp: stamp, tables: tables, storedAt: now)
            storage.entries.withLock { $0.set(entry, for: key, cost: response.body.count + key.utf8.count + 512) }
        }
        return label(response, .miss)
    }

    /// Bytes kept, for tests and metrics.
    var storedBytes: Int { storage.entries.withLock { $0.totalCost } }

    /// Entries kept and their bytes (bodies, keys and a fixed overhead each), read together for `/metrics`.
    var storedEntries: (count: Int, bytes: Int) { storage.entries.withLock { ($0.count, $0.totalCost) } }

    private func isCacheable(_ request: Request) -> Bool {
        guard request.method == .get || request.method == .head,
              !request.headers.contains("If-None-Match"), !request.headers.contains("If-Modified-Since") else { return false }
        for value in request.headers.values(for: "Cache-Control") {
            if CacheControl.hasDirective("no-cache", in: value) || CacheControl.hasDirective("no-store", in: value) { return false }
        }
        if request.cookies[SessionStore.cookieName] != nil, hasLiveSession(request) { return false }
        return true
    }

    /// Whether the route a request matched is one whose answers are never kept (static files: they carry
    /// an ETag and are already served from memory), so it skips the bookkeeping of a miss entirely.
    @inline(__always)
    private func isBypassed(_ request: Request) -> Bool {
        guard let index = request.routeMatch?.patternIndex, index < bypassedByIndex.count else { return false }
        return bypassedByIndex[index]
    }

    private func label(_ response: Response, _ outcome: Outcome) -> Response {
        guard exposesOutcome else { return response }
        var response = response
        response.headers.replaceOrAdd("X-Page-Cache", outcome.rawValue)
        return response
    }

    /// False for a response marked `no-store` or `private`: it was made for one visitor (a form with
    /// their own CSRF token), and handing it to the next one would break their form or leak the token.
    static func isShareable(_ response: Response) -> Bool {
        !response.headers.values(for: "Cache-Control").contains {
            CacheControl.hasDirective("no-store", in: $0) || CacheControl.hasDirective("private", in: $0)
        }
    }
}

/// The page cache's key for a request: its path, then the query parameters its route declares, in the
/// declared order (repeated values in their order of arrival). Routes that declare none keep every
/// parameter, sorted by name, which is always correct and only less shareable.
struct PageCacheKey: Sendable {
    /// Router pattern index → the query parameters its page reads (nil: none declared), resolved once at
    /// start so a request costs an array index, not a hash of its pattern.
    private let declaredByIndex: [[String]?]

    /// `declaredParameters`: route pattern → the query parameters its page reads; `patterns`: the router's.
    init(declaredParameters: [String: [String]], patterns: [String]) {
        declaredByIndex = patterns.map { declaredParameters[$0] }
    }

    func key(for request: Request) -> String {
        // The path holds the language (`/fr/cities`); the English home page also varies with the notice it
        // offers from Accept-Language.
        var key = request.path
        if let offer = RequestLanguage.current.offer { key += "\u{0}offer=\(offer.rawValue)" }
        let query = request.query
        if query.fields.isEmpty { return key }
        if let index = request.routeMatch?.patternIndex, index < declaredByIndex.count, let declared = declaredByIndex[index] {
            for name in declared {
                for value in query.values(for: name) { key += "\u{0}\(name)=\(value)" }
            }
        } else {
            for name in Set(query.fields.map(\.name)).sorted() {
                for value in query.values(for: name) { key += "\u{0}\(name)=\(value)" }
            }
        }
        return key
    }
}
