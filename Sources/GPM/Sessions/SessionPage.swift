/// The view model of `/sessions/:slug`: the session's facts, people, guiding principles, actions,
/// summary and note.
struct SessionPage: Encodable {
    /// The people of one role ("Chairs", "Resource team").
    struct PeopleGroup: Encodable {
        let heading: String
        let people: [Person]
    }

    /// A person as `partials/sessions-person` reads them.
    struct Person: Encodable {
        /// Their organisation, linked when it is a network of the registry.
        struct Organisation: Encodable {
            let name: String
            let isLinked: Bool
            let href: String?
        }

        let name: String
        let city: ConveningView.CityLink?
        let organisation: Organisation?
    }

    /// A guiding principle, in paragraphs.
    struct Principle: Encodable {
        let paragraphs: [String]
        let lang: String
        let dir: String
    }

    /// A prioritized action.
    struct Action: Encodable {
        let href: String
        let label: String
        let paragraphs: [String]
        /// The label's and the text's language and direction (each may be a translation or the original).
        let labelContent: ContentTextView
        let textContent: ContentTextView
        let cities: String
        let roleModel: String?
        /// "Role model: …" with the role model marked as the secretariat's English (markup: rendered raw).
        let roleModelHTML: String?
        /// "Cities and progress for …" with the label marked when it is not in the page's language (markup).
        let progressLinkHTML: String
        /// The label is an editorial title (written by the editors from the action's text).
        let isEditorialTitle: Bool
    }

    let session: SessionCardView
    let hasPeople: Bool
    let hasSummary: Bool
    let hasNote: Bool
    let convening: ConveningView
    let peopleGroups: [PeopleGroup]
    let principles: [Principle]
    let hasPrinciples: Bool
    let actions: [Action]
    let hasActions: Bool
    let summaryParagraphs: [String]
    let noteParagraphs: [String]
    /// The summary's and the note's language and direction.
    let summary: ContentTextView?
    let note: ContentTextView?
    let source: String?
    /// "Source: …" with the source marked as English (markup: rendered raw).
    let sourceHTML: String?
    let data = SessionDataLinks()
    let canonicalPath: String
    /// What the page says about content not in its language, and about translations.
    let contentNote: ContentNoteView?

    /// - Parameter messages: the page's language, for the headings and counts written here and the note about the content's language.
    init(_ detail: SessionDetail, translations: ContentTranslations = .originals, messages: Messages) {
        let id = detail.summary.id
        let roles: [(String, String)] = [
            ("chair", messages.t("Chairs")), ("co_chair", messages.t("Co-chairs")), ("resource_team", messages.t("Resource team")),
            ("author", messages.t("Authors")),
        ]
        let people = detail.people
        session = SessionCardView(detail.summary, translations, messages: messages)
        hasPeople = !people.isEmpty
        summary = translations.text(.session, id, "summary", original: detail.summaryText).map(ContentTextView.init)
        note = translations.text(.session, id, "note", original: detail.note).map(ContentTextView.init)
        summaryParagraphs = summary?.paragraphs ?? []
        noteParagraphs = note?.paragraphs ?? []
        hasSummary = !summaryParagraphs.isEmpty
        hasNote = !noteParagraphs.isEmpty
        convening = ConveningView(detail.convening, translations)
        peopleGroups = roles.compactMap { role, heading in
            let people = people.filter { $0.role == role }
            guard !people.isEmpty else { return nil }
            return PeopleGroup(heading: heading, people: people.map { Self.person($0, messages) })
        }
        let principleTexts = detail.principles.map { ContentTextView(translations.text(.principle, $0.id, "text", original: $0.text)) }
        principles = principleTexts.map { Principle(paragraphs: $0.paragraphs, lang: $0.lang, dir: $0.dir) }
        hasPrinciples = !detail.principles.isEmpty
        let actionTexts = detail.actions.map { action in
            (label: ActionPage.label(action.id, action.label, translations, messages),
             text: ContentTextView(translations.text(.action, action.id, "text", original: action.text)))
        }
        actions = zip(detail.actions, actionTexts).map { action, texts in
            Action(href: Paths.action.href(action.slug), label: texts.label.text, paragraphs: texts.text.paragraphs,
                   labelContent: texts.label, textContent: texts.text,
                   cities: messages.tn("{count} city opted in", "{count} cities opted in", count: action.citiesOptedIn), roleModel: action.roleModel,
                   roleModelHTML: action.roleModel.map { roleModel in
                       // The catalogue's markup is trusted (as `{{#tm}}` writes it); the role model is escaped.
                       Placeholders.fill(messages.t("<strong>Role model:</strong> {roleModel}")) { name in
                           name == "roleModel" ? ContentTextView(roleModel, language: .english).inlineHTML(on: messages.language) : nil
                       }
                   },
                   progressLinkHTML: ContentSentence.html(messages.t("Cities and progress for {label}"), on: messages.language, ["label": texts.label]),
                   isEditorialTitle: action.isEditorialTitle)
        }
        hasActions = !detail.actions.isEmpty
        source = detail.source.flatMap { $0.isEmpty ? nil : $0 }
        // The source is the secretariat's citation, in English (not a translatable field).
        sourceHTML = source.map { source in
            ContentSentence.html(messages.t("Source: {source}"), on: messages.language, ["source": ContentTextView(source, language: .english)])
        }
        canonicalPath = Paths.session.href(detail.summary.slug)
        let shown: [ContentTextView?] = session.contents + [summary, note, convening.titleContent] + principleTexts
            + actionTexts.flatMap { [$0.label, $0.text] }
        contentNote = ContentNoteView.make(shown, messages: messages)
    }

    private static func person(_ person: SessionPerson, _ messages: Messages) -> Person {
        // The papers head chairs and co-chairs as "Mayor Peter Kurz (Mannheim)": they sit as their city's mayor.
        let isMayor = (person.role == "chair" || person.role == "co_chair") && person.citySlug != nil && !person.name.hasPrefix("Mayor ")
        var city: ConveningView.CityLink?
        if let name = person.cityName, let slug = person.citySlug { city = ConveningView.CityLink(name: name, href: Paths.city.href(slug)) }
        let organisation = person.organisation.map { name in
            Person.Organisation(name: name, isLinked: person.networkSlug != nil, href: person.networkSlug.map { Paths.network.href($0) })
        }
        return Person(name: isMayor ? messages.t("Mayor {name}", ["name": person.name]) : person.name, city: city, organisation: organisation)
    }
}
