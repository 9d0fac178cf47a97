import Foundation
@testable import Mail

/// Reads a rendered message back the way a mail client would, independently of the composer: unfolds
/// headers, decodes RFC 2047 encoded-words, splits a multipart body and decodes quoted-printable parts.
struct MessageReader {
    /// A header block and a body.
    struct Entity {
        var headers: [(name: String, value: String)]
        var body: String

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        func all(_ name: String) -> [String] {
            headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
        }
    }

    /// Splits at the first empty line; header lines are unfolded (CRLF + WSP → WSP).
    static func entity(_ text: String) -> Entity {
        let separator = text.range(of: "\r\n\r\n")
        let head = separator.map { String(text[..<$0.lowerBound]) } ?? text
        let body = separator.map { String(text[$0.upperBound...]) } ?? ""
        let unfolded = head.replacingOccurrences(of: "\r\n ", with: " ").replacingOccurrences(of: "\r\n\t", with: "\t")
        let headers = unfolded.components(separatedBy: "\r\n").compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        }
        return Entity(headers: headers, body: body)
    }

    /// RFC 2047 decoding of `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words; white space between two adjacent
    /// encoded-words is dropped (§6.2), other text is kept.
    static func decodeWords(_ value: String) -> String {
        let pattern = try! NSRegularExpression(pattern: #"=\?([^?]+)\?([BbQq])\?([^?]*)\?="#)
        var result = ""
        var cursor = value.startIndex
        var lastWasWord = false
        for match in pattern.matches(in: value, range: NSRange(value.startIndex..., in: value)) {
            let range = Range(match.range, in: value)!
            let between = String(value[cursor..<range.lowerBound])
            if !(lastWasWord && between.allSatisfy(\.isWhitespace)) { result += between }
            let encoding = String(value[Range(match.range(at: 2), in: value)!]).uppercased()
            let payload = String(value[Range(match.range(at: 3), in: value)!])
            let bytes: [UInt8]
            if encoding == "B" {
                bytes = Array(Data(base64Encoded: payload) ?? Data("<bad base64>".utf8))
            } else {
                bytes = QuotedPrintable.decode(payload.replacingOccurrences(of: "_", with: " "))
            }
            result += String(decoding: bytes, as: UTF8.self)
            cursor = range.upperBound
            lastWasWord = true
        }
        result += value[cursor...]
        return result
    }

    /// The parts of a multipart body, by the boundary in its Content-Type.
    static func parts(of entity: Entity) -> [Entity] {
        guard let type = entity.header("Content-Type"), let start = type.range(of: "boundary=\"") else { return [] }
        let boundary = String(type[start.upperBound...].prefix { $0 != "\"" })
        let pieces = ("\r\n" + entity.body).components(separatedBy: "\r\n--" + boundary)
        // pieces[0] is the preamble; the last starts with "--" (the close delimiter).
        return pieces.dropFirst().filter { !$0.hasPrefix("--") }.map { piece in
            // What follows the delimiter on its line is its CRLF (one Character in Swift).
            MessageReader.entity(piece.hasPrefix("\r\n") ? String(piece.dropFirst()) : piece)
        }
    }

    static func decodedBody(_ entity: Entity) -> String {
        switch entity.header("Content-Transfer-Encoding")?.lowercased() {
        case "quoted-printable": String(decoding: QuotedPrintable.decode(entity.body), as: UTF8.self)
        case "base64": String(decoding: Data(base64Encoded: entity.body, options: .ignoreUnknownCharacters) ?? Data(), as: UTF8.self)
        default: entity.body
        }
    }
}
