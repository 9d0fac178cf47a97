import Foundation
import Synchronization

/// Where the application reads "now": deadlines, session expiry, throttles, invitation lifetimes,
/// "today" on the dashboard. One per `Application`, so tests running side by side each move their own.
///
/// - `.system` in production;
/// - `PlatformClock(fixed:)` in tests, moved with `set(_:)` and `advance(by:)`;
/// - `PlatformClock(file:)` for the CI suites, which move a running server's clock by writing an ISO 8601
///   instant into a file (`GPM_CLOCK_FILE`, an environment variable production never sets). An absent or
///   empty file means the real time.
public final class PlatformClock: Sendable {
    private enum Source: Sendable {
        case system
        case settable(Instant)
        case file(String)
    }

    /// The instant a test clock stands at (a class: a `Mutex` cannot sit in an enum's payload).
    private final class Instant: Sendable {
        let date: Mutex<Date>
        init(_ date: Date) { self.date = Mutex(date) }
    }

    private let source: Source

    /// The real time.
    public static let system = PlatformClock(source: .system)

    private init(source: Source) { self.source = source }

    /// A clock that stands still at `date` until moved.
    public convenience init(fixed date: Date) { self.init(source: .settable(Instant(date))) }

    /// A clock read from `path` on every call (see the type's comment).
    public convenience init(file path: String) { self.init(source: .file(path)) }

    /// The clock the environment asks for: `GPM_CLOCK_FILE` set → read from that file; else the system's.
    public static func fromEnvironment(_ environment: [String: String]) -> PlatformClock {
        if let path = environment["GPM_CLOCK_FILE"], !path.isEmpty { return PlatformClock(file: path) }
        return .system
    }

    /// Now, by this clock.
    public func now() -> Date {
        switch source {
        case .system:
            return Date()
        case .settable(let date):
            return date.date.withLock { $0 }
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !text.isEmpty else { return Date() }
            guard let date = Timestamp.parse(text) else {
                // A test that writes a bad instant must notice: the real time would hide its mistake.
                preconditionFailure("GPM_CLOCK_FILE \(path) holds '\(text)', not an ISO 8601 instant")
            }
            return date
        }
    }

    /// Moves a settable clock to `date`. Only test clocks can be moved.
    public func set(_ date: Date) {
        guard case .settable(let current) = source else { preconditionFailure("only a fixed clock can be set") }
        current.date.withLock { $0 = date }
    }

    /// Moves a settable clock forward (or back, with a negative interval).
    public func advance(by interval: TimeInterval) {
        guard case .settable(let current) = source else { preconditionFailure("only a fixed clock can be advanced") }
        current.date.withLock { $0 = $0.addingTimeInterval(interval) }
    }

    /// Seconds since 1970, as the accounts tables keep expiry times.
    public func epochSeconds() -> Int { Int(now().timeIntervalSince1970) }

    /// Now as the tables keep timestamps: ISO 8601 in UTC to the second (`2026-12-06T11:38:32Z`).
    public func timestamp() -> String { Timestamp.format(now()) }

    /// Today's date in UTC as the tables keep dates (`2026-12-06`).
    public func today() -> String { String(Timestamp.format(now()).prefix(10)) }
}

/// The one textual form of instants in the database: ISO 8601, UTC, whole seconds, `Z`.
public enum Timestamp {
    /// `2026-12-06T11:38:32Z`.
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// `2026-12-06T11:38:32Z`, `2026-12-06T11:38:32+01:00` or a bare date `2026-12-06` (midnight UTC).
    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }

    /// The stored text of `seconds` since 1970.
    public static func format(seconds: Int) -> String { format(Date(timeIntervalSince1970: TimeInterval(seconds))) }
}
