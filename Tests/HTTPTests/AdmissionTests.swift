import Foundation
import Glibc
import Synchronization
import Testing
@testable import HTTP

/// Refusing a request from its head: the body is never read, no `100 Continue` is sent, nothing is
/// held for it; and the server-wide limits that need no application: body bytes in flight,
/// connections per client.
@Suite struct AdmissionTests {
    final class Counter: Sendable { let value = Atomic<Int>(0) }

    /// A server whose `/upload` route admits only requests carrying `X-Pass: yes`.
    private func gatedServer(_ configure: (inout ServerConfiguration) -> Void = { _ in }) throws -> (TestServer, Counter) {
        let handled = Counter()
        var router = Router()
        router.post("/upload", maxBodySize: 64 << 20) { request in
            handled.value.add(1, ordering: .relaxed)
            return .text("\(request.body.count)")
        }
        router.get("/small") { _ in .text("small") }
        let server = try TestServer(configure: {
            $0.admit = { admission in
                guard admission.hasBody else { return nil }
                return admission.head.headers["X-Pass"] == "yes" ? nil : .text("go away\n", status: .forbidden)
            }
            configure(&$0)
        }, router: router)
        return (server, handled)
    }

    @Test func aRequestRefusedAtItsHeadIsAnsweredBeforeItsBodyIsSent() throws {
        let (server, handled) = try gatedServer()
        let client = try server.client()
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n")
        let response = try #require(try client.readResponse(timeout: 3))
        #expect(response.status == 403)
        #expect(response.bodyText == "go away\n")
        #expect(response.header("Connection") == "close")
        #expect(handled.value.load(ordering: .relaxed) == 0)
        #expect(server.server.bodyBytesInFlight == 0)
    }

    @Test func noContinueIsSentToARefusedRequest() throws {
        let (server, _) = try gatedServer()
        let client = try server.client()
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 50000000\r\n\r\n")
        let response = try #require(try client.readResponse(timeout: 3))
        #expect(response.status == 403)
    }

    @Test func anAdmittedRequestIsReadAndHandled() throws {
        let (server, handled) = try gatedServer()
        let response = try #require(try server.roundTrip("POST /upload HTTP/1.1\r\nHost: x\r\nX-Pass: yes\r\nContent-Length: 5\r\n\r\nhello"))
        #expect(response.status == 200)
        #expect(response.bodyText == "5")
        #expect(handled.value.load(ordering: .relaxed) == 1)
        #expect(eventually { server.server.bodyBytesInFlight == 0 })
    }

    @Test func fortyRefusedUploadersHoldNoBodyBytes() throws {
        let (server, handled) = try gatedServer()
        var clients: [RawClient] = []
        for _ in 0..<40 {
            let client = try server.client()
            client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 60000000\r\n\r\n")
            clients.append(client)
        }
        let chunk = [UInt8](repeating: 0x61, count: 64 * 1024)
        var statuses: [Int] = []
        for client in clients {
            // Still sending while the answer is already there.
            client.send(chunk)
            #expect(server.server.bodyBytesInFlight == 0)
            statuses.append(try client.readResponse(timeout: 3)?.status ?? 0)
        }
        #expect(statuses == Array(repeating: 403, count: 40))
        #expect(handled.value.load(ordering: .relaxed) == 0)
        #expect(server.server.bodyBytesInFlight == 0)
        #expect(residentMemoryBytes() < 512 << 20)
    }

    @Test func bodiesPastTheInFlightCapAreAnswered503AtTheirHead() throws {
        var router = Router()
        router.post("/upload", maxBodySize: 1 << 20) { request in .text("\(request.body.count)") }
        let server = try TestServer(configure: { $0.maxBodyBytesInFlight = 1000 }, router: router)
        // The first holds 800 bytes (its body is still arriving), so the second's 800 do not fit.
        let first = try server.client()
        first.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 800\r\n\r\nabc")
        #expect(eventually { server.server.bodyBytesInFlight == 800 })
        let second = try server.client()
        second.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 800\r\n\r\n")
        let refused = try #require(try second.readResponse(timeout: 3))
        #expect(refused.status == 503)
        #expect(refused.header("Retry-After") == "1")
        first.send(String(repeating: "a", count: 797))
        #expect(try first.readResponse(timeout: 3)?.bodyText == "800")
        #expect(eventually { server.server.bodyBytesInFlight == 0 })
        // A chunked body counts as it arrives.
        let chunked = try server.client()
        chunked.send("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n7d0\r\n" + String(repeating: "b", count: 2000) + "\r\n0\r\n\r\n")
        #expect(try chunked.readResponse(timeout: 3)?.status == 503)
        #expect(eventually { server.server.bodyBytesInFlight == 0 })
        #expect(try server.roundTrip("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")?.bodyText == "3")
    }

