import Foundation

/// Text prepared for the full-text index and for queries, the one function both go through.
///
/// The index keeps SQLite's own `unicode61` tokenizer; what it receives is already normalised here:
/// NFC, folded (`LetterFolding`: case, diacritics, Ł/Ø/ß/Æ/Đ, Arabic letter forms, digits), each word
/// stemmed by the Snowball stemmer of its language (Arabic, Cyrillic and Greek words by their
/// script's; the others by the content's language), and every run of Han, Kana or Hangul written as
/// its characters and the pairs of neighbours ("서울특별시" → 서 울 특 별 시 서울 울특 특별 별시), so a
/// two-character word inside a longer text is found. Tokens are separated by single spaces.
public enum SearchText {
    /// The language of text that has no language of its own (partnerships, the registry's originals).
    public static let defaultLanguage = "en"

    /// `text` as the index stores it. `language` is the content's BCP 47 tag (`es-419`, `fr`, `pt-BR`):
    /// Latin-script words are stemmed by the Snowball stemmer of its language (`stemmingLanguage`), or
    /// not at all when Snowball has none (Polish, Czech…: another language's suffix rules would cut
    /// their words at random, while the folded word still meets the same word typed).
    public static func prepare(_ text: String, language: String = defaultLanguage) -> String {
        let language = stemmingLanguage(language)
        var output = ""
        output.reserveCapacity(text.utf8.count)
        scan(text) { segment in
            switch segment {
            case .word(let word):
                if !output.isEmpty { output += " " }
                output += stem(word, language: language)
            case .ideographs(let run):
                for token in ideographTokens(run, pairsOnly: false) {
                    if !output.isEmpty { output += " " }
                    output += token
                }
            }
        }
        return output
    }

    /// The tokens of one word a visitor typed, as the index holds them: usually one; a word the
    /// tokenizer splits ("city-to-city") gives its parts, meant as a phrase; a run of ideographs gives
    /// its pairs of neighbours (or the character alone), meant as all required.
    public static func queryTokens(_ word: String, language: String = defaultLanguage) -> QueryTokens {
        let language = stemmingLanguage(language)
        var words: [String] = []
        var ideographs: [String] = []
        scan(word) { segment in
            switch segment {
            case .word(let word): words.append(stem(word, language: language))
            case .ideographs(let run): ideographs += ideographTokens(run, pairsOnly: true)
            }
        }
        return QueryTokens(phrase: words, required: ideographs)
    }

    /// The key of the stemmer `prepare` uses for content tagged `tag` (BCP 47): its primary language
    /// subtag in lower case (`es-419` → `es`, `pt-BR` → `pt`; Norwegian Bokmål and Nynorsk → `no`).
    /// A language Snowball does not know keeps its subtag, and its Latin words are not stemmed.
    public static func stemmingLanguage(_ tag: String) -> String {
        let primary = tag.prefix { $0 != "-" && $0 != "_" }.lowercased()
        switch primary {
        case "nb", "nn": return "no"
        case "": return defaultLanguage
        default: return primary
        }
    }

    /// Whether `language` (a `stemmingLanguage` key) has a Snowball stemmer for Latin-script words.
    public static func hasStemmer(_ language: String) -> Bool { Stemmers.stemmer(language) != nil }

    /// The languages a query is prepared in, each typed word ORed over them: the language of the page
    /// first (a visitor on /fr/ most likely types French), then every language whose stemmer prepared
    /// text in the index (`indexed`), as `stemmingLanguage` keys without repeats. A query has no language
    /// of its own, and a word meets a text only when both went through the same stemmer.
    public static func queryLanguages(page: String, indexed: [String]) -> [String] {
        var languages: [String] = []
        for language in [page] + indexed.sorted() {
            let key = stemmingLanguage(language)
            if !languages.contains(key) { languages.append(key) }
        }
        return languages
    }

