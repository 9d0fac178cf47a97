import Dispatch
import Synchronization

extension DatabasePool {
    /// Connections handed out and waits for one, for monitoring (`DatabasePool.statistics`).
    public struct Statistics: Sendable, Equatable {
        /// Counts for one kind of connection (the readers or the writer), since the pool opened.
        public struct Waits: Sendable, Equatable {
            /// Times a connection was asked for (`read` and `write` calls, backups included).
            public var acquisitions: UInt64 = 0
            /// Times the caller had to wait for it.
            public var waits: UInt64 = 0
            /// Time spent waiting, all waits together.
            public var waitNanoseconds: UInt64 = 0

            public init(acquisitions: UInt64 = 0, waits: UInt64 = 0, waitNanoseconds: UInt64 = 0) {
                self.acquisitions = acquisitions
                self.waits = waits
                self.waitNanoseconds = waitNanoseconds
            }
        }

        public var read: Waits
        public var write: Waits
    }
}

/// Lock-free counters behind `DatabasePool.Statistics.Waits`: relaxed atomic adds, read without a lock
/// (each figure exact, the three together not one snapshot, which monitoring does not need).
final class WaitCounters: Sendable {
    let acquisitions = Atomic<UInt64>(0)
    let waits = Atomic<UInt64>(0)
    let waitNanoseconds = Atomic<UInt64>(0)

    /// Counts one wait that began at `start` (`DispatchTime.uptimeNanoseconds`) and ends now.
    func recordWait(since start: UInt64) {
        let now = DispatchTime.now().uptimeNanoseconds
        waits.add(1, ordering: .relaxed)
        waitNanoseconds.add(now >= start ? now - start : 0, ordering: .relaxed)
    }

    var snapshot: DatabasePool.Statistics.Waits {
        DatabasePool.Statistics.Waits(
            acquisitions: acquisitions.load(ordering: .relaxed), waits: waits.load(ordering: .relaxed),
            waitNanoseconds: waitNanoseconds.load(ordering: .relaxed))
    }
}
