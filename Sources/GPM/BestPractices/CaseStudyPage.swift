/// The view model of a case study's page (`/case-studies/:slug`).
struct CaseStudyPage: Encodable {
    /// A city the case study is about.
    struct City: Encodable {
        let name: String
        let href: String
    }

    let title: String
    let summary: String
    let year: Int?
    let cities: [City]
    let hasCities: Bool
    let themes: [ThemeLinkView]
    let hasThemes: Bool
    let sdgs: [PracticeSDGView]
    let hasSDGs: Bool
    let blocks: [PracticeBlockView]
    let source: String
    /// The source's language and direction: the citation is written in the case study's language (not translated).
    let sourceLang: String
    let sourceDir: String
    /// Only an absolute web address: the template makes it an href.
    let sourceURL: String?
    let isDemo: Bool
    let data = PracticeDataLinks()
    /// The title's, the summary's and the description's language and direction (a translation or the original).
    let titleContent: ContentTextView
    let summaryContent: ContentTextView
    let descriptionContent: ContentTextView
    /// What the page says about content not in its language, and about translations.
    let contentNote: ContentNoteView?

    /// - Parameter messages: the page's language (goals' names, the note about the content's language).
    init(_ study: CaseStudy, translations: ContentTranslations = .originals, messages: Messages) {
        let original = study.language
        titleContent = ContentTextView(translations.text(.caseStudy, study.id, "title", original: study.title, in: original))
        summaryContent = ContentTextView(translations.text(.caseStudy, study.id, "summary", original: study.summary, in: original))
        descriptionContent = ContentTextView(
            translations.text(.caseStudy, study.id, "description", original: study.description, in: original))
        title = titleContent.text
        summary = summaryContent.text
        year = study.year
        cities = study.cities.map { City(name: $0.name, href: Paths.city.href($0.slug)) }
        hasCities = !study.cities.isEmpty
        themes = study.themes.map { ThemeLinkView.named($0, href: PracticeListPage.themeHref($0.slug), translations) }
        hasThemes = !study.themes.isEmpty
        sdgs = PracticeSDGView.list(study.sdgs, messages)
        hasSDGs = !study.sdgs.isEmpty
        blocks = PracticeBlockView.blocks(descriptionContent.paragraphs)
        source = study.source
        sourceLang = original.tag
        sourceDir = original.direction
        sourceURL = study.sourceURL.flatMap { SafeURL.isWebAddress($0) ? $0 : nil }
        isDemo = study.isDemo
        let shown = [titleContent, summaryContent, descriptionContent]
        contentNote = ContentNoteView.make(shown, messages: messages)
    }
}
