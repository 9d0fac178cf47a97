/// Timeouts the state machine enforces, in nanoseconds of the injected monotonic clock.
struct ConnectionTimeouts {
    var head: UInt64
    var body: UInt64
    var idle: UInt64
    var write: UInt64

    init(_ configuration: ServerConfiguration) {
        head = configuration.headTimeout.nanoseconds
        body = configuration.bodyTimeout.nanoseconds
        idle = configuration.idleTimeout.nanoseconds
        write = configuration.writeTimeout.nanoseconds
    }

    init(head: UInt64, body: UInt64, idle: UInt64, write: UInt64) {
        (self.head, self.body, self.idle, self.write) = (head, body, idle, write)
    }
}

/// The HTTP/1.1 life of one connection, without sockets: bytes and events in, actions out, time
/// passed in by the caller. One request is in flight at a time; bytes of pipelined requests wait in
/// the buffer until the response before them is written (RFC 9112 §9.3.2).
struct ConnectionStateMachine {
    enum Action {
        /// Wait: read more if the socket has more.
        case none
        /// Run the handler; report its response with `responseReady`.
        case dispatch(Request, RouteOptions)
        /// Write this response, then report `writeCompleted`.
        case write(Response, ResponseContext)
        /// Write `100 Continue` (no completion report needed) and keep reading.
        case writeContinue
        /// Close the connection now.
        case close
    }

    private enum Phase {
        case readingHead(deadline: UInt64)
        case idle(deadline: UInt64)
        case readingBody(deadline: UInt64)
        case handling
        case writing(closeAfter: Bool, deadline: UInt64)
        case closed
    }

    private let timeouts: ConnectionTimeouts
    private let defaultBodyLimit: Int
    private let matchRoute: @Sendable (RequestHead) -> RouteMatch
    private let remoteAddress: String
    /// `ServerConfiguration.trustedProxies`, kept only when the peer is one of them (else empty: its
    /// forwarding headers are never looked at, and the head costs nothing more).
    private let forwardingProxies: [CIDR]
    private let errorHeaders: HTTPHeaders
    private let errorPage: ServerErrorPage
    private let admit: (@Sendable (Admission) -> Response?)?
    private let bodyBudget: BodyBudget
    /// Bytes of `bodyBudget` this connection holds for the body being read or handled.
    private(set) var reservedBodyBytes = 0
    private var parser: RequestParser
    private var phase: Phase
    private var input: [UInt8] = []
    private var inputStart = 0
    private var inputEnded = false
    private var shuttingDown = false
    private var head: RequestHead?
    private var options = RouteOptions()
    private var match = RouteMatch.unmatched
    private var client: ForwardedClient?
    private var body: [UInt8] = []

    /// The most reserved for a body before any of it arrives: a declared `Content-Length` is a claim,
    /// not bytes; the buffer grows as they come.
    static let initialBodyCapacity = 64 * 1024

    init(configuration: ServerConfiguration, remoteAddress: String, bodyBudget: BodyBudget, now: UInt64) {
        self.init(
            limits: configuration.parserLimits, timeouts: ConnectionTimeouts(configuration),
            defaultBodyLimit: configuration.maxBodySize, matchRoute: configuration.matchRoute,
            remoteAddress: remoteAddress, errorHeaders: configuration.errorHeaders, errorPage: configuration.errorPage, admit: configuration.admit,
            bodyBudget: bodyBudget, trustedProxies: configuration.trustedProxies, now: now)
    }

    init(
        limits: ParserLimits, timeouts: ConnectionTimeouts, defaultBodyLimit: Int,
        matchRoute: @escaping @Sendable (RequestHead) -> RouteMatch, remoteAddress: String,
        errorHeaders: HTTPHeaders = [:], errorPage: ServerErrorPage = .plain, admit: (@Sendable (Admission) -> Response?)? = nil,
        bodyBudget: BodyBudget = BodyBudget(limit: Int.max), trustedProxies: [CIDR] = [], now: UInt64
    ) {
        forwardingProxies = trustedProxies.contains(address: remoteAddress) ? trustedProxies : []
        self.errorHeaders = errorHeaders
        self.errorPage = errorPage
        self.admit = admit
        self.bodyBudget = bodyBudget
        self.timeouts = timeouts
        self.defaultBodyLimit = defaultBodyLimit
        self.matchRoute = matchRoute
        self.remoteAddress = remoteAddress
        parser = RequestParser(limits: limits)
        phase = .readingHead(deadline: now &+ timeouts.head)
    }

