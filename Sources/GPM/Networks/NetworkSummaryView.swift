/// A network as `partials/networks-summary` and the facts of its page read it. Text stays text: the
/// templates escape it.
struct NetworkSummaryView: Encodable {
    let href: String
    let slug: String
    let name: String
    let kind: String
    let isDemo: Bool
    let registryCities: Int
    let hasRegistryCities: Bool
    let registryCitiesLabel: String
    let themes: [ThemeLinkView]
    let hasThemes: Bool
    let sections: [NetworkReferenceView]
    let hasSections: Bool
    /// Nil when the acronym is the name itself.
    let acronym: String?
    let founded: String?
    let seat: String?
    /// The membership figure as published, with its language and direction: the printed note (the secretariat's
    /// translation, else the English original) where there is one, else the count in the page's language (nil: neither).
    let membersContent: ContentTextView?
    /// "Members: {members}" in the page's language, the note inline with its own `lang` (markup, `{{{…}}}`).
    let membersHTML: String?
    /// Only an absolute web address: the template makes it an href.
    let website: String?
    /// "Source: {source}" in the page's language, the citation inline with its `lang` (markup, `{{{…}}}`).
    let sourceHTML: String?
    let parent: NetworkReferenceView?

    /// - Parameters:
    ///   - translations: the secretariat's translations into the page's language (themes' names, the members note).
    ///   - messages: the page's language (the kind and the count of cities).
    init(_ network: NetworkSummary, translations: ContentTranslations = .originals, messages: Messages) {
        href = Paths.network.href(network.slug)
        slug = network.slug
        name = network.name
        kind = NetworkKind.label(of: network.kind, messages)
        isDemo = network.isDemo
        registryCities = network.registryCities
        hasRegistryCities = network.registryCities > 0
        registryCitiesLabel = messages.tn("{count} city in the registry", "{count} cities in the registry", count: network.registryCities)
        // Themes link to the directory filtered by that theme.
        themes = network.themes.map { theme in
            ThemeLinkView(ContentTextView(translations.text(.theme, theme.id, "name", original: theme.name)),
                          href: Paths.networks.href(QueryString([("theme", theme.slug)])))
        }
        hasThemes = !network.themes.isEmpty
        sections = network.sections.map(NetworkReferenceView.init)
        hasSections = !network.sections.isEmpty
        acronym = network.acronym.flatMap { $0 == network.name ? nil : $0 }
        founded = network.founded.map(String.init)
        seat = network.seat
        // A printed note is the secretariat's text (in English unless translated); a bare count is the page's own number.
        let membersContent: ContentTextView? = if let note = network.membersNote {
            ContentTextView(translations.text(.network, network.id, "members_note", original: note))
        } else {
            network.membersCount.map { ContentTextView(ContentText(original: messages.number($0), in: ContentLanguage(messages.language))) }
        }
        self.membersContent = membersContent
        membersHTML = membersContent.map { ContentSentence.html(messages.t("Members: {members}"), on: messages.language, ["members": $0]) }
        website = network.website.flatMap { SafeURL.isWebAddress($0) ? $0 : nil }
        // A source is a citation: it stays in the language it was written in (English in the registry).
        sourceHTML = network.source.map {
            ContentSentence.html(messages.t("Source: {source}"), on: messages.language, ["source": ContentTextView($0, language: .english)])
        }
        parent = network.parent.map(NetworkReferenceView.init)
    }
}

/// A link to a network by its short name (sections, parents, the graph's left-out networks).
struct NetworkReferenceView: Encodable {
    let href: String
    let name: String
    let shortName: String

    init(_ network: NetworkRef) {
        href = Paths.network.href(network.slug)
        name = network.name
        shortName = network.shortName
    }
}

/// A theme as a tag linking to a directory filtered by it.
struct ThemeLinkView: Encodable {
    let name: String
    let href: String
    /// The name's language and direction (`lang` on the link): the registry's themes are named in English
    /// unless a translation is shown.
    let lang: String
    let dir: String

    /// A link named by content: the name's text with its language and direction.
    init(_ name: ContentTextView, href: String) {
        self.init(name: name.text, href: href, lang: name.lang, dir: name.dir)
    }

    init(name: String, href: String, lang: String = ContentLanguage.english.tag, dir: String = ContentLanguage.english.direction) {
        self.name = name
        self.href = href
        self.lang = lang
        self.dir = dir
    }

    /// A theme named in the page's language: its translation where the secretariat made one (a theme read
    /// with its id), else the English name, marked.
    static func named(_ theme: NamedSlug, href: String, _ translations: ContentTranslations) -> ThemeLinkView {
        ThemeLinkView(ContentTextView(
            theme.id.map { translations.text(.theme, $0, "name", original: theme.name) } ?? ContentText(original: theme.name)), href: href)
    }
}
