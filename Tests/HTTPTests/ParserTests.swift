import Testing
@testable import HTTP

/// The request parser on its own: framing rules of RFC 9112, fed whole and one byte at a time.
@Suite struct ParserTests {
    @Test(arguments: [1, 2, 7, Int.max])
    func parsesAHeadAndABodyInPiecesOfAnySize(step: Int) {
        let outcome = parse("POST /forms?a=1&b=x+y HTTP/1.1\r\nHost: example\r\nContent-Length: 5\r\nX-Two: a\r\nx-two: b\r\n\r\nhello", step: step)
        #expect(outcome.error == nil)
        let head = try? #require(outcome.head)
        #expect(head?.method == .post)
        #expect(head?.path == "/forms")
        #expect(head?.query["b"] == "x y")
        #expect(head?.headers.values(for: "X-TWO") == ["a", "b"])
        #expect(outcome.bodyText == "hello")
    }

    @Test(arguments: [1, Int.max])
    func decodesChunkedBodiesWithExtensionsAndTrailers(step: Int) {
        let request = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value;quoted=\"a b\"\r\nhello\r\n6\r\n world\r\n0\r\nTrailer-One: 1\r\n\r\n"
        let outcome = parse(request, step: step)
        #expect(outcome.error == nil)
        #expect(outcome.bodyText == "hello world")
        #expect(outcome.leftover == 0)
    }

