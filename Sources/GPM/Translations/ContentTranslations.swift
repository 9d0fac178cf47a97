/// The secretariat's translations of content into one platform language, as read for a page: asked for a
/// field, it gives the translation, else the original marked as a fallback (or as is, when the page is in
/// the original's language). A translation made from an original that has changed since is not shown: the
/// page shows the current original, marked as standing in for an out-of-date translation (a reader should
/// not be told, in their language, what the secretariat no longer says).
struct ContentTranslations: Sendable {
    /// The language the page is in.
    let language: Language
    private let texts: [Key: Entry]

    /// A translation's address: which record, which column.
    struct Key: Hashable, Sendable {
        let entity: ContentEntity
        let id: Int
        let field: String
    }

    /// A translation and the original's text it was made from (nil: not known, read as current).
    struct Entry: Sendable {
        let text: String
        let source: String?

        init(text: String, source: String? = nil) {
            self.text = text
            self.source = source
        }
    }

    init(language: Language, texts: [Key: Entry]) {
        self.language = language
        self.texts = texts
    }

    /// No translation at all: originals as they are (open data, the workspace).
    static let originals = ContentTranslations(language: .en, texts: [:])

    /// The field in the page's language: its translation, else the original (a fallback when the page's
    /// language is not the original's).
    func text(_ entity: ContentEntity, _ id: Int, _ field: String, original: String, in originalLanguage: ContentLanguage = .english)
        -> ContentText
    {
        if originalLanguage.sameLanguage(as: language) { return ContentText(original: original, in: originalLanguage) }
        if let translated = texts[Key(entity: entity, id: id, field: field)], !translated.text.isEmpty {
            if let source = translated.source, source != original {
                return ContentText(original: original, in: originalLanguage, isFallback: true, isOutdated: true)
            }
            return ContentText(translation: translated.text, in: language)
        }
        return ContentText(original: original, in: originalLanguage, isFallback: self.language != .en || !originalLanguage.sameLanguage(as: .en))
    }

    /// An optional field (a subtitle, a note): nil stays nil.
    func text(_ entity: ContentEntity, _ id: Int, _ field: String, original: String?, in originalLanguage: ContentLanguage = .english)
        -> ContentText?
    {
        original.map { text(entity, id, field, original: $0, in: originalLanguage) }
    }
}
