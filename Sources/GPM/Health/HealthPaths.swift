/// The monitors' health check and the server benchmark route.
extension Paths {
    static let health = Path("/healthz")
    static let plaintext = Path("/plaintext")
}
