/// One brief as the office's pages name it: its year, title and status, and where it is read and edited.
struct BriefHeaderView: Encodable {
    let year: Int
    /// The title, or words that say there is none yet.
    let title: String
    let status: String
    /// The badge modifier beside the status (`ok`, `warn`, …).
    let badge: String
    let isDemo: Bool
    /// The office may still change it (a draft, or sent back for changes).
    let isEditable: Bool
    let isDraft: Bool
    let href: String
    let editHref: String
    /// The language the brief is written in (`lang`, `dir`), for the elements holding its text; `titleLang` is nil
    /// while there is no title (the words saying so are in the page's language).
    let lang: String
    let dir: String
    let titleLang: String?
    /// The title's language and direction as attributes: the brief's, or the page's for "Untitled draft".
    let titleTag: String
    let titleDir: String

    init(_ brief: BriefRecord, messages: Messages) {
        year = brief.year
        title = brief.fields.title.isEmpty ? messages.t("Untitled draft") : brief.fields.title
        status = brief.status.label(messages)
        badge = brief.status.badge
        isDemo = brief.isDemo
        isEditable = brief.status.isEditableByOffice
        isDraft = brief.status == .draft
        href = Paths.brief.href(brief.id)
        editHref = Paths.briefEdit.href(brief.id)
        let language = ContentLanguage(validating: brief.fields.language) ?? .english
        lang = language.tag
        dir = language.direction
        titleLang = brief.fields.title.isEmpty ? nil : language.tag
        let titleLanguage = brief.fields.title.isEmpty ? ContentLanguage(messages.language) : language
        titleTag = titleLanguage.tag
        titleDir = titleLanguage.direction
    }
}
