import Glibc

/// What the server decides about a request once its head is known, before reading its body.
public struct RouteOptions: Sendable, Equatable {
    /// The largest body accepted; nil means the server's default (`ServerConfiguration.maxBodySize`).
    public var maxBodySize: Int?
    /// Run the handler on the I/O thread instead of the worker pool. Only for handlers that never
    /// block (no SQLite, no file reads that may be slow): plaintext, health checks, cached assets.
    public var runsInline: Bool

    public init(maxBodySize: Int? = nil, runsInline: Bool = false) {
        self.maxBodySize = maxBodySize
        self.runsInline = runsInline
    }
}

/// Everything tunable about the server: address, limits, timeouts and threads. Defaults follow
/// the issue (and nginx's spirit); tests shrink the timeouts to milliseconds.
public struct ServerConfiguration: Sendable {
    /// Address to bind: `127.0.0.1`, `0.0.0.0`, `::`, `localhost`…
    public var host = "127.0.0.1"
    /// Port to bind; 0 picks a free one (`Server.start()` returns it).
    public var port = 8080
    public var backlog: Int32 = 1024

    /// Request line, including method and version (414 beyond).
    public var maxRequestLineLength = 8 * 1024
    /// All header lines together (431 beyond).
    public var maxHeaderBytes = 32 * 1024
    /// Number of header fields (431 beyond).
    public var maxHeaderCount = 100
    /// Default body limit (413 beyond); routes may override it.
    public var maxBodySize = 1 << 20
    /// Open connections; more are accepted and closed at once.
    public var maxConnections = 10_000
    /// Open connections from one client address; more are accepted and closed at once. Nil: no limit.
    /// Peers in `trustedProxies` and `connectionLimitExempt` are exempt (behind a proxy every visitor
    /// arrives from its address).
    public var maxConnectionsPerClient: Int? = nil
    /// Addresses of reverse proxies in front of the server (nginx's `set_real_ip_from`). From a peer in
    /// one of these blocks, `Forwarded` / `X-Forwarded-For` name the real client and `Forwarded: proto=` /
    /// `X-Forwarded-Proto` the scheme (`ForwardedClient`), and the peer is exempt from
    /// `maxConnectionsPerClient`. From any other peer those headers are ignored. Empty (the default):
    /// no header is looked at, and every request's client is its peer.
    public var trustedProxies: [CIDR] = []
    /// Peers exempt from `maxConnectionsPerClient` whose forwarding headers are nevertheless ignored
    /// (loopback, where health checks and operators connect from).
    public var connectionLimitExempt: [CIDR] = []
    /// Bytes of request bodies the server holds at once, over all connections: a body whose declared
    /// length would pass it (or a chunked body that grows past it) is answered 503 with
    /// `Connection: close`, before its bytes are read. Bodies are held from their head until their
    /// handler answers.
    public var maxBodyBytesInFlight = 256 << 20

    /// From a connection's first byte (or its accept) to a complete head (408 after).
    public var headTimeout: Duration = .seconds(10)
    /// The longest a body may go without a byte arriving (408 after): restarted by every read, so a
    /// slow upload that keeps progressing is never cut off, and a stalled one is.
    public var bodyTimeout: Duration = .seconds(30)
    /// Keep-alive idle time between requests (closed silently after).
    public var idleTimeout: Duration = .seconds(5)
    /// Time a write may make no progress before the connection is dropped.
    public var writeTimeout: Duration = .seconds(30)
    /// Default time `shutdown` lets in-flight requests finish.
    public var shutdownGracePeriod: Duration = .seconds(10)

    /// Threads running handlers. One per core measured best for handlers that compute (SQLite reads in
    /// WAL mode, templates): more threads only add context switches. Raise it if handlers wait on
    /// something slow (a write lock under contention, the network).
    public var workerCount = max(2, ServerConfiguration.processorCount)
    /// Requests queued for workers before the server answers 503.
    public var maxQueuedRequests = 4096
    /// Threads running epoll loops.
    public var ioThreads = ServerConfiguration.processorCount
    /// Header fields added to the responses the server writes itself — protocol errors (400, 408, 413,
    /// 414, 431, 501, 505) and the 503 of a full queue — which never pass through the router's
    /// middleware. The app puts its security headers here so that every response carries them.
    public var errorHeaders: HTTPHeaders = [:]
    /// The page of those same responses: a minimal HTML page by default; the app supplies one with its
    /// name, language and stylesheet.
    public var errorPage = ServerErrorPage.plain
    /// The `Server` header value.
    public var serverName = "gpm"

    /// Routes a head as soon as it is parsed: the match decides the body limit and inline handling, and
    /// travels with the request to its handler. `Server(configuration:router:)` fills it from the router.
    public var matchRoute: @Sendable (RequestHead) -> RouteMatch = { _ in .unmatched }

    /// Decides, from a request's head and its route, whether to hear the rest: a response refuses the
    /// request before `100 Continue` and before a byte of its body is read, and the connection closes
    /// after it. Nil admits. Runs on an I/O thread for every request, so it must be quick and must not
    /// block for long (no waiting on locks held by handlers).
    public var admit: (@Sendable (Admission) -> Response?)? = nil

    public init() {}

    public static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    var parserLimits: ParserLimits {
        ParserLimits(maxRequestLineLength: maxRequestLineLength, maxHeaderBytes: maxHeaderBytes, maxHeaderCount: maxHeaderCount)
    }
}

extension Duration {
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds / 1_000_000_000))
    }
}
