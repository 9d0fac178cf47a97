/// The view model of `/actions/:slug`: the action, the cities that opted in and out with their
/// progress, its timeline, the briefs that report on it and the map.
struct ActionPage: Encodable {
    /// The session the action belongs to.
    struct Session: Encodable {
        let href: String
        let title: String
        /// The title as markup, marked with its language when it is not the page's.
        let titleHTML: String
        let theme: String
        let themeHref: String
        let convening: String
        /// The theme's and the convening's language (translations, or the originals marked).
        let themeContent: ContentTextView
        let conveningContent: ContentTextView
    }

    /// A Sustainable Development Goal.
    struct SDG: Encodable {
        let number: Int
        let name: String
    }

    /// A progress status as a badge.
    struct Badge: Encodable {
        let label: String
        let `class`: String
    }

    /// How many cities stand at one progress status.
    struct ProgressCount: Encodable {
        let label: String
        let `class`: String
        let count: Int
    }

    /// A city's commitment, as `partials/sessions-commitment-row` reads it.
    struct Commitment: Encodable {
        let city: String
        let href: String
        let region: String
        let since: String
        let sinceISO: String
        let isDemo: Bool
        let progress: Badge?
        /// The latest progress note, marked with its language.
        let note: ContentTextView?
        let updated: String?
        let updatedISO: String?
        /// "Last confirmed 3 March 2027" / "Never confirmed".
        let confirmation: String
        let isStale: Bool
        /// The mark beside a stale commitment, in the page's language.
        let staleLabel: String
        let recordedBySecretariat: Bool
    }

    /// One event of the timeline.
    struct Event: Encodable {
        let date: String
        let dateISO: String
        let city: String
        let href: String
        let what: String
        /// The note's paragraphs, each marked with the note's language (`noteLang`, `noteDir`).
        let paragraphs: [String]
        let noteLang: String
        let noteDir: String
        let isDemo: Bool
        let evidence: String?
        /// The secretariat recorded the step for the city.
        let recordedBySecretariat: Bool
    }

    /// A published brief reporting on the action.
    struct Brief: Encodable {
        let href: String
        let title: String
        let city: String
        let year: Int
        let isDemo: Bool
        /// The brief's language and direction.
        let lang: String
        let dir: String
    }

    let label: String
    /// The label is an editorial title (written by the editors from the action's text, not printed in the papers).
    let isEditorialTitle: Bool
    let paragraphs: [String]
    let session: Session
    let sdgs: [SDG]
    let hasSDGs: Bool
    let optedIn: [Commitment]
    let hasOptedIn: Bool
    let optedInCount: String
    let optedOut: [Commitment]
    let hasOptedOut: Bool
    let progressCounts: [ProgressCount]
    let timeline: [Event]
    let hasTimeline: Bool
    let briefs: [Brief]
    let hasBriefs: Bool
    let citiesHref: String
    let roleModel: String?
    /// The role model's language: the secretariat's English (not a translatable field).
    let roleModelLang = ContentLanguage.english.tag
    let roleModelDir = ContentLanguage.english.direction
    /// Pre-rendered SVG (`WorldMap` escapes what it writes), rendered raw (`{{{map}}}`); nil without a located city.
    let map: String?
    let data = SessionDataLinks()
    let canonicalPath: String
    /// The label's and the text's language and direction.
    let labelContent: ContentTextView
    let textContent: ContentTextView
    /// What the page says about content not in its language, and about translations.
    let contentNote: ContentNoteView?

    /// The action's name in the page's language: the short title's translation, else the title's, else the
    /// original marked with its language; "Action 3.2" (no title at all) is the platform's own words, in the
    /// page's language and not marked as content (`ActionLabel`).
    static func label(_ id: Int, _ label: ActionLabel, _ translations: ContentTranslations, _ messages: Messages) -> ContentTextView {
        label.content(action: id, translations, messages)
    }

