/// The `Forwarded` request header (RFC 7239): a list of forwarded-elements, one per proxy, each a list of
/// `name=value` pairs separated by `;`, values a token or a quoted-string. Only `for` and `proto` are kept.
/// Parsing is all or nothing: one malformed element makes the whole field unusable, because what it
/// says about the hops next to it can no longer be trusted either.
enum ForwardedHeader {
    /// One proxy's record: the node it received the request from and the scheme it was received on,
    /// both as sent (quotes removed).
    struct Element: Equatable {
        var node: String?
        var proto: String?
    }

    /// The elements of every `Forwarded` field value, in order (the rightmost was added by the nearest
    /// proxy); nil when any value is malformed. Empty list elements (`a, , b`) are skipped (RFC 9110 §5.6.1).
    static func parse(_ values: [String]) -> [Element]? {
        var elements: [Element] = []
        for value in values {
            var scanner = Scanner(Array(value.utf8))
            var element = Element()
            var names: Set<String> = []
            while true {
                scanner.skipWhitespace()
                if scanner.isAtEnd || scanner.peek == UInt8(ascii: ",") || scanner.peek == UInt8(ascii: ";") {
                    // An empty pair (`;;`) or an empty list element.
                } else {
                    guard let name = scanner.token(), scanner.take(UInt8(ascii: "=")), let text = scanner.value() else { return nil }
                    let lowered = name.lowercasedASCII()
                    guard names.insert(lowered).inserted else { return nil }  // each parameter once per element (§4)
                    if lowered == "for" { element.node = text }
                    if lowered == "proto" { element.proto = text }
                    scanner.skipWhitespace()
                }
                if scanner.isAtEnd || scanner.peek == UInt8(ascii: ",") {
                    if !names.isEmpty { elements.append(element) }
                    element = Element()
                    names = []
                    if scanner.isAtEnd { break }
                    scanner.advance()
                } else if scanner.peek == UInt8(ascii: ";") {
                    scanner.advance()
                } else {
                    return nil
                }
            }
        }
        return elements
    }

    /// The address of a node (`192.0.2.43`, `192.0.2.43:47011`, `[2001:db8::1]`, `[2001:db8::1]:4711`);
    /// nil for `unknown`, an obfuscated identifier (`_hidden`) or anything malformed.
    static func address(ofNode node: some StringProtocol) -> IPAddress? {
        let text = Substring(node)
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let inside = text[text.index(after: text.startIndex)..<close]
            guard inside.contains(":"), isPort(text[text.index(after: close)...]) else { return nil }
            return IPAddress(String(inside))
        }
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts[0].contains("."), parts.count == 1 || isPort(":" + parts[1]) else { return nil }
        return IPAddress(String(parts[0]))
    }

    /// Empty, or `:` and 1–5 digits or an obfuscated port (`_abc`).
    private static func isPort(_ text: some StringProtocol) -> Bool {
        guard !text.isEmpty else { return true }
        guard text.first == ":" else { return false }
        let port = text.dropFirst()
        if port.first == "_" {
            return port.count > 1 && port.utf8.dropFirst().allSatisfy { isAlphanumeric($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
        }
        return (1...5).contains(port.count) && port.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Reads the field value byte by byte.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var isAtEnd: Bool { index >= bytes.count }
        var peek: UInt8? { isAtEnd ? nil : bytes[index] }
        mutating func advance() { index += 1 }

        mutating func skipWhitespace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 { advance() }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            advance()
            return true
        }

        /// A token (RFC 9110 §5.6.2); nil when empty.
        mutating func token() -> String? {
            let start = index
            while let byte = peek, HeadParser.isTokenByte(byte) { advance() }
            return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
        }

        /// A token or a quoted-string (its escapes undone); nil when malformed. Unquoted `:`, `[` and `]`
        /// are tolerated (`for=192.0.2.43:80`), as proxies write them.
        mutating func value() -> String? {
            guard take(UInt8(ascii: "\"")) else {
                let start = index
                while let byte = peek, HeadParser.isTokenByte(byte) || byte == 0x3A || byte == 0x5B || byte == 0x5D { advance() }
                return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
            }
            var text: [UInt8] = []
            while let byte = peek {
                advance()
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: text, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard let escaped = peek, escaped == 0x09 || (0x20...0x7E).contains(escaped) || escaped >= 0x80 else { return nil }
                    text.append(escaped)
                    advance()
                case 0x09, 0x20...0x7E, 0x80...0xFF:
                    text.append(byte)
                default:
                    return nil
                }
            }
            return nil  // no closing quote
        }
    }
}
