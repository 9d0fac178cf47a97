/// A visitor's search words turned into an FTS5 MATCH expression that cannot be a syntax error.
///
/// FTS5 gives meaning to quotes, parentheses, `*`, `^`, `:`, `+`, `-` and the bare words AND, OR, NOT
/// and NEAR; a visitor means none of them. Each whitespace-separated word is therefore reduced to its
/// letters and digits and written as an FTS5 string (`"word"`), which FTS5 tokenizes like the indexed
/// text (so stemming applies). The terms are ANDed. Whole words are tried first (`match`); only when
/// they find nothing is the last one read as a prefix (`prefixMatch`, `"medel"*`), so a search still
/// finds what the visitor is still typing. Prefix queries merge the entries of every indexed word
/// that starts so, several times the cost of a word, and porter stemming already matches plurals
/// and other endings of whole words.
struct SearchExpression: Equatable, Sendable {
    /// Bounds the work one request can ask of the index.
    static let maximumTerms = 12
    static let maximumTermLength = 64

    /// The words kept, each already free of FTS5 syntax.
    let terms: [String]

    /// `nil` when `query` holds no searchable word (only punctuation, operators or spaces).
    init?(_ query: String?) {
        guard let query else { return nil }
        var terms: [String] = []
        for word in query.split(whereSeparator: { $0.isWhitespace }) {
            // Punctuation inside a word ("city-to-city", "Barcelona–Medellín") becomes a space: the
            // string is then a phrase of its parts, as the tokenizer splits the indexed text there too.
            let cleaned = String(word.map { $0.isLetter || $0.isNumber ? $0 : " " })
                .split(separator: " ").joined(separator: " ")
            guard !cleaned.isEmpty, !Self.operators.contains(cleaned) else { continue }
            terms.append(String(cleaned.prefix(Self.maximumTermLength)))
            if terms.count == Self.maximumTerms { break }
        }
        guard !terms.isEmpty else { return nil }
        self.terms = terms
    }

    /// FTS5's bare-word operators (they are operators only in capitals; in lower case they are words).
    private static let operators: Set<String> = ["AND", "OR", "NOT", "NEAR"]

    /// The MATCH expression of whole words: `"migrants" "durban"`. Only letters, digits and single
    /// spaces appear inside the quotes, so no escaping is needed.
    var match: String {
        terms.map { "\"\($0)\"" }.joined(separator: " ")
    }

    /// The same with the last word as a prefix: `"migrants" "durb"*`.
    var prefixMatch: String { match + "*" }
}
