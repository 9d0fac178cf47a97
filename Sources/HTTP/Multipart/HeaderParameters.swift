/// A header value of the form `type; name=value; name="quoted \"value\""`, as Content-Type and
/// Content-Disposition are written (RFC 9110 §5.6.6), with RFC 8187/5987 extended values
/// (`filename*=UTF-8''na%C3%AFve.pdf`).
///
/// ```swift
/// let disposition = try HeaderParameters(parsing: #"form-data; name="file"; filename="a.pdf""#)
/// disposition.value            // "form-data"
/// disposition["filename"]      // "a.pdf"
/// ```
public struct HeaderParameters: Sendable, Equatable {
    /// The part before the first `;`, trimmed and lowercased (`multipart/form-data`, `form-data`).
    public let value: String
    /// Parameters in order; names lowercased, values unquoted. Duplicates are kept.
    public let parameters: [Parameter]

    public struct Parameter: Sendable, Equatable {
        public let name: String
        public let value: String
    }

    /// Parses a header value; throws `HTTPError(400)` for an unterminated quoted string or a
    /// parameter without `=`.
    public init(parsing header: String) throws {
        var scanner = ParameterScanner(bytes: Array(header.utf8))
        value = scanner.token(until: UInt8(ascii: ";")).lowercasedASCII()
        var parameters: [Parameter] = []
        while scanner.skip(UInt8(ascii: ";")) {
            scanner.skipWhitespace()
            if scanner.isAtEnd { break }  // a trailing `;` is harmless
            let name = scanner.token(until: UInt8(ascii: "=")).lowercasedASCII()
            guard !name.isEmpty, scanner.skip(UInt8(ascii: "=")) else {
                throw HTTPError(.badRequest, "A header parameter has no value.")
            }
            scanner.skipWhitespace()
            let value: String
            if scanner.peek == UInt8(ascii: "\"") {
                guard let quoted = scanner.quotedString() else {
                    throw HTTPError(.badRequest, "A header has an unterminated quoted string.")
                }
                value = quoted
                scanner.skipWhitespace()
                guard scanner.isAtEnd || scanner.peek == UInt8(ascii: ";") else {
                    throw HTTPError(.badRequest, "A header has text after a quoted string.")
                }
            } else {
                value = scanner.token(until: UInt8(ascii: ";"))
            }
            parameters.append(Parameter(name: name, value: value))
        }
        self.parameters = parameters
    }

    /// The first value of parameter `name` (case-insensitive).
    public subscript(name: String) -> String? {
        let name = name.lowercasedASCII()
        return parameters.first { $0.name == name }?.value
    }

    /// The decoded value of the extended parameter `name*` (RFC 8187: `UTF-8'lang'%XX…`), nil when
    /// absent or undecodable. Only UTF-8 and ISO-8859-1 are understood, as RFC 8187 requires.
    public func extendedValue(_ name: String) -> String? {
        guard let raw = self[name + "*"] else { return nil }
        let pieces = raw.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3 else { return nil }
        let charset = pieces[0].lowercasedASCII()
        let encoded = Array(pieces[2].utf8)
        switch charset {
        case "utf-8":
            return PercentDecoding.decode(encoded, plusIsSpace: false)
        case "iso-8859-1":
            guard let latin1 = PercentDecoding.decodeBytes(encoded) else { return nil }
            var text = ""
            text.unicodeScalars.append(contentsOf: latin1.map { Unicode.Scalar($0) })
            return text
        default:
            return nil
        }
    }
}

/// A cursor over a header value's bytes for `HeaderParameters`.
private struct ParameterScanner {
    let bytes: [UInt8]
    var position = 0

    var isAtEnd: Bool { position >= bytes.count }
    var peek: UInt8? { isAtEnd ? nil : bytes[position] }

    mutating func skipWhitespace() {
        while let byte = peek, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { position += 1 }
    }

    /// Consumes `byte` (after optional whitespace) and reports whether it was there.
    mutating func skip(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard peek == byte else { return false }
        position += 1
        return true
    }

    /// Everything up to `stop` (or `;`, or the end), trimmed. Lenient on purpose: some clients send
    /// unquoted file names with spaces.
    mutating func token(until stop: UInt8) -> String {
        skipWhitespace()
        let start = position
        while let byte = peek, byte != stop, byte != UInt8(ascii: ";") { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self).trimmingOWS().description
    }

    /// A quoted string starting at the current `"`; nil if it never ends. A backslash escapes only
    /// `"` and `\`: other backslashes are kept, because old browsers send Windows paths
    /// (`C:\docs\a.pdf`) unescaped inside the quotes.
    mutating func quotedString() -> String? {
        position += 1
        var output: [UInt8] = []
        while let byte = peek {
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: output, as: UTF8.self)
            case UInt8(ascii: "\\"):
                if let next = peek, next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") {
                    output.append(next)
                    position += 1
                } else {
                    output.append(byte)
                }
            default:
                output.append(byte)
            }
        }
        return nil
    }
}

extension PercentDecoding {
    /// `%XX` escapes decoded to raw bytes (no charset applied); nil for a malformed escape.
    static func decodeBytes(_ input: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "%") {
                guard index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) else {
                    return nil
                }
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }
}
