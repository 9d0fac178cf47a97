import Dispatch
import Foundation
import Glibc
import Synchronization

/// The HTTP/1.1 server: binds, runs `ioThreads` epoll loops and a pool of `workerCount` handler
/// threads, and shuts down gracefully.
///
/// ```swift
/// let server = Server(configuration: configuration, router: router)
/// let port = try server.start()
/// server.installSignalHandlers()
/// server.waitUntilStopped()
/// ```
public final class Server: Sendable {
    private struct State {
        var context: ServerContext?
        var loops: [EventLoop] = []
        var running = 0
        var started = false
        var stopped = false
        var stopping = false
    }

    public let configuration: ServerConfiguration
    private let handler: Handler
    /// Clashing registrations of the router this server was made with; `start()` refuses them.
    private let routeConflicts: [RouteConflict]
    private let state = Mutex(State())
    private let stoppedSignal = DispatchSemaphore(value: 0)

    public convenience init(configuration: ServerConfiguration, handler: @escaping Handler) {
        self.init(configuration: configuration, handler: handler, routeConflicts: [])
    }

    private init(configuration: ServerConfiguration, handler: @escaping Handler, routeConflicts: [RouteConflict]) {
        self.configuration = configuration
        self.handler = handler
        self.routeConflicts = routeConflicts
    }

    /// Serves `router`, which also decides per-route body limits and inline handlers.
    public convenience init(configuration: ServerConfiguration, router: Router) {
        var configuration = configuration
        configuration.matchRoute = router.matcher()
        self.init(configuration: configuration, handler: router.handler(), routeConflicts: router.conflicts)
    }

    /// Binds and starts serving; returns the bound port once the socket is listening.
    @discardableResult
    public func start() throws -> Int {
        // A route table with clashes would answer some paths with the wrong handler or parameter name:
        // better not to start at all, with the reason.
        if let conflict = routeConflicts.first { throw conflict }
        try state.withLock { state in
            guard !state.started else { throw Sockets.Failure(operation: "start (already started)", code: EALREADY) }
            state.started = true
        }
        signal(SIGPIPE, SIG_IGN)
        let listener: Int32, port: Int
        do {
            (listener, port) = try Sockets.listen(host: configuration.host, port: configuration.port, backlog: max(511, configuration.backlog))
        } catch {
            state.withLock { $0.started = false }
            throw error
        }
        let pool = WorkerPool(threads: configuration.workerCount, capacity: configuration.maxQueuedRequests, handler: handler)
        let context = ServerContext(configuration: configuration, handler: handler, listener: listener, pool: pool)
        let loops: [EventLoop]
        do {
            loops = try (0..<max(1, configuration.ioThreads)).map { _ in try EventLoop(context: context) }
        } catch {
            close(listener)
            pool.stop()
            state.withLock { $0.started = false }
            throw error
        }
        state.withLock { state in
            state.context = context
            state.loops = loops
            state.running = loops.count
        }
        for (index, loop) in loops.enumerated() {
            let thread = Thread { [self] in
                loop.run()
                loopStopped()
            }
            thread.name = "http-io-\(index)"
            thread.stackSize = 4 << 20
            thread.start()
        }
        return port
    }

    /// Stops accepting, closes idle connections, lets requests in progress finish for up to
    /// `gracePeriod` (default: the configuration's), then closes the rest. Returns at once;
    /// `waitUntilStopped()` blocks until done.
    public func shutdown(gracePeriod: Duration? = nil) {
        let loops = state.withLock { state -> [EventLoop] in
            // Refuse new connections now. The descriptor stays open (no number reuse while loops may
            // still see it) and is closed, under this same lock, once every loop has stopped.
            if let context = state.context, !state.stopping {
                state.stopping = true
                Glibc.shutdown(context.listener, Int32(SHUT_RDWR))
            }
            return state.loops
        }
        for loop in loops { loop.requestShutdown(gracePeriod: gracePeriod ?? configuration.shutdownGracePeriod) }
    }

    /// Connections open right now, lingering ones included (tests check that abuse leaves none behind).
    var openConnectionCount: Int { state.withLock { $0.context?.openConnections.load(ordering: .relaxed) ?? 0 } }

    /// Request body bytes held right now (reserved at their heads, released when answered).
    var bodyBytesInFlight: Int { state.withLock { $0.context?.bodyBudget.inFlight ?? 0 } }

    /// Requests waiting for a worker.
    var queuedRequestCount: Int { state.withLock { $0.context?.pool.queuedCount ?? 0 } }

    /// Connections, queue and workers right now; all zero before `start()` and after the server stopped.
    public var statistics: ServerStatistics {
        guard let context = state.withLock({ $0.context }) else { return ServerStatistics() }
        let (queued, busy) = context.pool.load
        return ServerStatistics(
            openConnections: context.openConnections.load(ordering: .relaxed), queuedRequests: queued, busyWorkers: busy,
            workerThreads: context.pool.threadCount, bodyBytesInFlight: context.bodyBudget.inFlight)
    }

    /// Blocks until the server stopped after `shutdown`.
    public func waitUntilStopped() {
        guard state.withLock({ $0.started && !$0.stopped }) else { return }
        stoppedSignal.wait()
        stoppedSignal.signal()  // let any other waiter through too
    }

    /// SIGINT and SIGTERM start a graceful shutdown (see `ShutdownSignals` for why they are waited
    /// for on one thread; `ShutdownSignals.block()` should have run before any thread started).
    public func installSignalHandlers() {
        ShutdownSignals.onSignal { [self] in shutdown() }
    }

    private func loopStopped() {
        let finished = state.withLock { state -> ServerContext? in
            state.running -= 1
            guard state.running == 0, let context = state.context else { return nil }
            state.stopped = true
            state.loops = []
            state.context = nil
            close(context.listener)
            return context
        }
        guard let context = finished else { return }
        context.pool.stop()
        stoppedSignal.signal()
    }
}
