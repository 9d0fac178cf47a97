import Mustache

/// Turns text that SQLite's `snippet()`/`highlight()` marked with private-use characters into safe
/// HTML: the text is escaped, and only our own `<mark>` tags are markup.
///
/// Asking FTS5 for `<mark>` directly would mix its tags with unescaped stored text; the private-use
/// markers U+E000 (start) and U+E001 (end) survive HTML escaping and are replaced afterwards.
enum SnippetMarkup {
    static let startScalar: Unicode.Scalar = "\u{E000}"
    static let endScalar: Unicode.Scalar = "\u{E001}"
    static let start = Character(startScalar)
    static let end = Character(endScalar)

    /// Escaped HTML with `<mark>` around the hits. Unbalanced markers (a stored text could itself
    /// hold these characters) are dropped, so the result is always well-formed. Walks Unicode scalars,
    /// not Characters: the markers are single scalars, and grapheme breaking is the dear part.
    static func html(_ marked: String) -> String {
        let scalars = marked.unicodeScalars
        var out = ""
        out.reserveCapacity(marked.utf8.count + 64)
        var open = false
        var plainStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == startScalar || scalar == endScalar {
                out += HTMLEscaping.escape(String(scalars[plainStart..<index]))
                if scalar == startScalar, !open {
                    out += "<mark>"
                    open = true
                } else if scalar == endScalar, open {
                    out += "</mark>"
                    open = false
                }
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        out += HTMLEscaping.escape(String(scalars[plainStart...]))
        if open { out += "</mark>" }
        return out
    }
}
