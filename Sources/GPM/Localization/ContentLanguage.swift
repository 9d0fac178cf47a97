import Foundation

/// The language a piece of content is written in — a Mayor Brief, a case study, a session's text — as a
/// BCP 47 tag (`en`, `fr`, `es-419`, `ar`, `zh-Hant-TW`): any language, not only the three the platform's own
/// text is in. Pages write it as `lang` and its direction as `dir` on the element holding the content.
struct ContentLanguage: Sendable, Hashable, Codable {
    /// The tag in its canonical case (`zh-Hant-TW`, `es-419`, `ar`).
    let tag: String

    /// The secretariat's papers and everything stored before content had a language.
    static let english = ContentLanguage(canonical: "en")

    private init(canonical: String) { tag = canonical }

    /// A language of the platform's own text, as content.
    init(_ language: Language) { tag = language.rawValue }

    /// The tag if it has the shape of BCP 47 (RFC 5646 `langtag` or a private use tag), in canonical case;
    /// nil otherwise. The subtags are not looked up in the IANA registry: the shape is what the markup
    /// needs, and a valid shape naming an unregistered language harms no reader.
    init?(validating text: String) {
        let raw = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        guard !raw.isEmpty, raw.count <= 35, let tag = Self.canonical(raw) else { return nil }
        self.tag = tag
    }

    /// The platform language this content is in, if it is one of the three (`fr-CA` → fr).
    var platformLanguage: Language? { Language(tag: tag) }

    /// Whether two tags name the same language for a reader (`fr` and `fr-FR`).
    func sameLanguage(as language: Language) -> Bool { platformLanguage == language }

    /// `rtl` or `ltr`, for the `dir` attribute: see `ContentLanguage.direction(of:)`.
    var direction: String { Self.direction(of: tag) }

    /// Languages written right to left when no script subtag says otherwise.
    private static let rightToLeft: Set<String> = [
        "ar", "arc", "azb", "ckb", "dv", "fa", "he", "iw", "ji", "khw", "ks", "ku-arab", "lrc", "mzn", "nqo", "pnb", "ps", "sd",
        "syr", "ug", "ur", "yi",
    ]
    /// Scripts written right to left (ISO 15924).
    private static let rightToLeftScripts: Set<String> = ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "samr", "mand", "mend"]

    /// The one place that decides the direction of a tag: `rtl` for Arabic, Hebrew, Persian, Urdu, Pashto,
    /// Sindhi, Uyghur, Yiddish, Dhivehi… and for any tag whose script subtag is a right-to-left script
    /// (`az-Arab`); `ltr` for everything else, and for those languages written in another script (`ku-Latn`).
    static func direction(of tag: String) -> String {
        let subtags = tag.lowercased().split(separator: "-").map(String.init)
        guard let primary = subtags.first else { return "ltr" }
        if subtags.count > 1, subtags[1].count == 4, subtags[1].allSatisfy(\.isLetter) {
            return rightToLeftScripts.contains(subtags[1]) ? "rtl" : "ltr"
        }
        return rightToLeft.contains(primary) ? "rtl" : "ltr"
    }

    /// RFC 5646's shape, the primary language limited to ISO 639's 2–3 letters (RFC 5646 also allows 4–8
    /// letters for languages registered in the future — none is — which would let "Spanish" or "english" pass as
    /// a tag): language (with up to three extlangs), then optional
    /// script (4 letters), region (2 letters or 3 digits), variants (5–8 alphanumerics or a digit and 3),
    /// extensions (a singleton and 2–8 alphanumerics) and a private use part (`x-` and 1–8 alphanumerics);
    /// or a private use tag alone (`x-klingon`). Case is canonicalised (`ES-419` → `es-419`).
    private static func canonical(_ raw: String) -> String? {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else {
            return nil
        }
        func letters(_ s: String) -> Bool { s.allSatisfy(\.isLetter) }
        func digits(_ s: String) -> Bool { s.allSatisfy(\.isNumber) }
        var output: [String] = []
        var index = 0
        if parts[0].lowercased() == "x" {
            guard parts.count > 1 else { return nil }
            return parts.map { $0.lowercased() }.joined(separator: "-")
        }
        let language = parts[0]
        guard letters(language), (2...3).contains(language.count) else { return nil }
        output.append(language.lowercased())
        index = 1
        // extlang: up to three 3-letter subtags after a 2–3 letter language
        var extlangs = 0
        while index < parts.count, parts[index].count == 3, letters(parts[index]), extlangs < 3 {
            output.append(parts[index].lowercased())
            index += 1
            extlangs += 1
        }
        if index < parts.count, parts[index].count == 4, letters(parts[index]) {
            output.append(parts[index].prefix(1).uppercased() + parts[index].dropFirst().lowercased())
            index += 1
        }
        if index < parts.count, (parts[index].count == 2 && letters(parts[index])) || (parts[index].count == 3 && digits(parts[index])) {
            output.append(parts[index].uppercased())
            index += 1
        }
        while index < parts.count, (5...8).contains(parts[index].count) || (parts[index].count == 4 && parts[index].first?.isNumber == true) {
            output.append(parts[index].lowercased())
            index += 1
        }
        while index < parts.count, parts[index].count == 1 {
            let singleton = parts[index].lowercased()
            let isPrivate = singleton == "x"
            output.append(singleton)
            index += 1
            var count = 0
            while index < parts.count, isPrivate || parts[index].count >= 2 {
                if !isPrivate, parts[index].count == 1 { break }
                output.append(parts[index].lowercased())
                index += 1
                count += 1
            }
            guard count > 0 else { return nil }
            if isPrivate { break }
        }
        guard index == parts.count else { return nil }
        return output.joined(separator: "-")
    }
}
