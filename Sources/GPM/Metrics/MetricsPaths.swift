/// Where Prometheus scrapes the platform. Answered by `MetricsEndpoint`, not registered as a route
/// (a route would answer other methods 405 with `Allow` and so tell anyone that it exists).
extension Paths {
    static let metrics = Path("/metrics")
}
