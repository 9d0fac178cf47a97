import SQLite

/// The public partnerships: the filtered directory (page, total and filter choices in one snapshot),
/// one partnership, every partnership for the open data, and the graph.
struct PartnershipService: Sendable {
    static let perPage = 24

    let database: DatabasePool
    let clock: PlatformClock

    /// The page `requestedPage` (1-based, as the query string gives it) of the partnerships matching `filter`.
    func directory(_ filter: PartnershipFilter, requestedPage: String?) throws -> PartnershipDirectory {
        try database.read { db in
            let store = PartnershipStore(db: db)
            let pagination = Pagination(requestedPage: requestedPage, perPage: Self.perPage, total: try store.count(filter))
            return try PartnershipDirectory(
                pagination: pagination, partnerships: store.page(filter, limit: pagination.perPage, offset: pagination.offset),
                themes: store.themes(), cities: store.cities(),
                translations: ContentTranslationStore(db: db).translations(RequestLanguage.current.language))
        }
    }

    /// nil when no partnership has this slug; with the content's translations into `language` (themes' names).
    func partnership(slug: String, language: Language = .en) throws -> (detail: PartnershipDetail, translations: ContentTranslations)? {
        try database.read { db in
            guard let detail = try PartnershipStore(db: db).partnership(slug: slug) else { return nil }
            return (detail, try ContentTranslationStore(db: db).translations(language))
        }
    }

    /// Every partnership, for `/partnerships.csv` and `/partnerships.json`.
    func all() throws -> [PartnershipSummary] {
        try database.read { db in try PartnershipStore(db: db).all() }
    }

    /// What the graph draws.
    func graph() throws -> PartnershipGraphSnapshot {
        try database.read { db in try PartnershipGraphStore(db: db).snapshot() }
    }
}
