import Foundation
import GPM
import SQLite
import Testing

/// Every test gives the same result on any day: the demo's cycles open and close by dates, so a test that
/// read the real date would pass today and fail once the real date leaves the demo's 2026 cycle. Checked on
/// the tests' source, as `ArchitectureTests` checks the application's: outside `Support/` (where
/// `TestPlatform` fixes the clock at `TestPlatform.fixedNow`), a test reads "now" only from the platform's
/// clock (`platform.clock`), except for the lines on the allow-list, each with its reason.
@Suite struct ClockIndependenceTests {
    static let tests = TestPlatform.repositoryRoot.appendingPathComponent("Tests/GPMTests")

    /// Ways Swift code reads the real time (or asks for the system clock), one regular expression each.
    static let realTimeMarkers = [
        #"\bDate\(\)"#,
        #"\bDate\.now\b"#,
        #"timeIntervalSince"# + "Now",  // split so this file's own line does not match
        #"PlatformClock\.system|clock\s*=\s*\.system\b"#,
        #"\bCFAbsoluteTimeGetCurrent\b|\bgettimeofday\b|\btime\(nil\)"#,
        #"'now'"#,  // SQL's datetime('now'), date('now')
    ]

    /// Lines that may read the real time: in `file`, a line containing `fragment`. Real time is right for
    /// waiting on a real process (a timeout) and for what is a real instant by definition, never for an
    /// application rule.
    static let allowed: [(file: String, fragment: String, reason: String)] = [
        ("ClockIndependenceTests.swift", "", "this file names the markers it looks for"),
        ("ClockTests.swift", "timeIntervalSinceNow", "tests PlatformClock itself: with no clock file a suite's clock is the real time"),
        ("ClockTests.swift", "PlatformClock.system", "tests PlatformClock itself: no GPM_CLOCK_FILE means the system clock"),
        ("GPMCommandTests.swift", "deadline", "a timeout for a real `gpm serve` child to print its port"),
        ("ProxyCommandTests.swift", "deadline", "a timeout for a real `gpm serve` child to print its port and log"),
        ("MetricsCommandTests.swift", "deadline", "a timeout for a real `gpm serve` child to print its port"),
        ("BackupTests.swift", "deadline", "timeouts for the backup thread and a real `gpm serve` child"),
        ("OutboxTests.swift", "deadline", "a timeout while waiting for the delivery worker's thread"),
        ("MetricsTests.swift", "a real instant", "process_start_time_seconds is the process's real start (Prometheus' convention), compared with the real time; true on any day"),
    ]

    static func isAllowed(file: String, line: Substring) -> Bool {
        allowed.contains { $0.file == file && ($0.fragment.isEmpty || line.contains($0.fragment)) }
    }

    @Test func testsReadNowOnlyThroughThePlatformClock() throws {
        let markers = try Self.realTimeMarkers.map { try Regex($0) }
        var offenders: [String] = []
        for file in try ArchitectureTests.files(below: Self.tests, ending: ".swift") where !file.path.hasPrefix("Support/") {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                guard markers.contains(where: { code.contains($0) }), !Self.isAllowed(file: file.path, line: line) else { continue }
                offenders.append("\(file.path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(
            offenders.isEmpty,
            "tests reading the real date (use platform.clock, or a fixed instant):\n\(offenders.joined(separator: "\n"))")
    }

    /// The platform tests get by default stands inside the demo's 2026 cycle, whatever the real date.
    @Test func theTestPlatformsClockIsFixedInsideTheDemosCycle() throws {
        #expect(Timestamp.format(TestPlatform.fixedNow) == "2026-11-20T12:00:00Z")
        let platform = try TestPlatform()
        defer { platform.stop() }
        #expect(platform.clock.now() == TestPlatform.fixedNow)
        #expect(platform.app.configuration.clock === platform.clock)
        let (opens, closes): (String?, String?) = try platform.app.database.read { db in
            (try db.scalar("SELECT opens_on FROM reporting_cycles WHERE year = 2026"),
             try db.scalar("SELECT closes_on FROM reporting_cycles WHERE year = 2026"))
        }
        let today = platform.clock.today()
        #expect(try #require(opens) <= today && today < (try #require(closes)))
        // Movable: a test can step over the cycle's close and back.
        platform.clock.advance(by: 365 * 86_400)
        #expect(platform.clock.today() == "2027-11-20")
        platform.clock.set(TestPlatform.fixedNow)
        #expect(platform.clock.now() == TestPlatform.fixedNow)
    }

    /// A CI suite (or its Python) that starts `gpm serve` says which clock the application runs on: it sets
    /// `GPM_CLOCK_FILE` to a fixed instant, or its header says why it need not (no application date involved).
    @Test func suitesThatStartAServerSayWhichClock() throws {
        let root = TestPlatform.repositoryRoot
        let starts = #/serve --port|["']serve["']/#
        var files = try ArchitectureTests.files(below: root.appendingPathComponent(".ci/suites"), ending: ".sh")
            .map { (".ci/suites/" + $0.path, $0.text) }
        files += try ArchitectureTests.files(below: root.appendingPathComponent("Tests"), ending: ".py").map { ("Tests/" + $0.path, $0.text) }
        #expect(files.contains { $0.0 == "Tests/browser/gpm_server.py" })
        let silent = files.filter { $0.1.contains(starts) && !$0.1.contains("GPM_CLOCK_FILE") }.map(\.0)
        #expect(silent.isEmpty, "suites that start gpm serve without saying which clock it runs on: \(silent)")
    }
}
