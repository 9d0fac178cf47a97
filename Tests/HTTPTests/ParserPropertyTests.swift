import Testing
@testable import HTTP

/// Properties of the parser over many mutated requests: it never crashes, and how the bytes are
/// split into reads never changes the verdict (a split-dependent parser is a smuggling vector).
@Suite struct ParserPropertyTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let seeds = [
        "GET /a?b=c HTTP/1.1\r\nHost: x\r\nCookie: a=b\r\n\r\n",
        "POST /f HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
        "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;e=1\r\nhello\r\n0\r\nT: v\r\n\r\n",
        "GET / HTTP/1.0\r\n\r\nGET /2 HTTP/1.1\r\nHost: y\r\n\r\n",
        "POST /m HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nA;x\r\n0123456789\r\n0\r\n\r\n"
            + "GET /after HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /t HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;a=\"b c\"\r\nz\r\n0;last\r\nX-T: 1\r\nY-T: 2\r\n\r\n"
            + "POST /l HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
        "\r\n\r\nPUT /p HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nokGET / HTTP/1.1\r\nHost: x\r\n\r\n",
    ]

    static let interesting: [UInt8] = Array("\r\n :;=-+0x\t\0\u{7f}%/chunked".utf8) + [0x80, 0xFF]

    func verdict(_ outcome: ParserOutcome) -> String {
        "\(outcome.heads.map(\.target)) \(outcome.bodies) \(outcome.error.map { "\($0.code)" } ?? "-")"
    }

    @Test func verdictsDoNotDependOnHowBytesArrive() {
        var random = SplitMix(state: 0x5EED)
        for _ in 0..<5000 {
            var bytes = Array(Self.seeds.randomElement(using: &random)!.utf8)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[position] = Self.interesting.randomElement(using: &random)!
                case 1: bytes.insert(Self.interesting.randomElement(using: &random)!, at: position)
                default: bytes.remove(at: position)
                }
            }
            let whole = verdict(parse(bytes))
            let split = verdict(parse(bytes, step: Int.random(in: 1...5, using: &random)))
            var splitter = SplitMix(state: random.next())
            let ragged = verdict(parse(bytes, nextStep: { Int.random(in: 1...40, using: &splitter) }))
            #expect(whole == split && whole == ragged, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            if whole != split || whole != ragged { return }
        }
    }

    /// Any body, chunked any way (with extensions and trailers) and read in any pieces, comes out
    /// exactly, and the request pipelined behind it is parsed as the next request, not as body.
    @Test func chunkedBodiesRoundTripAndNeverSwallowTheNextRequest() {
        var random = SplitMix(state: 0xC4A2)
        for _ in 0..<2000 {
            let body = (0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            var wire = Array("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
            var offset = 0
            while offset < body.count {
                let size = min(body.count - offset, Int.random(in: 1...64, using: &random))
                let hex = String(size, radix: 16, uppercase: Bool.random(using: &random))
                let zeros = String(repeating: "0", count: Int.random(in: 0...2, using: &random))
                let ext = Bool.random(using: &random) ? ";n=\(size);flag" : ""
                wire += Array("\(zeros)\(hex)\(ext)\r\n".utf8) + body[offset..<(offset + size)] + Array("\r\n".utf8)
                offset += size
            }
            let trailers = (0..<Int.random(in: 0...3, using: &random)).map { "X-T\($0): \($0)\r\n" }.joined()
            wire += Array("0\r\n\(trailers)\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
            var splitter = SplitMix(state: random.next())
            let outcome = parse(wire, nextStep: { Int.random(in: 1...32, using: &splitter) })
            #expect(outcome.error == nil && outcome.bodies.first == body && outcome.heads.map(\.target) == ["/c", "/next"])
            if outcome.error != nil || outcome.bodies.first != body { return }
        }
    }
}
