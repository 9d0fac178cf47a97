import Glibc

/// IMF-fixdate formatting and parsing (RFC 9110 §5.6.7), for `Date`, `Last-Modified` and
/// `If-Modified-Since`.
enum HTTPDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Sun, 06 Nov 1994 08:49:37 GMT` for seconds since the epoch.
    static func format(_ seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(1900 + parts.tm_year) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }

    /// Parses IMF-fixdate only; the obsolete formats are rare enough to treat as absent.
    static func parse(_ string: String) -> Int? {
        let parts = string.split(separator: " ")
        guard parts.count == 6, parts[5] == "GMT", let day = Int32(parts[1]),
            let month = months.firstIndex(of: String(parts[2])), let year = Int32(parts[3])
        else { return nil }
        let clock = parts[4].split(separator: ":")
        guard clock.count == 3, let hour = Int32(clock[0]), let minute = Int32(clock[1]), let second = Int32(clock[2]) else {
            return nil
        }
        var parts_ = tm()
        parts_.tm_year = year - 1900
        parts_.tm_mon = Int32(month)
        parts_.tm_mday = day
        parts_.tm_hour = hour
        parts_.tm_min = minute
        parts_.tm_sec = second
        return Int(timegm(&parts_))
    }
}

/// The `Date: …\r\n` header line, rebuilt at most once a second by the I/O thread that owns it.
struct DateHeaderCache {
    private(set) var line: [UInt8] = []
    private var second = -1

    mutating func refresh() {
        let now = Int(time(nil))
        guard now != second else { return }
        second = now
        line = Array("Date: \(HTTPDate.format(now))\r\n".utf8)
    }
}

extension HTTPDate {
    /// `2026-11-25T17:16:48Z`, for logs.
    static func iso8601(_ seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(1900 + parts.tm_year)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
            + "T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
