/// One lexical piece of a template: text (never spanning a line break) or a tag.
struct Token {
    enum TagKind: Equatable {
        case variable, raw, section, inverted, close, comment, partial, parent, block, setDelimiter

        /// Tags that produce no inline output, so a line holding only them (and blanks) is removed.
        var canStandAlone: Bool { self != .variable && self != .raw }
    }

    enum Kind {
        /// Text up to and including at most one line break, which then ends it.
        case text([UInt8])
        case tag(TagKind, String)
    }

    var kind: Kind
    let line: Int
    let column: Int
    /// Set by `StandaloneLines`: the tag was alone on its line.
    var isStandalone = false
    /// Set by `StandaloneLines`: whitespace that preceded a standalone tag.
    var indentation: [UInt8] = []
    /// Set by `StandaloneLines` on a block's closing tag when the block filled its whole line.
    var keptLineBreak: [UInt8] = []

    var endsLine: Bool {
        if case .text(let bytes) = kind { return bytes.last == UInt8(ascii: "\n") }
        return false
    }

    /// Spaces and tabs, optionally followed by the line break (`\n` or `\r\n`).
    var isBlank: Bool {
        guard case .text(let bytes) = kind else { return false }
        var end = bytes.endIndex
        if bytes.last == UInt8(ascii: "\n") {
            end -= 1
            if end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        return bytes[bytes.startIndex..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
