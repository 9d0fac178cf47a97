import Foundation
import Mustache

/// The view model of `/cities/:slug`: facts, profile, map, networks, partnerships, commitments with
/// their timelines, published briefs, case studies, themes and peer cities with the reasons.
struct CityPage: Encodable {
    /// A network the city belongs to.
    struct Network: Encodable {
        let href: String
        let name: String
        /// The category as inline markup: a known one's label in the page's language, else the free text marked English.
        let categoryHTML: String
        let hasCategory: Bool
        let since: String
        let hasSince: Bool
        let isDemo: Bool
    }

    /// A partnership the city takes part in.
    struct Partnership: Encodable {
        let href: String
        let title: String
        /// The title's language: the secretariat writes partnerships in English and does not translate them.
        let titleLang = ContentLanguage.english.tag
        let titleDir = ContentLanguage.english.direction
        let type: String
        let period: String
        let isDemo: Bool
    }

    /// The city's stance on an action, with its timeline.
    struct Commitment: Encodable {
        let href: String
        let title: String
        /// The action's label: a translation, the original marked, or "Action 3.2" in the page's words.
        let titleContent: ContentTextView
        /// "Timeline (…)" with the label marked (markup: rendered raw).
        let timelineSummary: String
        let sessionHref: String
        let session: String
        let sessionContent: ContentTextView
        let status: String
        let statusBadge: String
        let since: String
        let isDemo: Bool
        let events: [Event]
        let hasEvents: Bool
        let progress: String?
        let progressBadge: String?
        let progressUpdated: String?
        /// "Last confirmed 3 March 2027" / "Never confirmed".
        let confirmation: String
        let isStale: Bool
        /// The mark beside a stale commitment, in the page's language.
        let staleLabel: String
        let recordedBySecretariat: Bool
    }

    /// One dated step of a commitment.
    struct Event: Encodable {
        let date: String
        let datetime: String
        let what: String
        let note: String
        let hasNote: Bool
        /// The note's language (`lang`, `dir` on the note).
        let noteLang: String
        let noteDir: String
        let isDemo: Bool
        let evidence: String?
        /// The secretariat recorded the step for the city.
        let recordedBySecretariat: Bool
    }

    /// A published Mayor Brief of the city.
    struct Brief: Encodable {
        let href: String
        let year: Int
        let title: String
        /// "2025: <title>", the title marked with the brief's language (markup: rendered raw).
        let headingHTML: String
        let summary: String
        /// The brief's language and direction.
        let lang: String
        let dir: String
        let isDemo: Bool
    }

    /// A case study naming the city.
    struct CaseStudy: Encodable {
        let href: String
        let title: String
        let titleContent: ContentTextView
        let year: String
        let hasYear: Bool
        let summary: String
        let summaryContent: ContentTextView
        let isDemo: Bool
    }

    /// A theme, linking to the directory filtered by it.
    struct Theme: Encodable {
        let name: String
        let href: String
        /// The name's language and direction: the registry's themes are named in English.
        var lang = ContentLanguage.english.tag
        var dir = ContentLanguage.english.direction
    }

    /// A peer city and why.
    struct Peer: Encodable {
        let href: String
        let name: String
        let score: Int
        /// "5 points", in the page's language.
        let points: String
        let explanation: String
        /// The explanation with the shared actions' and themes' names in the page's language, or marked (markup).
        let explanationHTML: String
    }

    let name: String
    let slug: String
    let isDemo: Bool
    let country: String
    /// "en" when `country` is an English fallback on a French or Spanish page (CLDR has no name).
    let countryLang: String?
    let countryHref: String
    let region: String
    let regionHref: String
    let membership: String
    let membershipBadge: String
    let membershipIsDemo: Bool
    let paragraphs: [String]
    /// The profile's language and direction: the secretariat writes it in English.
    let profileLang = ContentLanguage.english.tag
    let profileDir = ContentLanguage.english.direction
    let description: String
    let population: String?
    let mayor: String?
    let mayorSince: String?
    let joined: String?
    let website: String?
    let coordinates: String?
    /// Pre-rendered SVG (`WorldMap`, which escapes what it writes), rendered raw (`{{{map}}}`).
    let map: String?
    let networks: [Network]
    let partnerships: [Partnership]
    let commitments: [Commitment]
    let briefs: [Brief]
    let caseStudies: [CaseStudy]
    let themes: [Theme]
    let peers: [Peer]
    let themeDefinition: String
    let hasNetworks: Bool
    let hasPartnerships: Bool
    let hasCommitments: Bool
    let hasBriefs: Bool
    let hasCaseStudies: Bool
    let hasThemes: Bool
    let hasPeers: Bool
    let hasParagraphs: Bool
    /// What the page says about content not in its language, and about translations.
    let contentNote: ContentNoteView?

