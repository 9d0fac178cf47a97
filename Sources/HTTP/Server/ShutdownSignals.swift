import Foundation
import Glibc

/// SIGINT and SIGTERM as a request for a graceful shutdown, taken by one thread with `sigwait`.
///
/// Why not a dispatch signal source: on Linux a process-directed signal goes to any thread that does not
/// block it, and the dispatch source needs `SIG_IGN` installed, so a SIGTERM that the kernel handed to
/// an event-loop or worker thread was discarded and the server never stopped (a test waited for ever
/// for a `gpm serve` it had terminated, about one run in twenty under load). Blocking both signals in
/// every thread, and taking them synchronously on one thread, makes delivery certain. Threads inherit
/// the mask of the thread that starts them, so `block()` must run before any thread is started.
public enum ShutdownSignals {
    private static var set: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        return set
    }

    /// Blocks SIGINT and SIGTERM in the calling thread and so in every thread it starts afterwards.
    /// Call it first thing in `main`, before a server, a pool or a timer starts a thread.
    public static func block() {
        var set = set
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Starts a thread that waits for SIGINT or SIGTERM and runs `action` for each one received.
    /// A thread started before `block()` still takes the signal's default action (the process ends
    /// at once rather than gracefully), never a lost signal.
    static func onSignal(_ action: @escaping @Sendable () -> Void) {
        block()
        let thread = Thread {
            var set = set
            while true {
                var received: Int32 = 0
                if sigwait(&set, &received) == 0 { action() }
            }
        }
        thread.name = "gpm-signals"
        thread.start()
    }
}
