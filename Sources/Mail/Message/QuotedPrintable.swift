/// The quoted-printable transfer encoding (RFC 2045 §6.7) for text parts: readable in a raw message,
/// 7-bit clean, lines of at most 76 characters, and never containing `=_` (the multipart boundaries start
/// with it, so no part can contain its boundary).
public enum QuotedPrintable {
    static let hex = Array("0123456789ABCDEF".utf8)

    /// Encodes text whose lines end in LF or CRLF; the output's line breaks are CRLF.
    public static func encode(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var out: [UInt8] = []
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 { out += [13, 10] }
            encodeLine(Array(line.utf8), into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func encodeLine(_ bytes: [UInt8], into out: inout [UInt8]) {
        var column = 0
        for (index, byte) in bytes.enumerated() {
            let last = index == bytes.count - 1
            // Printable ASCII but '=' stays; a trailing space or tab is encoded (it would be stripped);
            // a leading '.' is encoded too, so that no line needs SMTP dot-stuffing.
            let literal = (byte >= 33 && byte <= 126 && byte != 61 && !(byte == 46 && column == 0))
                || ((byte == 32 || byte == 9) && !last)
            let piece: [UInt8] = literal ? [byte] : [61, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            // Soft line break "=" keeps every line at 76 characters at most.
            if column + piece.count > 75 {
                out += [61, 13, 10]
                column = 0
                if piece == [46] {
                    out += [61, 50, 69]  // "=2E": a '.' now starting a line
                    column = 3
                    continue
                }
            }
            out += piece
            column += piece.count
        }
    }

    /// Decodes quoted-printable (for tests and for reading messages back).
    public static func decode(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 61 {
                if index + 1 < bytes.count, bytes[index + 1] == 13, index + 2 < bytes.count, bytes[index + 2] == 10 {
                    index += 3
                    continue
                }
                if index + 1 < bytes.count, bytes[index + 1] == 10 {
                    index += 2
                    continue
                }
                if index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                    out.append(high << 4 | low)
                    index += 3
                    continue
                }
            }
            out.append(byte)
            index += 1
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }
}
