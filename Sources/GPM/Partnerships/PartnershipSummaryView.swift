/// A partnership as `partials/partnerships-summary` and its page's facts read it.
struct PartnershipSummaryView: Encodable {
    /// A member: cities and networks link to their pages; printed organisations are plain text.
    struct Member: Encodable {
        let name: String
        let kind: String
        let isDemo: Bool
        let href: String?
        let hasHref: Bool
        let role: String?
        /// The role's language and direction: partnerships are described in English (no language column).
        let lang = ContentLanguage.english.tag
        let dir = ContentLanguage.english.direction
        /// True on the last city of the summary's list (no comma after it).
        let isLast: Bool

        init(_ member: PartnershipMember, messages: Messages, isLast: Bool = false) {
            name = member.name
            kind = Self.kindLabel(member.kind, messages)
            isDemo = member.isDemo
            switch (member.kind, member.slug) {
            case (.city, let slug?): href = Paths.city.href(slug)
            case (.network, let slug?): href = Paths.network.href(slug)
            default: href = nil
            }
            hasHref = href != nil
            role = member.role
            self.isLast = isLast
        }

        private static func kindLabel(_ kind: PartnershipMember.Kind, _ messages: Messages) -> String {
            switch kind {
            case .city: messages.t("City")
            case .network: messages.t("Network or organisation")
            case .organisation: messages.t("Organisation")
            }
        }
    }

    let href: String
    let title: String
    /// The language and direction of the title, summary and source: the secretariat writes partnerships in
    /// English and they take no translation (no language column, not a `ContentEntity`).
    let lang = ContentLanguage.english.tag
    let dir = ContentLanguage.english.direction
    let type: String
    let typeHref: String
    let isDemo: Bool
    let cities: [Member]
    let hasCities: Bool
    let members: [Member]
    let themes: [ThemeLinkView]
    let hasThemes: Bool
    let period: String?
    let summary: String?
    let source: String?
    /// "Source: {source}" in the page's language, the citation inline with its `lang` (markup, `{{{…}}}`).
    let sourceHTML: String?
    let startsOn: String?
    let endsOn: String?

    /// - Parameters:
    ///   - translations: the secretariat's translations into the page's language (themes' names).
    ///   - messages: the page's language (type, members' kinds, period).
    init(_ partnership: PartnershipSummary, translations: ContentTranslations = .originals, messages: Messages) {
        href = Paths.partnership.href(partnership.slug)
        title = partnership.title
        type = PartnershipType.label(of: partnership.type, messages)
        typeHref = Paths.partnerships.href(QueryString([("type", partnership.type)]))
        isDemo = partnership.isDemo
        let cities = partnership.cities
        self.cities = cities.enumerated().map { index, city in Member(city, messages: messages, isLast: index == cities.count - 1) }
        hasCities = !cities.isEmpty
        members = partnership.members.map { Member($0, messages: messages) }
        themes = partnership.themes.map { theme in
            ThemeLinkView(ContentTextView(translations.text(.theme, theme.id, "name", original: theme.name)),
                          href: Paths.partnerships.href(QueryString([("theme", theme.slug)])))
        }
        hasThemes = !partnership.themes.isEmpty
        period = partnership.period(messages)
        summary = partnership.summary
        source = partnership.source
        sourceHTML = partnership.source.map {
            ContentSentence.html(messages.t("Source: {source}"), on: messages.language, ["source": ContentTextView($0, language: .english)])
        }
        startsOn = partnership.startsOn.map(Formatting.date)
        endsOn = partnership.endsOn.map(Formatting.date)
    }
}
