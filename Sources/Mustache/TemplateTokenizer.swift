/// Splits template source into text and tag tokens, following `{{=<% %>=}}` delimiter changes as it goes
/// (they change how the rest of the source reads, so they cannot wait for the parser).
struct TemplateTokenizer {
    private let source: [UInt8]
    private let templateName: String
    private var openDelimiter = Array("{{".utf8)
    private var closeDelimiter = Array("}}".utf8)
    private var position = 0
    private var line = 1
    private var lineStart = 0

    init(source: String, templateName: String) {
        self.source = Array(source.utf8)
        self.templateName = templateName
    }

    mutating func tokenize() throws(MustacheError) -> [Token] {
        var tokens: [Token] = []
        var textStart = 0
        var textLine = 1
        var textColumn = 1
        while position < source.count {
            if source[position] == UInt8(ascii: "\n") {
                position += 1
                tokens.append(Token(kind: .text(Array(source[textStart..<position])), line: textLine, column: textColumn))
                line += 1
                lineStart = position
                textStart = position
                textLine = line
                textColumn = 1
            } else if matches(openDelimiter, at: position) {
                if textStart < position {
                    tokens.append(Token(kind: .text(Array(source[textStart..<position])), line: textLine, column: textColumn))
                }
                tokens.append(try readTag())
                textStart = position
                textLine = line
                textColumn = column(of: position)
            } else {
                position += 1
            }
        }
        if textStart < source.count {
            tokens.append(Token(kind: .text(Array(source[textStart...])), line: textLine, column: textColumn))
        }
        return tokens
    }

    /// Reads the tag at `position` (which holds the opening delimiter) and moves past it.
    private mutating func readTag() throws(MustacheError) -> Token {
        let tagLine = line
        let tagColumn = column(of: position)
        let tagStart = position
        var contentStart = position + openDelimiter.count
        let isTriple = contentStart < source.count && source[contentStart] == UInt8(ascii: "{")
        if isTriple { contentStart += 1 }
        let closing = isTriple ? [UInt8(ascii: "}")] + closeDelimiter : closeDelimiter
        guard let contentEnd = find(closing, from: contentStart) else {
            throw error("unclosed tag: no '\(String(decoding: closing, as: UTF8.self))' after it", line: tagLine, column: tagColumn)
        }
        position = contentEnd + closing.count
        countLineBreaks(from: tagStart, to: position)

        let content = String(decoding: source[contentStart..<contentEnd], as: UTF8.self).trimmingBlanks()
        if isTriple {
            return Token(kind: .tag(.raw, try name(content, line: tagLine, column: tagColumn)), line: tagLine, column: tagColumn)
        }
        let kind: Token.TagKind
        switch content.first {
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case "!": return Token(kind: .tag(.comment, ""), line: tagLine, column: tagColumn)
        case ">": kind = .partial
        case "<": kind = .parent
        case "$": kind = .block
        case "&": kind = .raw
        case "=":
            try changeDelimiters(content, line: tagLine, column: tagColumn)
            return Token(kind: .tag(.setDelimiter, ""), line: tagLine, column: tagColumn)
        default:
            return Token(kind: .tag(.variable, try name(content, line: tagLine, column: tagColumn)), line: tagLine, column: tagColumn)
        }
        var rest = String(content.dropFirst()).trimmingBlanks()
        if kind == .partial || kind == .parent, rest.hasPrefix("*") {
            // Dynamic name `{{> *name}}`: the template's name is looked up in the context at render time.
            rest = "*" + String(rest.dropFirst()).trimmingBlanks()
        }
        return Token(kind: .tag(kind, try name(rest, line: tagLine, column: tagColumn)), line: tagLine, column: tagColumn)
    }

    /// `{{=<% %>=}}`: two new delimiters, separated by blanks, neither containing `=` or blanks.
    private mutating func changeDelimiters(_ content: String, line: Int, column: Int) throws(MustacheError) {
        guard content.count >= 2, content.hasSuffix("=") else {
            throw error("set-delimiter tag must end with '=', as in {{=<% %>=}}", line: line, column: column)
        }
        let parts = content.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw error("set-delimiter tag needs two delimiters without '=', as in {{=<% %>=}}", line: line, column: column)
        }
        openDelimiter = Array(parts[0].utf8)
        closeDelimiter = Array(parts[1].utf8)
    }

    private func name(_ text: String, line: Int, column: Int) throws(MustacheError) -> String {
        guard !text.isEmpty else { throw error("empty tag", line: line, column: column) }
        guard !text.contains(where: \.isWhitespace) else {
            throw error("tag name '\(text)' contains whitespace", line: line, column: column)
        }
        return text
    }

    private func matches(_ needle: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= source.count else { return false }
        for offset in 0..<needle.count where source[index + offset] != needle[offset] { return false }
        return true
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= source.count {
            if matches(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    private mutating func countLineBreaks(from start: Int, to end: Int) {
        for index in start..<end where source[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
    }

    /// 1-based column in characters, not bytes, so editors agree with the message.
    private func column(of index: Int) -> Int {
        var count = 1
        for byte in source[lineStart..<index] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private func error(_ message: String, line: Int, column: Int) -> MustacheError {
        MustacheError(.syntax, message, template: templateName, line: line, column: column)
    }
}

extension String {
    func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}
