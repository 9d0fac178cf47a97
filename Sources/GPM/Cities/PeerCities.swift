import Foundation

/// Ranks the cities that share a city's challenges: the same opted-in actions, the same themes and
/// the same networks — not merely the same region or language. Pure: it sees plain values, so the
/// ranking can be tested without a database.
///
/// ```swift
/// let peers = PeerCities.rank(for: mannheim, among: others)   // top 6, best first
/// peers.first?.explanation   // "3 shared actions: Diversity declaration, …; 2 shared networks: EUROCITIES, …"
/// ```
enum PeerCities {
    /// Weights: an action both cities opted in to says most about a shared challenge; a shared
    /// network says least, since networks are broad.
    static let actionWeight = 3
    static let themeWeight = 2
    static let networkWeight = 1
    static let defaultLimit = 6

    /// Something two cities can have in common: an action, a theme or a network.
    struct Item: Hashable, Sendable {
        let id: Int
        /// The name as stored (an action's: its label in English).
        let name: String
        /// An action's label, which the page writes in its language (`ActionLabel`); nil for themes and networks.
        var label: ActionLabel? = nil
    }

    /// A city with what it is committed to, works on and belongs to.
    struct Profile: Sendable {
        let slug: String
        let name: String
        var actions: [Item] = []
        var themes: [Item] = []
        var networks: [Item] = []
    }

    /// One ranked peer and why.
    struct Peer: Sendable, Equatable {
        let slug: String
        let name: String
        let score: Int
        /// What the two cities share, as the page names it (in its language: `CityPage.explanationHTML`).
        let actions: [Item]
        let themes: [Item]
        let networks: [Item]

        var sharedActions: [String] { actions.map(\.name) }
        var sharedThemes: [String] { themes.map(\.name) }
        var sharedNetworks: [String] { networks.map(\.name) }

        /// "3 shared actions: A, B, C; 1 shared theme: Migration; 2 shared networks: EUROCITIES, UCLG".
        var explanation: String { explanation(Localization.englishOnly.messages(.en)) }

        /// The explanation in the language of `messages`.
        func explanation(_ messages: Messages) -> String {
            var parts: [String] = []
            if !sharedActions.isEmpty {
                parts.append(messages.tn("{count} shared action: {names}", "{count} shared actions: {names}",
                                         count: sharedActions.count, ["names": sharedActions.joined(separator: ", ")]))
            }
            if !sharedThemes.isEmpty {
                parts.append(messages.tn("{count} shared theme: {names}", "{count} shared themes: {names}",
                                         count: sharedThemes.count, ["names": sharedThemes.joined(separator: ", ")]))
            }
            if !sharedNetworks.isEmpty {
                parts.append(messages.tn("{count} shared network: {names}", "{count} shared networks: {names}",
                                         count: sharedNetworks.count, ["names": sharedNetworks.joined(separator: ", ")]))
            }
            return parts.joined(separator: "; ")
        }
    }

    /// The `limit` best peers of `city` among `others` (the city itself is skipped if present).
    /// Score = 3 × shared actions + 2 × shared themes + 1 × shared networks; ties go to the city with
    /// more shared actions, then alphabetically. Cities sharing nothing are not peers.
    static func rank(for city: Profile, among others: [Profile], limit: Int = defaultLimit) -> [Peer] {
        rank(for: city, among: others, limit: limit, alphabetical: alphabeticalOrder(others))
    }

    /// As above, with the alphabetical tie-break precomputed (`alphabeticalOrder` of `others`, or of a
    /// superset): slug → position.
    static func rank(for city: Profile, among others: [Profile], limit: Int = defaultLimit, alphabetical: [String: Int]) -> [Peer] {
        let actions = Set(city.actions.map(\.id))
        let themes = Set(city.themes.map(\.id))
        let networks = Set(city.networks.map(\.id))
        let peers = others.compactMap { other -> (peer: Peer, position: Int)? in
            guard other.slug != city.slug else { return nil }
            let sharedActions = shared(other.actions, actions)
            let sharedThemes = shared(other.themes, themes)
            let sharedNetworks = shared(other.networks, networks)
            let score = actionWeight * sharedActions.count + themeWeight * sharedThemes.count + networkWeight * sharedNetworks.count
            guard score > 0 else { return nil }
            let peer = Peer(slug: other.slug, name: other.name, score: score,
                            actions: sharedActions, themes: sharedThemes, networks: sharedNetworks)
            return (peer, alphabetical[other.slug] ?? Int.max)
        }
        let ordered = peers.sorted { a, b in
            if a.peer.score != b.peer.score { return a.peer.score > b.peer.score }
            if a.peer.actions.count != b.peer.actions.count { return a.peer.actions.count > b.peer.actions.count }
            return a.position != b.position ? a.position < b.position : a.peer.slug < b.peer.slug
        }
        return ordered.prefix(max(0, limit)).map(\.peer)
    }

    /// Slug → position when sorted by name as a reader expects ("City 2" before "City 10"), then slug.
    static func alphabeticalOrder(_ profiles: [Profile]) -> [String: Int] {
        let sorted = profiles.sorted { a, b in
            let byName = a.name.localizedStandardCompare(b.name)
            return byName == .orderedSame ? a.slug < b.slug : byName == .orderedAscending
        }
        var order: [String: Int] = [:]
        for (position, profile) in sorted.enumerated() where order[profile.slug] == nil {
            order[profile.slug] = position
        }
        return order
    }

    /// The items `ids` also holds, each once, in the other city's order.
    private static func shared(_ items: [Item], _ ids: Set<Int>) -> [Item] {
        var seen = Set<Int>()
        return items.filter { ids.contains($0.id) && seen.insert($0.id).inserted }
    }
}
