import Mustache

/// A sentence of the platform's, already in the page's language with its placeholders left in
/// (`messages.t("Members: {members}")`), made markup with content in its place: the sentence's words escaped,
/// each piece of content inline with its own `lang` when it is in another language than the page's
/// ("Membres : <span lang="en" dir="ltr">130 cities and regions</span>"). Templates write it raw (`{{{…}}}`).
enum ContentSentence {
    /// - Parameters:
    ///   - sentence: the translated sentence, placeholders unfilled.
    ///   - language: the page's language.
    ///   - contents: content by placeholder name; a name not given here stays as written.
    static func html(_ sentence: String, on language: Language, _ contents: [String: ContentTextView]) -> String {
        html(sentence, markup: contents.mapValues { $0.inlineHTML(on: language) })
    }

    /// The same with each placeholder's markup already made (a list of names, each inline with its `lang`,
    /// joined): `markup` is trusted, the sentence's own words are escaped.
    static func html(_ sentence: String, markup: [String: String]) -> String {
        Placeholders.fill(HTMLEscaping.escape(sentence)) { markup[$0] }
    }
}
