/// An action or a theme a brief is linked to, as a page names it: in the reader's language (the secretariat's
/// translation) or the English original, with the `lang` and `dir` of whichever it is.
struct BriefLinkView: Encodable {
    let label: String
    let lang: String
    let dir: String

    init(_ choice: BriefChoices.Choice) {
        label = choice.label
        lang = choice.lang
        dir = choice.dir
    }
}
