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
    /// Only an absolute web address: the template makes it an href.
    let sourceURL: String?
    let isDemo: Bool
    let data = PracticeDataLinks()

    /// - Parameter messages: the page's language (goals' names).
    init(_ study: CaseStudy, messages: Messages) {
        title = study.title
        summary = study.summary
        year = study.year
        cities = study.cities.map { City(name: $0.name, href: Paths.city.href($0.slug)) }
        hasCities = !study.cities.isEmpty
        themes = study.themes.map { ThemeLinkView(name: $0.name, href: PracticeListPage.themeHref($0.slug)) }
        hasThemes = !study.themes.isEmpty
        sdgs = PracticeSDGView.list(study.sdgs, messages)
        hasSDGs = !study.sdgs.isEmpty
        blocks = PracticeBlockView.blocks(Formatting.paragraphs(study.description))
        source = study.source
        sourceURL = study.sourceURL.flatMap { SafeURL.isWebAddress($0) ? $0 : nil }
        isDemo = study.isDemo
    }
}