    /// Whether the caller should read from the socket: only while a request is being received
    /// (backpressure: nothing is read while a handler runs or a response is being written).
    var wantsInput: Bool {
        switch phase {
        case .readingHead, .idle, .readingBody: !inputEnded
        default: false
        }
    }

    var isClosed: Bool { if case .closed = phase { true } else { false } }

    /// Capacity of the body buffer (tests check that a declared length does not size it).
    var bodyCapacity: Int { body.capacity }

    // MARK: Events

    mutating func received(_ bytes: UnsafeRawBufferPointer, now: UInt64) -> Action {
        guard wantsInput else { return .none }
        // The body timeout counts from the last bytes received, as nginx's client_body_timeout does: an
        // upload through a streaming proxy arrives at the visitor's speed (20 MiB at 2 Mbit/s takes 80 s),
        // and must not be cut off while it progresses. A stalled body still ends in 408.
        if case .readingBody = phase, bytes.count > 0 { phase = .readingBody(deadline: now &+ timeouts.body) }
        input.append(contentsOf: bytes)
        return process(now: now)
    }

    /// The peer will send nothing more (read returned 0). Requests already buffered are still answered.
    mutating func inputClosed(now: UInt64) -> Action {
        inputEnded = true
        switch phase {
        case .readingHead, .idle, .readingBody: return process(now: now)
        default: return .none
        }
    }

    mutating func responseReady(_ response: Response, now: UInt64) -> Action {
        guard case .handling = phase, let head else { return .none }
        let keepAlive = head.wantsKeepAlive && !shuttingDown
            && !(response.headers.tokens(for: "Connection").contains("close"))
        let context = ResponseContext(isHead: head.method == .head, version: head.version, closeAfter: !keepAlive)
        phase = .writing(closeAfter: !keepAlive, deadline: now &+ timeouts.write)
        self.head = nil
        releaseBody()
        return .write(response, context)
    }

    /// Gives back the body bytes this connection holds; the event loop calls it when the connection closes.
    mutating func releaseBody() {
        bodyBudget.release(reservedBodyBytes)
        reservedBodyBytes = 0
    }

    /// Some bytes were written: the stalled-write deadline restarts.
    mutating func writeProgressed(now: UInt64) {
        if case .writing(let closeAfter, _) = phase { phase = .writing(closeAfter: closeAfter, deadline: now &+ timeouts.write) }
    }

    mutating func writeCompleted(now: UInt64) -> Action {
        guard case .writing(let closeAfter, _) = phase else { return .none }
        if closeAfter {
            phase = .closed
            return .close
        }
        phase = .idle(deadline: now &+ timeouts.idle)
        return process(now: now)
    }

    /// Called periodically; enforces the head, body, idle and write deadlines.
    mutating func tick(now: UInt64) -> Action {
        switch phase {
        case .idle(let deadline) where now >= deadline:
            phase = .closed
            return .close
        case .readingHead(let deadline) where now >= deadline:
            // Nothing at all received: just hang up; part of a head: tell the client why.
            if input.count == inputStart && parser.isAtRequestBoundary {
                phase = .closed
                return .close
            }
            return fail(.requestTimeout, now: now)
        case .readingBody(let deadline) where now >= deadline:
            return fail(.requestTimeout, now: now)
        case .writing(_, let deadline) where now >= deadline:
            phase = .closed
            return .close
        default:
            return .none
        }
    }

    /// Graceful shutdown: idle connections close now, a request in progress finishes with `Connection: close`.
    mutating func shutdown() -> Action {
        shuttingDown = true
        switch phase {
        case .idle:
            phase = .closed
            return .close
        case .readingHead where input.count == inputStart && parser.isAtRequestBoundary:
            phase = .closed
            return .close
        case .writing(_, let deadline):
            phase = .writing(closeAfter: true, deadline: deadline)
            return .none
        default:
            return .none
        }
    }

    // MARK: Parsing

