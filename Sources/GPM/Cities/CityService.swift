import Foundation
import SQLite

/// A city page: the city, its networks, partnerships, commitments with their timelines, published
/// briefs, case studies and themes, in one snapshot; peer cities are ranked in memory against every
/// city's profile, read once per write generation (`PeerIndex`).
struct CityService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock
    /// Every city's peer profile, read once per write generation: the ranking then runs in memory.
    private let peerIndex: TableCache<PeerIndex>

    init(database: DatabasePool, clock: PlatformClock) {
        self.database = database
        self.clock = clock
        peerIndex = TableCache(database: database)
    }

    /// What `/cities/<slug>` shows: the city, where it moved (a slug it had before), or nothing.
    enum Lookup {
        case found(CityDetails)
        case moved(currentSlug: String)
        case missing
    }

    /// The city with `slug`; else the current slug of the city that had it (one snapshot).
    /// With the translations of the content into `language`.
    func lookup(slug: String, language: Language = .en) throws -> Lookup {
        let index = try peerIndex.value { db in try PeerIndex(profiles: PeerIndexStore(db: db).profiles()) }
        return try database.read { db in
            if let details = try Self.details(slug: slug, index: index, db: db, now: clock.now(), language: language) { return .found(details) }
            if let current = try CitySlugHistoryStore(db: db).currentSlug(formerly: slug) { return .moved(currentSlug: current) }
            return .missing
        }
    }

    /// The city with `slug`, or nil when there is none.
    func details(slug: String) throws -> CityDetails? {
        // Read before the city's own snapshot: a write in between makes the next request reload it.
        let index = try peerIndex.value { db in try PeerIndex(profiles: PeerIndexStore(db: db).profiles()) }
        return try database.read { db in try Self.details(slug: slug, index: index, db: db, now: clock.now()) }
    }

    private static func details(slug: String, index: PeerIndex, db: Connection, now: Date, language: Language = .en) throws -> CityDetails? {
            let cities = CityStore(db: db)
            guard let city = try cities.city(slug: slug) else { return nil }
            let themes = try CityThemeStore(db: db).themes(ofCity: city.id)
            return try CityDetails(
                facts: city.facts, profile: city.profile, networks: cities.networks(ofCity: city.id),
                partnerships: cities.partnerships(ofCity: city.id),
                commitments: Self.attach(CommitmentEventStore(db: db).events(ofCity: city.id), to: cities.commitments(ofCity: city.id, currentCycle: ReportingCycleStore(db: db).current(at: now)?.year)),
                briefs: cities.publishedBriefs(ofCity: city.id), caseStudies: cities.caseStudies(ofCity: city.id),
                themes: themes.map(\.theme),
                themeSlugs: Dictionary(themes.map { ($0.theme.id, $0.slug) }) { first, _ in first },
                peers: index.peers(ofCity: city.facts.slug), translations: ContentTranslationStore(db: db).translations(language))
    }

    /// Each commitment with its own events, in the events' order.
    private static func attach(_ events: [CommitmentEvent], to commitments: [CityCommitment]) -> [CityCommitment] {
        var commitments = commitments
        let position = Dictionary(commitments.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        for event in events {
            guard let index = position[event.commitmentID] else { continue }
            commitments[index].events.append(event)
        }
        return commitments
    }
}
