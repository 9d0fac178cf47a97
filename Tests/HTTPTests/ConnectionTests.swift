import Foundation
import Glibc
import Synchronization
import Testing
@testable import HTTP

/// Persistent connections, pipelining, HEAD, 100-continue, slow and half-closed clients, timeouts.
@Suite struct ConnectionTests {
    @Test func keepsTheConnectionAliveAcrossRequests() throws {
        let server = try TestServer { _ in } handler: { request in .text(request.path) }
        let client = try server.client()
        for index in 0..<5 {
            client.send("GET /\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse()?.bodyText == "/\(index)")
        }
    }

    @Test func answersFiftyPipelinedRequestsInOrder() throws {
        let server = try TestServer { _ in } handler: { request in .text(request.path) }
        let client = try server.client()
        client.send((0..<50).map { "GET /\($0) HTTP/1.1\r\nHost: x\r\n\r\n" }.joined())
        for index in 0..<50 { #expect(try client.readResponse()?.bodyText == "/\(index)") }
    }

    @Test func http10ClosesByDefaultAndKeepsAliveWhenAsked() throws {
        let server = try TestServer()
        let plain = try server.client()
        plain.send("GET / HTTP/1.0\r\n\r\n")
        let first = try #require(try plain.readResponse())
        #expect(first.status == 200 && first.header("Connection") == "close")
        #expect(try plain.waitForClose())

        let kept = try server.client()
        kept.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try kept.readResponse()?.header("Connection") == "keep-alive")
        kept.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try kept.readResponse()?.status == 200)
    }

    @Test func connectionCloseClosesAfterTheResponse() throws {
        let server = try TestServer()
        let client = try server.client()
        client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n")
        let all = client.readAll()
        #expect(all.components(separatedBy: "HTTP/1.1 200").count == 2)
        #expect(all.contains("Connection: close"))
    }

    @Test func headGetsTheHeadersWithoutTheBody() throws {
        let server = try TestServer { _ in } handler: { _ in .text("twelve bytes") }
        let client = try server.client()
        client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try #require(try client.readResponse(headRequest: true))
        #expect(head.status == 200 && head.header("Content-Length") == "12" && head.body.isEmpty)
        #expect(try client.readResponse()?.bodyText == "twelve bytes", "the next response starts right after the head")
    }

    @Test func expectContinueGetsAnInterimResponse() throws {
        let server = try TestServer { _ in } handler: { request in .text(request.bodyText) }
        let client = try server.client()
        client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
        let interim = try #require(try client.readResponse())
        #expect(interim.status == 100)
        client.send("data")
        #expect(try client.readResponse()?.bodyText == "data")
    }

    @Test func aSlowlorisClientDoesNotDelayOthers() throws {
        let server = try TestServer()
        let slow = try server.client()
        slow.send("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        let started = Date()
        #expect(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n")?.status == 200)
        #expect(Date().timeIntervalSince(started) < 1)
        slow.send("a")
        #expect(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n")?.status == 200)
    }

    @Test func aHalfClosedClientGetsItsResponse() throws {
        let server = try TestServer()
        let client = try server.client()
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        client.shutdownWrite()
        #expect(try client.readResponse()?.status == 200)
        #expect(try client.waitForClose(timeout: 2), "the server closes promptly after the last answer")
    }

    @Test func slowHeadsGet408() throws {
        let server = try TestServer { $0.headTimeout = .milliseconds(200) }
        let client = try server.client()
        client.send("GET / HTTP/1.1\r\nHost: x\r\n")
        let started = Date()
        let all = client.readAll(timeout: 3)
        #expect(all.hasPrefix("HTTP/1.1 408 "))
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func silentConnectionsAreClosedWithoutAResponse() throws {
        let server = try TestServer { $0.headTimeout = .milliseconds(200) }
        let client = try server.client()
        #expect(client.readAll(timeout: 3) == "")
    }

    @Test func slowBodiesGet408() throws {
        let server = try TestServer { $0.bodyTimeout = .milliseconds(200) }
        let client = try server.client()
        client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
        #expect(client.readAll(timeout: 3).hasPrefix("HTTP/1.1 408 "))
    }

    @Test func idleKeepAliveConnectionsAreClosed() throws {
        let server = try TestServer { $0.idleTimeout = .milliseconds(200) }
        let client = try server.client()
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse()?.status == 200)
        #expect(try client.waitForClose(timeout: 3))
    }

    @Test func connectionsBeyondTheLimitAreRefused() throws {
        let server = try TestServer { $0.maxConnections = 2 }
        let first = try server.client(), second = try server.client()
        first.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        second.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try first.readResponse()?.status == 200)
        #expect(try second.readResponse()?.status == 200)
        let third = try server.client()
        #expect(try third.waitForClose(timeout: 3))
    }

