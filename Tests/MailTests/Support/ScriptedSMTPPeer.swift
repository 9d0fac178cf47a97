import Foundation
import Glibc
import Synchronization

/// An SMTP server that follows a script, on a real loopback socket and a thread of its own: it accepts one
/// connection, then sends replies, checks the client's commands, swallows DATA or stalls, as told. What it
/// received and any step that did not match are collected for the test to check after `finish()`.
final class ScriptedSMTPPeer: Sendable {
    enum Step: Sendable {
        /// Lines to send, each ending in CRLF ("250-a", "250 b" for a multi-line reply).
        case lines([String])
        /// The next client line must start with this (case-sensitive).
        case expect(String)
        /// Read the message until the lone "." and keep its lines (still dot-stuffed).
        case data
        /// Send nothing for this long (the client should time out and close first).
        case stall(seconds: Double)
        /// Close the connection.
        case hangUp

        static func reply(_ lines: String...) -> Step { .lines(lines) }
    }

    let port: Int
    private let listener: Int32
    private let script: [Step]
    private let state = Mutex<(lines: [String], data: [String], mismatches: [String])>(([], [], []))
    private let finished = DispatchSemaphore(value: 0)

    init(_ script: [Step]) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard fd >= 0, bound, listen(fd, 4) == 0 else { throw POSIXError(.EADDRNOTAVAIL) }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        self.script = script
        Thread.detachNewThread { [self] in
            run()
            finished.signal()
        }
    }

    /// A loopback port that was free a moment ago and has no listener: connecting to it is refused at once.
    static func portWithoutListener() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard fd >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Waits for the script to end (at most 10 s) and returns what was received.
    func finish() -> (lines: [String], data: [String], mismatches: [String]) {
        if finished.wait(timeout: .now() + 10) == .timedOut {
            state.withLock { $0.mismatches.append("the script did not finish") }
        }
        return state.withLock { $0 }
    }

    private func run() {
        defer { close(listener) }
        var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 10_000) == 1 else {
            state.withLock { $0.mismatches.append("no connection") }
            return
        }
        let fd = accept(listener, nil, nil)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var buffer: [UInt8] = []
        func readLine() -> String? {
            while true {
                if let newline = buffer.firstIndex(of: 10) {
                    let line = String(decoding: buffer[..<newline].filter { $0 != 13 }, as: UTF8.self)
                    buffer.removeSubrange(...newline)
                    return line
                }
                var chunk = [UInt8](repeating: 0, count: 4096)
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 10_000) == 1 else { return nil }
                let count = recv(fd, &chunk, chunk.count, 0)
                guard count > 0 else { return nil }
                buffer += chunk[..<count]
            }
        }
        for step in script {
            switch step {
            case .lines(let lines):
                let bytes = Array(lines.map { $0 + "\r\n" }.joined().utf8)
                _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            case .expect(let prefix):
                guard let line = readLine() else {
                    state.withLock { $0.mismatches.append("connection ended, expected \(prefix)") }
                    return
                }
                state.withLock {
                    $0.lines.append(line)
                    if !line.hasPrefix(prefix) { $0.mismatches.append("expected \(prefix), got \(line)") }
                }
            case .data:
                while let line = readLine() {
                    if line == "." { break }
                    state.withLock { $0.data.append(line) }
                }
            case .stall(let seconds):
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let deadline = Date().addingTimeInterval(seconds)
                // Wait, but end early when the client hangs up (its timeout fired).
                while Date() < deadline {
                    guard poll(&poller, 1, 50) != 1 else {
                        var byte: UInt8 = 0
                        if recv(fd, &byte, 1, Int32(MSG_PEEK)) <= 0 { return }
                        _ = readLine().map { line in state.withLock { $0.lines.append(line) } }
                        continue
                    }
                }
            case .hangUp:
                return
            }
        }
    }
}
