import Foundation
import Glibc
import Testing

/// `--metrics-allow` and `GPM_METRICS_ALLOW` as a user passes them to `gpm serve`.
@Suite("gpm command: --metrics-allow")
struct MetricsCommandTests {
    @Test func aValueThatIsNoBlockIsAClearError() throws {
        let typo = try GPMCommandTests.run(["serve", "--metrics-allow", "10.1.2.3/8"])
        #expect(typo.status == 2)
        #expect(typo.errors.contains("--metrics-allow must be an IP address or a CIDR block"))
        #expect(typo.errors.contains("'10.1.2.3/8'"))
        let missing = try GPMCommandTests.run(["serve", "--metrics-allow"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("--metrics-allow needs a value"))
        let environment = try Self.serve([], environment: ["GPM_METRICS_ALLOW": "127.0.0.1, nonsense"])
        #expect(environment.port == nil)
        #expect(environment.errors.contains("GPM_METRICS_ALLOW must be an IP address or a CIDR block"))
    }

    @Test func helpNamesTheFlag() throws {
        #expect(try GPMCommandTests.run(["--help"]).output.contains("--metrics-allow CIDR"))
    }

    /// Flags replace the environment's list; the environment replaces the default (loopback).
    @Test func theAllowListDecidesWhoGetsMetrics() throws {
        let cases: [(arguments: [String], environment: [String: String], status: Int)] = [
            ([], [:], 200),
            (["--metrics-allow", "10.0.0.0/8"], [:], 404),
            (["--metrics-allow", "10.0.0.0/8", "--metrics-allow", "127.0.0.1"], [:], 200),
            ([], ["GPM_METRICS_ALLOW": "10.0.0.0/8,192.168.0.0/16"], 404),
            ([], ["GPM_METRICS_ALLOW": "10.0.0.0/8, 127.0.0.0/8"], 200),
            ([], ["GPM_METRICS_ALLOW": ""], 404),
            (["--metrics-allow", "::1"], ["GPM_METRICS_ALLOW": "127.0.0.1"], 404),
        ]
        for (arguments, environment, status) in cases {
            let served = try Self.serve(arguments, environment: environment) { port in
                try TestClient.send(port: port, method: "GET", target: "/metrics").status
            }
            #expect(served.result == status, "\(arguments) \(environment): \(served.errors)")
        }
    }

    /// Runs `gpm serve` on a free port with `arguments` and extra environment variables, calls `body` with the
    /// port once it announces itself (nil port: it exited instead), then stops it with SIGTERM.
    static func serve(
        _ arguments: [String], environment: [String: String], _ body: (Int) throws -> Int? = { _ in nil }
    ) throws -> (port: Int?, result: Int?, errors: String) {
        let database = GPMCommandTests.temporaryDatabase()
        defer { GPMCommandTests.removeDatabase(database) }
        let process = Process()
        process.executableURL = GPMCommandTests.executable
        process.arguments = ["serve", "--port", "0", "--database", database, "--root", TestPlatform.repositoryRoot.path, "--quiet"]
            + arguments
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GPM_") }.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // Read up to the announcement (or the end, when it refuses to start); the deadline guards a hang.
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
        guard let match = announced.firstMatch(of: /serving http:\/\/127\.0\.0\.1:(\d+)/), let port = Int(match.1) else {
            process.waitUntilExit()
            let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return (nil, nil, errors)
        }
        let result = try body(port)
        process.terminate()
        process.waitUntilExit()
        return (port, result, "")
    }
}