    /// - Parameter messages: the page's language, for the text written here and the note about the content's language.
    init(_ action: ActionDetail, translations: ContentTranslations = .originals, messages: Messages) {
        let session = action.session
        labelContent = Self.label(action.action.id, action.label, translations, messages)
        textContent = ContentTextView(translations.text(.action, action.action.id, "text", original: action.text))
        label = labelContent.text
        isEditorialTitle = action.action.isEditorialTitle
        paragraphs = textContent.paragraphs
        let sessionTitle = ContentTextView(translations.text(.session, session.id, "title", original: session.title))
        let theme = ContentTextView(translations.text(.theme, session.themeID, "name", original: session.themeName))
        let convening = ContentTextView(translations.text(.convening, session.conveningID, "title", original: session.conveningTitle))
        self.session = Session(
            href: Paths.session.href(session.slug),
            title: SessionCardView.heading(number: session.number, title: sessionTitle.text, messages),
            titleHTML: SessionCardView.headingHTML(number: session.number, title: sessionTitle, messages),
            theme: theme.text, themeHref: SessionIndexPage.href(theme: session.themeSlug),
            convening: convening.text, themeContent: theme, conveningContent: convening)
        sdgs = action.sdgs.map { SDG(number: $0.number, name: SustainableDevelopmentGoals.name($0.number, stored: $0.name, messages)) }
        hasSDGs = !action.sdgs.isEmpty
        optedIn = action.optedIn.map { Self.commitment($0, messages) }
        hasOptedIn = !action.optedIn.isEmpty
        optedInCount = messages.tn("{count} city has opted in", "{count} cities have opted in", count: action.optedIn.count)
        optedOut = action.optedOut.map { Self.commitment($0, messages) }
        hasOptedOut = !action.optedOut.isEmpty
        progressCounts = Self.progressCounts(action.optedIn, messages)
        timeline = action.timeline.map { entry in
            let event = entry.event
            return Event(
                date: Formatting.date(event.occurredOn), dateISO: event.occurredOn, city: entry.cityName,
                href: Paths.city.href(entry.citySlug),
                // Shown after the city's name as a label of its own ("Accra · Opted in"): a sentence
                // composed around it could not be translated.
                what: event.label(messages), paragraphs: Formatting.paragraphs(event.note),
                noteLang: event.language.tag, noteDir: event.language.direction, isDemo: event.isDemo,
                evidence: event.evidenceURL.flatMap { SafeURL.mayLink($0) ? $0 : nil }, recordedBySecretariat: event.recordedBySecretariat)
        }
        hasTimeline = !action.timeline.isEmpty
        briefs = action.briefs.map { brief in
            Brief(href: Paths.publishedBrief.href(brief.citySlug, brief.year), title: brief.title, city: brief.cityName,
                  year: brief.year, isDemo: brief.isDemo, lang: brief.language.tag, dir: brief.language.direction)
        }
        hasBriefs = !action.briefs.isEmpty
        citiesHref = Paths.cities.href(QueryString([("action", action.slug)]))
        roleModel = action.roleModel
        let points = action.optedIn.compactMap { commitment -> MapPoint? in
            guard let latitude = commitment.latitude, let longitude = commitment.longitude else { return nil }
            return MapPoint(name: commitment.cityName, href: Paths.city.href(commitment.citySlug), latitude: latitude, longitude: longitude)
        }
        map = points.isEmpty ? nil : WorldMap.svg(points, label: messages.t("Map of the cities that opted in to {action}", ["action": label]))
        canonicalPath = Paths.action.href(action.slug)
        let shown = [labelContent, textContent, sessionTitle, theme, convening]
        contentNote = ContentNoteView.make(shown, messages: messages)
    }

    private static func commitment(_ commitment: ActionCommitment, _ messages: Messages) -> Commitment {
        Commitment(
            city: commitment.cityName, href: Paths.city.href(commitment.citySlug), region: UCLGRegions.name(commitment.regionName, messages),
            since: Formatting.date(commitment.since), sinceISO: commitment.since, isDemo: commitment.isDemo,
            progress: commitment.progress.map { Badge(label: $0.label(messages), class: $0.badge) }, note: commitment.latestNote.map(ContentTextView.init),
            updated: commitment.progressUpdatedOn.map(Formatting.date), updatedISO: commitment.progressUpdatedOn,
            confirmation: commitment.freshness.label(messages), isStale: commitment.freshness.isStale,
            staleLabel: CommitmentFreshness.staleLabel(messages), recordedBySecretariat: commitment.recordedBySecretariat)
    }

    private static func progressCounts(_ commitments: [ActionCommitment], _ messages: Messages) -> [ProgressCount] {
        var rows = CommitmentProgress.allCases.map { progress in
            ProgressCount(label: progress.label(messages), class: progress.badge, count: commitments.filter { $0.progress == progress }.count)
        }
        rows.append(ProgressCount(label: messages.t("Not yet reported"), class: "badge--muted", count: commitments.filter { $0.progress == nil }.count))
        return rows
    }
}
