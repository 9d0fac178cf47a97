import Synchronization

/// Marks, in the original text, the words whose prepared tokens a query asked for: the index holds
/// prepared text (folded, stemmed), so SQLite's `highlight()` and `snippet()` would show that; the
/// page shows the text as written, marked here by the same function (`SearchText`).
///
/// Marks are the caller's private-use characters, turned into `<mark>` after HTML escaping.
public struct Highlighting: Sendable {
    public let tokens: Set<String>
    /// Tokens that also match as the start of a word (a word still being typed).
    public let prefixes: Set<String>
    public let language: String
    public let start: Character
    public let end: Character

    /// The first letters of `tokens` and `prefixes`: a Latin word starting otherwise cannot be a hit
    /// (stemmers keep a word's first letter), so it is not stemmed at all.
    private let initials: Set<Unicode.Scalar>
    /// The same for ASCII initials, as a bit set: asked once per word of every highlighted text.
    private let asciiInitials: ASCIISet
    /// Whether each ASCII spelling met so far is a hit, so each is stemmed once per search.
    private let known = WordHits()

    public init(
        tokens: Set<String>, prefixes: Set<String> = [], language: String = SearchText.defaultLanguage, start: Character, end: Character
    ) {
        self.tokens = tokens
        self.prefixes = prefixes
        initials = Set(tokens.union(prefixes).compactMap(\.unicodeScalars.first))
        asciiInitials = ASCIISet(initials.filter(\.isASCII).map { UInt8($0.value) })
        self.language = SearchText.stemmingLanguage(language)
        self.start = start
        self.end = end
    }

    /// `text` with every hit marked.
    public func marked(_ text: String) -> String {
        let (words, _) = self.words(text, stopAtFirstHit: false)
        return render(text, words, from: 0, to: words.count - 1, complete: true)
    }

    /// A passage of about `length` words around the first hit of `text`, marked, with "…" where it is
    /// cut; nil when `text` has no hit.
    public func snippet(_ text: String, length: Int = 28) -> String? {
        let (words, complete) = self.words(text, stopAtFirstHit: false, after: length)
        guard let first = words.firstIndex(where: \.hit) else { return nil }
        let from = max(0, first - length / 4)
        let to = min(words.count - 1, from + length - 1)
        return render(text, words, from: from, to: to, complete: complete)
    }

    /// True when `text` has a hit.
    public func hits(_ text: String) -> Bool { words(text, stopAtFirstHit: true).words.contains(where: \.hit) }

    // MARK: -

    struct Word {
        let range: Range<String.UnicodeScalarView.Index>
        let hit: Bool
    }

    /// The text from word `from` to word `to` (from the start, or to the end, when they are the first or
    /// the last and `words` covers the whole text: `complete`), hits marked, "…" where cut.
    private func render(_ text: String, _ words: [Word], from: Int, to: Int, complete: Bool) -> String {
        guard !words.isEmpty, from <= to else { return text }
        // Appended as substrings of `text` (a copy of UTF-8 bytes), not scalar by scalar: a page renders
        // twenty passages and titles, and appending scalar by scalar was a fifth of a search request.
        // Slices of the scalar view: a word's bounds need not be Character boundaries (a word may end
        // before a combining mark), and String's own subscript would round them.
        let scalars = text.unicodeScalars
        var out = ""
        let atEnd = complete && to == words.count - 1
        let startIndex = from == 0 ? text.startIndex : words[from].range.lowerBound
        let endIndex = atEnd ? text.endIndex : words[to].range.upperBound
        if from > 0 { out.append("…") }
        var cursor = startIndex
        for word in words[from...to] where word.hit {
            out.append(contentsOf: Substring(scalars[cursor..<word.range.lowerBound]))
            out.append(start)
            out.append(contentsOf: Substring(scalars[word.range]))
            out.append(end)
            cursor = word.range.upperBound
        }
        out.append(contentsOf: Substring(scalars[cursor..<endIndex]))
        if !atEnd { out.append("…") }
        return out
    }

