/// What a running server is doing right now, read in one call for monitoring (the application turns it
/// into metrics; the server knows nothing of their format). Each figure is read on its own, so they
/// are each exact but not one atomic snapshot.
public struct ServerStatistics: Sendable, Equatable {
    /// Client connections open, idle keep-alive and lingering ones included.
    public var openConnections: Int
    /// Requests parsed and waiting for a free worker thread (the queue is bounded; when full, 503).
    public var queuedRequests: Int
    /// Worker threads inside a handler.
    public var busyWorkers: Int
    /// Worker threads in the pool.
    public var workerThreads: Int
    /// Request body bytes held by all connections (reserved at their heads, released when answered).
    public var bodyBytesInFlight: Int

    public init(openConnections: Int = 0, queuedRequests: Int = 0, busyWorkers: Int = 0, workerThreads: Int = 0, bodyBytesInFlight: Int = 0) {
        self.openConnections = openConnections
        self.queuedRequests = queuedRequests
        self.busyWorkers = busyWorkers
        self.workerThreads = workerThreads
        self.bodyBytesInFlight = bodyBytesInFlight
    }
}
