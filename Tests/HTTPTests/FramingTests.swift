import Foundation
import Testing
@testable import HTTP

/// Strict framing over real sockets: reject, answer, close — and never answer twice (smuggling).
@Suite struct FramingTests {
    /// Sends `request`, expects exactly one response with `status`, then the server closing.
    func expectRejected(_ request: String, status: Int, on server: TestServer, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let client = try server.client()
        client.send(request)
        let all = client.readAll()
        #expect(all.hasPrefix("HTTP/1.1 \(status) "), "got: \(all.prefix(60)) errno \(client.lastError)", sourceLocation: sourceLocation)
        #expect(all.components(separatedBy: "HTTP/1.1 ").count == 2, "exactly one response", sourceLocation: sourceLocation)
        #expect(all.contains("Connection: close\r\n"), sourceLocation: sourceLocation)
    }

    @Test func rejectsBadFramingWith400AndCloses() throws {
        let server = try TestServer()
        let cases = [
            "GET / HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x7\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 18446744073709551617\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
            "GET / HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n  b\r\n\r\n",
            "GET / HTTP/1.1\r\nHost : x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\nhello\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n",
        ]
        for request in cases { try expectRejected(request, status: 400, on: server) }
    }

    @Test func otherStatusesForOtherViolations() throws {
        let server = try TestServer {
            $0.maxRequestLineLength = 100
            $0.maxHeaderBytes = 200
            $0.maxBodySize = 10
        }
        try expectRejected("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", status: 501, on: server)
        try expectRejected("GET / HTTP/2.0\r\nHost: x\r\n\r\n", status: 505, on: server)
        try expectRejected("GET /\(String(repeating: "a", count: 200)) HTTP/1.1\r\nHost: x\r\n\r\n", status: 414, on: server)
        try expectRejected("GET / HTTP/1.1\r\nHost: x\r\nX: \(String(repeating: "b", count: 300))\r\n\r\n", status: 431, on: server)
        try expectRejected("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world", status: 413, on: server)
        try expectRejected("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nhello \r\n6\r\nworld!\r\n0\r\n\r\n",
                           status: 413, on: server)
    }

    @Test func tooManyHeaderFieldsIs431() throws {
        let server = try TestServer { $0.maxHeaderCount = 5 }
        let fields = (0..<6).map { "X-\($0): v\r\n" }.joined()
        try expectRejected("GET / HTTP/1.1\r\nHost: x\r\n\(fields)\r\n", status: 431, on: server)
    }

    @Test func clteSmugglingGetsOne400AndNothingElse() throws {
        let server = try TestServer()
        try expectRejected(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: x\r\n\r\n",
            status: 400, on: server)
    }

    @Test func teclSmugglingGetsOne400AndNothingElse() throws {
        let server = try TestServer()
        try expectRejected(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n",
            status: 400, on: server)
        // Obfuscated Transfer-Encoding values are refused too, never guessed at.
        try expectRejected(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: x\r\n\r\n",
            status: 501, on: server)
        try expectRejected(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: x\r\n\r\n",
            status: 400, on: server)
    }

    @Test func chunkedBodyWithExtensionsAndTrailersReachesTheHandler() throws {
        let server = try TestServer { _ in } handler: { request in .text("got \(request.bodyText)") }
        let client = try server.client()
        client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nX-Trailer: t\r\n\r\n")
        let response = try #require(try client.readResponse())
        #expect(response.bodyText == "got hello!")
    }

    @Test func aRequestSentOneByteAtATimeIsServed() throws {
        let server = try TestServer { _ in } handler: { request in .text("\(request.method) \(request.path) \(request.bodyText)") }
        let client = try server.client()
        for byte in Array("POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc".utf8) { client.send([byte]) }
        let response = try #require(try client.readResponse())
        #expect(response.bodyText == "POST /slow abc")
    }
}

@Suite struct EarlyRejectionTests {
    @Test func anEarly413StillReachesAClientThatKeepsSending() throws {
        let server = try TestServer { $0.maxBodySize = 1024 }
        let client = try server.client()
        client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3000000\r\n\r\n")
        client.send([UInt8](repeating: UInt8(ascii: "b"), count: 300_000))
        let response = try #require(try client.readResponse())
        #expect(response.status == 413)
    }
}
