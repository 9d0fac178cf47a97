import Foundation
import Glibc
import Synchronization
import Testing

/// The `gpm` command as a user runs it: a real process, its output and exit status.
@Suite("gpm command")
struct GPMCommandTests {
    /// The built `gpm` sits beside the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gpm")
    }

    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once so neither fills up and stalls the child.
        let errorsBox = Mutex<[UInt8]>([])
        let errorReader = Thread { errorsBox.withLock { $0 = Self.readAll(err.fileHandleForReading.fileDescriptor) } }
        errorReader.start()
        let output = Self.readAll(out.fileHandleForReading.fileDescriptor)
        process.waitUntilExit()
        while errorReader.isExecuting || !errorReader.isFinished { usleep(1000) }
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   errors: String(decoding: errorsBox.withLock { $0 }, as: UTF8.self))
    }

    /// Reads a pipe to its end, retrying reads that a signal interrupted (FileHandle does not).
    static func readAll(_ fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return bytes }
            bytes += buffer[0..<n]
        }
    }

    static func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("gpm-cmd-\(UUID().uuidString).sqlite").path
    }

    /// Removes a database file with its WAL and shared-memory files, so tests leave nothing behind.
    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test func versionAndHelp() throws {
        let version = try Self.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("gpm "))
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("serve"))
        #expect(help.output.contains("--database"))
    }

    @Test func badFlagIsAClearErrorWithExitStatus2() throws {
        let run = try Self.run(["serve", "--port", "http"])
        #expect(run.status == 2)
        #expect(run.errors.contains("--port must be a port number"))
        let unknown = try Self.run(["serve", "--colour"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("unknown option '--colour'"))
    }

    @Test func unreadableDatabaseIsAClearError() throws {
        let run = try Self.run(["migrate", "--database", "/nonexistent-folder/x/gpm.sqlite",
                                "--root", TestPlatform.repositoryRoot.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("cannot migrate"))
    }

    @Test func migrateIsIdempotent() throws {
        let database = Self.temporaryDatabase()
        defer { Self.removeDatabase(database) }
        let root = TestPlatform.repositoryRoot.path
        let first = try Self.run(["migrate", "--database", database, "--root", root])
        #expect(first.status == 0)
        #expect(first.output.contains("applied 0001_"))
        let second = try Self.run(["migrate", "--database", database, "--root", root])
        #expect(second.status == 0)
        #expect(second.output.contains("up to date"))
    }

    /// `gpm serve` on port 0: prints its URL, serves the home page from a new seeded database, and
    /// stops with status 0 on SIGTERM.
    @Test func serveStartsOnAFreePortAndStopsOnSIGTERM() throws {
        let database = Self.temporaryDatabase()
        defer { Self.removeDatabase(database) }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0", "--database", database, "--root", TestPlatform.repositoryRoot.path, "--quiet"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.standardError
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // Read the announcement line; the deadline guards against a server that never starts.
        var announced = ""
        let deadline = Date().addingTimeInterval(30)
        let fd = out.fileHandleForReading.fileDescriptor
        var byte: UInt8 = 0
        while !announced.contains("\n"), Date() < deadline {
            let n = read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            guard n == 1 else { break }
            announced.unicodeScalars.append(Unicode.Scalar(byte))
        }
        let match = try #require(announced.firstMatch(of: /serving http:\/\/127\.0\.0\.1:(\d+)/))
        let port = try #require(Int(match.1))

        let home = try TestClient.send(port: port, method: "GET", target: "/")
        #expect(home.status == 200)
        #expect(home.text.contains("Global Parliament of Mayors"))
        let health = try TestClient.send(port: port, method: "GET", target: "/healthz")
        #expect(health.status == 200)

        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    @Test func busyPortIsAClearError() throws {
        let platform = TestPlatform.shared
        let database = Self.temporaryDatabase()
        defer { Self.removeDatabase(database) }
        let run = try Self.run(["serve", "--port", String(platform.port), "--database", database,
                                "--root", TestPlatform.repositoryRoot.path, "--no-seed"])
        #expect(run.status == 1)
        #expect(run.errors.contains("cannot start"))
    }
}
