/// One SMTP reply (RFC 5321 §4.2): a three-digit code and its text lines; a multi-line reply is
/// `250-first`, `250-second`, `250 last`.
public struct SMTPReply: Sendable, Equatable {
    public let code: Int
    public let lines: [String]

    public var text: String { lines.joined(separator: " / ") }
    public var isPositive: Bool { (200..<400).contains(code) }

    /// The EHLO keywords (upper-cased) and their parameters, from the lines after the greeting line.
    public var extensions: [String: [String]] {
        var result: [String: [String]] = [:]
        for line in lines.dropFirst() {
            let words = line.split(separator: " ").map(String.init)
            guard let keyword = words.first else { continue }
            result[keyword.uppercased()] = Array(words.dropFirst())
        }
        return result
    }
}

/// Assembles replies from lines as they arrive; fed one line (without CRLF) at a time.
struct SMTPReplyParser {
    private var code: Int?
    private var lines: [String] = []

    /// A complete reply when `line` was its last line, nil while more lines are due.
    mutating func feed(_ line: String) throws(SMTPReplyParser.Malformed) -> SMTPReply? {
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, bytes[0...2].allSatisfy({ (48...57).contains($0) }),
            let lineCode = Int(String(decoding: bytes[0...2], as: UTF8.self)), (200...599).contains(lineCode) || (100...199).contains(lineCode)
        else { throw Malformed(line: line) }
        guard bytes.count == 3 || bytes[3] == 32 || bytes[3] == 45 else { throw Malformed(line: line) }
        if let code, code != lineCode { throw Malformed(line: line) }
        code = lineCode
        lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
        if bytes.count > 3 && bytes[3] == 45 { return nil }
        let reply = SMTPReply(code: lineCode, lines: lines)
        self = SMTPReplyParser()
        return reply
    }

    /// A line that is not `ddd`, `ddd text` or `ddd-text`, or changes code mid-reply.
    struct Malformed: Error {
        let line: String
    }
}
