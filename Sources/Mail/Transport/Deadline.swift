import Glibc

/// A point on CLOCK_MONOTONIC (immune to the wall clock being set) by which a step must be done.
struct Deadline {
    let nanoseconds: UInt64

    init(secondsFromNow seconds: Double) {
        nanoseconds = Deadline.now() + UInt64(max(0, seconds) * 1_000_000_000)
    }

    /// Milliseconds left for poll(2): 0 once passed, capped so the Int32 cannot overflow.
    var pollMilliseconds: Int32 {
        let now = Deadline.now()
        guard nanoseconds > now else { return 0 }
        return Int32(min((nanoseconds - now) / 1_000_000 + 1, 86_400_000))
    }

    var hasPassed: Bool { Deadline.now() >= nanoseconds }

    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
