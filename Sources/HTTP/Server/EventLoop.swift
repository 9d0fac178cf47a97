import CSystem
import Glibc
import Synchronization

/// One I/O thread: an epoll instance watching the shared listener, its own connections and an eventfd
/// through which workers hand back responses.
///
/// Connections are registered once, edge-triggered, for input, output and peer half-close, so a
/// request costs no `epoll_ctl`. Edge triggering means an event is not repeated: `Connection.readable`
/// remembers unread input while the connection is busy (backpressure), and a write that would block
/// waits for the next EPOLLOUT edge. The listener is level-triggered with EPOLLEXCLUSIVE, so one loop
/// wakes per incoming connection.
final class EventLoop: @unchecked Sendable {
    // @unchecked: everything but `inbox` is touched only by the thread running `run()`; `inbox` is
    // guarded by its Mutex, and `wakeFD` is written through a syscall that is itself thread-safe.
    private struct Completion {
        let fd: Int32
        let connectionID: UInt64
        let response: Response
    }

    private struct Inbox {
        var completions: [Completion] = []
        var wakePending = false
        var shutdownGracePeriod: Duration?
    }

    let context: ServerContext
    private let epollFD: Int32
    private let wakeFD: Int32
    private let inbox = Mutex(Inbox())
    private var spareCompletions: [Completion] = []
    var connections: [Connection?] = []
    var activeCount = 0
    /// Connections already answered and only waiting for the peer to close; shutdown does not wait for them.
    var lingeringCount = 0
    private var dates = DateHeaderCache()
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    private let tickInterval: UInt64
    /// Built once: the 503 for a full worker queue, with the configured error headers.
    private let overloadedResponse: Response
    private var nextTick: UInt64 = 0
    private var shutdownDeadline: UInt64?
    /// Set while the listener is out of this loop's epoll set because accepting failed for lack of
    /// descriptors or memory; the listener is level-triggered, so leaving it in would spin the loop.
    private var acceptPausedUntil: UInt64?
    /// How long accepting pauses after EMFILE, ENFILE, ENOBUFS or ENOMEM (nginx waits 500 ms).
    static let acceptPause: UInt64 = 100_000_000

    init(context: ServerContext) throws {
        self.context = context
        epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard epollFD >= 0, wakeFD >= 0 else { throw Sockets.Failure(operation: "epoll_create1/eventfd", code: errno) }
        let configuration = context.configuration
        overloadedResponse = EventLoop.overloaded(errorHeaders: configuration.errorHeaders, page: configuration.errorPage)
        let shortest = [configuration.headTimeout, configuration.bodyTimeout, configuration.idleTimeout, configuration.writeTimeout]
            .map(\.nanoseconds).min() ?? 1_000_000_000
        // Deadlines are checked by a periodic sweep: a quarter of the shortest timeout, 5 ms to 250 ms.
        tickInterval = min(max(shortest / 4, 5_000_000), 250_000_000)
    }

    deinit {
        // Only here: a worker holding a job for this loop may still write to `wakeFD`.
        close(epollFD)
        close(wakeFD)
        readBuffer.deallocate()
    }

    // MARK: Cross-thread entry points

    /// Called by a worker: queue the response and wake the loop unless a wake-up is already pending.
    func complete(fd: Int32, connectionID: UInt64, response: Response) {
        let wake = inbox.withLock { inbox in
            inbox.completions.append(Completion(fd: fd, connectionID: connectionID, response: response))
            defer { inbox.wakePending = true }
            return !inbox.wakePending
        }
        if wake { signalWake() }
    }

    func requestShutdown(gracePeriod: Duration) {
        inbox.withLock { $0.shutdownGracePeriod = gracePeriod }
        signalWake()
    }

    private func signalWake() {
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }

    // MARK: The loop

