import Foundation

/// What a page says about the language of the content it shows, once, under its heading: that some of it
/// is not available in the page's language (or its translation is out of date) and is shown in its original
/// (`lang` on each such element says which), and that some of it is a translation by the secretariat.
struct ContentNoteView: Encodable, Equatable {
    /// "Not available in French — shown in English." (nil when everything is in the page's language).
    let fallback: String?
    /// "Translation by the secretariat." (nil when nothing shown is a translation).
    let translation: String?

    /// nil when there is nothing to say.
    static func make(_ contents: [ContentTextView?], messages: Messages) -> ContentNoteView? {
        let shown = contents.compactMap { $0 }
        let fallbacks = shown.filter(\.isFallback)
        let fallback = fallbacks.first.map { original in
            let language = languageName(ContentLanguage(messages.language), in: messages.language)
            let shownIn = languageName(ContentLanguage(validating: original.lang) ?? .english, in: messages.language)
            // Why the original is shown: no translation, or one of an earlier version of the text (or both).
            return switch (fallbacks.allSatisfy(\.isOutdated), fallbacks.contains(where: \.isOutdated)) {
            case (true, _):
                messages.t(
                    "The translation into {language} is out of date — shown in {original}.",
                    ["language": language, "original": shownIn])
            case (false, true):
                messages.t(
                    "Not available in {language}, or its translation is out of date — shown in {original}.",
                    ["language": language, "original": shownIn])
            case (false, false):
                messages.t(
                    "Not available in {language} — shown in {original}.",
                    ["language": language, "original": shownIn])
            }
        }
        let translation = shown.contains(where: \.isTranslation) ? messages.t("Translation by the secretariat.") : nil
        guard fallback != nil || translation != nil else { return nil }
        return ContentNoteView(fallback: fallback, translation: translation)
    }

    /// A language's name as the page's language writes it inside a sentence ("anglais", "inglés", "English"),
    /// from Foundation's CLDR data; the tag itself when Foundation has no name for it.
    static func languageName(_ content: ContentLanguage, in language: Language) -> String {
        let name = Locale(identifier: language.rawValue).localizedString(forIdentifier: content.tag)
            ?? Locale(identifier: language.rawValue).localizedString(forLanguageCode: content.tag)
        guard let name, !name.isEmpty else { return content.tag }
        // French and Spanish write language names in lower case inside a sentence; CLDR gives them so.
        return name
    }
}
