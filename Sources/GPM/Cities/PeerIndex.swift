import Synchronization

/// What every city is committed to, works on and belongs to, read once per database write
/// generation (see `TableCache`), so a city page ranks its peers in memory instead of
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
}
