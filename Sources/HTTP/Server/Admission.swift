import Synchronization

/// What the server knows of a request when it decides whether to read its body
/// (`ServerConfiguration.admit`): its head, its route, who sent it and how much it says it will send.
public struct Admission: Sendable {
    public let head: RequestHead
    public let match: RouteMatch
    /// The peer's IP address (the proxy's, behind one).
    public let remoteAddress: String
    /// The real client's address (`Request.clientAddress`): from the forwarding headers of a trusted proxy.
    public let clientAddress: String
    /// The scheme the client used (`Request.scheme`).
    public let scheme: Scheme
    /// The declared `Content-Length`; nil for a chunked body, 0 for none.
    public let declaredLength: Int?
    /// The body limit that applies: the route's, or the server's default.
    public let bodyLimit: Int

    public var hasBody: Bool { declaredLength != 0 }
}

/// Bytes of request bodies held at once, shared by every connection of a server.
final class BodyBudget: Sendable {
    let limit: Int
    private let used = Atomic<Int>(0)

    init(limit: Int) { self.limit = limit }

    var inFlight: Int { used.load(ordering: .relaxed) }

    /// Takes `count` bytes of the budget, or nothing and false when that would pass the limit.
    func reserve(_ count: Int) -> Bool {
        let total = used.add(count, ordering: .relaxed).newValue
        if total > limit {
            used.subtract(count, ordering: .relaxed)
            return false
        }
        return true
    }

    func release(_ count: Int) {
        if count > 0 { used.subtract(count, ordering: .relaxed) }
    }
}
