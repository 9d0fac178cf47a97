/// Whether a URL read from the database may become an `href`. Cities, networks and case studies
/// store addresses typed by people; a page links one only when it is an absolute `http(s)` address or
/// a path on this site, never `javascript:`, `data:` or a protocol-relative `//host` (which would
/// leave the site while looking like a path).
///
/// ```swift
/// SafeURL.mayLink("https://example.org/report.pdf")   // true
/// SafeURL.mayLink("/briefs/mannheim/2024")            // true
/// SafeURL.mayLink("//evil.example")                   // false
/// SafeURL.mayLink("javascript:alert(1)")              // false
/// ```
enum SafeURL {
    /// An absolute web address (see `isWebAddress`) or a site path (see `isSitePath`).
    static func mayLink(_ text: String) -> Bool {
        isWebAddress(text) || isSitePath(text)
    }

    /// `http://` or `https://` (any case) followed by a non-empty host, with no character that could
    /// end the attribute or hide part of the address (whitespace, controls, quotes, `<`, `>`, `\`).
    static func isWebAddress(_ text: String) -> Bool {
        guard hasOnlySafeCharacters(text) else { return false }
        let lowered = text.lowercased()
        let rest: Substring
        if lowered.hasPrefix("https://") {
            rest = text.dropFirst("https://".count)
        } else if lowered.hasPrefix("http://") {
            rest = text.dropFirst("http://".count)
        } else {
            return false
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty
    }

    /// Starts with exactly one "/" (so `//host` and `/\host`, which browsers send elsewhere, do not
    /// count), with the same characters as `isWebAddress`.
    static func isSitePath(_ text: String) -> Bool {
        guard hasOnlySafeCharacters(text), text.hasPrefix("/") else { return false }
        return !text.dropFirst().hasPrefix("/")
    }

    private static func hasOnlySafeCharacters(_ text: String) -> Bool {
        !text.isEmpty && !text.unicodeScalars.contains { scalar in
            scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
                || scalar == "\"" || scalar == "'" || scalar == "<" || scalar == ">" || scalar == "\\" || scalar == "`"
        }
    }
}
