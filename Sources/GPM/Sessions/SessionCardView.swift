import Mustache

/// A strategy session as `partials/sessions-card` and the head of its page read it.
struct SessionCardView: Encodable {
    /// The session's theme, linking to the sessions of that theme.
    struct Theme: Encodable {
        let slug: String
        let name: String
        let href: String
        /// The name's language and direction.
        var lang = "en"
        var dir = "ltr"
    }

    /// The ratification status as a badge.
    struct Status: Encodable {
        let label: String
        let `class`: String
    }

    let href: String
    /// The heading as text ("Strategy Session 1: Integrating Economic Migrants"), for titles and descriptions.
    let title: String
    /// The heading as markup, the title alone marked with its language when it is not the page's
    /// (`headingHTML`): what the card's and the page's headings show.
    let titleHTML: String
    let date: String
    let heldOn: String
    let status: Status
    let actions: String
    let cities: String
    let theme: Theme
    let subtitle: ContentTextView?
    /// The title's language and direction (a translation, or the original on a page in another language).
    let titleContent: ContentTextView

    /// - Parameters:
    ///   - translations: the secretariat's translations of the title, subtitle and theme into the page's language.
    ///   - messages: the page's language (heading, status and counts).
    init(_ session: SessionSummary, _ translations: ContentTranslations = .originals, messages: Messages) {
        href = Paths.session.href(session.slug)
        let titleText = translations.text(.session, session.id, "title", original: session.title)
        titleContent = ContentTextView(titleText)
        title = Self.heading(number: session.number, title: titleText.text, messages)
        titleHTML = Self.headingHTML(number: session.number, title: titleContent, messages)
        date = Formatting.date(session.heldOn)
        heldOn = session.heldOn
        status = Status(label: Self.statusLabel(session.status, messages), class: session.status == "ratified" ? "badge--ok" : "badge--warn")
        actions = messages.tn("{count} action", "{count} actions", count: session.actions)
        cities = messages.tn("{count} city opted in", "{count} cities opted in", count: session.citiesOptedIn)
        let themeName = ContentTextView(translations.text(.theme, session.theme.id, "name", original: session.theme.name))
        theme = Theme(
            slug: session.theme.slug, name: themeName.text, href: SessionIndexPage.href(theme: session.theme.slug), lang: themeName.lang,
            dir: themeName.dir)
        subtitle = translations.text(.session, session.id, "subtitle", original: session.subtitle).map(ContentTextView.init)
    }

    /// What the card shows that the secretariat wrote (for the page's language note).
    var contents: [ContentTextView?] { [titleContent, subtitle] }

    /// "Strategy Session 1: Integrating Economic Migrants", as the papers head them; sessions without a
    /// number (the governance session) keep their title alone.
    static func heading(number: Int?, title: String, _ messages: Messages) -> String {
        number.map { messages.t("Strategy Session {number}: {title}", ["number": String($0), "title": title]) } ?? title
    }

    /// `heading` as markup: the page's words escaped, the title in a `<span lang dir>` when it is in another
    /// language than the page's (a session not translated yet, shown in English on a French page).
    static func headingHTML(number: Int?, title: ContentTextView, _ messages: Messages) -> String {
        guard let number else { return title.inlineHTML(on: messages.language) }
        return ContentSentence.html(
            messages.t("Strategy Session {number}: {title}"), markup: ["number": String(number), "title": title.inlineHTML(on: messages.language)])
    }

    /// `draft` / `ratified` in words; an unknown status (a newer schema) reads as itself.
    static func statusLabel(_ status: String, _ messages: Messages) -> String {
        switch status {
        case "draft": messages.t("Draft", context: "session status")
        case "ratified": messages.t("Ratified", context: "session status")
        default: Formatting.label(status)
        }
    }
}

/// A convening's facts: title, dates, host city and description.
struct ConveningView: Encodable {
    /// A link to a city page.
    struct CityLink: Encodable {
        let name: String
        let href: String
    }

    let slug: String
    let title: String
    let dates: String
    let paragraphs: [String]
    let city: CityLink?
    /// The title's and the description's language and direction.
    let titleContent: ContentTextView
    let description: ContentTextView?

    init(_ convening: Convening, _ translations: ContentTranslations = .originals) {
        slug = convening.slug
        titleContent = ContentTextView(translations.text(.convening, convening.id, "title", original: convening.title))
        title = titleContent.text
        dates = Self.dateRange(convening.startsOn, convening.endsOn)
        description = translations.text(.convening, convening.id, "description", original: convening.description).map(ContentTextView.init)
        paragraphs = description?.paragraphs ?? []
        if let name = convening.cityName, let slug = convening.citySlug {
            city = CityLink(name: name, href: Paths.city.href(slug))
        } else {
            city = nil
        }
    }

    /// "10–11 September 2016"; spans across months or years keep both dates whole.
    static func dateRange(_ start: String, _ end: String) -> String {
        guard start != end else { return Formatting.date(start) }
        // Days of one month share everything after the day: "10–11 September 2016", "10–11 septembre 2016",
        // "10–11 de septiembre de 2016".
        let from = Formatting.date(start).split(separator: " "), to = Formatting.date(end).split(separator: " ")
        if from.count >= 3, from.count == to.count, from.dropFirst() == to.dropFirst() {
            return "\(from[0])–" + to.joined(separator: " ")
        }
        return Formatting.date(start) + " – " + Formatting.date(end)
    }
}

/// The links to the sessions' and actions' data files, as their pages offer them.
struct SessionDataLinks: Encodable {
    let sessionsJSON = Paths.sessionsJSON.href
    let actionsCSV = Paths.actionsCSV.href
    let actionsJSON = Paths.actionsJSON.href
}
