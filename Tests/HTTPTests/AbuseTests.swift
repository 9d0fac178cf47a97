import Foundation
import Glibc
import Synchronization
import Testing
@testable import HTTP

/// Hostile connection patterns: clients that vanish mid-head, mid-body and mid-response, resets
/// while a handler runs, more connections than allowed. Afterwards the server must hold no
/// descriptor and count no connection for any of them, and still answer.
@Suite struct AbuseTests {
    @Test func clientsDroppedAtEveryStageLeaveNoDescriptorBehind() throws {
        let big = [UInt8](repeating: UInt8(ascii: "b"), count: 2 << 20)
        var router = Router()
        router.get("/big") { _ in .bytes(big, contentType: "application/octet-stream") }
        router.get("/small") { _ in .text("small") }
        router.post("/upload") { request in .text("\(request.body.count)") }
        let server = try TestServer(configure: {
            $0.headTimeout = .milliseconds(300)
            $0.bodyTimeout = .milliseconds(300)
            $0.idleTimeout = .milliseconds(300)
        }, router: router)
        let stages = [
            "",  // connect, then go away
            "GET /small HTTP/1.1\r\nHost: x\r\nX-Half: ",  // mid-head
            "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nsome",  // mid-body
            "GET /big HTTP/1.1\r\nHost: x\r\n\r\n",  // mid-response: never reads 2 MiB
            "GET /small HTTP/1.1\r\nHost: x\r\n\r\nGET /small HTTP/1.1\r\nHost: x\r\n\r\n",  // pipelined, unread
        ]
        for round in 0..<4 {
            var open: [Int32] = []
            for index in 0..<250 {
                let fd = connectRaw(port: server.port)
                guard fd >= 0 else { continue }
                sendSome(fd, stages[index % stages.count])
                open.append(fd)
            }
            // Half go away politely, half with a reset; odd rounds give the server a moment first.
            if round % 2 == 1 { usleep(20_000) }
            for (index, fd) in open.enumerated() { if index % 2 == 0 { resetAndClose(fd) } else { close(fd) } }
        }
        #expect(eventually(timeout: 10) { server.server.openConnectionCount == 0 }, "open: \(server.server.openConnectionCount)")
        #expect(eventually(timeout: 5) { serverSideSocketCount(port: server.port) == 0 }, "fds: \(serverSideSocketCount(port: server.port))")
        #expect(try server.roundTrip("GET /small HTTP/1.1\r\nHost: x\r\n\r\n")?.bodyText == "small")
    }

    @Test func aResponseForAResetClientNeverReachesTheConnectionThatReusesItsDescriptor() throws {
        let entered = Atomic<Int>(0)
        let release = Atomic<Bool>(false)
        var router = Router()
        router.get("/secret") { _ in
            entered.add(1, ordering: .relaxed)
            _ = eventually(timeout: 10) { release.load(ordering: .relaxed) }
            return .text("secret for the first client")
        }
        router.get("/mine") { _ in .text("mine") }
        let server = try TestServer(configure: { $0.ioThreads = 1 }, router: router)
        let first = connectRaw(port: server.port)
        sendSome(first, "GET /secret HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(eventually { entered.load(ordering: .relaxed) == 1 })
        resetAndClose(first)
        #expect(eventually { server.server.openConnectionCount == 0 }, "the reset is noticed while the handler runs")
        // The lowest free descriptor is handed out next: most likely the one the reset client had.
        let second = try server.client()
        #expect(eventually { server.server.openConnectionCount == 1 })
        release.store(true, ordering: .relaxed)
        second.send("GET /mine HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try #require(try second.readResponse())
        #expect(response.bodyText == "mine")
        second.send("GET /mine HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try second.readResponse()?.bodyText == "mine", "nothing stray arrived between the two")
    }

    @Test func connectionsOverTheLimitAreClosedAndTheServerRecovers() throws {
        let server = try TestServer { $0.maxConnections = 40 }
        var held: [Int32] = []
        for _ in 0..<40 {
            let fd = connectRaw(port: server.port)
            sendSome(fd, "GET / HTTP/1.1\r\nHost: x\r\n")
            held.append(fd)
        }
        #expect(eventually { server.server.openConnectionCount == 40 })
        // A burst of refused connections: each is closed at once, none is counted.
        var refused: [RawClient] = []
        for _ in 0..<300 { if let client = try? server.client() { refused.append(client) } }
        let started = Date()
        for client in refused { #expect(try client.waitForClose(timeout: 3)) }
        #expect(Date().timeIntervalSince(started) < 3)
        #expect(server.server.openConnectionCount == 40)
        for fd in held { close(fd) }
        #expect(eventually { server.server.openConnectionCount == 0 })
        let started2 = Date()
        #expect(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n")?.status == 200)
        #expect(Date().timeIntervalSince(started2) < 1)
        #expect(eventually { serverSideSocketCount(port: server.port) == 0 })
    }

    @Test func hundredsOfSlowlorisClientsDoNotSlowANormalOne() throws {
        let server = try TestServer { $0.headTimeout = .milliseconds(1500) }
        var slow: [Int32] = []
        for _ in 0..<400 {
            let fd = connectRaw(port: server.port)
            if fd >= 0 {
                sendSome(fd, "GET / HTTP/1.1\r\nHost: x\r\n")
                slow.append(fd)
            }
        }
        defer { for fd in slow { close(fd) } }
        var worst = 0.0
        for round in 0..<10 {
            // Each slow client trickles one more byte of a never-ending header.
            for fd in slow { sendSome(fd, round == 0 ? "X-Slow: a" : "a") }
            let started = Date()
            #expect(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n")?.status == 200)
            worst = max(worst, Date().timeIntervalSince(started))
        }
        #expect(worst < 0.5, "slowest normal request: \(worst) s")
        // The head deadline counts from the first byte, not the last: trickling does not extend it.
        #expect(eventually(timeout: 6) { server.server.openConnectionCount == 0 }, "open: \(server.server.openConnectionCount)")
        var answered = 0
        for fd in slow {
            var chunk = [UInt8](repeating: 0, count: 256)
            let count = recv(fd, &chunk, chunk.count, 0)
            if count > 0, String(decoding: chunk[0..<count], as: UTF8.self).hasPrefix("HTTP/1.1 408 ") { answered += 1 }
        }
        #expect(answered == slow.count)
    }

    @Test func aSlowReaderIsDroppedWhileOthersAreServed() throws {
        let big = [UInt8](repeating: UInt8(ascii: "r"), count: 16 << 20)
        var router = Router()
        router.get("/big") { _ in .bytes(big, contentType: "application/octet-stream") }
        router.get("/small") { _ in .text("small") }
        let server = try TestServer(configure: { $0.writeTimeout = .milliseconds(300); $0.ioThreads = 1 }, router: router)
        let readers = (0..<5).map { _ in connectRaw(port: server.port) }
        for fd in readers { sendSome(fd, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n") }
        let started = Date()
        #expect(try server.roundTrip("GET /small HTTP/1.1\r\nHost: x\r\n\r\n")?.bodyText == "small")
        #expect(Date().timeIntervalSince(started) < 0.5)
        #expect(eventually(timeout: 5) { server.server.openConnectionCount == 0 }, "stalled writers dropped")
        for fd in readers { close(fd) }
    }
}
