import Foundation
import Glibc
@testable import HTTP

/// A blocking TCP client that sends raw bytes and reads raw responses, with deadlines on every read.
final class RawClient {
    let fd: Int32
    private var buffer: [UInt8] = []
    var lastError: Int32 = 0

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        // No close here: a class initializer that throws after full initialization still runs deinit,
        // which closes `fd`; closing twice could close a descriptor another test just opened.
        guard result == 0 else { throw ClientError.connectFailed }
    }

    deinit { close(fd) }

    enum ClientError: Error { case connectFailed, timeout, closed }

    func send(_ text: String) { send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return }
            offset += count
        }
    }

    func shutdownWrite() { Glibc.shutdown(fd, Int32(SHUT_WR)) }

    /// Reads one response (head and Content-Length body); nil if the connection closed first.
    func readResponse(timeout: Double = 5, headRequest: Bool = false) throws -> RawResponse? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = find([13, 10, 13, 10]) {
                let head = String(decoding: buffer[..<end], as: UTF8.self)
                var response = RawResponse(head: head)
                let bodyLength = headRequest || response.status == 304 || response.status == 204 || response.status < 200
                    ? 0 : Int(response.header("Content-Length") ?? "0") ?? 0
                while buffer.count < end + 4 + bodyLength {
                    guard try fill(until: deadline) else { return nil }
                }
                response.body = Array(buffer[(end + 4)..<(end + 4 + bodyLength)])
                buffer.removeFirst(end + 4 + bodyLength)
                return response
            }
            guard try fill(until: deadline) else { return nil }
        }
    }

    /// True when the server closed the connection (read returns 0) before the deadline, with no more bytes.
    func waitForClose(timeout: Double = 5) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let before = buffer.count
            guard try fill(until: deadline) else { return buffer.count == before }
            if buffer.count != before { return false }
        }
    }

    /// Everything received until the server closes (or the deadline passes).
    func readAll(timeout: Double = 5) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while (try? fill(until: deadline)) == true {}
        defer { buffer.removeAll() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Reads more bytes; false on EOF or reset. Throws on timeout.
    private func fill(until deadline: Date) throws -> Bool {
        let remaining = deadline.timeIntervalSinceNow
        guard remaining > 0 else { throw ClientError.timeout }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(remaining * 1000) + 1)
        if ready == 0 { throw ClientError.timeout }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &chunk, chunk.count, 0)
        if count <= 0 { if count < 0 { lastError = errno }; return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        for index in 0...(buffer.count - pattern.count) where buffer[index] == pattern[0] {
            if Array(buffer[index..<(index + pattern.count)]) == pattern { return index }
        }
        return nil
    }
}

/// A parsed raw response.
struct RawResponse {
    let head: String
    var body: [UInt8] = []

    init(head: String) { self.head = head }

    var status: Int { Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0 }
    var bodyText: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        for line in head.split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].lowercased() == name.lowercased() { return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }
}

/// A server on an ephemeral port for one test, shut down when the test ends.
final class TestServer {
    let server: Server
    let port: Int

    init(configure: (inout ServerConfiguration) -> Void = { _ in }, router: Router) throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.workerCount = 4
        configuration.ioThreads = 2
        configure(&configuration)
        server = Server(configuration: configuration, router: router)
        port = try server.start()
    }

    convenience init(configure: (inout ServerConfiguration) -> Void = { _ in }, handler: @escaping Handler = { _ in .text("hello") }) throws {
        var router = Router()
        router.add(.get, "/*rest", handler)
        router.add(.post, "/*rest", handler)
        router.add(.put, "/*rest", handler)
        try self.init(configure: configure, router: router)
    }

    func client() throws -> RawClient { try RawClient(port: port) }

    /// Sends `request` on a fresh connection and reads one response.
    func roundTrip(_ request: String, headRequest: Bool = false) throws -> RawResponse? {
        let client = try client()
        client.send(request)
        return try client.readResponse(headRequest: headRequest)
    }

    deinit {
        server.shutdown(gracePeriod: .milliseconds(200))
        server.waitUntilStopped()
    }
}

/// Polls `condition` until it holds or `timeout` passes.
func eventually(timeout: Double = 5, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(2_000)
    }
    return condition()
}
