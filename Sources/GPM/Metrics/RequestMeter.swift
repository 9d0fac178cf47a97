import Glibc
import HTTP

/// The outermost middleware: times every request the application answers and counts it by route
/// pattern, method and status (`RequestMetrics`). A few atomic adds and two monotonic clock reads per
/// request; nothing allocated. A scrape of `/metrics` is counted under its own route label.
struct RequestMeter: Middleware {
    let metrics: RequestMetrics
    let metricsPath: String

    func respond(to request: Request, next: Handler) throws -> Response {
        let start = Self.now()
        var route = metrics.route(patternIndex: request.routeMatch?.patternIndex)
        let response: Response
        do {
            response = try next(request)
        } catch {
            // What the server will answer for an error that escaped the middleware (see `WorkerPool.respond`).
            let status = (error as? HTTPError)?.status ?? .internalServerError
            metrics.record(route: route, method: request.method, status: status.code, nanoseconds: Self.now() &- start)
            throw error
        }
        // Only an allowed scrape answers 200 on this path, which no route has (see `MetricsEndpoint`).
        if route == metrics.unmatchedRoute, response.status == .ok, request.path == metricsPath { route = metrics.metricsRoute }
        metrics.record(route: route, method: request.method, status: response.status.code, nanoseconds: Self.now() &- start)
        return response
    }

    /// Monotonic nanoseconds (vDSO, no system call).
    @inline(__always)
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}
