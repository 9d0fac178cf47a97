import Mustache

/// A piece of what the secretariat or a city wrote, as a page shows it: the text, the language it is in,
/// and whether it is the original standing in for a translation the page's language lacks.
struct ContentText: Sendable, Equatable {
    let text: String
    let language: ContentLanguage
    /// The page asked for another language and there is no translation: this is the original.
    let isFallback: Bool
    /// A translation (by the secretariat), not the original.
    let isTranslation: Bool
    /// A fallback because the translation there is was made from an earlier original.
    let isOutdated: Bool

    /// The original, as written.
    init(original text: String, in language: ContentLanguage = .english, isFallback: Bool = false, isOutdated: Bool = false) {
        self.text = text
        self.language = language
        self.isFallback = isFallback
        isTranslation = false
        self.isOutdated = isOutdated
    }

    /// A translation into a platform language.
    init(translation text: String, in language: Language) {
        self.text = text
        self.language = ContentLanguage(language)
        isFallback = false
        isTranslation = true
        isOutdated = false
    }
}

/// How a template writes content: `<p lang="{{lang}}" dir="{{dir}}">{{text}}</p>`, or its paragraphs.
struct ContentTextView: Encodable, Equatable {
    let text: String
    let paragraphs: [String]
    let lang: String
    let dir: String
    let isFallback: Bool
    let isTranslation: Bool
    let isOutdated: Bool

    init(_ content: ContentText) {
        text = content.text
        paragraphs = Formatting.paragraphs(content.text)
        lang = content.language.tag
        dir = content.language.direction
        isFallback = content.isFallback
        isTranslation = content.isTranslation
        isOutdated = content.isOutdated
    }

    /// Content with no translation: a name, a brief's text, in its own language.
    init(_ text: String, language: ContentLanguage) { self.init(ContentText(original: text, in: language)) }
}

extension ContentTextView {
    /// The text as inline markup on a page in `language`: escaped, and inside `<span lang dir>` when it is in
    /// another language — so that only the content carries its language, not the page's own words around it
    /// ("Session stratégique 1 : <span lang="en" dir="ltr">Integrating Economic Migrants</span>").
    func inlineHTML(on language: Language) -> String {
        let text = HTMLEscaping.escape(self.text)
        if ContentLanguage(validating: lang)?.sameLanguage(as: language) == true { return text }
        return "<span lang=\"\(HTMLEscaping.escape(lang))\" dir=\"\(HTMLEscaping.escape(dir))\">\(text)</span>"
    }
}
