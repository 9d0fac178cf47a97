import SQLite
import Synchronization

/// What every city is committed to, works on and belongs to, read once per database write
/// generation (see `WriteGenerationCache`), so a city page ranks its peers in memory instead of
/// joining all cities' commitments, themes and networks on every request.
struct PeerIndex: Sendable {
    /// Every city that has at least one opted-in action, theme or network.
    let profiles: [PeerCities.Profile]
    /// Slug → position in the peers' tie-break order (name, then slug): computed once here, since the
    /// locale-aware comparison is far dearer than the ranking itself.
    let alphabetical: [String: Int]
    private let bySlug: [String: PeerCities.Profile]
    /// Each city's peers once ranked: they depend only on the profiles above, so they live as long.
    /// Filled lazily, as ranking every city against every other up front grows with the square.
    private let ranked = Memo()

    private final class Memo: Sendable {
        let peers = Mutex<[String: [PeerCities.Peer]]>([:])
    }

    init(profiles: [PeerCities.Profile]) {
        self.profiles = profiles
        alphabetical = PeerCities.alphabeticalOrder(profiles)
        bySlug = Dictionary(profiles.map { ($0.slug, $0) }) { first, _ in first }
    }

    /// The best peers (`PeerCities.defaultLimit`) of the city with `slug`, ranked by `PeerCities.rank`.
    func peers(ofCity slug: String) -> [PeerCities.Peer] {
        if let known = ranked.peers.withLock({ $0[slug] }) { return known }
        guard let city = bySlug[slug] else { return [] }
        let peers = PeerCities.rank(for: city, among: profiles, alphabetical: alphabetical)
        ranked.peers.withLock { $0[slug] = peers }
        return peers
    }

    /// One statement for the three relations; the items of each kind ordered by id, as the explanations list them.
    static func load(_ db: Connection) throws -> PeerIndex {
        let rows = try db.query("""
            \(CityThemes.commonTableExpression)
            SELECT 1 AS kind, o.slug, o.name, a.id AS item_id, a.title, a.position, s.number
            FROM commitments m JOIN cities o ON o.id = m.city_id
            JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.status = 'opted_in'
            UNION ALL
            SELECT 2, o.slug, o.name, t.id, t.name, NULL, NULL
            FROM city_themes ct JOIN cities o ON o.id = ct.city_id JOIN themes t ON t.id = ct.theme_id
            UNION ALL
            SELECT 3, o.slug, o.name, n.id, coalesce(n.acronym, n.name), NULL, NULL
            FROM city_networks cn JOIN cities o ON o.id = cn.city_id JOIN networks n ON n.id = cn.network_id
            ORDER BY 1, 4
            """)
        var order: [String] = []
        var profiles: [String: PeerCities.Profile] = [:]
        for row in rows {
            let slug = try row.string("slug")
            if profiles[slug] == nil {
                profiles[slug] = try PeerCities.Profile(slug: slug, name: row.string("name"))
                order.append(slug)
            }
            let kind = try row.int("kind")
            let name = kind == 1
                ? try ActionLabel.title(row.optionalString("title"), sessionNumber: row.optionalInt("number"), position: row.int("position"))
                : try row.string("title")
            let item = try PeerCities.Item(id: row.int("item_id"), name: name)
            switch kind {
            case 1: profiles[slug]?.actions.append(item)
            case 2: profiles[slug]?.themes.append(item)
            default: profiles[slug]?.networks.append(item)
            }
        }
        return PeerIndex(profiles: order.compactMap { profiles[$0] })
    }
}