    /// - Parameter messages: the page's language, for the text written here (labels, periods, peers' reasons).
    init(_ city: CityDetails, messages: Messages) {
        let facts = city.facts
        name = facts.name
        slug = facts.slug
        isDemo = facts.isDemo
        country = facts.country.shown(in: messages.language.rawValue)
        countryLang = facts.country.shownLang(in: messages.language.rawValue)
        countryHref = Paths.cities.href(QueryString([("country", facts.countryCode)]))
        region = UCLGRegions.name(facts.regionName, messages)
        regionHref = Paths.cities.href(QueryString([("region", facts.regionSlug)]))
        membership = facts.membershipLabel(messages)
        membershipBadge = CityDirectoryPage.badge(facts.membership)
        membershipIsDemo = facts.membershipIsDemo && facts.membership != nil
        paragraphs = Formatting.paragraphs(city.profile)
        description = Self.description(facts, messages)
        population = facts.population.map(Formatting.number)
        mayor = facts.mayorName
        mayorSince = facts.mayorSince.map(Formatting.date)
        joined = facts.joinedOn.map(Formatting.date)
        website = facts.website.flatMap { SafeURL.isWebAddress($0) ? $0 : nil }
        if let latitude = facts.latitude, let longitude = facts.longitude {
            coordinates = Self.coordinates(latitude, longitude, messages)
            let point = MapPoint(name: facts.name, href: Paths.city.href(facts.slug), latitude: latitude, longitude: longitude)
            map = WorldMap.svg([point], label: messages.t("Map showing where {city} lies", ["city": facts.name]))
        } else {
            coordinates = nil
            map = nil
        }
        networks = city.networks.map { network in
            Network(
                href: Paths.network.href(network.slug), name: network.name, categoryHTML: NetworkMembershipCategory.inlineHTML(network.category ?? "", messages),
                hasCategory: network.category != nil, since: network.since.map(String.init) ?? "",
                hasSince: network.since != nil, isDemo: network.isDemo)
        }
        partnerships = city.partnerships.map { partnership in
            Partnership(
                href: Paths.partnership.href(partnership.slug), title: partnership.title, type: PartnershipType.label(of: partnership.type, messages),
                period: Self.period(partnership.startsOn, partnership.endsOn, messages), isDemo: partnership.isDemo)
        }
        let translations = city.translations
        commitments = city.commitments.map { Self.commitment($0, translations, messages) }
        briefs = city.briefs.map { brief in
            let title = ContentTextView(brief.title, language: brief.language)
            return Brief(
                href: Paths.publishedBrief.href(facts.slug, brief.year), year: brief.year, title: brief.title,
                headingHTML: ContentSentence.html(messages.t("{year}: {title}"), markup: ["year": String(brief.year), "title": title.inlineHTML(on: messages.language)]),
                summary: brief.summary, lang: brief.language.tag, dir: brief.language.direction, isDemo: brief.isDemo)
        }
        caseStudies = city.caseStudies.map { study in
            let title = ContentTextView(translations.text(.caseStudy, study.id, "title", original: study.title, in: study.language))
            let summary = ContentTextView(translations.text(.caseStudy, study.id, "summary", original: study.summary, in: study.language))
            return CaseStudy(
                href: Paths.caseStudy.href(study.slug), title: title.text, titleContent: title, year: study.year.map(String.init) ?? "",
                hasYear: study.year != nil, summary: summary.text, summaryContent: summary, isDemo: study.isDemo)
        }
        let themeNames = city.themes.map { ContentTextView(translations.text(.theme, $0.id, "name", original: $0.name)) }
        themes = zip(city.themes, themeNames).map { theme, name in
            Theme(name: name.text, href: Paths.cities.href(QueryString([("theme", city.themeSlugs[theme.id] ?? "")])), lang: name.lang, dir: name.dir)
        }
        peers = city.peers.map { peer in
            Peer(href: Paths.city.href(peer.slug), name: peer.name, score: peer.score,
                 points: messages.tn("{count} point", "{count} points", count: peer.score), explanation: peer.explanation(messages),
                 explanationHTML: Self.explanationHTML(peer, translations, messages))
        }
        themeDefinition = CityThemes.definition(messages)
        hasNetworks = !networks.isEmpty
        hasPartnerships = !partnerships.isEmpty
        hasCommitments = !commitments.isEmpty
        hasBriefs = !briefs.isEmpty
        hasCaseStudies = !caseStudies.isEmpty
        hasThemes = !themes.isEmpty
        hasPeers = !peers.isEmpty
        hasParagraphs = !paragraphs.isEmpty
        contentNote = ContentNoteView.make(
            commitments.flatMap { [$0.titleContent, $0.sessionContent] } + themeNames
                + caseStudies.flatMap { [$0.titleContent, $0.summaryContent] },
            messages: messages)
    }

