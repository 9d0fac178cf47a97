/// RFC 2047 encoded-words and RFC 5322 header folding. Everything a user wrote (a name, a subject) goes
/// through here before it reaches a header: controls (CR and LF included) become spaces, and any text
/// that is not plain printable ASCII is sent as `=?UTF-8?B?…?=` words, so it can never end a header.
public enum HeaderEncoding {
    /// Longest encoded-word allowed by RFC 2047 §2.
    static let maximumWordLength = 75
    /// Bytes of UTF-8 per word: 45 bytes are 60 base64 characters, plus 12 for `=?UTF-8?B?` and `?=`.
    static let bytesPerWord = 45

    /// Controls (CR, LF, TAB, NUL…) replaced by spaces: a header is one logical line.
    public static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            ($0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}") ? " " : $0
        }))
    }

    /// Unstructured text (Subject, extra headers): as it is when it is printable ASCII that could not be
    /// mistaken for an encoded-word, else as a run of encoded-words separated by folding white space.
    public static func unstructured(_ text: String) -> String {
        let line = singleLine(text)
        if isPlainASCII(line) && !line.contains("=?") { return line }
        return encodedWords(line).joined(separator: " ")
    }

    /// A display name: a quoted-string when it is printable ASCII, else encoded-words (RFC 2047 §5(3)).
    public static func phrase(_ text: String) -> String {
        let line = singleLine(text)
        if isPlainASCII(line) && !line.contains("=?") {
            let escaped = line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        }
        return encodedWords(line).joined(separator: " ")
    }

    /// `=?UTF-8?B?…?=` words of at most 75 characters, each holding whole Unicode scalars.
    public static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > bytesPerWord {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words
    }

    private static func word(_ bytes: [UInt8]) -> String { "=?UTF-8?B?\(Base64.encode(bytes))?=" }

    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
    }

    /// `Name: value` folded at spaces so that lines stay near 78 characters and never pass 998 (a
    /// single word longer than that is cut: no header this module writes has one, but a caller's might).
    public static func field(_ name: String, _ value: String) -> String {
        var lines: [String] = []
        var current = "\(name):"
        var currentHasWord = false
        for piece in singleLine(value).split(separator: " ", omittingEmptySubsequences: false) {
            if currentHasWord && current.utf8.count + 1 + piece.utf8.count > 78 {
                lines.append(current)
                current = ""
            }
            current += " " + piece
            currentHasWord = true
            while current.utf8.count > 998 {
                let cut = current.utf8.index(current.utf8.startIndex, offsetBy: 997)
                lines.append(String(current[..<cut]))
                current = " " + current[cut...]
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }
}
