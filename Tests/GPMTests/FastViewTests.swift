import HTTP
import Mustache
import Testing
@testable import GPM

/// The view types with a hand-built context (`Shared/FastViews.swift`) build exactly what `Encodable` builds.
@Suite struct FastViewTests {
    private func expectSame<T: Encodable & MustacheRepresentable>(_ value: T) throws {
        #expect(value.mustacheValue == (try MustacheEncoder.encode(value, usesRepresentations: false)), "\(T.self)")
    }

    @Test func handBuiltContextsEqualTheEncodedOnes() throws {
        let option = SelectOption(value: "NL", label: "Netherlands", selected: true)
        try expectSame(option)
        try expectSame(SelectOption(value: "refugees", content: ContentText(original: "Refugees"), selected: false))
        try expectSame(CityDirectoryChoices.Group(
            label: "Integrating refugees", lang: "en", dir: "ltr",
            actions: SelectOptionList(entries: [option, option], encoded: [option.mustacheValue, option.mustacheValue], selected: nil)))
        let facts = try #require(try TestPlatform.shared.app.database.read { db in
            try CityDirectoryStore(db: db).cities(CityFilter(query: FormFields()), language: "en", limit: 3, offset: 0)
        }.first)
        try expectSame(CityDirectoryPage.Row(facts, messages: Localization.englishOnly.messages(.en)))
        let event = CityPage.Event(
            date: "2 March 2026", datetime: "2026-03-02", what: "Opted in", note: "Étude", hasNote: true,
            noteLang: "fr", noteDir: "ltr", isDemo: true, evidence: nil, recordedBySecretariat: true)
        try expectSame(event)
        let french = ContentTextView(ContentText(original: "A", in: .english, isFallback: true))
        try expectSame(french)
        try expectSame(CityPage.Commitment(
            href: "/actions/a", title: "A", titleContent: french, timelineSummary: "Chronologie (<span lang=\"en\" dir=\"ltr\">A</span>)",
            sessionHref: "/sessions/s", session: "S", sessionContent: ContentTextView("S", language: .english), status: "Opted in", statusBadge: "badge--ok",
            since: "2016", isDemo: false, events: [event], hasEvents: true, progress: nil, progressBadge: "badge--warn",
            progressUpdated: "1 May 2020", confirmation: "Last confirmed 3 March 2026", isStale: true,
            staleLabel: "Not confirmed for over a cycle", recordedBySecretariat: true))
        try expectSame(CityPage.Peer(href: "/cities/x", name: "X", score: 3, points: "3 points", explanation: "Shares migration",
                                       explanationHTML: "Shares <span lang=\"en\" dir=\"ltr\">migration</span>"))
    }

    @Test func theLayoutAssembledOnceEqualsTheEncodedLayoutView() throws {
        let templates = try TemplateLibrary(templates: ["page": ""])
        let baseURL = BaseURL()
        baseURL.set("https://gpm.example")
        let pages = PageRenderer(templates: templates, baseURL: baseURL, assetVersion: "?v=7")
        for nav in [nil] + NavSection.allCases {
            let assembled = MustacheValue.dictionary(Dictionary(
                uniqueKeysWithValues: try pages.layoutMembers(path: "/cities", nav: nav, currentUser: .null)))
            let encoded = try MustacheEncoder.encode(LayoutView(
                site: LayoutView.Site(baseURL: "https://gpm.example", assetVersion: "?v=7"), canonicalPath: "/cities",
                nav: LayoutView.Navigation(nav), currentUser: nil, links: LayoutView.Links(assetVersion: "?v=7"),
                pageLanguage: LanguageView(.english, baseURL: "https://gpm.example", localization: .englishOnly)),
                usesRepresentations: false)
            #expect(assembled == encoded)
        }
    }
}