    @Test func aClientClosingMidBodyGivesItsBytesBack() throws {
        var router = Router()
        router.post("/upload", maxBodySize: 1 << 20) { request in .text("\(request.body.count)") }
        let server = try TestServer(router: router)
        do {
            let client = try server.client()
            client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 500000\r\n\r\nabc")
            #expect(eventually { server.server.bodyBytesInFlight == 500_000 })
        }
        #expect(eventually { server.server.bodyBytesInFlight == 0 })
    }

    @Test func theBodyBufferIsNotSizedByTheDeclaredLength() {
        var machine = ConnectionStateMachine(
            limits: ParserLimits(), timeouts: ConnectionTimeouts(head: .max, body: .max, idle: .max, write: .max),
            defaultBodyLimit: 1 << 30, matchRoute: { _ in .unmatched }, remoteAddress: "", now: 0)
        let head = Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 900000000\r\n\r\nab".utf8)
        _ = head.withUnsafeBytes { machine.received($0, now: 0) }
        #expect(machine.reservedBodyBytes == 900_000_000)
        #expect(machine.bodyCapacity <= 2 * ConnectionStateMachine.initialBodyCapacity)
    }

    @Test func connectionsPerClientAreLimitedUnlessTheClientIsATrustedProxy() throws {
        let limited = try TestServer(configure: { $0.maxConnectionsPerClient = 3 }, handler: { _ in .text("ok") })
        var open: [RawClient] = []
        for _ in 0..<3 {
            let client = try limited.client()
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse()?.status == 200)
            open.append(client)
        }
        let fourth = try limited.client()
        fourth.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try fourth.readResponse(timeout: 2) == nil)
        open.removeLast()  // one goes away: room for another
        #expect(eventually { (try? limited.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))??.status == 200 })

        let proxied = try TestServer(configure: {
            $0.maxConnectionsPerClient = 3
            $0.trustedProxies = [CIDR("127.0.0.0/8")!, CIDR("::1/128")!]
        }, handler: { _ in .text("ok") })
        var many: [RawClient] = []
        for _ in 0..<10 {
            let client = try proxied.client()
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse()?.status == 200)
            many.append(client)
        }
    }

    /// VmRSS of this process (the server runs in it).
    private func residentMemoryBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes * 1024
    }
}

@Suite struct CIDRTests {
    @Test func ipv4Blocks() {
        let block = CIDR("10.1.0.0/16")!
        #expect(block.contains("10.1.2.3"))
        #expect(block.contains("10.1.255.255"))
        #expect(!block.contains("10.2.0.1"))
        #expect(block.contains("::ffff:10.1.9.9"))  // an IPv4 peer on a dual-stack socket
        #expect(!block.contains("not an address"))
        #expect(CIDR("0.0.0.0/0")!.contains("203.0.113.7"))
        #expect(!CIDR("0.0.0.0/0")!.contains("2001:db8::1"))
        #expect(CIDR("192.168.1.7")!.contains("192.168.1.7"))
        #expect(!CIDR("192.168.1.7")!.contains("192.168.1.8"))
        #expect(CIDR("172.16.0.0/12")!.contains("172.31.255.1"))
        #expect(!CIDR("172.16.0.0/12")!.contains("172.32.0.1"))
        #expect(CIDR("172.16.0.0/12")!.description == "172.16.0.0/12")
    }

    @Test func ipv6Blocks() {
        let block = CIDR("2001:db8::/32")!
        #expect(block.contains("2001:db8::1"))
        #expect(block.contains("2001:DB8:ffff::"))
        #expect(!block.contains("2001:db9::1"))
        #expect(!block.contains("10.0.0.1"))
        #expect(CIDR("::1/128")!.contains("::1"))
        #expect(!CIDR("::1/128")!.contains("::2"))
        #expect(CIDR("fd00::/8")!.contains("fdab:cd::1"))
        #expect(CIDR("fe80::/10")!.contains("febf::1"))
        #expect(!CIDR("fe80::/10")!.contains("fec0::1"))
        #expect(CIDR("::/0")!.contains("2001:db8::1"))
    }

    @Test func malformedBlocksAreRefused() {
        for text in ["", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0/8", "10.0.0.0/8/8", "10.0.0.0/-1", "10.1.2.3/8",
            "2001:db8::1/32", "host.example/24", "[::1]/128", "fe80::1%eth0/64", "10.0.0.0/ 8"]
        {
            #expect(CIDR(text) == nil, "\(text)")
        }
        #expect(IPAddress("1.2.3.4")?.description == "1.2.3.4")
        #expect(IPAddress("::FFFF:1.2.3.4")?.isIPv4 == true)
    }
}
