import Foundation
import SQLite
import Synchronization

/// Takes a copy of the database every `schedule.interval` on a background thread, while the platform serves
/// (`DatabaseBackup.checkedCopy`: SQLite's online backup, integrity-checked, renamed into place), and keeps
/// the newest `schedule.keep` copies. Times come from the application's clock, so a test moves a fixed clock
/// and calls `wake()` (or calls `backUpNow()`) instead of sleeping.
///
/// The first copy is due one interval after the newest copy already in the folder: at once when there is
/// none or it is older than the interval. A failed copy is logged and tried again an interval later; it never
/// stops the server.
public final class BackupScheduler: Sendable {
    /// What one copy came to, for the log line and for tests.
    public struct Outcome: Sendable {
        public let takenAt: Date
        /// The copy's path once written and checked; nil when it failed.
        public let path: String?
        public let bytes: Int
        public let deleted: [String]
        public let error: String?
        public let seconds: Double

        /// One line for stdout: names the file and the result, never anything read from the database.
        public var logLine: String {
            let stamp = Timestamp.format(takenAt)
            if let path {
                let removed = deleted.isEmpty ? "" : "; deleted \(deleted.count) older: \(deleted.joined(separator: ", "))"
                return "gpm: backup \(stamp) → \(path) (\(bytes) bytes, integrity ok, \(String(format: "%.2f", seconds)) s)\(removed)"
            }
            return "gpm: backup \(stamp) FAILED, retrying in one interval: \(error ?? "unknown error")"
        }
    }

    private struct State {
        var due: Date?
        var started = false
        var stopping = false
        var stopped = false
        var wakeups = 0
        var outcomes: [Outcome] = []
    }

    public let schedule: BackupSchedule
    private let database: DatabasePool
    private let clock: PlatformClock
    private let log: @Sendable (String) -> Void
    private let state = Mutex(State())
    /// Wakes the thread (a moved clock, shutdown); guards nothing else.
    private let condition = NSCondition()
    /// One copy at a time: the thread's and `backUpNow()`'s.
    private let copying = Mutex(())

    public init(database: DatabasePool, schedule: BackupSchedule, clock: PlatformClock,
                log: @escaping @Sendable (String) -> Void) throws {
        self.database = database
        self.schedule = schedule
        self.clock = clock
        self.log = log
        try FileManager.default.createDirectory(
            atPath: schedule.directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // A partial copy left by a crash is never a backup.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: schedule.directory)) ?? []
        where name.hasPrefix(".gpm-") && name.contains(".sqlite.partial") {
            try? FileManager.default.removeItem(atPath: (schedule.directory as NSString).appendingPathComponent(name))
        }
        let now = clock.now()
        let newest = copies().last.flatMap { BackupSchedule.date(ofFileName: $0) }
        let due = newest.map { min($0.addingTimeInterval(schedule.interval), now.addingTimeInterval(schedule.interval)) } ?? now
        state.withLock { $0.due = due }
    }

    /// Starts the background thread.
    public func start() {
        state.withLock { $0.started = true }
        let thread = Thread { [self] in run() }
        thread.name = "gpm-backup"
        thread.start()
    }

    /// The copies in the folder, oldest first (their names sort by time).
    public func copies() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: schedule.directory)) ?? []
        return names.filter { BackupSchedule.date(ofFileName: $0) != nil }.sorted()
    }

    /// When the next scheduled copy is due.
    public var nextDue: Date? { state.withLock { $0.due } }

    /// Every copy taken so far by this scheduler, oldest first.
    public var outcomes: [Outcome] { state.withLock { $0.outcomes } }

    /// Makes the thread look at the clock now (tests: after moving a fixed clock).
    public func wake() {
        state.withLock { $0.wakeups += 1 }
        condition.lock()
        condition.broadcast()
        condition.unlock()
    }

    /// Takes a copy now, on the calling thread, whatever the schedule says (the schedule is not moved).
    @discardableResult
    public func backUpNow() -> Outcome { takeCopy() }

    /// Stops the thread, waiting for a copy in progress to finish. Idempotent.
    public func stop() {
        state.withLock { $0.stopping = true }
        condition.lock()
        condition.broadcast()
        while state.withLock({ $0.started && !$0.stopped }) {
            _ = condition.wait(until: Date().addingTimeInterval(0.05))
        }
        condition.unlock()
    }

    private func run() {
        defer {
            state.withLock { $0.stopped = true }
            condition.lock()
            condition.broadcast()
            condition.unlock()
        }
        while true {
            let (stopping, due, seen) = state.withLock { ($0.stopping, $0.due, $0.wakeups) }
            if stopping { return }
            let now = clock.now()
            if let due, now >= due {
                takeCopy(scheduledFor: due)
                continue
            }
            // Wait for the due time, a wakeup or shutdown; look again at least every second, so a clock read
            // from a file (the CI suites) or a changed system time is noticed.
            let wait = min(max((due ?? now).timeIntervalSince(now), 0.01), 1)
            // A wakeup counted after `seen` was read skips the wait; one counted later finds us waiting.
            condition.lock()
            if state.withLock({ !$0.stopping && $0.wakeups == seen }) {
                _ = condition.wait(until: Date().addingTimeInterval(wait))
            }
            condition.unlock()
        }
    }

    /// Takes a copy now. A scheduled copy (`scheduledFor` its due time) also moves the schedule, under the
    /// same lock that records the outcome, so whoever sees the outcome sees the next due time too.
    @discardableResult
    private func takeCopy(scheduledFor due: Date? = nil) -> Outcome {
        copying.withLock { _ in
            let takenAt = clock.now()
            let started = ContinuousClock.now
            let name = BackupSchedule.fileName(at: takenAt)
            let path = (schedule.directory as NSString).appendingPathComponent(name)
            let outcome: Outcome
            do {
                try FileManager.default.createDirectory(atPath: schedule.directory, withIntermediateDirectories: true)
                let bytes = try DatabaseBackup.checkedCopy(of: database, to: path)
                let deleted = prune()
                outcome = Outcome(takenAt: takenAt, path: path, bytes: bytes, deleted: deleted, error: nil,
                                  seconds: Self.seconds(since: started))
            } catch {
                outcome = Outcome(takenAt: takenAt, path: nil, bytes: 0, deleted: [], error: "\(error)",
                                  seconds: Self.seconds(since: started))
            }
            state.withLock { state in
                state.outcomes.append(outcome)
                if let due {
                    // The next copy an interval after this one was due; a server asleep for days takes one, not many.
                    var next = due.addingTimeInterval(schedule.interval)
                    if next <= outcome.takenAt { next = outcome.takenAt.addingTimeInterval(schedule.interval) }
                    state.due = next
                }
            }
            log(outcome.logLine)
            return outcome
        }
    }

    /// Deletes all but the newest `keep` copies; returns the names deleted.
    private func prune() -> [String] {
        let all = copies()
        guard all.count > schedule.keep else { return [] }
        var deleted: [String] = []
        for name in all.prefix(all.count - schedule.keep) {
            if (try? FileManager.default.removeItem(atPath: (schedule.directory as NSString).appendingPathComponent(name))) != nil {
                deleted.append(name)
            }
        }
        return deleted
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
