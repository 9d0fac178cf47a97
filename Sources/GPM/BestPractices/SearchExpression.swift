import TextSearch

/// A visitor's search words turned into an FTS5 MATCH expression that cannot be a syntax error.
///
/// Understood: words (all required), `"quoted phrases"`, `-word` / `-"phrase"` and `NOT word` (excluded),
/// and `OR` between two words or phrases (either). Every word goes through `SearchText`, the function
/// that prepared the indexed text, and only its tokens (letters and digits) are written into the
/// expression, each inside FTS5 double quotes: nothing a visitor types reaches FTS5 as syntax. Whole
/// words are tried first (`match`); only when they find nothing is the last word read as a prefix
/// (`prefixMatch`, `"medel"*`), so a search still finds what the visitor is still typing.
///
/// A query has no language of its own, and each text in the index was stemmed by its content's language
/// (`SearchIndexStore`). So every word or phrase is prepared once per language of `languages` — the
/// page's first, then each language the index holds text in (`SearchText.queryLanguages`) — and its
/// distinct forms are ORed: "vivienda" is `("vivienda" OR "viviend")` when the index holds Spanish, and
/// finds "viviendas" in a Spanish brief from any page. With English content only it is one form, as before.
struct SearchExpression: Equatable, Sendable {
    /// Bounds the work one request can ask of the index.
    static let maximumTerms = 12
    static let maximumTermLength = 64

    /// One searched item: a word or a phrase, as the index's tokens.
    struct Item: Equatable, Sendable {
        /// Consecutive tokens (a word split by punctuation, a quoted phrase), stemmed in the first language.
        var phrase: [String]
        /// The same phrase stemmed in the other languages, where it differs: alternatives to `phrase`.
        var otherPhrases: [[String]] = []
        /// Ideograph pairs, consecutive in the index too (see `SearchText`).
        var pairs: [String]
        var isPhrase: Bool

        /// The FTS5 text of the item; `prefix` makes its last token a prefix.
        func fts(prefix: Bool = false) -> String {
            var parts: [String] = []
            if !phrase.isEmpty {
                let star = prefix && pairs.isEmpty ? "*" : ""
                let forms = ([phrase] + otherPhrases).map { "\"" + $0.joined(separator: " ") + "\"" + star }
                parts.append(forms.count == 1 ? forms[0] : "(" + forms.joined(separator: " OR ") + ")")
            }
            if !pairs.isEmpty { parts.append("\"" + pairs.joined(separator: " ") + "\"") }
            return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
        }
    }

    /// Required items; each inner list holds alternatives (`a OR b`).
    let required: [[Item]]
    /// Excluded items.
    let excluded: [Item]

    /// `nil` when `query` asks for no word (only punctuation, operators, exclusions or spaces).
    /// `languages`: the stemming languages of the query's words, the most likely first.
    init?(_ query: String?, languages: [String] = [SearchText.defaultLanguage]) {
        let languages = languages.isEmpty ? [SearchText.defaultLanguage] : languages
        guard let query else { return nil }
        var required: [[Item]] = []
        var excluded: [Item] = []
        var pendingOr = false
        var negateNext = false
        var count = 0
        for raw in Self.lex(query) {
            if count >= Self.maximumTerms { break }
            switch raw {
            case .operator("OR"):
                pendingOr = !required.isEmpty
                continue
            case .operator("NOT"):
                negateNext = true
                continue
            case .operator:
                continue
            case .text(let text, let quoted, let negated):
                let words = text.split(whereSeparator: \.isWhitespace).prefix(Self.maximumTerms).map { String($0.prefix(Self.maximumTermLength)) }
                let forms = languages.map { language in words.map { SearchText.queryTokens($0, language: language) } }
                let tokens = forms[0]
                var item = Item(phrase: tokens.flatMap(\.phrase), pairs: tokens.flatMap(\.required), isPhrase: quoted)
                for other in forms.dropFirst() {
                    let phrase = other.flatMap(\.phrase)
                    if phrase != item.phrase, !item.otherPhrases.contains(phrase) { item.otherPhrases.append(phrase) }
                }
                guard !(item.phrase.isEmpty && item.pairs.isEmpty) else { continue }
                count += 1
                if negated || negateNext {
                    excluded.append(item)
                } else if pendingOr, !required.isEmpty {
                    required[required.count - 1].append(item)
                } else {
                    required.append([item])
                }
                negateNext = false
                pendingOr = false
            }
        }
        guard !required.isEmpty else { return nil }
        self.required = required
        self.excluded = excluded
    }