    private mutating func process(now: UInt64) -> Action {
        while true {
            let (event, consumed) = input.withUnsafeBufferPointer { parser.parse(UnsafeBufferPointer(rebasing: $0[inputStart...])) }
            switch event {
            case .needMore:
                inputStart += consumed
                if consumed > 0, inputStart < input.count { continue }
                compact()
                if case .idle = phase, inputStart < input.count || !parser.isAtRequestBoundary {
                    phase = .readingHead(deadline: now &+ timeouts.head)
                }
                if inputEnded {
                    phase = .closed
                    return .close
                }
                return .none
            case .head(let head, let framing):
                inputStart += consumed
                match = matchRoute(head)
                options = match.options
                self.head = head
                client = forwardingProxies.isEmpty
                    ? nil : ForwardedClient.resolve(headers: head.headers, peer: remoteAddress, trustedProxies: forwardingProxies)
                let limit = options.maxBodySize ?? defaultBodyLimit
                if let admit {
                    let declared: Int? = switch framing {
                    case .none: 0
                    case .length(let length): length
                    case .chunked: nil
                    }
                    let admission = Admission(
                        head: head, match: match, remoteAddress: remoteAddress, clientAddress: client?.address ?? remoteAddress,
                        scheme: client?.scheme ?? .http, declaredLength: declared, bodyLimit: limit)
                    if var refusal = admit(admission) {
                        for field in errorHeaders where !refusal.headers.contains(field.name) { refusal.headers.add(field.name, field.value) }
                        return refuse(refusal, now: now)
                    }
                }
                if let status = parser.beginBody(limit: limit) { return fail(status, now: now) }
                body = []
                guard framing != .none else { continue }
                if case .length(let length) = framing {
                    guard bodyBudget.reserve(length) else { return fail(.serviceUnavailable, now: now) }
                    reservedBodyBytes = length
                    body.reserveCapacity(min(length, Self.initialBodyCapacity))
                }
                phase = .readingBody(deadline: now &+ timeouts.body)
                if let expectation = head.headers["Expect"] {
                    guard expectation.equalsIgnoringASCIICase("100-continue") else { return fail(.expectationFailed, now: now) }
                    // Only when the client is waiting: if body bytes are already here it did not wait.
                    if head.version == .http1_1, inputStart == input.count { return .writeContinue }
                }
            case .body(let range):
                if reservedBodyBytes < body.count + range.count {
                    // Chunked: the length is known only as it arrives, so it is counted as it does.
                    let more = body.count + range.count - reservedBodyBytes
                    guard bodyBudget.reserve(more) else { return fail(.serviceUnavailable, now: now) }
                    reservedBodyBytes += more
                }
                body.append(contentsOf: input[(inputStart + range.lowerBound)..<(inputStart + range.upperBound)])
                inputStart += consumed
            case .end:
                inputStart += consumed
                guard let head else { return fail(.badRequest, now: now) }
                phase = .handling
                var request = Request(
                    head: head, body: body, remoteAddress: remoteAddress, clientAddress: client?.address, scheme: client?.scheme ?? .http)
                request.routeMatch = match
                body = []
                return .dispatch(request, options)
            case .error(let status):
                return fail(status, now: now)
            }
        }
    }

    /// Answers a protocol error and closes: after a framing error nothing that follows can be trusted.
    /// A HEAD request (its head was valid, its body was not) gets the headers only, like any HEAD.
    private mutating func fail(_ status: HTTPStatus, now: UInt64) -> Action {
        var response = errorPage.response(status, for: failedRequest)
        if status == .serviceUnavailable { response.headers.add("Retry-After", "1") }
        for field in errorHeaders { response.headers.add(field.name, field.value) }
        return refuse(response, now: now)
    }

    /// What was read of the request being refused, for its error page: the parsed head once there is one
    /// (a body too large, too slow or malformed), else what the raw bytes of the refused head show.
    private var failedRequest: ServerErrorRequest {
        if let head { return ServerErrorRequest(target: head.target, headers: head.headers) }
        return ServerErrorRequest(salvaging: input[min(inputStart, input.count)...])
    }

    /// Writes `response` and closes: nothing more of this connection's input is read (what follows
    /// the head may be a body nobody wants), and `Connection: close` tells the client so.
    private mutating func refuse(_ response: Response, now: UInt64) -> Action {
        let context = ResponseContext(isHead: head?.method == .head, version: head?.version ?? .http1_1, closeAfter: true)
        head = nil
        input = []
        inputStart = 0
        body = []
        releaseBody()
        phase = .writing(closeAfter: true, deadline: now &+ timeouts.write)
        return .write(response, context)
    }

    private mutating func compact() {
        if inputStart == input.count {
            input.removeAll(keepingCapacity: true)
            inputStart = 0
        } else if inputStart > 16 * 1024 {
            input.removeFirst(inputStart)
            inputStart = 0
        }
    }
}

extension RequestHead {
    /// HTTP/1.1 persists unless told `close`; HTTP/1.0 only when asked with `keep-alive` (RFC 9112 §9.3).
    var wantsKeepAlive: Bool {
        let tokens = headers.tokens(for: "Connection")
        if tokens.contains("close") { return false }
        return version == .http1_1 || tokens.contains("keep-alive")
    }
}