    func run() {
        let eventSize = Int(gpm_epoll_event_size())
        let capacity: Int32 = 256
        let events = UnsafeMutableRawPointer.allocate(byteCount: eventSize * Int(capacity), alignment: 16)
        defer { events.deallocate() }
        _ = gpm_epoll_ctl(epollFD, EPOLL_CTL_ADD, context.listener, gpm_EPOLLIN | gpm_EPOLLEXCLUSIVE)
        _ = gpm_epoll_ctl(epollFD, EPOLL_CTL_ADD, wakeFD, gpm_EPOLLIN)
        let timeout = Int32(max(1, tickInterval / 1_000_000))
        while true {
            let count = gpm_epoll_wait(epollFD, events, capacity, timeout)
            let now = Sockets.monotonicNow()
            dates.refresh()
            for index in 0..<max(0, count) {
                let fd = gpm_epoll_event_fd(events, Int32(index))
                let flags = gpm_epoll_event_flags(events, Int32(index))
                if fd == context.listener {
                    if shutdownDeadline == nil { acceptConnections(now: now) }
                } else if fd == wakeFD {
                    drainInbox(now: now)
                } else if Int(fd) < connections.count, let connection = connections[Int(fd)] {
                    handle(connection, flags: flags, now: now)
                }
            }
            if let until = acceptPausedUntil, now >= until, shutdownDeadline == nil {
                acceptPausedUntil = nil
                _ = gpm_epoll_ctl(epollFD, EPOLL_CTL_ADD, context.listener, gpm_EPOLLIN | gpm_EPOLLEXCLUSIVE)
            }
            if now >= nextTick {
                nextTick = now &+ tickInterval
                sweepDeadlines(now: now)
            }
            if let deadline = shutdownDeadline, activeCount == lingeringCount || now >= deadline { break }
        }
        for case let connection? in connections { closeConnection(connection) }
    }

