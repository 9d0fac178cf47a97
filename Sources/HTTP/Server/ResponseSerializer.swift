/// What the connection knows about the request a response answers.
struct ResponseContext: Equatable {
    var isHead: Bool
    var version: HTTPVersion
    var closeAfter: Bool
}

/// Writes a response head (and a small body) into one reusable byte buffer, so that most responses
/// leave in a single `sendmsg` and allocate nothing once the buffer has grown.
enum ResponseSerializer {
    /// Bodies up to this size are copied behind the head; larger ones go out as a second iovec.
    static let inlineBodyLimit = 16 * 1024

    /// Serializes `response` into `buffer` (cleared first). Returns true when the body was copied into
    /// `buffer`, false when it must be written after it (or there is none to write).
    /// A header that could split the response (CR, LF, NUL, a bad name) turns it into a bare 500.
    static func serialize(
        _ response: Response, context: ResponseContext, date: [UInt8], serverName: String, into buffer: inout [UInt8]
    ) -> Bool {
        buffer.removeAll(keepingCapacity: true)
        append("HTTP/1.1 ", to: &buffer)
        appendDecimal(response.status.code, to: &buffer)
        buffer.append(0x20)
        append(response.status.reasonPhrase, to: &buffer)
        append("\r\n", to: &buffer)
        // Each field is checked as it is copied (one pass over its bytes, not two).
        for field in response.headers {
            let safe = isFramingField(field.name) ? isSafe(field) : appendField(field, to: &buffer)
            guard safe else {
                return serialize(Response.text("Internal Server Error", status: .internalServerError), context: context,
                                 date: date, serverName: serverName, into: &buffer)
            }
        }
        append("Server: ", to: &buffer)
        append(serverName, to: &buffer)
        append("\r\n", to: &buffer)
        buffer.append(contentsOf: date)
        let hasBody = response.status.allowsBody
        if hasBody {
            append("Content-Length: ", to: &buffer)
            appendDecimal(response.body.count, to: &buffer)
            append("\r\n", to: &buffer)
        }
        if context.closeAfter {
            append("Connection: close\r\n", to: &buffer)
        } else if context.version == .http1_0 {
            append("Connection: keep-alive\r\n", to: &buffer)
        }
        append("\r\n", to: &buffer)
        guard hasBody, !context.isHead, !response.body.isEmpty else { return true }
        if response.body.count <= inlineBodyLimit {
            buffer.append(contentsOf: response.body)
            return true
        }
        return false
    }

    /// Whether the body still has to be written after the head buffer.
    static func needsSeparateBody(_ response: Response, context: ResponseContext) -> Bool {
        response.status.allowsBody && !context.isHead && response.body.count > inlineBodyLimit
    }

    /// Fields the serializer writes itself. The length decides first: most names cannot be one of these.
    private static func isFramingField(_ name: String) -> Bool {
        switch name.utf8.count {
        case 14: name.equalsIgnoringASCIICase("Content-Length")
        case 10: name.equalsIgnoringASCIICase("Connection")
        case 17: name.equalsIgnoringASCIICase("Transfer-Encoding")
        case 4: name.equalsIgnoringASCIICase("Date")
        case 6: name.equalsIgnoringASCIICase("Server")
        default: false
        }
    }

    private static func isSafe(_ field: HTTPHeaders.Field) -> Bool {
        !field.name.isEmpty && field.name.utf8.allSatisfy(HeadParser.isTokenByte) && field.value.utf8.allSatisfy(isFieldValueByte)
    }

    @inline(__always)
    private static func isFieldValueByte(_ byte: UInt8) -> Bool { byte >= 0x20 && byte != 0x7F || byte == 0x09 }

    /// Appends `name: value\r\n`, or returns false (leaving `buffer` partly written) when a byte could
    /// split the response: the caller then answers 500 instead.
    private static func appendField(_ field: HTTPHeaders.Field, to buffer: inout [UInt8]) -> Bool {
        var name = field.name
        var value = field.value
        let nameSafe = name.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.allSatisfy(HeadParser.isTokenByte) else { return false }
            buffer.append(contentsOf: bytes)
            return true
        }
        guard nameSafe else { return false }
        buffer.append(UInt8(ascii: ":"))
        buffer.append(UInt8(ascii: " "))
        let valueSafe = value.withUTF8 { bytes in
            guard bytes.allSatisfy(isFieldValueByte) else { return false }
            buffer.append(contentsOf: bytes)
            return true
        }
        guard valueSafe else { return false }
        buffer.append(UInt8(ascii: "\r"))
        buffer.append(UInt8(ascii: "\n"))
        return true
    }

    @inline(__always)
    private static func append(_ string: String, to buffer: inout [UInt8]) {
        var string = string
        string.withUTF8 { buffer.append(contentsOf: $0) }
    }

    private static func appendDecimal(_ value: Int, to buffer: inout [UInt8]) {
        if value < 10 {
            buffer.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        appendDecimal(value / 10, to: &buffer)
        buffer.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// The bytes of a `100 Continue` interim response (RFC 9110 §15.2.1).
    static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
}
