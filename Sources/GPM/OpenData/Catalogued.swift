/// gettext's `N_()`: marks a literal held in static data (the datasets' titles, descriptions and keys'
/// meanings) as a message, so `Locales/tools/extract.py` (which finds `.t("…")`) puts it in the catalogue,
/// while the data itself stays English. The page translates it where it shows it (`Messages.t(catalogued:)`).
enum Catalogued {
    static func t(_ text: String) -> String { text }

    /// A text with a context (gettext's msgctxt, for homonyms: the registry's "Sessions" tab is not the
    /// account's "Sessions"), held as gettext keys it: the context, U+0004, the text.
    static func t(_ text: String, context: String) -> String { context + "\u{4}" + text }

    /// The English of a marked text (its context dropped).
    static func english(_ marked: String) -> String {
        marked.firstIndex(of: "\u{4}").map { String(marked[marked.index(after: $0)...]) } ?? marked
    }
}

extension Messages {
    /// The translation of a text marked with `Catalogued.t` (a message the extractor already saw).
    func t(catalogued text: String) -> String {
        guard let separator = text.firstIndex(of: "\u{4}") else { return t(text) }
        return t(String(text[text.index(after: separator)...]), context: String(text[..<separator]))
    }
}
