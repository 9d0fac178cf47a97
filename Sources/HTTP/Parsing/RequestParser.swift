/// Limits the parser enforces while reading; exceeding one is answered with 414, 431 or 413.
struct ParserLimits: Sendable {
    var maxRequestLineLength = 8 * 1024
    var maxHeaderBytes = 32 * 1024
    var maxHeaderCount = 100
    /// One chunk-size line including its extensions.
    var maxChunkLineLength = 4 * 1024
}

/// An incremental HTTP/1.1 request parser: feed it the unconsumed bytes of a connection, as many or
/// as few as have arrived (one at a time works), and it reports the next event and how many bytes it
/// consumed. It never copies the body; it tells the caller which range of the input is body.
struct RequestParser {
    enum Event: Equatable {
        /// Nothing complete yet; call again with the same bytes plus more.
        case needMore
        /// A valid head. Call `beginBody(limit:)` next; the body follows as `.body` events, then `.end`.
        case head(RequestHead, HeadParser.BodyFraming)
        /// Body bytes at this range of the input.
        case body(Range<Int>)
        /// The request is complete; the parser is ready for the next head.
        case end
        /// The request is malformed or too large; answer this status and close.
        case error(HTTPStatus)

        static func == (lhs: Event, rhs: Event) -> Bool {
            switch (lhs, rhs) {
            case (.needMore, .needMore), (.end, .end): true
            case (.head(let a, let x), .head(let b, let y)): a.target == b.target && x == y
            case (.body(let a), .body(let b)): a == b
            case (.error(let a), .error(let b)): a == b
            default: false
            }
        }
    }

    private enum State {
        /// Scanning for the blank line that ends the head; `scanned` bytes of the input were checked.
        case head(scanned: Int)
        case fixedBody(remaining: Int)
        case awaitingBodyLimit(HeadParser.BodyFraming)
        case chunkSize(value: Int, digits: Int, inExtension: Bool, lineLength: Int, sawCR: Bool)
        case chunkData(remaining: Int)
        case chunkDataEnd(sawCR: Bool)
        case trailers(lineLength: Int, total: Int, sawColon: Bool, sawCR: Bool)
        case failed
    }

    let limits: ParserLimits
    private var state = State.head(scanned: 0)
    private var lines: [Range<Int>] = []
    private var bodyReceived = 0
    private var bodyMax = 0

    init(limits: ParserLimits) { self.limits = limits }

    /// Sets the body limit for the head just reported; the route is known from the head, so an upload
    /// route can allow more than the default. Returns 413 if a declared length is already too large.
    mutating func beginBody(limit: Int) -> HTTPStatus? {
        guard case .awaitingBodyLimit(let framing) = state else { return nil }
        bodyReceived = 0
        bodyMax = limit
        switch framing {
        case .none: state = .fixedBody(remaining: 0)
        case .length(let length):
            guard length <= limit else {
                state = .failed
                return .contentTooLarge
            }
            state = .fixedBody(remaining: length)
        case .chunked: state = .chunkSize(value: 0, digits: 0, inExtension: false, lineLength: 0, sawCR: false)
        }
        return nil
    }

    /// True between requests: no byte of a next head has been examined.
    var isAtRequestBoundary: Bool { if case .head(0) = state { true } else { false } }

    mutating func parse(_ input: UnsafeBufferPointer<UInt8>) -> (event: Event, consumed: Int) {
        switch state {
        case .failed, .awaitingBodyLimit: return (.error(.badRequest), 0)
        case .head(let scanned): return parseHead(input, scanned: scanned)
        case .fixedBody(let remaining):
            if remaining == 0 { return finish(consumed: 0) }
            guard !input.isEmpty else { return (.needMore, 0) }
            let count = min(remaining, input.count)
            state = .fixedBody(remaining: remaining - count)
            return (.body(0..<count), count)
        default: return parseChunked(input)
        }
    }

    private mutating func fail(_ status: HTTPStatus) -> (event: Event, consumed: Int) {
        state = .failed
        return (.error(status), 0)
    }

    private mutating func finish(consumed: Int) -> (event: Event, consumed: Int) {
        state = .head(scanned: 0)
        return (.end, consumed)
    }

    // MARK: Head

    private mutating func parseHead(_ input: UnsafeBufferPointer<UInt8>, scanned: Int) -> (event: Event, consumed: Int) {
        // Lines found so far are recomputed from `scanned` each call, so keep them only while scanning.
        if scanned == 0 { lines.removeAll(keepingCapacity: true) }
        var headStart = lines.first?.lowerBound ?? 0
        var lineStart = lines.last.map { $0.upperBound + 2 } ?? headStart
        var index = scanned
        while index < input.count {
            let byte = input[index]
            if byte == 0x0A {
                // A line feed must close a CRLF; a bare LF is refused (RFC 9112 §2.2).
                guard index > lineStart, input[index - 1] == 0x0D else { return fail(.badRequest) }
                let line = lineStart..<(index - 1)
                if line.isEmpty {
                    if lines.isEmpty {
                        // Blank lines before a request line are ignored (RFC 9112 §2.2).
                        headStart = index + 1
                        lineStart = headStart
                        index += 1
                        continue
                    }
                    return completeHead(input, consumed: index + 1)
                }
                if line.first.map({ input[$0] == 0x20 || input[$0] == 0x09 }) == true { return fail(.badRequest) }
                lines.append(line)
                lineStart = index + 1
            } else if index > lineStart, input[index - 1] == 0x0D {
                return fail(.badRequest)  // a CR not followed by LF
            }
            index += 1
            if lines.isEmpty {
                if index - headStart > limits.maxRequestLineLength { return fail(.uriTooLong) }
            } else if index - lines[0].upperBound > limits.maxHeaderBytes {
                return fail(.headerFieldsTooLarge)
            }
        }
        if lines.isEmpty, headStart > 0 {
            // Only blank lines so far: drop them so the input does not grow without bound.
            state = .head(scanned: 0)
            return (.needMore, headStart)
        }
        state = .head(scanned: index)
        return (.needMore, 0)
    }

