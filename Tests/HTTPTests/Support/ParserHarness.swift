@testable import HTTP

/// Drives a `RequestParser` the way a connection does, in pieces of `step` bytes.
struct ParserOutcome {
    var heads: [RequestHead] = []
    var bodies: [[UInt8]] = []
    var error: HTTPStatus?
    var leftover = 0

    var head: RequestHead? { heads.first }
    var bodyText: String { String(decoding: bodies.first ?? [], as: UTF8.self) }
}

func parse(_ text: String, step: Int = Int.max, bodyLimit: Int = 1 << 20, limits: ParserLimits = ParserLimits()) -> ParserOutcome {
    parse(Array(text.utf8), step: step, bodyLimit: bodyLimit, limits: limits)
}

func parse(_ bytes: [UInt8], step: Int = Int.max, bodyLimit: Int = 1 << 20, limits: ParserLimits = ParserLimits()) -> ParserOutcome {
    parse(bytes, nextStep: { step }, bodyLimit: bodyLimit, limits: limits)
}

/// Feeds `bytes` in pieces whose sizes `nextStep` decides, as reads from a socket would arrive.
func parse(_ bytes: [UInt8], nextStep: () -> Int, bodyLimit: Int = 1 << 20, limits: ParserLimits = ParserLimits()) -> ParserOutcome {
    var parser = RequestParser(limits: limits)
    var outcome = ParserOutcome()
    var buffer: [UInt8] = []
    var start = 0
    var fed = 0
    var body: [UInt8] = []
    while true {
        let (event, consumed) = buffer.withUnsafeBufferPointer { parser.parse(UnsafeBufferPointer(rebasing: $0[start...])) }
        switch event {
        case .needMore:
            start += consumed
            if consumed > 0 { continue }
            guard fed < bytes.count else {
                outcome.leftover = buffer.count - start
                return outcome
            }
            let next = min(bytes.count, fed + min(max(1, nextStep()), bytes.count - fed))
            buffer.append(contentsOf: bytes[fed..<next])
            fed = next
        case .head(let head, _):
            start += consumed
            outcome.heads.append(head)
            if let status = parser.beginBody(limit: bodyLimit) {
                outcome.error = status
                return outcome
            }
        case .body(let range):
            body.append(contentsOf: buffer[(start + range.lowerBound)..<(start + range.upperBound)])
            start += consumed
        case .end:
            start += consumed
            outcome.bodies.append(body)
            body = []
        case .error(let status):
            outcome.error = status
            return outcome
        }
    }
}
