import HTTP

/// Who may read `/metrics`: clients inside the configured CIDR blocks (`--metrics-allow`, default
/// loopback). Everyone else gets the 404 of an unknown path.
struct MetricsAccess: Sendable {
    let allowed: [CIDR]

    /// The default: this machine only (a local Prometheus or node agent, an SSH tunnel).
    static let loopback: [CIDR] = [CIDR("127.0.0.0/8"), CIDR("::1/128")].compactMap { $0 }

    /// Whether the client at `address` (textual IP) may read the metrics.
    func allows(_ address: String) -> Bool { allowed.contains(address: address) }
}