    private mutating func completeHead(_ input: UnsafeBufferPointer<UInt8>, consumed: Int) -> (event: Event, consumed: Int) {
        switch HeadParser.parse(input, lines: lines, maxHeaderCount: limits.maxHeaderCount) {
        case .error(let status):
            return fail(status)
        case .head(let head, let framing):
            state = .awaitingBodyLimit(framing)
            return (.head(head, framing), consumed)
        }
    }

    // MARK: Chunked (RFC 9112 §7.1)

    private mutating func parseChunked(_ input: UnsafeBufferPointer<UInt8>) -> (event: Event, consumed: Int) {
        var index = 0
        while index < input.count {
            let byte = input[index]
            switch state {
            case .chunkSize(var value, var digits, var inExtension, var lineLength, let sawCR):
                lineLength += 1
                if sawCR {
                    guard byte == 0x0A, digits > 0 else { return fail(.badRequest) }
                    index += 1
                    if value == 0 {
                        state = .trailers(lineLength: 0, total: 0, sawColon: false, sawCR: false)
                    } else {
                        bodyReceived += value
                        guard bodyReceived <= bodyMax else { return fail(.contentTooLarge) }
                        state = .chunkData(remaining: value)
                    }
                    continue
                }
                if byte == 0x0D {
                    state = .chunkSize(value: value, digits: digits, inExtension: inExtension, lineLength: lineLength, sawCR: true)
                } else if inExtension {
                    // chunk-ext = *( BWS ";" BWS name [ BWS "=" BWS value ] ); accepted, bounded, ignored.
                    guard byte >= 0x20 && byte != 0x7F || byte == 0x09 else { return fail(.badRequest) }
                } else if let hex = PercentDecoding.hexValue(byte) {
                    digits += 1
                    guard digits <= 15 else { return fail(.badRequest) }
                    value = value << 4 | Int(hex)
                } else if byte == UInt8(ascii: ";"), digits > 0 {
                    inExtension = true
                } else {
                    return fail(.badRequest)
                }
                guard lineLength <= limits.maxChunkLineLength else { return fail(.badRequest) }
                if case .chunkSize(_, _, _, _, false) = state {
                    state = .chunkSize(value: value, digits: digits, inExtension: inExtension, lineLength: lineLength, sawCR: false)
                }
                index += 1
            case .chunkData(let remaining):
                let count = min(remaining, input.count - index)
                state = remaining - count == 0 ? .chunkDataEnd(sawCR: false) : .chunkData(remaining: remaining - count)
                return (.body(index..<(index + count)), index + count)
            case .chunkDataEnd(let sawCR):
                guard byte == (sawCR ? 0x0A : 0x0D) else { return fail(.badRequest) }
                state = sawCR ? .chunkSize(value: 0, digits: 0, inExtension: false, lineLength: 0, sawCR: false) : .chunkDataEnd(sawCR: true)
                index += 1
            case .trailers(let lineLength, let total, let sawColon, let sawCR):
                // Trailer fields are read and dropped, but framed as strictly as header fields
                // (`token ":" value`, no obs-fold, no CTL): a lenient reader here disagrees with a
                // proxy in front about where the next request starts.
                if sawCR {
                    guard byte == 0x0A else { return fail(.badRequest) }
                    if lineLength == 0 { return finish(consumed: index + 1) }
                    state = .trailers(lineLength: 0, total: total, sawColon: false, sawCR: false)
                } else if byte == 0x0D {
                    guard lineLength == 0 || sawColon else { return fail(.badRequest) }
                    state = .trailers(lineLength: lineLength, total: total, sawColon: sawColon, sawCR: true)
                } else {
                    let valid = sawColon
                        ? byte >= 0x20 && byte != 0x7F || byte == 0x09
                        : HeadParser.isTokenByte(byte) || (byte == UInt8(ascii: ":") && lineLength > 0)
                    guard valid else { return fail(.badRequest) }
                    guard total + 1 <= limits.maxHeaderBytes else { return fail(.headerFieldsTooLarge) }
                    let colon = sawColon || byte == UInt8(ascii: ":")
                    state = .trailers(lineLength: lineLength + 1, total: total + 1, sawColon: colon, sawCR: false)
                }
                index += 1
            default:
                return fail(.badRequest)
            }
        }
        return (.needMore, index)
    }
}