    /// The MATCH expression of whole words: `"migrant" AND ("durban" OR "medellin") NOT ("twin")`.
    var match: String { expression(prefixLast: false) }

    /// The same with the last required word as a prefix: `"migrant" AND "durb"*`.
    var prefixMatch: String { expression(prefixLast: true) }

    /// True when a prefix reading differs from `match` (the last item is a single word).
    var hasPrefixReading: Bool {
        guard let last = required.last, last.count == 1, let item = last.first else { return false }
        return !item.isPhrase && item.pairs.isEmpty && !item.phrase.isEmpty
    }

    /// The token read as a prefix by `prefixMatch`.
    var prefixToken: String? { hasPrefixReading ? required.last?.first?.phrase.last : nil }

    /// Every token a hit may show, for highlighting the text as written.
    var highlightTokens: Set<String> {
        Set(required.flatMap { $0.flatMap { $0.phrase + $0.otherPhrases.flatMap { $0 } + $0.pairs } })
    }

    /// The required words in titles only (`{title} : (…)`): the entries whose title matches rank first.
    func titleMatch(prefixLast: Bool) -> String {
        "{title} : (" + positive(prefixLast: prefixLast) + ")"
    }

    private func expression(prefixLast: Bool) -> String {
        var sql = positive(prefixLast: prefixLast)
        if !excluded.isEmpty {
            sql = "(" + sql + ") NOT (" + excluded.map { $0.fts() }.joined(separator: " OR ") + ")"
        }
        return sql
    }

    private func positive(prefixLast: Bool) -> String {
        var groups: [String] = []
        for (index, alternatives) in required.enumerated() {
            let prefix = prefixLast && index == required.count - 1 && hasPrefixReading
            let parts = alternatives.map { $0.fts(prefix: prefix) }
            groups.append(parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")")
        }
        return groups.joined(separator: " AND ")
    }

    // MARK: lexing

    enum Lexeme: Equatable {
        case text(String, quoted: Bool, negated: Bool)
        case `operator`(String)
    }

    /// Splits `query` into words, quoted phrases (an unclosed quote runs to the end) and the operators
    /// OR, NOT, AND (in capitals, as typed; in lower case they are words); `-` before a word or a phrase
    /// excludes it.
    static func lex(_ query: String) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var characters = Substring(query)
        while let first = characters.first {
            if first.isWhitespace {
                characters = characters.dropFirst()
                continue
            }
            var negated = false
            if first == "-" || first == "−" {
                negated = true
                characters = characters.dropFirst()
                guard let next = characters.first, !next.isWhitespace else { continue }
            }
            if characters.first == "\"" || characters.first == "“" || characters.first == "”" || characters.first == "«" {
                characters = characters.dropFirst()
                let end = characters.firstIndex(where: { $0 == "\"" || $0 == "”" || $0 == "“" || $0 == "»" }) ?? characters.endIndex
                lexemes.append(.text(String(characters[..<end]), quoted: true, negated: negated))
                characters = end < characters.endIndex ? characters[characters.index(after: end)...] : characters[end...]
                continue
            }
            let end = characters.firstIndex(where: \.isWhitespace) ?? characters.endIndex
            let word = String(characters[..<end])
            characters = characters[end...]
            if !negated, ["OR", "NOT", "AND"].contains(word) {
                lexemes.append(.operator(word))
            } else {
                lexemes.append(.text(word, quoted: false, negated: negated))
            }
        }
        return lexemes
    }
}
