import SQLite

/// The public actions: one action's page (stances, timeline, briefs in one snapshot) and every
/// action with its counts for the open data.
struct ActionService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// nil when no action has this slug.
    /// nil when no action has this slug; with the translations of the content into `language`.
    func action(slug: String, language: Language = .en) throws -> (detail: ActionDetail, translations: ContentTranslations)? {
        try database.read { db in
            let actions = ActionStore(db: db)
            guard let action = try actions.action(slug: slug) else { return nil }
            let cycle = try ReportingCycleStore(db: db).current(at: clock.now())
            let commitments = try actions.commitments(toAction: action.id, currentCycle: cycle?.year)
            let detail = try ActionDetail(
                action: action, sdgs: actions.sdgs(ofAction: action.id),
                optedIn: commitments.filter { $0.stance == .optedIn }, optedOut: commitments.filter { $0.stance == .optedOut },
                timeline: CommitmentEventStore(db: db).timeline(ofAction: action.id),
                briefs: actions.publishedBriefs(onAction: action.id))
            return (detail, try ContentTranslationStore(db: db).translations(language))
        }
    }

    /// Every action as `/actions.csv` and `/actions.json` publish it; `url`s under `baseURL`.
    func datasetRecords(baseURL: String) throws -> [ActionDataset.Record] {
        try database.read { db in try ActionStore(db: db).datasetRecords(baseURL: baseURL) }
    }

    /// Every city's stance on every action, as `/commitments.csv` and `/commitments.json` publish them.
    func commitmentRecords() throws -> [CommitmentDataset.Record] {
        try database.read { db in try ActionStore(db: db).commitmentRecords() }
    }
}
