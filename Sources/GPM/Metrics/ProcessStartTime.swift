import Foundation
import Glibc

/// When this process started, in seconds since the Unix epoch, for `process_start_time_seconds` (the name
/// and meaning Prometheus' client libraries use, so dashboards compute uptime and spot restarts).
///
/// Read from the kernel (`/proc/self/stat`'s start time in clock ticks after boot, plus the boot time from
/// `/proc/stat`), as the Prometheus client libraries do, rather than from a clock: it is a fact about the
/// process, not an application instant, and the platform's clock may be fixed or moved (tests, CI suites).
enum ProcessStartTime {
    /// Nil where `/proc` is missing or unreadable (not Linux); the metric is then left out.
    static let secondsSinceEpoch: Double? = {
        guard let stat = text("/proc/self/stat"), let boot = text("/proc/stat") else { return nil }
        // Fields after the command name, which is in parentheses and may itself contain spaces or ')'.
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Field 22 (starttime) of the whole line is the 20th after the name: state is field 3.
        guard fields.count > 19, let ticks = Double(fields[19]) else { return nil }
        guard let bootLine = boot.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }),
              let bootTime = Double(bootLine.dropFirst("btime ".count).trimmingCharacters(in: .whitespaces))
        else { return nil }
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard ticksPerSecond > 0 else { return nil }
        return bootTime + ticks / ticksPerSecond
    }()

    private static func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
