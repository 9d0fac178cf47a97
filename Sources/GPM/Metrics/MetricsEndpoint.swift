import HTTP

/// Answers `GET` and `HEAD /metrics` with the Prometheus exposition, never cached, to the clients
/// `MetricsAccess` allows. It is a middleware rather than a route so that, for anyone else and for any
/// other method, the request simply goes on to the router and gets what any unknown path gets — the
/// same 404 page, headers and head admission — and nothing tells that `/metrics` exists.
struct MetricsEndpoint: Middleware {
    let metrics: PlatformMetrics
    let access: MetricsAccess
    let path: String

    func respond(to request: Request, next: Handler) throws -> Response {
        guard request.routeMatch?.isRoute != true, request.path == path, request.method == .get || request.method == .head,
              allows(request)
        else { return try next(request) }
        var response = Response(status: .ok, body: Array(metrics.exposition().utf8))
        response.headers.replaceOrAdd("Content-Type", MetricsExposition.contentType)
        response.headers.replaceOrAdd("Cache-Control", "no-store")
        return response
    }

    /// The one place that decides whose address is checked: the real client, so that behind a trusted
    /// proxy (which forwards everyone from its own, often allowed, address) only allowed clients get in.
    private func allows(_ request: Request) -> Bool {
        access.allows(request.clientAddress)
    }
}