    /// The words of `text` (runs of letters and digits, each ideograph on its own) with their hits.
    /// With `after`, stops that many words after the first hit (a snippet needs no more). A word is
    /// folded and stemmed only when its first letter could start a token (`initials`).
    func words(_ text: String, stopAtFirstHit: Bool, after: Int? = nil) -> (words: [Word], complete: Bool) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text, stopAtFirstHit: stopAtFirstHit, after: after) }
        let scalars = text.unicodeScalars
        var words: [Word] = []
        var wordStart: String.UnicodeScalarView.Index?
        var wordInitial: Unicode.Scalar?
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(4)
        var previousIdeograph: (index: String.UnicodeScalarView.Index, scalar: Unicode.Scalar)?
        var firstHit: Int?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if let after, let firstHit, words.count > firstHit + after { return (words, false) }
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            folded.removeAll(keepingCapacity: true)
            LetterFolding.forEach(scalar) { folded.append($0) }
            let isIdeograph = folded.first.map { Ideographs.contains($0.value) } ?? false
            let isWord = !isIdeograph && !folded.isEmpty && folded.allSatisfy(SearchText.isWordScalar)
            let isMark = folded.isEmpty && wordStart != nil
            if !isWord && !isMark, let begin = wordStart {  // the word ends here
                let hit = isHit(begin..<index, initial: wordInitial, in: scalars)
                if hit, firstHit == nil { firstHit = words.count }
                words.append(Word(range: begin..<index, hit: hit))
                wordStart = nil
            }
            if isIdeograph, let first = folded.first {
                var hit = tokens.contains(String(first))
                if let previous = previousIdeograph {
                    var pair = String.UnicodeScalarView()
                    pair.append(previous.scalar)
                    pair.append(first)
                    if tokens.contains(String(pair)) {
                        hit = true
                        if let last = words.indices.last, words[last].range.lowerBound == previous.index {
                            words[last] = Word(range: words[last].range, hit: true)
                            if firstHit.map({ $0 > last }) ?? true { firstHit = last }
                        }
                    }
                }
                if hit, firstHit == nil { firstHit = words.count }
                words.append(Word(range: index..<next, hit: hit))
                previousIdeograph = (index, first)
            } else {
                previousIdeograph = nil
                if isWord, wordStart == nil {
                    wordStart = index
                    wordInitial = folded.first
                }
            }
            if stopAtFirstHit, firstHit != nil { return (words, false) }
            index = next
        }
        if let begin = wordStart {
            let hit = isHit(begin..<index, initial: wordInitial, in: scalars)
            words.append(Word(range: begin..<index, hit: hit))
        }
        return (words, true)
    }

    /// `words` for ASCII text (most of the content), over its bytes: a page highlights twenty entries,
    /// each several paragraphs long, so this runs over tens of kilobytes per search. The loop reads the
    /// string's own buffer; a word is stemmed only when its initial could start a token, and once per
    /// spelling (`WordHits`): the same words come back in every paragraph.
    private func asciiWords(_ text: String, stopAtFirstHit: Bool, after: Int?) -> (words: [Word], complete: Bool) {
        if let found = text.utf8.withContiguousStorageIfAvailable({ asciiWords($0, in: text, stopAtFirstHit: stopAtFirstHit, after: after) }) {
            return found
        }
        var copy = text
        copy.makeContiguousUTF8()
        return asciiWords(copy, stopAtFirstHit: stopAtFirstHit, after: after)
    }

    private func asciiWords(
        _ bytes: UnsafeBufferPointer<UInt8>, in text: String, stopAtFirstHit: Bool, after: Int?
    ) -> (words: [Word], complete: Bool) {
        let utf8 = text.utf8
        var words: [Word] = []
        var firstHit: Int?
        var wordStart: Int?
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func finish(at end: Int) {
            guard let begin = wordStart else { return }
            var hit = false
            if let first = word.first, asciiInitials.contains(first) {
                hit = known.hit(word) { spelling in
                    let token = SearchText.stem(spelling, language: language)
                    return tokens.contains(token) || prefixes.contains(where: { token.hasPrefix($0) })
                }
            }
            if hit, firstHit == nil { firstHit = words.count }
            // Offsets into a native string's UTF-8 are O(1) to turn into indices.
            let lower = utf8.index(utf8.startIndex, offsetBy: begin)
            words.append(Word(range: lower..<utf8.index(lower, offsetBy: end - begin), hit: hit))
            wordStart = nil
        }
        for offset in bytes.indices {
            let byte = bytes[offset]
            switch byte {
            case 0x61...0x7A, 0x30...0x39, 0x41...0x5A:
                if wordStart == nil {
                    if let after, let firstHit, words.count > firstHit + after { return (words, false) }
                    wordStart = offset
                    word.removeAll(keepingCapacity: true)
                }
                word.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            default:
                finish(at: offset)
                if stopAtFirstHit, firstHit != nil { return (words, false) }
            }
        }
        finish(at: bytes.count)
        return (words, true)
    }

    /// Whether the word at `range` is one of the tokens (or starts with a prefix token).
    private func isHit(_ range: Range<String.UnicodeScalarView.Index>, initial: Unicode.Scalar?, in scalars: String.UnicodeScalarView) -> Bool {
        guard let initial, initial.value >= 0x250 || initials.contains(initial) else { return false }
        let token = SearchText.stem(SearchText.fold(String(scalars[range])), language: language)
        return tokens.contains(token) || prefixes.contains(where: { token.hasPrefix($0) })
    }
}

/// A set of ASCII bytes as two 64-bit masks.
struct ASCIISet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes where byte < 0x80 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }
}

/// Whether a lower-case ASCII spelling is a hit, remembered for one `Highlighting` (one search): a page's
/// passages repeat the same words, and stemming was a third of highlighting. Bounded, since a search's
/// texts are bounded but a `Highlighting` could be kept.
final class WordHits: Sendable {
    private let hits = Mutex<[String: Bool]>([:])
    private static let limit = 16_384

    func hit(_ spelling: [UInt8], _ decide: (String) -> Bool) -> Bool {
        let key = String(decoding: spelling, as: UTF8.self)
        if let known = hits.withLock({ $0[key] }) { return known }
        let hit = decide(key)
        hits.withLock { hits in
            if hits.count >= Self.limit { hits.removeAll(keepingCapacity: true) }
            hits[key] = hit
        }
        return hit
    }
}