    /// What a typed word becomes: `phrase` (consecutive tokens) and `required` (tokens each required).
    public struct QueryTokens: Sendable, Equatable {
        public let phrase: [String]
        public let required: [String]
        public var isEmpty: Bool { phrase.isEmpty && required.isEmpty }
        /// Every token, for highlighting.
        public var all: [String] { phrase + required }
    }

    /// `text` folded (case, diacritics, Ł/Ø/ß…, Arabic letter forms, digits) without stemming: for
    /// comparing names.
    public static func fold(_ text: String) -> String {
        LetterFolding.fold(isASCII(text) ? text : text.precomposedStringWithCanonicalMapping)
    }

    // MARK: scanning

    enum Segment {
        case word(String)
        case ideographs([Unicode.Scalar])
    }

    /// Calls `body` with each folded word and each run of ideographs of `text`, in order.
    static func scan(_ text: String, _ body: (Segment) -> Void) {
        if isASCII(text) {
            scanASCII(text, body)
            return
        }
        let normalized = text.precomposedStringWithCanonicalMapping
        var word = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        for scalar in normalized.unicodeScalars {
            LetterFolding.forEach(scalar) { part in
                if Ideographs.contains(part.value) {
                    if !word.isEmpty {
                        body(.word(String(word)))
                        word = String.UnicodeScalarView()
                    }
                    run.append(part)
                } else if isWordScalar(part) {
                    if !run.isEmpty {
                        body(.ideographs(run))
                        run = []
                    }
                    word.append(part)
                } else {
                    if !word.isEmpty {
                        body(.word(String(word)))
                        word = String.UnicodeScalarView()
                    }
                    if !run.isEmpty {
                        body(.ideographs(run))
                        run = []
                    }
                }
            }
        }
        if !word.isEmpty { body(.word(String(word))) }
        if !run.isEmpty { body(.ideographs(run)) }
    }

    /// `scan` for ASCII text (most of the content), over its bytes: letters and digits are words.
    private static func scanASCII(_ text: String, _ body: (Segment) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: word.append(byte)
            case 0x41...0x5A: word.append(byte + 0x20)
            default:
                if !word.isEmpty {
                    body(.word(String(decoding: word, as: UTF8.self)))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { body(.word(String(decoding: word, as: UTF8.self))) }
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    /// The stem of a folded word, by the stemmer of its script (Arabic, Cyrillic, Greek) or of
    /// `language` (a `stemmingLanguage` key) for Latin words, not stemmed when that language has no
    /// stemmer; numbers and words of other scripts are kept as they are.
    static func stem(_ word: String, language: String) -> String {
        guard let first = word.unicodeScalars.first else { return word }
        let value = first.value
        let stemmer: SnowballStemmer?
        if value < 0x250 {
            if value >= 0x30 && value <= 0x39 { return word }
            stemmer = Stemmers.stemmer(language)
        } else if (0x0600...0x06FF).contains(value) {
            stemmer = Stemmers.stemmer("ar")
        } else if (0x0400...0x04FF).contains(value) {
            stemmer = Stemmers.stemmer("ru")
        } else if (0x0370...0x03FF).contains(value) {
            stemmer = Stemmers.stemmer("el")
        } else {
            stemmer = nil
        }
        guard let stemmer else { return word }
        let stemmed = stemmer.stem(word)
        return stemmed.isEmpty ? word : stemmed
    }

    /// A run's characters and pairs of neighbours (indexing), or only its pairs (a query of two or
    /// more characters; the character alone for one).
    static func ideographTokens(_ run: [Unicode.Scalar], pairsOnly: Bool) -> [String] {
        var tokens: [String] = []
        if !pairsOnly || run.count == 1 {
            for scalar in run { tokens.append(String(scalar)) }
        }
        if run.count > 1 {
            for index in 0..<(run.count - 1) {
                var pair = String.UnicodeScalarView()
                pair.append(run[index])
                pair.append(run[index + 1])
                tokens.append(String(pair))
            }
        }
        return tokens
    }
}
