import Glibc
import HTTP

/// Requests counted by route pattern, method and status, and their durations by route, in counters
/// allocated once at start: every label value is known in advance (the router's patterns, a fixed list
/// of methods and statuses), so counting a request is a few array indexes and relaxed atomic adds, with no
/// lookup, lock or allocation. The cardinality is bounded by construction: a path nobody registered is
/// counted as `unmatched`, never by its text.
final class RequestMetrics: Sendable {
    /// Method labels; any other method token (rare, and chosen by the client) is counted as `other`.
    static let methods: [HTTPMethod] = [.get, .head, .post, .put, .patch, .delete, .options]
    static let methodLabels = methods.map(\.rawValue) + ["other"]

    /// Status labels: the statuses the server and the platform answer with; anything else is `other`.
    static let statuses = [
        200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 408, 409, 410, 411, 412,
        413, 414, 415, 416, 417, 422, 429, 431, 500, 501, 502, 503, 504, 505,
    ]
    static let statusLabels = statuses.map(String.init) + ["other"]
    /// Status code → its position in `statusLabels`, for codes 0..<600.
    private static let statusSlots: [Int] = {
        var slots = [Int](repeating: statuses.count, count: 600)
        for (index, code) in statuses.enumerated() { slots[code] = index }
        return slots
    }()

    /// Upper bounds of the latency buckets, 1 ms to 5 s; one more bucket, `+Inf`, takes the rest.
    static let bucketLabels = ["0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5"]
    private static let bucketBounds: [UInt64] = [
        1_000_000, 2_500_000, 5_000_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000, 250_000_000, 500_000_000,
        1_000_000_000, 2_500_000_000, 5_000_000_000,
    ]
    /// Per route: one counter per bucket (not cumulative; the exposition sums them), `+Inf`, then the
    /// sum of durations in nanoseconds.
    private static let histogramWidth = bucketBounds.count + 2

    /// Route labels: the router's patterns, then `unmatched` (404 for a path no route has), then `/metrics`.
    let routeLabels: [String]
    /// The slot of requests no route matched.
    let unmatchedRoute: Int
    /// The slot of `/metrics` scrapes (answered by a middleware, not a route: see `MetricsEndpoint`).
    let metricsRoute: Int
    private let requests: ShardedCounters
    private let durations: ShardedCounters

    init(patterns: [String], metricsPattern: String) {
        routeLabels = patterns + ["unmatched", metricsPattern]
        unmatchedRoute = patterns.count
        metricsRoute = patterns.count + 1
        requests = ShardedCounters(count: routeLabels.count * Self.methodLabels.count * Self.statusLabels.count)
        durations = ShardedCounters(count: routeLabels.count * Self.histogramWidth)
    }

    /// The slot of a router's `patternIndex` (nil or foreign: `unmatched`).
    @inline(__always)
    func route(patternIndex: Int?) -> Int {
        guard let index = patternIndex, index >= 0, index < unmatchedRoute else { return unmatchedRoute }
        return index
    }

    /// Counts one answered request that took `nanoseconds` in the handler chain.
    @inline(__always)
    func record(route: Int, method: HTTPMethod, status: Int, nanoseconds: UInt64) {
        let methodSlot = Self.methodSlot(method)
        let statusSlot = status >= 0 && status < 600 ? Self.statusSlots[status] : Self.statuses.count
        let shard = ThreadShard.current
        requests.add(1, at: (route * Self.methodLabels.count + methodSlot) * Self.statusLabels.count + statusSlot, shard: shard)
        var bucket = 0
        while bucket < Self.bucketBounds.count && nanoseconds > Self.bucketBounds[bucket] { bucket += 1 }
        let base = route * Self.histogramWidth
        durations.add(1, at: base + bucket, shard: shard)
        durations.add(nanoseconds, at: base + Self.histogramWidth - 1, shard: shard)
    }

    @inline(__always)
    private static func methodSlot(_ method: HTTPMethod) -> Int {
        switch method {
        case .get: 0
        case .head: 1
        case .post: 2
        case .put: 3
        case .patch: 4
        case .delete: 5
        case .options: 6
        default: 7
        }
    }

    /// Requests so far for one route, method and status label (tests; the exposition walks them all).
    func count(route: Int, method: Int, status: Int) -> UInt64 {
        requests.value(at: (route * Self.methodLabels.count + method) * Self.statusLabels.count + status)
    }

    /// One route's histogram: per-bucket (non-cumulative) counts including `+Inf`, and the sum in seconds.
    func histogram(route: Int) -> (buckets: [UInt64], sumSeconds: Double) {
        let base = route * Self.histogramWidth
        let buckets = (0..<(Self.bucketBounds.count + 1)).map { durations.value(at: base + $0) }
        return (buckets, Double(durations.value(at: base + Self.histogramWidth - 1)) / 1e9)
    }

    /// Writes `gpm_http_requests_total` and `gpm_http_request_duration_seconds`, series that counted something.
    func write(to exposition: inout MetricsExposition) {
        exposition.family(
            "gpm_http_requests_total", .counter,
            help: "HTTP requests answered by the application, by route pattern (unmatched: no route), method and status.")
        for route in routeLabels.indices {
            for method in Self.methodLabels.indices {
                for status in Self.statusLabels.indices {
                    let value = count(route: route, method: method, status: status)
                    guard value > 0 else { continue }
                    exposition.sample(
                        "gpm_http_requests_total",
                        ["route": routeLabels[route], "method": Self.methodLabels[method], "status": Self.statusLabels[status]],
                        value)
                }
            }
        }
        exposition.family(
            "gpm_http_request_duration_seconds", .histogram,
            help: "Time from the request reaching the application's handlers to its response, by route pattern.")
        for route in routeLabels.indices {
            let (buckets, sum) = histogram(route: route)
            let total = buckets.reduce(0, +)
            guard total > 0 else { continue }
            let label = routeLabels[route]
            var cumulative: UInt64 = 0
            for (index, bound) in (Self.bucketLabels + ["+Inf"]).enumerated() {
                cumulative += buckets[index]
                exposition.sample("gpm_http_request_duration_seconds_bucket", ["route": label, "le": bound], cumulative)
            }
            exposition.sample("gpm_http_request_duration_seconds_sum", ["route": label], sum)
            exposition.sample("gpm_http_request_duration_seconds_count", ["route": label], cumulative)
        }
    }
}
