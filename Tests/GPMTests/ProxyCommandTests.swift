import Foundation
import Glibc
import Testing

/// `gpm serve --trusted-proxy CIDR --access-log-format json` and their environment variables, as a user
/// runs them: a real process, its JSON access log on stdout, and usage errors with exit status 2.
@Suite("gpm command: proxies and the access log")
struct ProxyCommandTests {
    @Test func badValuesAreUsageErrors() throws {
        let badProxy = try GPMCommandTests.run(["serve", "--trusted-proxy", "10.0.0.1/8"])
        #expect(badProxy.status == 2)
        #expect(badProxy.errors.contains("--trusted-proxy must be an IP address or a CIDR block"), "\(badProxy.errors)")
        #expect(badProxy.errors.contains("'10.0.0.1/8'"))
        let missing = try GPMCommandTests.run(["serve", "--trusted-proxy"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("--trusted-proxy needs a value"))
        let badFormat = try GPMCommandTests.run(["serve", "--access-log-format", "xml"])
        #expect(badFormat.status == 2)
        #expect(badFormat.errors.contains("--access-log-format must be text or json, not 'xml'"))
        let badEnvironment = try Self.run(["serve"], environment: ["GPM_TRUSTED_PROXY": "10.0.0.0/8, proxy.local"])
        #expect(badEnvironment.status == 2)
        #expect(badEnvironment.errors.contains("GPM_TRUSTED_PROXY must be an IP address or a CIDR block"))
        #expect(badEnvironment.errors.contains("'proxy.local'"))
        let badEnvironmentFormat = try Self.run(["serve"], environment: ["GPM_ACCESS_LOG_FORMAT": "JSON"])
        #expect(badEnvironmentFormat.status == 2)
        #expect(badEnvironmentFormat.errors.contains("GPM_ACCESS_LOG_FORMAT must be text or json"))
        let help = try GPMCommandTests.run(["--help"])
        #expect(help.output.contains("--trusted-proxy CIDR"))
        #expect(help.output.contains("--access-log-format text|json"))
    }

    @Test func flagsTrustTheProxyAndLogJSON() throws {
        let lines = try serveAndRequest(
            arguments: ["--trusted-proxy", "10.0.0.0/8", "--trusted-proxy", "127.0.0.1", "--access-log-format", "json"], environment: [:])
        #expect(lines.announced.contains("gpm: trusting proxies 10.0.0.0/8, 127.0.0.1/32 for the client address and scheme"))
        let entry = try #require(lines.log)
        #expect(entry["client"] as? String == "198.51.100.23")
        #expect(entry["peer"] as? String == "127.0.0.1")
        #expect(entry["scheme"] as? String == "https")
        #expect(entry["route"] as? String == "/healthz")
    }

    @Test func theEnvironmentTrustsTheProxyAndLogsJSON() throws {
        let lines = try serveAndRequest(
            arguments: [], environment: ["GPM_TRUSTED_PROXY": "::1/128, 127.0.0.0/8", "GPM_ACCESS_LOG_FORMAT": "json"])
        let entry = try #require(lines.log)
        #expect(entry["client"] as? String == "198.51.100.23")
        #expect(entry["scheme"] as? String == "https")
    }

    @Test func aFlagReplacesTheEnvironmentsProxies() throws {
        let lines = try serveAndRequest(
            arguments: ["--trusted-proxy", "10.0.0.0/8"], environment: ["GPM_TRUSTED_PROXY": "127.0.0.0/8", "GPM_ACCESS_LOG_FORMAT": "json"])
        let entry = try #require(lines.log)
        #expect(entry["client"] as? String == "127.0.0.1")
        #expect(entry["scheme"] as? String == "http")
    }

    /// `gpm` with extra environment variables.
    static func run(_ arguments: [String], environment: [String: String]) throws -> GPMCommandTests.Run {
        let process = Process()
        process.executableURL = GPMCommandTests.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let errors = GPMCommandTests.readAll(err.fileHandleForReading.fileDescriptor)
        process.waitUntilExit()
        return GPMCommandTests.Run(status: process.terminationStatus, output: "", errors: String(decoding: errors, as: UTF8.self))
    }

    /// Starts `gpm serve` on a free port with a new unseeded database, asks for `/healthz` as a proxy
    /// would (X-Forwarded-For, X-Forwarded-Proto), and returns what it announced and the JSON log line.
    private func serveAndRequest(arguments: [String], environment: [String: String]) throws -> (announced: String, log: [String: Any]?) {
        let database = GPMCommandTests.temporaryDatabase()
        defer { GPMCommandTests.removeDatabase(database) }
        let process = Process()
        process.executableURL = GPMCommandTests.executable
        process.arguments = ["serve", "--port", "0", "--database", database, "--root", TestPlatform.repositoryRoot.path, "--no-seed"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.standardError
        try process.run()
        defer {
            if process.isRunning {
                process.terminate()
                process.waitUntilExit()
            }
        }
        var reader = LineReader(fd: out.fileHandleForReading.fileDescriptor)
        var announced = ""
        var port: Int?
        while port == nil, let line = reader.next(deadline: Date().addingTimeInterval(30)) {
            announced += line + "\n"
            if let match = line.firstMatch(of: /serving http:\/\/127\.0\.0\.1:(\d+)/) { port = Int(match.1) }
        }
        let bound = try #require(port, "\(announced)")
        let health = try TestClient.send(
            port: bound, method: "GET", target: "/healthz", headers: [("X-Forwarded-For", "198.51.100.23"), ("X-Forwarded-Proto", "https")])
        #expect(health.status == 200)
        let deadline = Date().addingTimeInterval(10)
        while let line = reader.next(deadline: deadline) {
            guard line.hasPrefix("{") else { continue }
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            if object["target"] as? String == "/healthz" { return (announced, object) }
        }
        return (announced, nil)
    }

    /// Lines from a pipe, each read waiting no later than a deadline (poll), so a silent server fails the test.
    struct LineReader {
        let fd: Int32
        var buffered: [UInt8] = []

        mutating func next(deadline: Date) -> String? {
            while true {
                if let newline = buffered.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffered[..<newline], as: UTF8.self)
                    buffered.removeFirst(newline + 1)
                    return line
                }
                let remaining = deadline.timeIntervalSinceNow
                guard remaining > 0 else { return nil }
                var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&descriptor, 1, Int32(min(remaining, 1) * 1000))
                if ready < 0 && errno == EINTR { continue }
                guard ready >= 0 else { return nil }
                if ready == 0 { continue }
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return nil }
                buffered += chunk[..<count]
            }
        }
    }
}
