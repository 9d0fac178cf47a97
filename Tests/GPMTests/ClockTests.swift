import Foundation
import Testing
@testable import GPM

/// The application's clock: fixed and movable in tests, read from a file for the CI suites. (Sessions
/// expiring by it: `AccountsSignInTests`.)
@Suite struct ClockTests {
    @Test func aFixedClockMovesOnlyWhenTold() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let clock = PlatformClock(fixed: start)
        #expect(clock.now() == start)
        clock.advance(by: 86_400)
        #expect(clock.now() == start.addingTimeInterval(86_400))
        #expect(clock.timestamp() == "2027-01-16T08:00:00Z")
        #expect(clock.today() == "2027-01-16")
        clock.set(start)
        #expect(clock.epochSeconds() == 1_800_000_000)
    }

    @Test func theSuitesMoveARunningServersClockThroughAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gpm-clock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let clock = PlatformClock.fromEnvironment(["GPM_CLOCK_FILE": file.path])
        // No file yet: the real time.
        #expect(abs(clock.now().timeIntervalSinceNow) < 60)
        try "2027-03-01T23:59:59Z\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(clock.timestamp() == "2027-03-01T23:59:59Z")
        try "2027-03-02".write(to: file, atomically: true, encoding: .utf8)
        #expect(clock.timestamp() == "2027-03-02T00:00:00Z")
        #expect(PlatformClock.fromEnvironment([:]) === PlatformClock.system)
    }
}
