import SQLite
import TextSearch

/// The public best practices: the searchable list, a published brief with its files, a case study,
/// and the published briefs and case studies for the open data and the feed.
struct BestPracticesService: Sendable {
    /// The largest page number a visitor may ask for: beyond it the offset alone would cost.
    static let maximumPage = 100_000

    let database: DatabasePool
    let clock: PlatformClock
    /// The filter form's choices change only with the data (the years scan every published brief):
    /// read once per write generation.
    /// Kept per language: the themes' names are the reader's where the secretariat translated them.
    private let facets: PerLanguage<TableCache<PracticeFacets>>

    init(database: DatabasePool, clock: PlatformClock) {
        self.database = database
        self.clock = clock
        facets = PerLanguage { _ in TableCache(database: database) }
    }

    /// The page `requestedPage` of the entries matching `filter`. The total decides which pages
    /// exist: a page past the end shows the last one, read again in the same snapshot. The search words
    /// are prepared in the page's `language` and in every language the index holds text in; the filter's
    /// choices are in that language too.
    func list(_ filter: PracticeFilter, requestedPage: String?, language: Language = .en) throws -> PracticeList {
        let facets = try facets[language].value { db in
            try PracticeSearchStore(db: db).facets(translations: ContentTranslationStore(db: db).translations(language))
        }
        let perPage = PracticeListPage.perPage
        let requested = min(max(1, Int(requestedPage ?? "") ?? 1), Self.maximumPage)
        return try database.read { db in
            var filter = filter
            if !filter.text.isEmpty {
                filter.searchLanguages = SearchText.queryLanguages(
                    page: language.rawValue, indexed: try SearchIndexStore(db: db).languages())
            }
            let store = PracticeSearchStore(db: db)
            var results = try store.page(filter, limit: perPage, offset: (requested - 1) * perPage)
            let pagination = Pagination(requestedPage: String(requested), perPage: perPage, total: results.total)
            if pagination.page != requested {
                results = try store.page(filter, limit: perPage, offset: pagination.offset)
            }
            return PracticeList(facets: facets, results: try Self.sessionTitles(results, language: language, db: db), pagination: pagination)
        }
    }

    /// The actions' session titles in the page's `language` where the secretariat translated them.
    private static func sessionTitles(_ page: PracticePage, language: Language, db: Connection) throws -> PracticePage {
        guard language != .en, page.items.contains(where: { $0.sessionID != nil }) else { return page }
        let translations = try ContentTranslationStore(db: db).translations(language)
        return PracticePage(total: page.total, items: page.items.map { item in
            guard let session = item.sessionID, let title = item.kindDetail else { return item }
            var item = item
            let content = translations.text(.session, session, "title", original: title)
            item.kindDetail = content.text
            item.kindDetailLanguage = content.language
            return item
        })
    }

    /// What `/briefs/<city slug>/<year>` shows: the brief, where it moved (the slug is one its city had
    /// before, and the city has that year's brief published), or nothing.
    enum BriefLookup {
        case found(PublishedBriefDetail)
        case moved(currentSlug: String)
        case missing
    }

    /// The published brief of the city with `citySlug` for `year`; else, when `citySlug` is an earlier
    /// slug of a city that published that year, the city's current slug (one snapshot).
    /// With the translations of the registry's content into `language`.
    func lookupBrief(citySlug: String, year: Int, language: Language = .en) throws -> BriefLookup {
        try database.read { db in
            if var detail = try Self.publishedBrief(citySlug: citySlug, year: year, db: db) {
                detail.translations = try ContentTranslationStore(db: db).translations(language)
                return .found(detail)
            }
            if let current = try CitySlugHistoryStore(db: db).currentSlug(formerly: citySlug),
               try PublishedBriefStore(db: db).isPublished(citySlug: current, year: year) {
                return .moved(currentSlug: current)
            }
            return .missing
        }
    }

    /// The published brief of a city for a year with its files, or nil.
    private static func publishedBrief(citySlug: String, year: Int, db: Connection) throws -> PublishedBriefDetail? {
        guard var detail = try PublishedBriefStore(db: db).published(citySlug: citySlug, year: year) else { return nil }
        detail.attachments = try AttachmentStore(db: db).list(briefID: detail.record.id)
        return detail
    }

    /// Published briefs, most recently published first; all of them unless `limit` is given.
    func publishedBriefs(limit: Int = -1) throws -> [PublishedBrief] {
        try database.read { db in try PublishedBriefStore(db: db).allPublished(limit: limit) }
    }

    /// The case study with `slug`, or nil.
    func caseStudy(slug: String, language: Language = .en) throws -> (study: CaseStudy, translations: ContentTranslations)? {
        try database.read { db in
            guard let study = try CaseStudyStore(db: db).caseStudy(slug: slug) else { return nil }
            return (study, try ContentTranslationStore(db: db).translations(language))
        }
    }

    /// Every case study, newest first.
    func caseStudies() throws -> [CaseStudy] {
        try database.read { db in try CaseStudyStore(db: db).all() }
    }
}
