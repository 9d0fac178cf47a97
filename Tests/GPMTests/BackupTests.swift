import Foundation
import GPM
import Glibc
import SQLite
import Synchronization
import Testing

/// Scheduled backups (`--backup-dir`, `--backup-every`, `--backup-keep`), the lock `gpm serve` holds, and
/// `gpm restore`: real files, real servers, a fixed clock moved instead of sleeping.
@Suite("scheduled backups and gpm restore")
struct BackupTests {
    static let start = Timestamp.parse("2026-12-06T11:38:32Z")!

    /// Polls `condition` until it holds or `seconds` pass.
    static func eventually(within seconds: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(5_000)
        }
        return try condition()
    }

    /// A platform with scheduled backups into `backups/` of its folder, on a fixed clock.
    static func platform(every interval: TimeInterval = 3600, keep: Int = 3, clock: PlatformClock,
                         prepare: (String) throws -> Void = { _ in }) throws -> TestPlatform {
        try TestPlatform(seed: false) { configuration in
            let directory = URL(fileURLWithPath: configuration.databasePath).deletingLastPathComponent()
                .appendingPathComponent("backups").path
            configuration.clock = clock
            configuration.backup = BackupSchedule(directory: directory, interval: interval, keep: keep)
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? prepare(directory)
        }
    }

    static func integrity(_ path: String) throws -> String? {
        let db = try Connection(path: path, readOnly: true)
        defer { db.close() }
        return try db.scalar("PRAGMA integrity_check")
    }

    @Test func durationsNamesAndBadValues() {
        #expect(BackupSchedule.duration(parsing: "30m") == 1800)
        #expect(BackupSchedule.duration(parsing: "6h") == 21600)
        #expect(BackupSchedule.duration(parsing: "24h") == 86400)
        #expect(BackupSchedule.duration(parsing: "7d") == 604800)
        for bad in ["", "h", "24", "0h", "-1h", "1.5h", "24 h", "24H", "1w", "١h"] {
            #expect(BackupSchedule.duration(parsing: bad) == nil, "\(bad)")
        }
        #expect(BackupSchedule.fileName(at: Self.start) == "gpm-20261206T113832Z.sqlite")
        #expect(BackupSchedule.date(ofFileName: "gpm-20261206T113832Z.sqlite") == Self.start)
        #expect(BackupSchedule.date(ofFileName: "gpm-20261206T113832Z.sqlite.partial") == nil)
        #expect(BackupSchedule.date(ofFileName: "notes.sqlite") == nil)
    }

    @Test func scheduledCopiesAppearAreCheckedAndOnlyTheNewestAreKept() throws {
        let clock = PlatformClock(fixed: Self.start)
        let platform = try Self.platform(every: 3600, keep: 3, clock: clock)
        defer { platform.stop() }
        let backups = try #require(platform.app.backups)
        // No copy in the folder yet: the first is taken at the start.
        #expect(Self.eventually { backups.outcomes.count == 1 })
        #expect(backups.copies() == ["gpm-20261206T113832Z.sqlite"])
        // The thread records the copy, then moves the schedule: wait for both.
        #expect(Self.eventually { backups.nextDue == Self.start.addingTimeInterval(3600) })

        // Half an interval later nothing is due; each full interval brings one copy.
        clock.advance(by: 1800)
        backups.wake()
        for hour in 1...4 {
            clock.set(Self.start.addingTimeInterval(TimeInterval(hour) * 3600))
            backups.wake()
            #expect(Self.eventually { backups.outcomes.count == hour + 1 }, "copy \(hour)")
        }
        #expect(backups.outcomes.allSatisfy { $0.error == nil })
        #expect(backups.copies() == [
            "gpm-20261206T133832Z.sqlite", "gpm-20261206T143832Z.sqlite", "gpm-20261206T153832Z.sqlite",
        ])
        #expect(backups.outcomes.last?.deleted == ["gpm-20261206T123832Z.sqlite"])
        let names = try FileManager.default.contentsOfDirectory(atPath: backups.schedule.directory)
        #expect(names.sorted() == backups.copies(), "no partial copy left behind")
        for name in backups.copies() {
            let path = (backups.schedule.directory as NSString).appendingPathComponent(name)
            #expect(try Self.integrity(path) == "ok")
            let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
            #expect(mode & 0o077 == 0, "a copy holds password hashes: owner only")
        }
        let line = try #require(backups.outcomes.last?.logLine)
        #expect(line.contains("gpm-20261206T153832Z.sqlite") && line.contains("integrity ok"))

        // A copy on demand does not move the schedule.
        let now = try #require(platform.app.backUpNow())
        #expect(now.error == nil)
        #expect(Self.eventually { backups.nextDue == Self.start.addingTimeInterval(5 * 3600) })
    }

    @Test func theFirstCopyWaitsForTheIntervalAfterARecentOne() throws {
        let clock = PlatformClock(fixed: Self.start)
        let recent = BackupSchedule.fileName(at: Self.start.addingTimeInterval(-600))
        let platform = try Self.platform(every: 3600, keep: 3, clock: clock) { directory in
            _ = FileManager.default.createFile(atPath: (directory as NSString).appendingPathComponent(recent), contents: Data())
        }
        defer { platform.stop() }
        let backups = try #require(platform.app.backups)
        #expect(backups.nextDue == Self.start.addingTimeInterval(3000))
        #expect(backups.outcomes.isEmpty)
        clock.advance(by: 3000)
        backups.wake()
        #expect(Self.eventually { backups.outcomes.count == 1 })

        // An old copy only: one is taken at once.
        let stale = BackupSchedule.fileName(at: Self.start.addingTimeInterval(-7200))
        let other = try Self.platform(every: 3600, keep: 3, clock: PlatformClock(fixed: Self.start)) { directory in
            _ = FileManager.default.createFile(atPath: (directory as NSString).appendingPathComponent(stale), contents: Data())
        }
        defer { other.stop() }
        let otherBackups = try #require(other.app.backups)
        #expect(Self.eventually { otherBackups.outcomes.count == 1 })
        #expect(otherBackups.copies() == [stale, BackupSchedule.fileName(at: Self.start)])
    }

    @Test func aFailedCopyIsLoggedAndRetriedWhileTheServerServes() throws {
        let clock = PlatformClock(fixed: Self.start)
        let platform = try Self.platform(every: 3600, keep: 3, clock: clock)
        defer { platform.stop() }
        let backups = try #require(platform.app.backups)
        #expect(Self.eventually { backups.outcomes.count == 1 })
        // The folder becomes a plain file: the next copy cannot be written.
        let directory = backups.schedule.directory
        try FileManager.default.removeItem(atPath: directory)
        _ = FileManager.default.createFile(atPath: directory, contents: Data("not a folder".utf8))
        clock.advance(by: 3600)
        backups.wake()
        #expect(Self.eventually { backups.outcomes.count == 2 })
        let failed = try #require(backups.outcomes.last)
        #expect(failed.path == nil && failed.error != nil)
        #expect(failed.logLine.contains("FAILED"))
        #expect(try platform.get("/healthz").status == 200)
        #expect(backups.nextDue == Self.start.addingTimeInterval(7200))

        try FileManager.default.removeItem(atPath: directory)
        clock.advance(by: 3600)
        backups.wake()
        #expect(Self.eventually { backups.outcomes.count == 3 })
        #expect(backups.outcomes.last?.error == nil)
        #expect(backups.copies() == [BackupSchedule.fileName(at: Self.start.addingTimeInterval(7200))])
    }

    /// Writers on several threads, each write recorded with the moment it was acknowledged; a copy taken at T
    /// and restored with `gpm restore` into a fresh path holds every write acknowledged before T.
    @Test func aRestoredCopyTakenUnderWriteLoadHoldsEveryWriteAcknowledgedBeforeIt() throws {
        let clock = PlatformClock(fixed: Self.start)
        let platform = try Self.platform(every: 86400, keep: 14, clock: clock)
        defer { platform.stop() }
        let backups = try #require(platform.app.backups)
        #expect(Self.eventually { backups.outcomes.count == 1 })  // the start's copy, out of the way
        let database = platform.app.database
        try database.write { db in try db.run("CREATE TABLE backup_probe (writer INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (writer, n))") }

        struct Ack { let writer: Int; let n: Int; let at: ContinuousClock.Instant }
        let acks = Mutex<[Ack]>([])
        let stop = Atomic<Bool>(false)
        let failures = Atomic<Int>(0)
        let writers = (0..<4).map { writer in
            Thread {
                var n = 0
                while !stop.load(ordering: .relaxed) {
                    n += 1
                    do {
                        try database.write { db in try db.run("INSERT INTO backup_probe (writer, n) VALUES (?, ?)", writer, n) }
                        let at = ContinuousClock.now
                        acks.withLock { $0.append(Ack(writer: writer, n: n, at: at)) }
                    } catch {
                        failures.add(1, ordering: .relaxed)
                    }
                }
            }
        }
        writers.forEach { $0.start() }
        #expect(Self.eventually { acks.withLock { $0.count } >= 300 })
        // A minute on, so this copy's name (the clock's second) is not the start copy's; the schedule (daily)
        // takes none of its own meanwhile.
        clock.advance(by: 60)
        let moment = ContinuousClock.now
        let copy = try #require(platform.app.backUpNow())
        #expect(Self.eventually { acks.withLock { $0.last!.at > moment } && acks.withLock { $0.count } >= 600 })
        stop.store(true, ordering: .relaxed)
        #expect(Self.eventually { writers.allSatisfy(\.isFinished) })
        #expect(failures.load(ordering: .relaxed) == 0)
        let path = try #require(copy.path, "\(copy.error ?? "")")

        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("gpm-restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: fresh) }
        let restoredPath = fresh.appendingPathComponent("gpm.sqlite").path
        let run = try GPMCommandTests.run(["restore", path, "--database", restoredPath, "--root", TestPlatform.repositoryRoot.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("restored"))

        let restored = try Connection(path: restoredPath, readOnly: true)
        defer { restored.close() }
        let rows = Set(try restored.query("SELECT writer, n FROM backup_probe").map { "\(try $0.int("writer")):\(try $0.int("n"))" })
        let before = acks.withLock { $0.filter { $0.at < moment } }
        #expect(before.count >= 300)
        let missing = before.filter { !rows.contains("\($0.writer):\($0.n)") }
        #expect(missing.isEmpty, "\(missing.count) writes acknowledged before the copy are missing from it")
        // A snapshot: for each writer, the rows copied are 1...k with no gap.
        for writer in 0..<4 {
            let ns = rows.compactMap { $0.hasPrefix("\(writer):") ? Int($0.dropFirst(2)) : nil }.sorted()
            #expect(ns == Array(stride(from: 1, through: ns.count, by: 1)), "writer \(writer)")
        }
    }

    // MARK: the command

    /// Starts `gpm serve` on a free port and returns once it announced itself.
    static func serve(database: String) throws -> Process {
        let process = Process()
        process.executableURL = GPMCommandTests.executable
        process.arguments = ["serve", "--port", "0", "--database", database, "--root", TestPlatform.repositoryRoot.path, "--quiet", "--no-seed"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.standardError
        try process.run()
        var announced = ""
        let deadline = Date().addingTimeInterval(30)
        let fd = out.fileHandleForReading.fileDescriptor
        var byte: UInt8 = 0
        while !announced.contains("serving"), Date() < deadline {
            let n = read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            guard n == 1 else { break }
            announced.unicodeScalars.append(Unicode.Scalar(byte))
        }
        return process
    }

    @Test func restoreRefusesWhileAServerHoldsTheDatabaseAndWorksOnceItStops() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gpm-restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("gpm.sqlite").path
        let backup = folder.appendingPathComponent("copy.sqlite").path
        let root = TestPlatform.repositoryRoot.path

        let server = try Self.serve(database: database)
        defer { if server.isRunning { server.terminate(); server.waitUntilExit() } }
        #expect(server.isRunning)
        let copied = try GPMCommandTests.run(["backup", backup, "--database", database])
        #expect(copied.status == 0, "\(copied.errors)")
        let refused = try GPMCommandTests.run(["restore", backup, "--database", database, "--root", root])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("gpm.sqlite.lock"), "\(refused.errors)")
        #expect(refused.errors.contains("process \(server.processIdentifier)"))
        // A second server on the same database is refused too.
        let second = try GPMCommandTests.run(["serve", "--port", "0", "--database", database, "--root", root, "--quiet"])
        #expect(second.status == 1)
        #expect(second.errors.contains("gpm.sqlite.lock"))

        server.terminate()
        server.waitUntilExit()
        // Not a database: refused before anything moves.
        let junk = folder.appendingPathComponent("junk.sqlite").path
        _ = FileManager.default.createFile(atPath: junk, contents: Data("hello".utf8))
        let notSQLite = try GPMCommandTests.run(["restore", junk, "--database", database, "--root", root])
        #expect(notSQLite.status == 1)
        #expect(notSQLite.errors.contains("not an SQLite database"))
        #expect(FileManager.default.fileExists(atPath: database))

        let restored = try GPMCommandTests.run(["restore", backup, "--database", database, "--root", root])
        #expect(restored.status == 0, "\(restored.errors)")
        #expect(restored.output.contains("integrity ok"))
        #expect(restored.output.contains("moved the previous database aside"))
        #expect(restored.output.contains("restored \(backup) to \(database)"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("gpm.sqlite.before-restore-") }
        #expect(aside.contains { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }, "\(aside)")
        #expect(try Self.integrity(database) == "ok")
        let countries: Int? = try {
            let db = try Connection(path: database, readOnly: true)
            defer { db.close() }
            return try db.scalar("SELECT count(*) FROM countries")
        }()
        #expect((countries ?? 0) > 200)

        // The restored database serves.
        let again = try Self.serve(database: database)
        defer { if again.isRunning { again.terminate(); again.waitUntilExit() } }
        #expect(again.isRunning)
    }

    @Test func backupFlagsAreParsedWithClearErrors() throws {
        let help = try GPMCommandTests.run(["--help"])
        #expect(help.output.contains("--backup-dir") && help.output.contains("--backup-every") && help.output.contains("--backup-keep"))
        #expect(help.output.contains("restore FILE"))
        let every = try GPMCommandTests.run(["serve", "--backup-dir", "/tmp/x", "--backup-every", "5x"])
        #expect(every.status == 2)
        #expect(every.errors.contains("--backup-every must be a duration such as 30m, 6h, 24h or 7d, not '5x'"))
        let keep = try GPMCommandTests.run(["serve", "--backup-dir", "/tmp/x", "--backup-keep", "0"])
        #expect(keep.status == 2)
        #expect(keep.errors.contains("--backup-keep must be a number"))
        let alone = try GPMCommandTests.run(["serve", "--backup-every", "6h"])
        #expect(alone.status == 2)
        #expect(alone.errors.contains("need --backup-dir"))
        let missing = try GPMCommandTests.run(["restore"])
        #expect(missing.status == 2)
    }
}
