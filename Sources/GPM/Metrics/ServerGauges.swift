import HTTP
import Synchronization

/// The running server's statistics for `/metrics`. The routes (and so the metrics) are built before the
/// server that serves them, so the application connects the server here once it exists.
final class ServerGauges: Sendable {
    private let source = Mutex<(@Sendable () -> ServerStatistics)?>(nil)

    /// Reads the statistics through `read` from now on (the application passes a weak reference to its server).
    func connect(_ read: @escaping @Sendable () -> ServerStatistics) {
        source.withLock { $0 = read }
    }

    /// The statistics now; nil before a server is connected.
    var current: ServerStatistics? {
        source.withLock { $0 }.map { $0() }
    }
}
