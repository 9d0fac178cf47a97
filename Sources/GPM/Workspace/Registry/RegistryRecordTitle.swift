import Mustache

/// A registry record's title as the registry's pages set it inside their own sentences: staff edit the
/// original, so the page shows it as written and marks its language ("Modifier la fiche (action) :
/// <span lang="en" dir="ltr">Diversity declaration and benchmarking</span>"). A title that is a name (a
/// city's, a network's) has no language and stays unmarked, like every name.
struct RegistryRecordTitle {
    let text: String
    let language: ContentLanguage?

    /// `sentence` (a message in the page's language with its placeholders left in) as markup: the page's
    /// words and the `values` escaped, the title (placeholder `placeholder`) in a `<span lang dir>` when it is
    /// in another language than the page's.
    func html(_ sentence: String, title placeholder: String = "title", _ values: [String: String] = [:], on page: Language) -> String {
        var markup = values.mapValues(HTMLEscaping.escape)
        markup[placeholder] = language.map { ContentTextView(text, language: $0).inlineHTML(on: page) } ?? HTMLEscaping.escape(text)
        return ContentSentence.html(sentence, markup: markup)
    }
}
