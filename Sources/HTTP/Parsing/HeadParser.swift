/// Parses a complete, CRLF-delimited request head (request line and header lines) strictly per
/// RFC 9112 §3 and §5, and decides how the body is framed (§6). Anything ambiguous is an error:
/// a lenient parser here is how request smuggling starts.
enum HeadParser {
    /// How the body that follows the head is delimited.
    enum BodyFraming: Equatable {
        case none
        case length(Int)
        case chunked
    }

    /// The outcome for one head: the request and its framing, or the status to answer before closing.
    enum Outcome {
        case head(RequestHead, BodyFraming)
        case error(HTTPStatus)
    }

    /// `lines` are the head's lines without their CRLF; the first is the request line.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], maxHeaderCount: Int) -> Outcome {
        guard let requestLine = lines.first else { return .error(.badRequest) }
        let method: HTTPMethod, targetBytes: Range<Int>, version: HTTPVersion
        switch parseRequestLine(buffer, requestLine) {
        case .failure(let failure): return .error(failure.status)
        case .success(let parts): (method, targetBytes, version) = parts
        }
        if lines.count - 1 > maxHeaderCount { return .error(.headerFieldsTooLarge) }
        var headers = HTTPHeaders()
        headers.fields.reserveCapacity(lines.count - 1)
        for line in lines.dropFirst() {
            guard let field = parseField(buffer, line) else { return .error(.badRequest) }
            headers.fields.append(field)
        }
        let target = String(decoding: UnsafeBufferPointer(rebasing: buffer[targetBytes]), as: UTF8.self)
        let path: String, query: FormFields
        do {
            (path, query) = try splitTarget(UnsafeBufferPointer(rebasing: buffer[targetBytes]), method: method)
        } catch {
            return .error(.badRequest)
        }
        let hosts = headers.values(for: "Host").count
        if hosts > 1 || (hosts == 0 && version == .http1_1) { return .error(.badRequest) }
        if let host = headers["Host"], !isValidHost(host.utf8) { return .error(.badRequest) }
        let head = RequestHead(method: method, target: target, path: path, query: query, version: version, headers: headers)
        switch framing(of: headers, version: version) {
        case .failure(let failure): return .error(failure.status)
        case .success(let framing): return .head(head, framing)
        }
    }

    private struct Failure: Error { let status: HTTPStatus }

    /// `method SP request-target SP HTTP-version`, single spaces, nothing else (RFC 9112 §3).
    private static func parseRequestLine(
        _ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>
    ) -> Result<(HTTPMethod, Range<Int>, HTTPVersion), Failure> {
        var index = line.lowerBound
        while index < line.upperBound, isTokenByte(buffer[index]) { index += 1 }
        guard index > line.lowerBound, index < line.upperBound, buffer[index] == UInt8(ascii: " ") else {
            return .failure(Failure(status: .badRequest))
        }
        let method = HTTPMethod.parse(UnsafeBufferPointer(rebasing: buffer[line.lowerBound..<index]))
        index += 1
        let targetStart = index
        while index < line.upperBound, buffer[index] > 0x20, buffer[index] < 0x7F { index += 1 }
        guard index > targetStart, index < line.upperBound, buffer[index] == UInt8(ascii: " ") else {
            return .failure(Failure(status: .badRequest))
        }
        let target = targetStart..<index
        index += 1
        let versionBytes = UnsafeBufferPointer(rebasing: buffer[index..<line.upperBound])
        guard versionBytes.count == 8, versionBytes.starts(with: "HTTP/".utf8), versionBytes[6] == UInt8(ascii: "."),
            let major = digit(versionBytes[5]), let minor = digit(versionBytes[7])
        else { return .failure(Failure(status: .badRequest)) }
        guard major == 1, minor <= 1 else { return .failure(Failure(status: .httpVersionNotSupported)) }
        return .success((method, target, minor == 1 ? .http1_1 : .http1_0))
    }

    /// `field-name ":" OWS field-value OWS` (RFC 9112 §5). No whitespace before the colon, no obs-fold,
    /// no control characters in the value.
    private static func parseField(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> HTTPHeaders.Field? {
        var index = line.lowerBound
        while index < line.upperBound, isTokenByte(buffer[index]) { index += 1 }
        guard index > line.lowerBound, index < line.upperBound, buffer[index] == UInt8(ascii: ":") else { return nil }
        let name = knownName(UnsafeBufferPointer(rebasing: buffer[line.lowerBound..<index]))
        index += 1
        var end = line.upperBound
        while index < end, buffer[index] == 0x20 || buffer[index] == 0x09 { index += 1 }
        while end > index, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
        for position in index..<end {
            let byte = buffer[position]
            if byte < 0x20 && byte != 0x09 || byte == 0x7F { return nil }
        }
        return (name: name, value: String(decoding: UnsafeBufferPointer(rebasing: buffer[index..<end]), as: UTF8.self))
    }

    /// Splits a request target into a decoded path and decoded query items. Accepts origin-form,
    /// absolute-form and, for OPTIONS, `*`. Encoded slashes and backslashes are refused: after decoding
    /// they would change which path segment a byte belongs to.
    static func splitTarget(_ target: some Collection<UInt8>, method: HTTPMethod = .get) throws -> (String, FormFields) {
        var bytes = Array(target)
        if method == .options, bytes == [UInt8(ascii: "*")] { return ("*", FormFields()) }
        if bytes.first != UInt8(ascii: "/") {
            let lower = bytes.map { $0 | 0x20 }
            let scheme: Int
            if lower.starts(with: "http://".utf8) {
                scheme = 7
            } else if lower.starts(with: "https://".utf8) {
                scheme = 8
            } else {
                throw HTTPError(.badRequest)
            }
            let rest = bytes[scheme...]
            let pathStart = rest.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) ?? rest.endIndex
            guard pathStart > rest.startIndex else { throw HTTPError(.badRequest) }
            bytes = [UInt8(ascii: "/")] + bytes[pathStart...].drop(while: { $0 == UInt8(ascii: "/") })
        }
        if bytes.contains(UInt8(ascii: "#")) { throw HTTPError(.badRequest) }
        let questionMark = bytes.firstIndex(of: UInt8(ascii: "?")) ?? bytes.endIndex
        let rawPath = bytes[..<questionMark]
        var lowered = rawPath.map { $0 | 0x20 }[...]
        while let percent = lowered.firstIndex(of: UInt8(ascii: "%")) {
            let escape = lowered[percent...].prefix(3)
            if escape.elementsEqual("%2f".utf8) || escape.elementsEqual("%5c".utf8) { throw HTTPError(.badRequest) }
            lowered = lowered[(percent + 1)...]
        }
        guard let path = PercentDecoding.decode(rawPath, plusIsSpace: false) else { throw HTTPError(.badRequest) }
        let query = questionMark < bytes.endIndex ? try FormFields(urlEncoded: bytes[(questionMark + 1)...]) : FormFields()
        return (path, query)
    }

    /// RFC 9112 §6.1–6.3: Transfer-Encoding wins only when alone and ending in `chunked`; anything
    /// ambiguous is refused rather than guessed at.
    private static func framing(of headers: HTTPHeaders, version: HTTPVersion) -> Result<BodyFraming, Failure> {
        let lengths = headers.values(for: "Content-Length")
        if headers.contains("Transfer-Encoding") {
            guard lengths.isEmpty, version == .http1_1 else { return .failure(Failure(status: .badRequest)) }
            let codings = headers.tokens(for: "Transfer-Encoding")
            let chunkedCount = codings.filter { $0 == "chunked" }.count
            if codings == ["chunked"] { return .success(.chunked) }
            if codings.isEmpty || chunkedCount > 1 || (chunkedCount == 1 && codings.last != "chunked") {
                return .failure(Failure(status: .badRequest))
            }
            return .failure(Failure(status: .notImplemented))
        }
        guard let length = lengths.first else { return .success(.none) }
        guard lengths.count == 1, !length.isEmpty, length.utf8.count <= 18, length.utf8.allSatisfy({ digit($0) != nil }),
            let value = Int(length)
        else { return .failure(Failure(status: .badRequest)) }
        return .success(value == 0 ? .none : .length(value))
    }

    /// `Host = uri-host [ ":" port ]` (RFC 9112 §3.2, RFC 3986 §3.2.2–3.2.3): an IP-literal in
    /// brackets (IPv6 or IPvFuture), or a reg-name (which includes IPv4 dotted quads: unreserved
    /// characters, sub-delims and valid percent-escapes), then optional port digits. The value may be
    /// empty (a target without authority). Zone identifiers (RFC 6874) are not accepted.
    static func isValidHost(_ value: String.UTF8View) -> Bool {
        let bytes = Array(value)
        var index = 0
        if bytes.first == UInt8(ascii: "[") {
            guard let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { return false }
            let literal = bytes[1..<close]
            guard isValidIPLiteral(literal) else { return false }
            index = close + 1
        } else {
            while index < bytes.count, bytes[index] != UInt8(ascii: ":") {
                let byte = bytes[index]
                if byte == UInt8(ascii: "%") {
                    guard index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) else { return false }
                    index += 3
                    continue
                }
                guard isUnreserved(byte) || isSubDelim(byte) else { return false }
                index += 1
            }
        }
        guard index < bytes.count else { return true }
        guard bytes[index] == UInt8(ascii: ":") else { return false }
        return bytes[(index + 1)...].allSatisfy { digit($0) != nil }
    }

    /// `IPv6address / IPvFuture` (RFC 3986 §3.2.2), the inside of the brackets.
    private static func isValidIPLiteral(_ literal: ArraySlice<UInt8>) -> Bool {
        if let first = literal.first, first | 0x20 == UInt8(ascii: "v") {
            // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
            let rest = literal.dropFirst()
            guard let dot = rest.firstIndex(of: UInt8(ascii: ".")), dot > rest.startIndex,
                rest[..<dot].allSatisfy(isHexDigit), dot + 1 < rest.endIndex
            else { return false }
            return rest[(dot + 1)...].allSatisfy { isUnreserved($0) || isSubDelim($0) || $0 == UInt8(ascii: ":") }
        }
        guard literal.count >= 2, literal.count <= 45,
            literal.allSatisfy({ isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
        else { return false }
        return IPAddress(String(decoding: literal, as: UTF8.self)).map { !$0.isIPv4 || literal.contains(UInt8(ascii: ":")) } ?? false
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        digit(byte) != nil || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    /// ALPHA / DIGIT / "-" / "." / "_" / "~"
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
    private static func isSubDelim(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="):
            true
        default: false
        }
    }

    static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// tchar (RFC 9110 §5.6.2).
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
            UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// Common field names come back as literals, so they cost no allocation.
    private static func knownName(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        for name in commonNames where name.utf8.count == bytes.count && name.utf8.elementsEqual(bytes) { return name }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let commonNames = [
        "Host", "User-Agent", "Accept", "Accept-Encoding", "Accept-Language", "Connection", "Content-Length",
        "Content-Type", "Cookie", "Referer", "Origin", "Cache-Control", "If-None-Match", "If-Modified-Since",
        "Upgrade-Insecure-Requests", "Sec-Fetch-Site", "Sec-Fetch-Mode", "Sec-Fetch-Dest", "Pragma", "Priority",
    ]
}
