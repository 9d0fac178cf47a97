/// One language's translations, read from its PO file: msgid (with context) → the forms of its
/// translation, and the language's plural rule. Fuzzy and empty translations are left out, so those
/// messages fall back to English.
struct MessageCatalogue: Sendable {
    let language: Language
    let plural: PluralRule
    /// gettext key (`MessageKey`) → translated forms (one, or `plural.count`).
    let translations: [String: [String]]

    init(language: Language, plural: PluralRule, translations: [String: [String]]) {
        self.language = language
        self.plural = plural
        self.translations = translations
    }

    /// Reads a translated PO file: its header must give `Plural-Forms`.
    init(language: Language, file: POFile) throws {
        guard let forms = file.header["Plural-Forms"] else {
            throw PluralRule.ParseError(message: "the \(language.rawValue) catalogue's header has no Plural-Forms")
        }
        let plural = try PluralRule(header: forms, fractionForm: file.header["X-GPM-Fraction-Form"].flatMap { Int($0) })
        var translations: [String: [String]] = [:]
        for entry in file.entries where !entry.isFuzzy && !entry.strings.isEmpty && entry.strings.allSatisfy({ !$0.isEmpty }) {
            // A plural entry needs every form its language has; a partial one is as good as untranslated.
            if entry.idPlural != nil, entry.strings.count != plural.count { continue }
            translations[entry.key] = entry.strings
        }
        self.init(language: language, plural: plural, translations: translations)
    }
}

/// The template (`Locales/gpm.pot`): every message the code and templates use, in English. A template
/// section or Swift call naming a msgid that is not in it is an error under strict rendering (tests, the
/// browser crawl): text reaches a page only through the catalogue.
struct MessageSource: Sendable {
    /// gettext key → whether the message has a plural form.
    let keys: [String: Bool]

    init(file: POFile) {
        var keys: [String: Bool] = [:]
        for entry in file.entries { keys[entry.key] = entry.idPlural != nil }
        self.keys = keys
    }
}