    private func acceptConnections(now: UInt64) {
        let configuration = context.configuration
        for _ in 0..<128 {
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { gpm_accept4(context.listener, $0, &length) }
            }
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                if errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM {
                    // Out of descriptors or memory: the pending connection stays in the backlog; stop
                    // watching the listener for a moment instead of waking for it again at once.
                    _ = gpm_epoll_ctl(epollFD, EPOLL_CTL_DEL, context.listener, 0)
                    acceptPausedUntil = now &+ EventLoop.acceptPause
                }
                return  // EAGAIN: drained
            }
            guard context.openConnections.add(1, ordering: .relaxed).newValue <= context.connectionLimit else {
                context.openConnections.subtract(1, ordering: .relaxed)
                close(fd)
                continue
            }
            let remoteAddress = Sockets.describe(address).host
            var clientKey: String?
            guard context.admitClient(remoteAddress, key: &clientKey) else {
                context.openConnections.subtract(1, ordering: .relaxed)
                close(fd)
                continue
            }
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let flags = gpm_EPOLLIN | gpm_EPOLLOUT | gpm_EPOLLRDHUP | gpm_EPOLLET
            guard gpm_epoll_ctl(epollFD, EPOLL_CTL_ADD, fd, flags) == 0 else {
                context.openConnections.subtract(1, ordering: .relaxed)
                if let clientKey { context.releaseClient(clientKey) }
                close(fd)
                continue
            }
            let id = context.nextConnectionID.add(1, ordering: .relaxed).oldValue
            let machine = ConnectionStateMachine(
                configuration: configuration, remoteAddress: remoteAddress, bodyBudget: context.bodyBudget, now: now)
            let connection = Connection(fd: fd, id: id, machine: machine)
            connection.clientKey = clientKey
            while connections.count <= Int(fd) { connections.append(nil) }
            connections[Int(fd)] = connection
            activeCount += 1
            pump(connection, now: now)
        }
    }

    private func drainInbox(now: UInt64) {
        var value: UInt64 = 0
        _ = read(wakeFD, &value, 8)
        var completions = spareCompletions
        let gracePeriod = inbox.withLock { inbox -> Duration? in
            swap(&inbox.completions, &completions)
            inbox.wakePending = false
            defer { inbox.shutdownGracePeriod = nil }
            return inbox.shutdownGracePeriod
        }
        for completion in completions {
            guard Int(completion.fd) < connections.count, let connection = connections[Int(completion.fd)],
                connection.id == completion.connectionID
            else { continue }
            perform(connection.machine.responseReady(completion.response, now: now), on: connection, now: now)
            pump(connection, now: now)
        }
        completions.removeAll(keepingCapacity: true)
        spareCompletions = completions
        if let gracePeriod, shutdownDeadline == nil { beginShutdown(gracePeriod: gracePeriod, now: now) }
    }

    /// The answer when the worker queue is full. It closes the connection: a client pipelining into an
    /// overloaded server should back off, and a fresh connection may reach a less busy server.
    static func overloaded(errorHeaders: HTTPHeaders, page: ServerErrorPage = .plain) -> Response {
        var response = page.response(.serviceUnavailable)
        response.headers.replaceOrAdd("Connection", "close")
        response.headers.replaceOrAdd("Retry-After", "1")
        for field in errorHeaders { response.headers.add(field.name, field.value) }
        return response
    }

    private func beginShutdown(gracePeriod: Duration, now: UInt64) {
        shutdownDeadline = now &+ gracePeriod.nanoseconds
        _ = gpm_epoll_ctl(epollFD, EPOLL_CTL_DEL, context.listener, 0)
        for case let connection? in connections {
            perform(connection.machine.shutdown(), on: connection, now: now)
        }
    }

    private func sweepDeadlines(now: UInt64) {
        for case let connection? in connections {
            if let deadline = connection.lingerDeadline {
                if now >= deadline { closeConnection(connection) }
            } else {
                perform(connection.machine.tick(now: now), on: connection, now: now)
            }
        }
    }

    // MARK: One connection

    private func handle(_ connection: Connection, flags: UInt32, now: UInt64) {
        if flags & (gpm_EPOLLERR | gpm_EPOLLHUP) != 0 {
            closeConnection(connection)
            return
        }
        if connection.lingerDeadline != nil {
            drainLingering(connection)
            return
        }
        if flags & gpm_EPOLLRDHUP != 0 { connection.peerClosedWrite = true }
        if flags & (gpm_EPOLLIN | gpm_EPOLLRDHUP) != 0 { connection.readable = true }
        if flags & gpm_EPOLLOUT != 0, connection.isWriting {
            guard flush(connection, now: now) else { return }
            perform(connection.machine.writeCompleted(now: now), on: connection, now: now)
        }
        pump(connection, now: now)
    }

    /// Reads while the connection wants input and the socket may have some.
    private func pump(_ connection: Connection, now: UInt64) {
        while !connection.isClosed, connection.readable, !connection.isWriting, connection.machine.wantsInput {
            let count = read(connection.fd, readBuffer.baseAddress, readBuffer.count)
            if count > 0 {
                // A short read drained the socket (TCP), so the next edge will tell us about more,
                // unless the peer half-closed: then read on until 0 to see the end.
                if count < readBuffer.count && !connection.peerClosedWrite { connection.readable = false }
                let action = connection.machine.received(UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]), now: now)
                perform(action, on: connection, now: now)
            } else if count == 0 {
                connection.readable = false
                connection.sawEndOfInput = true
                perform(connection.machine.inputClosed(now: now), on: connection, now: now)
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                connection.readable = false
            } else if errno != EINTR {
                closeConnection(connection)
            }
        }
    }

    private func perform(_ first: ConnectionStateMachine.Action, on connection: Connection, now: UInt64) {
        var action = first
        while !connection.isClosed {
            switch action {
            case .none:
                return
            case .dispatch(let request, let options):
                if options.runsInline {
                    action = connection.machine.responseReady(WorkerPool.respond(to: request, with: context.handler), now: now)
                    continue
                }
                let job = WorkerPool.Job(request: request, loop: self, fd: connection.fd, connectionID: connection.id)
                guard context.pool.submit(job) else {
                    action = connection.machine.responseReady(overloadedResponse, now: now)
                    continue
                }
                return
            case .write(let response, let responseContext):
                let bodyInline = ResponseSerializer.serialize(
                    response, context: responseContext, date: dates.line, serverName: context.configuration.serverName,
                    into: &connection.output)
                connection.outputBody = bodyInline ? [] : response.body
                connection.written = 0
                connection.isWriting = true
                guard flush(connection, now: now) else { return }
                action = connection.machine.writeCompleted(now: now)
            case .writeContinue:
                let sent = ResponseSerializer.continueResponse.withUnsafeBytes {
                    send(connection.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                // 25 bytes into an idle socket's empty buffer: anything short of all of it means trouble.
                if sent != ResponseSerializer.continueResponse.count { closeConnection(connection) }
                return
            case .close:
                closeGracefully(connection, now: now)
                return
            }
        }
    }
}
