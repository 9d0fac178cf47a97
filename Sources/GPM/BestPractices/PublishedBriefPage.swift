/// The view model of a published brief's page (`/briefs/:citySlug/:year`): its facts, six sections,
/// the actions it reports on and its files.
struct PublishedBriefPage: Encodable {
    /// One of the brief's sections.
    struct Section: Encodable {
        let id: String
        let heading: String
        let blocks: [PracticeBlockView]
        let isEmpty: Bool
    }

    /// An action the brief reports on.
    struct Action: Encodable {
        let href: String
        let title: String
        let session: String
        /// The label's and the session title's language: a translation, the original marked, or "Action 3.2" in
        /// the page's words.
        let titleContent: ContentTextView
        let sessionContent: ContentTextView
    }

    /// A file attached to the brief.
    struct File: Encodable {
        let filename: String
        let href: String
        let type: String
        let size: String
    }

    let title: String
    let summary: String
    /// The brief's language and direction, on every element holding its text.
    let lang: String
    let dir: String
    let year: Int
    let city: String
    let cityHref: String
    let country: String
    let region: String
    let published: String
    let publishedISO: String
    let isDemo: Bool
    let sections: [Section]
    let actions: [Action]
    let hasActions: Bool
    let themes: [ThemeLinkView]
    let hasThemes: Bool
    let sdgs: [PracticeSDGView]
    let hasSDGs: Bool
    let attachments: [File]
    let hasAttachments: Bool
    let moreFromCityHref: String
    let data = PracticeDataLinks()

    /// - Parameter messages: the page's language (section headings, goals' names).
    init(_ detail: PublishedBriefDetail, messages: Messages) {
        let brief = detail.record
        title = brief.title
        summary = brief.summary
        lang = brief.language.tag
        dir = brief.language.direction
        year = brief.year
        city = brief.cityName
        cityHref = Paths.city.href(brief.citySlug)
        country = detail.country.shown()
        region = UCLGRegions.name(detail.regionName, messages)
        published = Formatting.date(brief.publishedAt)
        publishedISO = String(brief.publishedAt.prefix(10))
        isDemo = brief.isDemo
        sections = brief.sections(messages).enumerated().map { index, section in
            let paragraphs = Formatting.paragraphs(section.text)
            return Section(id: "section-\(index + 1)", heading: section.heading, blocks: PracticeBlockView.blocks(paragraphs),
                           isEmpty: paragraphs.isEmpty)
        }
        actions = detail.actions.map { action in
            let title = action.title.content(action: action.id, detail.translations, messages)
            let session = ContentTextView(detail.translations.text(.session, action.sessionID, "title", original: action.sessionTitle))
            return Action(href: Paths.action.href(action.slug), title: title.text, session: session.text, titleContent: title, sessionContent: session)
        }
        hasActions = !detail.actions.isEmpty
        themes = detail.themes.map { ThemeLinkView.named($0, href: PracticeListPage.themeHref($0.slug), detail.translations) }
        hasThemes = !detail.themes.isEmpty
        sdgs = PracticeSDGView.list(detail.sdgs, messages)
        hasSDGs = !detail.sdgs.isEmpty
        attachments = detail.attachments.map { file in
            File(filename: file.filename, href: file.downloadPath,
                 type: AttachmentKind(contentType: file.contentType).map { $0.rawValue.uppercased() } ?? file.contentType,
                 size: Formatting.fileSize(file.size, messages))
        }
        hasAttachments = !detail.attachments.isEmpty
        moreFromCityHref = Paths.city.href(brief.citySlug)
    }
}
