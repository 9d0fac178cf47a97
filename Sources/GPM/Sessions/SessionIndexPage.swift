/// The view model of `/sessions`: the convenings with their sessions grouped by theme, and the theme filter.
struct SessionIndexPage: Encodable {
    /// A convening with its sessions by theme.
    struct ConveningGroup: Encodable {
        let slug: String
        let title: String
        let dates: String
        let paragraphs: [String]
        let city: ConveningView.CityLink?
        let themes: [ThemeGroup]
        let titleContent: ContentTextView
        let description: ContentTextView?
    }

    /// The sessions of one theme at one convening.
    struct ThemeGroup: Encodable {
        let slug: String
        let name: String
        let headingID: String
        let sessions: [SessionCardView]
        let lang: String
        let dir: String
    }

    /// A choice of the theme filter.
    struct ThemeChoice: Encodable {
        let slug: String
        let name: String
        let selected: Bool
    }

    let convenings: [ConveningGroup]
    let hasConvenings: Bool
    let themes: [ThemeChoice]
    let isFiltered: Bool
    let themeName: String
    let data = SessionDataLinks()
    let canonicalPath: String
    /// What the page says about content not in its language, and about translations.
    let contentNote: ContentNoteView?

    /// - Parameter messages: the page's language, for the sessions' cards and the note about the content's language.
    init(
        convenings: [Convening], themes: [SessionTheme], selectedTheme: String?, translations: ContentTranslations = .originals,
        messages: Messages
    ) {
        let selected = themes.first { $0.slug == selectedTheme }
        let groups = convenings.map { Self.group($0, translations, messages) }
        self.convenings = groups
        hasConvenings = !convenings.isEmpty
        func name(_ theme: SessionTheme) -> String { translations.text(.theme, theme.id, "name", original: theme.name).text }
        self.themes = themes.map { ThemeChoice(slug: $0.slug, name: name($0), selected: $0.slug == selectedTheme) }
        isFiltered = selectedTheme != nil
        themeName = selected.map(name) ?? selectedTheme ?? ""
        let shown: [ContentTextView?] = groups.flatMap { group in
            [group.titleContent, group.description] + group.themes.flatMap { $0.sessions.flatMap(\.contents) }
        }
        contentNote = ContentNoteView.make(shown, messages: messages)
        canonicalPath = Self.href(theme: selectedTheme)
    }

    /// `/sessions`, or the sessions of one theme.
    static func href(theme: String?) -> String { Paths.sessions.href(QueryString().adding("theme", theme)) }

    /// A convening with its sessions grouped by theme, themes in the order the sessions come.
    private static func group(_ convening: Convening, _ translations: ContentTranslations, _ messages: Messages) -> ConveningGroup {
        var groups: [(SessionTheme, [SessionSummary])] = []
        for session in convening.sessions {
            if let index = groups.firstIndex(where: { $0.0 == session.theme }) {
                groups[index].1.append(session)
            } else {
                groups.append((session.theme, [session]))
            }
        }
        let facts = ConveningView(convening, translations)
        return ConveningGroup(
            slug: facts.slug, title: facts.title, dates: facts.dates, paragraphs: facts.paragraphs, city: facts.city,
            themes: groups.map { theme, sessions in
                let name = ContentTextView(translations.text(.theme, theme.id, "name", original: theme.name))
                return ThemeGroup(slug: theme.slug, name: name.text, headingID: "theme-\(convening.slug)-\(theme.slug)",
                                  sessions: sessions.map { SessionCardView($0, translations, messages: messages) }, lang: name.lang, dir: name.dir)
            },
            titleContent: facts.titleContent, description: facts.description)
    }
}
