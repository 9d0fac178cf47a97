import Foundation
import Testing
@testable import HTTP

/// Parsing the forwarding headers of a trusted proxy: RFC 7239 `Forwarded`, `X-Forwarded-For`,
/// `X-Forwarded-Proto`; walking from the right so that what a client wrote itself is never believed.
@Suite struct ForwardedClientTests {
    static let proxies = [CIDR("10.0.0.0/8")!, CIDR("fd00::/8")!]

    private func resolve(_ fields: [(String, String)], peer: String = "10.0.0.2") -> ForwardedClient {
        ForwardedClient.resolve(headers: HTTPHeaders(fields), peer: peer, trustedProxies: Self.proxies)
    }

    // MARK: Forwarded (RFC 7239)

    @Test func forwardedElementsAndPairs() throws {
        let elements = try #require(ForwardedHeader.parse([
            "for=192.0.2.60;proto=http;by=203.0.113.43", "For=\"[2001:db8:cafe::17]:4711\", for=unknown;PROTO=https",
        ]))
        #expect(elements == [
            .init(node: "192.0.2.60", proto: "http"), .init(node: "[2001:db8:cafe::17]:4711", proto: nil),
            .init(node: "unknown", proto: "https"),
        ])
        // Empty list elements and empty pairs are allowed; quoted strings keep commas and undo escapes.
        #expect(ForwardedHeader.parse([" , for=192.0.2.1;; proto=https ,"]) == [.init(node: "192.0.2.1", proto: "https")])
        #expect(ForwardedHeader.parse(["for=\"192.0.2.1\";host=\"a,b\\\"c\""]) == [.init(node: "192.0.2.1", proto: nil)])
    }

    @Test func malformedForwardedIsRefusedWhole() {
        for value in [
            "for", "for=", "=x", "for=192.0.2.1 proto=https", "for=\"192.0.2.1", "for=192.0.2.1;for=192.0.2.2",
            "for=a b", "for=\"\u{01}\"", "for=192.0.2.1,,proto=http=x", "for=(x)",
        ] {
            #expect(ForwardedHeader.parse([value]) == nil, "\(value)")
        }
    }

    @Test func forwardedNodes() {
        #expect(ForwardedHeader.address(ofNode: "192.0.2.43")?.description == "192.0.2.43")
        #expect(ForwardedHeader.address(ofNode: "192.0.2.43:47011")?.description == "192.0.2.43")
        #expect(ForwardedHeader.address(ofNode: "[2001:db8:cafe::17]")?.description == "2001:db8:cafe::17")
        #expect(ForwardedHeader.address(ofNode: "[2001:DB8:cafe:0::17]:4711")?.description == "2001:db8:cafe::17")
        #expect(ForwardedHeader.address(ofNode: "[2001:db8::1]:_port")?.description == "2001:db8::1")
        for node in ["unknown", "_hidden", "_SEVKISEK", "2001:db8::1", "[192.0.2.1]", "[2001:db8::1", "192.0.2.43:", "192.0.2.43:123456",
                     "192.0.2", "example.org", "[2001:db8::1]x", ""] {
            #expect(ForwardedHeader.address(ofNode: node) == nil, "\(node)")
        }
    }

    @Test func forwardedNamesTheClientAndItsScheme() {
        #expect(resolve([("Forwarded", "for=192.0.2.60;proto=https")]) == ForwardedClient(address: "192.0.2.60", scheme: .https))
        #expect(resolve([("Forwarded", "for=\"[2001:db8::1]:4711\";proto=https")]) == ForwardedClient(address: "2001:db8::1", scheme: .https))
        #expect(resolve([("Forwarded", "for=192.0.2.60")]) == ForwardedClient(address: "192.0.2.60", scheme: .http))
        // No proto= in the element: X-Forwarded-Proto says.
        #expect(resolve([("Forwarded", "for=192.0.2.60"), ("X-Forwarded-Proto", "https")]).scheme == .https)
        // Forwarded wins over X-Forwarded-For.
        #expect(resolve([("X-Forwarded-For", "198.51.100.1"), ("Forwarded", "for=192.0.2.60")]).address == "192.0.2.60")
    }

    @Test func forwardedIsWalkedFromTheRightOverTrustedProxies() {
        // The client wrote the first element itself; the proxies appended theirs.
        let spoofed = resolve([("Forwarded", "for=127.0.0.1;proto=https, for=192.0.2.60;proto=http, for=10.1.2.3;proto=https")])
        #expect(spoofed == ForwardedClient(address: "192.0.2.60", scheme: .http))
        let twoFields = resolve([("Forwarded", "for=198.51.100.7"), ("Forwarded", "for=\"[fd00::5]\";proto=https")])
        #expect(twoFields == ForwardedClient(address: "198.51.100.7", scheme: .http))
        // All trusted: the leftmost is the best there is.
        #expect(resolve([("Forwarded", "for=10.9.9.9;proto=https, for=10.1.1.1")]) == ForwardedClient(address: "10.9.9.9", scheme: .https))
    }

    @Test func unusableForwardedFallsBackToThePeer() {
        let peer = ForwardedClient(address: "10.0.0.2", scheme: .http)
        for value in ["for=unknown", "for=_hidden;proto=https", "proto=https", "for=192.0.2.1;proto=gopher", "for=\"192.0.2.1",
                      "for=192.0.2.1;;for=192.0.2.2", "for=not-an-address", ""] {
            #expect(resolve([("Forwarded", value), ("X-Forwarded-For", "198.51.100.1"), ("X-Forwarded-Proto", "https")]) == peer, "\(value)")
        }
        // Garbage left of the client is never read.
        #expect(resolve([("Forwarded", "for=_junk, for=192.0.2.9")]).address == "192.0.2.9")
    }

    // MARK: X-Forwarded-For / X-Forwarded-Proto

    @Test func xForwardedForIsWalkedFromTheRight() {
        #expect(resolve([("X-Forwarded-For", "192.0.2.60")]) == ForwardedClient(address: "192.0.2.60", scheme: .http))
        #expect(resolve([("X-Forwarded-For", "192.0.2.60"), ("X-Forwarded-Proto", "https")]).scheme == .https)
        #expect(resolve([("X-Forwarded-For", "192.0.2.60"), ("X-Forwarded-Proto", "HTTPS")]).scheme == .https)
        // Spoofing: the client sent "X-Forwarded-For: 127.0.0.1, 203.0.113.5"; nginx appended the real address.
        #expect(resolve([("X-Forwarded-For", "127.0.0.1, 203.0.113.5, 192.0.2.60")]).address == "192.0.2.60")
        // Trusted hops on the right are skipped, over several fields too.
        #expect(resolve([("X-Forwarded-For", "203.0.113.5, 192.0.2.60"), ("X-Forwarded-For", "10.2.0.1,fd00::9")]).address == "192.0.2.60")
        // IPv6 plain, bracketed, with a port; IPv4 with a port; IPv4-mapped IPv6 shown as IPv4.
        #expect(resolve([("X-Forwarded-For", "2001:DB8::1")]).address == "2001:db8::1")
        #expect(resolve([("X-Forwarded-For", "[2001:db8::1]:4711")]).address == "2001:db8::1")
        #expect(resolve([("X-Forwarded-For", "192.0.2.60:5555")]).address == "192.0.2.60")
        #expect(resolve([("X-Forwarded-For", "::ffff:192.0.2.60")]).address == "192.0.2.60")
        // Garbage left of the client is never read.
        #expect(resolve([("X-Forwarded-For", "<script>, 192.0.2.60")]).address == "192.0.2.60")
        // All trusted: the leftmost.
        #expect(resolve([("X-Forwarded-For", "10.3.3.3, 10.4.4.4")]).address == "10.3.3.3")
    }

    @Test func unusableXForwardedForFallsBackToThePeer() {
        let peer = ForwardedClient(address: "10.0.0.2", scheme: .http)
        for value in ["", "unknown", "192.0.2.60, ", "192.0.2.60,,10.0.0.1", "example.org", "192.0.2.999", "1.2.3.4.5", "[2001:db8::1"] {
            #expect(resolve([("X-Forwarded-For", value), ("X-Forwarded-Proto", "https")]) == peer, "\(value)")
        }
        // A garbled proto alone costs only the scheme; several protos: the nearest proxy's (rightmost).
        #expect(resolve([("X-Forwarded-For", "192.0.2.60"), ("X-Forwarded-Proto", "ftp")]) == ForwardedClient(address: "192.0.2.60", scheme: .http))
        #expect(resolve([("X-Forwarded-Proto", "http, https")]) == ForwardedClient(address: "10.0.0.2", scheme: .https))
        #expect(resolve([]) == peer)
    }

    // MARK: Over real sockets

    /// A server whose handler answers `client scheme peer`, and whose admission hook records what it saw.
    private func echoServer(trusting proxies: [CIDR]) throws -> TestServer {
        try TestServer(configure: {
            $0.trustedProxies = proxies
            $0.admit = { admission in
                admission.head.headers["X-Admission"] == "show"
                    ? .text("\(admission.clientAddress) \(admission.scheme.rawValue)", status: .forbidden) : nil
            }
        }, handler: { request in .text("\(request.clientAddress) \(request.scheme.rawValue) \(request.remoteAddress)") })
    }

    @Test func headersAreHonouredFromATrustedPeer() throws {
        let server = try echoServer(trusting: [CIDR("127.0.0.0/8")!])
        let response = try server.roundTrip(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9, 198.51.100.4\r\nX-Forwarded-Proto: https\r\n\r\n")
        #expect(response?.bodyText == "198.51.100.4 https 127.0.0.1")
        let forwarded = try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\nForwarded: for=\"[2001:db8::7]:1234\";proto=https\r\n\r\n")
        #expect(forwarded?.bodyText == "2001:db8::7 https 127.0.0.1")
        // The admission hook sees the real client too, before the body.
        let admitted = try server.roundTrip(
            "POST / HTTP/1.1\r\nHost: x\r\nX-Admission: show\r\nX-Forwarded-For: 198.51.100.4\r\nContent-Length: 3\r\n\r\nabc")
        #expect(admitted?.status == 403)
        #expect(admitted?.bodyText == "198.51.100.4 http")
        // Nothing to resolve: the peer, over http.
        #expect(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n")?.bodyText == "127.0.0.1 http 127.0.0.1")
        // Unparseable: the peer, never a crash; the connection goes on serving.
        let client = try server.client()
        client.send("GET / HTTP/1.1\r\nHost: x\r\nForwarded: for=\"[::1\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.4\r\n\r\n")
        #expect(try client.readResponse()?.bodyText == "127.0.0.1 http 127.0.0.1")
        #expect(try client.readResponse()?.bodyText == "198.51.100.4 http 127.0.0.1")
    }

    @Test func headersAreIgnoredFromAnUntrustedPeer() throws {
        for proxies in [[CIDR("10.0.0.0/8")!, CIDR("::1/128")!], []] {
            let server = try echoServer(trusting: proxies)
            let response = try server.roundTrip(
                "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.4\r\nX-Forwarded-Proto: https\r\nForwarded: for=192.0.2.1;proto=https\r\n\r\n")
            #expect(response?.bodyText == "127.0.0.1 http 127.0.0.1")
            let admitted = try server.roundTrip("POST / HTTP/1.1\r\nHost: x\r\nX-Admission: show\r\nX-Forwarded-For: 198.51.100.4\r\nContent-Length: 0\r\n\r\n")
            #expect(admitted?.bodyText == "127.0.0.1 http")
        }
    }

    @Test func aPeerExemptFromTheConnectionLimitIsNotThereforeTrusted() throws {
        let server = try TestServer(configure: {
            $0.maxConnectionsPerClient = 2
            $0.connectionLimitExempt = [CIDR("127.0.0.0/8")!]
        }, handler: { request in .text("\(request.clientAddress) \(request.scheme.rawValue)") })
        var open: [RawClient] = []
        for _ in 0..<5 {
            let client = try server.client()
            client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.4\r\nX-Forwarded-Proto: https\r\n\r\n")
            #expect(try client.readResponse()?.bodyText == "127.0.0.1 http")
            open.append(client)
        }
    }

    @Test func aRequestBuiltByHandIsItsOwnClient() throws {
        let request = Request(head: try Request(method: .get, target: "/").head, remoteAddress: "192.0.2.1")
        #expect(request.clientAddress == "192.0.2.1")
        #expect(request.scheme == .http)
    }
}