    @Test func ignoresBlankLinesBeforeTheRequestLine() {
        let outcome = parse("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(outcome.error == nil && outcome.head?.path == "/")
    }

    @Test func parsesPipelinedRequestsInOrder() {
        let one = "GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
        let two = "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok"
        let outcome = parse(one + two + one)
        #expect(outcome.heads.map(\.path) == ["/1", "/2", "/1"])
        #expect(outcome.bodies.map { String(decoding: $0, as: UTF8.self) } == ["", "ok", ""])
    }

    @Test(arguments: [
        ("no host", "GET / HTTP/1.1\r\n\r\n"),
        ("two hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
        ("plus in length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello"),
        ("minus zero length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -0\r\n\r\n"),
        ("hex length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x7\r\n\r\n"),
        ("overflowing length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n"),
        ("repeated length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello"),
        ("list length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 5\r\n\r\nhello"),
        ("conflicting lengths", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"),
        ("length and chunked", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        ("obs-fold", "GET / HTTP/1.1\r\nHost: x\r\nX-Long: a\r\n b\r\n\r\n"),
        ("space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n"),
        ("tab before colon", "GET / HTTP/1.1\r\nHost\t: x\r\n\r\n"),
        ("space before first header", "GET / HTTP/1.1\r\n Host: x\r\n\r\n"),
        ("NUL in value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n"),
        ("bare CR in value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n"),
        ("bare LF line end", "GET / HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n"),
        ("LF-only request", "GET / HTTP/1.1\nHost: x\n\n"),
        ("double space in request line", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("space in target", "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("UTF-8 in target", "GET /caf\u{e9} HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("lowercase version", "GET / http/1.1\r\nHost: x\r\n\r\n"),
        ("relative target", "GET index.html HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("encoded slash", "GET /a%2Fb HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("encoded NUL", "GET /a%00 HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("bad escape", "GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("invalid UTF-8 query", "GET /?q=%ff HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("header without colon", "GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n"),
        ("chunked twice", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n"),
        ("chunked not last", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n"),
        ("chunked in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        ("bad chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"),
        ("space after chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n"),
        ("signed chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n"),
        ("chunk size overflow", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nhello\r\n0\r\n\r\n"),
        ("chunk data too long", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n"),
        ("chunk size LF only", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n"),
        ("bare CR in chunk extension", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;a\rb\r\nhello\r\n0\r\n\r\n"),
        ("empty chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\r\nhello\r\n0\r\n\r\n"),
    ])
    func rejectsAmbiguousOrMalformedFramingWith400(_ name: String, _ request: String) {
        #expect(parse(request).error == .badRequest, "\(name)")
        #expect(parse(request, step: 1).error == .badRequest, "\(name), one byte at a time")
    }

    @Test func answers501ForAnUnknownTransferCoding() {
        #expect(parse("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n").error == .notImplemented)
        #expect(parse("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunkedchunked\r\n\r\n").error == .notImplemented)
    }

    @Test func answers505ForOtherVersions() {
        #expect(parse("GET / HTTP/2.0\r\nHost: x\r\n\r\n").error == .httpVersionNotSupported)
        #expect(parse("GET / HTTP/1.2\r\nHost: x\r\n\r\n").error == .httpVersionNotSupported)
        #expect(parse("GET / HTTP/0.9\r\nHost: x\r\n\r\n").error == .httpVersionNotSupported)
    }

    @Test func acceptsHTTP10WithoutHost() {
        let outcome = parse("GET / HTTP/1.0\r\n\r\n")
        #expect(outcome.error == nil && outcome.head?.version == .http1_0)
    }

    @Test func enforcesSizeLimits() {
        var limits = ParserLimits()
        limits.maxRequestLineLength = 64
        limits.maxHeaderBytes = 128
        limits.maxHeaderCount = 3
        #expect(parse("GET /\(String(repeating: "a", count: 100)) HTTP/1.1\r\nHost: x\r\n\r\n", limits: limits).error == .uriTooLong)
        #expect(parse("GET /\(String(repeating: "a", count: 100))", step: 1, limits: limits).error == .uriTooLong)
        let bigHeader = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "b", count: 200))\r\n\r\n"
        #expect(parse(bigHeader, limits: limits).error == .headerFieldsTooLarge)
        #expect(parse("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: limits).error == .headerFieldsTooLarge)
        #expect(parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world", bodyLimit: 10).error == .contentTooLarge)
        let chunked = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n"
        #expect(parse(chunked, bodyLimit: 10).error == .contentTooLarge)
        #expect(parse(chunked, bodyLimit: 11).error == nil)
        let longTrailer = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT: \(String(repeating: "t", count: 200))\r\n\r\n"
        #expect(parse(longTrailer, limits: limits).error == .headerFieldsTooLarge)
        let longExtension = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "1;\(String(repeating: "e", count: 5000))\r\na\r\n0\r\n\r\n"
        #expect(parse(longExtension).error == .badRequest)
    }

    /// Trailers are dropped, but a line that is not a field must not pass: h11 and proxies reject it,
    /// and a disagreement about where a message ends is how smuggling starts.
    @Test func trailerLinesMustBeFields() {
        let prefix = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n"
        for trailer in ["not a field", "Name only", ": no name", "Bad Name: v", "X: a\u{7f}b", "X: a\u{1}b", "X: a\r\n folded"] {
            for step in [1, Int.max] {
                #expect(parse(prefix + trailer + "\r\n\r\n", step: step).error == .badRequest, "\(trailer.debugDescription)")
            }
        }
        for trailer in ["X: 1", "X:", "X-Checksum: \tsha-256=abc ", "A: 1\r\nB: 2"] {
            let outcome = parse(prefix + trailer + "\r\n\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n", step: 1)
            #expect(outcome.error == nil && outcome.bodyText == "a" && outcome.heads.count == 2, "\(trailer.debugDescription)")
        }
    }

    @Test func acceptsAbsoluteFormAndOptionsAsterisk() {
        #expect(parse("GET http://example.com/a/b?c=d HTTP/1.1\r\nHost: example.com\r\n\r\n").head?.path == "/a/b")
        #expect(parse("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n").head?.path == "*")
        #expect(parse("GET * HTTP/1.1\r\nHost: x\r\n\r\n").error == .badRequest)
    }

    @Test func decodesPercentEscapesInThePath() {
        #expect(parse("GET /caf%C3%A9/a+b HTTP/1.1\r\nHost: x\r\n\r\n").head?.path == "/café/a+b")
    }
}
