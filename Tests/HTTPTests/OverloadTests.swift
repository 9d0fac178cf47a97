import Foundation
import Glibc
import Synchronization
import Testing
@testable import HTTP

/// Load the server must bound rather than absorb: a full worker pool, a client that pipelines
/// without ever reading, error responses that must be complete, single and final.
@Suite struct OverloadTests {
    @Test func aFullWorkerQueueIsAnswered503WithCloseWhileInlineRoutesStillAnswer() throws {
        let entered = Atomic<Int>(0)
        let release = Atomic<Bool>(false)
        var router = Router()
        router.get("/slow") { _ in
            entered.add(1, ordering: .relaxed)
            _ = eventually(timeout: 10) { release.load(ordering: .relaxed) }
            return .text("slow")
        }
        router.get("/plaintext", runsInline: true) { _ in .text("inline") }
        let server = try TestServer(configure: { $0.workerCount = 1; $0.maxQueuedRequests = 2 }, router: router)
        defer { release.store(true, ordering: .relaxed) }
        let running = try server.client()
        running.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(eventually { entered.load(ordering: .relaxed) == 1 })
        let queued = try (0..<2).map { _ in try server.client() }
        for client in queued { client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n") }
        #expect(eventually { server.server.queuedRequestCount == 2 })
        // Queue full: the next one is refused at once, and told the connection ends.
        let refused = try server.client()
        refused.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        let answer = try #require(try refused.readResponse(timeout: 2))
        #expect(answer.status == 503 && answer.header("Connection") == "close" && answer.header("Content-Length") != nil)
        #expect(try refused.waitForClose(timeout: 2))
        let started = Date()
        for _ in 0..<20 { #expect(try server.roundTrip("GET /plaintext HTTP/1.1\r\nHost: x\r\n\r\n")?.bodyText == "inline") }
        #expect(Date().timeIntervalSince(started) < 1, "the I/O loop is not blocked by the saturated pool")
        release.store(true, ordering: .relaxed)
        #expect(try running.readResponse()?.bodyText == "slow")
        for client in queued { #expect(try client.readResponse()?.bodyText == "slow") }
    }

    @Test func aClientThatPipelinesWithoutReadingIsNotBufferedWithoutBound() throws {
        let body = [UInt8](repeating: UInt8(ascii: "p"), count: 8 * 1024)
        let server = try TestServer(configure: { $0.ioThreads = 1 }, handler: { _ in .bytes(body, contentType: "text/plain") })
        let fd = connectRaw(port: server.port)
        defer { close(fd) }
        let request = Array("GET /flood HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        let batch = Array((0..<2000).map { _ in request }.joined())
        var sent = 0
        var stalledSince: Date?
        let limit = 256 << 20
        // Send until the server stops taking bytes for a while (or far more than any buffer holds).
        while sent < limit {
            let count = batch.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count > 0 {
                sent += count
                stalledSince = nil
            } else if let since = stalledSince {
                if Date().timeIntervalSince(since) > 0.3 { break }
                usleep(5_000)
            } else {
                stalledSince = Date()
            }
        }
        // Loopback socket buffers hold some megabytes each way; an unbounded server would take it all.
        #expect(sent < 32 << 20, "the server took \(sent >> 20) MiB without a response being read")
        // It is still serving that connection, in order, once the client reads.
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        #expect(poll(&poller, 1, 2000) == 1)
        #expect(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n")?.status == 200)
    }

    @Test func errorResponsesAreCompleteSingleAndFinal() throws {
        let server = try TestServer {
            $0.maxRequestLineLength = 100
            $0.maxHeaderBytes = 200
            $0.maxBodySize = 10
            $0.bodyTimeout = .milliseconds(200)
        }
        let cases: [(String, Int)] = [
            ("GET / HTTP/1.1\r\n\r\n", 400),
            ("GET /\(String(repeating: "a", count: 200)) HTTP/1.1\r\nHost: x\r\n\r\n", 414),
            ("GET / HTTP/1.1\r\nHost: x\r\nX: \(String(repeating: "b", count: 300))\r\n\r\n", 431),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world", 413),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab", 408),
            ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
            ("GET / HTTP/1.2\r\nHost: x\r\n\r\n", 505),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: tea\r\n\r\n", 417),
            ("HEAD / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world", 413),
            ("HEAD / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab", 408),
            ("HEAD / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        ]
        for (request, status) in cases {
            let client = try server.client()
            client.send(request)
            let all = client.readAll()
            let head = all.components(separatedBy: "\r\n\r\n").first ?? ""
            let response = RawResponse(head: head)
            let context = "\(request.prefix(40).debugDescription) → \(all.prefix(80).debugDescription)"
            #expect(response.status == status, "\(context)")
            #expect(response.header("Connection") == "close", "\(context)")
            #expect(all.components(separatedBy: "HTTP/1.1 ").count == 2, "exactly one response: \(context)")
            let bodyLength = all.utf8.count - head.utf8.count - 4
            if request.hasPrefix("HEAD") {
                #expect(bodyLength == 0, "no body for HEAD: \(context)")
                #expect(response.header("Content-Length") != nil, "\(context)")
            } else {
                #expect(response.header("Content-Length") == "\(bodyLength)", "\(context)")
            }
        }
    }

    @Test func anEarly413ReachesAClientThatIsStillUploading() throws {
        var router = Router()
        router.post("/upload") { request in .text("\(request.body.count)") }
        let server = try TestServer(configure: { _ in }, router: router)
        let client = try server.client()
        let total = 30 << 20
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: \(total)\r\n\r\n")
        // Upload on another thread the way a browser does, while this one reads the answer.
        let chunk = [UInt8](repeating: UInt8(ascii: "u"), count: 64 * 1024)
        let fd = client.fd
        let finished = Atomic<Bool>(false)
        let uploader = Thread {
            defer { finished.store(true, ordering: .releasing) }
            var sent = 0
            while sent < total {
                let count = chunk.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if count <= 0 { return }
                sent += count
            }
        }
        uploader.start()
        let response = (try? client.readResponse(timeout: 5)) ?? nil
        // Stop the uploader before `client` closes the descriptor (another test could reuse the number).
        Glibc.shutdown(fd, Int32(SHUT_RDWR))
        #expect(eventually { finished.load(ordering: .acquiring) })
        #expect(response?.status == 413, "errno \(client.lastError)")
        #expect(response?.header("Connection") == "close")
    }
}