    @Test func handlerErrorsBecomeResponsesWithoutInternals() throws {
        struct Secret: Error {}
        let server = try TestServer { _ in } handler: { request in
            if request.path == "/teapot" { throw HTTPError(418, "short and stout") }
            throw Secret()
        }
        let failed = try #require(try server.roundTrip("GET /boom HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(failed.status == 500 && !failed.bodyText.contains("Secret"))
        #expect(try server.roundTrip("GET /teapot HTTP/1.1\r\nHost: x\r\n\r\n")?.status == 418)
    }

    @Test func responseSplittingIsPrevented() throws {
        let server = try TestServer { _ in } handler: { _ in Response.redirect(to: "/a\r\nSet-Cookie: evil=1") }
        let response = try #require(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(response.status == 500 && response.header("Set-Cookie") == nil)
    }

    @Test func gracefulShutdownFinishesTheRequestInFlight() throws {
        let entered = Atomic<Bool>(false)
        let release = Atomic<Bool>(false)
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.workerCount = 2
        configuration.ioThreads = 1
        let server = Server(configuration: configuration) { _ in
            entered.store(true, ordering: .relaxed)
            _ = eventually { release.load(ordering: .relaxed) }
            return .text("finished")
        }
        let port = try server.start()
        let busy = try RawClient(port: port)
        let idle = try RawClient(port: port)
        busy.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(eventually { entered.load(ordering: .relaxed) })
        server.shutdown(gracePeriod: .seconds(5))
        #expect(try idle.waitForClose(timeout: 3), "idle connections close at once")
        #expect(eventually { (try? RawClient(port: port)) == nil }, "no longer accepting")
        release.store(true, ordering: .relaxed)
        let response = try #require(try busy.readResponse())
        #expect(response.bodyText == "finished" && response.header("Connection") == "close")
        server.waitUntilStopped()
    }

    @Test func largeResponsesSurvivePartialWrites() throws {
        let big = [UInt8](repeating: UInt8(ascii: "z"), count: 4 << 20)
        let server = try TestServer { _ in } handler: { _ in .bytes(big, contentType: "application/octet-stream") }
        let client = try server.client()
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse(timeout: 10)?.body.count == big.count)
        #expect(try client.readResponse(timeout: 10)?.body.count == big.count)
    }
}

@Suite struct StalledWriteTests {
    @Test func aClientThatStopsReadingIsDropped() throws {
        let size = 32 << 20
        let big = [UInt8](repeating: UInt8(ascii: "s"), count: size)
        let server = try TestServer { $0.writeTimeout = .milliseconds(200) } handler: { _ in
            .bytes(big, contentType: "application/octet-stream")
        }
        let client = try server.client()
        var small: Int32 = 4096
        setsockopt(client.fd, SOL_SOCKET, SO_RCVBUF, &small, socklen_t(MemoryLayout<Int32>.size))
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        // Not a readiness wait: the stall itself is what is being tested, so let it last past the timeout.
        usleep(500_000)
        let received = client.readAll(timeout: 5)
        #expect(received.hasPrefix("HTTP/1.1 200 "))
        #expect(received.utf8.count < size, "the server gave up on the stalled write")
    }
}

@Suite struct WorkerPoolTests {
    @Test func aBlockedHandlerDoesNotHoldUpOtherRequests() throws {
        let release = Atomic<Bool>(false)
        var router = Router()
        router.get("/slow") { _ in
            _ = eventually(timeout: 10) { release.load(ordering: .relaxed) }
            return .text("slow")
        }
        router.get("/fast") { _ in .text("fast") }
        let server = try TestServer(configure: { $0.workerCount = 2 }, router: router)
        let slow = try server.client()
        slow.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        for _ in 0..<3 { #expect(try server.roundTrip("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n")?.bodyText == "fast") }
        release.store(true, ordering: .relaxed)
        #expect(try slow.readResponse()?.bodyText == "slow")
    }
}
