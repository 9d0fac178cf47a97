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
    }

    /// The sessions of one theme at one convening.
    struct ThemeGroup: Encodable {
        let slug: String
        let name: String
        let headingID: String
        let sessions: [SessionCardView]
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

    /// - Parameter messages: the page's language, for the sessions' cards.
    init(convenings: [Convening], themes: [SessionTheme], selectedTheme: String?, messages: Messages) {
        let selected = themes.first { $0.slug == selectedTheme }
        self.convenings = convenings.map { Self.group($0, messages) }
        hasConvenings = !convenings.isEmpty
        self.themes = themes.map { ThemeChoice(slug: $0.slug, name: $0.name, selected: $0.slug == selectedTheme) }
        isFiltered = selectedTheme != nil
        themeName = selected?.name ?? selectedTheme ?? ""
        canonicalPath = Self.href(theme: selectedTheme)
    }

    /// `/sessions`, or the sessions of one theme.
    static func href(theme: String?) -> String { Paths.sessions.href(QueryString().adding("theme", theme)) }

    /// A convening with its sessions grouped by theme, themes in the order the sessions come.
    private static func group(_ convening: Convening, _ messages: Messages) -> ConveningGroup {
        var groups: [(SessionTheme, [SessionSummary])] = []
        for session in convening.sessions {
            if let index = groups.firstIndex(where: { $0.0 == session.theme }) {
                groups[index].1.append(session)
            } else {
                groups.append((session.theme, [session]))
            }
        }
        let facts = ConveningView(convening)
        return ConveningGroup(
            slug: facts.slug, title: facts.title, dates: facts.dates, paragraphs: facts.paragraphs, city: facts.city,
            themes: groups.map { theme, sessions in
                ThemeGroup(slug: theme.slug, name: theme.name, headingID: "theme-\(convening.slug)-\(theme.slug)",
                           sessions: sessions.map { SessionCardView($0, messages: messages) })
            })
    }
}