    /// "3 actions communes : <span lang="en" dir="ltr">…</span>, Action 3.2 ; 2 thèmes communs : Migration, …": the
    /// shared actions' labels and themes' names in the page's language where the secretariat translated them,
    /// else marked with their language; networks are names (acronyms), shown as they are.
    static func explanationHTML(_ peer: PeerCities.Peer, _ translations: ContentTranslations, _ messages: Messages) -> String {
        let language = messages.language
        let actions = peer.actions.map { item in
            (item.label.map { $0.content(action: item.id, translations, messages) } ?? ContentTextView(item.name, language: .english))
                .inlineHTML(on: language)
        }
        let themes = peer.themes.map { ContentTextView(translations.text(.theme, $0.id, "name", original: $0.name)).inlineHTML(on: language) }
        let networks = peer.networks.map { HTMLEscaping.escape($0.name) }
        var parts: [String] = []
        if !actions.isEmpty {
            parts.append(ContentSentence.html(messages.tn("{count} shared action: {names}", "{count} shared actions: {names}", count: actions.count),
                                markup: ["names": actions.joined(separator: ", ")]))
        }
        if !themes.isEmpty {
            parts.append(ContentSentence.html(messages.tn("{count} shared theme: {names}", "{count} shared themes: {names}", count: themes.count),
                                markup: ["names": themes.joined(separator: ", ")]))
        }
        if !networks.isEmpty {
            parts.append(ContentSentence.html(messages.tn("{count} shared network: {names}", "{count} shared networks: {names}", count: networks.count),
                                markup: ["names": networks.joined(separator: ", ")]))
        }
        return parts.joined(separator: "; ")
    }

    private static func commitment(_ item: CityCommitment, _ translations: ContentTranslations, _ messages: Messages) -> Commitment {
        let events = item.events.map { event in
            Event(
                date: Formatting.date(event.occurredOn), datetime: event.occurredOn, what: event.label(messages),
                note: event.note ?? "", hasNote: !(event.note ?? "").isEmpty,
                noteLang: event.language.tag, noteDir: event.language.direction, isDemo: event.isDemo,
                evidence: event.evidenceURL.flatMap { SafeURL.mayLink($0) ? $0 : nil }, recordedBySecretariat: event.recordedBySecretariat)
        }
        let title = item.actionTitle.content(action: item.actionID, translations, messages)
        let session = ContentTextView(translations.text(.session, item.sessionID, "title", original: item.sessionTitle))
        return Commitment(
            href: Paths.action.href(item.actionSlug), title: title.text, titleContent: title,
            timelineSummary: ContentSentence.html(messages.t("Timeline ({title})"), on: messages.language, ["title": title]),
            sessionHref: Paths.session.href(item.sessionSlug), session: session.text, sessionContent: session,
            status: item.stance.label(messages), statusBadge: item.stance.badge, since: Formatting.date(item.since),
            isDemo: item.isDemo, events: events, hasEvents: !events.isEmpty,
            progress: item.progress?.label(messages), progressBadge: item.progress?.badge,
            progressUpdated: item.progressUpdatedOn.map(Formatting.date),
            confirmation: item.freshness.label(messages), isStale: item.freshness.isStale,
            staleLabel: CommitmentFreshness.staleLabel(messages), recordedBySecretariat: item.recordedBySecretariat)
    }

    /// 52.08, 4.31 → "52.08° N, 4.31° E" (N, S and E read the same in the three languages; West is "O" in
    /// French and Spanish; the decimal sign follows the language).
    static func coordinates(_ latitude: Double, _ longitude: Double, _ messages: Messages) -> String {
        let lat = String(format: "%.2f", abs(latitude))
        let lon = String(format: "%.2f", abs(longitude))
        let separator = messages.language == .en ? "." : ","
        let north = lat.replacingOccurrences(of: ".", with: separator)
        let east = lon.replacingOccurrences(of: ".", with: separator)
        let latText = north + (latitude >= 0 ? "° N" : "° S")
        let lonText = longitude >= 0 ? east + "° E" : messages.t("{value}° W", ["value": east])
        return "\(latText), \(lonText)"
    }

    private static func period(_ starts: String?, _ ends: String?, _ messages: Messages) -> String {
        switch (starts, ends) {
        case let (start?, end?): "\(Formatting.date(start)) – \(Formatting.date(end))"
        case let (start?, nil): messages.t("since {date}", ["date": Formatting.date(start)])
        case let (nil, end?): messages.t("until {date}", ["date": Formatting.date(end)])
        case (nil, nil): ""
        }
    }

    private static func description(_ facts: CityFacts, _ messages: Messages) -> String {
        messages.t("{city}, {country}: facts, mayor, networks, partnerships, commitments to GPM actions and peer cities on the Global Parliament of Mayors platform.",
                   ["city": facts.name, "country": facts.country.shown(in: messages.language.rawValue)])
    }
}
