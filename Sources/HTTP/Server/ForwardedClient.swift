/// Who is really on the other end of a request that came through reverse proxies, as nginx's realip
/// module decides it: only when the socket peer is a trusted proxy are its forwarding headers believed.
///
/// - `Forwarded` (RFC 7239), when present, is walked from the right: each element is one proxy's record
///   of the node it heard from; nodes that are themselves trusted proxies are stepped over, and the first
///   untrusted one is the client. Its element's `proto=` is the scheme (else `X-Forwarded-Proto`, else http).
/// - Otherwise `X-Forwarded-For` is walked the same way, and the scheme is `X-Forwarded-Proto`'s last value.
///
/// Entries left of the client are never read, so what a client writes into these headers itself (the
/// proxy appends to them) cannot choose its address. A value that does not parse gives the peer's
/// address and http: the proxy is misconfigured, and the peer is the one thing known for certain.
public struct ForwardedClient: Sendable, Equatable {
    /// The client's address, in its canonical text form (`2001:db8::1`, `192.0.2.7`).
    public let address: String
    public let scheme: Scheme

    public init(address: String, scheme: Scheme) {
        self.address = address
        self.scheme = scheme
    }

    /// The client of a request whose socket peer `peer` is a trusted proxy.
    public static func resolve(headers: HTTPHeaders, peer: String, trustedProxies: [CIDR]) -> ForwardedClient {
        let fallback = ForwardedClient(address: peer, scheme: .http)
        let isTrusted = { (address: IPAddress) in trustedProxies.contains { $0.contains(address) } }
        let forwardedProto = headers.values(for: "X-Forwarded-Proto")
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.last.map { $0.trimmingOWS() }
        // A missing X-Forwarded-Proto is http; a garbled one too (the address stands on its own).
        let protoScheme = forwardedProto.flatMap { Scheme(forwarded: $0) } ?? .http

        let forwarded = headers.values(for: "Forwarded")
        if !forwarded.isEmpty {
            guard let elements = ForwardedHeader.parse(forwarded), !elements.isEmpty else { return fallback }
            for (position, element) in elements.enumerated().reversed() {
                guard let node = element.node, let address = ForwardedHeader.address(ofNode: node) else { return fallback }
                guard !isTrusted(address) || position == 0 else { continue }
                guard let proto = element.proto else { return ForwardedClient(address: address.description, scheme: protoScheme) }
                guard let scheme = Scheme(forwarded: proto) else { return fallback }
                return ForwardedClient(address: address.description, scheme: scheme)
            }
            return fallback
        }

        let forwardedFor = headers.values(for: "X-Forwarded-For")
        guard !forwardedFor.isEmpty else { return ForwardedClient(address: peer, scheme: protoScheme) }
        let entries = forwardedFor.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        for (position, entry) in entries.enumerated().reversed() {
            let text = entry.trimmingOWS()
            guard let address = IPAddress(String(text)) ?? ForwardedHeader.address(ofNode: text) else { return fallback }
            if !isTrusted(address) || position == 0 { return ForwardedClient(address: address.description, scheme: protoScheme) }
        }
        return fallback
    }
}
