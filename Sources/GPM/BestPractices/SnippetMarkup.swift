import Mustache

/// Turns text that SQLite's `snippet()`/`highlight()` marked with private-use characters into safe
/// HTML: the text is escaped, and only our own `<mark>` tags are markup.
///
/// Asking FTS5 for `<mark>` directly would mix its tags with unescaped stored text; the private-use
/// markers U+E000 (start) and U+E001 (end) survive HTML escaping and are replaced afterwards.
enum SnippetMarkup {
    static let start: Character = "\u{E000}"
    static let end: Character = "\u{E001}"

    /// The markers as SQL text for `snippet(…, char(57344), char(57345), …)`.
    static let sqlStart = "char(57344)"
    static let sqlEnd = "char(57345)"

    /// Escaped HTML with `<mark>` around the hits. Unbalanced markers (a stored text could itself
    /// hold these characters) are dropped, so the result is always well-formed.
    static func html(_ marked: String) -> String {
        var out = ""
        var open = false
        var plain = ""
        func flush() {
            out += HTMLEscaping.escape(plain)
            plain = ""
        }
        for character in marked {
            switch character {
            case start where !open:
                flush()
                out += "<mark>"
                open = true
            case end where open:
                flush()
                out += "</mark>"
                open = false
            case start, end:
                continue
            default:
                plain.append(character)
            }
        }
        flush()
        if open { out += "</mark>" }
        return out
    }
}
