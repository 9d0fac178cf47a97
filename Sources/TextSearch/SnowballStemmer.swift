import CStemmer
import Foundation

/// One Snowball stemmer of Debian's `libstemmer` ("english", "arabic", …) over UTF-8.
///
/// A `sb_stemmer` keeps its work buffer inside, so one instance must never stem on two threads at
/// once: every call holds `lock`. Stemming a word takes well under a microsecond, so the lock is
/// never held long; indexing runs on one thread and a query stems a handful of words.
final class SnowballStemmer: @unchecked Sendable {  // Sendable: `stemmer` is only used under `lock`.
    private let stemmer: OpaquePointer
    private let lock = NSLock()

    /// nil when libstemmer has no such algorithm.
    init?(algorithm: String) {
        guard let stemmer = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The stem of `word` (already lower-case and folded); the word itself if libstemmer fails.
    func stem(_ word: String) -> String {
        var copy = word
        return copy.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress else { return word }
            lock.lock()
            defer { lock.unlock() }
            guard let stemmed = sb_stemmer_stem(stemmer, base, Int32(bytes.count)) else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
    }
}

/// The stemmers the platform uses, made once: one per content language, plus one per script whose
/// language follows from the script alone (Arabic, Cyrillic as Russian, Greek).
enum Stemmers {
    /// ISO 639-1 code → Snowball algorithm, for the languages libstemmer 2.2 ships.
    static let algorithms: [String: String] = [
        "ar": "arabic", "da": "danish", "de": "german", "el": "greek", "en": "english", "es": "spanish",
        "fi": "finnish", "fr": "french", "hu": "hungarian", "id": "indonesian", "it": "italian",
        "nl": "dutch", "no": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian",
        "sv": "swedish", "tr": "turkish",
    ]

    private static let byLanguage: [String: SnowballStemmer] = algorithms.compactMapValues { SnowballStemmer(algorithm: $0) }

    /// The stemmer of `language` (an ISO 639-1 code), nil for a language Snowball does not know.
    static func stemmer(_ language: String) -> SnowballStemmer? { byLanguage[language] }
}
