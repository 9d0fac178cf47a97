import Glibc
import Synchronization

/// State every event loop of one server shares.
final class ServerContext: Sendable {
    let configuration: ServerConfiguration
    let handler: Handler
    let listener: Int32
    let pool: WorkerPool
    let openConnections = Atomic<Int>(0)
    /// `maxConnections`, lowered if needed so the process never runs out of descriptors: an accept
    /// failing with EMFILE would leave the level-triggered listener waking the loop in vain.
    let connectionLimit: Int
    let nextConnectionID = Atomic<UInt64>(1)
    /// Request body bytes held by all connections (`maxBodyBytesInFlight`).
    let bodyBudget: BodyBudget
    /// Open connections per client address, for `maxConnectionsPerClient` (trusted proxies not counted).
    private let perClient = Mutex<[String: Int]>([:])

    /// Counts a new connection from `address`; false (and nothing counted) when the address already
    /// has its allowance. Returns the key to release on close through `inout key` (nil: not counted).
    func admitClient(_ address: String, key: inout String?) -> Bool {
        guard let limit = configuration.maxConnectionsPerClient, !configuration.trustedProxies.contains(address: address),
            !configuration.connectionLimitExempt.contains(address: address)
        else {
            return true
        }
        let admitted = perClient.withLock { counts -> Bool in
            let open = counts[address, default: 0]
            guard open < limit else { return false }
            counts[address] = open + 1
            return true
        }
        if admitted { key = address }
        return admitted
    }

    func releaseClient(_ key: String) {
        perClient.withLock { counts in
            let open = (counts[key] ?? 1) - 1
            counts[key] = open > 0 ? open : nil
        }
    }

    init(configuration: ServerConfiguration, handler: @escaping Handler, listener: Int32, pool: WorkerPool) {
        self.configuration = configuration
        self.handler = handler
        self.listener = listener
        self.pool = pool
        connectionLimit = min(configuration.maxConnections, ServerContext.descriptorBudget())
        bodyBudget = BodyBudget(limit: configuration.maxBodyBytesInFlight)
    }

    /// Raises the soft descriptor limit to the hard one, then keeps 64 descriptors for everything else.
    static func descriptorBudget() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return Int.max }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur >= rlim_t(Int.max) ? Int.max : max(1, Int(limit.rlim_cur) - 64)
    }
}
